"""Role grants: nobody changes their own roles; only a supervisor grants the supervisor
role or a supervisor's login (the founder may create the first supervisor, once); every
grant and revocation is its own signed audit event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from peerdesk.errors import PermissionDenied
from peerdesk.services.workspace import create_vault, open_vault_with_recovery
from peerdesk.storage import audit_table

Group = Any
PASSPHRASES = {"coord": "long passphrase 1", "asha": "long passphrase 2",
               "bala": "long passphrase 3", "sunil": "long passphrase 4"}


def audit_count(ws: Any) -> int:
    return audit_table.count(ws.ctx.db)


def _events(ws: object, action: str) -> list[dict[str, object]]:
    db = ws.ctx.db  # type: ignore[attr-defined]
    # The content digests an event carries are the audit chain's business (tested there).
    return [{k: v for k, v in json.loads(e["details"]).items() if k != "content_digests"}
            | {"actor": e["actor"]}
            for e in audit_table.iter_events(db) if e["action"] == action]


def test_coordinator_cannot_make_themselves_supervisor(group: Group) -> None:
    ws = group.ws
    me = ws.actor.member_id
    before = audit_count(ws)
    with pytest.raises(PermissionDenied, match="their own roles"):
        ws.members.update(me, {"roles": ["coordinator", "supervisor"]})
    assert ws.members.get(me).roles == {"coordinator"}
    assert audit_count(ws) == before


def test_nobody_removes_their_own_role(group: Group) -> None:
    ws = group.login("sunil")
    with pytest.raises(PermissionDenied, match="their own roles"):
        ws.members.update(group.id("sunil"), {"roles": ["advisor"]})


def test_coordinator_cannot_grant_supervisor_after_the_first(group: Group) -> None:
    ws = group.ws  # the founder; sunil (the first supervisor) already exists
    with pytest.raises(PermissionDenied, match="Only a supervisor"):
        ws.members.update(group.id("asha"), {"roles": ["advisor", "supervisor"]})
    with pytest.raises(PermissionDenied, match="Only a supervisor"):
        ws.members.create({"display_name": "Puppet", "roles": ["supervisor"]})
    with pytest.raises(PermissionDenied, match="Only a supervisor"):
        ws.members.update(group.id("sunil"), {"roles": ["advisor"]})
    assert not any(m.display_name == "Puppet" for m in ws.members.all())


def test_coordinator_cannot_give_a_supervisor_a_second_login(group: Group) -> None:
    ws = group.ws
    with pytest.raises(PermissionDenied, match="supervisor a login"):
        ws.members.add_account(group.id("sunil"), "sunil2", "a passphrase I chose")
    assert "sunil2" not in {u for _, u, _ in ws.members.accounts()}


def test_coordinator_cannot_give_an_advisor_a_second_login(group: Group) -> None:
    """A second login for a member who has one would let whoever chose its passphrase act
    as them (read their reflections, write in their name) while their own login still
    works, so they would never notice."""
    ws = group.ws
    before = audit_count(ws)
    with pytest.raises(PermissionDenied, match="already has a login"):
        ws.members.add_account(group.id("asha"), "asha2", "a passphrase I chose")
    assert "asha2" not in {u for _, u, _ in ws.members.accounts()}
    assert ws.members.login_problem(group.id("asha"))
    assert audit_count(ws) == before
    [(asha_login, _, _)] = [a for a in ws.members.accounts() if a[1] == "asha"]
    ws.members.remove_account(asha_login)  # a new login is given openly: the old one goes
    assert not ws.members.login_problem(group.id("asha"))
    ws.members.add_account(group.id("asha"), "asha2", "a passphrase I chose")


def _founded(tmp_path: Path) -> tuple[Any, str]:
    """A new vault opened by its founder ("coord"), and its recovery key."""
    return create_vault(tmp_path / "v", group_name="G", username="coord",
                        display_name="Founder", passphrase=PASSPHRASES["coord"])


def _with_second_coordinator(tmp_path: Path) -> str:
    """A new vault whose founder added a second coordinator ("other"); the founder's id."""
    ws, _ = _founded(tmp_path)
    try:
        other = ws.members.create({"display_name": "Other", "roles": ["coordinator"]}).record
        ws.members.add_account(other.id, "other", PASSPHRASES["asha"])
        return str(ws.actor.member_id)
    finally:
        ws.lock()


def test_second_coordinator_cannot_bootstrap(tmp_path: Path) -> None:
    from peerdesk.services.workspace import open_vault

    _with_second_coordinator(tmp_path)
    ws = open_vault(tmp_path / "v", "other", PASSPHRASES["asha"])
    try:
        with pytest.raises(PermissionDenied, match="Only a supervisor"):
            ws.members.create({"display_name": "S", "roles": ["supervisor"]})
    finally:
        ws.lock()


