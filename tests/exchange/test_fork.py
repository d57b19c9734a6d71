"""A laptop restored from an older backup forks its own chain and starts a new one."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from peerdesk.services.exchange_sync import sync_folder
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import change_queries
from tests.support.laptops import busy_group, pair_laptop, service
from tests.support.vaults import PASSPHRASES


def _open(folder: Path, login: str) -> Workspace:
    return open_vault(folder, login, PASSPHRASES[login])


def _sync(folder: Path, login: str, shared: Path) -> None:
    ws = _open(folder, login)
    try:
        report = sync_folder(service(ws), shared)  # type: ignore[arg-type]
        assert report.ok, report.refused
    finally:
        ws.lock()


def _summaries(folder: Path, login: str) -> str:
    ws = _open(folder, login)
    try:
        return "\n".join(str(r[0]) for r in ws.vault.db.query("SELECT summary FROM "
                                                               "sessions_text"))
    finally:
        ws.lock()


def test_a_restored_laptop_continues_on_a_new_chain_and_its_new_work_arrives(
        tmp_path: Path) -> None:
    g = busy_group(tmp_path)
    asha_dir = tmp_path / "asha-laptop"
    pair_laptop(g, asha_dir, ["asha"], "Asha's laptop")
    g.ws.lock()
    shared = tmp_path / "Sync"
    shared.mkdir()
    for folder, login in ((g.folder, "coord"), (asha_dir, "asha")) * 2:
        _sync(folder, login, shared)
    backup = tmp_path / "asha-backup"
    shutil.copytree(asha_dir, backup)

    def call(text: str) -> None:
        ws = _open(asha_dir, "asha")
        try:
            ws.sessions.create({
                "advisee_id": g.ids["a1"], "advisor_id": g.ids["asha"],
                "start": datetime.now(UTC) - timedelta(hours=2), "duration_minutes": 20,
                "channel": "phone", "summary": text})
        finally:
            ws.lock()

    call("before the restore beforerestoremarker")
    _sync(asha_dir, "asha", shared)
    _sync(g.folder, "coord", shared)
    shutil.rmtree(asha_dir)
    shutil.copytree(backup, asha_dir)  # the laptop is restored from the older backup
    ws = _open(asha_dir, "asha")
    old_device = change_queries.self_device(ws.vault.db)
    ws.lock()
    call("after the restore afterrestoremarker")
    for folder, login in ((asha_dir, "asha"), (g.folder, "coord")) * 3:
        _sync(folder, login, shared)
    ws = _open(asha_dir, "asha")
    try:
        new_device = change_queries.self_device(ws.vault.db)
        devices = {d.id: d for d in change_queries.devices(ws.vault.db)}
    finally:
        ws.lock()
    assert new_device != old_device and new_device in devices
    assert devices[new_device].members == devices[old_device].members  # type: ignore[index]
    coord = _summaries(g.folder, "coord")
    assert "beforerestoremarker" in coord and "afterrestoremarker" in coord
    assert "afterrestoremarker" in _summaries(asha_dir, "asha")
    ws = _open(g.folder, "coord")
    try:
        assert new_device in {d.id for d in change_queries.devices(ws.vault.db)}
    finally:
        ws.lock()
    for folder, login in ((g.folder, "coord"), (asha_dir, "asha")):
        ws = _open(folder, login)
        try:
            report = ws.verify()
            assert report.ok, (login, report.lines())
        finally:
            ws.lock()
