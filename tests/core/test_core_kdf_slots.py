"""E2–E4: Argon2id floor and defaults, unique salts and nonces, every slot field bound."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from core_support import PASSPHRASE, make_vault, read_slots

from peerdesk.crypto import keyslots
from peerdesk.crypto.kdf import KdfParams, calibrate
from peerdesk.crypto.keyslots import KeySlot
from peerdesk.errors import VaultDamaged, WrongPassphrase
from peerdesk.vault.vault import Vault


def test_production_defaults_and_floor() -> None:
    d = KdfParams()
    assert (d.memory_kib, d.lanes) == (256 * 1024, 4)
    assert d.iterations >= 3
    assert d.meets_floor()
    f = KdfParams.floor()
    assert (f.memory_kib, f.iterations, f.lanes) == (64 * 1024, 3, 4)
    assert not KdfParams.fast_for_tests().meets_floor()
    assert not KdfParams(64 * 1024 - 1, 3, 4).meets_floor()
    assert not KdfParams(64 * 1024, 2, 4).meets_floor()
    assert not KdfParams(64 * 1024, 3, 3).meets_floor()


def test_calibration_and_a_default_slot_meet_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The one test that derives real keys (a few seconds)."""
    monkeypatch.delenv("PEERDESK_KDF_PROFILE", raising=False)
    params = calibrate(target_seconds=0.2)
    assert params.meets_floor()
    assert params.memory_kib == 256 * 1024 and params.lanes == 4 and params.iterations >= 3
    slot = keyslots.make_slot(
        vault_id="v" * 32, kind=keyslots.KIND_ACCOUNT, account_id="a", username="u",
        secret=b"a long enough passphrase", data_key=b"k" * 32, key_epoch=0,
        created_at="2026-01-01T00:00:00Z", kdf=KdfParams(),
    )
    assert slot.kdf == {"alg": "argon2id", "m": 256 * 1024, "t": 3, "p": 4}
    assert keyslots.kdf_of(slot) == KdfParams()


def test_salts_and_nonces_are_unique_across_200_slots() -> None:
    seen: dict[str, set[str]] = {"salt": set(), "secret_nonce": set(), "dk_nonce": set(),
                                 "dk_ephemeral": set()}
    fast = KdfParams.fast_for_tests()
    for i in range(200):
        slot = keyslots.make_slot(
            vault_id="v", kind=keyslots.KIND_ACCOUNT, account_id=f"a{i}", username=f"u{i}",
            secret=b"same passphrase for all", data_key=b"k" * 32, key_epoch=0,
            created_at="t", kdf=fast,
        )
        # Re-sealing the data key must also take a fresh nonce and ephemeral key.
        again = keyslots.seal_data_key(slot, b"k" * 32, 1)
        for s in (slot, again):
            for name in ("dk_nonce", "dk_ephemeral"):
                value = getattr(s, name)
                assert value not in seen[name]
                seen[name].add(value)
        for name in ("salt", "secret_nonce"):
            value = getattr(slot, name)
            assert value not in seen[name]
            seen[name].add(value)
    assert len(seen["salt"]) == 200 and len(seen["dk_nonce"]) == 400


def _alter(value: Any) -> Any:
    """A different value of the same shape (flip one bit of base64 bytes where possible)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, dict):
        changed = dict(value)
        key = "t" if "t" in changed else next(iter(changed))
        changed[key] = _alter(changed[key])
        return changed
    assert isinstance(value, str)
    try:
        raw = base64.b64decode(value, validate=True)
        if raw:
            flipped = bytearray(raw)
            flipped[len(flipped) // 2] ^= 0x01
            return base64.b64encode(bytes(flipped)).decode()
    except ValueError:
        pass
    if not value:
        return "x"
    return value[:-1] + ("0" if value[-1] != "0" else "1")


SLOT_FIELDS = sorted(KeySlot("", "", "", "", "", {}, "", "", "", "", "", 0, "", "", "", "")
                     .to_dict())


@pytest.mark.parametrize("field_name", SLOT_FIELDS)
def test_altering_any_slot_field_fails_unlock(vault_dir: Path, field_name: str) -> None:
    vault, recovery = make_vault(vault_dir)
    vault.close()
    doc = read_slots(vault_dir)
    slots: list[dict[str, Any]] = doc["slots"]  # type: ignore[assignment]
    for slot in slots:  # both the account and the recovery slot
        slot[field_name] = _alter(slot[field_name])
    before_db = (vault_dir / "peerdesk.db").read_bytes()
    (vault_dir / "keyslots.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        Vault.unlock(vault_dir, "coord", PASSPHRASE).close()
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        Vault.unlock_with_recovery(vault_dir, recovery).close()
    assert (vault_dir / "peerdesk.db").read_bytes() == before_db


def test_every_slot_field_is_covered_by_the_alteration_test() -> None:
    assert set(SLOT_FIELDS) >= {
        "version", "slot_id", "vault_id", "kind", "account_id", "username", "kdf", "salt",
        "box_public", "sign_public", "secret_nonce", "secret_ct", "key_epoch",
        "dk_ephemeral", "dk_nonce", "dk_ct", "created_at",
    }


def test_slot_with_altered_kdf_memory_does_not_open() -> None:
    fast = KdfParams.fast_for_tests()
    slot = keyslots.make_slot(
        vault_id="v", kind=keyslots.KIND_ACCOUNT, account_id="a", username="u",
        secret=b"pass phrase here", data_key=b"k" * 32, key_epoch=0, created_at="t", kdf=fast,
    )
    weaker = KeySlot.from_dict({**slot.to_dict(), "kdf": {**slot.kdf, "m": slot.kdf["m"] * 2}})
    with pytest.raises(keyslots.SlotOpenError):
        keyslots.open_slot(weaker, b"pass phrase here")
    with pytest.raises(keyslots.SlotOpenError):
        keyslots.open_slot(slot, b"pass phrase herE")
    assert bytes(keyslots.open_slot(slot, b"pass phrase here").data_key) == b"k" * 32


def test_a_slot_below_the_floor_is_strengthened_after_unlock(tmp_path, monkeypatch) -> None:
    """E3: a slot made with weak parameters is rewritten with production ones on unlock."""
    from peerdesk.crypto import kdf as kdf_mod
    from peerdesk.crypto.kdf import KdfParams
    from peerdesk.vault.vault import Vault

    monkeypatch.setenv("PEERDESK_KDF_PROFILE", "test")
    vault, _ = Vault.create(tmp_path / "v", group_name="G", username="coord",
                            display_name="C", passphrase=PASSPHRASE,
                            kdf=KdfParams.fast_for_tests())
    vault.close()
    monkeypatch.delenv("PEERDESK_KDF_PROFILE")
    floor = KdfParams.floor()
    monkeypatch.setattr(kdf_mod, "calibrate", lambda target_seconds=1.0: floor)
    monkeypatch.setattr("peerdesk.vault.vault.default_params", lambda: floor)
    vault = Vault.unlock(tmp_path / "v", "coord", PASSPHRASE)
    try:
        slot = next(s for s in vault.slot_file.slots if s.username == "coord")
        assert KdfParams.from_dict(slot.kdf) == floor
        assert len([s for s in vault.slot_file.slots if s.username == "coord"]) == 1
    finally:
        vault.close()
    Vault.unlock(tmp_path / "v", "coord", PASSPHRASE).close()
