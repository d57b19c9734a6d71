"""Applying changes received from other laptops to this vault (docs/exchange.md).

``apply_changes`` takes the changes of one bundle (a snapshot included) and, in ONE
transaction that ends in one local audit event (``exchange.applied``, counts only):

- per device, applies changes only in unbroken seq order from what this vault holds; a
  change whose predecessor has not arrived waits in ``pending_changes`` and is applied by
  the apply that brings the gap; a change already held changes nothing; the same seq with
  another hash is a fork (kept in ``forks``, never applied over the held chain);
- checks every link, envelope, author signature and content row (``change_receipt``); one
  bad change refuses the whole bundle and nothing is changed;
- across devices, applies the ready changes in clock-stamp order, so a change made on top
  of another laptop's change finds it;
- stores every change on its chain, quarantines those whose author was not allowed to
  make them (``change_rights``), applies the records of the others under the merge rules
  (``record_apply``) and processes group actions (``group_actions``).

What it applies is recorded in the audit event's content digests (so ``peerdesk verify``
checks it) but appended to no new local change: only a person's decision or a local write
makes a change here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerdesk.errors import N_, BundleRefused, Cancelled
from peerdesk.exchange.changes import Link, device_genesis
from peerdesk.storage import apply_fact_queries, apply_queries, change_queries, erasure_queries
from peerdesk.storage.apply_queries import Quarantined, Waiting
from peerdesk.storage.change_queries import ChangeRow
from peerdesk.storage.database import Database
from peerdesk.vault import (
    change_receipt,
    change_rights,
    clock_memory,
    group_actions,
    legacy_prefix,
    record_apply,
    scope_upgrade,
)
from peerdesk.vault.layout import iso, utc_now

if TYPE_CHECKING:
    from peerdesk.vault.vault import Vault

#: The local audit action of an apply.
APPLIED = "exchange.applied"
COUNTS = ("applied", "duplicates", "waiting", "merged", "conflicts", "quarantined", "forks",
          "upgraded")


@dataclass(frozen=True)
class Incoming:
    """A received change: its row (envelope and signature None for a placeholder) and the
    content it carries, (kind, record id, canonical content JSON text) per record."""

    row: ChangeRow
    content: tuple[tuple[str, str, str], ...] = ()


@dataclass
class ApplyResult:
    applied: int = 0
    duplicates: int = 0
    waiting: int = 0
    merged: int = 0
    conflicts: int = 0
    quarantined: int = 0
    forks: int = 0
    #: Changes held as links or with stubs that arrived in full (the scope grew).
    upgraded: int = 0
    #: (kind, record id) of every record this apply changed, for the pages to refresh.
    records: set[tuple[str, str]] = field(default_factory=set)

    def counts(self) -> dict[str, int]:
        return {name: int(getattr(self, name)) for name in COUNTS}


Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
#: Changes applied between two progress reports and cancel checks.
STEP = 100


def apply_changes(vault: Vault, incoming: Sequence[Incoming],
                  progress: Progress | None = None,
                  should_cancel: ShouldCancel | None = None) -> ApplyResult:
    """Apply received changes; raises ``BundleRefused`` (nothing changed) for a damaged one.
    ``progress(done, total)`` is called as changes are applied; when ``should_cancel()``
    says so, ``Cancelled`` is raised inside the one transaction, so nothing is changed."""
    details: dict[str, object] = dict.fromkeys(COUNTS, 0)
    zeroing = _may_purge(vault, incoming)
    if zeroing:
        erasure_queries.set_secure_delete(vault.db, True)  # purged text is overwritten
    try:
        with vault.write(APPLIED, "exchange", "", details, log_change=False) as db:
            apply_queries.defer_foreign_keys(db)
            run = _Run(db, vault.vault_id, progress, should_cancel)
            result = run.apply(incoming)
            details.update(result.counts())
    except Exception as exc:
        if apply_queries.is_reference_error(exc):
            raise BundleRefused("damaged", N_(
                "This bundle holds records that refer to records this laptop does not have; "
                "ask for a new one. Nothing was applied.")) from None
        raise
    finally:
        if zeroing:
            erasure_queries.set_secure_delete(vault.db, False)
    if run.erased:
        erasure_queries.compact(vault.db)  # no free page keeps the erased text
    return result


def _may_purge(vault: Vault, incoming: Sequence[Incoming]) -> bool:
    """Whether this apply may delete text that must not survive in free pages: an erasure
    among the changes (received now or waiting), or a racing change about an advisee this
    laptop has erased already. Zeroing every freed byte costs writes, so it is only on then."""
    needle = f'"action":"{record_apply.ERASURE_ACTION}"'  # envelopes are canonical JSON
    if any(needle in (item.row.envelope or "") for item in incoming):
        return True
    if any(needle in (w.row.envelope or "") for w in apply_queries.waiting(vault.db)):
        return True
    return bool(apply_fact_queries.erased_advisees(vault.db))


class _Run:
    def __init__(self, db: Database, group: str, progress: Progress | None,
                 should_cancel: ShouldCancel | None = None) -> None:
        self.db = db
        self.group = group
        self.progress = progress
        self.should_cancel = should_cancel
        self.now = iso(utc_now())
        self.result = ApplyResult()
        self.heads = apply_queries.heads(db)
        self.queues: dict[str, dict[int, Incoming]] = {}
        self.upgrades: dict[tuple[str, int], Incoming] = {}
        self.erased = False
        self.rights = change_rights.Rights(db)
        self.seen: str | None = None  # the highest clock stamp applied
        self.legacy = legacy_prefix.Legacy({}, set())

    def apply(self, incoming: Sequence[Incoming]) -> ApplyResult:
        for w in apply_queries.waiting(self.db):
            self._offer(Incoming(w.row, w.content), fresh=False)
        for item in incoming:
            self._offer(item, fresh=True)
        apply_queries.clear_waiting(self.db)
        self.legacy = legacy_prefix.find(self.db, self.heads, self.queues)
        self.rights.upgrade_blocks = self.legacy
        self._upgrade()
        total, done = sum(len(q) for q in self.queues.values()), 0
        self._step(done, total)
        while (ready := self._next_ready()) is not None:
            self._apply_one(ready)
            done += 1
            if done % STEP == 0:
                self._step(done, total)
        self._step(total, total)  # the last moment a cancel still undoes everything
        if self.seen is not None:
            clock_memory.remember(self.db, self.seen)
        left = [Waiting(i.row, i.content) for q in self.queues.values() for i in q.values()]
        apply_queries.add_waiting(self.db, left, self.now)
        self.result.waiting = len(left)
        return self.result

    def _step(self, done: int, total: int) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled(N_("The exchange was stopped; nothing of this bundle was applied."))
        if self.progress is not None:
            self.progress(done, total)

    def _offer(self, item: Incoming, *, fresh: bool) -> None:
        row = item.row
        if not isinstance(row.seq, int) or row.seq < 1 or not isinstance(row.device, str):
            raise change_receipt.damaged(row, N_("its place on its chain is unreadable"))
        if not Link(row.device, row.seq, row.prev, row.digest, row.hash).holds():
            raise change_receipt.damaged(row, N_("its link does not hold"))
        head = self.heads.get(row.device)
        if head is not None and row.seq <= head[0]:
            held = apply_queries.held_hash(self.db, row.device, row.seq)
            if held == row.hash and scope_upgrade.adds(self.db, row, item.content):
                self.upgrades[(row.device, row.seq)] = item
            elif held == row.hash:
                self.result.duplicates += int(fresh)
            elif held is not None:
                self._fork(row.device, row.seq, held, row.hash)
            return
        queue = self.queues.setdefault(row.device, {})
        known = queue.get(row.seq)
        if known is not None and known.row.hash != row.hash:
            self._fork(row.device, row.seq, known.row.hash, row.hash)
            return
        if known is not None and not scope_upgrade.more_than(item.content, known.content,
                                                             item.row, known.row):
            self.result.duplicates += int(fresh)
            return
        queue[row.seq] = item  # new, or the same change with more of it than one waiting

    def _fork(self, device: str, seq: int, held: str, other: str) -> None:
        if apply_queries.add_fork(self.db, device, seq, held, other, self.now):
            self.result.forks += 1

    def _next_ready(self) -> Incoming | None:
        """Of the changes that continue their device's chain, the earliest by clock stamp
        (then device id); a change that does not link to the one held is a fork."""
        best: tuple[tuple[str, str], Incoming] | None = None
        for device in sorted(self.queues):
            if device in self.legacy.waiting:
                continue  # a founding chain whose upgrade block has not arrived yet
            queue = self.queues[device]
            head = self.heads.get(device)
            seq, prev = head if head is not None else (0, device_genesis(self.group, device))
            item = queue.get(seq + 1)
            if item is None:
                continue
            if item.row.prev != prev:
                self._fork(device, seq + 1, prev, item.row.hash)
                del self.queues[device]  # nothing after a broken link can apply
                return self._next_ready()
            order = (_stamp(item.row), device)
            if best is None or order < best[0]:
                best = (order, item)
        if best is None:
            return None
        item = best[1]
        del self.queues[item.row.device][item.row.seq]
        return item

    def _upgrade(self) -> None:
        """Fill in the changes held as links or with stubs that arrived in full, oldest
        first, and bring their records to the state the chain implies (before any new
        change of this apply is applied on top of them)."""
        for item in sorted(self.upgrades.values(),
                           key=lambda i: (_stamp(i.row), i.row.device, i.row.seq)):
            row = item.row
            checked, cut = scope_upgrade.fill_in(self.db, self.group, row, item.content,
                                                 legacy=self.legacy.keys_for(row))
            self.result.upgraded += 1
            if scope_upgrade.was_quarantined(self.db, row):
                continue  # held but never applied: it stays so
            reason = self.rights.quarantine_reason(checked)
            if reason is not None:  # what its author was not allowed to write stays unapplied
                apply_queries.quarantine(self.db, Quarantined(
                    row.device, row.seq, checked.author, checked.action, reason, self.now))
                continue
            self._apply_records(cut, item)

    def _apply_one(self, item: Incoming) -> None:
        db, row = self.db, item.row
        checked = change_receipt.check(db, self.group, row, item.content,
                                       legacy=self.legacy.keys_for(row))
        change_queries.append(db, row, item.content)
        self.heads[row.device] = (row.seq, row.hash)
        self.result.applied += 1
        reason = self.rights.quarantine_reason(checked)
        if reason is not None:
            apply_queries.quarantine(db, Quarantined(row.device, row.seq, checked.author,
                                                     checked.action, reason, self.now))
            self.result.quarantined += 1
            return
        if checked.envelope is None:
            return
        if self.seen is None or checked.stamp > self.seen:
            self.seen = checked.stamp
        self._apply_records(checked, item, group=True)

    def _apply_records(self, checked: change_receipt.Checked, item: Incoming, *,
                       group: bool = False) -> None:
        db, row = self.db, item.row
        outcome = record_apply.Outcome()
        record_apply.apply_records(db, checked, self.now, outcome)
        if group:
            group_actions.apply(db, checked, self.now)
        for advisee in outcome.erased.get("advisee", []):
            # every record about the advisee here, those the erasure did not know of too,
            # and every earlier version's text
            scope = erasure_queries.scope(db, advisee)
            for kind, ids in sorted(scope.ids.items()):
                erasure_queries.blank_text(db, kind, ids)
                outcome.changed.update((kind, i) for i in ids)
            self.erased = True
        if outcome.erased:
            erasure_queries.merge_search_index(db)
            erased = {(k, i) for k, ids in outcome.erased.items() for i in ids}
            apply_queries.add_content(db, row.device, row.seq,
                                      [c for c in item.content if (c[0], c[1]) in erased])
        for kind, rid in sorted(outcome.purge):
            apply_queries.drop_content(db, row.device, row.seq, kind, rid)
        self.result.records |= outcome.changed
        self.result.merged += outcome.merged
        self.result.conflicts += outcome.conflicts


def _stamp(row: ChangeRow) -> str:
    """A change's clock stamp as its envelope says (checked when it is applied); a
    placeholder, or an envelope that does not read, has none and sorts first."""
    if row.envelope is None:
        return ""
    try:
        stamp = json.loads(row.envelope).get("stamp")
    except (ValueError, AttributeError):
        return ""
    return stamp if isinstance(stamp, str) else ""
