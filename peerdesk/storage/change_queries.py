"""SQL for the change log: the device directory, this laptop's device keys, and the rows of
every device chain held (``changes``) with the record content they carry
(``change_content``). Hashing, signing and checking live in ``peerdesk.vault.change_log``
and ``peerdesk.vault.change_check``; this module only reads and writes rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import placeholders

CHANGE_COLUMNS = ("device", "seq", "prev", "digest", "hash", "envelope", "signature")


@dataclass(frozen=True)
class DeviceRow:
    id: str
    label: str
    sign_public: str
    kem_x25519: str
    kem_mlkem768: str
    members: tuple[str, ...]
    added_by: str
    added_at: str
    revoked_at: str | None


@dataclass(frozen=True)
class ChangeRow:
    device: str
    seq: int
    prev: str
    digest: str
    hash: str
    envelope: str | None
    signature: str | None


def add_device(db: Database, row: DeviceRow) -> None:
    db.execute(
        "INSERT INTO devices (id, label, sign_public, kem_x25519, kem_mlkem768, members, "
        "added_by, added_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row.id, row.label, row.sign_public, row.kem_x25519, row.kem_mlkem768,
         json.dumps(sorted(row.members)), row.added_by, row.added_at, row.revoked_at),
    )


def devices(db: Database) -> list[DeviceRow]:
    rows = db.query(
        "SELECT id, label, sign_public, kem_x25519, kem_mlkem768, members, added_by, "
        "added_at, revoked_at FROM devices ORDER BY id"
    )
    return [
        DeviceRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                  tuple(str(m) for m in json.loads(r[5])), str(r[6]), str(r[7]),
                  None if r[8] is None else str(r[8]))
        for r in rows
    ]


def set_self(db: Database, device: str, keys: bytes) -> None:
    db.execute("INSERT INTO device_self (one, device, keys) VALUES (1, ?, ?)", (device, keys))


def self_device(db: Database) -> str | None:
    """This laptop's device id, or None before it has one (its private keys stay unread)."""
    row = db.query_one("SELECT device FROM device_self WHERE one = 1")
    return None if row is None else str(row[0])


def self_keys(db: Database) -> bytes | None:
    """The 128 bytes of this laptop's private device keys (for signing and opening bundles)."""
    row = db.query_one("SELECT keys FROM device_self WHERE one = 1")
    return None if row is None else bytes(row[0])


def head(db: Database, device: str) -> tuple[int, str, str] | None:
    """(seq, hash, clock stamp) of a device's latest change held, or None."""
    row = db.query_one(
        "SELECT seq, hash, json_extract(envelope, '$.stamp') FROM changes WHERE device = ? "
        "ORDER BY seq DESC LIMIT 1", (device,)
    )
    return None if row is None else (int(row[0]), str(row[1]), str(row[2] or ""))


def append(db: Database, row: ChangeRow,
           content: Iterable[tuple[str, str, str]]) -> None:
    """One change and the content rows (kind, record id, canonical JSON) it carries."""
    db.execute(
        f"INSERT INTO changes ({', '.join(CHANGE_COLUMNS)}) "
        f"VALUES ({placeholders(CHANGE_COLUMNS)})",
        (row.device, row.seq, row.prev, row.digest, row.hash, row.envelope, row.signature),
    )
    db.conn.executemany(
        "INSERT INTO change_content (device, seq, kind, record_id, content) "
        "VALUES (?, ?, ?, ?, ?)",
        ((row.device, row.seq, kind, rid, text) for kind, rid, text in content),
    )


def last_digests(db: Database, kind: str, ids: Sequence[str]) -> dict[str, str | None]:
    """The digest the audit chain last recorded for each of these records (absent: never)."""
    out: dict[str, str | None] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        rows = db.query(
            "SELECT record_id, digest, max(seq) FROM audit_content "
            f"WHERE kind = ? AND record_id IN ({placeholders(chunk)}) GROUP BY record_id",
            [kind, *chunk],
        )
        out.update((str(r[0]), None if r[1] is None else str(r[1])) for r in rows)
    return out


def chain_devices(db: Database) -> list[str]:
    """Every device with changes held, and every device of the directory."""
    rows = db.query("SELECT DISTINCT device FROM changes UNION SELECT id FROM devices")
    return sorted(str(r[0]) for r in rows)


def iter_changes(db: Database, device: str, batch: int = 2000, *, after: int = 0,
                 upto: int | None = None) -> Iterator[ChangeRow]:
    """A device's changes with ``after`` < seq (<= ``upto`` when given), in seq order, read
    a batch at a time."""
    last, top = after, (1 << 62) if upto is None else upto
    while last < top:
        rows = db.query(
            f"SELECT {', '.join(CHANGE_COLUMNS)} FROM changes WHERE device = ? AND seq > ? "
            "AND seq <= ? ORDER BY seq LIMIT ?", (device, last, top, batch))
        if not rows:
            return
        for r in rows:
            yield ChangeRow(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]),
                            None if r[5] is None else str(r[5]),
                            None if r[6] is None else str(r[6]))
        last = int(rows[-1][1])


def contents_of(db: Database, device: str, seq: int) -> dict[tuple[str, str], str]:
    rows = db.query(
        "SELECT kind, record_id, content FROM change_content WHERE device = ? AND seq = ?",
        (device, seq),
    )
    return {(str(r[0]), str(r[1])): str(r[2]) for r in rows}


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM changes"))


def applied_last(db: Database) -> set[tuple[str, str]]:
    """Records whose latest recorded content came from applying received changes (an
    ``exchange.applied`` audit event) rather than from a local write."""
    rows = db.query(
        "SELECT ac.kind, ac.record_id FROM audit_content ac "
        "JOIN (SELECT kind, record_id, max(seq) AS top FROM audit_content "
        "GROUP BY kind, record_id) t ON t.kind = ac.kind AND t.record_id = ac.record_id "
        "AND t.top = ac.seq "
        "JOIN audit_events e ON e.seq = ac.seq WHERE e.action = 'exchange.applied'"
    )
    return {(str(r[0]), str(r[1])) for r in rows}
