"""Writes: saving one session with its audit event, and a bulk import of many sessions.

* Save: ``ws.sessions.create(values)`` (validation, one transaction, the session row, its
  text row, its full-text entry and a signed audit event) against the same INSERTs in
  plain SQLite (``records.insert`` + ``audit_table.append`` in one transaction, record and
  event prepared beforehand; with the change-log row and its content row, also prepared).
  Goal ≤ 2x and under 5 ms. A second, informational row runs
  the whole service on the plain twin, to separate Python work from encryption.
* Bulk: ``storage.bulk.insert_records`` of generated sessions in one transaction into a
  fresh vault, against the same call on a plain twin of that fresh vault. Goal ≤ 3.5x.
"""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.perf._bench import Bench
from tests.perf._data import connect_plain, export_plain, on_plain
from tests.perf._harness import Goal, Result, paired

NAME = "writes"
NEEDS_WS = True
SAVES_PER_CALL = 20

SUMMARY = (
    "Talked about the entrance exam results and the pressure from home. They said the "
    "waiting is the hardest part and that sleep has been poor for two weeks. We went "
    "through what helped last time: short walks, calling a cousin, writing the worries "
    "down before bed. Agreed they would try the list again and tell me how it went. "
    "No risk noticed; they were calmer by the end and laughed about the cricket match."
)


_PAIRS: list[tuple[str, str]] = []


def _values(b: Bench, i: int) -> dict[str, Any]:
    if not _PAIRS:
        _PAIRS.extend((str(r[0]), str(r[1])) for r in b.plain.query(
            "SELECT aa.advisee_id, aa.advisor_id FROM advisee_advisors aa "
            "JOIN advisees a ON a.id = aa.advisee_id WHERE a.status = 'active' "
            "AND a.deleted_at IS NULL AND a.erased_at IS NULL ORDER BY aa.advisee_id LIMIT 500"))
    advisee, advisor = _PAIRS[i % len(_PAIRS)]
    return {"advisee_id": advisee, "advisor_id": advisor,
            "start": b.ws.ctx.now() - timedelta(hours=2 + i % 50), "duration_minutes": 45,
            "channel": "phone", "summary": SUMMARY, "next_steps": "Check in next week.",
            "themes": []}


def save_one(b: Bench) -> list[Result]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from peerdesk.crypto.encoding import canonical_json
    from peerdesk.domain import validate
    from peerdesk.storage import audit_table, change_queries, content_table, records
    from peerdesk.vault.audit_chain import seal_event

    DIGEST = "0" * 64

    ws, plain, ctx = b.ws, b.plain, b.ws.ctx
    counter = iter(range(10**9))
    key = Ed25519PrivateKey.generate()
    public = ws.vault._slot.sign_public

    def ours() -> None:
        for _ in range(SAVES_PER_CALL):
            ws.sessions.create(_values(b, next(counter)))

    prepared: list[tuple[Any, dict[str, Any], Any, str]] = []
    change_seq = iter(range(1, 10**9))

    def prepare() -> None:
        head = audit_table.head(plain)
        assert head is not None
        seq, prev = head
        prepared.clear()
        for _ in range(SAVES_PER_CALL):
            session = validate.build_session(_values(b, next(counter)), meta=ctx.new_meta(),
                                             now=ctx.now(), tz=ctx.tz)
            seq += 1
            event = seal_event(seq=seq, at=ctx.now().isoformat(), actor=ws.actor.account_id,
                               signing_key=key, sign_public=public, action="session.created",
                               target_kind="session", target_id=session.id,
                               details={"advisee_id": session.advisee_id,
                                        "advisor_id": session.advisor_id,
                                        "risk_noticed": session.risk_noticed},
                               prev_hash=prev)
            prev = event["hash"]
            envelope = canonical_json({
                "format": 1, "group": ws.vault.vault_id, "stamp": "0" * 60, "author": "a" * 36,
                "key_id": "k" * 32, "action": "session.created", "records": [
                    {"kind": "session", "id": session.id, "base": None, "after": DIGEST}]})
            row = change_queries.ChangeRow("b" * 32, next(change_seq), DIGEST, DIGEST, DIGEST,
                                           envelope.decode(), event["signature"])
            content = json.dumps(_values(b, 0), default=str, sort_keys=True)
            prepared.append((session, event, row, content))

    def base() -> None:
        for session, event, row, content in prepared:
            with plain.transaction():
                records.insert(plain, session)
                audit_table.append(plain, event)
                # The content digest row peerdesk keeps beside the event (digest prepared).
                content_table.append(plain, event["seq"], [("session", session.id, DIGEST)])
                # The change-log row and its content row (prepared).
                change_queries.append(plain, row, [("session", session.id, content)])

    def service_on_plain() -> None:
        with on_plain(ws, plain):
            ours()

    per = SAVES_PER_CALL
    r = paired(f"save one session + audit event (per save, ×{per} per rep)", ours, base,
               Goal(ratio=2.0, max_ms=5.0), reps=b.reps, before=prepare)
    r2 = paired("save one session: the same service code on plain SQLite (per save)", ours,
                service_on_plain, Goal(), reps=b.reps, info=True)
    for res in (r, r2):
        res.peerdesk_ms /= per
        res.baseline_ms = None if res.baseline_ms is None else res.baseline_ms / per
        res.peerdesk_all = [x / per for x in res.peerdesk_all]
        res.baseline_all = [x / per for x in res.baseline_all]
        res.judge()
        b.log(f"  {res.name}: {res.peerdesk_ms:.2f} ms vs {res.baseline_ms:.2f} ms "
              f"= {res.ratio:.2f}x")
    return [r, r2]


