"""What a peer laptop lacks, as the changes of a payload: every device chain this laptop
holds, from just past what the peer acknowledged, cut to the peer's scope.

The peer's acknowledgement (``have``, from the last bundle applied from it) says, per
device, the highest seq it holds without a gap; a bundle carries everything above it, so a
bundle lost on the way costs nothing but a later, larger one, and a duplicate is ignored on
arrival. A first snapshot starts from nothing. Changes of other devices are relayed too,
as far as this laptop holds enough of them (``exchange_scope``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from peerdesk.exchange.payload import Change
from peerdesk.storage import change_queries, exchange_queries
from peerdesk.storage.database import Database
from peerdesk.vault.exchange_scope import ScopeFilter
from peerdesk.vault.scope_growth import SentLevels, note_elsewhere, resend

#: Changes read (with their content) per query.
WINDOW = 1000


def lacking(db: Database, *, peer_members: Iterable[str], peer_has: Mapping[str, int],
            peer: str | None = None,
            sent: SentLevels | None = None) -> tuple[list[Change], dict[str, int]]:
    """The changes a peer with ``peer_members`` that holds ``peer_has`` lacks, in per-device
    seq order, and per device the highest seq they reach. When ``peer``'s own chain was
    seen forked here, its chain is sent again from the fork, so that it finds out.

    With ``sent``, the changes the peer holds of records it may now read more of come
    first (``scope_growth``), and ``sent`` says what the bundle tells it of each record."""
    own = change_queries.self_device(db)
    if peer is not None and (at := exchange_queries.fork_seq(db, peer)) is not None:
        peer_has = {**peer_has, peer: min(peer_has.get(peer, 0), at - 1)}
    members = sorted(set(peer_members))
    scope = ScopeFilter(db, members)
    out: list[Change] = []
    held = exchange_queries.held(db)
    if peer is not None and sent is not None:
        out.extend(resend(db, scope, peer, members, peer_has, sent))
        note_elsewhere(db, scope, peer, peer_has, held, sent)
    upto: dict[str, int] = {}
    for device, top in sorted(held.items()):
        start = peer_has.get(device, 0)
        reached = _chain(db, scope, device, start, top, relay=device != own, out=out)
        if reached > start:
            upto[device] = reached
    if sent is not None:
        sent.lowered.update((k, int(v)) for k, v in scope.sent.items())
        for device, reached in upto.items():
            sent.noted[device] = max(sent.noted.get(device, 0), reached)
    return out, upto


def _chain(db: Database, scope: ScopeFilter, device: str, start: int, top: int, *,
           relay: bool, out: list[Change]) -> int:
    seq = start
    while seq < top:
        end = min(seq + WINDOW, top)
        contents = exchange_queries.contents_between(db, device, seq, end)
        rows = list(exchange_queries.changes_after(db, device, seq, end))
        scope.prepare(rows)
        for row in rows:
            change = scope.reduce(row, contents.get(row.seq, ()), relay=relay)
            if change is None:
                return seq
            out.append(change)
            seq = row.seq
    return seq
