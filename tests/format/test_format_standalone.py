"""A vault opened with docs/format.md alone: `cryptography`, `sqlcipher3`, and no peerdesk.

peerdesk is used only to make the demo vault, in a separate process. Everything else here
(opening a key slot with a passphrase or the recovery key, keying the database, reading
sessions, checking every audit event's hash, link and signature, and the content digests of
the records) follows the document, so that if the document and the program ever disagree,
this test fails.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ROOT = Path(__file__).resolve().parents[2]
# Typed decomposed (NFD): a version 2 slot normalises it, so the NFC form opens it too.
PASSPHRASE = unicodedata.normalize("NFD", "format test passphrase café")
IDENTITY = ("version", "slot_id", "vault_id", "kind", "account_id", "username", "kdf", "salt",
            "box_public", "sign_public", "created_at")
KINDS = {
    "member": ("members", False), "advisee": ("advisees", True),
    "session": ("sessions", True), "reflection": ("reflections", True),
    "agreement": ("agreements", True), "breach": ("breaches", True),
    "supervision_note": ("supervision_notes", True), "escalation": ("escalations", True),
    "escalation_event": ("escalation_events", True), "disclosure": ("disclosures", True),
    "referral_resource": ("referral_resources", True), "issued_report": ("issued_reports", False),
}


# -- what docs/format.md says -------------------------------------------------------------
def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def b64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def raw_public(key: X25519PrivateKey | Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def recovery_bytes(text: str) -> bytes:
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    assert len(cleaned) == 56
    raw = base64.b32decode(cleaned[:52] + "====")
    assert base64.b32encode(hashlib.sha256(raw).digest()).decode()[:4] == cleaned[52:]
    return raw


def open_slot(slot: dict[str, Any], secret: bytes) -> tuple[bytes, Ed25519PrivateKey]:
    """The data key and the signing key, or InvalidTag."""
    identity = {k: slot[k] for k in IDENTITY}
    salt = b64(slot["salt"])
    kdf = slot["kdf"]
    if kdf["alg"] == "argon2id":
        assert 0 < kdf["m"] <= 1024 * 1024 and 0 < kdf["t"] <= 20 and 0 < kdf["p"] <= 8
        kek = Argon2id(salt=salt, length=32, iterations=kdf["t"], lanes=kdf["p"],
                       memory_cost=kdf["m"]).derive(secret)
    else:
        assert kdf == {"alg": "hkdf-sha256"}
        kek = HKDF(hashes.SHA256(), 32, salt, b"peerdesk/recovery-kek/v1").derive(secret)
    private = AESGCM(kek).decrypt(b64(slot["secret_nonce"]), b64(slot["secret_ct"]),
                                  b"peerdesk/slot-secret/v1\0" + canonical(identity))
    box = X25519PrivateKey.from_private_bytes(private[:32])
    sign = Ed25519PrivateKey.from_private_bytes(private[32:])
    assert raw_public(box) == slot["box_public"] and raw_public(sign) == slot["sign_public"]
    shared = box.exchange(X25519PublicKey.from_public_bytes(b64(slot["dk_ephemeral"])))
    k = HKDF(hashes.SHA256(), 32, None, b"peerdesk/seal/v1").derive(shared)
    ad = b"peerdesk/slot-data-key/v1\0" + canonical(
        {**identity, "key_epoch": slot["key_epoch"], "dk_ephemeral": slot["dk_ephemeral"]})
    data_key = AESGCM(k).decrypt(b64(slot["dk_nonce"]), b64(slot["dk_ct"]), ad)
    assert len(data_key) == 32
    return data_key, sign


def passphrase_bytes(slot: dict[str, Any], passphrase: str) -> bytes:
    if slot["version"] >= 2:
        passphrase = unicodedata.normalize("NFC", passphrase)
    return passphrase.encode("utf-8")


def connect(folder: Path, data_key: bytes) -> Any:
    conn = sqlcipher3.connect(str(folder / "peerdesk.db"))
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    return conn


def verify_chain(conn: Any, vault_id: str) -> dict[int, Any]:
    """Hashes, links and signatures of every event; returns the content claims by seq."""
    keys: dict[str, tuple[Ed25519PublicKey, str]] = {}
    by_account: dict[str, str] = {}
    revoked: set[str] = set()

    def register(account: str, public: str) -> None:
        kid = hashlib.sha256(b64(public)).hexdigest()[:32]
        keys[kid] = (Ed25519PublicKey.from_public_bytes(b64(public)), account)
        if account in by_account:
            revoked.add(by_account[account])
        by_account[account] = kid

    prev = hashlib.sha256(b"peerdesk/audit-genesis/v1\0" + vault_id.encode()).hexdigest()
    claims: dict[int, Any] = {}
    expected = 1
    for row in conn.execute("SELECT seq, at, actor, key_id, action, target_kind, target_id, "
                            "details, prev_hash, hash, signature FROM audit_events ORDER BY seq"):
        seq, at, actor, kid, action, tkind, tid, details_text, prev_hash, ev_hash, sig = row
        assert seq == expected and prev_hash == prev
        details = json.loads(details_text)
        body = [seq, at, actor, kid, action, tkind, tid, details, prev_hash]
        assert hashlib.sha256(b"peerdesk/audit/v1\0" + canonical(body)).hexdigest() == ev_hash
        if seq == 1:
            assert action == "vault.created"
            register(details["account_id"], details["sign_public"])
            register("recovery", details["recovery_sign_public"])
        public, owner = keys[kid]
        assert owner == actor and kid not in revoked
        public.verify(b64(sig), bytes.fromhex(ev_hash))  # raises InvalidSignature
        if seq != 1 and action in ("account.added", "account.reset"):
            register(details["account_id"], details["sign_public"])
        if action == "account.removed" and details["account_id"] in by_account:
            revoked.add(by_account[details["account_id"]])
        if "content_digests" in details:
            claims[seq] = details["content_digests"]
        prev, expected = ev_hash, seq + 1
    assert expected > 1
    return claims


def columns(conn: Any, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def record_digests(conn: Any, kind: str) -> dict[str, str]:
    table, has_text = KINDS[kind]
    main = columns(conn, table)
    text = [c for c in columns(conn, f"{table}_text") if c != "id"] if has_text else []
    sql = "SELECT " + ", ".join([f'r."{c}"' for c in main] + [f't."{c}"' for c in text])
    sql += f" FROM {table} r"
    if has_text:
        sql += f" LEFT JOIN {table}_text t ON t.id = r.id"
    out = {}
    for row in conn.execute(sql):
        fields = {n: v for n, v in zip(main + text, row, strict=True) if v is not None}
        assert all(isinstance(v, str | int) for v in fields.values())
        body = canonical({"kind": kind, "fields": fields})
        out[fields["id"]] = hashlib.sha256(b"peerdesk/record/v1\0" + body).hexdigest()
    return out


def vouched_digests(conn: Any, claims: dict[int, Any]) -> dict[tuple[str, str], str | None]:
    """Check every event's rows against its signed claim; the last digest of each record."""
    groups: dict[int, list[tuple[str, str, str | None]]] = {}
    for seq, kind, rid, digest in conn.execute("SELECT seq, kind, record_id, digest FROM "
                                               "audit_content ORDER BY seq"):
        groups.setdefault(seq, []).append((kind, rid, digest))
    assert set(groups) == set(claims)
    latest: dict[tuple[str, str], str | None] = {}
    for seq in sorted(groups):
        rows = sorted(groups[seq], key=lambda e: (e[0].encode(), e[1].encode()))
        h = hashlib.sha256(b"peerdesk/content-set/v1\0")
        for entry in rows:
            h.update(canonical(list(entry)) + b"\n")
        assert claims[seq] == {"records": len(rows), "sha256": h.hexdigest()}, seq
        latest.update(((k, r), d) for k, r, d in rows)
    return latest


