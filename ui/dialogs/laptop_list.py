"""Members ▸ Laptops: the group's laptops, who uses each, and removing one.

A coordinator adds a laptop (:mod:`ui.dialogs.laptop_add`) and removes one here. Removing
is honest about its limit: nothing new is sent to that laptop and what it writes from now
on is set aside everywhere, but what it already holds stays on it.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.dialogs.laptop_add import AddLaptopDialog
from ui.models.exchange_laptops_model import LaptopsModel
from ui.widgets import list_scaffold
from ui.widgets.plain_text import plain_label
from ui.worker import Task, Worker


class LaptopListDialog(QDialog):
    def __init__(self, ws: Any, worker: Worker, *, tz: tzinfo = UTC,
                 can_manage: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker = worker
        self.can_manage = can_manage
        self.add_dialog: AddLaptopDialog | None = None
        self.setWindowTitle(self.tr("Laptops"))
        self.setObjectName("laptopListDialog")
        self.model = LaptopsModel(tz, self)
        self.table = list_scaffold.record_table(self, self.model, self.tr("Laptops"),
                                                stretch_last=True)
        list_scaffold.size_columns(self.table, {0: 28, 1: 28, 2: 22, 3: 22, 4: 30})
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.message = list_scaffold.message_line(self)
        self.add_button = QPushButton(self.tr("&Add a laptop…"), self)
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.open_add)
        self.remove_button = QPushButton(self.tr("&Remove from the group…"), self)
        self.remove_button.clicked.connect(self.confirm_remove)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        note = plain_label(self.tr(
            "Each laptop receives only what the members who use it may read. Removing a "
            "laptop stops sending to it, but it keeps what it already has."), self)
        note.setObjectName("fieldHint")
        self.add_button.setVisible(can_manage)
        self.remove_button.setVisible(can_manage)
        layout = QVBoxLayout(self)
        layout.addWidget(list_scaffold.heading(self.tr("Laptops of the group"), self))
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(list_scaffold.button_row(self.add_button, self.remove_button, close))
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 130, self.fontMetrics().height() * 24)
        self.reload()

    def reload(self) -> Task:
        return self.worker.submit(self.ws.exchange.laptops,
                                  label=self.tr("Loading laptops…")).then(
            self._show, self._failed)

    def _show(self, laptops: list[Any]) -> None:
        self.model.set_rows(laptops)
        self._update()

    def _failed(self, message: str) -> None:
        list_scaffold.show_message(self.message, message)

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.laptop(index.row()) if index.isValid() else None

    def _update(self) -> None:
        lap = self.selected()
        self.remove_button.setEnabled(lap is not None and not lap.this_laptop
                                      and not lap.revoked_at)

    def open_add(self) -> AddLaptopDialog:
        dialog = AddLaptopDialog(self.ws, self.worker, self)
        dialog.added.connect(lambda _id: self.reload())
        self.add_dialog = dialog
        dialog.show()
        return dialog

    def removal_text(self, lap: Any) -> str:
        return self.tr(
            "Remove %1 from the group?\n\nNothing new will be sent to it, and whatever it "
            "writes from now on will be set aside on every other laptop for the "
            "coordinator to look at.\n\nWhat it already holds stays on it: peerdesk cannot "
            "take back records from a laptop. If it was lost or stolen, tell the members "
            "whose records it held.").replace("%1", lap.label)

    def confirm_remove(self) -> Task | None:
        lap = self.selected()
        if lap is None or lap.this_laptop or lap.revoked_at:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove a laptop"),
                          self.removal_text(lap), parent=self)
        yes = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not yes:
            return None
        return self.remove(lap.device_id)

    def remove(self, device_id: str) -> Task:
        task = self.worker.submit(self.ws.exchange.revoke, device_id,
                                  label=self.tr("Removing the laptop…"))
        task.succeeded.connect(self._removed)
        task.failed.connect(self._failed)
        return task

    def _removed(self, lap: Any) -> None:
        list_scaffold.show_message(self.message, self.tr(
            "%1 was removed from the group. It keeps what it already had.").replace(
            "%1", lap.label), error=False)
        self.reload()
