"""One import for every validator.

Each record has ``validate_<record>(values, *, now, ...) -> dict[field, message]``
(empty means valid) and ``build_<record>(values, *, meta, now, ...) -> Record`` which
returns the record with normalised text or raises ``ValidationError`` with the same
messages. ``values`` is a plain mapping; :func:`form_values` turns a record back into
one, so a form loads a record, edits the mapping and validates exactly as the service.
"""

from __future__ import annotations

from peerdesk.domain.fields import as_values as form_values
from peerdesk.domain.validate_common import require_valid
from peerdesk.domain.validate_people import (
    build_account,
    build_advisee,
    build_member,
    validate_account,
    validate_advisee,
    validate_member,
)
from peerdesk.domain.validate_practice import (
    build_agreement,
    build_breach,
    build_reflection,
    build_session,
    build_supervision_note,
    validate_agreement,
    validate_breach,
    validate_reflection,
    validate_session,
    validate_supervision_note,
)
from peerdesk.domain.validate_register import build_issued_report, validate_issued_report
from peerdesk.domain.validate_risk import (
    build_disclosure,
    build_escalation,
    build_event,
    build_referral_resource,
    validate_disclosure,
    validate_escalation,
    validate_event,
    validate_referral_resource,
)

__all__ = [
    "build_account", "build_advisee", "build_agreement", "build_breach", "build_disclosure",
    "build_escalation", "build_event", "build_issued_report", "build_member",
    "build_referral_resource", "build_reflection", "build_session", "build_supervision_note",
    "form_values", "require_valid", "validate_account", "validate_advisee",
    "validate_agreement", "validate_breach", "validate_disclosure", "validate_escalation",
    "validate_event", "validate_issued_report", "validate_member",
    "validate_referral_resource", "validate_reflection", "validate_session",
    "validate_supervision_note",
]
