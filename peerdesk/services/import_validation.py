"""Turning import values into domain records, one record at a time, and the problems found.

Each record is validated with the same domain builders the services use; a record that
does not validate becomes a :class:`Problem` naming its row and column. References and
uniqueness across records are checked in :mod:`peerdesk.services.import_references`.
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.limits import EARLIEST_YEAR
from peerdesk.domain.message import Message
from peerdesk.domain.records_base import Record, RecordMeta
from peerdesk.errors import N_, ImportRejected, ValidationError
from peerdesk.services.context import ServiceContext
from peerdesk.storage import codec
from peerdesk.storage.tables import BY_KIND

#: Problems listed on a refused import (the first one is the error's message).
MAX_PROBLEMS = 100

#: Kinds in the order they are inserted (references point backwards only). Issued
#: reports are exported but never imported: see :data:`NEVER_IMPORTED`.
KIND_ORDER: tuple[str, ...] = (
    "member", "advisee", "session", "reflection", "agreement", "breach", "escalation",
    "escalation_event", "disclosure", "supervision_note", "referral_resource",
    "issued_report",
)
#: Register entries come only from issuing a report in this vault.
NEVER_IMPORTED = ("issued_report",)
LABELS = {
    "member": "member", "advisee": "advisee", "session": "session",
    "reflection": "reflection", "agreement": "agreement", "breach": "breach",
    "escalation": "escalation", "escalation_event": "escalation event",
    "disclosure": "disclosure", "supervision_note": "supervision note",
    "referral_resource": "referral resource", "issued_report": "issued report",
}

_STORAGE_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class Problem:
    kind: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


def reject(problems: list[Problem]) -> ImportRejected:
    first = problems[0]
    err = ImportRejected(first.message, first.row, first.column or None)
    err.problems = list(problems)  # type: ignore[attr-defined]
    return err


class Problems:
    """The problems found so far (at most :data:`MAX_PROBLEMS`)."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, kind: str, row: int, column: str, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(kind, row, column, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise reject(self.items)


# -- small checks --------------------------------------------------------------------------
def id_problem(value: object) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 64 or not value.isprintable():
        return "is not a valid id"
    return ""


