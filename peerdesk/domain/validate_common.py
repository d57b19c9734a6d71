"""Shared plumbing of the per-record validators."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from peerdesk.domain.fields import FieldSpec, clean_fields
from peerdesk.domain.message import Message, term
from peerdesk.errors import N_, ValidationError

Errors = dict[str, str]
Checks = Callable[[dict[str, Any]], Errors]


def require_valid(errors: Mapping[str, str]) -> None:
    """Raise :class:`ValidationError` carrying every field's message, if any."""
    if errors:
        raise ValidationError(dict(errors))


def run_validation(
    values: Mapping[str, object], specs: Iterable[FieldSpec], checks: Checks
) -> tuple[dict[str, Any], Errors]:
    """Clean fields, then run cross-field ``checks`` on what cleaned.

    ``checks`` sees ``None`` for fields that failed and reports at most one message
    per field; a field's own error wins over a cross-field one.
    """
    specs = tuple(specs)
    cleaned, errors = clean_fields(values, specs)
    usable = {s.name: (None if s.name in errors else cleaned.get(s.name)) for s in specs}
    for name, message in checks(usable).items():
        errors.setdefault(name, message)
    return cleaned, errors


def cleaned_or_raise(
    values: Mapping[str, object], specs: Iterable[FieldSpec], checks: Checks
) -> dict[str, Any]:
    cleaned, errors = run_validation(values, specs, checks)
    require_valid(errors)
    return cleaned


def local_date(moment: datetime, tz: tzinfo = UTC) -> date:
    return moment.astimezone(tz).date()


def not_in_future(label: str, day: date | None, now: datetime, tz: tzinfo) -> str:
    """A message if ``day`` is after today (in the group's time zone), else ``""``."""
    if day is not None and day > local_date(now, tz):
        return Message(N_("{label} cannot be in the future."), label=term(label))
    return ""


def no_checks(_: dict[str, Any]) -> Errors:
    return {}
