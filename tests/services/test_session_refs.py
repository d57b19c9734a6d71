"""Saving a session checks who it is about and who held it, with clear messages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from peerdesk.errors import ValidationError
from peerdesk.storage import advisee_queries, member_queries


def _values(group, advisee_id: str, advisor_id: str) -> dict:
    return {"advisee_id": advisee_id, "advisor_id": advisor_id,
            "start": group.ws.ctx.now() - timedelta(hours=1), "duration_minutes": 30,
            "channel": "phone", "summary": "Talked.", "themes": []}


def test_unknown_advisee_is_refused(group):
    with pytest.raises(ValidationError, match="advisee does not exist") as err:
        group.ws.sessions.create(_values(group, "no-such-advisee", group.id("asha")))
    assert set(err.value.errors) == {"advisee_id"}


def test_closed_advisee_is_refused_until_reopened(group):
    ws = group.ws
    ws.advisees.update(group.id("a1"), {"status": "closed",
                                        "closed_on": ws.ctx.now().date(),
                                        "closed_reason": "Moved away."})
    with pytest.raises(ValidationError, match="closed; reopen it first"):
        ws.sessions.create(_values(group, group.id("a1"), group.id("asha")))
    ws.advisees.update(group.id("a1"), {"status": "active", "closed_on": None,
                                        "closed_reason": ""})
    assert ws.sessions.create(_values(group, group.id("a1"), group.id("asha"))).kind == "session"


@pytest.mark.parametrize("who", ["sunil", "nobody"])
def test_advisor_must_be_an_advisor_of_the_group(group, who):
    advisor = group.ids.get(who, "no-such-member")
    with pytest.raises(ValidationError, match="Choose an advisor") as err:
        group.ws.sessions.create(_values(group, group.id("a1"), advisor))
    assert set(err.value.errors) == {"advisor_id"}


def test_the_lookups_behind_the_checks(group):
    db = group.ws.ctx.db
    assert advisee_queries.status(db, group.id("a1")) == "active"
    assert advisee_queries.status(db, "no-such-advisee") is None
    assert member_queries.roles(db, group.id("asha")) == frozenset({"advisor"})
    assert member_queries.roles(db, "no-such-member") is None
    group.ws.advisees.delete(group.id("b1"))
    assert advisee_queries.status(db, group.id("b1")) is None  # tombstoned
