"""Validators for members, accounts and advisees."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from peerdesk.domain import limits
from peerdesk.domain.codes import is_valid_code, normalise_code
from peerdesk.domain.fields import (
    Choice,
    Choices,
    Day,
    FieldSpec,
    Flag,
    Items,
    Note,
    RecordId,
    RecordIds,
    Text,
)
from peerdesk.domain.message import Message
from peerdesk.domain.records_base import RecordMeta
from peerdesk.domain.records_people import Account, Advisee, Member, TrainingRecord
from peerdesk.domain.validate_common import (
    Checks,
    Errors,
    cleaned_or_raise,
    not_in_future,
    run_validation,
)
from peerdesk.domain.vocab import AdviseeStatus, ConsentScope, Role
from peerdesk.errors import N_

TRAINING_FIELDS: tuple[FieldSpec, ...] = (
    Text("name", N_("Training name"), required=True, limit=limits.NAME_MAX),
    Day("completed_on", N_("Completed on")),
    Note("notes", N_("Training notes"), limit=limits.LINE_MAX),
)

MEMBER_FIELDS: tuple[FieldSpec, ...] = (
    Text("display_name", N_("Name"), required=True, limit=limits.NAME_MAX),
    Choices("roles", N_("Roles"), enum=Role, minimum=1),
    Flag("active", N_("Active")),
    Items("training", N_("Training records"), specs=TRAINING_FIELDS, factory=TrainingRecord,
          max_items=limits.TRAINING_RECORDS_MAX),
)


def _member_checks(now: datetime, tz: tzinfo) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        for record in v.get("training") or ():
            if not_in_future("x", record.completed_on, now, tz):
                return {"training": N_("A training completion date cannot be in the future.")}
        return {}
    return checks


def validate_member(values: Mapping[str, object], *, now: datetime, tz: tzinfo = UTC) -> Errors:
    return run_validation(values, MEMBER_FIELDS, _member_checks(now, tz))[1]


def build_member(values: Mapping[str, object], *, meta: RecordMeta, now: datetime,
                 tz: tzinfo = UTC) -> Member:
    return Member(meta=meta, **cleaned_or_raise(values, MEMBER_FIELDS, _member_checks(now, tz)))


ACCOUNT_FIELDS: tuple[FieldSpec, ...] = (
    RecordId("member_id", N_("Member"), required=True),
    Text("username", N_("User name"), required=True, limit=limits.USERNAME_MAX),
)
_USERNAME_PUNCT = frozenset("._-")


def _account_checks(v: dict[str, Any]) -> Errors:
    name = v.get("username")
    if not name:
        return {}
    if len(name) < limits.USERNAME_MIN:
        return {"username": Message(N_("User name must be at least {count} characters."),
                                    count=limits.USERNAME_MIN)}
    if not all(c.isalnum() or c in _USERNAME_PUNCT for c in name):
        return {"username": N_("User name may use letters, digits, '.', '_' and '-' only.")}
    return {}


def validate_account(values: Mapping[str, object]) -> Errors:
    return run_validation(values, ACCOUNT_FIELDS, _account_checks)[1]


def build_account(values: Mapping[str, object], *, meta: RecordMeta) -> Account:
    """User names are stored case-folded, so ``Asha`` and ``asha`` are one account."""
    cleaned = cleaned_or_raise(values, ACCOUNT_FIELDS, _account_checks)
    cleaned["username"] = cleaned["username"].casefold()
    return Account(meta=meta, **cleaned)


ADVISEE_FIELDS: tuple[FieldSpec, ...] = (
    Text("code", N_("Code"), required=True, limit=limits.NAME_MAX),
    Text("display_name", N_("Name"), limit=limits.NAME_MAX),
    Text("contact", N_("Contact"), limit=limits.LINE_MAX),
    Day("consent_date", N_("Consent date")),
    Choices("consent_scopes", N_("Consent"), enum=ConsentScope),
    Day("consent_withdrawn_on", N_("Consent withdrawn on")),
    Choice("status", N_("Status"), required=True, enum=AdviseeStatus),
    Day("closed_on", N_("Closed on")),
    Text("closed_reason", N_("Reason for closing"), limit=limits.LINE_MAX),
    RecordIds("advisor_ids", N_("Assigned advisors"), max_items=limits.ADVISORS_PER_RECORD_MAX),
)


def _advisee_checks(now: datetime, tz: tzinfo) -> Checks:
    def checks(v: dict[str, Any]) -> Errors:
        e: Errors = {}
        code = v.get("code")
        if code and not is_valid_code(normalise_code(code)):
            e["code"] = N_("Code must look like PS-0142: 2-4 letters, a hyphen, 4 or more digits.")
        consent, withdrawn = v.get("consent_date"), v.get("consent_withdrawn_on")
        if msg := not_in_future(N_("Consent date"), consent, now, tz):
            e["consent_date"] = msg
        if v.get("consent_scopes") and consent is None:
            e["consent_date"] = N_("Give the date consent was recorded.")
        if msg := not_in_future(N_("Consent withdrawal date"), withdrawn, now, tz):
            e["consent_withdrawn_on"] = msg
        elif withdrawn and consent and withdrawn < consent:
            e["consent_withdrawn_on"] = N_("Consent cannot be withdrawn before it was given.")
        status, closed_on = v.get("status"), v.get("closed_on")
        if status is AdviseeStatus.CLOSED:
            if closed_on is None:
                e["closed_on"] = N_("Give the date the advisee's support was closed.")
            elif msg := not_in_future(N_("Closed on"), closed_on, now, tz):
                e["closed_on"] = msg
            if not v.get("closed_reason"):
                e["closed_reason"] = N_("Give a reason for closing.")
        elif status is not None and (closed_on or v.get("closed_reason")):
            e["status"] = N_("Only a closed advisee has a closing date and reason.")
        return e
    return checks


def validate_advisee(values: Mapping[str, object], *, now: datetime,
                     tz: tzinfo = UTC) -> Errors:
    return run_validation(values, ADVISEE_FIELDS, _advisee_checks(now, tz))[1]


def build_advisee(values: Mapping[str, object], *, meta: RecordMeta, now: datetime,
                  tz: tzinfo = UTC) -> Advisee:
    cleaned = cleaned_or_raise(values, ADVISEE_FIELDS, _advisee_checks(now, tz))
    cleaned["code"] = normalise_code(cleaned["code"])
    return Advisee(meta=meta, **cleaned)
