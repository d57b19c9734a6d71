"""SQL for the exchange between laptops: what each peer is known to hold, the bundles applied
and written here, what this laptop holds of every chain, and the few facts about records
that decide what a peer may receive (whose advisee, whose reflection). Deciding and
encoding live in ``peerdesk.vault.exchange_out`` and ``peerdesk.vault.exchange_scope``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from peerdesk.storage.change_queries import ChangeRow, iter_changes
from peerdesk.storage.database import Database
from peerdesk.storage.where import placeholders


@dataclass(frozen=True)
class PeerRow:
    device: str
    have: dict[str, int]
    told: dict[str, int]
    sent: dict[str, int]
    received_at: str | None
    sent_at: str | None


@dataclass(frozen=True)
class BundleRow:
    bundle: str
    direction: str
    peer: str
    at: str
    upto: dict[str, int]
    file_name: str | None
    #: It carries changes sent again because the peer's scope grew.
    resent: bool = False


def _seqs(text: str) -> dict[str, int]:
    data = json.loads(text)
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _dump(seqs: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(seqs.items())), separators=(",", ":"))


# -- what this laptop holds -----------------------------------------------------------------


def held(db: Database) -> dict[str, int]:
    """Per device, the highest seq held with every seq below it held too."""
    out: dict[str, int] = {}
    for device, top, n in db.query(
            "SELECT device, max(seq), count(*) FROM changes GROUP BY device"):
        if int(top) == int(n):
            out[str(device)] = int(top)
            continue
        seq = 0
        for (s,) in db.query("SELECT seq FROM changes WHERE device = ? ORDER BY seq",
                             (device,)):
            if int(s) != seq + 1:
                break
            seq = int(s)
        out[str(device)] = seq
    return out


def heads(db: Database, held_seqs: Mapping[str, int]) -> dict[str, str]:
    """The hash of each device's change at the given seq."""
    out: dict[str, str] = {}
    for device, seq in held_seqs.items():
        row = db.query_one("SELECT hash FROM changes WHERE device = ? AND seq = ?",
                           (device, seq))
        if row is not None:
            out[device] = str(row[0])
    return out


def changes_after(db: Database, device: str, after: int, upto: int,
                  batch: int = 2000) -> Iterator[ChangeRow]:
    """A device's changes with ``after`` < seq <= ``upto``, in seq order."""
    return iter_changes(db, device, batch, after=after, upto=upto)


def contents_between(db: Database, device: str, after: int,
                     upto: int) -> dict[int, list[tuple[str, str, str]]]:
    """The content rows of a device's changes ``after`` < seq <= ``upto``, by seq."""
    out: dict[int, list[tuple[str, str, str]]] = {}
    for seq, kind, rid, text in db.query(
            "SELECT seq, kind, record_id, content FROM change_content WHERE device = ? "
            "AND seq > ? AND seq <= ? ORDER BY seq, kind, record_id", (device, after, upto)):
        out.setdefault(int(seq), []).append((str(kind), str(rid), str(text)))
    return out


# -- peers ------------------------------------------------------------------------------------


def peer(db: Database, device: str) -> PeerRow | None:
    row = db.query_one("SELECT device, have, told, sent, received_at, sent_at "
                       "FROM exchange_peers WHERE device = ?", (device,))
    if row is None:
        return None
    return PeerRow(str(row[0]), _seqs(row[1]), _seqs(row[2]), _seqs(row[3]),
                   None if row[4] is None else str(row[4]),
                   None if row[5] is None else str(row[5]))


def peers(db: Database) -> dict[str, PeerRow]:
    out: dict[str, PeerRow] = {}
    for (device,) in db.query("SELECT device FROM exchange_peers ORDER BY device"):
        found = peer(db, str(device))
        if found is not None:
            out[found.device] = found
    return out


def _ensure(db: Database, device: str) -> None:
    db.execute("INSERT OR IGNORE INTO exchange_peers (device) VALUES (?)", (device,))


def record_received(db: Database, device: str, have: Mapping[str, int], at: str) -> None:
    """A bundle from ``device`` was applied: its acknowledgement is what it holds now (a
    lower one than before means it was restored from a backup, and gets more again)."""
    _ensure(db, device)
    db.execute("UPDATE exchange_peers SET have = ?, received_at = ? WHERE device = ?",
               (_dump(have), at, device))


