"""The exchange work the app runs on the worker thread, and what each returns to the GUI.

Every function here runs off the GUI thread (``ctx.run``/``ctx.run_write``) and returns a
small result instead of raising for what a person can meet in daily use: a refused bundle
comes back as an :class:`Opened` with the refusal's reason and the names the app knows
(which laptop the file was made for), so the page can say it in plain words
(:mod:`ui.widgets.exchange_refusal`). Files are read through the bounded reader and
written atomically; nothing here logs a path's content or a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from peerdesk.atomic import atomic_write_bytes
from peerdesk.bounded_read import FileTooLarge, UnreadableFile, read_regular
from peerdesk.errors import BundleRefused, UsageError
from peerdesk.exchange.container import MAX_BUNDLE_BYTES, read_header
from peerdesk.services.change import Change
from ui.conflict_actions import decision_count
from ui.worker import CancelToken

#: Record kinds a received bundle can change; each page refreshes for its own kinds.
RECORD_KINDS = ("member", "advisee", "session", "reflection", "agreement", "breach",
                "supervision_note", "escalation", "escalation_event", "disclosure",
                "referral_resource", "issued_report")


def changes_for(result: Any) -> list[Change]:
    """The ``Change``s to publish after received changes were applied, so every page shows
    them: one per record kind the apply result names (``records``: (kind, id) pairs), or
    one per kind when there is no result to go by (an exchange through a folder)."""
    records = getattr(result, "records", None)
    by_kind: dict[str, list[str]] = {}
    if records is None:
        by_kind = {kind: [] for kind in RECORD_KINDS}
    else:
        for kind, record_id in sorted(records):
            by_kind.setdefault(str(kind), []).append(str(record_id))
    return [Change(kind, "received", tuple(ids), 0) for kind, ids in by_kind.items()]


@dataclass(frozen=True)
class Opened:
    """A bundle opened from a file: applied, already applied, or refused."""

    sender_label: str = ""
    changes: int = 0
    already: bool = False
    refused: str = ""  # a ``BundleRefused.reason``; empty when applied
    made_for: tuple[str, ...] = ()
    sender: str = ""
    result: Any = None

    @property
    def ok(self) -> bool:
        return not self.refused


@dataclass(frozen=True)
class Saved:
    path: Path
    label: str
    changes: int


@dataclass
class Exchanged:
    """What "Exchange now" did through the folder."""

    received_from: list[str] = field(default_factory=list)
    changes_received: int = 0
    sent_to: list[str] = field(default_factory=list)
    changes_sent: int = 0
    refused: list[str] = field(default_factory=list)
    waiting: int = 0
    report: Any = None
    cancelled: bool = False
    not_applied: int = 0  # bundles for this laptop the cancel left in the folder
    not_written: int = 0  # laptops the cancel left without a new bundle


def _labels(ws: Any) -> dict[str, str]:
    return {lap.device_id: lap.label for lap in ws.exchange.laptops()}


def open_bundle_file(ws: Any, path: Path, token: CancelToken | None = None) -> Opened:
    """Read ``path`` (bounded) and apply it. One transaction: all of it or nothing."""
    try:
        data = read_regular(Path(path), MAX_BUNDLE_BYTES, "The bundle")
    except FileTooLarge:
        return Opened(refused="too-large")
    except (UnreadableFile, OSError) as exc:
        raise UsageError(str(exc) if isinstance(exc, UnreadableFile)
                         else "That file cannot be read.") from None
    try:
        applied = ws.exchange.apply(
            data, should_cancel=None if token is None else (lambda: token.cancelled),
            progress=None if token is None else (
                lambda done, total: token.report(done, total, changes_text(done, total))))
    except BundleRefused as exc:
        made_for: tuple[str, ...] = ()
        sender = ""
        try:
            header = read_header(data)
        except BundleRefused:
            header = None
        if header is not None:
            labels = _labels(ws)
            made_for = tuple(labels[r] for r in header.recipients if r in labels)
            sender = labels.get(header.sender, "")
        return Opened(refused=exc.reason, made_for=made_for, sender=sender)
    return Opened(sender_label=applied.label, changes=applied.changes,
                  already=applied.already, result=applied.result)


def save_bundle_for(ws: Any, device_id: str, path: Path,
                    token: CancelToken | None = None) -> Saved:
    """A bundle with what that laptop lacks, written to ``path`` (temp file, then rename).
    A cancel before the bundle is recorded as sent writes nothing."""
    made = ws.exchange.make(device_id, should_cancel=None if token is None
                            else (lambda: token.cancelled))
    atomic_write_bytes(Path(path), made.data, mode=0o600)
    return Saved(Path(path), made.label, made.changes)


def exchange_through(ws: Any, folder: Path, token: CancelToken | None = None) -> Exchanged:
    """Apply what the folder holds for this laptop and leave what each peer lacks."""
    from peerdesk.services.exchange_sync import sync_folder

    def progress(step: Any) -> None:
        if token is not None:  # a cancel is asked apart, between steps
            token.show(step.done, step.total, sync_step_text(step))

    report = sync_folder(ws.exchange, Path(folder), progress=progress,
                         should_cancel=None if token is None else (lambda: token.cancelled))
    return Exchanged(list(report.applied), report.changes_received, list(report.written),
                     report.changes_sent, list(report.refused), len(report.waiting), report,
                     report.cancelled, report.not_applied, report.not_written)


def _number(n: int) -> str:
    """A count with Latin digits and thousands commas ("1,200"), as the app writes them."""
    return f"{n:,}"


def changes_text(done: int, total: int) -> str:
    """ "1,200 of 3,000 changes" (empty before the count is known)."""
    if total <= 0:
        return ""
    if total == 1:
        return QCoreApplication.translate("ExchangeProgress", "%1 of 1 change").replace(
            "%1", _number(done))
    return QCoreApplication.translate("ExchangeProgress", "%1 of %2 changes").replace(
        "%1", _number(done)).replace("%2", _number(total))


def sync_step_text(step: Any) -> str:
    """What the bar says during a sync: "Bundle 2 of 5 · 1,200 of 3,000 changes" while
    receiving, "Writing a bundle for laptop 1 of 2" while sending."""
    if step.phase == "send":
        return QCoreApplication.translate(
            "ExchangeProgress", "Writing a bundle for laptop %1 of %2").replace(
            "%1", _number(step.bundle)).replace("%2", _number(step.bundles))
    text = QCoreApplication.translate("ExchangeProgress", "Bundle %1 of %2").replace(
        "%1", _number(step.bundle)).replace("%2", _number(step.bundles))
    changes = changes_text(step.done, step.total)
    return f"{text} · {changes}" if changes else text


@dataclass(frozen=True)
class ExchangeView:
    """Everything the Exchange page shows, read in one call."""

    laptops: list[Any]
    this_laptop: Any
    reminder: Any
    unsent: list[Any]


def load_exchange_view(ws: Any) -> ExchangeView:
    status = ws.exchange_status
    return ExchangeView(list(ws.exchange.laptops()), status.this_laptop(), status.reminder(),
                        status.unsent_escalations())


@dataclass(frozen=True)
class Alerts:
    """What Home and the status bar say about the exchange."""

    unsent: list[Any]
    reminder: Any
    decisions: int


def load_alerts(ws: Any) -> Alerts:
    status = ws.exchange_status
    return Alerts(status.unsent_escalations(), status.reminder(), decision_count(ws))


