"""The members list. A group has tens of members, so all rows are read at once on the
worker (``load_member_rows``) and the model serves them from memory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from peerdesk.domain.vocab import Role
from peerdesk.errors import PermissionDenied
from ui.labels import ROLE_LABELS, fmt_date
from ui.models.lazy_table import Column, LazyTableModel

_CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    roles: str
    active: bool
    training_count: int
    last_training: str
    usernames: tuple[tuple[str, str], ...]  # (account id, user name)
    is_supervisor: bool = False


def load_member_rows(ws: Any) -> list[MemberRow]:
    """Every member with roles, training and logins (worker side)."""
    members = ws.members.all()
    try:
        accounts = ws.members.accounts()
    except PermissionDenied:  # logins are for the coordinator's eyes
        accounts = []
    by_member: dict[str, list[tuple[str, str]]] = {}
    for account_id, username, member_id in accounts:
        by_member.setdefault(member_id, []).append((account_id, username))
    order = [Role.COORDINATOR, Role.SUPERVISOR, Role.ADVISOR]
    rows = []
    for m in members:
        roles = ", ".join(ROLE_LABELS[r] for r in order if r in m.roles)
        dates = [t.completed_on for t in m.training if t.completed_on]
        rows.append(MemberRow(m.id, m.display_name, roles, m.active, len(m.training),
                              fmt_date(max(dates)) if dates else "",
                              tuple(sorted(by_member.get(m.id, []), key=lambda a: a[1])),
                              Role.SUPERVISOR in m.roles))
    rows.sort(key=lambda r: (not r.active, r.name.casefold()))
    return rows


def training_text(row: MemberRow) -> str:
    """"2 records, last 3 Mar 2026", "1 record", or "None recorded"."""
    if not row.training_count:
        return QCoreApplication.translate("MemberTableModel", "None recorded")
    counted = (QCoreApplication.translate("MemberTableModel", "1 record")
               if row.training_count == 1
               else QCoreApplication.translate("MemberTableModel", "%1 records").replace(
                   "%1", f"{row.training_count:,}"))
    if not row.last_training:
        return counted
    return QCoreApplication.translate("MemberTableModel", "%1, last %2").replace(
        "%1", counted).replace("%2", row.last_training)


def active_text(row: MemberRow) -> str:
    return (QCoreApplication.translate("MemberTableModel", "Active") if row.active
            else QCoreApplication.translate("MemberTableModel", "Inactive"))


def login_text(row: MemberRow) -> str:
    return (", ".join(u for _, u in row.usernames)
            or QCoreApplication.translate("MemberTableModel", "No login"))


def login_tip(row: MemberRow) -> str:
    if row.usernames:
        return QCoreApplication.translate("MemberTableModel",
                                          "User names this member signs in with")
    return QCoreApplication.translate("MemberTableModel", "This member cannot sign in")


class MemberTableModel(LazyTableModel):
    COL_NAME, COL_ROLES, COL_ACTIVE, COL_TRAINING, COL_LOGIN = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        self._rows: dict[str, MemberRow] = {}
        super().__init__(
            [
                Column(QCoreApplication.translate("MemberTableModel", "Name"),
                       lambda r: r.name),
                Column(QCoreApplication.translate("MemberTableModel", "Roles"),
                       lambda r: r.roles),
                Column(QCoreApplication.translate("MemberTableModel", "Active"), active_text),
                Column(QCoreApplication.translate("MemberTableModel", "Training"),
                       training_text),
                Column(QCoreApplication.translate("MemberTableModel", "Login"), login_text,
                       tooltip=login_tip),
            ],
            self._lookup,
            parent=parent,
        )

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        self._rows = {r.id: r for r in rows}
        self.set_ids([r.id for r in rows])

    def _lookup(self, ids: Sequence[Any]) -> list[MemberRow]:
        return [self._rows[i] for i in ids if i in self._rows]

    def member(self, row: int) -> MemberRow | None:
        id_ = self.id_at(row)
        return self._rows.get(str(id_)) if id_ is not None else None

    def clear(self) -> None:
        self._rows = {}
        super().clear()
