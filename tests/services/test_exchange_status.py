"""What the app says about the exchange: this laptop, the reminder, and escalations raised
here that the supervisor's laptop does not have yet. Real vaults and a real second laptop
(its device added by a signed change, as pairing does)."""

from __future__ import annotations

from datetime import timedelta

from peerdesk.storage import change_queries, exchange_queries
from peerdesk.vault.layout import iso, utc_now
from tests.support.replicas import make_replica
from tests.support.vaults import make_group


def _raise(ws, advisee_id):
    return ws.escalations.raise_({"advisee_id": advisee_id, "level": "high",
                                  "categories": ["other"],
                                  "description": "Said goodbye to friends."}).id


def test_one_laptop_groups_see_no_banner_and_no_reminder(tmp_path):
    g = make_group(tmp_path)
    _raise(g.ws, g.ids["a1"])
    status = g.ws.exchange_status
    me = status.this_laptop()
    assert me is not None and len(me.device_id) == 32 and me.label and me.peers == 0
    assert status.unsent_escalations() == []
    assert status.reminder() is None


def test_an_escalation_raised_here_is_unsent_until_a_bundle_carries_it(tmp_path):
    g = make_group(tmp_path)
    make_replica(g, tmp_path, "supervisor-laptop")
    ws = g.login("coord")
    esc = _raise(ws, g.ids["a1"])
    unsent = ws.exchange_status.unsent_escalations()
    assert [u.escalation_id for u in unsent] == [esc]
    assert unsent[0].supervisor_laptop  # the other laptop has sunil among its members
    assert unsent[0].advisee_code
    # An advisor sees only what they raised themselves.
    assert g.login("asha").exchange_status.unsent_escalations() == []
    ws = g.login("coord")
    db = ws.vault.db
    own = change_queries.self_device(db)
    other = next(d.id for d in change_queries.devices(db) if d.id != own)
    held = exchange_queries.held(db)
    with db.transaction():
        exchange_queries.record_sent(db, other, held, held, iso(utc_now()))
    assert ws.exchange_status.unsent_escalations() == []


def test_the_reminder_counts_from_the_last_exchange_and_follows_the_group_setting(tmp_path):
    g = make_group(tmp_path)
    make_replica(g, tmp_path, "second")  # pairing sent the first bundle: an exchange
    ws = g.login("coord")
    status = ws.exchange_status
    assert status.reminder() is None
    later = utc_now() + timedelta(days=4)
    reminder = status.reminder(now=later)
    assert reminder is not None and not reminder.never and reminder.days == 4
    assert reminder.setting_days == 3
    ws.settings.update({"exchange_reminder_days": 7})
    assert status.reminder(now=later) is None
    db = ws.vault.db
    other = next(d.id for d in change_queries.devices(db)
                 if d.id != change_queries.self_device(db))
    with db.transaction():
        exchange_queries.record_received(db, other, {}, iso(later - timedelta(days=1)))
    assert status.reminder(now=later + timedelta(days=6)) is None  # 7 days since received
    assert status.reminder(now=later + timedelta(days=7)) is not None
