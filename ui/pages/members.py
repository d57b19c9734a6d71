"""Members: the group's roster, roles, training and logins.

Coordinators manage (add, edit, add or remove a login); supervisors read. Removing a login
rotates the vault's data key (the service does it); the confirmation says what that means.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import Role
from ui.dialogs.history import HistoryDialog
from ui.dialogs.member_form import AddLoginDialog, MemberFormDialog
from ui.drafts import DraftStore
from ui.labels import ROLE_LABELS, fmt_date, zone
from ui.language import QT_TRANSLATE_NOOP
from ui.models.members_model import (
    MemberRow,
    MemberTableModel,
    active_text,
    load_member_rows,
    training_text,
)
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.translated import fill, number
from ui.widgets import list_scaffold
from ui.widgets.column_fit import fit_columns, moment_samples
from ui.widgets.plain_text import set_plain

#: English, shown through ``self.tr`` ("MembersPage" context); %1 the member's name, %2 the
#: login.
REMOVE_LOGIN_TEXT = QT_TRANSLATE_NOOP(
    "MembersPage",
    "%1 will no longer be able to sign in as “%2”.\n\n"
    "To make sure the old passphrase opens nothing, peerdesk changes the vault's data key "
    "now. This takes a moment and everyone else keeps their own passphrase.\n\n"
    "Backups made before today still open with the passphrases that were valid when they "
    "were made, including this one. Keep old backups safe, or delete them."
)


def member_samples(rows: list[MemberRow]) -> dict[int, list[str]]:
    """The widest typical content of each column of the members list, in the words the
    list shows them (the interface's language)."""
    m = MemberTableModel

    def sample(active: bool = True, trainings: int = 0, last: str = "") -> MemberRow:
        return MemberRow("", "", "", active, trainings, last, ())

    return {m.COL_NAME: [r.name for r in rows] or ["Gurpreet N."],
            m.COL_ROLES: [", ".join(ROLE_LABELS.values()), *(r.roles for r in rows)],
            m.COL_ACTIVE: [active_text(sample()), active_text(sample(active=False))],
            m.COL_TRAINING: [training_text(sample(trainings=12, last=d))
                             for d in moment_samples(fmt_date)] + [training_text(sample())]}


class MembersPage(Page):
    name = "members"
    title = "Members"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tz: tzinfo = UTC
        self.form: MemberFormDialog | None = None
        self.login_dialog: AddLoginDialog | None = None
        self.can_manage = False
        self._generation = 0
        self.new_button = list_scaffold.primary_button(
            self.tr("&New member"), self.tr("Add a member (Alt+N)"), self,
            lambda: self.open_form(None))
        top, self.count_label = list_scaffold.title_row(self, self.shown_title(), self.new_button)

        self.model = MemberTableModel(self)
        self.table = list_scaffold.record_table(self, self.model, self.shown_title(),
                                                self.open_form)
        fit_columns(self.table, member_samples([]))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty = list_scaffold.empty_state(self)
        self.error = list_scaffold.message_line(self)
        self.body = list_scaffold.table_or_empty(self, self.table, self.empty)

        self.open_button = QPushButton(self.tr("&Edit"), self)
        self.open_button.clicked.connect(lambda: self.open_form(self.selected_id()))
        self.history_button = QPushButton(self.tr("H&istory…"), self)
        self.history_button.clicked.connect(self.show_history)
        self.add_login_button = QPushButton(self.tr("&Add login…"), self)
        self.add_login_button.setToolTip(self.tr("Let this member sign in with their own "
                                                 "passphrase"))
        self.add_login_button.clicked.connect(self.add_login)
        self.remove_login_button = QPushButton(self.tr("&Remove login…"), self)
        self.remove_login_button.setToolTip(self.tr("Stop this member signing in"))
        self.remove_login_button.clicked.connect(self.remove_login)
        self.laptops_button = QPushButton(self.tr("&Laptops…"), self)
        self.laptops_button.setToolTip(self.tr("The group's laptops: add one, or remove one"))
        self.laptops_button.clicked.connect(self.show_laptops)
        self.laptops_dialog: Any = None
        actions = QHBoxLayout()
        actions.addWidget(self.add_login_button)
        actions.addWidget(self.remove_login_button)
        actions.addStretch(1)
        actions.addWidget(self.laptops_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self.table)

    def show_laptops(self) -> Any:
        """Members ▸ Laptops (ui/dialogs/laptop_list.py)."""
        from ui.dialogs.laptop_list import LaptopListDialog

        if self.ws is None:
            return None
        self.laptops_dialog = LaptopListDialog(
            self.ws, self.ctx.worker, tz=self.tz, parent=self,
            can_manage=Role.COORDINATOR in self.ws.actor.roles and bool(self.ws.actor.member_id))
        self.laptops_dialog.show()
        return self.laptops_dialog

    # -- Page hooks ----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.can_manage = ws.can(Action.MANAGE, Resource.MEMBERS)
        # A supervisor grants and removes the supervisor role and gives supervisors a
        # login (docs/permissions.md); the service enforces it, the page offers it.
        self.can_grant = Role.SUPERVISOR in ws.actor.roles
        for widget in (self.new_button, self.remove_login_button):
            widget.setVisible(self.can_manage)
        self.add_login_button.setVisible(self.can_manage or self.can_grant)
        self.open_button.setText(self.tr("&Edit") if self.can_manage or self.can_grant
                                 else self.tr("&Open", "verb: open the chosen member"))
        self.reload()

    def refresh(self, change: Any) -> None:
        if self.loaded and getattr(change, "kind", "") in ("member", "account"):
            self.reload(keep=self.selected_id())

    def stash_drafts(self, drafts: DraftStore) -> None:
        if self.form is not None:
            self.form.stash(drafts)

    def clear(self) -> None:
        self._generation += 1
        for dialog in (self.form, self.login_dialog):
            if dialog is not None:
                dialog.close_for_lock()
        self.form = self.login_dialog = None
        if self.laptops_dialog is not None:
            self.laptops_dialog.close()
            self.laptops_dialog.deleteLater()
            self.laptops_dialog = None
        self.model.clear()
        self.count_label.clear()
        self.error.hide()
        super().clear()

    # -- loading -------------------------------------------------------------------------
    def reload(self, keep: Any = None) -> None:
        if not self.loaded:
            return
        self._generation += 1
        generation = self._generation
        set_plain(self.count_label, self.tr("Loading members…"))
        self.ctx.run(load_member_rows, self.ws, label=self.tr("Loading members…")).then(
            lambda rows: self._rows_arrived(generation, rows, keep), self._show_error)

    def _rows_arrived(self, generation: int, rows: list[MemberRow], keep: Any) -> None:
        if generation != self._generation or not self.loaded:
            return
        self.error.hide()
        self.model.set_rows(rows)
        fit_columns(self.table, member_samples(rows))
        active = sum(1 for r in rows if r.active)
        set_plain(self.count_label, fill(self.tr("%1 active, %2 inactive"), number(active),
                                         number(len(rows) - active)))
        if rows:
            self.body.setCurrentWidget(self.table)
            row = self.model.row_of(keep) if keep else -1
            self.table.selectRow(max(row, 0))
        else:
            set_plain(self.empty, self.tr("No members yet. Press Alt+N to add one."))
            self.body.setCurrentWidget(self.empty)
        self._update_buttons()

    def _show_error(self, message: str) -> None:
        set_plain(self.error, message)
        self.error.show()

    def selected_id(self) -> Any:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected(self) -> MemberRow | None:
        index = self.table.currentIndex()
        return self.model.member(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        member = self.selected()
        self.open_button.setEnabled(member is not None)
        self.history_button.setEnabled(member is not None)
        self.add_login_button.setEnabled(member is not None and member.active
                                         and self._may_add_login(member))
        self.add_login_button.setToolTip(
            self.tr("This member already has a login; remove it first, or ask a supervisor.")
            if member is not None and member.usernames and not self.can_grant
            else self.tr("Let this member sign in with their own passphrase"))
        own = member is not None and member.id == self.ws.actor.member_id if self.ws else False
        self.remove_login_button.setEnabled(member is not None and bool(member.usernames)
                                            and not own)
        if own:
            self.remove_login_button.setToolTip(self.tr("You cannot remove your own login."))
        else:
            self.remove_login_button.setToolTip(self.tr("Stop this member signing in"))

    def _may_add_login(self, member: MemberRow) -> bool:
        """What the page offers; the service decides (docs/permissions.md): a member who
        already has a login gets a second one only from a supervisor."""
        if member.usernames and not self.can_grant:
            return False
        return self.can_manage or (self.can_grant and member.is_supervisor)

    # -- actions -------------------------------------------------------------------------
    def open_form(self, member_id: Any) -> MemberFormDialog | None:
        if not self.loaded or (member_id is None and not self.can_manage):
            return None
        if self.form is not None:
            self.form.raise_()
            return self.form
        form = MemberFormDialog(self.ws, self.ctx, member_id,
                                read_only=not (self.can_manage or self.can_grant),
                                roles_only=self.can_grant and not self.can_manage,
                                parent=self)
        form.finished.connect(lambda _: self._form_closed(form))
        self.form = form
        form.show()
        return form

    def _form_closed(self, form: MemberFormDialog) -> None:
        list_scaffold.forget_form(self, "form", form)

    def show_history(self) -> HistoryDialog | None:
        member = self.selected()
        if member is None:
            return None
        return HistoryDialog.for_record(self.ctx, member.name, self.ws.members, member.id,
                                        self.ws.members.names, self.tz, self)

    def add_login(self) -> AddLoginDialog | None:
        member = self.selected()
        if member is None or not self._may_add_login(member):
            return None
        dialog = AddLoginDialog(self.ws, self.ctx, member.id, member.name, self)
        dialog.finished.connect(lambda _: self._login_closed(dialog))
        self.login_dialog = dialog
        dialog.show()
        return dialog

    def _login_closed(self, dialog: AddLoginDialog) -> None:
        if self.login_dialog is dialog:
            self.login_dialog = None
        dialog.deleteLater()

    def choose_login(self, member: MemberRow) -> tuple[str, str] | None:
        """Which login to remove when a member has more than one (tests replace this)."""
        if len(member.usernames) == 1:
            return member.usernames[0]
        names = [u for _, u in member.usernames]
        chosen, ok = QInputDialog.getItem(self, self.tr("Remove login"), self.tr("Which login?"),
                                          names, 0, False)
        if not ok:
            return None
        return next(a for a in member.usernames if a[1] == chosen)

    def confirm_remove_login(self, member: MemberRow, username: str) -> bool:
        """Explain what removing a login does and ask (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove login"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(fill(self.tr("Remove the login “%1”?"), username))
        box.setInformativeText(fill(self.tr(REMOVE_LOGIN_TEXT), member.name, username))
        remove = box.addButton(self.tr("Remove login"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def remove_login(self) -> None:
        member = self.selected()
        if member is None or not member.usernames or not self.can_manage:
            return
        account = self.choose_login(member)
        if account is None or not self.confirm_remove_login(member, account[1]):
            return
        self.ctx.run_write(self.ws.members.remove_account, account[0],
                           label=self.tr("Removing the login and changing the data key…")).then(
            None, self._show_error)


PAGE = MembersPage
