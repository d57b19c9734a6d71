"""Importing many records at once: validate every one, then insert all or nothing.

``BulkImporter(ctx).import_records({"session": [values, ...], ...})`` validates each
record with the same domain builders the services use, checks references (to records in
the import or already in the vault), and inserts everything in one transaction that ends
in one audit event. Any problem refuses the whole import with
:class:`~peerdesk.errors.ImportRejected` naming the row and the column (field) at fault;
``err.problems`` lists up to :data:`MAX_PROBLEMS` of them.

``parse_export(data)`` reads a peerdesk JSON export (see :mod:`peerdesk.services.exporter`)
without touching a vault; ``import_export(data)`` imports it.
"""

from __future__ import annotations

import hashlib
import json
import re
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.escalation import ack_deadline
from peerdesk.domain.limits import EARLIEST_YEAR, NOTE_MAX
from peerdesk.domain.records_base import Record, RecordMeta
from peerdesk.domain.records_people import Member
from peerdesk.domain.text import TextKind, text_problem
from peerdesk.domain.vocab import EscalationState, EventKind, Role
from peerdesk.errors import ImportRejected, PermissionDenied, ValidationError
from peerdesk.services.context import ServiceContext
from peerdesk.storage import advisee_queries, bulk, codec, records, vault_tables
from peerdesk.storage.tables import BY_KIND

# -- limits (documented in docs and the CLI help) ----------------------------------------
#: Largest JSON export accepted (a 100,000-session demo vault exports to about 150 MB).
MAX_JSON_BYTES = 512 * 1024 * 1024
#: Records (of every kind together, history included) in one JSON import.
MAX_JSON_RECORDS = 2_000_000
#: Deepest nesting of arrays and objects in a JSON import.
MAX_JSON_DEPTH = 32
#: Problems listed on a refused import (the first one is the error's message).
MAX_PROBLEMS = 100

FORMAT = "peerdesk-export"
FORMAT_VERSION = 1

#: Kinds in the order they are inserted (references point backwards only).
KIND_ORDER: tuple[str, ...] = (
    "member", "advisee", "session", "reflection", "agreement", "breach", "escalation",
    "escalation_event", "disclosure", "supervision_note", "referral_resource",
    "issued_report",
)
LABELS = {
    "member": "member", "advisee": "advisee", "session": "session",
    "reflection": "reflection", "agreement": "agreement", "breach": "breach",
    "escalation": "escalation", "escalation_event": "escalation event",
    "disclosure": "disclosure", "supervision_note": "supervision note",
    "referral_resource": "referral resource", "issued_report": "issued report",
}
#: Meta keys an export may carry into an empty vault.
IMPORTABLE_META = ("group_name", "timezone")

_STORAGE_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_SETTING_KEY = re.compile(r"setting\.[a-z0-9_.]{1,60}")


