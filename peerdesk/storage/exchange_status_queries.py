"""SQL for what the desktop shows about the exchange beyond the exchange service itself:
open escalations whose every change was made on this laptop (so no other laptop can have
them from anyone but us). Deciding whether a peer has been sent them is the service's job
(``peerdesk.services.exchange_status``)."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database


@dataclass(frozen=True)
class LocalEscalation:
    id: str
    advisee_id: str
    advisee_code: str
    raised_at: str
    level: str
    raised_by: str
    #: The first change of this laptop's chain that carries the escalation.
    first_seq: int


def local_only_escalations(db: Database, own_device: str) -> list[LocalEscalation]:
    """Escalations not closed or deleted that only this laptop's chain carries, newest
    first."""
    rows = db.query(
        "SELECT e.id, e.advisee_id, a.code, e.raised_at, e.level, e.raised_by, min(cc.seq) "
        "FROM escalations e JOIN advisees a ON a.id = e.advisee_id "
        "JOIN change_content cc ON cc.kind = 'escalation' AND cc.record_id = e.id "
        "AND cc.device = ? "
        "WHERE e.state != 'closed' AND e.deleted_at IS NULL AND NOT EXISTS ("
        "  SELECT 1 FROM change_content o WHERE o.kind = 'escalation' "
        "  AND o.record_id = e.id AND o.device != ?) "
        "GROUP BY e.id ORDER BY e.raised_at DESC, e.id",
        (own_device, own_device),
    )
    return [LocalEscalation(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                            str(r[5]), int(r[6]))
            for r in rows]