def record_sent(db: Database, device: str, sent: Mapping[str, int],
                told: Mapping[str, int], at: str) -> None:
    _ensure(db, device)
    db.execute("UPDATE exchange_peers SET sent = ?, told = ?, sent_at = ? WHERE device = ?",
               (_dump(sent), _dump(told), at, device))


# -- bundles ----------------------------------------------------------------------------------


def add_bundle(db: Database, row: BundleRow) -> None:
    db.execute(
        "INSERT OR IGNORE INTO exchange_bundles (bundle, direction, peer, at, upto, file_name, "
        "resent) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (row.bundle, row.direction, row.peer, row.at, _dump(row.upto), row.file_name,
         int(row.resent)))


def applied_bundles(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query(
        "SELECT bundle FROM exchange_bundles WHERE direction = 'in'")}


def is_applied(db: Database, bundle: str) -> bool:
    return db.query_one("SELECT 1 FROM exchange_bundles WHERE bundle = ? AND direction = 'in'",
                        (bundle,)) is not None


def written_bundles(db: Database) -> list[BundleRow]:
    return [BundleRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), _seqs(r[4]),
                      None if r[5] is None else str(r[5]), bool(r[6]))
            for r in db.query("SELECT bundle, direction, peer, at, upto, file_name, resent "
                              "FROM exchange_bundles WHERE direction = 'out' AND "
                              "file_name IS NOT NULL ORDER BY at, bundle")]


def forget_file(db: Database, bundle: str) -> None:
    db.execute("UPDATE exchange_bundles SET file_name = NULL WHERE bundle = ?", (bundle,))


# -- facts that decide scope --------------------------------------------------------------------


@dataclass(frozen=True)
class Relations:
    """Who each record concerns, read from the records as they are now."""

    advisee_advisors: dict[str, frozenset[str]]
    session_advisee: dict[str, str]
    reflection_author: dict[str, str]
    agreement_advisor: dict[str, str]
    breach_agreement: dict[str, str]
    note_advisors: dict[str, frozenset[str]]
    escalation_advisee: dict[str, str]
    event_escalation: dict[str, str]
    disclosure_escalation: dict[str, str]
    report_by: dict[str, str]


def _pairs(db: Database, sql: str, ids: Iterable[str]) -> dict[str, str]:
    """``sql`` selects (id, value) with ``{}`` for the id placeholders; in chunks."""
    out: dict[str, str] = {}
    wanted = sorted(set(ids))
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        out.update((str(a), str(b)) for a, b in db.query(sql.format(placeholders(chunk)),
                                                          chunk))
    return out


