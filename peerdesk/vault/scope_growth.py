"""Sending a record again when a peer laptop may now read more of it (docs/exchange.md,
"When a laptop may read more").

What a peer receives of a record is decided when a change is sent. When its scope grows
later (an advisee reassigned to one of its members, a member added to it, a role granted),
the changes it already holds of such a record, as links or stubs, are sent again at the new
level: their full envelopes and content, which the receiver checks against the links it
holds (``peerdesk.vault.scope_upgrade``). This laptop remembers, per peer and record, the
least it sent of any change listing the record (``exchange_sent_levels``, rows below full
only); a record whose level for the peer's members is now higher is sent again.

The reverse cannot be undone: a laptop keeps what it holds when its scope shrinks, and is
sent nothing new of the record beyond what its members may read now.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from peerdesk.crypto.encoding import canonical_json
from peerdesk.domain.scope import Visibility
from peerdesk.exchange.payload import Change
from peerdesk.storage import change_queries, exchange_queries, scope_growth_queries
from peerdesk.storage.database import Database
from peerdesk.vault.exchange_scope import ScopeFilter

Key = tuple[str, str]
#: Changes read (with their content) per query.
WINDOW = 1000


@dataclass
class SentLevels:
    """What a bundle for a peer tells it of the records it sends below full."""

    #: Records the bundle sends again in full history: their level is reset to this.
    reset: dict[Key, int] = field(default_factory=dict)
    #: Records sent in it otherwise: their level becomes the lesser of old and this.
    lowered: dict[Key, int] = field(default_factory=dict)
    #: Per device, the highest seq whose records are now noted for the peer.
    noted: dict[str, int] = field(default_factory=dict)
    #: The digest of what decides the peer's scope now.
    mark: str | None = None

    def record(self, db: Database, peer: str, bundle: str) -> None:
        """Write it down, in the transaction that records the bundle as sent. What it sends
        again counts once the peer has surely applied it (``confirm``); until then every
        bundle for the peer sends it again, so that a newer bundle applied first has it."""
        confirm(db, peer)
        scope_growth_queries.lower_to(db, peer, self.lowered)
        scope_growth_queries.set_noted(db, peer, self.noted)
        if self.reset:
            scope_growth_queries.set_pending(db, bundle, json.dumps(
                {"mark": self.mark, "reset": sorted([k, r, lv]
                                                    for (k, r), lv in self.reset.items())},
                separators=(",", ":")))
        elif self.mark is not None:
            scope_growth_queries.set_scope_mark(db, peer, self.mark)


def confirm(db: Database, peer: str) -> None:
    """The bundles that sent changes again which the peer has surely applied (it
    acknowledged their new changes and answered after they were made): what they sent
    counts now."""
    row = exchange_queries.peer(db, peer)
    if row is None or row.received_at is None:
        return
    for bundle, at, upto, text in scope_growth_queries.pending(db, peer):
        if row.received_at <= at or any(row.have.get(d, 0) < s for d, s in upto.items()):
            continue
        data = json.loads(text)
        scope_growth_queries.set_to(db, peer, {(str(k), str(r)): int(lv)
                                               for k, r, lv in data["reset"]})
        if data.get("mark") is not None:
            scope_growth_queries.set_scope_mark(db, peer, str(data["mark"]))
        scope_growth_queries.clear_pending(db, bundle)


def _mark(db: Database, members: Iterable[str]) -> str:
    rows = scope_growth_queries.scope_inputs(db, sorted(set(members)))
    return hashlib.sha256(canonical_json(rows)).hexdigest()


def note_elsewhere(db: Database, scope: ScopeFilter, peer: str, peer_has: Mapping[str, int],
                   held: Mapping[str, int], sent: SentLevels) -> None:
    """Note what the peer may hold of the changes it received from other laptops (or from
    this one before these notes were kept): as much as its members may read now, as far as
    this laptop holds them. Its own chain it holds in full."""
    noted = scope_growth_queries.noted(db, peer)
    own = change_queries.self_device(db)
    for device, top in sorted(held.items()):
        seq, end = noted.get(device, 0), min(peer_has.get(device, 0), top)
        if device != peer:
            while seq < end:
                upto = min(seq + WINDOW, end)
                contents = exchange_queries.contents_between(db, device, seq, upto)
                rows = list(exchange_queries.changes_after(db, device, seq, upto))
                scope.prepare(rows)
                for row in rows:
                    scope.reduce(row, contents.get(row.seq, ()), relay=device != own)
                seq = upto
        sent.noted[device] = max(noted.get(device, 0), end)


def resend(db: Database, scope: ScopeFilter, peer: str, members: Iterable[str],
           peer_has: Mapping[str, int], sent: SentLevels) -> list[Change]:
    """The changes ``peer`` holds (up to ``peer_has``) of the records it may now read more
    of, as it may receive them now, in per-device seq order. Fills ``sent.reset``. Looked
    at only when what decides the peer's scope changed since the last bundle for it."""
    sent.mark = _mark(db, members)
    if sent.mark == scope_growth_queries.scope_mark(db, peer):
        return []
    stored = scope_growth_queries.sent_below_full(db, peer)
    if not stored:
        return []
    scope.prepare_records(stored)
    grown = {k: lv for k, lv in stored.items() if scope.visibility(*k) > lv}
    if not grown:
        return []
    own = change_queries.self_device(db)
    wanted = [(d, s) for d, s in scope_growth_queries.changes_listing(db, grown)
              if s <= peer_has.get(d, 0)]
    rows = [r for d, s in wanted if (r := scope_growth_queries.change_at(db, d, s)) is not None]
    scope.prepare(rows)
    before = dict(scope.sent)
    scope.sent.clear()
    out: list[Change] = []
    cut: set[Key] = set()
    for row in rows:
        content = change_queries.contents_of(db, row.device, row.seq)
        change = scope.reduce(row, [(k, i, t) for (k, i), t in sorted(content.items())],
                              relay=row.device != own)
        if change is None:  # this laptop holds less of it than the peer may read
            cut.update(k for k in grown if k in content)
            continue
        out.append(change)
    for key in grown:
        if key not in cut:
            sent.reset[key] = int(scope.sent.get(key, scope.visibility(*key)))
    again = {k: int(v) for k, v in scope.sent.items() if k not in grown}
    scope.sent.clear()
    scope.sent.update(before)
    for key, level in again.items():
        scope.sent[key] = min(scope.sent.get(key, Visibility.FULL), Visibility(level))
    return out
