"""Validators for sessions, reflections, boundary agreements, breaches, supervision."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from peerdesk.domain import limits
from peerdesk.domain.fields import (
    Choice,
    Choices,
    ClockTime,
    Day,
    FieldSpec,
    Flag,
    Integer,
    Items,
    Moment,
    Note,
    RecordId,
    RecordIds,
    Tags,
    Text,
)
from peerdesk.domain.message import Message, term
from peerdesk.domain.records_base import RecordMeta
from peerdesk.domain.records_practice import (
    BoundaryAgreement,
    Breach,
    Reflection,
    Session,
    SupervisionAction,
    SupervisionNote,
)
from peerdesk.domain.validate_common import (
    Checks,
    Errors,
    cleaned_or_raise,
    local_date,
    not_in_future,
    run_validation,
)
from peerdesk.domain.vocab import (
    AckMethod,
    AgreementStatus,
    BreachKind,
    ChallengeTag,
    Channel,
    Clause,
    SupervisionFormat,
    SupervisionRequest,
    Weekday,
)
from peerdesk.errors import N_

_FUTURE = timedelta(hours=limits.SESSION_FUTURE_TOLERANCE_HOURS)


def _not_after_now(label: str, moment: datetime | None, now: datetime) -> str:
    if moment is not None and moment > now + _FUTURE:
        return Message(N_("{label} is more than a day in the future; check the date."),
                       label=term(label))
    return ""


# -- sessions -------------------------------------------------------------------------

SESSION_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("advisee_id", N_("Advisee"), required=True),
    RecordId("advisor_id", N_("Advisor"), required=True),
    Moment("start", N_("Start"), required=True),
    Integer("duration_minutes", N_("Duration"), required=True, low=limits.SESSION_MINUTES_MIN,
            high=limits.SESSION_MINUTES_MAX, unit=N_("minutes")),
    Choice("channel", N_("Channel"), required=True, enum=Channel),
    Tags("themes", N_("Themes"), item_limit=limits.TAG_MAX,
         max_items=limits.THEMES_PER_SESSION_MAX),
    Note("summary", N_("Summary"), required=True),
    Note("next_steps", N_("Next steps")),
    Day("follow_up", N_("Follow-up date")),
    Flag("risk_noticed", N_("Risk noticed")),
)


def _session_checks(now: datetime, tz: tzinfo) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        e: Errors = {}
        start, follow_up = v.get("start"), v.get("follow_up")
        if msg := _not_after_now(N_("Start"), start, now):
            e["start"] = msg
        if start is not None and follow_up is not None and follow_up < local_date(start, tz):
            e["follow_up"] = N_("Follow-up date cannot be before the session.")
        return e
    return checks


def validate_session(values: Mapping[str, object], *, now: datetime,
                     tz: tzinfo = UTC) -> Errors:
    """Errors by field; empty means valid. ``tz`` is the group's zone (for dates)."""
    return run_validation(values, SESSION_FIELDS, _session_checks(now, tz))[1]


def build_session(values: Mapping[str, object], *, meta: RecordMeta, now: datetime,
                  tz: tzinfo = UTC) -> Session:
    return Session(meta=meta,
                   **cleaned_or_raise(values, SESSION_FIELDS, _session_checks(now, tz)))


# -- reflections ----------------------------------------------------------------------

REFLECTION_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("session_id", N_("Session"), required=True),
    RecordId("author_id", N_("Author"), required=True),
    Note("went_well", N_("What went well")),
    Note("was_hard", N_("What was hard")),
    Note("suggestions_made", N_("Suggestions made")),
    Integer("confidence", N_("Confidence"), low=limits.SCALE_MIN, high=limits.SCALE_MAX),
    Choices("challenge_tags", N_("Challenges"), enum=ChallengeTag),
    Integer("wellbeing", N_("Wellbeing"), low=limits.SCALE_MIN, high=limits.SCALE_MAX),
    Choice("supervision_request", N_("Supervision request"), required=True,
           enum=SupervisionRequest),
    Moment("reviewed_at", N_("Reviewed at")),
    RecordId("reviewed_by", N_("Reviewed by")),
)