def mismatched_records(conn: Any, claims: dict[int, Any]) -> list[tuple[str, str]]:
    latest = vouched_digests(conn, claims)
    bad = []
    for kind in KINDS:
        for rid, digest in record_digests(conn, kind).items():
            if latest.pop((kind, rid), None) != digest:
                bad.append((kind, rid))
    bad.extend(key for key, digest in latest.items() if digest is not None)
    return bad


def chain_keys(conn: Any) -> dict[str, tuple[Ed25519PublicKey, str]]:
    """Every key the audit chain registered (checked by verify_chain), by key id, with the
    member whose account holds it ("" for the recovery key)."""
    out = {}
    for (details_text,) in conn.execute("SELECT details FROM audit_events WHERE action IN "
                                        "('vault.created', 'account.added', 'account.reset')"):
        details = json.loads(details_text)
        for name in ("sign_public", "recovery_sign_public"):
            if name in details:
                kid = hashlib.sha256(b64(details[name])).hexdigest()[:32]
                member = details["member_id"] if name == "sign_public" else ""
                out[kid] = (Ed25519PublicKey.from_public_bytes(b64(details[name])), member)
    return out


def record_digest(kind: str, fields: dict[str, Any]) -> str:
    body = canonical({"kind": kind, "fields": fields})
    return hashlib.sha256(b"peerdesk/record/v1\0" + body).hexdigest()


