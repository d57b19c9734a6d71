"""The words people read for every stored vocabulary value: one table per vocabulary.

Stored values (``in_person``, ``abuse_safeguarding`` …) never reach a screen or a report;
these labels do. They are written once here, in sentence case as a label stands alone,
and used by the desktop app (``ui/labels.py``) and the reports
(``peerdesk/reports/wording.py``, which lower-cases them mid-sentence). A translation
replaces these tables, nothing else. Pure data, no I/O.
"""

from __future__ import annotations

from peerdesk.domain.vocab import (
    AdviseeStatus,
    ChallengeTag,
    Channel,
    ConsentScope,
    Role,
    SupervisionRequest,
)

CHANNEL_LABELS: dict[str, str] = {
    Channel.PHONE: "Phone",
    Channel.VIDEO: "Video",
    Channel.IN_PERSON: "In person",
    Channel.CHAT: "Chat",
}
STATUS_LABELS: dict[str, str] = {
    AdviseeStatus.ACTIVE: "Active",
    AdviseeStatus.PAUSED: "Paused",
    AdviseeStatus.CLOSED: "Closed",
}
CONSENT_LABELS: dict[str, str] = {
    ConsentScope.KEEP_RECORDS: "Keep records",
    ConsentScope.CONTACT_FOLLOWUP: "Contact for follow-up",
    ConsentScope.SHARE_WITH_SUPERVISOR: "Share with supervisor",
}
ROLE_LABELS: dict[str, str] = {
    Role.COORDINATOR: "Coordinator",
    Role.ADVISOR: "Advisor",
    Role.SUPERVISOR: "Supervisor",
}
#: In the advisor's own words (the reflection form asks them in the first person).
CHALLENGE_LABELS: dict[str, str] = {
    ChallengeTag.UNSURE_WHAT_TO_SAY: "I was unsure what to say",
    ChallengeTag.AFRAID_SUGGESTION_WRONG: "I am afraid a suggestion I made was wrong",
    ChallengeTag.OUT_OF_DEPTH: "I felt out of my depth / I need training",
    ChallengeTag.BOUNDARY_CONCERN: "I have a boundary concern",
    ChallengeTag.POWER_IMBALANCE: "I noticed a power imbalance",
    ChallengeTag.RELYING_ON_ME: "The advisee is relying on me too much",
    ChallengeTag.WORRIED_ABOUT_SAFETY: "I am worried about the advisee's safety",
}
REQUEST_LABELS: dict[str, str] = {
    SupervisionRequest.NONE: "None",
    SupervisionRequest.ROUTINE: "Routine",
    SupervisionRequest.URGENT: "Urgent",
}
#: A reflection's supervision request in a line of a list ("None request" reads wrongly).
REQUEST_PHRASES: dict[str, str] = {
    SupervisionRequest.NONE: "No supervision asked",
    SupervisionRequest.ROUTINE: "Routine request",
    SupervisionRequest.URGENT: "URGENT request",
}
CONFIDENCE_LABELS: dict[int, str] = {
    1: "1 – not at all confident",
    2: "2 – a little confident",
    3: "3 – fairly confident",
    4: "4 – confident",
    5: "5 – very confident",
}
WELLBEING_LABELS: dict[int, str] = {
    1: "1 – I am struggling",
    2: "2 – low",
    3: "3 – okay",
    4: "4 – good",
    5: "5 – very good",
}


LEVELS = {
    "concern": "Concern",
    "moderate": "Moderate",
    "high": "High",
    "imminent": "Imminent",
}
LEVEL_HELP = {
    "concern": "Something worries you, no immediate danger.",
    "moderate": "A real risk that needs a plan soon.",
    "high": "Serious risk; someone must act today.",
    "imminent": "Danger right now; act first (call emergency services), record after.",
}
CATEGORIES = {
    "self_harm_or_suicidal": "Self-harm or suicidal thoughts",
    "harm_to_others": "Harm to others",
    "abuse_safeguarding": "Abuse or safeguarding",
    "medical": "Medical",
    "other": "Other",
}
STATES = {
    "open": "Open",
    "acknowledged": "Acknowledged",
    "action_taken": "Action taken",
    "contact_confirmed": "Contact confirmed",
    "monitoring": "Monitoring",
    "resolved": "Resolved",
    "closed": "Closed",
}
#: Button text for moving an escalation into a state.
STATE_VERBS = {
    "acknowledged": "Acknowledge",
    "action_taken": "Record action taken…",
    "contact_confirmed": "Contact confirmed",
    "monitoring": "Move to monitoring",
    "resolved": "Mark resolved",
    "closed": "Close escalation",
}
ACTION_TYPES = {
    "support_plan": "Support plan agreed",
    "trusted_contact": "Trusted contact informed",
    "referral": "Referral made",
    "emergency_services": "Emergency services called",
}
WEEKDAYS = {
    "mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat",
    "sun": "Sun",
}
CLAUSES = {
    "confidentiality_limits": (
        "Confidentiality and its limits: what is said stays in the group, except when "
        "someone is in danger."
    ),
    "crisis_plan": "Crisis plan: what we both do if you are in crisis, and who to call.",
    "no_dual_relationships": (
        "No other relationship: no friendship, business or social-media contact outside "
        "these sessions."
    ),
    "no_gifts_or_money": "No gifts or money in either direction.",
    "not_professional_service": (
        "This is peer support, not therapy or medical care; I will help you find "
        "professional help if you need it."
    ),
    "planned_ending": "Planned ending: we agree together how and when our sessions end.",
}
AGREEMENT_STATUS = {
    "draft": "Draft", "active": "Active", "under_review": "Under review", "ended": "Ended",
}
ACK_METHODS = {
    "signed_paper": "Signed on paper",
    "verbal_in_person": "Said yes in person",
    "verbal_phone": "Said yes on the phone",
    "written_message": "Agreed in a written message",
    "other": "Other",
}
BREACH_KINDS = {
    "over_monthly_cap": "More sessions than agreed",
    "outside_contact_hours": "Contact outside agreed hours",
    "channel_not_agreed": "Channel not agreed",
    "session_too_long": "Session too long",
    "dual_relationship": "Dual relationship",
    "gifts_or_money": "Gifts or money",
    "confidentiality": "Confidentiality",
    "other": "Other",
}
FORMATS = {"one_to_one": "One-to-one", "group": "Group"}
