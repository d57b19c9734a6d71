"""Exchange: the group's laptops and moving what each lacks between them.

The page lists every laptop of the group (who uses it, when this laptop last received from
it and sent to it, what it still lacks) and offers three ways to move bundles: "Exchange
now" through a folder this laptop remembers (a USB stick, or a folder a sync tool keeps in
step), "Save a bundle for…" one laptop (to send as an attachment), and "Open a bundle…"
received that way. Everything runs on the worker with progress and a Cancel button;
refusals are said in plain words and change nothing. Red above everything: escalations
raised here that the supervisor's laptop does not have yet.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import Cancelled
from ui.exchange_actions import (
    Exchanged,
    ExchangeView,
    Opened,
    Saved,
    changes_for,
    exchange_through,
    load_exchange_view,
    open_bundle_file,
    save_bundle_for,
)
from ui.labels import zone
from ui.language import message
from ui.models.exchange_laptops_model import LaptopsModel
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.widgets import list_scaffold
from ui.widgets.exchange_banners import reminder_banner, unsent_banner
from ui.widgets.exchange_refusal import refusal_text
from ui.widgets.plain_text import plain_label, set_plain
from ui.worker import Task

#: Bundle files, in the file dialogs.
BUNDLE_FILTER: str = QT_TRANSLATE_NOOP("ExchangePage", "peerdesk bundle (*.pdx)")  # type: ignore[assignment]


def folder_key(ws: Any) -> str:
    """Where this laptop remembers its exchange folder (QSettings; a path, not a secret)."""
    return f"exchange/{getattr(ws, 'vault_id', '')}/folder"


def remembered_folder(ws: Any) -> str:
    value = QSettings().value(folder_key(ws))
    return value if isinstance(value, str) else ""


def remember_folder(ws: Any, folder: str) -> None:
    QSettings().setValue(folder_key(ws), folder)


class ExchangePage(Page):
    name = "exchange"
    title = "Exchange"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tz: tzinfo = UTC
        self.view: ExchangeView | None = None
        self.task: Task | None = None
        self.folder = ""
        self.exchange_button = list_scaffold.primary_button(
            self.tr("E&xchange now"),
            self.tr("Open what the exchange folder holds for this laptop and leave there "
                    "what each other laptop lacks"), self, self.exchange_now)
        top, self.count_label = list_scaffold.title_row(self, self.tr("Exchange"),
                                                        self.exchange_button)
        self.unsent = list_scaffold.message_line(self)
        self.unsent.setObjectName("errorBanner")
        self.reminder = list_scaffold.message_line(self)
        self.this_laptop = plain_label("", self)
        self.this_laptop.setObjectName("pageSubtitle")

        self.folder_label = plain_label("", self)
        self.folder_button = QPushButton(self.tr("Choose folde&r…"), self)
        self.folder_button.setToolTip(self.tr("A USB stick, or a folder a sync tool keeps in "
                                              "step between the laptops"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Exchange in progress"))
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.progress, 1)
        bar_row.addWidget(self.cancel_button)
        progress_rows = QVBoxLayout()  # the step on its own line: it grows in Hindi
        progress_rows.setContentsMargins(0, 0, 0, 0)
        progress_rows.addWidget(self.progress_label)
        progress_rows.addLayout(bar_row)
        self.progress_box = QWidget(self)
        self.progress_box.setLayout(progress_rows)
        self.progress_box.hide()

        self.message = list_scaffold.message_line(self)
        self.model = LaptopsModel(parent=self)
        self.table = list_scaffold.record_table(self, self.model, self.tr("Laptops"),
                                                stretch_last=True)
        list_scaffold.size_columns(self.table, {0: 28, 1: 28, 2: 22, 3: 22, 4: 30})
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.empty = list_scaffold.empty_state(self, self.tr(
            "This laptop is the group's only one. A coordinator adds laptops under "
            "Members ▸ Laptops."))
        self.body = list_scaffold.table_or_empty(self, self.table, self.empty)

        self.save_button = QPushButton(self.tr("&Save a bundle for…"), self)
        self.save_button.setToolTip(self.tr("Save what the chosen laptop lacks as a file, to "
                                            "send as an attachment or carry on a stick"))
        self.save_button.clicked.connect(self.save_for_selected)
        self.open_button = QPushButton(self.tr("&Open a bundle…"), self)
        self.open_button.setToolTip(self.tr("Open a bundle another laptop made for this one"))
        self.open_button.clicked.connect(self.choose_bundle)
        self.decisions_button = QPushButton(self.tr("&Decisions…"), self)
        self.decisions_button.setToolTip(self.tr("Conflicts to settle and changes set aside"))
        self.decisions_button.clicked.connect(self.open_decisions)
        self.decisions_dialog: Any = None
        help_text = plain_label(self.tr(
            "Each laptop keeps its own encrypted copy of the records its members may read. "
            "Exchanging gives every laptop what the others wrote. A bundle can only be opened "
            "by the laptop it was made for."), self)
        help_text.setObjectName("fieldHint")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.unsent)
        layout.addWidget(self.reminder)
        layout.addWidget(self.this_laptop)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)
        layout.addLayout(list_scaffold.button_row(self.save_button, self.open_button,
                                                  self.decisions_button))
        layout.addWidget(help_text)
        self._update()

    # -- life cycle ----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.model.tz = self.tz
        self.folder = remembered_folder(ws)
        self._show_folder()
        self.reload()

    def reload(self) -> None:
        if self.ws is None:
            return
        self.ctx.run(load_exchange_view, self.ws, label=self.tr("Loading laptops…")).then(
            self._show, self._failed)

    def refresh(self, change: Any) -> None:
        self.reload()

    def clear(self) -> None:
        if self.decisions_dialog is not None:
            self.decisions_dialog.close()
            self.decisions_dialog.deleteLater()
            self.decisions_dialog = None
        if self.task is not None:
            self.task.cancel()
        self.task = None
        self.view = None
        self.model.clear()
        for label in (self.this_laptop, self.folder_label, self.count_label):
            label.clear()
        list_scaffold.show_message(self.message, "")
        list_scaffold.show_message(self.unsent, "")
        list_scaffold.show_message(self.reminder, "")
        self.progress_box.hide()
        super().clear()

    # -- showing -------------------------------------------------------------------------
    def _show(self, view: ExchangeView) -> None:
        if self.ws is None:
            return
        self.view = view
        current = self.selected_id()
        self.model.set_rows(view.laptops)
        others = [lap for lap in view.laptops if not lap.this_laptop]
        self.body.setCurrentWidget(self.table if others else self.empty)
        if len(others) == 1:
            set_plain(self.count_label, self.tr("1 other laptop"))
        else:
            set_plain(self.count_label, self.tr("%1 other laptops").replace(
                "%1", str(len(others))))
        me = view.this_laptop
        if me is not None:
            set_plain(self.this_laptop, self.tr("This laptop: %1 (laptop id %2)").replace(
                "%1", me.label).replace("%2", me.device_id))
        list_scaffold.show_message(self.unsent, unsent_banner(view.unsent))
        list_scaffold.show_message(self.reminder, reminder_banner(view.reminder), error=False)
        self._select(current)
        self._update()

    def _select(self, device_id: str | None) -> None:
        for row, lap in enumerate(self.model.rows()):
            if lap.device_id == device_id or (device_id is None and not lap.this_laptop
                                              and not lap.revoked_at):
                self.table.selectRow(row)
                return

    def _show_folder(self) -> None:
        if self.folder:
            set_plain(self.folder_label, self.tr("Exchange folder: %1").replace(
                "%1", self.folder))
        else:
            set_plain(self.folder_label, self.tr(
                "No exchange folder chosen yet. Choose a USB stick or a folder a sync tool "
                "keeps in step between the laptops."))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        lap = self.model.laptop(index.row()) if index.isValid() else None
        return None if lap is None else str(lap.device_id)

    def _selected_peer(self) -> Any | None:
        index = self.table.currentIndex()
        lap = self.model.laptop(index.row()) if index.isValid() else None
        if lap is None or lap.this_laptop or lap.revoked_at:
            return None
        return lap

    def _update(self) -> None:
        busy = self.task is not None
        loaded = self.ws is not None
        has_peers = bool(self.view and any(not lap.this_laptop and not lap.revoked_at
                                           for lap in self.view.laptops))
        self.exchange_button.setEnabled(loaded and not busy and has_peers)
        self.folder_button.setEnabled(loaded and not busy)
        self.open_button.setEnabled(loaded and not busy)
        self.save_button.setEnabled(loaded and not busy and self._selected_peer() is not None)

    def _failed(self, message: str) -> None:
        list_scaffold.show_message(self.message, message)

    # -- long work -----------------------------------------------------------------------
    def _start(self, task: Task, label: str) -> Task:
        self.task = task
        self.progress_label.setText(label)
        self.progress.setRange(0, 0)
        self.progress_box.show()
        self.cancel_button.setEnabled(True)
        list_scaffold.show_message(self.message, "")
        task.progress.connect(self._progressed)
        task.finished.connect(self._finished)
        self._update()
        return task

    def _progressed(self, done: int, total: int, text: str) -> None:
        """Real steps: the bar fills with the changes of the bundle in hand; the label says
        which bundle ("Bundle 2 of 5 · 1,200 of 3,000 changes")."""
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        if text:
            self.progress_label.setText(text)

    def _finished(self) -> None:
        if self.task is not None and isinstance(self.task.error, Cancelled):
            list_scaffold.show_message(self.message, self.tr(
                "Stopped. Nothing of it was done: the records are as they were."),
                error=False)
        self.task = None
        self.progress_box.hide()
        self._update()
        self.reload()

    def cancel(self) -> None:
        """Stop now. A bundle being applied is rolled back whole; an exchange through the
        folder keeps the bundles it already applied or wrote and says what it left."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    # -- actions -------------------------------------------------------------------------
    def open_decisions(self) -> Any:
        """Decisions to make (ui/dialogs/conflict_queue.py)."""
        from ui.dialogs.conflict_queue import DecisionsDialog

        if self.ws is None:
            return None
        self.decisions_dialog = DecisionsDialog(self.ws, self.ctx, self)
        self.decisions_dialog.finished.connect(lambda _r: self.reload())
        self.decisions_dialog.show()
        return self.decisions_dialog

    def choose_folder(self) -> str:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the exchange folder"),
                                                  self.folder)
        if folder:
            self.set_folder(folder)
        return folder

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        if self.ws is not None:
            remember_folder(self.ws, folder)
        self._show_folder()

    def exchange_now(self) -> Task | None:
        if self.ws is None or self.task is not None:
            return None
        if not self.folder and not self.choose_folder():
            return None
        task = self.ctx.worker.submit(exchange_through, self.ws, Path(self.folder),
                                      label=self.tr("Exchanging…"), cancellable=True)
        task.succeeded.connect(self._exchanged)
        task.abandoned.connect(self._exchanged)  # a cancelled run says what it did
        task.failed.connect(self._failed)
        return self._start(task, self.tr("Exchanging through the folder…"))

    def _exchanged(self, done: Exchanged) -> None:
        parts = []
        if done.received_from:
            parts.append(self.tr("Received %1 changes from %2.").replace(
                "%1", str(done.changes_received)).replace("%2", ", ".join(done.received_from)))
        if done.sent_to:
            parts.append(self.tr("Left what %1 lacks in the folder.").replace(
                "%1", ", ".join(done.sent_to)))
        if done.cancelled:
            parts.insert(0, self.tr("Stopped on request."))
            if done.not_applied == 1:
                parts.append(self.tr("1 bundle for this laptop was not opened; it stays in "
                                     "the folder for the next exchange."))
            elif done.not_applied:
                parts.append(self.tr("%1 bundles for this laptop were not opened; they stay "
                                     "in the folder for the next exchange.").replace(
                    "%1", str(done.not_applied)))
            if done.sent_to and done.not_written:  # stopped while writing
                parts.append(self.tr("The other laptops were left nothing new this time."))
            elif not done.sent_to:  # stopped before writing anything
                parts.append(self.tr("Nothing new was left for the other laptops this time."))
        elif not parts:
            parts.append(self.tr("Nothing new either way: every laptop is up to date."))
        if done.waiting:
            parts.append(self.tr("Some bundles come from laptops this one does not know yet; "
                                 "they will open after the next exchange."))
        text = " ".join(parts)
        if done.refused:  # each file's own line, in the person's language
            heading = (self.tr("1 file in the folder was refused and left as it is:")
                       if len(done.refused) == 1 else
                       self.tr("%1 files in the folder were refused and left as they are:")
                       .replace("%1", str(len(done.refused))))
            text = "\n".join([text, heading, *(message(line) for line in done.refused)])
        list_scaffold.show_message(self.message, text, error=bool(done.refused))
        self._publish(done.report)
        self.reload()

    def _publish(self, result: Any) -> None:
        for change in changes_for(result):
            self.ctx.changes.publish(change)

    def save_for_selected(self) -> Task | None:
        lap = self._selected_peer()
        if lap is None or self.ws is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a bundle for %1").replace("%1", lap.label),
            str(Path(self.folder or Path.home()) / "peerdesk.pdx"), self.tr(BUNDLE_FILTER))
        return self.save_for(lap.device_id, Path(path)) if path else None

    def save_for(self, device_id: str, path: Path) -> Task | None:
        if self.ws is None or self.task is not None:
            return None
        task = self.ctx.worker.submit(save_bundle_for, self.ws, device_id, path,
                                      label=self.tr("Saving a bundle…"), cancellable=True)
        task.succeeded.connect(self._saved)
        task.failed.connect(self._failed)
        return self._start(task, self.tr("Saving a bundle…"))

    def _saved(self, saved: Saved) -> None:
        list_scaffold.show_message(self.message, self.tr(
            "Saved %1 for %2. Only that laptop can open it.").replace(
            "%1", saved.path.name).replace("%2", saved.label), error=False)
        self.reload()

    def choose_bundle(self) -> Task | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a bundle"),
                                              self.folder or str(Path.home()),
                                              self.tr(BUNDLE_FILTER))
        return self.open_file(Path(path)) if path else None

    def open_file(self, path: Path) -> Task | None:
        if self.ws is None or self.task is not None:
            return None
        task = self.ctx.worker.submit(open_bundle_file, self.ws, path,
                                      label=self.tr("Opening the bundle…"), cancellable=True)
        task.succeeded.connect(self._opened)
        task.failed.connect(self._failed)
        return self._start(task, self.tr("Opening the bundle…"))

    def _opened(self, opened: Opened) -> None:
        if not opened.ok:
            list_scaffold.show_message(self.message, refusal_text(
                opened.refused, made_for=opened.made_for, sender=opened.sender))
            return
        if opened.already:
            text = self.tr("This bundle was opened here before; nothing new in it.")
        else:
            text = self.tr("Opened a bundle from %1: %2 changes.").replace(
                "%1", opened.sender_label or self.tr("another laptop")).replace(
                "%2", str(opened.changes))
        list_scaffold.show_message(self.message, text, error=False)
        self._publish(opened.result)
        self.reload()


PAGE = ExchangePage
