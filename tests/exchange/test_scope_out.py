"""What a peer lacks and may read: the changes of a real vault cut to a laptop's members."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerdesk.exchange.payload import STUB_KEY, Change
from peerdesk.vault.exchange_out import lacking
from tests.support.laptops import SECRETS, busy_group
from tests.support.vaults import Group


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> Group:
    return busy_group(tmp_path_factory.mktemp("scope"))


def _for(group: Group, *logins: str, have: dict[str, int] | None = None
         ) -> tuple[list[Change], dict[str, int]]:
    ws = group.login("coord")
    return lacking(ws.vault.db, peer_members=[group.ids[n] for n in logins],
                   peer_has=have or {})


def _text(changes: list[Change]) -> str:
    return "\n".join(t for c in changes for _k, _i, t in c.content)


@pytest.mark.parametrize("login", ["asha", "bala", "sunil", "coord"])
def test_each_laptop_gets_the_text_its_members_may_read_and_no_other(
        group: Group, login: str) -> None:
    changes, _upto = _for(group, login)
    text = _text(changes)
    for marker, who in SECRETS.items():
        assert (marker in text) == (login in who), marker


def test_every_change_travels_in_order_as_envelope_or_placeholder(group: Group) -> None:
    changes, upto = _for(group, "asha")
    (device,) = {c.device for c in changes}
    assert [c.seq for c in changes] == list(range(1, upto[device] + 1))
    placeholders = [c for c in changes if c.is_placeholder]
    assert placeholders, "bala's reflection travels to asha's laptop as a link only"
    assert all(not c.content and c.signature is None for c in placeholders)


def test_existence_only_is_a_stub_without_text(group: Group) -> None:
    changes, _ = _for(group, "coord")
    stubs = [json.loads(t) for c in changes for k, _i, t in c.content
             if k in ("reflection", "supervision_note")]
    assert stubs and all(s[STUB_KEY] == "existence" for s in stubs)
    assert all("was_hard" not in s and "discussion" not in s for s in stubs)
    assert {s["author_id"] for s in stubs if "author_id" in s} == {
        group.ids["asha"], group.ids["bala"]}


def test_shared_part_of_a_supervision_note(group: Group) -> None:
    changes, _ = _for(group, "asha")
    notes = [json.loads(t) for c in changes for k, _i, t in c.content
             if k == "supervision_note"]
    assert notes and notes[-1][STUB_KEY] == "shared"
    assert notes[-1]["shared_summary"] == "Keep going sharedmarker"
    assert "discussion" not in notes[-1]


def test_every_member_is_known_to_every_laptop_by_name_only(group: Group) -> None:
    changes, _ = _for(group, "asha")
    members = {i: json.loads(t) for c in changes for k, i, t in c.content if k == "member"}
    assert set(members) >= {group.ids[n] for n in ("coord", "asha", "bala", "sunil")}
    assert STUB_KEY not in members[group.ids["asha"]]
    assert members[group.ids["bala"]][STUB_KEY] == "existence"
    assert "training" not in members[group.ids["bala"]]


def test_only_what_is_above_the_acknowledgement(group: Group) -> None:
    everything, upto = _for(group, "sunil")
    (device,) = upto
    assert _for(group, "sunil", have=dict(upto)) == ([], {})
    rest, _ = _for(group, "sunil", have={device: upto[device] - 2})
    assert rest == everything[-2:]


def test_a_relayed_chain_stops_where_this_laptop_holds_less(tmp_path: Path) -> None:
    from peerdesk.exchange.payload import Change as C
    from peerdesk.vault.exchange_scope import ScopeFilter

    g = busy_group(tmp_path)
    ws = g.login("coord")
    scope = ScopeFilter(ws.vault.db, [g.ids["sunil"]])
    from peerdesk.storage.change_queries import ChangeRow

    row = ChangeRow("d" * 32, 1, "0" * 64, "1" * 64, "2" * 64, None, None)
    assert scope.reduce(row, (), relay=True) is None
    assert isinstance(scope.reduce(row, (), relay=False), C)