def parse_moment(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None or moment.year < EARLIEST_YEAR:
        return None
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return None


def _meta(values: Mapping[str, Any], ctx: ServiceContext) -> tuple[RecordMeta | None, str, str]:
    """The record's metadata from the values (an export) or new; else (None, field, msg)."""
    if "id" not in values:
        return ctx.new_meta(), "", ""
    for key in ("id", "created_by", "updated_by"):
        if msg := id_problem(values.get(key)):
            return None, key, f"{key} {msg}."
    moments: dict[str, datetime] = {}
    for key in ("created_at", "updated_at"):
        moment = parse_moment(values.get(key))
        if moment is None:
            return None, key, f"{key} must be a date and time with a time zone."
        moments[key] = moment
    version = values.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10**6:
        return None, "version", "version must be a whole number from 1."
    return RecordMeta(id=values["id"], created_at=moments["created_at"],
                      created_by=values["created_by"], updated_at=moments["updated_at"],
                      updated_by=values["updated_by"], version=version), "", ""


#: Storage-only columns an import may carry, each checked like any other field:
#: times (with a time zone, stored in UTC) and the id of a member.
STORAGE_MOMENTS = ("deleted_at", "erased_at", "ack_due", "acknowledged_at", "closed_at")
STORAGE_IDS = ("deleted_by",)


def _storage(values: Mapping[str, Any]) -> tuple[dict[str, Any], str, str]:
    """The record's ``_storage`` values, checked; else ({}, column, message)."""
    raw = values.get("_storage")
    if raw is None:
        return {}, "", ""
    if not isinstance(raw, Mapping) or len(raw) > 40:
        return {}, "_storage", "_storage must be an object of a few values."
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not _STORAGE_KEY.fullmatch(key):
            return {}, "_storage", "_storage has an invalid column name."
        column = f"_storage.{key}"
        if key not in STORAGE_MOMENTS and key not in STORAGE_IDS:
            return {}, column, f"{column} is not a column peerdesk imports."
        if value is None:
            out[key] = None
        elif key in STORAGE_IDS:
            if msg := id_problem(value):
                return {}, column, f"{column} {msg}."
            out[key] = value
        else:
            moment = parse_moment(value)
            if moment is None:
                return {}, column, f"{column} must be a date and time with a time zone."
            out[key] = codec.iso_dt(moment)
    return out, "", ""


#: Largest ``_claim`` (an earlier import's claim, carried by an export) kept, as JSON.
CLAIM_MAX_BYTES = 16_384


def _earlier_claim(values: Mapping[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """A ``_claim`` the file carries (what an earlier import was told), checked: an object
    of a few levels of short printable text, numbers and nulls; else (None, message)."""
    raw = values.get("_claim")
    if raw is None:
        return None, ""
    bad = "_claim must be a small object of short text values."
    if not isinstance(raw, Mapping):
        return None, bad
    stack: list[tuple[Any, int]] = [(raw, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, Mapping):
            if depth > 6 or not all(isinstance(k, str) and len(k) <= 60 for k in node):
                return None, bad
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, str):
            if len(node) > 500 or not node.isprintable():
                return None, bad
        elif not (node is None or (isinstance(node, int) and not isinstance(node, bool))):
            return None, bad
    if len(json.dumps(raw)) > CLAIM_MAX_BYTES:
        return None, bad
    return dict(raw), ""


def _flags(cls: type, values: Mapping[str, Any]) -> Mapping[str, Any]:
    """Exports store yes/no as 1/0 (as the database does); the builders want booleans."""
    import dataclasses
    import typing

    out: dict[str, Any] | None = None
    for name, tp in codec.record_fields(cls):
        value = values.get(name)
        base = tp
        if typing.get_origin(tp) in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            base = args[0] if len(args) == 1 else tp
        new = value
        if base is bool and type(value) is int and value in (0, 1):
            new = bool(value)
        elif typing.get_origin(base) is tuple and isinstance(value, list):
            inner = typing.get_args(base)[0]
            if dataclasses.is_dataclass(inner) and isinstance(inner, type):
                new = [_flags(inner, v) if isinstance(v, Mapping) else v for v in value]
        if new is not value:
            out = dict(values) if out is None else out
            out[name] = new
    return values if out is None else out


def _build(kind: str, values: Mapping[str, Any], meta: RecordMeta,
           ctx: ServiceContext) -> Record:
    now, tz = ctx.now(), ctx.tz
    values = _flags(BY_KIND[kind].cls, values)
    if kind == "member":
        return validate.build_member(values, meta=meta, now=now, tz=tz)
    if kind == "advisee":
        return validate.build_advisee(values, meta=meta, now=now, tz=tz)
    if kind == "session":
        return validate.build_session(values, meta=meta, now=now, tz=tz)
    if kind == "reflection":
        return validate.build_reflection(values, meta=meta, now=now)
    if kind == "agreement":
        return validate.build_agreement(values, meta=meta, now=now, tz=tz)
    if kind == "breach":
        return validate.build_breach(values, meta=meta, now=now)
    if kind == "supervision_note":
        return validate.build_supervision_note(values, meta=meta, now=now, tz=tz)
    if kind == "escalation":
        return validate.build_escalation(values, meta=meta, now=now)
    if kind == "escalation_event":
        return validate.build_event(values, meta=meta, now=now)
    if kind == "disclosure":
        return validate.build_disclosure(values, meta=meta, now=now)
    if kind == "referral_resource":
        return validate.build_referral_resource(values, meta=meta, now=now)
    raise ValidationError(Message(N_("Unknown kind of record: {kind}."), kind=kind[:40]),
                          "kind")


@dataclass
class Batch:
    built: dict[str, list[Record]] = field(default_factory=dict)
    storage: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    rows: dict[str, list[int]] = field(default_factory=dict)
    #: ``_claim`` objects the file carried, by kind and record id (kept as "earlier").
    claims: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)


def build_all(ctx: ServiceContext, records_by_kind: Mapping[str, Sequence[Mapping[str, Any]]],
              problems: Problems, row_numbers: Mapping[str, Sequence[int]],
              columns: Mapping[str, Mapping[str, str]],
              kind_in_message: bool) -> Batch:
    """Build every record, noting a problem for each one that does not validate."""
    batch = Batch()
    for kind in KIND_ORDER:
        items = records_by_kind.get(kind) or ()
        numbers = row_numbers.get(kind)
        cols = columns.get(kind, {})
        label = LABELS[kind] + " record: " if kind_in_message else ""
        built: list[Record] = []
        stored: dict[str, dict[str, Any]] = {}
        rows: list[int] = []
        for index, values in enumerate(items):
            row = numbers[index] if numbers is not None else index + 1
            if not isinstance(values, Mapping):
                problems.add(kind, row, "", f"{label}each record must be an object.")
                continue
            meta, key, msg = _meta(values, ctx)
            if meta is None:
                problems.add(kind, row, cols.get(key, key), label + msg)
                continue
            extra, column, msg = _storage(values)
            if msg:
                problems.add(kind, row, column, label + msg)
                continue
            earlier, msg = _earlier_claim(values)
            if msg:
                problems.add(kind, row, "_claim", label + msg)
                continue
            try:
                record = _build(kind, values, meta, ctx)
            except ValidationError as exc:
                name, message = next(iter(exc.errors.items()))
                problems.add(kind, row, cols.get(name, name), label + message)
                continue
            except (TypeError, ValueError, AttributeError, KeyError, OverflowError):
                problems.add(kind, row, "", label + "the record is not in the expected "
                             "shape.")
                continue
            built.append(record)
            rows.append(row)
            if extra:
                stored[record.id] = extra
            if earlier is not None:
                batch.claims.setdefault(kind, {})[record.id] = earlier
        batch.built[kind] = built
        batch.storage[kind] = stored
        batch.rows[kind] = rows
    return batch
