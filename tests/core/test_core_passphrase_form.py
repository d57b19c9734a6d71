"""How a passphrase reaches the key derivation: NFC for new slots, as typed for old ones,
and key-derivation parameters read from a slot are bounded before anything is derived."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from core_support import cli_env, db_state, make_vault

from peerdesk.crypto import keyslots
from peerdesk.crypto.kdf import KdfParams
from peerdesk.errors import VaultDamaged, WrongPassphrase
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault

# "Café résumé naïve" written with composed letters, and Devanagari with nukta letters
# (U+0929 composes in NFC; U+0958 is a composition exclusion and decomposes in NFC).
LATIN_NFC = "Café résumé naïve façade"
DEVANAGARI_PRECOMPOSED = "क़लम और ऩदी की कहानी"
DEVANAGARI_DECOMPOSED = "क\u093cलम और न\u093cदी की कहानी"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    ("typed_at_creation", "typed_at_unlock"),
    [
        (LATIN_NFC, nfd(LATIN_NFC)),
        (nfd(LATIN_NFC), LATIN_NFC),
        (DEVANAGARI_PRECOMPOSED, DEVANAGARI_DECOMPOSED),
        (DEVANAGARI_DECOMPOSED, DEVANAGARI_PRECOMPOSED),
    ],
    ids=["latin-nfc-then-nfd", "latin-nfd-then-nfc", "devanagari-pre-then-de",
         "devanagari-de-then-pre"],
)
def test_the_same_words_from_another_input_method_open_the_vault(
    vault_dir: Path, typed_at_creation: str, typed_at_unlock: str
) -> None:
    assert typed_at_creation != typed_at_unlock
    vault, _ = make_vault(vault_dir, passphrase=typed_at_creation)
    vault.close()
    Vault.unlock(vault_dir, "coord", typed_at_unlock).close()
    assert SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")[0].version == 2


def test_a_changed_passphrase_is_normalised_too(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.change_passphrase("correct horse battery staple", nfd(LATIN_NFC))
    vault.close()
    Vault.unlock(vault_dir, "coord", LATIN_NFC).close()


def test_an_old_slot_opens_with_the_passphrase_exactly_as_typed(vault_dir: Path) -> None:
    """Version 1 slots derived from the raw bytes; they keep opening that way."""
    typed = nfd(LATIN_NFC)
    vault, _ = make_vault(vault_dir, passphrase=typed)
    keys, old = vault.keys, vault.slot_file.account_slots("coord")[0]
    v1 = keyslots.make_slot(
        vault_id=vault.vault_id, kind=keyslots.KIND_ACCOUNT, account_id=vault.account_id,
        username="coord", secret=typed.encode("utf-8"), data_key=keys.data_key,
        key_epoch=old.key_epoch, created_at=old.created_at, kdf=KdfParams.fast_for_tests(),
        signing_key=keys.signing_key, box_key=keys.box_key, version=1,
    )
    vault.close()
    slots = SlotFile.load(vault_dir / "keyslots.json")
    slots.slots = [v1 if s.slot_id == old.slot_id else s for s in slots.slots]
    slots.save(vault_dir / "keyslots.json")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "coord", LATIN_NFC)
    Vault.unlock(vault_dir, "coord", typed).close()


def test_the_saved_v1_vault_still_opens(tmp_path: Path) -> None:
    import shutil

    here = Path(__file__).resolve().parent
    info = json.loads((here / "fixtures" / "vault_v1.json").read_text("utf-8"))
    folder = tmp_path / "v1"
    shutil.copytree(here / "fixtures" / "vault_v1", folder)
    assert json.loads((folder / "keyslots.json").read_text())["slots"][0]["version"] == 1
    Vault.unlock(folder, info["user"], info["passphrase"]).close()


@pytest.mark.parametrize(
    "kdf",
    [
        {"m": 4 * 1024 * 1024, "t": 64, "p": 64},
        {"m": 1024 * 1024 + 1},
        {"t": 21},
        {"p": 9},
    ],
    ids=["all-raised", "memory", "passes", "lanes"],
)
def test_a_slot_asking_for_too_much_key_derivation_is_refused_at_once(
    vault_dir: Path, kdf: dict[str, int]
) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    path = vault_dir / "keyslots.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["slots"][0]["kdf"].update(kdf)
    path.write_text(json.dumps(doc), "utf-8")
    before = db_state(vault_dir), path.read_bytes()
    start = time.perf_counter()
    with pytest.raises(VaultDamaged, match="beyond the limits"):
        Vault.unlock(vault_dir, "coord", "correct horse battery staple")
    assert time.perf_counter() - start < 2.0  # no Argon2id ran (4 GiB would take minutes)
    assert (db_state(vault_dir), path.read_bytes()) == before


def test_the_command_line_names_the_refusal_in_one_line(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    path = vault_dir / "keyslots.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["slots"][0]["kdf"].update({"m": 4 * 1024 * 1024, "t": 64, "p": 64})
    path.write_text(json.dumps(doc), "utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "peerdesk", "verify", "--vault", str(vault_dir), "--user",
         "coord"], env=cli_env(PEERDESK_PASSPHRASE="correct horse battery staple"),
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert out.returncode == 4
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "beyond the limits" in lines[0]
    assert "correct horse" not in out.stderr
