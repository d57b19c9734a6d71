"""The WHERE builder every list query uses: what goes in, and what must not be dropped."""

from __future__ import annotations

from peerdesk.storage.escalation_queries import EscalationFilter
from peerdesk.storage.escalation_queries import _where as escalation_where
from peerdesk.storage.where import Where, placeholders


def test_parts_and_parameters_in_order():
    sql, params = (Where("x.deleted_at IS NULL").if_set("x.a = ?", "A").if_set("x.b = ?", "")
                   .if_set("x.c = ?", None).if_true("x.flag = 1", True)
                   .if_true("x.other = 1", False).one_of("x.id", ("1", "2")).build())
    assert sql == "x.deleted_at IS NULL AND x.a = ? AND x.flag = 1 AND x.id IN (?, ?)"
    assert params == ["A", "1", "2"]


def test_an_empty_scope_narrows_to_nothing_instead_of_being_dropped():
    sql, params = Where("t").if_given("x.owner = ?", "").one_of("x.id", ()).build()
    assert sql == "t AND x.owner = ? AND x.id IN (NULL)"
    assert params == [""]
    # The escalation list relies on this for an advisor's scope.
    sql, params = escalation_where(EscalationFilter(assigned_to=""))
    assert "advisor_id = ?" in sql and params == [""]


def test_placeholders():
    assert placeholders(["a", "b", "c"]) == "?, ?, ?"
    assert placeholders([]) == "NULL"
