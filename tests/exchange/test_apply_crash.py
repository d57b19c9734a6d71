"""kill -9 during an apply, at random moments, 20 runs: afterwards the vault opens, verify
passes, and applying the same bundle again gives exactly what an uninterrupted apply
gives."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from peerdesk.services.workspace import open_vault
from tests.exchange.test_apply_order import state
from tests.support.replicas import apply, changes_lacking, make_replica
from tests.support.vaults import PASSPHRASES, make_group

KILLER = Path(__file__).with_name("apply_killer.py")
ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _env() -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    env["PEERDESK_KDF_PROFILE"] = "test"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.slow
def test_kill_9_during_apply_20_runs(tmp_path: Path) -> None:
    group = make_group(tmp_path)
    sessions = [group.session("a1" if i % 2 else "b1", "asha" if i % 2 else "bala",
                              START + timedelta(hours=i)) for i in range(120)]
    second = make_replica(group, tmp_path, "pristine")
    for i, sid in enumerate(sessions):  # a large batch: edits of every session, and more
        group.ws.sessions.update(sid, {"summary": f"Follow-up notes {i}.",
                                       "duration_minutes": 30 + i % 40})
    for i in range(60):
        group.session("a1", "asha", START + timedelta(days=10, hours=i))
    second.ws.sessions.update(sessions[0], {"summary": "Edited on the second laptop."})
    second.ws.sessions.update(sessions[1], {"channel": "video"})
    incoming = changes_lacking(group.ws, second.ws)
    second.ws.lock()
    group.ws.lock()
    pristine = tmp_path / "pristine"
    bundle = tmp_path / "changes.json"
    bundle.write_text(json.dumps([{"row": list(dataclasses.astuple(i.row)),
                                   "content": [list(c) for c in i.content]}
                                  for i in incoming]), "utf-8")

    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference)
    ws = open_vault(reference, "coord", PASSPHRASES["coord"])
    began = time.monotonic()
    apply(ws, incoming)
    took = time.monotonic() - began
    expected = state(ws)
    ws.lock()

    rng = random.Random(20261206)
    finished = killed = 0
    for run in range(20):
        folder = tmp_path / f"run{run}"
        shutil.copytree(pristine, folder)
        proc = subprocess.Popen(
            [sys.executable, str(KILLER), str(folder), PASSPHRASES["coord"], str(bundle)],
            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, took * 1.3))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err, err
        finished += "DONE" in out
        killed += "DONE" not in out
        ws = open_vault(folder, "coord", PASSPHRASES["coord"])
        try:
            assert ws.vault.db.integrity_problems() == []
            report = ws.verify()
            assert report.ok, report
            apply(ws, incoming)
            assert state(ws) == expected
        finally:
            ws.lock()
        shutil.rmtree(folder)
    assert killed > 0, "no run was interrupted; the harness is broken"
