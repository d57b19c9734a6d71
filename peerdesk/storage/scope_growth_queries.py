"""SQL for sending a record again when a peer laptop may now read more of it, and for
filling in what a laptop held of a change at a lower level (docs/exchange.md, "When a
laptop may read more"). Deciding lives in ``peerdesk.vault.scope_growth``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from peerdesk.storage.change_queries import CHANGE_COLUMNS, ChangeRow
from peerdesk.storage.database import Database
from peerdesk.storage.where import placeholders

Key = tuple[str, str]
#: The level at which nothing more can be sent (stored levels are below it).
FULL = 3


# -- the sending side ---------------------------------------------------------------------------


def sent_below_full(db: Database, peer: str) -> dict[Key, int]:
    """Per record (kind, id), the least a peer was sent of it, for records sent below full."""
    return {(str(k), str(r)): int(lv) for k, r, lv in db.query(
        "SELECT kind, record_id, level FROM exchange_sent_levels WHERE peer = ?", (peer,))}


def lower_to(db: Database, peer: str, levels: Mapping[Key, int]) -> None:
    """The peer was sent these records at these levels: keep the lesser of old and new."""
    db.conn.executemany(
        "INSERT INTO exchange_sent_levels (peer, kind, record_id, level) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (peer, kind, record_id) DO UPDATE SET level = min(level, excluded.level)",
        ((peer, k, r, lv) for (k, r), lv in sorted(levels.items()) if lv < FULL))


def set_to(db: Database, peer: str, levels: Mapping[Key, int]) -> None:
    """The peer was sent every change of these records again, at these levels."""
    db.conn.executemany(
        "DELETE FROM exchange_sent_levels WHERE peer = ? AND kind = ? AND record_id = ?",
        ((peer, k, r) for (k, r) in sorted(levels)))
    lower_to(db, peer, levels)


def noted(db: Database, peer: str) -> dict[str, int]:
    """Per device, the highest seq whose records were noted for ``peer``."""
    value = db.scalar("SELECT noted FROM exchange_peers WHERE device = ?", (peer,))
    data = json.loads(str(value)) if value is not None else {}
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def set_noted(db: Database, peer: str, seqs: Mapping[str, int]) -> None:
    db.execute("INSERT OR IGNORE INTO exchange_peers (device) VALUES (?)", (peer,))
    db.execute("UPDATE exchange_peers SET noted = ? WHERE device = ?",
               (json.dumps(dict(sorted(seqs.items())), separators=(",", ":")), peer))


def scope_mark(db: Database, peer: str) -> str | None:
    value = db.scalar("SELECT scope_mark FROM exchange_peers WHERE device = ?", (peer,))
    return None if value is None else str(value)


def set_scope_mark(db: Database, peer: str, mark: str) -> None:
    db.execute("INSERT OR IGNORE INTO exchange_peers (device) VALUES (?)", (peer,))
    db.execute("UPDATE exchange_peers SET scope_mark = ? WHERE device = ?", (mark, peer))


def scope_inputs(db: Database, members: list[str]) -> list[tuple[str, ...]]:
    """What decides what these members may read, as sorted rows: their roles and whether
    they are active, and the advisees, agreements and supervision notes assigned to them."""
    marks = placeholders(members)
    rows: list[tuple[str, ...]] = []
    for sql in (f"SELECT 'm', id, roles, active FROM members WHERE id IN ({marks})",
                "SELECT 'a', advisee_id, advisor_id FROM advisee_advisors "
                f"WHERE advisor_id IN ({marks})",
                f"SELECT 'g', id, advisor_id FROM agreements WHERE advisor_id IN ({marks})",
                "SELECT 's', note_id, advisor_id FROM supervision_advisors "
                f"WHERE advisor_id IN ({marks})"):
        rows.extend(tuple(str(v) for v in r) for r in db.query(sql, members))
    return sorted(rows)


def set_pending(db: Database, bundle: str, pending: str) -> None:
    db.execute("UPDATE exchange_bundles SET pending = ? WHERE bundle = ?", (pending, bundle))


def pending(db: Database, peer: str) -> list[tuple[str, str, dict[str, int], str]]:
    """(bundle, made at, per device the highest seq carried, pending JSON) of the bundles
    made for ``peer`` whose changes sent again are not known to be applied yet."""
    out: list[tuple[str, str, dict[str, int], str]] = []
    for bundle, at, upto, text in db.query(
            "SELECT bundle, at, upto, pending FROM exchange_bundles WHERE direction = 'out' "
            "AND peer = ? AND pending IS NOT NULL ORDER BY at, bundle", (peer,)):
        data = json.loads(str(upto))
        out.append((str(bundle), str(at), {str(k): int(v) for k, v in data.items()},
                    str(text)))
    return out


def clear_pending(db: Database, bundle: str) -> None:
    db.execute("UPDATE exchange_bundles SET pending = NULL WHERE bundle = ?", (bundle,))


def changes_listing(db: Database, records: Iterable[Key]) -> list[tuple[str, int]]:
    """(device, seq) of every change held with its envelope that lists one of the records,
    in per-device seq order."""
    found: set[tuple[str, int]] = set()
    by_kind: dict[str, list[str]] = {}
    for kind, rid in records:
        by_kind.setdefault(kind, []).append(rid)
    for kind, unsorted in sorted(by_kind.items()):
        ids = sorted(unsorted)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found.update((str(d), int(s)) for d, s in db.query(
                "SELECT cr.device, cr.seq FROM change_records cr JOIN changes c "
                "ON c.device = cr.device AND c.seq = cr.seq WHERE c.envelope IS NOT NULL "
                f"AND cr.kind = ? AND cr.record_id IN ({placeholders(chunk)})",
                [kind, *chunk]))
    return sorted(found)


def change_at(db: Database, device: str, seq: int) -> ChangeRow | None:
    r = db.query_one(f"SELECT {', '.join(CHANGE_COLUMNS)} FROM changes WHERE device = ? "
                     "AND seq = ?", (device, seq))
    if r is None:
        return None
    return ChangeRow(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]),
                     None if r[5] is None else str(r[5]), None if r[6] is None else str(r[6]))


# -- the receiving side -------------------------------------------------------------------------


def held_envelope(db: Database, device: str, seq: int) -> str | None:
    """The envelope held of a change (None: a placeholder, or not held)."""
    value = db.scalar("SELECT envelope FROM changes WHERE device = ? AND seq = ?",
                      (device, seq))
    return None if value is None else str(value)


def is_quarantined(db: Database, device: str, seq: int) -> bool:
    return db.query_one("SELECT 1 FROM quarantine WHERE device = ? AND seq = ?",
                        (device, seq)) is not None


def fill_placeholder(db: Database, row: ChangeRow) -> None:
    """A placeholder held here gets the envelope and signature of the same change (its link
    is unchanged; the schema refuses anything else)."""
    db.execute("UPDATE changes SET envelope = ?, signature = ? WHERE device = ? AND seq = ? "
               "AND hash = ? AND envelope IS NULL",
               (row.envelope, row.signature, row.device, row.seq, row.hash))


def put_content(db: Database, device: str, seq: int, kind: str, record_id: str,
                text: str) -> None:
    """The content a change left of one record, in place of a stub held (or none)."""
    db.execute("DELETE FROM change_content WHERE device = ? AND seq = ? AND kind = ? "
               "AND record_id = ?", (device, seq, kind, record_id))
    db.execute("INSERT INTO change_content (device, seq, kind, record_id, content) "
               "VALUES (?, ?, ?, ?, ?)", (device, seq, kind, record_id, text))
