"""A laptop's scope follows the permission table for the members who use it."""

from __future__ import annotations

from peerdesk.domain.permissions import Actor, Resource
from peerdesk.domain.scope import RecordFacts, Visibility, visibility
from peerdesk.domain.vocab import Role

ASHA = Actor("m-asha", "a-asha", frozenset({Role.ADVISOR}))
RAVI = Actor("m-ravi", "a-ravi", frozenset({Role.ADVISOR}))
COORD = Actor("m-coord", "a-coord", frozenset({Role.COORDINATOR}))
SUP = Actor("m-sup", "a-sup", frozenset({Role.SUPERVISOR}))

R = Resource
V = Visibility


def _session_of(advisor: str) -> RecordFacts:
    return RecordFacts(R.SESSIONS, owners=frozenset({advisor}), assigned=frozenset({advisor}))


def test_an_advisors_laptop_holds_their_records_and_no_one_elses() -> None:
    assert visibility(_session_of("m-asha"), [ASHA]) is V.FULL
    assert visibility(_session_of("m-ravi"), [ASHA]) is V.NONE
    own_reflection = RecordFacts(R.REFLECTIONS, owners=frozenset({"m-asha"}))
    other_reflection = RecordFacts(R.REFLECTIONS, owners=frozenset({"m-ravi"}))
    assert visibility(own_reflection, [ASHA]) is V.FULL
    assert visibility(other_reflection, [ASHA]) is V.NONE


def test_supervision_about_an_advisor_travels_as_its_shared_part() -> None:
    note = RecordFacts(R.SUPERVISION_NOTES, owners=frozenset({"m-asha"}))
    assert visibility(note, [ASHA]) is V.SHARED
    assert visibility(note, [RAVI]) is V.NONE
    assert visibility(note, [SUP]) is V.FULL


def test_the_coordinators_laptop_gets_reflections_as_stubs() -> None:
    reflection = RecordFacts(R.REFLECTIONS, owners=frozenset({"m-asha"}))
    assert visibility(reflection, [COORD]) is V.EXISTENCE
    assert visibility(reflection, [COORD, SUP]) is V.FULL  # a shared group laptop


def test_a_shared_laptop_gets_the_union_of_its_members() -> None:
    assert visibility(_session_of("m-ravi"), [ASHA, RAVI]) is V.FULL
    assert visibility(_session_of("m-ravi"), []) is V.NONE
