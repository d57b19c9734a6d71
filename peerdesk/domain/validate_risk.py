"""Validators for escalations, their events, disclosures and referral resources."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from peerdesk.domain import limits
from peerdesk.domain.fields import (
    Choice,
    Choices,
    FieldSpec,
    Flag,
    Moment,
    Note,
    RecordId,
    Text,
)
from peerdesk.domain.message import NC_, Message, term
from peerdesk.domain.records_base import RecordMeta
from peerdesk.domain.records_risk import (
    Disclosure,
    Escalation,
    EscalationEvent,
    ReferralResource,
)
from peerdesk.domain.validate_common import Checks, Errors, cleaned_or_raise, run_validation
from peerdesk.domain.vocab import (
    ActionType,
    EscalationState,
    EventKind,
    ResourceKind,
    RiskCategory,
    RiskLevel,
)
from peerdesk.errors import N_

_FUTURE = timedelta(hours=limits.SESSION_FUTURE_TOLERANCE_HOURS)


def _when_checks(key: str, label: str, now: datetime) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        at = v.get(key)
        if at is not None and at > now + _FUTURE:
            return {key: Message(N_("{label} is more than a day in the future; check the date."),
                                 label=term(label))}
        return {}
    return checks


ESCALATION_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("advisee_id", N_("Advisee"), required=True),
    RecordId("raised_by", N_("Raised by"), required=True),
    Moment("raised_at", N_("Raised at"), required=True),
    Choice("level", N_("Level"), required=True, enum=RiskLevel),
    Choices("categories", N_("Categories"), enum=RiskCategory, minimum=1),
    Note("description", N_("Description"), required=True),
    Note("immediate_action", N_("Immediate action taken")),
    Choice("state", N_("State"), required=True, enum=EscalationState),
)


def validate_escalation(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, ESCALATION_FIELDS,
                          _when_checks("raised_at", N_("Raised at"), now))[1]


def build_escalation(values: Mapping[str, object], *, meta: RecordMeta,
                     now: datetime) -> Escalation:
    return Escalation(meta=meta, **cleaned_or_raise(
        values, ESCALATION_FIELDS, _when_checks("raised_at", N_("Raised at"), now)))


EVENT_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("escalation_id", N_("Escalation"), required=True),
    Choice("kind", N_("Kind"), required=True, enum=EventKind),
    Moment("at", N_("When"), required=True),
    RecordId("by", N_("By"), required=True),
    Choice("from_state", N_("From"), enum=EscalationState),
    Choice("to_state", N_("To"), enum=EscalationState),
    Choice("action_type", N_("Action"), enum=ActionType),
    Note("note", N_("Note")),
)


def _event_checks(now: datetime) -> Checks:
    when = _when_checks("at", N_("When"), now)

    def checks(v: dict[str, Any]) -> Errors:
        e = when(v)
        kind = v.get("kind")
        if kind is EventKind.TRANSITION:
            for key in ("from_state", "to_state"):
                if v.get(key) is None:
                    e[key] = N_("A change of state needs both the old and the new state.")
        elif kind is not None and (v.get("from_state") or v.get("to_state")):
            e["to_state"] = N_("Only a change of state has states.")
        if kind is EventKind.ACTION and v.get("action_type") is None:
            e["action_type"] = N_("Choose the action taken.")
        elif kind is not None and kind is not EventKind.ACTION and v.get("action_type"):
            e["action_type"] = N_("Only an action has an action type.")
        if kind is EventKind.NOTE and not v.get("note"):
            e["note"] = N_("Write the note.")
        return e
    return checks


def validate_event(values: Mapping[str, object], *, now: datetime) -> Errors:
    """Shape only; whether the transition is allowed is :mod:`escalation`'s job."""
    return run_validation(values, EVENT_FIELDS, _event_checks(now))[1]


def build_event(values: Mapping[str, object], *, meta: RecordMeta,
                now: datetime) -> EscalationEvent:
    return EscalationEvent(meta=meta,
                           **cleaned_or_raise(values, EVENT_FIELDS, _event_checks(now)))


DISCLOSURE_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("escalation_id", N_("Escalation"), required=True),
    Moment("at", N_("When"), required=True),
    Text("told_whom", N_("Told whom"), required=True, limit=limits.NAME_MAX),
    Text("role_or_organisation", N_("Role or organisation"), limit=limits.LINE_MAX),
    Note("what_was_shared", N_("What was shared"), required=True),
    Note("why", N_("Why"), required=True),
    Flag("advisee_knew", N_("Did the advisee know"), required=True),
)


def validate_disclosure(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, DISCLOSURE_FIELDS, _when_checks("at", N_("When"), now))[1]


def build_disclosure(values: Mapping[str, object], *, meta: RecordMeta,
                     now: datetime) -> Disclosure:
    return Disclosure(meta=meta, **cleaned_or_raise(
        values, DISCLOSURE_FIELDS, _when_checks("at", N_("When"), now)))


RESOURCE_FIELDS: tuple[FieldSpec, ...] = (
    Text("name", N_("Name"), required=True, limit=limits.NAME_MAX),
    Choice("kind", N_("Kind"), required=True, enum=ResourceKind),
    Text("phone", N_("Phone"), limit=limits.PHONE_MAX),
    Text("hours", NC_("opening hours of a service", "Hours"), limit=limits.LINE_MAX),
    Note("notes", N_("Notes")),
    Moment("verified_at", N_("Verified at")),
    RecordId("verified_by", N_("Verified by")),
)
_PHONE_CHARS = frozenset("0123456789+-() /.,")


def _resource_checks(now: datetime) -> Checks:
    when = _when_checks("verified_at", N_("Verified at"), now)

    def checks(v: dict[str, Any]) -> Errors:
        e = when(v)
        phone = v.get("phone")
        if phone and (not set(phone) <= _PHONE_CHARS or not any(c.isdigit() for c in phone)):
            e["phone"] = N_("Phone may contain digits, spaces and + - ( ) / . , only.")
        if (v.get("verified_at") is None) != (v.get("verified_by") is None):
            e["verified_at"] = N_("A verification needs both who verified it and when.")
        return e
    return checks


def validate_referral_resource(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, RESOURCE_FIELDS, _resource_checks(now))[1]


def build_referral_resource(values: Mapping[str, object], *, meta: RecordMeta,
                            now: datetime) -> ReferralResource:
    return ReferralResource(meta=meta,
                            **cleaned_or_raise(values, RESOURCE_FIELDS, _resource_checks(now)))
