"""The advisees list: ids from ``ws.advisees.list_ids``; light rows built on the worker.

A row holds the code, status, assigned advisors (names), consent summary and the date of
the last session. Names and contact details are never loaded for the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from peerdesk.services.sessions import SessionFilter
from ui.labels import STATUS_LABELS, fmt_date, label
from ui.models.lazy_table import Column, ZonedTableModel


@dataclass(frozen=True)
class AdviseeRow:
    id: str
    code: str
    status: str
    advisors: str
    consent: str
    last_session: str | None  # ISO UTC start of the newest session, or None
    closed_reason: str = ""


def consent_summary(advisee: Any) -> str:
    if getattr(advisee, "consent_withdrawn_on", None):
        return QCoreApplication.translate("AdviseeTableModel", "Withdrawn %1").replace(
            "%1", fmt_date(advisee.consent_withdrawn_on))
    if getattr(advisee, "consent_date", None):
        scopes = len(advisee.consent_scopes or ())
        return QCoreApplication.translate("AdviseeTableModel", "Given %1 (%2 of 3)").replace(
            "%1", fmt_date(advisee.consent_date)).replace("%2", str(scopes))
    return QCoreApplication.translate("AdviseeTableModel", "Not recorded")


def advisee_rows(ws: Any, ids: Sequence[str]) -> list[AdviseeRow]:
    """Rows for these ids, in order (runs on the worker)."""
    ids = list(ids)
    found = {a.id: a for a in ws.advisees.fetch(ids)}
    names = ws.members.names()
    last: dict[str, str | None] = {}
    newest = {}
    for advisee_id in found:
        session_ids = ws.sessions.list_ids(SessionFilter(advisee_id=advisee_id), limit=1)
        if session_ids:
            newest[session_ids[0]] = advisee_id
    for row in ws.sessions.rows(list(newest)) if newest else []:
        last[newest[row.id]] = row.start
    out = []
    for advisee_id in ids:
        a = found.get(advisee_id)
        if a is None:
            continue
        former = QCoreApplication.translate("AdviseeTableModel", "a former member")
        advisors = ", ".join(sorted(names.get(m, former) for m in a.advisor_ids))
        out.append(AdviseeRow(a.id, a.code, getattr(a.status, "value", str(a.status)),
                              advisors, consent_summary(a), last.get(a.id),
                              a.closed_reason))
    return out


class AdviseeTableModel(ZonedTableModel):
    COL_CODE, COL_STATUS, COL_ADVISORS, COL_CONSENT, COL_LAST = range(5)

    def columns(self) -> list[Column]:
        """The columns; "Last session" is in the group's zone."""
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Status"), lambda r: label(STATUS_LABELS, r.status),
                   tooltip=lambda r: r.closed_reason or None),
            Column(self.tr("Assigned advisors"), lambda r: r.advisors or self.tr("Nobody yet"),
                   tooltip=lambda r: r.advisors or None),
            Column(self.tr("Consent"), lambda r: r.consent),
            Column(self.tr("Last session"), lambda r: fmt_date(r.last_session, self.tz)
                   if r.last_session else self.tr("None yet")),
        ]

