"""Group settings in ``meta`` and the themes list: defaults, validation, audit, rights."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from peerdesk.domain.vocab import RiskLevel
from peerdesk.errors import PermissionDenied, ValidationError
from peerdesk.services.settings import GroupSettings, SettingsService
from peerdesk.storage import audit_table


def test_defaults(group) -> None:
    s = SettingsService(group.ws.ctx).get()
    assert s == GroupSettings(timezone="UTC")
    assert (s.idle_lock_minutes, s.clipboard_clear_seconds, s.no_contact_days) == (5, 30, 30)
    assert s.policy().ack_within[RiskLevel.IMMINENT] == timedelta(hours=1)
    assert s.policy().ack_within[RiskLevel.CONCERN] == timedelta(days=7)


def test_update_is_audited_and_applied(group) -> None:
    ws = group.ws
    svc = SettingsService(ws.ctx)
    before = audit_table.count(ws.ctx.db)
    change = svc.update({"timezone": "Asia/Kolkata", "ack_minutes_high": 120,
                         "idle_lock_minutes": "10", "retention_months": 36})
    assert audit_table.count(ws.ctx.db) == before + 1
    last = list(audit_table.iter_events(ws.ctx.db))[-1]
    assert last["action"] == "settings.updated"
    assert set(change.ids) == {"timezone", "ack_minutes_high", "idle_lock_minutes",
                               "retention_months"}
    s = svc.get()
    assert (s.timezone, s.ack_minutes_high, s.idle_lock_minutes) == ("Asia/Kolkata", 120, 10)
    assert ws.ctx.policy.ack_within[RiskLevel.HIGH] == timedelta(hours=2)
    assert str(ws.ctx.tz) == "Asia/Kolkata"
    assert svc.retention().keep_closed_months == 36
    assert svc.update({"idle_lock_minutes": 10}).op == "unchanged"
    assert audit_table.count(ws.ctx.db) == before + 1
    # survives a new login
    ws = group.login("sunil")
    assert SettingsService(ws.ctx).get().timezone == "Asia/Kolkata"
    assert SettingsService(ws.ctx).policy().ack_within[RiskLevel.HIGH] == timedelta(hours=2)
    assert json.dumps(last)  # details are plain data


@pytest.mark.parametrize("values", [
    {"timezone": "Mars/Olympus"}, {"timezone": ""}, {"idle_lock_minutes": 0},
    {"idle_lock_minutes": "five"}, {"clipboard_clear_seconds": 10_000},
    {"ack_minutes_imminent": -1}, {"no_contact_days": True}, {"retention_enabled": "yes"},
    {"colour": "blue"},
])
def test_bad_values_are_refused(group, values) -> None:
    with pytest.raises(ValidationError):
        SettingsService(group.ws.ctx).update(values)


def test_who_may_do_what(group) -> None:
    ws = group.login("sunil")
    svc = SettingsService(ws.ctx)
    assert svc.get().idle_lock_minutes == 5
    with pytest.raises(PermissionDenied):
        svc.update({"idle_lock_minutes": 9})
    with pytest.raises(PermissionDenied):
        svc.add_theme("grief")
    ws = group.login("asha")
    svc = SettingsService(ws.ctx)
    with pytest.raises(PermissionDenied):
        svc.get()
    assert svc.app_settings().idle_lock_minutes == 5  # every member's app needs these
    assert svc.themes() == []


def test_themes(group) -> None:
    ws = group.ws
    svc = SettingsService(ws.ctx)
    svc.add_theme("  Grief ")
    svc.add_theme("work stress")
    with pytest.raises(ValidationError):
        svc.add_theme("grief")
    with pytest.raises(ValidationError):
        svc.add_theme("x" * 61)
    with pytest.raises(ValidationError):
        svc.add_theme("two\nlines")
    svc.set_theme_active("Grief", False)
    assert [t.name for t in svc.themes()] == ["Grief", "work stress"]
    assert [t.name for t in svc.themes(active_only=True)] == ["work stress"]
