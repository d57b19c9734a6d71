"""Plain-language words for stored values, and member names or consistent aliases.

Every label a report prints for a stored value goes through ``word``, which hands the
English wording to ``peerdesk.i18n.term``: the one place where a label is translated.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from peerdesk.i18n import N_, _, term

LEVELS = {"concern": N_("Concern"), "moderate": N_("Moderate"), "high": N_("High"),
          "imminent": N_("Imminent")}
STATES = {"open": N_("open"), "acknowledged": N_("acknowledged"),
          "action_taken": N_("action taken"),
          "contact_confirmed": N_("contact confirmed"), "monitoring": N_("monitoring"),
          "resolved": N_("resolved"), "closed": N_("closed")}
CATEGORIES = {"self_harm_or_suicidal": N_("self-harm or suicidal thoughts"),
              "harm_to_others": N_("harm to others"),
              "abuse_safeguarding": N_("abuse or safeguarding"),
              "medical": N_("medical"), "other": N_("other")}
ACTIONS = {"support_plan": N_("support plan"), "trusted_contact": N_("trusted contact"),
           "referral": N_("referral"), "emergency_services": N_("emergency services")}
CHALLENGES = {"unsure_what_to_say": N_("unsure what to say"),
              "afraid_suggestion_wrong": N_("afraid a suggestion was wrong"),
              "out_of_depth": N_("out of my depth / need training"),
              "boundary_concern": N_("boundary concern"), "power_imbalance": N_("power imbalance"),
              "relying_on_me": N_("advisee relying on me too much"),
              "worried_about_safety": N_("worried about safety")}
CHANNELS = {"phone": N_("phone"), "video": N_("video"), "in_person": N_("in person"),
            "chat": N_("chat")}
REQUESTS = {"none": N_("none"), "routine": N_("routine"), "urgent": N_("URGENT")}
AGREEMENT_STATUS = {"draft": N_("draft"), "active": N_("active"),
                    "under_review": N_("under review"),
                    "ended": N_("ended")}
ROLES = {"coordinator": N_("coordinator"), "advisor": N_("advisor"),
         "supervisor": N_("supervisor")}
ADVISEE_STATUS = {"active": N_("active"), "paused": N_("paused"), "closed": N_("closed")}
RESOURCE_KINDS = {"helpline": N_("helpline"), "clinic": N_("clinic or hospital"),
                  "emergency": N_("emergency service"), "other": N_("other")}
#: Every table of labels, for the check that each label has its translations.
TABLES = (LEVELS, STATES, CATEGORIES, ACTIONS, CHALLENGES, CHANNELS, REQUESTS,
          AGREEMENT_STATUS, ROLES, ADVISEE_STATUS, RESOURCE_KINDS)


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
