"""The peerdesk JSON export format, read and checked without touching a vault.

``load_json`` parses untrusted JSON bytes within the limits below; ``parse_export``
checks the shape of an export (the records themselves are validated on import) and
``check_history`` its history entries. The writer is :mod:`peerdesk.services.exporter`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peerdesk.domain.limits import NOTE_MAX
from peerdesk.domain.text import TextKind, text_problem
from peerdesk.errors import ImportRejected
from peerdesk.services.import_validation import LABELS, Problems, id_problem, parse_moment
from peerdesk.storage.tables import BY_KIND

# -- limits (documented in docs and the CLI help) ----------------------------------------
#: Largest JSON export accepted (a 100,000-session demo vault exports to about 150 MB).
MAX_JSON_BYTES = 512 * 1024 * 1024
#: Records (of every kind together, history included) in one JSON import.
MAX_JSON_RECORDS = 2_000_000
#: Deepest nesting of arrays and objects in a JSON import.
MAX_JSON_DEPTH = 32

FORMAT = "peerdesk-export"
FORMAT_VERSION = 1

#: Meta keys an export may carry into an empty vault.
IMPORTABLE_META = ("group_name", "timezone")

_SETTING_KEY = re.compile(r"setting\.[a-z0-9_.]{1,60}")


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


def check_history(history: list[Any], kind_ids: Mapping[str, set[str]],
                  versions: Mapping[tuple[str, str], Any] | None = None) -> None:
    """Check the history entries of an export; refuse the import listing what is wrong.

    ``versions``: the version of each record in the file, by (kind, id). A prior version
    must be older than its record, or the record's next edit would find its slot taken."""
    problems = Problems()
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
        current = (versions or {}).get((str(kind), str(item["record_id"])))
        if isinstance(current, int) and version >= current:
            problems.add("history", row, "version", "history entry: a prior version must "
                         f"be older than the record (version {current}).")
        key = (str(kind), str(item["record_id"]), version)
        if key in seen:
            problems.add("history", row, "version", "history entry: this version is "
                         "listed twice.")
        seen.add(key)
        if parse_moment(item.get("changed_at")) is None:
            problems.add("history", row, "changed_at", "history entry: changed_at must be "
                         "a date and time with a time zone.")
        if id_problem(item.get("changed_by")):
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
