"""Plain-language words for stored values, and member names or consistent aliases."""

from __future__ import annotations

import string
from collections.abc import Mapping

from peerdesk.domain import wording as labels


def mid_sentence(label: str) -> str:
    """``Abuse or safeguarding`` → ``abuse or safeguarding``; ``I was…`` and ``URGENT`` stay."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _mid(table: Mapping[str, str]) -> dict[str, str]:
    return {str(key): mid_sentence(text) for key, text in table.items()}


# The labels of peerdesk/domain/wording.py, as they read inside a sentence or a table.
LEVELS = {str(k): v for k, v in labels.LEVELS.items()}
STATES = _mid(labels.STATES)
CATEGORIES = _mid(labels.CATEGORIES)
ACTIONS = _mid(labels.ACTION_TYPES)
CHALLENGES = _mid(labels.CHALLENGE_LABELS)
CHANNELS = _mid(labels.CHANNEL_LABELS)
#: An urgent request stands out in capitals.
REQUESTS = {**_mid(labels.REQUEST_LABELS), "urgent": "URGENT"}
AGREEMENT_STATUS = _mid(labels.AGREEMENT_STATUS)


def word(table: Mapping[str, str], value: object) -> str:
    text = str(getattr(value, "value", value) or "")
    return table.get(text, text.replace("_", " "))


class Names:
    """Member names, or aliases ("Advisor A", "Member B") consistent within one report."""

    def __init__(self, names: Mapping[str, str], *, redacted: bool,
                 advisors: frozenset[str] = frozenset()) -> None:
        self._names = dict(names)
        self._redacted = redacted
        self._advisors = advisors
        self._aliases: dict[str, str] = {}

    def __call__(self, member_id: str | None) -> str:
        if not member_id:
            return "—"
        if member_id == "recovery":
            return "Recovery key"
        if not self._redacted:
            return self._names.get(member_id, "a former member")
        alias = self._aliases.get(member_id)
        if alias is None:
            n = len(self._aliases)
            letters = string.ascii_uppercase
            tag = letters[n % 26] + (str(n // 26) if n >= 26 else "")
            kind = "Advisor" if member_id in self._advisors else "Member"
            alias = f"{kind} {tag}"
            self._aliases[member_id] = alias
        return alias