def _groups(db: Database, sql: str, ids: Iterable[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    wanted = sorted(set(ids))
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        for a, b in db.query(sql.format(placeholders(chunk)), chunk):
            out.setdefault(str(a), set()).add(str(b))
    return {k: frozenset(v) for k, v in out.items()}


def relations(db: Database, wanted: Mapping[str, Iterable[str]]) -> Relations:
    """Who the records ``wanted`` (kind -> ids) concern, and what they hang on."""
    def ids(kind: str) -> list[str]:
        return list(wanted.get(kind, ()))

    breach_agreement = _pairs(db, "SELECT id, agreement_id FROM breaches WHERE id IN ({})",
                              ids("breach"))
    agreement_advisor = _pairs(
        db, "SELECT id, advisor_id FROM agreements WHERE id IN ({})",
        ids("agreement") + list(breach_agreement.values()))
    event_escalation = _pairs(
        db, "SELECT id, escalation_id FROM escalation_events WHERE id IN ({})",
        ids("escalation_event"))
    disclosure_escalation = _pairs(
        db, "SELECT id, escalation_id FROM disclosures WHERE id IN ({})", ids("disclosure"))
    escalation_advisee = _pairs(
        db, "SELECT id, advisee_id FROM escalations WHERE id IN ({})",
        ids("escalation") + list(event_escalation.values())
        + list(disclosure_escalation.values()))
    session_advisee = _pairs(db, "SELECT id, advisee_id FROM sessions WHERE id IN ({})",
                             ids("session"))
    advisees = ids("advisee") + list(session_advisee.values()) + list(
        escalation_advisee.values())
    return Relations(
        advisee_advisors=_groups(db, "SELECT advisee_id, advisor_id FROM advisee_advisors "
                                     "WHERE advisee_id IN ({})", advisees),
        session_advisee=session_advisee,
        reflection_author=_pairs(db, "SELECT id, author_id FROM reflections WHERE id IN ({})",
                                 ids("reflection")),
        agreement_advisor=agreement_advisor,
        breach_agreement=breach_agreement,
        note_advisors=_groups(db, "SELECT note_id, advisor_id FROM supervision_advisors "
                                  "WHERE note_id IN ({})", ids("supervision_note")),
        escalation_advisee=escalation_advisee,
        event_escalation=event_escalation,
        disclosure_escalation=disclosure_escalation,
        report_by=_pairs(db, "SELECT id, by FROM issued_reports WHERE id IN ({})",
                         ids("issued_report")),
    )


def member_roles(db: Database, member_ids: list[str]) -> dict[str, list[str]]:
    """The roles of each of these members who is active (absent: no such member, or one
    who left the group)."""
    out: dict[str, list[str]] = {}
    for mid in member_ids:
        row = db.query_one("SELECT roles FROM members WHERE id = ? AND deleted_at IS NULL "
                           "AND active = 1", (mid,))
        if row is not None:
            roles = json.loads(row[0])
            out[mid] = [str(r) for r in roles] if isinstance(roles, list) else []
    return out


def mark_revoked(db: Database, device: str, at: str) -> None:
    db.execute("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
               (at, device))


def set_file(db: Database, bundle: str, file_name: str) -> None:
    db.execute("UPDATE exchange_bundles SET file_name = ? WHERE bundle = ?",
               (file_name, bundle))


def required_defaults(db: Database, table: str) -> dict[str, object]:
    """The declared default of each NOT NULL column of ``table`` that has one (for a stub,
    which leaves such columns out)."""
    out: dict[str, object] = {}
    for _cid, name, _type, notnull, default, _pk in db.query(
            f'PRAGMA table_info("{table}")'):
        if not notnull or default is None:
            continue
        text = str(default)
        if text.startswith("'") and text.endswith("'"):
            out[str(name)] = text[1:-1].replace("''", "'")
        elif text.lstrip("-").isdigit():
            out[str(name)] = int(text)
    return out


def replace_self(db: Database, device: str, keys: bytes) -> None:
    """This laptop continues on a new device chain (after a fork)."""
    db.execute("UPDATE device_self SET device = ?, keys = ? WHERE one = 1", (device, keys))


def fork_seq(db: Database, device: str) -> int | None:
    """The lowest seq at which a change of ``device`` arrived that differs from the one held."""
    value = db.scalar("SELECT min(seq) FROM forks WHERE device = ?", (device,))
    return None if value is None else int(value)


def succeeded(db: Database) -> set[str]:
    """Devices a newer chain of the same laptop replaced (nothing is sealed to them)."""
    return {str(r[0]) for r in db.query(
        "SELECT predecessor FROM devices WHERE predecessor IS NOT NULL")}


def has_predecessor(db: Database, device: str) -> bool:
    return db.query_one("SELECT 1 FROM devices WHERE id = ? AND predecessor IS NOT NULL",
                        (device,)) is not None


def account_keys(db: Database) -> list[tuple[str, str]]:
    """(member, public signing key) of every login this vault has had."""
    return [(str(m), str(k)) for m, k in db.query("SELECT member_id, sign_public FROM accounts")]


def predecessor(db: Database, device: str) -> str | None:
    value = db.scalar("SELECT predecessor FROM devices WHERE id = ?", (device,))
    return None if value is None else str(value)


def device_added_details(db: Database, device: str) -> str | None:
    """The details (JSON text) of the ``device.added`` change that added ``device``."""
    value = db.scalar(
        # exactly the expressions of the index changes_device_added (migration 0012)
        "SELECT json_extract(envelope, '$.details') FROM changes "
        "WHERE json_extract(envelope, '$.action') = 'device.added' "
        "AND json_extract(envelope, '$.details.device.id') = ? ORDER BY seq LIMIT 1",
        (device,))
    return None if value is None else str(value)
