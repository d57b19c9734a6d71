"""What the desktop shows about the exchange besides the exchange itself: this laptop's name
and id, whether it is time to exchange again, and escalations raised here that no other
laptop has yet (so the person knows to phone the supervisor).

It reads the device directory and what the exchange service records about each peer
(``exchange_peers``); it writes nothing. "Sent" means a bundle carrying the change was made
for that laptop (saved in the exchange folder or as a file to hand over); what happens to
the file after that, peerdesk cannot know until the peer answers, which is why the banner
speaks of the supervisor's laptop and tells the person to phone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peerdesk.domain.vocab import Role
from peerdesk.services.context import ServiceContext
from peerdesk.services.settings import SettingsService
from peerdesk.storage import (
    change_queries,
    exchange_queries,
    exchange_status_queries,
    member_queries,
)


@dataclass(frozen=True)
class ThisLaptop:
    device_id: str
    label: str
    #: Other laptops of the group that are not removed.
    peers: int


@dataclass(frozen=True)
class Reminder:
    """This laptop has not exchanged for longer than the group's setting."""

    days: int  # whole days since the last exchange (or since pairing)
    setting_days: int
    never: bool  # no exchange at all since this laptop joined the group


@dataclass(frozen=True)
class UnsentEscalation:
    escalation_id: str
    advisee_code: str
    level: str
    raised_at: str
    #: True when the group has a supervisor's laptop (the sentence names it), else the
    #: escalation is on no other laptop at all.
    supervisor_laptop: bool


def _parse(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None


class ExchangeStatusService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def this_laptop(self) -> ThisLaptop | None:
        """This laptop's name and device id (None for a vault without device keys yet)."""
        db = self.ctx.db
        own = change_queries.self_device(db)
        if own is None:
            return None
        devices = change_queries.devices(db)
        label = next((d.label for d in devices if d.id == own), "")
        peers = sum(1 for d in devices if d.id != own and d.revoked_at is None)
        return ThisLaptop(own, label, peers)

    def reminder(self, now: datetime | None = None) -> Reminder | None:
        """A reminder when the group has other laptops and this one has neither sent nor
        received anything for longer than the group's ``exchange_reminder_days``."""
        db = self.ctx.db
        own = change_queries.self_device(db)
        if own is None:
            return None
        others = [d for d in change_queries.devices(db) if d.id != own and d.revoked_at is None]
        if not others:
            return None
        setting = SettingsService(self.ctx)._load().exchange_reminder_days
        peers = exchange_queries.peers(db)
        stamps = [_parse(p.received_at) for p in peers.values()]
        stamps += [_parse(p.sent_at) for p in peers.values()]
        last = max((s for s in stamps if s is not None), default=None)
        since = last or max((s for s in (_parse(d.added_at) for d in others) if s is not None),
                            default=None)
        if since is None:
            return None
        elapsed = (now or self.ctx.now()) - since
        if elapsed <= timedelta(days=setting):
            return None
        return Reminder(elapsed.days, setting, last is None)

    def unsent_escalations(self) -> list[UnsentEscalation]:
        """Open escalations raised on this laptop that no bundle has carried to the
        supervisor's laptop yet (to any other laptop, when no laptop has a supervisor).

        A coordinator or a supervisor sees every such escalation; anyone else the ones
        they raised. Empty while the group works on one laptop."""
        db = self.ctx.db
        own = change_queries.self_device(db)
        if own is None:
            return []
        others = [d for d in change_queries.devices(db) if d.id != own and d.revoked_at is None]
        if not others:
            return []
        roles = exchange_queries.member_roles(db, sorted({m for d in others for m in d.members}))
        supervised = [d for d in others
                      if any(Role.SUPERVISOR.value in roles.get(m, ()) for m in d.members)]
        targets = supervised or others
        peers = exchange_queries.peers(db)

        def reached(seq: int) -> bool:
            for device in targets:
                peer = peers.get(device.id)
                if peer is not None and max(peer.sent.get(own, 0), peer.have.get(own, 0)) >= seq:
                    return True
            return False

        actor = self.ctx.actor
        sees_all = bool(actor.roles & {Role.COORDINATOR, Role.SUPERVISOR})
        return [
            UnsentEscalation(e.id, e.advisee_code, e.level, e.raised_at, bool(supervised))
            for e in exchange_status_queries.local_only_escalations(db, own)
            if (sees_all or e.raised_by == actor.member_id) and not reached(e.first_seq)
        ]

    def member_names(self) -> dict[str, str]:
        return member_queries.names(self.ctx.db)
