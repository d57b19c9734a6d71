"""The exchange between laptops, for front ends: pairing, bundles, the laptops of the group.

Every call checks who is acting: only a coordinator adds or removes a laptop; any member
who can unlock this laptop may make and apply bundles (what travels is decided by the
receiving laptop's members, never by who carries the file). Results carry what the desktop
shows: each laptop, its members, when something was last received from it and sent to it,
and how many changes it is still waiting for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerdesk.crypto import keyslots
from peerdesk.crypto.keyslots import KeySlot, SlotOpenError, passphrase_secret
from peerdesk.domain.message import Message
from peerdesk.domain.permissions import Actor
from peerdesk.domain.vocab import Role
from peerdesk.errors import (
    N_,
    BundleRefused,
    Cancelled,
    NotFound,
    PermissionDenied,
    UsageError,
    WrongPassphrase,
)
from peerdesk.exchange import payload as payload_format
from peerdesk.exchange.container import open_bundle, read_header, seal_bundle
from peerdesk.exchange.join_request import (
    JoinRequest,
    clean_label,
    encode_join_request,
    read_join_request,
)
from peerdesk.exchange.payload import Payload, Snapshot
from peerdesk.services.context import ServiceContext
from peerdesk.storage import change_queries, exchange_queries, member_queries, vault_tables
from peerdesk.storage.change_queries import DeviceRow
from peerdesk.storage.exchange_queries import BundleRow
from peerdesk.storage.vault_tables import AccountInfo
from peerdesk.vault import change_log, device_consent, exchange_in, join_pending, replica
from peerdesk.vault.exchange_in import Received
from peerdesk.vault.exchange_out import lacking
from peerdesk.vault.layout import iso, utc_now
from peerdesk.vault.scope_growth import SentLevels

#: ``progress(done, total)``: changes of one bundle applied so far (the one way long work
#: reports, as reports do); ``should_cancel()``: asked between steps, True stops the work
#: with ``Cancelled`` and nothing of the step in hand changed.
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

DEVICE_ADDED = "device.added"
DEVICE_REVOKED = "device.revoked"


@dataclass(frozen=True)
class Laptop:
    device_id: str
    label: str
    member_ids: tuple[str, ...]
    members: tuple[str, ...]  # display names
    this_laptop: bool
    added_at: str
    revoked_at: str | None
    last_received: str | None
    last_sent: str | None
    #: Changes this laptop holds that it is not known to hold yet.
    waiting: int


@dataclass(frozen=True)
class Made:
    data: bytes
    recipient: str
    label: str
    changes: int


@dataclass(frozen=True)
class Applied:
    sender: str
    label: str
    changes: int
    already: bool
    result: Any = None


@dataclass(frozen=True)
class Added:
    device_id: str
    safety_number: str
    snapshot: Made


def may_manage_laptops(actor: Actor) -> bool:
    """Only a coordinator (acting as a member, not with the recovery key) adds or removes a
    laptop; the laptops receiving the change check the same rule."""
    return Role.COORDINATOR in actor.roles and bool(actor.member_id)


def start_join(folder: Path, label: str, passphrase: str) -> tuple[JoinRequest, bytes]:
    """``peerdesk join``: device keys for a new laptop, sealed in ``folder``; returns the
    request and its file's bytes (signed by the new keys)."""
    request, keys = join_pending.start_join(folder, clean_label(label), passphrase)
    return request, encode_join_request(request, keys)


def apply_first_snapshot(folder: Path, data: bytes, passphrase: str) -> Applied:
    """Build this laptop's vault in ``folder`` from its first snapshot."""
    pending = join_pending.load_pending(folder)
    if pending is None:
        raise UsageError(Message(N_("There is no vault in {folder} and this laptop has not "
                                    "asked to join there (run peerdesk join first)."),
                                 folder=str(folder)))
    keys = pending.open(passphrase)
    header = read_header(data)
    opened = open_bundle(data, me=keys, group=header.group, known={},
                         trust_sender_keys=True)
    if header.kind != "snapshot":
        raise BundleRefused("unknown-sender", N_("This laptop has no vault yet; it needs the "
                                                 "first snapshot a coordinator made for it."))
    body = payload_format.decode(opened.payload, snapshot=True)
    assert body.snapshot is not None
    plan = replica.plan(body.snapshot, header.group, keys.public)
    received = Received(header, body)
    result = replica.build_replica(
        folder, group=header.group, snapshot=body.snapshot, replica=plan, keys=keys,
        sender=header.sender, apply=lambda vault: exchange_in.apply_received(vault, received))
    join_pending.finish(folder)
    return Applied(header.sender, _label_in(body.snapshot, header.sender),
                   len(body.changes), False, result)


def _label_in(snapshot: Snapshot, device: str) -> str:
    return next((str(d.get("label", "")) for d in snapshot.devices if d.get("id") == device), "")


class ExchangeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def _db(self) -> Any:
        return self.ctx.db

    def _own(self) -> str:
        own = change_queries.self_device(self._db)
        if own is None:
            raise UsageError(N_("This vault has no laptop keys yet; unlock it once first."))
        return own

    def _device(self, device_id: str) -> DeviceRow:
        rows = [d for d in change_queries.devices(self._db)
                if d.id == device_id or (len(device_id) >= 6 and d.id.startswith(device_id))]
        if len(rows) != 1:
            raise NotFound(N_("No laptop of this group has that id (see peerdesk device list)."))
        return rows[0]

    # -- the laptops --------------------------------------------------------------------
    def laptops(self) -> list[Laptop]:
        db = self._db
        own = change_queries.self_device(db)
        names = member_queries.names(db)
        peers = exchange_queries.peers(db)
        held = exchange_queries.held(db)
        out = []
        for d in change_queries.devices(db):
            peer = peers.get(d.id)
            have = peer.have if peer else {}
            waiting = 0 if d.id == own else sum(
                max(0, top - have.get(dev, 0)) for dev, top in held.items())
            out.append(Laptop(
                d.id, d.label, d.members, tuple(names.get(m, "?") for m in d.members),
                d.id == own, d.added_at, d.revoked_at,
                peer.received_at if peer else None, peer.sent_at if peer else None, waiting))
        return out

    # -- pairing ------------------------------------------------------------------------
    def read_request(self, data: bytes) -> JoinRequest:
        return read_join_request(data)

    def add_laptop(self, request: JoinRequest, usernames: Sequence[str],
                   label: str | None = None,
                   passphrases: Mapping[str, str] | None = None) -> Added:
        """Add the laptop of ``request`` for the members with these logins; returns its
        first snapshot (every change in their scope, the directory, their key slots).

        Each member confirms with their own passphrase (``passphrases``: login ->
        passphrase; the acting coordinator's own login needs none)."""
        ctx = self.ctx
        self.check_may_add()
        db = self._db
        device_id = request.device.device_id
        if any(d.id == device_id for d in change_queries.devices(db)):
            raise UsageError(N_("That laptop is already part of the group."))
        accounts = []
        for name in usernames:
            info = vault_tables.account_by_username(db, name.strip())
            if info is None:
                raise NotFound(Message(N_("No login named {name}."), name=name.strip()[:64]))
            accounts.append(info)
        if not accounts:
            raise UsageError(N_("Choose at least one member who will use the new laptop."))
        members = sorted({a.member_id for a in accounts})
        text = clean_label(label or request.label)
        public = request.device.to_json()
        consent = self._consent(device_id, accounts, passphrases or {})
        details = {"device": public, "label": text, "members": members, "consent": consent}
        now = iso(utc_now())
        with ctx.vault.write(DEVICE_ADDED, "device", device_id,
                             {"device_id": device_id, "members": members}) as wdb:
            change_queries.add_device(wdb, DeviceRow(
                device_id, text, public["sign"], public["kem_x25519"],
                public["kem_mlkem768"], tuple(members), ctx.actor.member_id, now, None))
            change_log.log_event(wdb, group=ctx.vault.vault_id, author=ctx.vault._author(),
                                 action=DEVICE_ADDED, details=details)
        slots = [s.to_dict() for s in ctx.vault.slot_file.slots
                 if s.kind == "recovery" or s.account_id in {a.account_id for a in accounts}]
        snapshot = Snapshot(
            group_name=vault_tables.get_meta(db, "group_name") or "",
            timezone=vault_tables.get_meta(db, "timezone") or "UTC",
            devices=tuple(_directory_entry(d) for d in change_queries.devices(db)),
            slots=tuple(slots),
            accounts=tuple({"account_id": a.account_id, "member_id": a.member_id,
                            "username": a.username} for a in accounts),
        )
        made = self._seal(self._device(device_id), {}, snapshot)
        return Added(device_id, request.safety_number, made)

    def check_may_add(self) -> None:
        if not may_manage_laptops(self.ctx.actor):
            raise PermissionDenied(N_("Only a coordinator can add a laptop to the group."))

    def _consent(self, device_id: str, accounts: Sequence[AccountInfo],
                 passphrases: Mapping[str, str]) -> dict[str, dict[str, str]]:
        """Each chosen member's confirmation, signed with their own account key."""
        vault = self.ctx.vault
        out: dict[str, dict[str, str]] = {}
        for info in accounts:
            if info.account_id == vault.account_id:
                key, public = vault.keys.signing_key, vault._slot.sign_public
            else:
                key, public = _open_login(vault.slot_file.account_slots(info.username),
                                          passphrases.get(info.username, ""), info.username)
            out[info.member_id] = device_consent.sign(key, public, vault.vault_id, device_id,
                                                      info.member_id)
        return out

    def revoke(self, device_id: str) -> Laptop:
        """Remove a laptop from the group: nothing new is sealed to it, and what it writes
        after this point is quarantined everywhere. What it holds already stays on it."""
        ctx = self.ctx
        if not may_manage_laptops(ctx.actor):
            raise PermissionDenied(N_("Only a coordinator can remove a laptop from the group."))
        row = self._device(device_id)
        if row.id == self._own():
            raise UsageError(N_("A laptop cannot remove itself; remove it from another laptop."))
        if row.revoked_at is not None:
            raise UsageError(N_("That laptop was already removed from the group."))
        cutoff = exchange_queries.held(self._db).get(row.id, 0)
        now = iso(utc_now())
        with ctx.vault.write(DEVICE_REVOKED, "device", row.id,
                             {"device_id": row.id, "cutoff": cutoff}) as wdb:
            exchange_queries.mark_revoked(wdb, row.id, now)
            change_log.log_event(wdb, group=ctx.vault.vault_id, author=ctx.vault._author(),
                                 action=DEVICE_REVOKED,
                                 details={"device": row.id, "cutoff": cutoff})
        return next(lap for lap in self.laptops() if lap.device_id == row.id)

    # -- bundles ------------------------------------------------------------------------
    def make(self, device_id: str, *, should_cancel: ShouldCancel | None = None) -> Made:
        """A bundle with what that laptop lacks (from its last acknowledgement). A cancel
        (``should_cancel``) before the bundle is recorded as sent changes nothing."""
        row = self._device(device_id)
        if row.id == self._own():
            raise UsageError(N_("That is this laptop; choose another laptop of the group."))
        if row.revoked_at is not None:
            raise PermissionDenied(N_("That laptop was removed from the group; nothing new "
                                      "is sent to it."))
        if row.id in exchange_queries.succeeded(self._db):
            raise UsageError(N_("That laptop continues under a newer id (it was restored "
                                "from a backup); see peerdesk device list."))
        peer = exchange_queries.peer(self._db, row.id)
        return self._seal(row, peer.have if peer else {}, None, should_cancel=should_cancel)

    def _seal(self, row: DeviceRow, peer_has: dict[str, int],
              snapshot: Snapshot | None, file_name: str | None = None,
              should_cancel: ShouldCancel | None = None) -> Made:
        db = self._db
        _check(should_cancel)
        members = device_consent.members_of(db, self.ctx.vault.vault_id, row)
        sent = SentLevels()
        changes, upto = lacking(db, peer_members=members, peer_has=peer_has, peer=row.id,
                                sent=sent)
        _check(should_cancel)
        held = exchange_queries.held(db)
        heads = exchange_queries.heads(db, held)
        held = {d: s for d, s in held.items() if d in heads}
        body = payload_format.encode(Payload(held, tuple(changes), snapshot, heads))
        keys = exchange_in.own_keys(db)
        data = seal_bundle(body, kind="changes" if snapshot is None else "snapshot",
                           group=self.ctx.vault.vault_id, sender=keys,
                           recipients={row.id: exchange_in.public_of(row)},
                           include_sender_keys=snapshot is not None
                           or exchange_queries.has_predecessor(db, keys.public.device_id))
        header = read_header(data)
        _check(should_cancel)  # the last moment: after this the bundle counts as sent
        now = iso(utc_now())
        with db.transaction():
            exchange_queries.record_sent(db, row.id, upto, held, now)
            exchange_queries.add_bundle(db, BundleRow(header.bundle, "out", row.id, now,
                                                      upto, file_name, bool(sent.reset)))
            sent.record(db, row.id, header.bundle)
        return Made(data, row.id, row.label, len(changes))

    def apply(self, data: bytes, *, progress: Progress | None = None,
              should_cancel: ShouldCancel | None = None) -> Applied:
        """Apply a bundle made for this laptop. Refusals raise ``BundleRefused`` (exit 7)
        with nothing changed; a bundle applied before changes nothing. ``progress`` hears
        the changes applied; a cancel raises ``Cancelled`` and the whole bundle is rolled
        back (one transaction)."""
        db = self._db
        received = exchange_in.open_received(db, self.ctx.vault.vault_id, data)
        header = received.header
        label = next((d.label for d in change_queries.devices(db) if d.id == header.sender),
                     "")
        if exchange_queries.is_applied(db, header.bundle):
            return Applied(header.sender, label, len(received.payload.changes), True)
        _check(should_cancel)
        result = exchange_in.apply_received(self.ctx.vault, received, progress, should_cancel)
        return Applied(header.sender, label, len(received.payload.changes), False, result)


def _check(should_cancel: ShouldCancel | None) -> None:
    if should_cancel is not None and should_cancel():
        raise Cancelled(N_("The exchange was stopped; nothing of the step in hand was done."))


def _open_login(slots: Sequence[KeySlot], passphrase: str,
                username: str) -> tuple[Ed25519PrivateKey, str]:
    """A member's signing key, opened with their own passphrase."""
    for slot in slots:
        try:
            _box, key = keyslots.open_secret(slot, passphrase_secret(passphrase, slot.version))
        except SlotOpenError:
            continue
        return key, slot.sign_public
    raise WrongPassphrase(Message(N_("That is not the passphrase of {name}; nothing was "
                                  "changed."), name=username[:64]))


def _directory_entry(row: DeviceRow) -> dict[str, Any]:
    return {"id": row.id, "sign": row.sign_public, "kem_x25519": row.kem_x25519,
            "kem_mlkem768": row.kem_mlkem768, "label": row.label,
            "members": list(row.members), "added_by": row.added_by,
            "added_at": row.added_at, "revoked_at": row.revoked_at}