def verify_change_log(conn: Any, group: str) -> dict[tuple[str, str], str | None]:
    """This laptop's device and chain; returns the last digest the chain gives each record."""
    device, private = conn.execute("SELECT device, keys FROM device_self").fetchone()
    sign, x25519, mlkem = conn.execute(
        "SELECT sign_public, kem_x25519, kem_mlkem768 FROM devices WHERE id = ?",
        (device,)).fetchone()
    raw = b64(sign) + b64(x25519) + b64(mlkem)
    assert hashlib.sha256(b"peerdesk/device-id/v1\0" + raw).hexdigest()[:32] == device
    assert len(private) == 128
    assert raw_public(Ed25519PrivateKey.from_private_bytes(private[:32])) == sign
    keys = chain_keys(conn)
    prev = hashlib.sha256(b"peerdesk/device-genesis/v1\0"
                          + f"{group}\0{device}".encode()).hexdigest()
    latest: dict[tuple[str, str], str | None] = {}
    expected = 1
    for seq, prev_col, digest, ch_hash, text, sig in conn.execute(
            "SELECT seq, prev, digest, hash, envelope, signature FROM changes "
            "WHERE device = ? ORDER BY seq", (device,)):
        assert seq == expected and prev_col == prev
        envelope = json.loads(text)
        assert canonical(envelope).decode("utf-8") == text
        assert set(envelope) - {"details"} == {"format", "group", "stamp", "author",
                                               "key_id", "action", "records"}
        assert envelope["format"] == 1 and envelope["group"] == group
        assert hashlib.sha256(b"peerdesk/change-envelope/v1\0" + canonical(envelope)
                              ).hexdigest() == digest
        assert hashlib.sha256(b"peerdesk/change/v1\0" + canonical([device, seq, prev, digest])
                              ).hexdigest() == ch_hash
        public, member = keys[envelope["key_id"]]
        assert member == envelope["author"]
        public.verify(b64(sig), bytes.fromhex(ch_hash))
        kept = {(k, r): c for k, r, c in conn.execute(
            "SELECT kind, record_id, content FROM change_content WHERE device = ? AND seq = ?",
            (device, seq))}
        for entry in envelope["records"]:
            key = (entry["kind"], entry["id"])
            content = kept.pop(key, None)
            if content is not None:
                assert record_digest(key[0], json.loads(content)) == entry["after"]
            latest[key] = entry["after"]
        assert not kept
        prev, expected = ch_hash, seq + 1
    assert expected > 1
    return latest


# -- the demo vault, made by peerdesk in another process -------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("format") / "demo"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    env.update(PEERDESK_KDF_PROFILE="test", PEERDESK_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    out = subprocess.run(
        [sys.executable, "-m", "peerdesk", "demo", "--vault", str(folder), "--seed", "7"],
        env=env, capture_output=True, text=True, timeout=900, check=True)
    recovery = next(line.split(":", 1)[1].strip() for line in out.stdout.splitlines()
                    if line.startswith("Recovery key:"))
    return folder, recovery


@pytest.fixture
def opened(demo: tuple[Path, str]) -> Iterator[tuple[Any, dict[str, Any]]]:
    folder, _ = demo
    doc = json.loads((folder / "keyslots.json").read_text("utf-8"))
    assert doc["format"] == "peerdesk-keyslots" and doc["format_version"] == 1
    slot = next(s for s in doc["slots"]
                if s["kind"] == "account" and s["username"] == "coordinator")
    data_key, _ = open_slot(slot, passphrase_bytes(slot, unicodedata.normalize("NFC",
                                                                              PASSPHRASE)))
    conn = connect(folder, data_key)
    yield conn, doc
    conn.close()


def open_copy(demo: tuple[Path, str], tmp_path: Path) -> tuple[Any, dict[str, Any]]:
    """A copy of the demo vault, opened by the coordinator's passphrase, to damage."""
    folder, _ = demo
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    doc = json.loads((copy / "keyslots.json").read_text("utf-8"))
    slot = next(s for s in doc["slots"]
                if s["kind"] == "account" and s["username"] == "coordinator")
    data_key, _ = open_slot(slot, passphrase_bytes(slot, PASSPHRASE))
    return connect(copy, data_key), doc


