"""Full-text search over ``search_index`` with the permission scope applied inside SQL.

The caller passes a ready FTS5 expression (built by the search service from quoted
tokens, never raw user syntax) and a :class:`SearchScope`; rows outside the scope are
excluded by the query itself, so a page of results is never short.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import placeholders

SNIPPET_OPEN = "["
SNIPPET_CLOSE = "]"
SNIPPET_ELLIPSIS = "…"


@dataclass(frozen=True)
class SearchScope:
    """What the actor may find. Empty tuples and None mean "nothing of that sort"."""

    #: Kinds the actor may find whatever their advisee or owner.
    all_kinds: tuple[str, ...] = ()
    #: Kinds the actor may find for advisees assigned to ``member_id``.
    assigned_kinds: tuple[str, ...] = ()
    #: Kinds the actor may find when they own the record (``owner = member_id``).
    own_kinds: tuple[str, ...] = ()
    member_id: str = ""

    @property
    def empty(self) -> bool:
        return not (self.all_kinds or self.assigned_kinds or self.own_kinds)


@dataclass(frozen=True)
class SearchRow:
    kind: str
    record_id: str
    advisee_code: str
    snippet: str
    rank: float


def _in(kinds: tuple[str, ...]) -> str:
    return f"si.kind IN ({placeholders(kinds)})"


def _scope_sql(scope: SearchScope) -> tuple[str, list[object]]:
    parts: list[str] = []
    params: list[object] = []
    if scope.all_kinds:
        parts.append(_in(scope.all_kinds))
        params.extend(scope.all_kinds)
    if scope.assigned_kinds:
        parts.append(f"({_in(scope.assigned_kinds)} AND si.advisee_id IN "
                     "(SELECT advisee_id FROM advisee_advisors WHERE advisor_id = ?))")
        params.extend([*scope.assigned_kinds, scope.member_id])
    if scope.own_kinds:
        parts.append(f"({_in(scope.own_kinds)} AND si.owner = ?)")
        params.extend([*scope.own_kinds, scope.member_id])
    return "(" + " OR ".join(parts or ["0"]) + ")", params


_CODE = (
    "COALESCE(a.code, (SELECT a2.code FROM reflections r JOIN sessions s ON s.id = r.session_id "
    "JOIN advisees a2 ON a2.id = s.advisee_id WHERE si.kind = 'reflection' "
    "AND r.id = si.record_id), '')"
)


def search_sql(match: str, scope: SearchScope, limit: int) -> tuple[str, list[object]]:
    where, params = _scope_sql(scope)
    sql = (
        f"SELECT si.kind, si.record_id, {_CODE}, "
        "snippet(search_index, 0, ?, ?, ?, 12), si.rank "
        "FROM search_index si LEFT JOIN advisees a ON a.id = si.advisee_id "
        f"WHERE search_index MATCH ? AND {where} ORDER BY si.rank LIMIT ?"
    )
    return sql, [SNIPPET_OPEN, SNIPPET_CLOSE, SNIPPET_ELLIPSIS, match, *params, limit]


def search(db: Database, match: str, scope: SearchScope, limit: int) -> list[SearchRow]:
    if scope.empty or limit <= 0:
        return []
    sql, params = search_sql(match, scope, limit)
    return [SearchRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), float(r[4]))
            for r in db.query(sql, params)]