def bulk_import(b: Bench) -> list[Result]:
    from dataclasses import replace

    from peerdesk.crypto.kdf import KdfParams
    from peerdesk.demo.generator import SCALES, generate
    from peerdesk.services.demo import insert_demo
    from peerdesk.services.workspace import create_vault
    from peerdesk.storage import bulk
    from peerdesk.storage.database import Database

    n = 10_000 if b.quick else 100_000
    work = b.run / "bulk"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    b.log(f"  bulk import: generating {n:,} sessions...")
    ws, _ = create_vault(work / "template", group_name="Bench", username="coordinator",
                         display_name="Bench Coordinator", passphrase=b.passphrase,
                         kdf=KdfParams.fast_for_tests())
    scale = replace(SCALES["large"], name="bench", sessions=n, reflection_share=0.0,
                    escalations=0, supervision_notes=0)
    data = generate(scale, 2, now=ws.ctx.now(), tz=ws.ctx.tz,
                    coordinator_id=ws.actor.member_id, policy=ws.ctx.policy)
    sessions = list(data.sessions)
    data.sessions, data.reflections, data.agreements, data.breaches = [], [], [], []
    data.escalations, data.events, data.disclosures, data.supervision_notes = [], [], [], []
    insert_demo(ws, data)  # members and advisees: what sessions refer to
    key = bytes(ws.vault.keys.data_key)
    ws.vault.db.checkpoint()
    export_plain(ws.vault.db.conn, work / "template-plain.db")
    ws.lock()
    tmpl_vault, tmpl_plain = work / "template" / "peerdesk.db", work / "template-plain.db"
    ours_db, base_db = work / "ours.db", work / "plain.db"

    def fresh() -> None:
        for src, dst in ((tmpl_vault, ours_db), (tmpl_plain, base_db)):
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{dst}{suffix}").unlink(missing_ok=True)
            shutil.copy2(src, dst)

    def load(db: Database) -> None:
        try:
            with db.transaction():
                bulk.insert_records(db, sessions)
        finally:
            db.close()

    def ours() -> None:
        load(Database.open(ours_db, key))

    def base() -> None:
        load(connect_plain(base_db))

    reps = min(b.reps, 5)
    r = paired(f"bulk import of {n:,} sessions, one transaction", ours, base,
               Goal(ratio=3.5), reps=reps, warmup=0, before=fresh)
    b.log(f"  {r.name}: {r.peerdesk_ms:.0f} ms vs {r.baseline_ms:.0f} ms = {r.ratio:.2f}x")
    shutil.rmtree(work, ignore_errors=True)
    return [r]


def run(b: Bench) -> list[Result]:
    return [*save_one(b), *bulk_import(b)]
