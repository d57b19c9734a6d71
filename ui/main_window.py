"""The main window: navigation, a stack of pages, menus and a status bar. Nothing else.

It knows no records. Pages come from :mod:`ui.pages` (one module each); the window loads
a page the first time it is shown, forwards every published ``Change`` to the pages that
are loaded, and on lock asks each page for drafts and then clears it. When the language
changes it retranslates itself and rebuilds its pages, each keeping what it showed
(:meth:`MainWindow.retranslate`, docs/translation.md). Ctrl+N (File ▸ New
session) logs a session from every page (docs/keyboard.md); the Sessions page owns the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

import peerdesk
from peerdesk.domain.permissions import Action, Resource, grant_scope
from ui import labels, language
from ui.page_context import PageContext
from ui.page_set import PageSet
from ui.pages import PAGES, page_title, visible_pages
from ui.pages.base import Page
from ui.widgets.exchange_alerts import StatusExchangeLabel

#: Where the window's last size is kept on this laptop (QSettings; not secret).
SIZE_KEY = "window/size"
#: Room left for the window's frame and title bar, which the size does not include.
FRAME = QSize(16, 48)


def fitting_size(preferred: QSize, remembered: QSize | None, available: QSize) -> QSize:
    """The window's size on a screen with ``available`` room: the remembered size if it
    fits (frame included), else the preferred size made small enough to fit."""
    room = available - FRAME
    if remembered is not None and remembered.isValid() and not remembered.isEmpty() \
            and remembered.width() <= room.width() and remembered.height() <= room.height():
        return remembered
    return preferred.boundedTo(room)


def remembered_size() -> QSize | None:
    value = QSettings().value(SIZE_KEY)
    return value if isinstance(value, QSize) else None


class MainWindow(QMainWindow):
    """Shell for one unlocked workspace. The app controller owns the lock/unlock flow."""

    #: The person asked to lock (menu or Ctrl+L).
    lock_requested = Signal()
    #: File ▸ Backup… (the backup dialog is the lead's).
    backup_requested = Signal()
    #: File ▸ Quit or the window was closed.
    quit_requested = Signal()
    #: Another page became current (name).
    page_changed = Signal(str)

    def __init__(self, ws: Any, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ctx = ctx
        #: Every page this person may see, each built when first shown (ui/page_set.py).
        self.pages = PageSet([spec.name for spec in visible_pages(ws.actor.roles)],
                             self._make_page)
        self._quitting = False
        #: Keep the window's size on this laptop when it closes (not for screenshots).
        self.remember_size = True
        #: Pages built in an older language, rebuilt when next shown (docs/translation.md).
        self._stale: set[str] = set()
        #: Old pages kept (hidden) until the worker is idle: calls they started may still
        #: answer them.
        self._retired: list[Page] = []
        self._retranslating = False
        #: The language the window's texts are in (a change to the same one is no change).
        self._language = language.current()
        self._stale_timer = QTimer(self)
        self._stale_timer.setInterval(1000)
        self._stale_timer.timeout.connect(self._rebuild_current_if_stale)
        self.setObjectName("mainWindow")

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setUniformItemSizes(True)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_pages()
        self._build_menus()
        self._build_status_bar()
        self._set_texts()
        ctx.changes.changed.connect(self._on_change)
        ctx.worker.busy_changed.connect(self._on_busy)
        self.nav.currentRowChanged.connect(self._on_nav)
        if self.nav.count():
            self.nav.setCurrentRow(0)
        self._on_busy(ctx.worker.busy, ctx.worker.current_label)
        self._fit_to_screen()

    # -- size ----------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """Open at the size remembered on this laptop if it fits the screen, else at a
        size for the content that fits; centred on the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        em = self.fontMetrics().averageCharWidth()
        preferred = QSize(em * 160, self.fontMetrics().height() * 46)
        size = fitting_size(preferred, remembered_size(), area.size())
        self.resize(size)
        self.move(area.x() + (area.width() - size.width() - FRAME.width()) // 2,
                  area.y() + (area.height() - size.height() - FRAME.height()) // 2)

    # -- building ------------------------------------------------------------------------
    def _build_pages(self) -> None:
        for spec in PAGES:
            if spec.name not in self.pages:
                continue
            item = QListWidgetItem(page_title(spec.name))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.nav.addItem(item)

    def _set_texts(self) -> None:
        """Every text of the window itself, in the interface's language (again after a
        change of language)."""
        if self.ws is not None:
            self.setWindowTitle(self.tr("%1 — peerdesk").replace("%1", self.ws.group_name))
        self.nav.setAccessibleName(self.tr("Pages"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(page_title(str(item.data(Qt.ItemDataRole.UserRole))))
        fm = self.nav.fontMetrics()
        widest = max(fm.horizontalAdvance(page_title(spec.name)) for spec in PAGES)
        self.nav.setFixedWidth(widest + fm.averageCharWidth() * 10)
        self.group_status.setAccessibleName(self.tr("Group"))
        self.user_status.setAccessibleName(self.tr("Signed in as"))
        self.vault_status.setAccessibleName(self.tr("Vault folder"))
        self.busy_bar.setAccessibleName(self.tr("Working"))
        if self.ws is not None:
            actor = self.ws.actor
            roles = ", ".join(sorted(labels.label(labels.ROLE_LABELS, r).lower()
                                     for r in actor.roles))
            self.user_status.setText(self.tr("%1 (%2)").replace("%1", actor.display_name)
                                     .replace("%2", roles))

    def _make_page(self, cls: type[Page]) -> Page:
        page = cls(self.ctx, self.stack)
        self.stack.addWidget(page)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_session_action = QAction(self.tr("&New session…"), self)
        self.new_session_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_session_action.setEnabled(
            "sessions" in self.pages and any(
                grant_scope(role, Action.CREATE, Resource.SESSIONS) is not None
                for role in self.ws.actor.roles))
        self.new_session_action.triggered.connect(self.new_session)
        file_menu.addAction(self.new_session_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.backup_action = QAction(self.tr("&Backup…"), self)
        self.backup_action.triggered.connect(self.backup_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self._quit)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About peerdesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.group_status = self._status_label(self.ws.group_name)
        self.user_status = self._status_label("")
        self.vault_status = self._status_label(str(self.ws.vault_dir))
        self.vault_status.setToolTip(str(self.ws.vault_dir))
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busySpinner")
        self.busy_bar.setRange(0, 0)  # indeterminate: moving bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.busy_bar.setMaximumHeight(self.fontMetrics().height())
        bar.addWidget(self.group_status)
        bar.addWidget(self.user_status)
        bar.addWidget(self.vault_status, 1)
        self.exchange_status = StatusExchangeLabel(self.ctx, self)
        self.exchange_status.open_page.connect(self._open_exchange)
        self.exchange_status.load(self.ws)
        bar.addPermanentWidget(self.exchange_status)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)

    def _status_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # -- pages ---------------------------------------------------------------------------
    @property
    def current_page_name(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_page(self, name: str) -> Page:
        """Make ``name`` current (loading it if need be); KeyError if not visible."""
        page = self.pages[name]
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(row)
                break
        return page

    def new_session(self) -> Any:
        """Open the log-session form over whichever page is showing (the Sessions page
        owns it, so its draft is kept on lock); returns the form, or None."""
        if "sessions" not in self.pages or self.ws is None \
                or not self.new_session_action.isEnabled():
            return None
        page = self.pages["sessions"]
        if not page.loaded:
            page.load(self.ws)
        open_form = getattr(page, "new_session", None)
        return open_form() if callable(open_form) else None

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        name = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        if name in self._stale and not self._rebuild(name):
            self._stale_timer.start()  # it has a form open: rebuilt once that closes
        page = self.pages[name]
        if not page.loaded and self.ws is not None:
            page.load(self.ws)
        self.stack.setCurrentWidget(page)
        self.page_changed.emit(name)

    def _open_exchange(self, target: str) -> None:
        if "exchange" in self.pages:
            page = self.show_page("exchange")
            if target == "decisions":
                page.open_decisions()  # type: ignore[attr-defined]

    def _on_change(self, change: Any) -> None:
        self.exchange_status.reload()
        for page in self.pages.built():
            if page.loaded:
                page.refresh(change)

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True  # one rebuild for the several events of one change
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show everything in the interface's language now: the window's own texts and
        menus at once, the current page rebuilt at once and every other built page when
        it is next shown, each keeping what it showed (``Page.view_state``). A page with a
        form open waits until the form is closed, so nothing typed is ever lost."""
        self._retranslating = False
        if self.ws is None or self._language == language.current():
            return
        self._language = language.current()
        self.menuBar().clear()
        self._build_menus()
        self._set_texts()
        self._stale.update(self.pages.built_names())
        self._rebuild_current_if_stale()
        if self.current_page_name in self._stale:
            self._stale_timer.start()

    def _rebuild_current_if_stale(self) -> None:
        name = self.current_page_name
        if (name not in self._stale or self._rebuild(name)) \
                and self.current_page_name not in self._stale:
            self._stale_timer.stop()

    def _rebuild(self, name: str) -> bool:
        """Build page ``name`` anew with the old one's view state; False (and nothing
        done) while the old page has a form or dialog open."""
        if name not in self.pages.built_names():
            self._stale.discard(name)
            return True
        if any(dialog.isVisible() for dialog in self.pages[name].findChildren(QDialog)):
            return False
        self._stale.discard(name)
        old = self.pages.forget(name)
        assert old is not None
        current = self.stack.currentWidget() is old
        state = old.view_state()
        new = self.pages[name]
        new.restore_view_state(state)  # filters before loading: the query uses them
        if old.loaded and self.ws is not None:
            new.load(self.ws)
        if current:
            self.stack.setCurrentWidget(new)
        self.stack.removeWidget(old)
        old.hide()
        self._retired.append(old)
        self._after_loading(new, state)
        return True

    def _after_loading(self, page: Page, state: dict[str, Any], rounds: int = 4) -> None:
        """Once the worker is idle, put back what needed the page's data (selection,
        scroll, a filter filled from the vault), and let the old pages go."""
        worker = self.ctx.worker

        def settle() -> None:
            if worker.busy:
                QTimer.singleShot(50, self, settle)
                return
            for retired in self._retired:
                retired.deleteLater()
            self._retired.clear()
            if not state or page not in self.pages.built():
                return
            # All of it again: what the page's data filled in (a form's stored values)
            # gives way to what the person had on screen; unchanged values are no-ops.
            left = page.restore_view_state(state)
            if left and rounds > 1:
                self._after_loading(page, state, rounds - 1)

        QTimer.singleShot(0, self, settle)

    # -- lock ----------------------------------------------------------------------------
    def clear_for_lock(self) -> None:
        """Stash drafts, then clear every page and every label that shows vault data."""
        for page in self.pages.built():
            page.stash_drafts(self.ctx.drafts)
        for page in self.pages.built():
            page.clear()
        self.exchange_status.clear()
        for label in (self.group_status, self.user_status, self.vault_status):
            label.clear()
        self.vault_status.setToolTip("")
        self.new_session_action.setEnabled(False)
        self._stale_timer.stop()
        self.setWindowTitle("peerdesk")
        self.ws = None

    # -- busy ----------------------------------------------------------------------------
    def _on_busy(self, busy: bool, label: str) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setText(label if busy else "")
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # -- menus ---------------------------------------------------------------------------
    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About peerdesk"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("peerdesk %1").replace("%1", peerdesk.__version__))
        box.setInformativeText(
            self.tr("Offline, encrypted records for peer-support groups.\n"
                    "Licensed under the GNU AGPL, version 3 or later.")
        )
        box.exec()

    def _quit(self) -> None:
        self._quitting = True
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_size and not self.isMaximized() and not self.isFullScreen():
            QSettings().setValue(SIZE_KEY, self.size())
        if not self._quitting:
            self._quitting = True
            self.quit_requested.emit()
        event.accept()
