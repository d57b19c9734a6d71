"""Receiving, in full, a change this laptop holds as a link or with stubs (docs/exchange.md,
"When a laptop may read more").

A change this laptop holds arrives again when its scope grew: its envelope (for a held
link) and more of its content (for records held as stubs, or not at all). It must match the
held link exactly (same device, seq, previous hash, envelope digest and hash: otherwise it
is another change, a fork) and pass every check of a new change (``change_receipt``: its
envelope, its author's signature, each content row against its digest). Then the envelope
and the content fill in what was held, never replacing more by less (a stub never replaces
full text), and the records it lists are brought to the state the chain implies through the
one apply path (``record_apply``): a record held only as a stub, or not at all, takes the
change's version as if it had been at the change's base; a record held in full at another
version is left as it is (a later change made it so); a record about an advisee erased here
keeps nothing of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from peerdesk.domain.scope import Visibility
from peerdesk.storage import (
    apply_fact_queries,
    apply_queries,
    change_queries,
    content_table,
    scope_growth_queries,
)
from peerdesk.storage.change_queries import ChangeRow
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault import change_receipt, stub_apply
from peerdesk.vault.change_receipt import Checked, Entry
from peerdesk.vault.content_digest import UnreadableContent, record_digest
from peerdesk.vault.exchange_scope import held_level


def adds(db: Database, row: ChangeRow, content: Sequence[tuple[str, str, str]]) -> bool:
    """Whether a received change, held here with the same hash, brings more than is held."""
    if row.envelope is None:
        return False
    if scope_growth_queries.held_envelope(db, row.device, row.seq) is None:
        return True
    return _raises(content, _held_content(db, row))


def was_quarantined(db: Database, row: ChangeRow) -> bool:
    return scope_growth_queries.is_quarantined(db, row.device, row.seq)


def more_than(content: Sequence[tuple[str, str, str]],
              other: Sequence[tuple[str, str, str]], row: ChangeRow,
              other_row: ChangeRow) -> bool:
    """Whether one copy of a change (same hash) carries more than another: an envelope
    where the other is a link, or a record at a higher level."""
    if row.envelope is None:
        return False
    if other_row.envelope is None:
        return True
    return _raises(content, {(k, i): t for k, i, t in other})


def _raises(content: Sequence[tuple[str, str, str]],
            held: Mapping[tuple[str, str], str]) -> bool:
    """Whether a record of ``content`` is at a higher level than ``held`` has it."""
    return any(held_level(t) > held_level(held.get((k, i))) for k, i, t in content)


def _held_content(db: Database, row: ChangeRow) -> dict[tuple[str, str], str]:
    return change_queries.contents_of(db, row.device, row.seq)


def fill_in(db: Database, group: str, row: ChangeRow,
            content: Sequence[tuple[str, str, str]],
            legacy: Mapping[str, tuple[str, str]] | None = None) -> tuple[Checked, Checked]:
    """Check the change and store what it adds; returns it as checked (for the rights
    check) and cut to the records whose state it may now set (for ``record_apply``). Raises
    ``BundleRefused`` (nothing changed: the apply is one transaction) when it does not match
    the held link or fails a check."""
    if apply_queries.held_hash(db, row.device, row.seq) != row.hash:
        raise change_receipt.damaged(row, "it does not match the change held")
    checked = change_receipt.check(db, group, row, content, legacy=legacy)
    if scope_growth_queries.held_envelope(db, row.device, row.seq) is None:
        scope_growth_queries.fill_placeholder(db, row)
    held = _held_content(db, row)
    more: set[tuple[str, str]] = set()
    for entry in checked.entries:
        key = (entry.kind, entry.record_id)
        text = next((t for k, i, t in content if (k, i) == key), None)
        if text is None or held_level(text) <= held_level(held.get(key)):
            continue
        if (entry.content is not None and apply_fact_queries.advisee_erased(
                db, entry.kind, entry.content)) or _is_erased(db, entry):
            continue  # nothing of an erased advisee's records is kept
        scope_growth_queries.put_content(db, row.device, row.seq, entry.kind,
                                         entry.record_id, text)
        more.add(key)
    entries = tuple(e for e in (_as_applied(db, checked, e) for e in checked.entries
                                if (e.kind, e.record_id) in more) if e is not None)
    return checked, replace(checked, entries=entries)


def _is_erased(db: Database, entry: Entry) -> bool:
    if entry.kind != "advisee":
        return False
    mine = _mine(db, entry)
    return mine is not None and mine.get("erased_at") is not None


def _mine(db: Database, entry: Entry) -> dict[str, object] | None:
    found = dict(content_table.contents(db, BY_KIND[entry.kind], [entry.record_id]))
    return found.get(entry.record_id)


def _as_applied(db: Database, change: Checked, entry: Entry) -> Entry | None:
    """The entry as ``record_apply`` should see it: a stub received stays a stub (it never
    overwrites text); a record with a later change held here in full is left as it is (that
    change made it so); otherwise a record held only as a stub takes the change's version,
    as if it had been at the change's base."""
    if entry.content is None or entry.after is None:
        return None
    mine = _mine(db, entry)
    if mine is None or stub_apply.is_stub(entry.content):
        return entry
    if _later_in_full(db, change, entry):
        return None
    try:
        digest = record_digest(entry.kind, mine)
    except UnreadableContent:
        return None
    return entry if digest in (entry.base, entry.after) else replace(entry, base=digest)


def _later_in_full(db: Database, change: Checked, entry: Entry) -> bool:
    """Whether this laptop holds, in full, a change of the record later than ``change``."""
    order = (change.stamp, change.row.device)
    for c in apply_queries.record_changes(db, entry.kind, entry.record_id):
        if (c.stamp, c.device) <= order:
            continue
        text = change_queries.contents_of(db, c.device, c.seq).get((entry.kind,
                                                                    entry.record_id))
        if held_level(text) is Visibility.FULL:
            return True
    return False
