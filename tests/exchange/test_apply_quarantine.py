"""A change its author was not allowed to make is quarantined on receipt: held on its
chain, not applied, listed with a one-line reason. The forbidden changes here are made the
way a member who modified their own copy of peerdesk would: written straight to storage
inside a signed write on their own laptop, bypassing the services' checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from peerdesk.domain.records_people import Member
from peerdesk.domain.records_practice import Session
from peerdesk.domain.records_risk import Escalation
from peerdesk.domain.vocab import EscalationState, Role
from peerdesk.exchange.device import DeviceKeys
from peerdesk.services.workspace import Workspace
from peerdesk.storage import apply_queries, change_queries, records
from peerdesk.vault import change_log
from tests.support.replicas import Laptop, add_device, make_replica, sync
from tests.support.vaults import Group, make_group

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Group, Laptop]:
    group = make_group(tmp_path)
    return group, make_replica(group, tmp_path)


def forge(ws: Workspace, action: str, write: Callable[[Any], None]) -> None:
    """A signed write that skips every check of the services."""
    with ws.vault.write(action, "", "", {}) as db:
        write(db)


def _touched(ws: Workspace, old: Any, **changes: Any) -> Any:
    return replace(old, meta=old.meta.touched(by=ws.actor.member_id, now=datetime.now(UTC)),
                   **changes)


def test_an_advisor_closing_an_escalation_is_quarantined(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    esc = group.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                       "categories": ["self_harm_or_suicidal"],
                                       "description": "Said goodbye."}).id
    group.ws.escalations.transition(esc, "acknowledged")
    group.ws.escalations.transition(esc, "resolved", "Talked it through.")
    sync(group.ws, second.ws)
    ws = second.login("asha")

    def close(db: Any) -> None:
        old = records.get(db, Escalation, esc)
        records.update(db, old, _touched(ws, old, state=EscalationState.CLOSED))

    forge(ws, "escalation.transition", close)
    result = sync(ws, group.ws)
    assert result.quarantined == 1 and result.applied == 1
    assert group.ws.escalations.get(esc).escalation.state is EscalationState.RESOLVED
    (item,) = apply_queries.quarantined(group.ws.vault.db)
    assert item.author == group.id("asha") and item.action == "escalation.transition"
    assert "supervisor" in item.reason and "\n" not in item.reason
    assert group.ws.verify().ok
    # held on its chain: the laptop's next, allowed change still applies after it
    ws.sessions.create({"advisee_id": group.id("a1"), "advisor_id": group.id("asha"),
                        "start": START, "duration_minutes": 30, "channel": "phone",
                        "summary": "Called back."})
    after = sync(ws, group.ws)
    assert after.applied == 1 and after.quarantined == 0


def test_a_coordinator_granting_the_supervisor_role_is_quarantined(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    ws = second.ws  # the coordinator on the second laptop

    def grant(db: Any) -> None:
        old = records.get(db, Member, group.id("asha"))
        records.update(db, old, _touched(ws, old, roles=old.roles | {Role.SUPERVISOR}))

    forge(ws, "member.updated", grant)
    result = sync(ws, group.ws)
    assert result.quarantined == 1
    assert Role.SUPERVISOR not in group.ws.members.get(group.id("asha")).roles
    (item,) = apply_queries.quarantined(group.ws.vault.db)
    assert item.reason == "Only a supervisor can grant or remove the supervisor role."


def test_an_advisor_editing_another_advisors_session_is_quarantined(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("b1", "bala", START)
    sync(group.ws, second.ws)
    ws = second.login("asha")

    def edit(db: Any) -> None:
        old = records.get(db, Session, sid)
        records.update(db, old, _touched(ws, old, summary="Rewritten by someone else."))

    forge(ws, "session.updated", edit)
    result = sync(ws, group.ws)
    assert result.quarantined == 1
    assert group.ws.sessions.get(sid).summary == "Talked it through."
    (item,) = apply_queries.quarantined(group.ws.vault.db)
    assert item.reason == "its author was not allowed to update this session"


def test_the_same_edit_by_the_coordinator_applies(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("b1", "bala", START)
    sync(group.ws, second.ws)
    second.ws.sessions.update(sid, {"summary": "Corrected by the coordinator."})
    result = sync(second.ws, group.ws)
    assert result.quarantined == 0
    assert group.ws.sessions.get(sid).summary == "Corrected by the coordinator."


def test_changes_after_a_revocation_cutoff_are_quarantined(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    second.ws.sessions.update(sid, {"summary": "Before the laptop was removed."})
    sync(second.ws, group.ws)
    device = second.device
    head = change_queries.head(group.ws.vault.db, device)
    assert head is not None
    vault = group.ws.vault
    with vault.write("device.revoked", "device", device, {"device_id": device}) as db:
        change_log.log_event(db, group=vault.vault_id, author=vault._author(),
                             action="device.revoked",
                             details={"device": device, "cutoff": head[0]})
        apply_queries.revoke_device(db, device, head[0], "2026-03-02T10:00:00Z")
    second.ws.sessions.update(sid, {"summary": "After the laptop was removed."})
    result = sync(second.ws, group.ws)
    assert result.quarantined == 1
    assert group.ws.sessions.get(sid).summary == "Before the laptop was removed."
    # every laptop that receives the revocation does the same
    third_view = sync(group.ws, second.ws)
    assert third_view.applied >= 1
    (item,) = apply_queries.quarantined(group.ws.vault.db)
    assert item.reason == "made on a laptop after it was removed from the group"


def test_an_advisor_granting_themselves_a_role_is_quarantined(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    ws = second.login("asha")

    def promote(db: Any) -> None:
        old = records.get(db, Member, group.id("asha"))
        records.update(db, old, _touched(ws, old, roles=old.roles | {Role.COORDINATOR}))

    forge(ws, "member.updated", promote)
    result = sync(ws, group.ws)
    assert result.quarantined == 1
    assert Role.COORDINATOR not in group.ws.members.get(group.id("asha")).roles
    (item,) = apply_queries.quarantined(group.ws.vault.db)
    assert item.reason == "its author was not allowed to update this member"


def test_an_advisor_adding_a_laptop_is_quarantined(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    ws = second.login("asha")
    rogue = DeviceKeys.generate()
    add_device(ws, rogue, "Asha's second laptop", [group.id("asha")])
    result = sync(ws, group.ws)
    assert result.quarantined == 1
    (item,) = apply_queries.quarantined(group.ws.vault.db)
    assert item.action == "device.added"
    assert item.reason == "only a coordinator can add or remove a laptop"
    known = {d.id for d in change_queries.devices(group.ws.vault.db)}
    assert rogue.public.device_id not in known