def test_the_module_never_imports_peerdesk() -> None:
    tree = ast.parse(Path(__file__).read_text("utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert names and not [n for n in names if n.split(".")[0] == "peerdesk"]
    allowed = {"__future__", "ast", "base64", "hashlib", "json", "os", "shutil", "subprocess",
               "sys", "unicodedata", "collections", "pathlib", "typing", "pytest",
               "sqlcipher3", "cryptography"}
    assert {n.split(".")[0] for n in names} <= allowed


def test_a_passphrase_opens_a_slot_and_the_sessions_read(
    opened: tuple[Any, dict[str, Any]]
) -> None:
    conn, _ = opened
    rows = conn.execute("SELECT s.id, s.start, t.summary FROM sessions s "
                        "JOIN sessions_text t ON t.id = s.id ORDER BY s.start").fetchall()
    assert len(rows) > 100
    assert sum(1 for r in rows if r[2]) > len(rows) // 2
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 5


def test_a_wrong_passphrase_fails_the_tag(demo: tuple[Path, str]) -> None:
    folder, _ = demo
    doc = json.loads((folder / "keyslots.json").read_text("utf-8"))
    slot = next(s for s in doc["slots"] if s["kind"] == "account")
    with pytest.raises(InvalidTag):
        open_slot(slot, b"not the passphrase")


def test_the_recovery_key_opens_the_recovery_slot(demo: tuple[Path, str]) -> None:
    folder, recovery = demo
    doc = json.loads((folder / "keyslots.json").read_text("utf-8"))
    slot = next(s for s in doc["slots"] if s["kind"] == "recovery")
    data_key, _ = open_slot(slot, recovery_bytes(recovery))
    conn = connect(folder, data_key)
    assert conn.execute("SELECT count(*) FROM members").fetchone()[0] > 1
    conn.close()


def test_the_whole_chain_and_every_content_digest_verify(
    opened: tuple[Any, dict[str, Any]]
) -> None:
    conn, doc = opened
    claims = verify_chain(conn, doc["vault_id"])
    assert claims
    assert mismatched_records(conn, claims) == []
    # The chain records each account's current slot and its digest.
    for slot in (s for s in doc["slots"] if s["kind"] == "account"):
        ad = b"peerdesk/slot-secret/v1\0" + canonical({k: slot[k] for k in IDENTITY})
        digest = hashlib.sha256(ad + b"\0" + slot["secret_ct"].encode()).hexdigest()
        recorded = [json.loads(r[0]) for r in conn.execute(
            "SELECT details FROM audit_events WHERE details LIKE ? ORDER BY seq",
            (f'%"slot_id":"{slot["slot_id"]}"%',))]
        assert recorded and recorded[-1]["slot_digest"] == digest


def test_this_laptops_change_log_verifies_and_matches_every_record(
    opened: tuple[Any, dict[str, Any]]
) -> None:
    conn, doc = opened
    latest = verify_change_log(conn, doc["vault_id"])
    stored = {(kind, rid): digest for kind in KINDS
              for rid, digest in record_digests(conn, kind).items()}
    assert stored and {k: d for k, d in latest.items() if d is not None} == stored


def test_altered_change_content_fails_the_standalone_check(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    conn, doc = open_copy(demo, tmp_path)
    conn.execute("DROP TRIGGER change_content_no_update")
    conn.execute("UPDATE change_content SET content = replace(content, '\"id\":\"', '\"id\":\"x') "
                 "WHERE rowid = (SELECT max(rowid) FROM change_content)")
    conn.commit()
    with pytest.raises(AssertionError):
        verify_change_log(conn, doc["vault_id"])
    conn.close()


def test_the_standalone_checks_can_fail(demo: tuple[Path, str], tmp_path: Path) -> None:
    """A summary changed with the key, and a re-signed forgery, are caught by the reader."""
    conn, doc = open_copy(demo, tmp_path)
    sid = conn.execute("SELECT id FROM sessions ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("UPDATE sessions_text SET summary = summary || '.' WHERE id = ?", (sid,))
    conn.commit()
    claims = verify_chain(conn, doc["vault_id"])
    assert mismatched_records(conn, claims) == [("session", sid)]
    stranger = Ed25519PrivateKey.generate()
    head = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO audit_events (seq, at, actor, key_id, action, details, prev_hash, hash, "
        "signature) VALUES (?, 'x', 'recovery', ?, 'forged', '{}', ?, 'h', ?)",
        (head[0] + 1, "0" * 32, head[1],
         base64.b64encode(stranger.sign(b"h")).decode()))
    with pytest.raises((AssertionError, KeyError, InvalidSignature)):
        verify_chain(conn, doc["vault_id"])
    conn.close()
