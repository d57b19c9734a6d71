"""How counts and short lists read in every screen and report.

One rule for plurals ("1 breach", "2 breaches", "1,500 sessions"), one for naming a few
things and how many more ("Medical, Other and 2 more"), and one for ending a sentence that
may already end in a full stop (a display name such as "Rohan J."). Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Nouns whose plural is not the singular plus "s".
_IRREGULAR = {
    "breach": "breaches", "entry": "entries", "person": "people", "child": "children",
    "reply": "replies", "summary": "summaries", "match": "matches", "box": "boxes",
}


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """The noun for ``n`` things: ``singular`` for exactly one, else its plural."""
    if n == 1:
        return singular
    if plural_form is not None:
        return plural_form
    return _IRREGULAR.get(singular, singular + "s")


def count(n: int, singular: str, plural_form: str | None = None) -> str:
    """``n`` and its noun: "1 breach", "0 breaches", "1,500 sessions"."""
    return f"{n:,} {plural(n, singular, plural_form)}"


def listing(items: Sequence[str], *, limit: int | None = None, conjunction: str = "and",
            empty: str = "") -> str:
    """Items joined for reading: "a", "a and b", "a, b and c"; beyond ``limit`` items the
    rest are counted: "a, b and 3 more". Never cuts an item in the middle."""
    names = [s for s in (i.strip() for i in items) if s]
    if not names:
        return empty
    if limit is not None and len(names) > limit:
        shown, rest = names[:max(limit, 1)], len(names) - max(limit, 1)
        return f"{', '.join(shown)} {conjunction} {rest:,} more"
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def sentence(text: str) -> str:
    """``text`` ending in exactly one full stop ("by Rohan J." stays as it is)."""
    text = text.rstrip()
    if not text or text[-1] in ".!?…":
        return text
    return text + "."
