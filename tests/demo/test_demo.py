"""The demo generator: deterministic, valid, and showing every screen's interesting cases."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from peerdesk.demo.generator import DemoData, generate
from peerdesk.domain import validate
from peerdesk.domain.drift import drift_alerts
from peerdesk.domain.vocab import EscalationState, SupervisionRequest
from peerdesk.services import workspace as ws_mod
from peerdesk.services.demo import make_demo
from peerdesk.storage import bulk

TZ = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 6, 1, 6, 30, tzinfo=UTC)
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEERDESK_KDF_PROFILE", "test")
    monkeypatch.delenv("PEERDESK_PASSPHRASE", raising=False)


@pytest.fixture(scope="module")
def data() -> DemoData:
    return generate("small", 5, now=NOW, tz=TZ,
                    coordinator_id="c0ffee00-0000-4000-8000-000000000000")


def test_same_seed_same_content(data: DemoData) -> None:
    again = generate("small", 5, now=NOW, tz=TZ,
                     coordinator_id="c0ffee00-0000-4000-8000-000000000000")
    assert again.counts() == data.counts()
    assert again.sessions[0].summary == data.sessions[0].summary
    assert [s.id for s in again.sessions[:50]] == [s.id for s in data.sessions[:50]]
    other = generate("small", 6, now=NOW, tz=TZ,
                     coordinator_id="c0ffee00-0000-4000-8000-000000000000")
    assert [s.summary for s in other.sessions[:20]] != [s.summary for s in data.sessions[:20]]


def test_small_has_the_promised_shape(data: DemoData) -> None:
    c = data.counts()
    assert c["member"] == 9 and c["advisee"] == 60 and c["session"] == 1500
    assert c["reflection"] > 1000 and c["escalation"] == 40 and c["supervision_note"] > 50
    assert {e.state for e in data.escalations} == set(EscalationState)
    assert all(r.phone == "" and "DEMO" in r.name for r in data.resources)
    assert any("\u0900" <= ch <= "\u097f" for s in data.sessions for ch in s.summary)
    assert len({s.channel for s in data.sessions}) == 4
    hours = [s.start.astimezone(TZ).hour for s in data.sessions]
    assert sum(9 <= h <= 21 for h in hours) / len(hours) > 0.95


def test_every_record_passes_the_domain_builders(data: DemoData) -> None:
    kw = {"now": NOW}
    for s in data.sessions:
        validate.require_valid(validate.validate_session(validate.form_values(s), tz=TZ, **kw))
    for r in data.reflections:
        validate.require_valid(validate.validate_reflection(validate.form_values(r), **kw))
    for a in data.advisees:
        validate.require_valid(validate.validate_advisee(validate.form_values(a), tz=TZ, **kw))
    for g in data.agreements:
        validate.require_valid(validate.validate_agreement(validate.form_values(g), tz=TZ,
                                                           **kw))
    for n in data.supervision_notes:
        validate.require_valid(validate.validate_supervision_note(validate.form_values(n),
                                                                  tz=TZ, **kw))
    for e in data.escalations:
        validate.require_valid(validate.validate_escalation(validate.form_values(e), **kw))
    for ev in data.events:
        validate.require_valid(validate.validate_event(validate.form_values(ev), **kw))
    for d in data.disclosures:
        validate.require_valid(validate.validate_disclosure(validate.form_values(d), **kw))


def test_queues_have_work(data: DemoData) -> None:
    linked = {rid for n in data.supervision_notes for rid in n.reflection_ids}
    refl = {r.id: r for r in data.reflections}
    assert linked and all(refl[i].reviewed_at is not None for i in linked)
    urgent_open = [r for r in data.reflections if r.supervision_request is
                   SupervisionRequest.URGENT and r.reviewed_at is None]
    assert urgent_open
    today = NOW.astimezone(TZ).date()
    last_follow = {}
    for s in data.sessions:
        last_follow[s.advisee_id] = s.follow_up
    assert any(f is not None and f <= today for f in last_follow.values())
    last_seen = {}
    for s in data.sessions:
        last_seen[s.advisee_id] = s.start
    active = {a.id for a in data.advisees if a.status.value == "active"}
    assert any(NOW - last_seen[a] > timedelta(days=30) for a in active)
    sessions_by_pair: dict[tuple[str, str], list] = {}
    for s in data.sessions:
        sessions_by_pair.setdefault((s.advisor_id, s.advisee_id), []).append(s)
    kinds = set()
    for g in data.agreements:
        for alert in drift_alerts(g, sessions_by_pair.get((g.advisor_id, g.advisee_id), []),
                                  tz=TZ, now=NOW):
            kinds.add(alert.kind.value)
    assert len(kinds) >= 2, kinds
    assert data.breaches


def test_make_demo_vault(tmp_path: Path) -> None:
    res = make_demo(tmp_path / "v", scale="small", seed=2, passphrase=PASS)
    assert res.usernames[:3] == ("coordinator", "supervisor", "advisor01")
    assert res.usernames[-1] == "advisor08"
    ws = ws_mod.open_vault(tmp_path / "v", "advisor03", PASS)
    try:
        assert ws.group_name == "Saathi Peer Support, Delhi" and ws.timezone == "Asia/Kolkata"
        db = ws.vault.db
        for kind, n in res.counts.items():
            assert bulk.count(db, kind) == n + (kind == "member")  # + the coordinator
        events = db.query("SELECT action FROM audit_events WHERE action = 'demo.generated'")
        assert len(events) == len(res.counts)
        assert ws.verify().ok
    finally:
        ws.lock()


def test_cli_demo_prints_passphrase(tmp_path: Path) -> None:
    env = {"PEERDESK_KDF_PROFILE": "test", "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-m", "peerdesk", "demo", "--vault",
                        str(tmp_path / "d"), "--seed", "3"], env=env, capture_output=True,
                       text=True, timeout=120, cwd=str(Path(__file__).resolve().parents[2]))
    assert r.returncode == 0, r.stderr
    assert "SYNTHETIC" in r.stdout and "chosen for you" in r.stdout
    assert "sessions 1,500/1,500" in r.stdout
    r2 = subprocess.run([sys.executable, "-m", "peerdesk", "demo", "--vault",
                         str(tmp_path / "d")], env=env, capture_output=True, text=True,
                        timeout=60, cwd=str(Path(__file__).resolve().parents[2]))
    assert r2.returncode == 2 and r2.stderr.count("\n") == 1
