"""Composition root of the desktop app: the ``QApplication``, theme, and the
first-run → unlock → main window → lock flow. The offscreen screenshot renderer is
:mod:`ui.screenshot`.

Nothing here is global: :class:`AppController` owns the worker, the clipboard guard, the
draft store, the change bus and the idle lock, and hands them to windows explicitly.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.errors import PeerdeskError, UsageError
from peerdesk.hardening import disable_core_dumps
from peerdesk.i18n import LANGUAGES
from ui import language
from ui.dialogs.unlock import UnlockDialog
from ui.fonts import install_app_font
from ui.theme import apply_theme
from ui.worker import Worker, user_message

# Only what the unlock window needs is imported before it paints (docs/performance.md);
# the rest (pages, drafts, the idle lock, the clipboard guard) loads on first use.
if TYPE_CHECKING:
    from ui.clipboard import ClipboardGuard
    from ui.dialogs.first_run import FirstRunDialog
    from ui.drafts import DraftStore
    from ui.idle_lock import IdleLock
    from ui.main_window import MainWindow
    from ui.page_context import ChangeBus, PageContext

#: The idle-lock default (``ui.idle_lock.DEFAULT_MINUTES``; a test keeps the two equal).
DEFAULT_IDLE_MINUTES = 10.0

log = logging.getLogger(__name__)

APP_NAME = "peerdesk"
ORG_NAME = "peerdesk"


def vault_exists(vault_dir: Path) -> bool:
    """Whether ``vault_dir`` holds a vault: file names only, so nothing heavy is imported
    before the first window is painted (the crypto stack loads when unlocking)."""
    from peerdesk.paths import vault_exists as has_vault

    return has_vault(vault_dir)


def default_vault_dir() -> Path:
    from peerdesk.paths import default_vault_dir as service_default

    return Path(service_default())


class AppController(QObject):
    """Drives one app session: which window shows, locking, quitting."""

    #: The unlock screen's "Restore from backup…" (default: :meth:`show_restore`).
    restore_requested = Signal()
    #: A main window was shown for this workspace.
    unlocked = Signal(object)
    #: The vault was locked and the unlock screen is showing.
    locked = Signal()

    def __init__(
        self,
        vault_dir: Path,
        *,
        username: str = "",
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        drafts: DraftStore | None = None,
        open_fn: Callable[[Path, str, str], Any] | None = None,
        create_fn: Callable[..., tuple[Any, str]] | None = None,
        on_restore: Callable[[], None] | None = None,
        lang: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        #: ``peerdesk gui --lang``: this language whoever signs in (scripts, screenshots).
        self.lang_override = lang
        #: The member's own language, read on the worker with the unlock (by workspace).
        self._member_lang: dict[int, str] = {}
        self.username = username
        self.worker = Worker(self)
        self._drafts = drafts
        self._idle_minutes = idle_minutes
        self._ctx: PageContext | None = None
        self._idle: IdleLock | None = None
        self._open_fn = open_fn
        self._create_fn = create_fn
        self.ws: Any = None
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self.restore_requested.connect(on_restore or self.show_restore)

    # -- made on first use ----------------------------------------------------------------
    @property
    def ctx(self) -> PageContext:
        """What pages share: the worker, the clipboard guard, the drafts, the change bus."""
        if self._ctx is None:
            from ui.clipboard import ClipboardGuard
            from ui.page_context import ChangeBus, PageContext
            from ui.vault_drafts import VaultDraftStore

            drafts = self._drafts if self._drafts is not None else VaultDraftStore(self.worker)
            self._ctx = PageContext(self.worker, ClipboardGuard(parent=self), drafts,
                                    ChangeBus(self))
        return self._ctx

    @property
    def clipboard(self) -> ClipboardGuard:
        return self.ctx.clipboard

    @property
    def changes(self) -> ChangeBus:
        return self.ctx.changes

    @property
    def idle(self) -> IdleLock:
        if self._idle is None:
            from ui.idle_lock import IdleLock

            self._idle = IdleLock(self._idle_minutes, parent=self)
            self._idle.lock_requested.connect(self.lock)
        return self._idle

    # -- flow ----------------------------------------------------------------------------
    def start(self) -> None:
        language.apply(self.lang_override or language.laptop_language())
        if vault_exists(self.vault_dir):
            self.show_unlock()
        elif (pending := self._pending_join()) is not None:
            self.show_join(pending)
        else:
            self.show_first_run()

    def _pending_join(self) -> Any:
        """The join this folder waits to finish (no vault yet), or None."""
        from peerdesk.errors import PeerdeskError
        from peerdesk.services.join_status import pending_join

        try:
            return pending_join(self.vault_dir)
        except PeerdeskError:
            return None

    def show_join(self, pending: Any = None) -> Any:
        """Join my group's peerdesk (ui/dialogs/join_group.py); then sign in."""
        from ui.dialogs.join_group import JoinGroupDialog

        dialog = JoinGroupDialog(self.vault_dir, self.worker, pending=pending)
        dialog.joined.connect(self.show_unlock)
        dialog.back.connect(self.show_first_run)
        dialog.rejected.connect(self.quit)
        self._set_dialog(dialog)
        return dialog

    def show_first_run(self) -> FirstRunDialog:
        from ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.vault_dir, self.worker, create_fn=self._creator())
        dialog.completed.connect(self.show_main)
        dialog.rejected.connect(self.quit)
        dialog.join_requested.connect(self.show_join)
        self._set_dialog(dialog)
        from ui import preload

        preload.schedule(lambda: self.worker.busy)
        return dialog

    def show_unlock(self) -> UnlockDialog:
        dialog = UnlockDialog(
            self.vault_dir, self.worker, username=self.username, open_fn=self._opener()
        )
        dialog.unlocked.connect(self.show_main)
        dialog.rejected.connect(self.quit)
        dialog.restore_requested.connect(self.restore_requested)
        self._set_dialog(dialog)
        from ui import preload

        preload.schedule(lambda: self.worker.busy)
        return dialog

    def show_main(self, ws: Any) -> MainWindow:
        self._set_dialog(None)
        self.ws = ws
        self.username = ws.actor.username
        self._show_in_member_language(ws)
        attach = getattr(self.ctx.drafts, "attach", None)
        if callable(attach):
            attach(ws)
        from ui.main_window import MainWindow

        window = MainWindow(ws, self.ctx)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.backup_requested.connect(self.show_backup)
        self.window = window
        window.show()
        self.idle.start()
        self._apply_app_settings(ws)
        self.unlocked.emit(ws)
        return window

    # -- language ------------------------------------------------------------------------
    def _opener(self) -> Callable[[Path, str, str], Any]:
        """The unlock's open call, which also reads the member's language (on the worker,
        so the main window is built in it from the start)."""
        inner = self._open_fn

        def open_and_read_language(vault_dir: Path, username: str, passphrase: str) -> Any:
            if inner is None:
                from peerdesk.services.workspace import open_vault

                ws = open_vault(vault_dir, username, passphrase)
            else:
                ws = inner(vault_dir, username, passphrase)
            self._remember_member_language(ws)
            return ws

        return open_and_read_language

    def _creator(self) -> Callable[..., tuple[Any, str]]:
        """The first run's create call, which also stores the language chosen on the
        first-run screen as the first member's own."""
        inner = self._create_fn

        def create_and_keep_language(vault_dir: Path, **values: Any) -> tuple[Any, str]:
            chosen = language.current()
            if inner is None:
                from peerdesk.services.workspace import create_vault

                result = create_vault(vault_dir, **values)
            else:
                result = inner(vault_dir, **values)
            settings = getattr(result[0], "settings", None)
            if settings is not None and hasattr(settings, "set_language"):
                settings.set_language(chosen)
            self._remember_member_language(result[0])
            return result

        return create_and_keep_language

    def _remember_member_language(self, ws: Any) -> None:
        """(Worker thread.) The member's stored language, when the workspace has one."""
        settings = getattr(ws, "settings", None)
        read = getattr(settings, "language", None)
        if callable(read):
            try:
                self._member_lang[id(ws)] = str(read())
            except PeerdeskError:
                pass  # keep the laptop's language; the Settings page shows the choice

    def _show_in_member_language(self, ws: Any) -> None:
        lang = self._member_lang.pop(id(ws), None)
        if lang is None:
            return
        if self.lang_override is None:
            language.apply(lang)
        language.remember(lang)

    def _apply_app_settings(self, ws: Any) -> None:
        """Idle-lock minutes and clipboard seconds from the group's settings (off-thread);
        a personal idle-lock time (Settings page) may only be shorter."""

        settings = ws.settings

        def apply(app: Any) -> None:
            if self.ws is not ws:
                return
            minutes = float(app.idle_lock_minutes)
            personal = personal_idle_minutes(ws)
            if personal:
                minutes = min(minutes, personal)
            self.idle.set_minutes(minutes)
            self.clipboard.set_clear_after(float(app.clipboard_clear_seconds))

        self.worker.submit(settings.app_settings,
                           label=self.tr("Loading settings…")).then(apply)

    def show_backup(self) -> Any:
        """File ▸ Backup…: the backup dialog for the open workspace."""
        from ui.dialogs.backup_restore import BackupDialog

        if self.ws is None:
            return None
        dialog = BackupDialog(self.ws, self.worker, self.window)
        dialog.open()
        return dialog

    def show_restore(self) -> Any:
        """Unlock screen ▸ Restore from backup…; back to the unlock screen afterwards."""
        from ui.dialogs.backup_restore import RestoreDialog

        dialog = RestoreDialog(self.vault_dir, self.worker, username=self.username,
                               parent=self.dialog)
        dialog.restored.connect(lambda _info: self.show_unlock())
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def lock(self) -> None:
        """Drop the keys and clear every view, then show the unlock screen."""
        if self.ws is None:
            return
        self.idle.stop()
        self.clipboard.clear_now()
        ws, self.ws = self.ws, None
        # Cancel queued reads first, so that drafts stashed now are still written.
        self.worker.discard_pending()
        if self.window is not None:
            self.window.clear_for_lock()
        self._detach_drafts()
        self.worker.submit(ws.lock, label=self.tr("Locking…"))  # after the drafts are written
        self._close_window()
        self.show_unlock()
        self.locked.emit()

    def quit(self) -> None:
        if self._idle is not None:  # never made: nothing to stop (quit from the unlock)
            self._idle.stop()
        if self._ctx is not None:
            self._ctx.clipboard.clear_now()
        if self.ws is not None:
            ws, self.ws = self.ws, None
            self.worker.discard_pending()
            if self.window is not None:
                self.window.clear_for_lock()
            self._detach_drafts()
            self.worker.submit(ws.lock, label=self.tr("Locking…"))
        self._close_window()
        self._set_dialog(None)
        self.worker.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()

    # -- helpers -------------------------------------------------------------------------
    def _set_dialog(self, dialog: QWidget | None) -> None:
        old, self.dialog = self.dialog, dialog
        if old is not None:
            old.blockSignals(True)
            old.close()
            old.deleteLater()
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.blockSignals(True)
            window.close()
            window.deleteLater()

    def _detach_drafts(self) -> None:
        detach = getattr(self.ctx.drafts, "detach", None)
        if callable(detach):
            detach()

    def _explain_restore(self) -> None:
        """Until a restore dialog exists: say how to restore from the command line."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.dialog,
            self.tr("Restore from backup"),
            self.tr("To restore, close peerdesk and run:\n\n%1").replace(
                "%1", f"peerdesk restore BACKUP-FILE --vault \"{self.vault_dir}\""),
        )


def _personal_key(ws: Any) -> str:
    return f"personal/{getattr(ws, 'vault_id', '')}/{ws.actor.username}/idle_lock_minutes"


def personal_idle_minutes(ws: Any) -> float | None:
    """This person's own idle-lock time on this laptop (not secret; kept in QSettings)."""
    from PySide6.QtCore import QSettings

    value = QSettings().value(_personal_key(ws))
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def set_personal_idle_minutes(ws: Any, minutes: float | None) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings()
    if minutes:
        settings.setValue(_personal_key(ws), float(minutes))
    else:
        settings.remove(_personal_key(ws))


