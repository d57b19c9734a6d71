"""The words people read for every stored vocabulary value: one table per vocabulary.

Stored values (``in_person``, ``abuse_safeguarding`` …) never reach a screen or a report;
these labels do. They are written once here, in sentence case as a label stands alone,
and used by the desktop app (``ui/labels.py``) and the reports
(``peerdesk/reports/wording.py``, which lower-cases them mid-sentence). A translation
replaces these tables, nothing else: every label is marked ``N_`` for the core's gettext
catalog (resources/locale), and translated where it is shown. Pure data, no I/O.
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


def N_(message: str) -> str:  # the keyword the catalog's extraction reads (make locale-update)
    """Mark a label for the core's catalog; it is translated where it is shown
    (reports: ``peerdesk.i18n.term``; the desktop app: ``ui/language.py``)."""
    return message


CHANNEL_LABELS: dict[str, str] = {
    Channel.PHONE: N_("Phone"),
    Channel.VIDEO: N_("Video"),
    Channel.IN_PERSON: N_("In person"),
    Channel.CHAT: N_("Chat"),
}
STATUS_LABELS: dict[str, str] = {
    AdviseeStatus.ACTIVE: N_("Active"),
    AdviseeStatus.PAUSED: N_("Paused"),
    AdviseeStatus.CLOSED: N_("Closed"),
}
CONSENT_LABELS: dict[str, str] = {
    ConsentScope.KEEP_RECORDS: N_("Keep records"),
    ConsentScope.CONTACT_FOLLOWUP: N_("Contact for follow-up"),
    ConsentScope.SHARE_WITH_SUPERVISOR: N_("Share with supervisor"),
}
ROLE_LABELS: dict[str, str] = {
    Role.COORDINATOR: N_("Coordinator"),
    Role.ADVISOR: N_("Advisor"),
    Role.SUPERVISOR: N_("Supervisor"),
}
#: In the advisor's own words (the reflection form asks them in the first person).
CHALLENGE_LABELS: dict[str, str] = {
    ChallengeTag.UNSURE_WHAT_TO_SAY: N_("I was unsure what to say"),
    ChallengeTag.AFRAID_SUGGESTION_WRONG: N_("I am afraid a suggestion I made was wrong"),
    ChallengeTag.OUT_OF_DEPTH: N_("I felt out of my depth / I need training"),
    ChallengeTag.BOUNDARY_CONCERN: N_("I have a boundary concern"),
    ChallengeTag.POWER_IMBALANCE: N_("I noticed a power imbalance"),
    ChallengeTag.RELYING_ON_ME: N_("The advisee is relying on me too much"),
    ChallengeTag.WORRIED_ABOUT_SAFETY: N_("I am worried about the advisee's safety"),
}
REQUEST_LABELS: dict[str, str] = {
    SupervisionRequest.NONE: N_("None"),
    SupervisionRequest.ROUTINE: N_("Routine"),
    SupervisionRequest.URGENT: N_("Urgent"),
}
#: A reflection's supervision request in a line of a list ("None request" reads wrongly).
REQUEST_PHRASES: dict[str, str] = {
    SupervisionRequest.NONE: N_("No supervision asked"),
    SupervisionRequest.ROUTINE: N_("Routine request"),
    SupervisionRequest.URGENT: N_("URGENT request"),
}
CONFIDENCE_LABELS: dict[int, str] = {
    1: N_("1 – not at all confident"),
    2: N_("2 – a little confident"),
    3: N_("3 – fairly confident"),
    4: N_("4 – confident"),
    5: N_("5 – very confident"),
}
WELLBEING_LABELS: dict[int, str] = {
    1: N_("1 – I am struggling"),
    2: N_("2 – low"),
    3: N_("3 – okay"),
    4: N_("4 – good"),
    5: N_("5 – very good"),
}


LEVELS = {
    "concern": N_("Concern"),
    "moderate": N_("Moderate"),
    "high": N_("High"),
    "imminent": N_("Imminent"),
}
LEVEL_HELP = {
    "concern": N_("Something worries you, no immediate danger."),
    "moderate": N_("A real risk that needs a plan soon."),
    "high": N_("Serious risk; someone must act today."),
    "imminent": N_("Danger right now; act first (call emergency services), record after."),
}
CATEGORIES = {
    "self_harm_or_suicidal": N_("Self-harm or suicidal thoughts"),
    "harm_to_others": N_("Harm to others"),
    "abuse_safeguarding": N_("Abuse or safeguarding"),
    "medical": N_("Medical"),
    "other": N_("Other"),
}
STATES = {
    "open": N_("Open"),
    "acknowledged": N_("Acknowledged"),
    "action_taken": N_("Action taken"),
    "contact_confirmed": N_("Contact confirmed"),
    "monitoring": N_("Monitoring"),
    "resolved": N_("Resolved"),
    "closed": N_("Closed"),
}
#: Button text for moving an escalation into a state.
STATE_VERBS = {
    "acknowledged": N_("Acknowledge"),
    "action_taken": N_("Record action taken…"),
    "contact_confirmed": N_("Contact confirmed"),
    "monitoring": N_("Move to monitoring"),
    "resolved": N_("Mark resolved"),
    "closed": N_("Close escalation"),
}
ACTION_TYPES = {
    "support_plan": N_("Support plan agreed"),
    "trusted_contact": N_("Trusted contact informed"),
    "referral": N_("Referral made"),
    "emergency_services": N_("Emergency services called"),
}
WEEKDAYS = {
    "mon": N_("Mon"), "tue": N_("Tue"), "wed": N_("Wed"), "thu": N_("Thu"), "fri": N_("Fri"),
    "sat": N_("Sat"), "sun": N_("Sun"),
}
CLAUSES = {
    "confidentiality_limits": (
        N_("Confidentiality and its limits: what is said stays in the group, except when "
           "someone is in danger.")
    ),
    "crisis_plan": N_("Crisis plan: what we both do if you are in crisis, and who to call."),
    "no_dual_relationships": (
        N_("No other relationship: no friendship, business or social-media contact outside "
           "these sessions.")
    ),
    "no_gifts_or_money": N_("No gifts or money in either direction."),
    "not_professional_service": (
        N_("This is peer support, not therapy or medical care; I will help you find "
           "professional help if you need it.")
    ),
    "planned_ending": N_("Planned ending: we agree together how and when our sessions end."),
}
AGREEMENT_STATUS = {
    "draft": N_("Draft"), "active": N_("Active"), "under_review": N_("Under review"),
    "ended": N_("Ended"),
}
ACK_METHODS = {
    "signed_paper": N_("Signed on paper"),
    "verbal_in_person": N_("Said yes in person"),
    "verbal_phone": N_("Said yes on the phone"),
    "written_message": N_("Agreed in a written message"),
    "other": N_("Other"),
}
BREACH_KINDS = {
    "over_monthly_cap": N_("More sessions than agreed"),
    "outside_contact_hours": N_("Contact outside agreed hours"),
    "channel_not_agreed": N_("Channel not agreed"),
    "session_too_long": N_("Session too long"),
    "dual_relationship": N_("Dual relationship"),
    "gifts_or_money": N_("Gifts or money"),
    "confidentiality": N_("Confidentiality"),
    "other": N_("Other"),
}
FORMATS = {"one_to_one": N_("One-to-one"), "group": N_("Group")}
