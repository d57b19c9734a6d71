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

_FUTURE = timedelta(hours=limits.SESSION_FUTURE_TOLERANCE_HOURS)


def _when_checks(key: str, label: str, now: datetime) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        at = v.get(key)
        if at is not None and at > now + _FUTURE:
            return {key: f"{label} is more than a day in the future; check the date."}
        return {}
    return checks


ESCALATION_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("advisee_id", "Advisee", required=True),
    RecordId("raised_by", "Raised by", required=True),
    Moment("raised_at", "Raised at", required=True),
    Choice("level", "Level", required=True, enum=RiskLevel),
    Choices("categories", "Categories", enum=RiskCategory, minimum=1),
    Note("description", "Description", required=True),
    Note("immediate_action", "Immediate action taken"),
    Choice("state", "State", required=True, enum=EscalationState),
)


def validate_escalation(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, ESCALATION_FIELDS,
                          _when_checks("raised_at", "Raised at", now))[1]


def build_escalation(values: Mapping[str, object], *, meta: RecordMeta,
                     now: datetime) -> Escalation:
    return Escalation(meta=meta, **cleaned_or_raise(
        values, ESCALATION_FIELDS, _when_checks("raised_at", "Raised at", now)))


EVENT_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("escalation_id", "Escalation", required=True),
    Choice("kind", "Kind", required=True, enum=EventKind),
    Moment("at", "When", required=True),
    RecordId("by", "By", required=True),
    Choice("from_state", "From", enum=EscalationState),
    Choice("to_state", "To", enum=EscalationState),
    Choice("action_type", "Action", enum=ActionType),
    Note("note", "Note"),
)


def _event_checks(now: datetime) -> Checks:
    when = _when_checks("at", "When", now)

    def checks(v: dict[str, Any]) -> Errors:
        e = when(v)
        kind = v.get("kind")
        if kind is EventKind.TRANSITION:
            for key in ("from_state", "to_state"):
                if v.get(key) is None:
                    e[key] = "A change of state needs both the old and the new state."
        elif kind is not None and (v.get("from_state") or v.get("to_state")):
            e["to_state"] = "Only a change of state has states."
        if kind is EventKind.ACTION and v.get("action_type") is None:
            e["action_type"] = "Choose the action taken."
        elif kind is not None and kind is not EventKind.ACTION and v.get("action_type"):
            e["action_type"] = "Only an action has an action type."
        if kind is EventKind.NOTE and not v.get("note"):
            e["note"] = "Write the note."
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
    RecordId("escalation_id", "Escalation", required=True),
    Moment("at", "When", required=True),
    Text("told_whom", "Told whom", required=True, limit=limits.NAME_MAX),
    Text("role_or_organisation", "Role or organisation", limit=limits.LINE_MAX),
    Note("what_was_shared", "What was shared", required=True),
    Note("why", "Why", required=True),
    Flag("advisee_knew", "Did the advisee know", required=True),
)


def validate_disclosure(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, DISCLOSURE_FIELDS, _when_checks("at", "When", now))[1]


def build_disclosure(values: Mapping[str, object], *, meta: RecordMeta,
                     now: datetime) -> Disclosure:
    return Disclosure(meta=meta, **cleaned_or_raise(
        values, DISCLOSURE_FIELDS, _when_checks("at", "When", now)))


RESOURCE_FIELDS: tuple[FieldSpec, ...] = (
    Text("name", "Name", required=True, limit=limits.NAME_MAX),
    Choice("kind", "Kind", required=True, enum=ResourceKind),
    Text("phone", "Phone", limit=limits.PHONE_MAX),
    Text("hours", "Hours", limit=limits.LINE_MAX),
    Note("notes", "Notes"),
    Moment("verified_at", "Verified at"),
    RecordId("verified_by", "Verified by"),
)
_PHONE_CHARS = frozenset("0123456789+-() /.,")


def _resource_checks(now: datetime) -> Checks:
    when = _when_checks("verified_at", "Verified at", now)

    def checks(v: dict[str, Any]) -> Errors:
        e = when(v)
        phone = v.get("phone")
        if phone and (not set(phone) <= _PHONE_CHARS or not any(c.isdigit() for c in phone)):
            e["phone"] = "Phone may contain digits, spaces and + - ( ) / . , only."
        if (v.get("verified_at") is None) != (v.get("verified_by") is None):
            e["verified_at"] = "A verification needs both who verified it and when."
        return e
    return checks


def validate_referral_resource(values: Mapping[str, object], *, now: datetime) -> Errors:
    return run_validation(values, RESOURCE_FIELDS, _resource_checks(now))[1]


def build_referral_resource(values: Mapping[str, object], *, meta: RecordMeta,
                            now: datetime) -> ReferralResource:
    return ReferralResource(meta=meta,
                            **cleaned_or_raise(values, RESOURCE_FIELDS, _resource_checks(now)))
