"""A1–A5: the audit table is append-only, chained, signed; tampering is detected.

What ``verify_chain`` detects, and what it cannot:

* detected: any edited field, a deleted/inserted/swapped row, a changed seq or prev_hash, a
  re-hashed row (the attacker cannot re-sign with the actor's key), an event signed by one
  account's key but claiming another actor, an event signed by a removed account;
* detected only with an anchor (a head printed on a report or stored in a backup manifest):
  a cut tail, or a whole older copy of the database put back;
* not detected: a member who holds a key rewriting *their own* recent events and everything
  after them while re-signing (needs every later signer's key too, so only possible for a
  tail signed by that member alone), when no anchor is newer than the rewrite.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from core_support import PASSPHRASE, add_user, make_vault

from peerdesk.storage import audit_table
from peerdesk.vault import vault as vault_mod
from peerdesk.vault.audit_chain import event_hash, seal_event, verify_chain
from peerdesk.vault.vault import Vault

BOB_PW = "bob's own passphrase"


@pytest.fixture
def busy_vault(vault_dir: Path) -> Vault:
    vault, _ = make_vault(vault_dir)
    add_user(vault, "bob", BOB_PW)
    for i in range(8):
        with vault.write("record.edited", "session", f"s{i}", {"field": "notes", "n": i}):
            pass
    vault.close()
    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    yield vault
    if vault.is_open:
        vault.close(audit=False)


def _events(vault: Vault) -> list[dict[str, Any]]:
    return list(audit_table.iter_events(vault.db))


def _verify(vault: Vault, anchor: tuple[int, str] | None = None) -> list[str]:
    return verify_chain(audit_table.iter_events(vault.db), vault.vault_id, anchor).problems


def _drop_triggers(vault: Vault) -> None:
    conn = vault.db.conn
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("DROP TRIGGER audit_events_no_delete")


def _set(vault: Vault, seq: int, **values: Any) -> None:
    cols = ", ".join(f"{k} = ?" for k in values)
    vault.db.conn.execute(f"UPDATE audit_events SET {cols} WHERE seq = ?", [*values.values(), seq])


def test_untampered_chain_verifies(busy_vault: Vault) -> None:
    assert _verify(busy_vault) == []
    events = _events(busy_vault)
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert events[0]["action"] == "vault.created"


def test_update_and_delete_are_refused_by_triggers(busy_vault: Vault) -> None:
    conn = busy_vault.db.conn
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_events SET action = 'x' WHERE seq = 2")
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_events WHERE seq = 2")
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_events")
    assert _verify(busy_vault) == []


def _edit(field: str) -> Callable[[Vault, int], None]:
    def go(vault: Vault, seq: int) -> None:
        ev = _events(vault)[seq - 1]
        value = {
            "action": "record.viewed",
            "details": json.dumps({"field": "other"}),
            "at": "2020-01-01T00:00:00.000000Z",
            "actor": _events(vault)[0]["actor"] if ev["actor"] != _events(vault)[0]["actor"]
            else "someone-else",
            "target_id": "s-other",
            "target_kind": "advisee",
        }[field]
        _set(vault, seq, **{field: value})
    return go


def _delete_middle(vault: Vault, seq: int) -> None:
    vault.db.conn.execute("DELETE FROM audit_events WHERE seq = ?", (seq,))


def _swap(vault: Vault, seq: int) -> None:
    a, b = _events(vault)[seq - 1], _events(vault)[seq]
    cols = [c for c in audit_table.COLUMNS if c != "seq"]
    _set(vault, seq, **{c: b[c] for c in cols})
    _set(vault, seq + 1, **{c: a[c] for c in cols})


def _change_seq(vault: Vault, seq: int) -> None:
    vault.db.conn.execute("UPDATE audit_events SET seq = 1000 WHERE seq = ?", (seq,))


def _forge_prev(vault: Vault, seq: int) -> None:
    _set(vault, seq, prev_hash="0" * 64)


def _rehash(vault: Vault, seq: int) -> None:
    ev = _events(vault)[seq - 1]
    ev["details"] = json.dumps({"field": "rewritten"})
    _set(vault, seq, details=ev["details"], hash=event_hash(ev))


def _rehash_relinked(vault: Vault, seq: int) -> None:
    """Rewrite one event and re-link every later one (all hashes consistent, no keys)."""
    events = _events(vault)
    events[seq - 1]["details"] = json.dumps({"field": "rewritten"})
    prev = events[seq - 2]["hash"]
    for ev in events[seq - 1:]:
        ev["prev_hash"] = prev
        ev["hash"] = event_hash(ev)
        _set(vault, ev["seq"], details=ev["details"], prev_hash=ev["prev_hash"], hash=ev["hash"])
        prev = ev["hash"]


TAMPER = {
    "edit-action": _edit("action"),
    "edit-details": _edit("details"),
    "edit-at": _edit("at"),
    "edit-actor": _edit("actor"),
    "edit-target_id": _edit("target_id"),
    "edit-target_kind": _edit("target_kind"),
    "delete-middle-row": _delete_middle,
    "swap-two-rows": _swap,
    "change-seq": _change_seq,
    "forge-prev_hash": _forge_prev,
    "rehash-edited-row": _rehash,
    "rehash-and-relink-tail": _rehash_relinked,
}


@pytest.mark.parametrize("kind", sorted(TAMPER))
def test_tampering_is_detected(busy_vault: Vault, kind: str) -> None:
    _drop_triggers(busy_vault)
    middle = len(_events(busy_vault)) // 2
    TAMPER[kind](busy_vault, middle)
    problems = _verify(busy_vault)
    assert problems, f"{kind} went unnoticed"


def test_event_signed_by_another_account_claiming_actor_a(busy_vault: Vault) -> None:
    coord_id = busy_vault.account_id
    busy_vault.close()
    bob = Vault.unlock(busy_vault.paths.folder, "bob", BOB_PW)
    try:
        seq, prev = bob.audit_head()
        forged = seal_event(
            seq=seq + 1, at="2030-01-01T00:00:00.000000Z", actor=coord_id,
            signing_key=bob.keys.signing_key, sign_public=bob._slot.sign_public,
            action="record.deleted", target_kind="session", target_id="s1", details={},
            prev_hash=prev,
        )
        with bob.db.transaction():
            audit_table.append(bob.db, forged)
        problems = _verify(bob)
        assert any("does not belong to its actor" in p for p in problems), problems
    finally:
        bob.close(audit=False)


def test_event_signed_by_a_stranger_key(busy_vault: Vault) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from peerdesk.crypto.encoding import b64e

    stranger = Ed25519PrivateKey.generate()
    seq, prev = busy_vault.audit_head()
    forged = seal_event(
        seq=seq + 1, at="2030-01-01T00:00:00.000000Z", actor=busy_vault.account_id,
        signing_key=stranger, sign_public=b64e(stranger.public_key().public_bytes_raw()),
        action="record.deleted", target_kind="session", target_id="s1", details={},
        prev_hash=prev,
    )
    with busy_vault.db.transaction():
        audit_table.append(busy_vault.db, forged)
    assert any("unknown key" in p for p in _verify(busy_vault))


def test_tail_truncation_needs_an_anchor(busy_vault: Vault) -> None:
    anchor = busy_vault.audit_head()
    _drop_triggers(busy_vault)
    busy_vault.db.conn.execute("DELETE FROM audit_events WHERE seq > ?", (anchor[0] - 3,))
    assert _verify(busy_vault) == []  # without an anchor a cut tail looks complete
    problems = _verify(busy_vault, anchor)
    assert any("removed" in p or "older copy" in p for p in problems), problems


def test_anchor_from_a_backup_manifest_detects_truncation(
    busy_vault: Vault, tmp_path: Path
) -> None:
    from peerdesk.vault.backup import make_backup, read_backup

    make_backup(busy_vault, tmp_path / "b.pdbk")
    manifest = read_backup(tmp_path / "b.pdbk").manifest
    anchor = (int(manifest["audit_head"]["seq"]), str(manifest["audit_head"]["hash"]))
    assert _verify(busy_vault, anchor) == []
    _drop_triggers(busy_vault)
    busy_vault.db.conn.execute("DELETE FROM audit_events WHERE seq > ?", (anchor[0] - 3,))
    assert _verify(busy_vault) == []
    assert _verify(busy_vault, anchor) != []
    # A wrong hash at the anchor's seq is also caught.
    assert _verify(busy_vault, (anchor[0] - 4, "f" * 64)) != []


def test_failed_audit_append_rolls_the_change_back(
    busy_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = busy_vault.audit_head()

    def broken_seal(**kwargs: Any) -> dict[str, Any]:
        raise RuntimeError("signing failed")

    monkeypatch.setattr(vault_mod, "seal_event", broken_seal)
    with pytest.raises(RuntimeError), busy_vault.write("draft.saved", "draft", "d1") as db:
        db.execute(
            "INSERT INTO drafts (account_id, key, data, saved_at) VALUES (?, ?, ?, ?)",
            (busy_vault.account_id, "must-not-stay", "x", "t"),
        )
    monkeypatch.undo()
    assert busy_vault.load_draft("must-not-stay") is None
    assert busy_vault.audit_head() == head
    # The vault still works and the next write is audited.
    with busy_vault.write("draft.saved", "draft", "d2") as db:
        db.execute(
            "INSERT INTO drafts (account_id, key, data, saved_at) VALUES (?, ?, ?, ?)",
            (busy_vault.account_id, "may-stay", "x", "t"),
        )
    assert busy_vault.load_draft("may-stay") == "x"
    assert busy_vault.audit_head()[0] == head[0] + 1
    assert _verify(busy_vault) == []


def test_failed_change_writes_no_audit_event(busy_vault: Vault) -> None:
    head = busy_vault.audit_head()
    with pytest.raises(ZeroDivisionError), busy_vault.write("record.edited", "session", "s1"):
        _ = 1 / 0
    assert busy_vault.audit_head() == head


def test_unlock_and_lock_are_audited(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    actions = [e["action"] for e in _events(vault)]
    vault.close()
    assert actions[0] == "vault.created"
    assert "vault.locked" in actions and actions[-1] == "vault.unlocked"
