"""Checks across the records of an import: ids, references and one-of-a-kind values.

Ids must be new (not in the vault, not twice in the file); every reference must point
at a record in the file or already in the vault; advisee codes, one reflection per
session must stay unique.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk.domain.records_base import Record
from peerdesk.services.import_validation import KIND_ORDER, LABELS, Batch, Problems
from peerdesk.storage import advisee_queries, bulk, import_queries
from peerdesk.storage.database import Database

#: (field, kind it refers to) for each kind.
REFS: dict[str, tuple[tuple[str, str], ...]] = {
    "advisee": (("advisor_ids", "member"),),
    "session": (("advisee_id", "advisee"), ("advisor_id", "member")),
    "reflection": (("session_id", "session"), ("author_id", "member")),
    "agreement": (("advisor_id", "member"), ("advisee_id", "advisee")),
    "breach": (("agreement_id", "agreement"),),
    "escalation": (("advisee_id", "advisee"), ("raised_by", "member")),
    "escalation_event": (("escalation_id", "escalation"),),
    "disclosure": (("escalation_id", "escalation"),),
    "supervision_note": (("supervisor_id", "member"), ("advisor_ids", "member"),
                         ("session_ids", "session"), ("reflection_ids", "reflection"),
                         ("escalation_ids", "escalation")),
}


def _ref_values(record: Record, name: str) -> list[str]:
    value = getattr(record, name, None)
    if value is None or value == "":
        return []
    if isinstance(value, (frozenset, set, tuple, list)):
        return [str(v) for v in value]
    return [str(value)]


def check_refs(db: Database, batch: Batch, problems: Problems,
               columns: Mapping[str, Mapping[str, str]], kind_in_message: bool) -> None:
    """Note a problem for each clashing id, dangling reference or repeated unique value."""
    ids: dict[str, set[str]] = {}
    for kind in KIND_ORDER:
        seen: set[str] = set()
        cols = columns.get(kind, {})
        label = LABELS[kind] + " record: " if kind_in_message else ""
        built = batch.built.get(kind, [])
        clash = bulk.existing_ids(db, kind, [r.id for r in built])
        for record, row in zip(built, batch.rows[kind], strict=True):
            if record.id in seen or record.id in clash:
                problems.add(kind, row, cols.get("id", "id"),
                             label + "a record with this id is already in the "
                             "vault or earlier in the file.")
            seen.add(record.id)
        ids[kind] = seen

    def known(kind: str, wanted: set[str]) -> set[str]:
        inside = wanted & ids[kind]
        rest = sorted(wanted - inside)
        return inside | bulk.existing_ids(db, kind, rest)

    wanted: dict[str, set[str]] = {k: set() for k in KIND_ORDER}
    for kind, fields in REFS.items():
        for record in batch.built.get(kind, []):
            for name, target in fields:
                for value in _ref_values(record, name):
                    wanted[target].add(value)
    found = {k: known(k, v) for k, v in wanted.items() if v}
    _events_come_with_their_escalation(batch, ids["escalation"], problems, columns,
                                       kind_in_message)
    for kind, fields in REFS.items():
        cols = columns.get(kind, {})
        label = LABELS[kind] + " record: " if kind_in_message else ""
        for record, row in zip(batch.built.get(kind, []), batch.rows[kind], strict=True):
            for name, target in fields:
                missing = [v for v in _ref_values(record, name)
                           if v not in found.get(target, set())]
                if missing:
                    problems.add(kind, row, cols.get(name, name),
                                 f"{label}refers to a {LABELS[target]} that is not in "
                                 "the vault or the file.")
    _unique_checks(db, batch, problems, columns, kind_in_message)


def _events_come_with_their_escalation(batch: Batch, escalations: set[str],
                                       problems: Problems,
                                       columns: Mapping[str, Mapping[str, str]],
                                       kind_in_message: bool) -> None:
    """An escalation's events are imported only with the escalation: appending to the story
    of one already in the vault goes through the app, which decides who may close it (the
    reports read an escalation's state from its transitions)."""
    cols = columns.get("escalation_event", {})
    label = LABELS["escalation_event"] + " record: " if kind_in_message else ""
    for record, row in zip(batch.built.get("escalation_event", []),
                           batch.rows["escalation_event"], strict=True):
        if str(getattr(record, "escalation_id", "")) not in escalations:
            problems.add("escalation_event", row, cols.get("escalation_id", "escalation_id"),
                         f"{label}an import adds events only to escalations in the same "
                         "file; add to an escalation already in the vault in the app.")


def _unique_checks(db: Database, batch: Batch, problems: Problems,
                  columns: Mapping[str, Mapping[str, str]], kind_in_message: bool) -> None:
    codes = set(advisee_queries.codes(db))
    cols = columns.get("advisee", {})
    label = "advisee record: " if kind_in_message else ""
    for record, row in zip(batch.built.get("advisee", []), batch.rows["advisee"],
                           strict=True):
        code = getattr(record, "code", "")
        if code in codes:
            problems.add("advisee", row, cols.get("code", "code"),
                         label + "another advisee already has this code.")
        codes.add(code)
    taken = import_queries.reflected_session_ids(db)
    label = "reflection record: " if kind_in_message else ""
    for record, row in zip(batch.built.get("reflection", []), batch.rows["reflection"],
                           strict=True):
        session_id = getattr(record, "session_id", "")
        if session_id in taken:
            problems.add("reflection", row, "session_id",
                         label + "that session already has a reflection.")
        taken.add(session_id)