def _reflection_checks(now: datetime) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        e: Errors = {}
        texts = ("went_well", "was_hard", "suggestions_made")
        if not any(v.get(n) for n in texts) and not v.get("challenge_tags"):
            e["went_well"] = N_("Write what went well, what was hard or the suggestions you "
                                "made, or tick a challenge.")
        if v.get("confidence") is not None and not v.get("suggestions_made"):
            e["suggestions_made"] = N_("Describe the suggestions you are rating confidence in.")
        if (v.get("reviewed_at") is None) != (v.get("reviewed_by") is None):
            e["reviewed_at"] = N_("A review needs both who reviewed it and when.")
        elif msg := _not_after_now(N_("Review time"), v.get("reviewed_at"), now):
            e["reviewed_at"] = msg
        return e
    return checks


def validate_reflection(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, REFLECTION_FIELDS, _reflection_checks(now))[1]


def build_reflection(values: Mapping[str, object], *, meta: RecordMeta,
                     now: datetime) -> Reflection:
    return Reflection(meta=meta,
                      **cleaned_or_raise(values, REFLECTION_FIELDS, _reflection_checks(now)))


# -- boundary agreements --------------------------------------------------------------

AGREEMENT_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("advisor_id", N_("Advisor"), required=True),
    RecordId("advisee_id", N_("Advisee"), required=True),
    Choices("channels", N_("Allowed channels"), enum=Channel, minimum=1),
    Choices("contact_days", N_("Contact days"), enum=Weekday),
    ClockTime("contact_start", N_("Contact hours from")),
    ClockTime("contact_end", N_("Contact hours until")),
    Integer("max_sessions_per_month", N_("Sessions per month"), low=1,
            high=limits.SESSIONS_PER_MONTH_MAX),
    Integer("max_session_minutes", N_("Longest session"), low=limits.SESSION_MINUTES_MIN,
            high=limits.SESSION_MINUTES_MAX, unit=N_("minutes")),
    Day("start_date", N_("Start date"), required=True),
    Day("review_date", N_("Review date")),
    Day("end_date", N_("End date")),
    Choices("clauses", N_("Standard clauses"), enum=Clause),
    Note("free_text", N_("Other terms"), limit=limits.CLAUSE_MAX),
    Day("advisee_ack_date", N_("Advisee acknowledged on")),
    Choice("advisee_ack_how", N_("How the advisee acknowledged"), enum=AckMethod),
    Day("advisor_ack_date", N_("Advisor acknowledged on")),
    Choice("status", N_("Status"), required=True, enum=AgreementStatus),
)


def _agreement_checks(now: datetime, tz: tzinfo) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        e: Errors = {}
        begin, end = v.get("contact_start"), v.get("contact_end")
        if (begin is None) != (end is None):
            e["contact_end" if end is None else "contact_start"] = N_(
                "Give both ends of the contact hours, or neither.")
        elif begin is not None and end is not None and begin >= end:
            e["contact_end"] = N_("Contact hours must end after they start (same day).")
        start, review, finish = v.get("start_date"), v.get("review_date"), v.get("end_date")
        if start is not None and review is not None and review <= start:
            e["review_date"] = N_("Review date must be after the start date.")
        if start is not None and finish is not None and finish < start:
            e["end_date"] = N_("End date cannot be before the start date.")
        if (v.get("advisee_ack_date") is None) != (v.get("advisee_ack_how") is None):
            key = "advisee_ack_how" if v.get("advisee_ack_how") is None else "advisee_ack_date"
            e[key] = N_("Record both when and how the advisee acknowledged the agreement.")
        for key, label in (("advisee_ack_date", N_("Advisee acknowledgement")),
                           ("advisor_ack_date", N_("Advisor acknowledgement"))):
            if msg := not_in_future(label, v.get(key), now, tz):
                e.setdefault(key, msg)
        if v.get("status") is AgreementStatus.ENDED and finish is None:
            e["end_date"] = N_("An ended agreement needs an end date.")
        return e
    return checks


def validate_agreement(values: Mapping[str, object], *, now: datetime,
                       tz: tzinfo = UTC) -> Errors:
    return run_validation(values, AGREEMENT_FIELDS, _agreement_checks(now, tz))[1]


