"""The closed vocabularies of docs/domain.md as ``StrEnum``s (stored by value)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COORDINATOR = "coordinator"
    ADVISOR = "advisor"
    SUPERVISOR = "supervisor"


class ConsentScope(StrEnum):
    KEEP_RECORDS = "keep_records"
    CONTACT_FOLLOWUP = "contact_followup"
    SHARE_WITH_SUPERVISOR = "share_with_supervisor"


class AdviseeStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class Channel(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"
    CHAT = "chat"


class ChallengeTag(StrEnum):
    UNSURE_WHAT_TO_SAY = "unsure_what_to_say"
    AFRAID_SUGGESTION_WRONG = "afraid_suggestion_wrong"
    OUT_OF_DEPTH = "out_of_depth"  # out of my depth / need training
    BOUNDARY_CONCERN = "boundary_concern"
    POWER_IMBALANCE = "power_imbalance"
    RELYING_ON_ME = "relying_on_me"  # advisee relying on me too much
    WORRIED_ABOUT_SAFETY = "worried_about_safety"


class SupervisionRequest(StrEnum):
    NONE = "none"
    ROUTINE = "routine"
    URGENT = "urgent"


class Weekday(StrEnum):
    """Values match :meth:`datetime.date.weekday` order via :data:`WEEKDAY_ORDER`."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


WEEKDAY_ORDER: tuple[Weekday, ...] = tuple(Weekday)


class Clause(StrEnum):
    CONFIDENTIALITY_LIMITS = "confidentiality_limits"
    CRISIS_PLAN = "crisis_plan"
    NO_DUAL_RELATIONSHIPS = "no_dual_relationships"  # incl. social-media contact
    NO_GIFTS_OR_MONEY = "no_gifts_or_money"
    NOT_PROFESSIONAL_SERVICE = "not_professional_service"
    PLANNED_ENDING = "planned_ending"


class AckMethod(StrEnum):
    """How an advisee acknowledged an agreement."""

    SIGNED_PAPER = "signed_paper"
    VERBAL_IN_PERSON = "verbal_in_person"
    VERBAL_PHONE = "verbal_phone"
    WRITTEN_MESSAGE = "written_message"
    OTHER = "other"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    UNDER_REVIEW = "under_review"
    ENDED = "ended"


class BreachKind(StrEnum):
    OVER_MONTHLY_CAP = "over_monthly_cap"
    OUTSIDE_CONTACT_HOURS = "outside_contact_hours"
    CHANNEL_NOT_AGREED = "channel_not_agreed"
    SESSION_TOO_LONG = "session_too_long"
    DUAL_RELATIONSHIP = "dual_relationship"
    GIFTS_OR_MONEY = "gifts_or_money"
    CONFIDENTIALITY = "confidentiality"
    OTHER = "other"


class SupervisionFormat(StrEnum):
    ONE_TO_ONE = "one_to_one"
    GROUP = "group"


class RiskLevel(StrEnum):
    CONCERN = "concern"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"


class RiskCategory(StrEnum):
    SELF_HARM_OR_SUICIDAL = "self_harm_or_suicidal"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE_SAFEGUARDING = "abuse_safeguarding"
    MEDICAL = "medical"
    OTHER = "other"


class EscalationState(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    ACTION_TAKEN = "action_taken"
    CONTACT_CONFIRMED = "contact_confirmed"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    CLOSED = "closed"


class EventKind(StrEnum):
    TRANSITION = "transition"
    NOTE = "note"
    ACTION = "action"


class ActionType(StrEnum):
    SUPPORT_PLAN = "support_plan"
    TRUSTED_CONTACT = "trusted_contact"
    REFERRAL = "referral"
    EMERGENCY_SERVICES = "emergency_services"


class ResourceKind(StrEnum):
    HELPLINE = "helpline"
    CLINIC = "clinic"
    EMERGENCY = "emergency"
    OTHER = "other"
