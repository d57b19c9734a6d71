"""This laptop's clock after applying changes from other laptops (hybrid logical clock,
``peerdesk.exchange.clock``): a change made here after applying another is stamped after it,
even when this laptop's wall clock is behind, so clock order follows cause and effect.

The highest stamp applied is remembered in the vault (``meta.clock_seen``); a stamp more than
a day ahead of this laptop's clock is not believed. The next local change is stamped from the
later of this laptop's own last stamp and the one remembered.
"""

from __future__ import annotations

from peerdesk.exchange.clock import MAX_DRIFT_MS, ClockError, Stamp
from peerdesk.storage import vault_tables
from peerdesk.storage.database import Database
from peerdesk.vault.layout import utc_now

SEEN = "clock_seen"


def remember(db: Database, stamp: str) -> None:
    try:
        seen = Stamp.parse(stamp)
    except ClockError:
        return
    if seen.wall_ms > int(utc_now().timestamp() * 1000) + MAX_DRIFT_MS:
        return
    held = latest_seen(db)
    if held is None or (seen.wall_ms, seen.counter) > (held.wall_ms, held.counter):
        vault_tables.set_meta(db, SEEN, str(seen))


def latest_seen(db: Database) -> Stamp | None:
    text = vault_tables.get_meta(db, SEEN)
    if not text:
        return None
    try:
        return Stamp.parse(text)
    except ClockError:
        return None


def after(own: Stamp | None, db: Database) -> Stamp | None:
    """The stamp the next local change must follow."""
    seen = latest_seen(db)
    if seen is None:
        return own
    if own is None or (seen.wall_ms, seen.counter) > (own.wall_ms, own.counter):
        return seen
    return own
