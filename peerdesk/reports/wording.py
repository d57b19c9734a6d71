"""Plain-language words for stored values, and member names or consistent aliases.

Every label a report prints for a stored value goes through ``word``, which hands the
English wording to ``peerdesk.i18n.term``: the one place where a label is translated.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from peerdesk.i18n import _, term

LEVELS = {"concern": "Concern", "moderate": "Moderate", "high": "High",
          "imminent": "Imminent"}
STATES = {"open": "open", "acknowledged": "acknowledged", "action_taken": "action taken",
          "contact_confirmed": "contact confirmed", "monitoring": "monitoring",
          "resolved": "resolved", "closed": "closed"}
CATEGORIES = {"self_harm_or_suicidal": "self-harm or suicidal thoughts",
              "harm_to_others": "harm to others", "abuse_safeguarding": "abuse / safeguarding",
              "medical": "medical", "other": "other"}
ACTIONS = {"support_plan": "support plan", "trusted_contact": "trusted contact",
           "referral": "referral", "emergency_services": "emergency services"}
CHALLENGES = {"unsure_what_to_say": "unsure what to say",
              "afraid_suggestion_wrong": "afraid a suggestion was wrong",
              "out_of_depth": "out of my depth / need training",
              "boundary_concern": "boundary concern", "power_imbalance": "power imbalance",
              "relying_on_me": "advisee relying on me too much",
              "worried_about_safety": "worried about safety"}
CHANNELS = {"phone": "phone", "video": "video", "in_person": "in person", "chat": "chat"}
REQUESTS = {"none": "none", "routine": "routine", "urgent": "URGENT"}
AGREEMENT_STATUS = {"draft": "draft", "active": "active", "under_review": "under review",
                    "ended": "ended"}


def word(table: Mapping[str, str], value: object) -> str:
    text = str(getattr(value, "value", value) or "")
    return term(table.get(text, text.replace("_", " ")))


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
            return _("Recovery key")
        if not self._redacted:
            return self._names.get(member_id) or _("a former member")
        alias = self._aliases.get(member_id)
        if alias is None:
            n = len(self._aliases)
            letters = string.ascii_uppercase
            tag = letters[n % 26] + (str(n // 26) if n >= 26 else "")
            alias = (_("Advisor {tag}") if member_id in self._advisors
                     else _("Member {tag}")).format(tag=tag)
            self._aliases[member_id] = alias
        return alias
