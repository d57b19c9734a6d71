"""Building a list query's WHERE clause from a filter's optional parts.

Each list query module turns its filter into ``(sql, params)`` with a :class:`Where`: a
condition goes in only when its filter field asks for it, with its value as a parameter
(never formatted into the SQL). Two tests of "asks for it" exist on purpose: ``if_set``
skips empty values (a blank search field), ``if_given`` skips only ``None``, so that a
scope like "assigned to ''" still narrows to nothing instead of widening to everything.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence


def placeholders(values: Collection[object]) -> str:
    """``?, ?, ?`` for the values; ``NULL`` for none, so ``x IN (NULL)`` matches nothing."""
    return ", ".join("?" for _ in values) or "NULL"


class Where:
    """``first AND …`` with the parameters in order; see the module docstring."""

    def __init__(self, first: str) -> None:
        self.parts = [first]
        self.params: list[object] = []

    def if_set(self, sql: str, value: object) -> Where:
        """Add ``sql`` (one ``?``) when ``value`` is set (not None, empty or false)."""
        if value:
            self.parts.append(sql)
            self.params.append(value)
        return self

    def if_given(self, sql: str, value: object) -> Where:
        """Add ``sql`` (one ``?``) when ``value`` is not None, even if empty."""
        if value is not None:
            self.parts.append(sql)
            self.params.append(value)
        return self

    def if_true(self, sql: str, flag: bool) -> Where:
        """Add ``sql`` (no parameter) when ``flag`` is true."""
        if flag:
            self.parts.append(sql)
        return self

    def one_of(self, column: str, values: Sequence[object] | None) -> Where:
        """``column IN (…)`` when ``values`` is not None; an empty list matches nothing."""
        if values is not None:
            self.parts.append(f"{column} IN ({placeholders(values)})")
            self.params.extend(values)
        return self

    def build(self) -> tuple[str, list[object]]:
        return " AND ".join(self.parts), self.params
