"""``peerdesk exchange sync --folder DIR``: exchanging through a shared folder.

A folder kept in step by Syncthing (or any file sync, or a USB stick) holds bundles named
``pdx-RECIPIENT-SENDER-BUNDLE.pdx`` (three ids of 32 hex digits). A sync:

1. applies every bundle named for this laptop that it has not applied yet (the names and
   the ids of applied bundles tell, without opening a file; each bundle is then read
   whole, within its size limit, and verified before anything is applied);
2. writes, for each other laptop of the group (not removed), one bundle with what it lacks,
   when it lacks anything or has not yet heard what this laptop holds; written under a
   temporary name, flushed to disk, then renamed, so nobody takes a partial file;
3. removes the bundles it wrote earlier that the new one replaces or that the peer has
   acknowledged.

A run reports its steps (``progress``: a :class:`SyncStep` per bundle and as changes are
applied) and can be stopped (``should_cancel``): it stops between bundles, or inside a
bundle's apply, which is then rolled back whole. Bundles already applied or written stay;
the report says what was not done (``cancelled``, ``not_applied``, ``not_written``).

Only names of exactly that shape are read: temporary files (``.NAME.….tmp``, Syncthing's
``.syncthing.NAME.tmp``, ``~syncthing~…``) and anything else are left alone. Two laptops may
sync through one folder at the same time: each writes and removes only its own files.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.atomic import atomic_write_bytes
from peerdesk.bounded_read import FileTooLarge, UnreadableFile, read_regular
from peerdesk.domain.message import Message, term
from peerdesk.errors import N_, BundleRefused, Cancelled, UsageError
from peerdesk.exchange.container import MAX_BUNDLE_BYTES
from peerdesk.services.exchange import ExchangeService, Progress, ShouldCancel
from peerdesk.storage import change_queries, exchange_queries

NAME = re.compile(r"pdx-([0-9a-f]{32})-([0-9a-f]{32})-([0-9a-f]{32})\.pdx\Z")


def bundle_name(recipient: str, sender: str, bundle: str) -> str:
    return f"pdx-{recipient}-{sender}-{bundle}.pdx"


@dataclass(frozen=True)
class SyncStep:
    """Where a sync is: ``phase`` "receive" (applying bundle ``bundle`` of ``bundles``,
    ``done`` of its ``total`` changes) or "send" (writing bundle ``bundle`` of
    ``bundles``; ``done`` and ``total`` 0)."""

    phase: str
    bundle: int
    bundles: int
    done: int = 0
    total: int = 0


SyncProgress = Callable[[SyncStep], None]


@dataclass
class SyncReport:
    applied: list[str] = field(default_factory=list)  # sender labels, one per bundle
    changes_received: int = 0
    written: list[str] = field(default_factory=list)  # recipient labels
    changes_sent: int = 0
    removed: int = 0
    #: one line per refused file (a ``Message``: the app says it in the person's language)
    refused: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # from laptops not known here yet
    ignored: list[str] = field(default_factory=list)  # from laptops removed from the group
    cancelled: bool = False  # stopped on request; what is listed above was done
    not_applied: int = 0  # bundles for this laptop left in the folder by the cancel
    not_written: int = 0  # laptops left without a new bundle by the cancel

    @property
    def ok(self) -> bool:
        return not self.refused


def sync_folder(service: ExchangeService, folder: Path, *,
                progress: SyncProgress | None = None,
                should_cancel: ShouldCancel | None = None) -> SyncReport:
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(Message(N_("There is no folder {folder} to sync through."),
                                 folder=str(folder)[:200]))
    report = SyncReport()
    db = service.ctx.db
    own = change_queries.self_device(db)
    if own is None:
        raise UsageError(N_("This vault has no laptop keys yet; unlock it once first."))
    run = _Run(progress, should_cancel)
    _apply_all(service, folder, own, report, run)
    if report.cancelled:
        return report
    # A fork found while applying moves this laptop to a new chain: write from that one.
    own = change_queries.self_device(db) or own
    _write_all(service, folder, own, report, run)
    return report


@dataclass(frozen=True)
class _Run:
    progress: SyncProgress | None
    should_cancel: ShouldCancel | None

    def stop(self) -> bool:
        return self.should_cancel is not None and self.should_cancel()

    def changes(self, bundle: int, bundles: int) -> Progress:
        """The progress of one bundle's apply, as steps of the run."""
        def tell(done: int, total: int) -> None:
            self.step("receive", bundle, bundles, done, total)
        return tell

    def step(self, phase: str, bundle: int, bundles: int, done: int = 0,
             total: int = 0) -> None:
        if self.progress is not None:
            self.progress(SyncStep(phase, bundle, bundles, done, total))


