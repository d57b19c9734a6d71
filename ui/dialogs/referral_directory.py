"""The group's referral directory: helplines, clinics and emergency services.

peerdesk ships it empty: a number nobody checked is worse than none in a crisis. Every
member can read it; coordinators and supervisors add, edit, mark verified and remove.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.permissions import Action, Resource
from ui import labels
from ui.dialogs.referral_form import ReferralForm, kinds
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel
from ui.page_context import PageContext
from ui.translated import fill
from ui.widgets.list_scaffold import button_row, message_line, record_table, show_message


def _verified(ws: Any, resource: Any) -> str:
    if resource.verified_at is None:
        return QCoreApplication.translate("ReferralDirectoryDialog", "not verified")
    return fill(QCoreApplication.translate("ReferralDirectoryDialog", "checked %1"),
               labels.when(resource.verified_at, labels.tz_of(ws)))


class ReferralDirectoryDialog(QDialog):
    def __init__(self, ctx: PageContext, ws: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ws = ctx, ws
        self.form: ReferralForm | None = None
        self.setWindowTitle(self.tr("Referral directory"))
        self.resize(820, 480)
        self.can_manage = ws.can(Action.MANAGE, Resource.REFERRAL_RESOURCES)
        intro = QLabel(self.tr("Where to refer someone, and how to reach them. In an emergency, "
                               "call "
                       "the emergency service first."), self)
        intro.setWordWrap(True)
        self.message = message_line(self)
        kind_words = dict(kinds())
        self.model = RowsTableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: kind_words.get(r.kind.value, r.kind.value)),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Hours"), lambda r: r.hours),
            Column(self.tr("Verified"), lambda r: _verified(ws, r)),
            Column(self.tr("Notes"), lambda r: r.notes.replace("\n", " ")),
        ], parent=self)
        self.view = record_table(self, None, self.tr("Referral directory"),
                                 stretch_last=True)
        self.view.setModel(self.model)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(self.tr("The directory is empty. Add the helplines and clinics your "
                                    "group "
                            "has checked."), self)
        self.empty.setObjectName("emptyState")
        self.new_button = QPushButton(self.tr("Add entry…"), self)
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.verify_button = QPushButton(self.tr("Mark verified today"), self)
        self.verify_button.clicked.connect(self.verify_selected)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.new_button, self.edit_button, self.verify_button,
                       self.remove_button):
            button.setVisible(self.can_manage)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(button_row(self.new_button, self.edit_button, self.verify_button,
                                    self.remove_button))
        layout.addLayout(button_row(close, stretch_first=True))
        self.reload()

    def reload(self) -> None:
        self.ctx.run(self.ws.referrals.list, label=self.tr("Loading the directory…")).then(
            self._loaded, lambda msg: show_message(self.message, msg))

    def _loaded(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.view.resizeColumnsToContents()

    def _selected(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def open_form(self, resource: Any) -> None:
        self.form = ReferralForm(self.ctx, self.ws, resource, self)
        self.form.saved.connect(lambda _change: self.reload())
        self.form.open()

    def edit_selected(self) -> None:
        resource = self._selected()
        if resource is not None and self.can_manage:
            self.open_form(resource)

    def verify_selected(self) -> None:
        resource = self._selected()
        if resource is not None:
            self.ctx.run_write(self.ws.referrals.verify, resource.id,
                               label=self.tr("Saving…")).then(lambda _c: self.reload(),
                                                     lambda msg: show_message(self.message, msg))

    def confirm_remove(self) -> bool:
        """Ask before removing an entry (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove this entry?"))
        box.setText(self.tr("Remove it from the directory? Its history is kept."))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def remove_selected(self) -> None:
        resource = self._selected()
        if resource is None:
            return
        if self.confirm_remove():
            self.ctx.run_write(self.ws.referrals.delete, resource.id,
                               label=self.tr("Removing…")).then(lambda _c: self.reload(),
                                                       lambda msg: show_message(self.message, msg))
