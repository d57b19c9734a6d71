"""Received stubs: records this laptop may know of but not read (docs/format.md, "Stubs").

A stub is a record's content cut to its bookkeeping and who it concerns, marked with
``_stub``. Its digest cannot be the envelope's ``after`` (the text is missing), so it is
checked for shape only (its id, known columns, nothing but what a stub may keep) and
vouched for by the sending laptop's signature. Stored, it updates only the columns it
carries: a stub never overwrites text this laptop holds.
"""

from __future__ import annotations

import json
from typing import Any

from peerdesk.crypto.encoding import canonical_json
from peerdesk.exchange.payload import STUB_KEY
from peerdesk.storage import content_table, exchange_queries, record_content
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault.exchange_scope import stub_keeps

LEVELS = ("existence", "shared")


def is_stub(fields: dict[str, Any]) -> bool:
    return STUB_KEY in fields


def read_stub(kind: str, rid: str, text: str,
              parsed: Any = None) -> dict[str, Any] | None:
    """The stub in ``text`` (None: it is not a stub); ``parsed``: ``text`` already read as
    JSON. Raises ValueError for a malformed one."""
    fields = json.loads(text) if parsed is None else parsed
    if not isinstance(fields, dict) or STUB_KEY not in fields:
        return None
    level = fields[STUB_KEY]
    if (level not in LEVELS or fields.get("id") != rid
            or canonical_json(fields).decode("utf-8") != text
            or set(fields) - stub_keeps(kind, level) - {STUB_KEY}):
        raise ValueError("not a stub")
    return dict(fields)


def write_stub(db: Database, kind: str, stub: dict[str, Any]) -> bool:
    """Store the stub's columns; returns whether the record changed."""
    spec = BY_KIND[kind]
    fields = {k: v for k, v in stub.items() if k != STUB_KEY}
    current = dict(content_table.contents(db, spec, [str(fields["id"])])).get(
        str(fields["id"]))
    if current is None:  # columns a stub leaves out take their declared defaults
        merged = {**exchange_queries.required_defaults(db, spec.table), **fields}
    else:
        merged = {**current, **fields}
    if merged == current:
        return False
    record_content.write(db, kind, merged, current)
    return True