# -- entry points ----------------------------------------------------------------------
def create_application(argv: Sequence[str] | None = None, *,
                       first_window: bool = False) -> QApplication:
    """The one ``QApplication``, named and themed (reused if it already exists).

    ``first_window``: the app's own start, where the font's Devanagari fallback is added
    just after the first paint (``ui.preload``), not before it."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(list(argv or [APP_NAME]))
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("peerdesk")
    app.setOrganizationName(ORG_NAME)
    import peerdesk

    app.setApplicationVersion(peerdesk.__version__)
    install_app_font(app, fallback=not first_window)
    apply_theme(app)
    return app


def _install_excepthook() -> None:
    """Unexpected errors: log the type only, tell the person nothing was saved."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        log.error("unexpected error: %s", exc_type.__name__)
        message = user_message(exc)
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, "peerdesk", message)

    sys.excepthook = hook


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="peerdesk gui", description="The peerdesk desktop app.")
    parser.add_argument("--vault", type=Path, help="vault folder")
    parser.add_argument("--user", default=os.environ.get("PEERDESK_USER", ""))
    parser.add_argument("--screenshot", type=Path, help="render --page to this PNG and exit")
    parser.add_argument("--page", default="home",
                        help="the page to render with --screenshot: home, sessions, …")
    parser.add_argument("--open", dest="form", metavar="FORM",
                        help="with --screenshot: render this form instead of the page: "
                             "session, reflection, supervision, escalation, agreement")
    parser.add_argument("--size", default="1280x800", metavar="WxH",
                        help="with --screenshot: the window's (and screen's) size")
    parser.add_argument("--idle-minutes", type=float, default=DEFAULT_IDLE_MINUTES)
    parser.add_argument("--lang", choices=sorted(LANGUAGES),
                        help="show the app in this language whoever signs in "
                             "(default: the member's own choice)")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app. ``argv`` includes the program name, like ``sys.argv``."""
    disable_core_dumps()
    argv = list(sys.argv if argv is None else argv)
    args = _parse(argv[1:])
    try:
        vault_dir = args.vault or default_vault_dir()
        if args.screenshot:
            passphrase = os.environ.get("PEERDESK_PASSPHRASE")
            if passphrase is None:
                import getpass

                passphrase = getpass.getpass("Passphrase: ")
            if not args.user:
                raise UsageError("--screenshot needs --user NAME (or PEERDESK_USER).")
            from ui.screenshot import parse_size, render_screenshot

            out = render_screenshot(vault_dir, args.user, passphrase, args.page, args.screenshot,
                                    form=args.form, size=parse_size(args.size),
                                    lang=args.lang)
            print(out)
            return 0
    except PeerdeskError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return exc.exit_code
    from ui.platform_check import EXIT_NO_WINDOW, window_problem  # ctypes etc. only on xcb

    problem = window_problem()
    if problem is not None:  # Qt would abort with a core dump instead
        print(problem, file=sys.stderr)
        return EXIT_NO_WINDOW
    app = create_application(argv[:1], first_window=True)
    _install_excepthook()
    controller = AppController(vault_dir, username=args.user, idle_minutes=args.idle_minutes,
                               lang=args.lang)
    controller.start()
    from ui.startup_probe import install as install_startup_probe  # benchmark hook

    install_startup_probe(app, controller.dialog)
    code = app.exec()
    controller.worker.stop()
    return int(code)
