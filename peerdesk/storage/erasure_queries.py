"""SQL for erasing one advisee's personal text everywhere, keeping anonymous rows.

Erasure blanks the text tables (1:1 with their records, so every join still works),
blanks the text fields of the prior versions in ``record_history``, drops the content the
change log kept of earlier versions, and removes the records from the full-text index.
Main-table rows (dates, channels, levels, states) stay, so counts and reports over past
years remain right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.storage.where import placeholders


@dataclass
class ErasureScope:
    """The ids of every record that carries the advisee's text, by record kind."""

    ids: dict[str, list[str]] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return len(self.ids.get(kind, []))


def _ids(db: Database, sql: str, params: list[object]) -> list[str]:
    return [str(r[0]) for r in db.query(sql, params)]


def is_erased(db: Database, advisee_id: str) -> bool:
    return db.scalar("SELECT erased_at FROM advisees WHERE id = ?", (advisee_id,)) is not None


def scope(db: Database, advisee_id: str) -> ErasureScope:
    """Every record (deleted ones too) holding text about the advisee."""
    p: list[object] = [advisee_id]
    sessions = "SELECT id FROM sessions WHERE advisee_id = ?"
    agreements = "SELECT id FROM agreements WHERE advisee_id = ?"
    escalations = "SELECT id FROM escalations WHERE advisee_id = ?"
    return ErasureScope({
        "advisee": [advisee_id],
        "session": _ids(db, sessions, p),
        "reflection": _ids(db, f"SELECT id FROM reflections WHERE session_id IN ({sessions})",
                           p),
        "agreement": _ids(db, agreements, p),
        "breach": _ids(db, f"SELECT id FROM breaches WHERE agreement_id IN ({agreements})", p),
        "escalation": _ids(db, escalations, p),
        "escalation_event": _ids(
            db, f"SELECT id FROM escalation_events WHERE escalation_id IN ({escalations})", p),
        "disclosure": _ids(
            db, f"SELECT id FROM disclosures WHERE escalation_id IN ({escalations})", p),
    })


def _chunks(ids: list[str], size: int = 400) -> list[list[str]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def blank_text(db: Database, kind: str, ids: list[str]) -> None:
    """Blank the text columns and the history snapshots of these records; unindex them."""
    spec = BY_KIND[kind]
    if not spec.text_fields:
        return
    sets = ", ".join(f'"{f}" = \'\'' for f in spec.text_fields)
    paths = ", ".join(f"'$.{f}', ''" for f in spec.text_fields)
    for chunk in _chunks(ids):
        db.execute(f"UPDATE {spec.text_table} SET {sets} "
                   f"WHERE id IN ({placeholders(chunk)})", chunk)
        db.execute(
            f"UPDATE record_history SET snapshot = json_set(snapshot, {paths}) "
            f"WHERE kind = ? AND record_id IN ({placeholders(chunk)})",
            [kind, *chunk],
        )
        db.execute(
            "DELETE FROM search_index WHERE rowid IN (SELECT doc FROM search_docs "
            f"WHERE kind = ? AND record_id IN ({placeholders(chunk)}))",
            [kind, *chunk],
        )
        db.execute("DELETE FROM search_docs WHERE kind = ? "
                   f"AND record_id IN ({placeholders(chunk)})", [kind, *chunk])
        # The content earlier changes kept of these records; their signed links stay.
        db.execute("DELETE FROM change_content WHERE kind = ? "
                   f"AND record_id IN ({placeholders(chunk)})", [kind, *chunk])


def mark_erased(db: Database, advisee_id: str, at: str, today: str) -> None:
    """Set ``erased_at``; an advisee still open is closed as of today (no reason text)."""
    db.execute(
        "UPDATE advisees SET erased_at = ?, status = 'closed', "
        "closed_on = COALESCE(closed_on, ?) WHERE id = ?",
        (at, today, advisee_id),
    )


def merge_search_index(db: Database) -> None:
    """Merge the full-text index so no segment still holds the erased words."""
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def set_secure_delete(db: Database, on: bool) -> None:
    """Zero the bytes of deleted content (outside a transaction)."""
    db.query(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def compact(db: Database) -> None:
    """Fold the write-ahead log into the file and rebuild it without free pages."""
    db.query("PRAGMA wal_checkpoint(TRUNCATE)")
    db.query("VACUUM")
    db.query("PRAGMA wal_checkpoint(TRUNCATE)")


def closed_not_erased_ids(db: Database) -> list[str]:
    return _ids(db, "SELECT id FROM advisees WHERE status = 'closed' AND erased_at IS NULL "
                "AND deleted_at IS NULL ORDER BY code", [])
