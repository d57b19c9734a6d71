"""What a laptop may hold: the permission table read for the members who use that laptop.

A laptop receives a record in full when one of its members may read it, as a stub without
text when one may only know it exists (or read its shared part), and not at all otherwise
(docs/exchange.md, "Scope"). The rule is the permission table itself, so a change there
changes what travels; nothing here repeats a role's rights.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from peerdesk.domain.permissions import Action, Actor, Resource, allowed


class Visibility(IntEnum):
    NONE = 0
    EXISTENCE = 1  # a stub: that the record exists, who it concerns, never its text
    SHARED = 2  # the shared part only (a supervision note's part for the advisor)
    FULL = 3


@dataclass(frozen=True)
class RecordFacts:
    """What the permission checks need to know about one record, and nothing more."""

    resource: Resource
    #: Members for whom the record is their own (its author, the advisor of an agreement,
    #: the advisors a supervision note is about, the member of an account).
    owners: frozenset[str] = frozenset()
    #: Members to whom the record's advisee is assigned.
    assigned: frozenset[str] = frozenset()


def visibility(facts: RecordFacts, members: Iterable[Actor]) -> Visibility:
    """The most that any of ``members`` may see of the record."""
    best = Visibility.NONE
    for actor in members:
        owns = actor.member_id in facts.owners
        assigned = owns or actor.member_id in facts.assigned
        relation = {"owns": owns, "assigned": assigned}
        if allowed(actor, Action.READ, facts.resource, **relation):
            return Visibility.FULL
        if allowed(actor, Action.READ_SHARED, facts.resource, **relation):
            best = max(best, Visibility.SHARED)
        elif allowed(actor, Action.READ_EXISTENCE, facts.resource, **relation):
            best = max(best, Visibility.EXISTENCE)
    return best
