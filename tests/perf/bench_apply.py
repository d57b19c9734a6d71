"""Applying received changes: one month of a busy group's records arriving at a paired
laptop, against inserting the same records with ``storage.bulk`` in the same run.

A fresh group (fast key derivation) gets its members and advisees, a second laptop is
paired for real, then the first laptop writes one month of the large demo's pace (about
2,000 sessions with their reflections, escalations and events) as demo writes. Ours:
``apply_changes`` of those changes on a fresh copy of the second laptop (every check, the
merge decisions, the content digests of its one audit event). Baseline: the same records
inserted with ``bulk.insert_records`` in one transaction into another fresh copy of the same
encrypted database. Goal ≤ 2x.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.perf._bench import Bench
from tests.perf._harness import Goal, Result, paired

NAME = "apply"
NEEDS_WS = False
JOIN_SECRET = "a join passphrase for the bench"


def run(b: Bench) -> list[Result]:
    from peerdesk.crypto.kdf import KdfParams
    from peerdesk.demo.generator import SCALES, generate
    from peerdesk.demo.state import DemoData
    from peerdesk.services import exchange
    from peerdesk.services.demo import insert_demo
    from peerdesk.services.workspace import create_vault, open_vault
    from peerdesk.storage import bulk
    from peerdesk.storage.database import Database
    from peerdesk.vault.change_apply import apply_changes
    from tests.support.replicas import changes_lacking

    work = b.run / "apply"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    sessions = 400 if b.quick else 2_000
    b.log(f"  apply: a group with one month of {sessions:,} sessions...")
    ws, _ = create_vault(work / "first", group_name="Bench", username="coordinator",
                         display_name="Bench Coordinator", passphrase=b.passphrase,
                         kdf=KdfParams.fast_for_tests())
    scale = replace(SCALES["large"], name="bench", advisees=max(60, sessions // 16),
                    sessions=sessions, months=1, escalations=max(10, sessions // 50),
                    supervision_notes=0)
    data = generate(scale, 3, now=ws.ctx.now(), tz=ws.ctx.tz,
                    coordinator_id=ws.actor.member_id, policy=ws.ctx.policy)
    people = DemoData(data.coordinator_name, members=data.members, advisees=data.advisees)
    insert_demo(ws, people)
    _request, request = exchange.start_join(work / "second", "Second", JOIN_SECRET)
    added = exchange.ExchangeService(ws.ctx).add_laptop(
        exchange.read_join_request(request), ["coordinator"])
    exchange.apply_first_snapshot(work / "second", added.snapshot.data, JOIN_SECRET)
    month = DemoData(data.coordinator_name, sessions=data.sessions,
                     reflections=data.reflections, escalations=data.escalations,
                     events=data.events, disclosures=data.disclosures,
                     escalation_storage=data.escalation_storage)
    insert_demo(ws, month)
    second = open_vault(work / "second", "coordinator", b.passphrase)
    incoming = changes_lacking(ws, second)
    key = bytes(second.vault.keys.data_key)
    second.lock()
    ws.lock()
    template, ours_dir, base_db = work / "second", work / "ours", work / "base.db"
    opened: list[Any] = []

    def fresh() -> None:
        if opened and opened[0].is_open:
            opened[0].lock()
        shutil.rmtree(ours_dir, ignore_errors=True)
        shutil.copytree(template, ours_dir, ignore=shutil.ignore_patterns("*.lock"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{base_db}{suffix}").unlink(missing_ok=True)
            src = Path(f"{template / 'peerdesk.db'}{suffix}")
            if src.exists():
                shutil.copy2(src, f"{base_db}{suffix}")
        opened[:] = [open_vault(ours_dir, "coordinator", b.passphrase)]

    def ours() -> None:
        target = opened[0]
        try:
            apply_changes(target.vault, incoming)
        finally:
            target.lock()

    def base() -> None:
        db = Database.open(base_db, key)
        try:
            with db.transaction():
                for kind, items in month.by_kind().items():
                    if items:
                        storage = month.escalation_storage if kind == "escalation" else None
                        bulk.insert_records(db, items, storage=storage)
        finally:
            db.close()

    reps = min(b.reps, 5)
    records = sum(len(v) for v in month.by_kind().values())
    r = paired(f"apply one month of changes ({records:,} records) on a paired laptop",
               ours, base, Goal(ratio=2.0), reps=reps, warmup=0, before=fresh)
    b.log(f"  {r.name}: {r.peerdesk_ms:.0f} ms vs {r.baseline_ms:.0f} ms = {r.ratio:.2f}x")
    if opened and opened[0].is_open:
        opened[0].lock()
    shutil.rmtree(work, ignore_errors=True)
    return [r]
