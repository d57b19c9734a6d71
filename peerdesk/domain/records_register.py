"""The register of issued reports (every PDF produced)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peerdesk.domain.records_base import Record


@dataclass(frozen=True, kw_only=True, slots=True)
class IssuedReport(Record):
    kind: str
    #: Parameters as sorted ``(name, value)`` pairs, e.g. ``(("from", "2026-01-01"),)``.
    params: tuple[tuple[str, str], ...]
    by: str
    at: datetime
    sha256: str  # 64 lower-case hex digits of the PDF bytes
