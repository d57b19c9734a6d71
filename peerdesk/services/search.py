"""Full-text search over note text, scoped to what the actor may read.

User text is never handed to FTS5 as syntax: it is split into words, each word becomes a
quoted FTS5 string (the last one a prefix, for type-ahead), and the words are ANDed.
Text with no letters or digits finds nothing; text longer than the limits is refused
with a clear message.

Who finds what (docs/permissions.md):
* coordinator — sessions, escalations and escalation events (not reflections, not
  supervision discussions);
* advisor — sessions, escalations and events of advisees assigned to them, and their
  own reflections;
* supervisor — everything indexed.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import Role
from peerdesk.errors import ValidationError
from peerdesk.i18n import N_
from peerdesk.services.context import ServiceContext
from peerdesk.storage import search_queries
from peerdesk.storage.search_queries import SearchScope

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
MAX_LIMIT = 500
#: Record kinds that follow the advisee's assignment.
CASE_KINDS = ("session", "escalation", "escalation_event")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "session", "reflection", "supervision_note", "escalation", ...
    record_id: str
    advisee_code: str  # "" when the record is not about one advisee
    snippet: str  # plain text; matches between search_queries.SNIPPET_OPEN and _CLOSE
    rank: float  # lower is better (bm25)


def terms(query: str) -> list[str]:
    """The words of ``query`` that can match anything (letters or digits in them)."""
    return [w for w in query.split() if any(c.isalnum() for c in w)]


def match_expression(words: list[str]) -> str:
    """An FTS5 expression: every word a quoted string; the last one also a prefix."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if quoted:
        quoted[-1] += " *"
    return " AND ".join(quoted)


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def scope(self) -> SearchScope:
        ctx = self.ctx
        roles = ctx.actor.roles
        if Role.SUPERVISOR in roles:
            return SearchScope(all_kinds=("session", "reflection", "supervision_note",
                                          "escalation", "escalation_event"))
        all_kinds: list[str] = []
        if ctx.sees_all(Resource.SESSIONS):
            all_kinds.append("session")
        if ctx.sees_all(Resource.ESCALATIONS):
            all_kinds += ["escalation", "escalation_event"]
        assigned: tuple[str, ...] = ()
        own: tuple[str, ...] = ()
        if Role.ADVISOR in roles:
            assigned = tuple(k for k in CASE_KINDS if k not in all_kinds)
            if ctx.allowed(Action.READ, Resource.REFLECTIONS, owns=True):
                own = ("reflection",)
        return SearchScope(all_kinds=tuple(all_kinds), assigned_kinds=assigned, own_kinds=own,
                           member_id=ctx.actor.member_id)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        if not isinstance(query, str):
            raise ValidationError(N_("Type the words to search for."), "query")
        if len(query) > MAX_QUERY_CHARS:
            raise ValidationError(
                f"Search for fewer words (at most {MAX_QUERY_CHARS} characters).", "query")
        words = terms(query)
        if len(words) > MAX_TERMS:
            raise ValidationError(f"Search for at most {MAX_TERMS} words.", "query")
        if not words:
            return []
        limit = max(0, min(int(limit), MAX_LIMIT))
        rows = search_queries.search(self.ctx.db, match_expression(words), self.scope(), limit)
        return [SearchHit(r.kind, r.record_id, r.advisee_code, r.snippet, r.rank) for r in rows]