def build_agreement(values: Mapping[str, object], *, meta: RecordMeta, now: datetime,
                    tz: tzinfo = UTC) -> BoundaryAgreement:
    return BoundaryAgreement(
        meta=meta, **cleaned_or_raise(values, AGREEMENT_FIELDS, _agreement_checks(now, tz)))


BREACH_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("agreement_id", N_("Agreement"), required=True),
    Moment("at", N_("When"), required=True),
    Choice("kind", N_("Kind of breach"), required=True, enum=BreachKind),
    Note("note", N_("Note")),
)


def _breach_checks(now: datetime) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        if msg := _not_after_now(N_("When"), v.get("at"), now):
            return {"at": msg}
        if v.get("kind") is BreachKind.OTHER and not v.get("note"):
            return {"note": N_("Describe the breach.")}
        return {}
    return checks


def validate_breach(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, BREACH_FIELDS, _breach_checks(now))[1]


def build_breach(values: Mapping[str, object], *, meta: RecordMeta, now: datetime) -> Breach:
    return Breach(meta=meta, **cleaned_or_raise(values, BREACH_FIELDS, _breach_checks(now)))


# -- supervision notes ----------------------------------------------------------------

ACTION_FIELDS: tuple[FieldSpec, ...] = (
    Text("text", N_("Action"), required=True, limit=limits.LINE_MAX),
    RecordId("owner_id", N_("Owner")),
    Day("due", N_("Due")),
    Flag("done", N_("Done")),
)

SUPERVISION_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("supervisor_id", N_("Supervisor"), required=True),
    RecordIds("advisor_ids", N_("Advisors"), minimum=1, max_items=limits.ADVISORS_PER_RECORD_MAX),
    Day("on", N_("Date"), required=True),
    Choice("format", N_("Format"), required=True, enum=SupervisionFormat),
    RecordIds("session_ids", N_("Linked sessions"), max_items=limits.LINKS_PER_NOTE_MAX),
    RecordIds("reflection_ids", N_("Linked reflections"), max_items=limits.LINKS_PER_NOTE_MAX),
    RecordIds("escalation_ids", N_("Linked escalations"), max_items=limits.LINKS_PER_NOTE_MAX),
    Note("discussion", N_("Discussion")),
    Note("shared_summary", N_("Summary shared with the advisor"), limit=limits.CLAUSE_MAX),
    Items("actions", N_("Actions"), specs=ACTION_FIELDS, factory=SupervisionAction,
          max_items=limits.ACTIONS_PER_NOTE_MAX),
    Note("training_needs", N_("Training needs"), limit=limits.CLAUSE_MAX),
    Day("next_date", N_("Next supervision")),
)


def _supervision_checks(now: datetime, tz: tzinfo) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        e: Errors = {}
        fmt, advisors = v.get("format"), v.get("advisor_ids")
        if fmt is SupervisionFormat.ONE_TO_ONE and advisors is not None and len(advisors) != 1:
            e["advisor_ids"] = N_("One-to-one supervision is with exactly one advisor.")
        if msg := not_in_future(N_("Date"), v.get("on"), now, tz):
            e["on"] = msg
        on, nxt = v.get("on"), v.get("next_date")
        if on is not None and nxt is not None and nxt <= on:
            e["next_date"] = N_("Next supervision must be after this one.")
        if not v.get("discussion") and not v.get("shared_summary"):
            e["discussion"] = N_("Write the discussion or the summary shared with the advisor.")
        return e
    return checks


def validate_supervision_note(values: Mapping[str, object], *, now: datetime,
                              tz: tzinfo = UTC) -> Errors:
    return run_validation(values, SUPERVISION_FIELDS, _supervision_checks(now, tz))[1]


def build_supervision_note(values: Mapping[str, object], *, meta: RecordMeta, now: datetime,
                           tz: tzinfo = UTC) -> SupervisionNote:
    return SupervisionNote(
        meta=meta,
        **cleaned_or_raise(values, SUPERVISION_FIELDS, _supervision_checks(now, tz)))