def test_a_new_login_for_the_founder_cannot_bootstrap(tmp_path: Path) -> None:
    """The bootstrap belongs to the founder's own login: a second coordinator who removes
    it and gives the founder's member record a login of their own does not inherit it."""
    from peerdesk.services.workspace import open_vault

    founder = _with_second_coordinator(tmp_path)
    ws = open_vault(tmp_path / "v", "other", PASSPHRASES["asha"])
    try:
        [(founder_login, _, _)] = [a for a in ws.members.accounts() if a[1] == "coord"]
        ws.members.remove_account(founder_login)
        ws.members.add_account(founder, "coord2", PASSPHRASES["bala"])
    finally:
        ws.lock()
    ws = open_vault(tmp_path / "v", "coord2", PASSPHRASES["bala"])
    try:
        assert ws.actor.member_id == founder
        with pytest.raises(PermissionDenied, match="Only a supervisor"):
            ws.members.create({"display_name": "S", "roles": ["supervisor"]})
        assert not any("supervisor" in m.roles for m in ws.members.all())
    finally:
        ws.lock()


def test_bootstrap_is_once_even_after_the_first_supervisor_goes(tmp_path: Path) -> None:
    ws, _ = _founded(tmp_path)
    try:
        first = ws.members.create({"display_name": "First", "roles": ["supervisor"]}).record
        ws.members.add_account(first.id, "first", PASSPHRASES["sunil"])
        # the role vanishes from every member record (edited in the database): the chain
        # still says a supervisor was made, so the founder cannot make another
        with ws.vault.db.transaction():
            ws.vault.db.execute("UPDATE members SET roles = '[\"advisor\"]' WHERE id = ?",
                                (first.id,))
        with pytest.raises(PermissionDenied, match="Only a supervisor"):
            ws.members.create({"display_name": "Second", "roles": ["supervisor"]})
    finally:
        ws.lock()


def test_supervisor_grants_and_revokes_and_events_name_who_whom_which(group: Group) -> None:
    ws = group.login("sunil")
    ws.members.update(group.id("asha"), {"roles": ["advisor", "supervisor"]})
    ws.members.update(group.id("asha"), {"roles": ["advisor"]})
    new = ws.members.create({"display_name": "Second sup", "roles": ["supervisor"]}).record
    ws.members.add_account(new.id, "second", PASSPHRASES["bala"] + "x")
    granted = _events(ws, "role.granted")
    revoked = _events(ws, "role.revoked")
    sunil_account = ws.actor.account_id
    assert {"member_id": group.id("asha"), "role": "supervisor",
            "by_member_id": group.id("sunil"), "actor": sunil_account} in granted
    assert revoked == [{"member_id": group.id("asha"), "role": "supervisor",
                        "by_member_id": group.id("sunil"), "actor": sunil_account}]
    assert any(e["member_id"] == new.id for e in granted)
    # but a supervisor still does not run the roster
    with pytest.raises(PermissionDenied):
        ws.members.update(group.id("asha"), {"display_name": "Renamed"})
    with pytest.raises(PermissionDenied):
        ws.members.update(group.id("asha"), {"roles": ["advisor", "coordinator"]})
    with pytest.raises(PermissionDenied):
        ws.members.create({"display_name": "Adv", "roles": ["advisor"]})


def test_founding_grants_are_audited_too(group: Group) -> None:
    granted = _events(group.ws, "role.granted")
    roles = {(e["member_id"], e["role"]) for e in granted}
    assert (group.id("sunil"), "supervisor") in roles
    assert (group.id("asha"), "advisor") in roles


def test_recovery_key_cannot_reset_a_supervisors_passphrase(tmp_path: Path) -> None:
    ws, recovery = _founded(tmp_path)
    try:
        sup = ws.members.create({"display_name": "S", "roles": ["supervisor"]}).record
        ws.members.add_account(sup.id, "sunil", PASSPHRASES["sunil"])
        adv = ws.members.create({"display_name": "A", "roles": ["advisor"]}).record
        ws.members.add_account(adv.id, "asha", PASSPHRASES["asha"])
    finally:
        ws.lock()
    rws = open_vault_with_recovery(tmp_path / "v", recovery)
    try:
        with pytest.raises(PermissionDenied, match="supervisor"):
            rws.reset_passphrase("sunil", "a passphrase the coordinator chose")
        rws.reset_passphrase("asha", "a new passphrase for asha")
    finally:
        rws.lock()
    from peerdesk.errors import WrongPassphrase
    from peerdesk.services.workspace import open_vault

    with pytest.raises(WrongPassphrase):
        open_vault(tmp_path / "v", "sunil", "a passphrase the coordinator chose")
    open_vault(tmp_path / "v", "sunil", PASSPHRASES["sunil"]).lock()


def test_coordinator_cannot_replace_a_supervisors_login(group: Group) -> None:
    """Removing a supervisor's login and giving them a new one (a passphrase the
    coordinator chose) would be a reset by the back door: the new login is refused."""
    ws = group.ws
    account = next(a for a, u, _ in ws.members.accounts() if u == "sunil")
    ws.members.remove_account(account)
    with pytest.raises(PermissionDenied, match="supervisor a login"):
        ws.members.add_account(group.id("sunil"), "sunil", "a passphrase I chose")