@dataclass(frozen=True)
class Problem:
    kind: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    audit_seq: int
    history: int = 0
    themes: int = 0
    warnings: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def reject(problems: list[Problem]) -> ImportRejected:
    first = problems[0]
    err = ImportRejected(first.message, first.row, first.column or None)
    err.problems = list(problems)  # type: ignore[attr-defined]
    return err


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, kind: str, row: int, column: str, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(kind, row, column, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise reject(self.items)


# -- small checks --------------------------------------------------------------------------
def _id_problem(value: object) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 64 or not value.isprintable():
        return "is not a valid id"
    return ""


def _moment(value: object) -> datetime | None:
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
        if msg := _id_problem(values.get(key)):
            return None, key, f"{key} {msg}."
    moments: dict[str, datetime] = {}
    for key in ("created_at", "updated_at"):
        moment = _moment(values.get(key))
        if moment is None:
            return None, key, f"{key} must be a date and time with a time zone."
        moments[key] = moment
    version = values.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10**6:
        return None, "version", "version must be a whole number from 1."
    return RecordMeta(id=values["id"], created_at=moments["created_at"],
                      created_by=values["created_by"], updated_at=moments["updated_at"],
                      updated_by=values["updated_by"], version=version), "", ""


def _storage(values: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    raw = values.get("_storage")
    if raw is None:
        return {}, ""
    if not isinstance(raw, Mapping) or len(raw) > 40:
        return {}, "_storage must be an object of a few values."
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not _STORAGE_KEY.fullmatch(key):
            return {}, "_storage has an invalid column name."
        if value is None or (isinstance(value, int) and not isinstance(value, bool)
                             and abs(value) < 2**62):
            out[key] = value
            continue
        if not isinstance(value, str):
            return {}, f"_storage value of {key} must be text, a number or null."
        text, problem = text_problem(value, label=key, kind=TextKind.LINE, limit=200)
        if problem:
            return {}, problem
        out[key] = text
    return out, ""


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
    if kind == "issued_report":
        return _build_report(values, meta)
    raise ValidationError(f"Unknown kind of record: {kind[:40]}.", "kind")


def _build_report(values: Mapping[str, Any], meta: RecordMeta) -> Record:
    params = values.get("params")
    if not isinstance(params, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
        for p in params
    ):
        raise ValidationError("Report parameters must be a list of [name, value] pairs.",
                              "params")
    for key in ("kind", "by", "sha256"):
        if not isinstance(values.get(key), str):
            raise ValidationError(f"{key} must be text.", key)
    if msg := _id_problem(values.get("by")):
        raise ValidationError(f"by {msg}.", "by")
    at = _moment(values.get("at"))
    if at is None or at != meta.created_at:
        raise ValidationError("at must be the time the report was issued.", "at")
    return validate.build_issued_report(meta=meta, kind=values["kind"],
                                        params=dict(params), by=values["by"],
                                        sha256=values["sha256"])


# -- the importer ----------------------------------------------------------------------------
@dataclass
class _Batch:
    built: dict[str, list[Record]] = field(default_factory=dict)
    storage: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    rows: dict[str, list[int]] = field(default_factory=dict)


class BulkImporter:
    """Validated all-or-nothing imports. Coordinator only."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check_allowed(self) -> None:
        if Role.COORDINATOR not in self.ctx.actor.roles:
            raise PermissionDenied("Only a coordinator can import records.")

    # -- public ------------------------------------------------------------------------
    def import_records(
        self,
        records_by_kind: Mapping[str, Sequence[Mapping[str, Any]]],
        *,
        history: Sequence[Mapping[str, Any]] = (),
        themes: Sequence[tuple[str, bool]] = (),
        meta: Mapping[str, str] | None = None,
        action: str = "import.records",
        details: Mapping[str, Any] | None = None,
        row_numbers: Mapping[str, Sequence[int]] | None = None,
        columns: Mapping[str, Mapping[str, str]] | None = None,
        kind_in_message: bool = True,
        extra_checks: Callable[[_Batch, _Problems], None] | None = None,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> ImportResult:
        """Validate and insert. ``values`` are form mappings (strings are fine) or export
        snapshots (with ``id``, ``created_at``... and ``_storage``)."""
        self.check_allowed()
        problems = _Problems()
        unknown = [k for k in records_by_kind if k not in BY_KIND]
        if unknown:
            raise ImportRejected("The file holds a kind of record peerdesk does not know.")
        batch = self._build_all(records_by_kind, problems, row_numbers or {}, columns or {},
                                kind_in_message)
        problems.raise_if_any()
        self._check_refs(batch, problems, columns or {}, kind_in_message)
        if extra_checks is not None:
            extra_checks(batch, problems)
        problems.raise_if_any()
        self._escalation_storage(batch)
        return self._insert(batch, history, themes, meta, action, dict(details or {}),
                            progress)

    # -- validation --------------------------------------------------------------------
    def _build_all(self, records_by_kind: Mapping[str, Sequence[Mapping[str, Any]]],
                   problems: _Problems, row_numbers: Mapping[str, Sequence[int]],
                   columns: Mapping[str, Mapping[str, str]], kind_in_message: bool) -> _Batch:
        batch = _Batch()
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
                meta, key, msg = _meta(values, self.ctx)
                if meta is None:
                    problems.add(kind, row, cols.get(key, key), label + msg)
                    continue
                extra, msg = _storage(values)
                if msg:
                    problems.add(kind, row, "_storage", label + msg)
                    continue
                try:
                    record = _build(kind, values, meta, self.ctx)
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
            batch.built[kind] = built
            batch.storage[kind] = stored
            batch.rows[kind] = rows
        return batch

    def _check_refs(self, batch: _Batch, problems: _Problems,
                    columns: Mapping[str, Mapping[str, str]], kind_in_message: bool) -> None:
        db = self.ctx.db
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
        refs = _REFS
        for kind, fields in refs.items():
            for record in batch.built.get(kind, []):
                for name, target in fields:
                    for value in _ref_values(record, name):
                        wanted[target].add(value)
        found = {k: known(k, v) for k, v in wanted.items() if v}
        for kind, fields in refs.items():
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
        self._unique_checks(batch, problems, columns, kind_in_message)

    def _unique_checks(self, batch: _Batch, problems: _Problems,
                       columns: Mapping[str, Mapping[str, str]], kind_in_message: bool) -> None:
        db = self.ctx.db
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
        taken = {str(r[0]) for r in db.query(
            "SELECT session_id FROM reflections WHERE deleted_at IS NULL")}
        label = "reflection record: " if kind_in_message else ""
        for record, row in zip(batch.built.get("reflection", []), batch.rows["reflection"],
                               strict=True):
            session_id = getattr(record, "session_id", "")
            if session_id in taken:
                problems.add("reflection", row, "session_id",
                             label + "that session already has a reflection.")
            taken.add(session_id)
        hashes = {str(r[0]) for r in db.query("SELECT sha256 FROM issued_reports")}
        for record, row in zip(batch.built.get("issued_report", []),
                               batch.rows["issued_report"], strict=True):
            digest = getattr(record, "sha256", "")
            if digest in hashes:
                problems.add("issued_report", row, "sha256",
                             "issued report record: this report is already registered.")
            hashes.add(digest)

    def _escalation_storage(self, batch: _Batch) -> None:
        """Deadlines and milestones the escalation list reads without the events."""
        events: dict[str, list[Any]] = {}
        for ev in batch.built.get("escalation_event", []):
            events.setdefault(getattr(ev, "escalation_id", ""), []).append(ev)
        stored = batch.storage.setdefault("escalation", {})
        for esc in batch.built.get("escalation", []):
            extra = stored.setdefault(esc.id, {})
            own = sorted(events.get(esc.id, []), key=lambda e: e.at)
            if not extra.get("ack_due"):
                extra["ack_due"] = codec.iso_dt(
                    ack_deadline(getattr(esc, "raised_at"), getattr(esc, "level"),  # noqa: B009
                                 self.ctx.policy))
            if "acknowledged_at" not in extra:
                extra["acknowledged_at"] = next(
                    (codec.iso_dt(e.at) for e in own if e.kind is EventKind.TRANSITION
                     and e.from_state is EscalationState.OPEN), None)
            if "closed_at" not in extra:
                closed = [e for e in own if e.kind is EventKind.TRANSITION
                          and e.to_state is EscalationState.CLOSED]
                is_closed = getattr(esc, "state", None) is EscalationState.CLOSED
                extra["closed_at"] = (codec.iso_dt(closed[-1].at) if closed and is_closed
                                      else None)

    # -- writing -----------------------------------------------------------------------
    def _insert(self, batch: _Batch, history: Sequence[Mapping[str, Any]],
                themes: Sequence[tuple[str, bool]], meta: Mapping[str, str] | None,
                action: str, details: dict[str, Any],
                progress: Callable[[str, int, int], None] | None) -> ImportResult:
        ctx = self.ctx
        counts = {k: len(v) for k, v in batch.built.items() if v}
        details = {**details, "counts": counts, "history": len(history),
                   "themes": len(themes)}
        all_themes = dict(themes)
        for session in batch.built.get("session", []):
            for theme in getattr(session, "themes", ()):
                all_themes.setdefault(theme, True)
        with ctx.write(action, "vault", ctx.vault.vault_id, details) as db:
            for kind in KIND_ORDER:
                items = batch.built.get(kind) or []
                if not items:
                    continue
                stored = batch.storage.get(kind, {})
                if stored:
                    allowed = set(bulk.storage_columns(db, BY_KIND[kind]))
                    bad = {c for v in stored.values() for c in v} - allowed
                    if bad:
                        raise ImportRejected(
                            f"{LABELS[kind]} records carry a storage column this vault does "
                            "not have.", None, "_storage")

                def tick(done: int, kind: str = kind, total: int = len(items)) -> None:
                    if progress is not None:
                        progress(kind, done, total)

                bulk.insert_records(db, items, storage=stored, progress=tick)
            if history:
                bulk.insert_history(db, history)
            if all_themes:
                bulk.add_themes(db, sorted(all_themes.items()))
            for key, value in (meta or {}).items():
                vault_tables.set_meta(db, key, value)
        return ImportResult(counts, ctx.last_seq(), len(history), len(all_themes))

    # -- JSON exports ------------------------------------------------------------------
    def import_export(self, data: bytes, *,
                      progress: Callable[[str, int, int], None] | None = None
                      ) -> ImportResult:
        """Import a peerdesk JSON export (every kind, with ids, history and themes)."""
        self.check_allowed()
        doc = parse_export(data)
        meta: dict[str, str] = {}
        empty = all(bulk.count(self.ctx.db, k) == 0 for k in KIND_ORDER if k != "member")
        if empty:
            meta = dict(doc.group)
        kind_ids = {k: {str(v.get("id")) for v in items if isinstance(v, Mapping)}
                    for k, items in doc.records.items()}
        _check_history(doc.history, kind_ids, self.ctx)
        result = self.import_records(
            doc.records, history=doc.history, themes=doc.themes, meta=meta,
            action="import.json",
            details={"format": "json", "sha256": hashlib.sha256(data).hexdigest(),
                     "source_vault": doc.source_vault[:64]},
            progress=progress,
        )
        return result


def _ref_values(record: Record, name: str) -> list[str]:
    value = getattr(record, name, None)
    if value is None or value == "":
        return []
    if isinstance(value, (frozenset, set, tuple, list)):
        return [str(v) for v in value]
    return [str(value)]


#: (field, kind it refers to) for each kind.
_REFS: dict[str, tuple[tuple[str, str], ...]] = {
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


# -- JSON parsing (no vault needed) ------------------------------------------------------------
@dataclass(frozen=True)
class ExportDocument:
    records: dict[str, list[Any]]
    history: list[dict[str, Any]]
    themes: list[tuple[str, bool]]
    group: dict[str, str]
    source_vault: str
    complete: bool


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate()
        out[key] = value
    return out


class _Duplicate(Exception):
    pass


def _constant(_: str) -> Any:
    raise _BadConstant()


class _BadConstant(Exception):
    pass


def decode_utf8(data: bytes, what: str) -> str:
    """UTF-8 with or without a BOM; anything else is refused with a clear message."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected(f"The {what} is saved as UTF-16; save it as UTF-8 "
                             "(in Excel: 'CSV UTF-8').")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportRejected(
            f"The {what} is not UTF-8 text (at byte {exc.start + 1}, line {line}); save "
            "it as UTF-8 (in Excel: 'CSV UTF-8').", line) from None


def _depth_ok(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            if depth > limit:
                return False
            stack.extend((v, depth + 1) for v in node.values()
                         if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            if depth > limit:
                return False
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
    return True


def load_json(data: bytes, *, max_bytes: int = MAX_JSON_BYTES,
              max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse untrusted JSON bytes; only :class:`ImportRejected` escapes."""
    if not data.strip():
        raise ImportRejected("The file is empty.")
    if len(data) > max_bytes:
        raise ImportRejected(f"The file is too large ({len(data):,} bytes); the limit is "
                             f"{max_bytes:,} bytes.")
    text = decode_utf8(data, "file")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise ImportRejected(f"The file is not valid JSON (line {exc.lineno}, character "
                             f"{exc.colno}).", exc.lineno) from None
    except RecursionError:
        raise ImportRejected(f"The file is nested too deeply (the limit is {max_depth} "
                             "levels).") from None
    except _Duplicate:
        raise ImportRejected("The file has an object with the same name twice.") from None
    except _BadConstant:
        raise ImportRejected("The file holds NaN or Infinity, which is not valid.") from None
    except (ValueError, OverflowError):
        raise ImportRejected("The file holds a number that is too large.") from None
    if not _depth_ok(value, max_depth):
        raise ImportRejected(f"The file is nested too deeply (the limit is {max_depth} "
                             "levels).")
    return value


def parse_export(data: bytes) -> ExportDocument:
    """Check the shape of a peerdesk JSON export. Records are validated on import."""
    doc = load_json(data)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRejected("This is not a peerdesk export (no \"format\": "
                             f"\"{FORMAT}\").")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportRejected("The export has no format_version.")
    if version > FORMAT_VERSION:
        raise ImportRejected(f"The export is format version {version}; this peerdesk reads "
                             f"version {FORMAT_VERSION}. Update peerdesk first.")
    if version < 1:
        raise ImportRejected("The export's format_version is not valid.")
    raw = doc.get("records")
    if not isinstance(raw, dict):
        raise ImportRejected("The export has no \"records\" object.")
    recs: dict[str, list[Any]] = {}
    total = 0
    for kind, items in raw.items():
        if kind not in BY_KIND:
            raise ImportRejected("The export holds a kind of record peerdesk does not know.",
                                 None, "records")
        if not isinstance(items, list):
            raise ImportRejected(f"The export's {LABELS[kind]} records are not a list.")
        recs[kind] = items
        total += len(items)
    history = doc.get("history", [])
    if not isinstance(history, list):
        raise ImportRejected("The export's history is not a list.")
    total += len(history)
    if total > MAX_JSON_RECORDS:
        raise ImportRejected(f"The export holds {total:,} records; the limit is "
                             f"{MAX_JSON_RECORDS:,}.")
    themes_raw = doc.get("themes", [])
    themes: list[tuple[str, bool]] = []
    if not isinstance(themes_raw, list):
        raise ImportRejected("The export's themes are not a list.")
    for row, item in enumerate(themes_raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not (
            isinstance(item.get("active", True), bool)
        ):
            raise ImportRejected("A theme must have a name and an active flag.", row, "themes")
        name, problem = text_problem(item["name"], label="Theme", kind=TextKind.LINE, limit=60)
        if problem or not name:
            raise ImportRejected(problem or "A theme needs a name.", row, "themes")
        themes.append((name, bool(item.get("active", True))))
    group_raw = doc.get("group", {})
    group: dict[str, str] = {}
    if isinstance(group_raw, dict):
        for key, value in group_raw.items():
            if not (key in IMPORTABLE_META or _SETTING_KEY.fullmatch(str(key))):
                continue
            if isinstance(value, str):
                text, problem = text_problem(value, label="setting", kind=TextKind.MULTILINE,
                                             limit=10_000)
                if not problem and text:
                    group[key] = text
    source = doc.get("source_vault", "")
    return ExportDocument(recs, history, themes, group,
                          source if isinstance(source, str) and source.isprintable() else "",
                          bool(doc.get("complete", True)))


def _clean_json_value(value: Any, depth: int = 0) -> bool:
    """True when every string in ``value`` can be stored (no surrogates, sane size)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if len(node) > NOTE_MAX or any(0xD800 <= ord(c) <= 0xDFFF for c in node):
                return False
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return True


def _check_history(history: list[Any], kind_ids: Mapping[str, set[str]],
                   ctx: ServiceContext) -> None:
    problems = _Problems()
    seen: set[tuple[str, str, int]] = set()
    for row, item in enumerate(history, start=1):
        if not isinstance(item, dict):
            problems.add("history", row, "", "history entry: must be an object.")
            continue
        kind = item.get("kind")
        if kind not in BY_KIND:
            problems.add("history", row, "kind", "history entry: unknown kind of record.")
            continue
        if item.get("record_id") not in kind_ids.get(str(kind), set()):
            problems.add("history", row, "record_id",
                         "history entry: refers to a record that is not in the file.")
            continue
        version = item.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            problems.add("history", row, "version", "history entry: version must be a "
                         "whole number from 1.")
            continue
        key = (str(kind), str(item["record_id"]), version)
        if key in seen:
            problems.add("history", row, "version", "history entry: this version is "
                         "listed twice.")
        seen.add(key)
        if _moment(item.get("changed_at")) is None:
            problems.add("history", row, "changed_at", "history entry: changed_at must be "
                         "a date and time with a time zone.")
        if _id_problem(item.get("changed_by")):
            problems.add("history", row, "changed_by", "history entry: changed_by is not "
                         "a valid id.")
        fields = item.get("changed_fields")
        if not isinstance(fields, list) or not all(isinstance(f, str) and len(f) <= 60
                                                   for f in fields):
            problems.add("history", row, "changed_fields", "history entry: changed_fields "
                         "must be a list of field names.")
        snap = item.get("snapshot")
        if not isinstance(snap, dict) or not _clean_json_value(snap):
            problems.add("history", row, "snapshot", "history entry: the snapshot is not a "
                         "valid record.")
    problems.raise_if_any()
    del ctx


def member_lookup(db: Any) -> tuple[dict[str, list[str]], dict[str, str], dict[str, Member]]:
    """(folded display name → member ids, folded user name → member id, members by id)."""
    import unicodedata

    members = {m.id: m for m in records.get_many(
        db, Member, [str(r[0]) for r in db.query(
            "SELECT id FROM members WHERE deleted_at IS NULL")])}
    by_name: dict[str, list[str]] = {}
    for m in members.values():
        key = unicodedata.normalize("NFC", m.display_name).casefold().strip()
        by_name.setdefault(key, []).append(m.id)
    by_user = {a.username.casefold(): a.member_id for a in vault_tables.live_accounts(db)}
    return by_name, by_user, members
