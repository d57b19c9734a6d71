"""Whether a received change's author was allowed to make it, by the author's roles as the
log knew them at that point (docs/exchange.md, "Merging", last row). A change that was not
allowed is quarantined: held on its chain, not applied, listed for the coordinator with a
one-line reason."""

from __future__ import annotations

from peerdesk.storage import apply_queries
from peerdesk.storage.database import Database
from peerdesk.vault.change_receipt import Checked


def quarantine_reason(db: Database, change: Checked) -> str | None:
    """One line saying why the change is not applied, or None when it may be applied."""
    if change.envelope is None:
        return None
    cutoff = apply_queries.revoked_cutoff(db, change.row.device)
    if cutoff is not None and change.row.seq > cutoff:
        return "made on a laptop after it was removed from the group"
    return None