def _apply_all(service: ExchangeService, folder: Path, own: str, report: SyncReport,
               run: _Run) -> None:
    applied = exchange_queries.applied_bundles(service.ctx.db)
    entries = [e for e in sorted(os.scandir(folder), key=lambda e: e.name)
               if (m := NAME.match(e.name)) is not None and m.group(1) == own
               and m.group(3) not in applied]
    for number, entry in enumerate(entries, start=1):
        if run.stop():
            report.cancelled, report.not_applied = True, len(entries) - number + 1
            return
        run.step("receive", number, len(entries))
        try:
            data = read_regular(Path(entry.path), MAX_BUNDLE_BYTES, "The bundle")
            result = service.apply(data, should_cancel=run.should_cancel,
                                   progress=run.changes(number, len(entries)))
        except Cancelled:  # that bundle was rolled back whole
            report.cancelled, report.not_applied = True, len(entries) - number + 1
            return
        except (UnreadableFile, FileNotFoundError):
            continue  # removed by its writer meanwhile
        except FileTooLarge:
            report.refused.append(Message(N_("{file}: larger than peerdesk accepts"),
                                          file=entry.name))
            continue
        except BundleRefused as exc:
            if exc.reason == "unknown-sender":
                report.waiting.append(entry.name)
            elif exc.reason == "revoked-sender":
                report.ignored.append(entry.name)  # never applied; left for its writer
            else:
                report.refused.append(Message(N_("{file}: {reason}"), file=entry.name,
                                              reason=term(_text(exc))))
            continue
        if not result.already:
            report.applied.append(result.label or result.sender[:8])
            report.changes_received += result.changes


def _write_all(service: ExchangeService, folder: Path, own: str, report: SyncReport,
               run: _Run) -> None:
    db = service.ctx.db
    targets = _lacking_peers(service, own)
    for number, device_id in enumerate(targets, start=1):
        if run.stop():
            report.cancelled, report.not_written = True, len(targets) - number + 1
            break
        run.step("send", number, len(targets))
        try:
            made = service.make(device_id, should_cancel=run.should_cancel)
        except Cancelled:  # nothing recorded as sent for that laptop
            report.cancelled, report.not_written = True, len(targets) - number + 1
            break
        bundle = _bundle_id(made.data)
        name = bundle_name(device_id, own, bundle)
        atomic_write_bytes(folder / name, made.data, mode=0o600)
        with db.transaction():
            exchange_queries.set_file(db, bundle, name)
        report.written.append(made.label or device_id[:8])
        report.changes_sent += made.changes
    report.removed += _clean(service, folder, own)


def _lacking_peers(service: ExchangeService, own: str) -> list[str]:
    """The laptops that lack something this laptop holds, or have not heard what it
    holds."""
    db = service.ctx.db
    held = exchange_queries.held(db)
    peers = exchange_queries.peers(db)
    replaced = exchange_queries.succeeded(db)
    out = []
    for device in change_queries.devices(db):
        if device.id == own or device.revoked_at is not None or device.id in replaced:
            continue
        peer = peers.get(device.id)
        have = peer.have if peer else {}
        told = peer.told if peer else {}
        sent = peer.sent if peer else {}
        # A chain the peer lacks part of, unless the last bundle already carried all of it
        # that this laptop may pass on (a relay that stops) and nothing came since.
        behind = any(top > have.get(dev, 0)
                     and not (told.get(dev) == top and have.get(dev, 0) >= sent.get(dev, 0))
                     for dev, top in held.items())
        if not behind and told == held:
            continue
        out.append(device.id)
    return out


def _text(exc: Exception) -> str:
    """An error's own message as raised (a ``Message`` or an ``N_``-marked text)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def _bundle_id(data: bytes) -> str:
    from peerdesk.exchange.container import read_header

    return read_header(data).bundle


def _clean(service: ExchangeService, folder: Path, own: str) -> int:
    """Remove this laptop's bundles that a newer one for the same peer replaces (it carries
    everything above the peer's acknowledgement, so everything they did), or that the peer
    acknowledged in full."""
    db = service.ctx.db
    peers = exchange_queries.peers(db)
    written = [b for b in exchange_queries.written_bundles(db)
               if b.file_name and NAME.match(b.file_name)]
    newest: dict[str, str] = {}
    for row in written:  # oldest first
        newest[row.peer] = row.bundle
    removed = 0
    for row in written:
        peer = peers.get(row.peer)
        have = peer.have if peer else {}
        # A peer that acknowledged every change of a bundle has applied it; a bundle that
        # carries only this laptop's acknowledgement stays until a newer one replaces it.
        acknowledged = bool(row.upto) and all(
            have.get(dev, 0) >= seq for dev, seq in row.upto.items())
        if newest[row.peer] == row.bundle and not acknowledged:
            continue
        assert row.file_name is not None
        path = folder / row.file_name
        match = NAME.match(row.file_name)
        if match is None or match.group(2) != own:
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
        with db.transaction():
            exchange_queries.forget_file(db, row.bundle)
    return removed
