"""Importing a group's old spreadsheet: sessions or advisees from a CSV file.

The templates (``peerdesk import --template sessions|advisees``, also shipped in
``resources/templates/``) list the columns. Rules:

* UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8"); other encodings are
  refused with a message saying how to re-save. Commas, semicolons or tabs between cells
  (taken from the header line); CRLF line ends and quoted cells with line breaks work.
* The first row is the header; row numbers in messages count it as row 1, as a
  spreadsheet does. Column names are case-insensitive; spaces and hyphens mean ``_``.
  Unknown columns are refused (so nothing is silently dropped). Blank rows are skipped.
* Dates are ``2026-03-31`` or day first ``31/03/2026`` (also ``31-03-2026``, ``31.03.2026``);
  times are 24-hour ``18:30`` (``6:30 pm`` also works), in the group's time zone.
* Lists (themes, consent, advisors) are separated by ``;``.
* Every cell is checked like a typed field: NFC-normalised; control characters, NUL and
  broken characters refused; length limits as in the app. Text that looks like markup or
  a spreadsheet formula is stored literally, as text.
* All or nothing: the first problem refuses the whole file, naming the row and column.

Limits: :data:`MAX_CSV_BYTES` per file, :data:`MAX_CSV_ROWS` rows.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.limits import NOTE_MAX
from peerdesk.domain.text import TextKind, text_problem
from peerdesk.domain.vocab import AdviseeStatus, Channel, ConsentScope, Role
from peerdesk.errors import ImportRejected, ValidationError
from peerdesk.services.bulk_import import BulkImporter, ImportResult, decode_utf8, member_lookup
from peerdesk.services.context import ServiceContext
from peerdesk.storage import import_queries

MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_CSV_ROWS = 200_000

# -- templates -----------------------------------------------------------------------------
SESSION_COLUMNS = ("advisee_code", "advisor", "date", "time", "duration_minutes", "channel",
                   "themes", "summary", "next_steps", "follow_up", "risk_noticed")
SESSION_REQUIRED = ("advisee_code", "advisor", "date", "time", "duration_minutes", "channel",
                    "summary")
HEADER_LINE = ",".join(SESSION_COLUMNS)
ADVISEE_COLUMNS = ("code", "name", "contact", "consent_date", "consent", "status",
                   "closed_on", "closed_reason", "advisors")
ADVISEE_REQUIRED = ("code",)

TEMPLATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sessions": (
        SESSION_COLUMNS,
        ("PS-0001", "advisor01", "2025-03-14", "18:30", "45", "phone",
         "exam stress; sleep",
         "Talked about board exam pressure and not sleeping. Feels calmer after making a "
         "study timetable together.",
         "Try the timetable for a week; call on Friday.", "2025-03-21", "no"),
    ),
    "advisees": (
        ADVISEE_COLUMNS,
        ("PS-0001", "", "prefers chat after 6 pm", "2025-01-10",
         "keep_records; contact_followup", "active", "", "", "advisor01"),
    ),
}

#: Help for each column, printed with the template.
COLUMN_HELP: dict[str, dict[str, str]] = {
    "sessions": {
        "advisee_code": "required; an existing advisee code such as PS-0142",
        "advisor": "required; the advisor's user name or display name",
        "date": "required; 2026-03-31 or day first 31/03/2026 (group time zone)",
        "time": "required; start time, 24-hour 18:30 (or 6:30 pm)",
        "duration_minutes": "required; whole minutes, 1-600",
        "channel": "required; phone, video, in person or chat",
        "themes": "optional; separated by ';' (new themes are added to the list)",
        "summary": "required; plain language, up to 50,000 characters",
        "next_steps": "optional; agreed next steps",
        "follow_up": "optional; follow-up date, not before the session",
        "risk_noticed": "optional; yes or no (default no)",
    },
    "advisees": {
        "code": "required; pseudonymous code such as PS-0142, unique",
        "name": "optional; display name (leave empty to stay pseudonymous)",
        "contact": "optional; how to reach them, one line",
        "consent_date": "date consent was recorded (needed when consent is given)",
        "consent": "optional; ';'-separated: keep_records, contact_followup, "
                   "share_with_supervisor",
        "status": "optional; active (default), paused or closed",
        "closed_on": "date support was closed (closed only)",
        "closed_reason": "reason for closing (closed only)",
        "advisors": "optional; assigned advisors' user or display names, ';'-separated",
    },
}

_ALIASES = {
    "advisee": "advisee_code", "code_of_advisee": "advisee_code",
    "duration": "duration_minutes", "minutes": "duration_minutes",
    "start_time": "time", "session_date": "date", "follow_up_date": "follow_up",
    "followup": "follow_up", "risk": "risk_noticed", "next_step": "next_steps",
    "theme": "themes", "display_name": "name", "consent_scopes": "consent",
    "advisor_ids": "advisors", "assigned_advisors": "advisors",
}
_CHANNELS = {
    "phone": Channel.PHONE, "call": Channel.PHONE, "phone call": Channel.PHONE,
    "telephone": Channel.PHONE, "video": Channel.VIDEO, "video call": Channel.VIDEO,
    "in person": Channel.IN_PERSON, "in_person": Channel.IN_PERSON,
    "in-person": Channel.IN_PERSON, "face to face": Channel.IN_PERSON,
    "chat": Channel.CHAT, "text": Channel.CHAT, "whatsapp": Channel.CHAT,
}
_SCOPES = {
    "keep_records": ConsentScope.KEEP_RECORDS, "keep records": ConsentScope.KEEP_RECORDS,
    "contact_followup": ConsentScope.CONTACT_FOLLOWUP,
    "contact for follow-up": ConsentScope.CONTACT_FOLLOWUP,
    "contact for follow up": ConsentScope.CONTACT_FOLLOWUP,
    "share_with_supervisor": ConsentScope.SHARE_WITH_SUPERVISOR,
    "share with supervisor": ConsentScope.SHARE_WITH_SUPERVISOR,
}
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?", re.IGNORECASE)


def template_text(kind: str) -> str:
    """The template header and one example row, as CSV text (CRLF line ends)."""
    import io

    columns, example = TEMPLATES[kind]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerow(example)
    return out.getvalue()


# -- parsing (no vault) --------------------------------------------------------------------
@dataclass(frozen=True)
class CsvTable:
    kind: str  # "sessions" or "advisees"
    columns: tuple[str, ...]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def _canonical(name: str) -> str:
    key = unicodedata.normalize("NFC", name).strip().strip("\ufeff").casefold()
    key = re.sub(r"[\s\-]+", "_", key)
    return _ALIASES.get(key, key)


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_csv(data: bytes, *, kind: str | None = None) -> CsvTable:
    """Read the file into rows of cells; checks shape, header and every cell's text."""
    if len(data) > MAX_CSV_BYTES:
        raise ImportRejected(f"The file is too large ({len(data):,} bytes); the limit is "
                             f"{MAX_CSV_BYTES:,} bytes.")
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportRejected("The file is empty.")
    text = decode_utf8(data, "file")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_BYTES + 1))
    reader = csv.reader(text.splitlines(keepends=True), delimiter=_delimiter(text),
                        strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_CSV_ROWS + 1:
                raise ImportRejected(f"The file has more than {MAX_CSV_ROWS:,} rows; split it.",
                                     number)
            rows.append((number, cells))
    except csv.Error:
        raise ImportRejected("The row is not valid CSV (check the quotes).",
                             len(rows) + 1) from None
    if not rows:
        raise ImportRejected("The file is empty.")
    header_row = rows[0][1]
    columns: list[str] = []
    for cell in header_row:
        _, problem = text_problem(cell, label="A column name", kind=TextKind.LINE, limit=60)
        if problem:
            raise ImportRejected(problem, 1)
        name = _canonical(cell)
        if name in columns:
            raise ImportRejected("This column appears twice.", 1, name[:60])
        columns.append(name)
    while columns and columns[-1] == "":
        columns.pop()  # trailing empty header cells (spreadsheets add them)
    detected = kind or ("sessions" if "advisee_code" in columns
                        else "advisees" if "code" in columns else None)
    if detected not in TEMPLATES:
        raise ImportRejected("Cannot tell what the file holds: a sessions file needs an "
                             "'advisee_code' column, an advisees file a 'code' column. "
                             "See 'peerdesk import --template sessions'.", 1)
    allowed, _ = TEMPLATES[detected]
    required = SESSION_REQUIRED if detected == "sessions" else ADVISEE_REQUIRED
    for name in columns:
        if name not in allowed:
            raise ImportRejected("Unknown column; the columns are: " + ", ".join(allowed)
                                 + ".", 1, name[:60] or "(empty)")
    for name in required:
        if name not in columns:
            raise ImportRejected("A required column is missing.", 1, name)
    table = CsvTable(detected, tuple(columns))
    for number, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
            raise ImportRejected("The row has more cells than the header has columns.",
                                 number)
        values: dict[str, str] = {}
        for name, cell in zip(columns, cells, strict=False):
            limit = NOTE_MAX if name in ("summary", "next_steps") else 2_000
            if len(cell) > 4 * limit:  # far over the limit: refuse without scanning it
                raise ImportRejected(f"The {name} cell is too long: {len(cell):,} characters; "
                                     f"the limit is {limit:,}.", number, name)
            cleaned, problem = text_problem(cell, label=f"The {name} cell",
                                            kind=TextKind.MULTILINE, limit=limit)
            if problem:
                raise ImportRejected(problem, number, name)
            values[name] = cleaned
        table.rows.append((number, values))
    if not table.rows:
        raise ImportRejected("The file has a header but no rows to import.", 1)
    return table


# -- cell conversion -----------------------------------------------------------------------
def parse_day(text: str) -> date:
    text = text.strip()
    try:
        if _ISO_DAY.fullmatch(text):
            return date.fromisoformat(text)
        m = _DAY_FIRST.fullmatch(text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        pass
    raise ValueError("date")


def parse_clock(text: str) -> time:
    m = _CLOCK.fullmatch(text.strip())
    if not m:
        raise ValueError("time")
    hour, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3) or 0)
    suffix = (m.group(4) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise ValueError("time")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    return time(hour, minute, second)  # ValueError when out of range


def _list(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


@dataclass
class Lookup:
    """What the CSV's names and codes refer to (built from the vault, or by a test)."""

    #: advisee code → (id, status, closed_on)
    advisees: dict[str, tuple[str, str, date | None]] = field(default_factory=dict)
    #: folded display name → member ids (advisors only)
    advisor_names: dict[str, list[str]] = field(default_factory=dict)
    #: folded user name → member id (advisors only)
    advisor_users: dict[str, str] = field(default_factory=dict)

    def advisor(self, cell: str) -> str:
        key = unicodedata.normalize("NFC", cell).strip().casefold()
        if key in self.advisor_users:
            return self.advisor_users[key]
        ids = self.advisor_names.get(key, [])
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise ValueError("Two advisors have this name; use the user name instead.")
        raise ValueError("No advisor in the group has this user name or display name.")


def session_values(table: CsvTable, lookup: Lookup, tz: tzinfo
                   ) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for number, cells in table.rows:
        def cell(name: str, cells: dict[str, str] = cells) -> str:
            return cells.get(name, "")

        code = cell("advisee_code").strip().upper()
        found = lookup.advisees.get(code)
        if not code:
            raise ImportRejected("The advisee code is required.", number, "advisee_code")
        if found is None:
            raise ImportRejected("No advisee has this code; import the advisees first.",
                                 number, "advisee_code")
        if not cell("advisor").strip():
            raise ImportRejected("The advisor is required.", number, "advisor")
        try:
            advisor_id = lookup.advisor(cell("advisor"))
        except ValueError as exc:
            raise ImportRejected(str(exc), number, "advisor") from None
        try:
            day = parse_day(cell("date"))
        except ValueError:
            raise ImportRejected("The date must look like 2026-03-31 or 31/03/2026.",
                                 number, "date") from None
        try:
            clock = parse_clock(cell("time"))
        except ValueError:
            raise ImportRejected("The time must look like 18:30 (24-hour) or 6:30 pm.",
                                 number, "time") from None
        if day.year < 2000:
            raise ImportRejected("The date is before 2000; check the year.", number, "date")
        start = datetime.combine(day, clock).replace(tzinfo=tz).astimezone(UTC)
        channel_key = re.sub(r"[\s_]+", " ", cell("channel").strip().casefold())
        channel = _CHANNELS.get(channel_key)
        if channel is None:
            raise ImportRejected("The channel must be phone, video, in person or chat.",
                                 number, "channel")
        follow_up: date | None = None
        if cell("follow_up").strip():
            try:
                follow_up = parse_day(cell("follow_up"))
            except ValueError:
                raise ImportRejected("The follow-up date must look like 2026-03-31 or "
                                     "31/03/2026.", number, "follow_up") from None
        _, status, closed_on = found
        if status == "closed" and closed_on is not None and day > closed_on:
            raise ImportRejected("This advisee's record was closed before this session.",
                                 number, "advisee_code")
        out.append({
            "advisee_id": found[0], "advisor_id": advisor_id, "start": start,
            "duration_minutes": cell("duration_minutes"), "channel": channel,
            "themes": _list(cell("themes")), "summary": cell("summary"),
            "next_steps": cell("next_steps"), "follow_up": follow_up,
            "risk_noticed": cell("risk_noticed") or "no",
        })
    return out


def advisee_values(table: CsvTable, lookup: Lookup) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for number, cells in table.rows:
        def cell(name: str, cells: dict[str, str] = cells) -> str:
            return cells.get(name, "")

        values: dict[str, Any] = {"code": cell("code").strip().upper(), "display_name":
                                  cell("name"), "contact": cell("contact"),
                                  "closed_reason": cell("closed_reason")}
        for col, key in (("consent_date", "consent_date"), ("closed_on", "closed_on")):
            if cell(col).strip():
                try:
                    values[key] = parse_day(cell(col))
                except ValueError:
                    raise ImportRejected("The date must look like 2026-03-31 or 31/03/2026.",
                                         number, col) from None
        scopes = []
        for item in _list(cell("consent")):
            scope = _SCOPES.get(re.sub(r"\s+", " ", item.casefold()))
            if scope is None:
                raise ImportRejected("Consent must be keep_records, contact_followup or "
                                     "share_with_supervisor.", number, "consent")
            scopes.append(scope)
        values["consent_scopes"] = scopes
        status = cell("status").strip().casefold() or "active"
        if status not in {s.value for s in AdviseeStatus}:
            raise ImportRejected("The status must be active, paused or closed.", number,
                                 "status")
        values["status"] = status
        advisors = []
        for item in _list(cell("advisors")):
            try:
                advisors.append(lookup.advisor(item))
            except ValueError as exc:
                raise ImportRejected(str(exc), number, "advisors") from None
        values["advisor_ids"] = advisors
        out.append(values)
    return out


SESSION_FIELD_COLUMNS = {
    "advisee_id": "advisee_code", "advisor_id": "advisor", "start": "date",
    "duration_minutes": "duration_minutes", "channel": "channel", "themes": "themes",
    "summary": "summary", "next_steps": "next_steps", "follow_up": "follow_up",
    "risk_noticed": "risk_noticed",
}
ADVISEE_FIELD_COLUMNS = {
    "code": "code", "display_name": "name", "contact": "contact",
    "consent_date": "consent_date", "consent_scopes": "consent", "status": "status",
    "closed_on": "closed_on", "closed_reason": "closed_reason", "advisor_ids": "advisors",
}


def plan(data: bytes, lookup: Lookup, *, tz: tzinfo, now: datetime,
         kind: str | None = None) -> tuple[str, list[dict[str, Any]], list[int]]:
    """Parse, convert and validate a CSV without a vault: (kind, values, row numbers).

    Raises only :class:`ImportRejected`.
    """
    table = parse_csv(data, kind=kind)
    numbers = [n for n, _ in table.rows]
    if table.kind == "sessions":
        values = session_values(table, lookup, tz)
        columns = SESSION_FIELD_COLUMNS
        validator: Callable[..., dict[str, str]] = validate.validate_session
    else:
        values = advisee_values(table, lookup)
        columns = ADVISEE_FIELD_COLUMNS
        validator = validate.validate_advisee

    def check(v: Mapping[str, Any]) -> dict[str, str]:
        return validator(v, now=now, tz=tz)

    for number, item in zip(numbers, values, strict=True):
        errors = check(item)
        if errors:
            name, message = next(iter(errors.items()))
            raise ImportRejected(message, number, columns.get(name, name))
    if table.kind == "advisees":
        seen: set[str] = set()
        for number, item in zip(numbers, values, strict=True):
            if item["code"] in seen:
                raise ImportRejected("This code appears twice in the file.", number, "code")
            seen.add(item["code"])
    return table.kind, values, numbers


def vault_lookup(ctx: ServiceContext) -> Lookup:
    db = ctx.db
    by_name, by_user, members = member_lookup(db)
    advisors = {mid for mid, m in members.items() if Role.ADVISOR in m.roles}
    lookup = Lookup(
        advisor_names={k: [i for i in v if i in advisors] for k, v in by_name.items()},
        advisor_users={k: v for k, v in by_user.items() if v in advisors},
    )
    lookup.advisor_names = {k: v for k, v in lookup.advisor_names.items() if v}
    for advisee_id, code, status, closed_on in import_queries.live_advisees(db):
        closed = date.fromisoformat(closed_on) if closed_on else None
        lookup.advisees[code] = (advisee_id, status, closed)
    return lookup


class CsvImporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def import_bytes(self, data: bytes, *, kind: str | None = None,
                     source: str = "") -> ImportResult:
        """Import one CSV file; ``source`` (its name) is kept with each record it adds."""
        BulkImporter(self.ctx).check_allowed()
        ctx = self.ctx
        table_kind, values, numbers = plan(data, vault_lookup(ctx), tz=ctx.tz, now=ctx.now(),
                                           kind=kind)
        record_kind = "session" if table_kind == "sessions" else "advisee"
        columns = SESSION_FIELD_COLUMNS if table_kind == "sessions" else ADVISEE_FIELD_COLUMNS
        digest = hashlib.sha256(data).hexdigest()
        try:
            return BulkImporter(ctx).import_records(
                {record_kind: values}, row_numbers={record_kind: numbers},
                columns={record_kind: columns}, kind_in_message=False,
                action="import.csv",
                details={"format": "csv", "table": table_kind, "sha256": digest},
                source=source, sha256=digest,
            )
        except ValidationError as exc:  # pragma: no cover - validated above
            raise ImportRejected(str(exc)) from None
