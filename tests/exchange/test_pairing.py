"""Pairing end to end with the real command line: join → device add → apply → unlock."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerdesk.errors import WrongPassphrase
from peerdesk.services.workspace import open_vault
from peerdesk.storage import change_queries
from tests.support.laptops import SECRETS, busy_group
from tests.support.laptops_cli import JOIN_PASSPHRASE, all_text, pair, run, safety_number
from tests.support.vaults import PASSPHRASES


def test_a_paired_laptop_opens_with_its_members_own_passphrases_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    g = busy_group(tmp_path)
    g.ws.lock()
    new = tmp_path / "asha-laptop"
    pair(monkeypatch, capsys, coord_folder=g.folder, new_folder=new, members="asha",
         tmp=tmp_path, name="Asha's laptop")
    assert not (new / "join-pending.json").exists()
    ws = open_vault(new, "asha", PASSPHRASES["asha"])
    try:
        assert ws.vault_id == g.ws.vault_id
        assert ws.group_name == g.ws.group_name
        text = all_text(ws)
        for marker, who in SECRETS.items():
            assert (marker in text) == ("asha" in who), marker
        own = change_queries.self_device(ws.vault.db)
        labels = {d.id: d.label for d in change_queries.devices(ws.vault.db)}
        assert labels[own] == "Asha's laptop" and len(labels) == 2
        report = ws.verify()
        assert report.ok, report.lines()
    finally:
        ws.lock()
    for other in ("bala", "coord", "sunil"):
        with pytest.raises(WrongPassphrase):
            open_vault(new, other, PASSPHRASES[other])
    with pytest.raises(WrongPassphrase):
        open_vault(new, "asha", JOIN_PASSPHRASE)


def test_a_different_safety_number_adds_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    g = busy_group(tmp_path)
    g.ws.lock()
    new, request = tmp_path / "new", tmp_path / "new.pdjoin"
    code, out, _ = run(monkeypatch, capsys, ["join", "--vault", new, "-o", request],
                       JOIN_PASSPHRASE)
    assert code == 0
    number = safety_number(out)
    wrong = str((int(number.replace(" ", "")) + 1) % 10**15).zfill(15)
    code, _out, err = run(monkeypatch, capsys, [
        "device", "add", request, "--vault", g.folder, "--user", "coord", "--members", "asha",
        "--number", wrong, "-o", tmp_path / "snap.pdx"], PASSPHRASES["coord"])
    assert code == 7 and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "snap.pdx").exists()
    ws = g.login("coord")
    assert len(change_queries.devices(ws.vault.db)) == 1


def test_only_a_coordinator_adds_a_laptop(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    g = busy_group(tmp_path)
    g.ws.lock()
    new, request = tmp_path / "new", tmp_path / "new.pdjoin"
    code, out, _ = run(monkeypatch, capsys, ["join", "--vault", new, "-o", request],
                       JOIN_PASSPHRASE)
    for user in ("sunil", "asha"):
        code, _o, err = run(monkeypatch, capsys, [
            "device", "add", request, "--vault", g.folder, "--user", user, "--members",
            "asha", "--number", safety_number(out), "-o", tmp_path / "snap.pdx"],
            PASSPHRASES[user])
        assert code == 6, err
    ws = g.login("coord")
    assert len(change_queries.devices(ws.vault.db)) == 1


def test_a_snapshot_needs_the_join_passphrase_and_this_laptops_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    g = busy_group(tmp_path)
    g.ws.lock()
    first, request = tmp_path / "first", tmp_path / "first.pdjoin"
    code, out, _ = run(monkeypatch, capsys, ["join", "--vault", first, "-o", request],
                       JOIN_PASSPHRASE)
    snap = tmp_path / "snap.pdx"
    code, _o, err = run(monkeypatch, capsys, [
        "device", "add", request, "--vault", g.folder, "--user", "coord", "--members", "asha",
        "--number", safety_number(out), "-o", snap], PASSPHRASES["coord"],
        PASSPHRASES["asha"] + "\n")
    assert code == 0, err
    code, _o, err = run(monkeypatch, capsys, ["exchange", "apply", snap, "--vault", first],
                        "not the join passphrase")
    assert code == 3
    other = tmp_path / "other"
    run(monkeypatch, capsys, ["join", "--vault", other, "-o", tmp_path / "o.pdjoin"],
        JOIN_PASSPHRASE)
    code, _o, err = run(monkeypatch, capsys, ["exchange", "apply", snap, "--vault", other],
                        JOIN_PASSPHRASE)
    assert code == 7 and "another laptop" in err
    assert sorted(p.name for p in other.iterdir()) == ["join-pending.json"]
    assert sorted(p.name for p in first.iterdir()) == ["join-pending.json"]


def test_a_member_confirms_with_their_own_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    g = busy_group(tmp_path)
    g.ws.lock()
    new, request = tmp_path / "new", tmp_path / "new.pdjoin"
    _code, out, _ = run(monkeypatch, capsys, ["join", "--vault", new, "-o", request],
                        JOIN_PASSPHRASE)
    code, _o, err = run(monkeypatch, capsys, [
        "device", "add", request, "--vault", g.folder, "--user", "coord", "--members",
        "coord,asha", "--number", safety_number(out), "-o", tmp_path / "snap.pdx"],
        PASSPHRASES["coord"], PASSPHRASES["bala"] + "\n")
    assert code == 3 and "asha" in err and not (tmp_path / "snap.pdx").exists()
    ws = g.login("coord")
    assert len(change_queries.devices(ws.vault.db)) == 1


def test_a_laptop_named_for_a_member_without_their_word_gets_nothing_of_theirs(
        tmp_path: Path) -> None:
    """A coordinator who writes device.added for asha without asha's confirmation (here
    with the raw change log, as a tampered program would) receives none of asha's text,
    neither from the coordinator's laptop nor from asha's own."""
    from peerdesk.exchange.container import open_bundle
    from peerdesk.exchange.device import DeviceKeys
    from peerdesk.exchange.payload import decode
    from peerdesk.services.exchange import ExchangeService
    from peerdesk.vault.exchange_in import public_of
    from tests.support.laptops import add_device_unconfirmed, pair_laptop

    g = busy_group(tmp_path)
    asha_dir = tmp_path / "asha-laptop"
    asha_device = pair_laptop(g, asha_dir, ["asha"], "Asha's laptop")
    fake = DeviceKeys.generate()
    add_device_unconfirmed(g.login("coord"), fake, "Spare", [g.ids["asha"]])
    bundles = [ExchangeService(g.ws.ctx).make(fake.public.device_id).data]
    to_asha = ExchangeService(g.ws.ctx).make(asha_device).data
    g.ws.lock()
    ws = open_vault(asha_dir, "asha", PASSPHRASES["asha"])
    try:
        svc = ExchangeService(ws.ctx)
        svc.apply(to_asha)
        bundles.append(svc.make(fake.public.device_id).data)
        known = {d.id: public_of(d) for d in change_queries.devices(ws.vault.db)}
        group = ws.vault_id
    finally:
        ws.lock()
    for data in bundles:
        payload = decode(open_bundle(data, me=fake, group=group, known=known).payload,
                         snapshot=False)
        text = "\n".join(t for c in payload.changes for _k, _i, t in c.content)
        assert "Talked about sleep" not in text and "refmarker" not in text
        assert "sharedmarker" not in text


def test_a_snapshot_cannot_give_one_members_login_to_another(tmp_path: Path) -> None:
    """A snapshot (signed by the coordinator's laptop, so a tampered program) that maps the
    coordinator's key slot to asha's member record is refused: the group's key.added
    change says whose key it is. Nothing is left in the folder but the pending join."""
    from dataclasses import replace

    from peerdesk.errors import BundleRefused
    from peerdesk.exchange.payload import Snapshot
    from peerdesk.services import exchange

    g = busy_group(tmp_path)
    new = tmp_path / "new"
    _request, data = exchange.start_join(new, "Shared laptop", JOIN_PASSPHRASE)
    ws = g.login("coord")
    svc = exchange.ExchangeService(ws.ctx)
    added = svc.add_laptop(exchange.read_join_request(data), ["coord", "asha"], None,
                           {"asha": PASSPHRASES["asha"]})
    del added
    row = next(d for d in change_queries.devices(ws.vault.db)
               if d.id not in {change_queries.self_device(ws.vault.db)})
    coord_account = ws.actor.account_id
    slots = tuple(s.to_dict() for s in ws.vault.slot_file.slots
                  if s.kind == "recovery" or s.username in ("coord", "asha"))
    accounts = tuple({"account_id": s["account_id"], "username": s["username"],
                      "member_id": g.ids["asha"]} for s in slots
                     if s["account_id"] == coord_account)
    snapshot = Snapshot("Tuesday circle", "UTC", (), tuple(
        s for s in slots if s["account_id"] in {coord_account, "recovery"}), accounts)
    from peerdesk.services.exchange import _directory_entry

    snapshot = replace(snapshot, devices=tuple(_directory_entry(d)
                                               for d in change_queries.devices(ws.vault.db)))
    forged = svc._seal(row, {}, snapshot).data
    ws.lock()
    with pytest.raises(BundleRefused):
        exchange.apply_first_snapshot(new, forged, JOIN_PASSPHRASE)
    assert sorted(p.name for p in new.iterdir()) == ["join-pending.json"]
