"""Validator for the issued-report register."""

from __future__ import annotations

import re
from collections.abc import Mapping

from peerdesk.domain import limits
from peerdesk.domain.message import Message
from peerdesk.domain.records_base import RecordMeta, require_aware_utc
from peerdesk.domain.records_register import IssuedReport
from peerdesk.domain.text import TextKind, text_problem
from peerdesk.domain.validate_common import Errors, require_valid
from peerdesk.errors import N_

_SHA256 = re.compile(r"[0-9a-f]{64}")
_KIND = re.compile(r"[a-z][a-z0-9_]{0,59}")


def validate_issued_report(*, kind: str, params: Mapping[str, str], sha256: str) -> Errors:
    e: Errors = {}
    if _KIND.fullmatch(kind) is None:
        e["kind"] = N_("Report kind must be a short lower-case name such as 'accountability'.")
    if len(params) > limits.REPORT_PARAMS_MAX:
        e["params"] = Message(N_("Too many report parameters; the limit is {limit}."),
                              limit=limits.REPORT_PARAMS_MAX)
    for key, value in params.items():
        for text in (key, value):
            if text_problem(text, label=N_("A report parameter"), kind=TextKind.LINE,
                            limit=limits.LINE_MAX)[1]:
                e["params"] = N_("A report parameter is not valid single-line text.")
    if _SHA256.fullmatch(sha256) is None:
        e["sha256"] = N_("SHA-256 must be 64 lower-case hexadecimal digits.")
    return e


def build_issued_report(*, meta: RecordMeta, kind: str, params: Mapping[str, str], by: str,
                        sha256: str) -> IssuedReport:
    """Register entry; ``at`` is the record's creation time."""
    require_valid(validate_issued_report(kind=kind, params=params, sha256=sha256))
    return IssuedReport(meta=meta, kind=kind, params=tuple(sorted(params.items())), by=by,
                        at=require_aware_utc(meta.created_at), sha256=sha256)
