"""Declarative field specifications and the one engine that cleans a form's values.

A form (or the importer) hands in a plain mapping ``{field_name: value}``; each
:class:`FieldSpec` accepts the typed value a widget produces (``date``, an enum member,
``int``...) and also the string an import file holds (ISO dates, enum values, digits).
:func:`clean_fields` returns the typed, normalised values and a ``{field: message}``
map of problems; it never raises for bad input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from peerdesk.domain.limits import EARLIEST_YEAR, LINE_MAX, NOTE_MAX
from peerdesk.domain.text import TextKind, text_problem


class FieldProblem(Exception):
    """Internal: one field's message. Converted into the errors map."""


def _empty(raw: object) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return raw.strip() == ""
    if isinstance(raw, (list, tuple, set, frozenset)):
        return len(raw) == 0
    return False


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    required: bool = False

    def empty_value(self) -> Any:
        return None

    def convert(self, raw: object) -> Any:
        raise NotImplementedError

    def clean(self, raw: object) -> Any:
        if _empty(raw) and not isinstance(raw, bool):
            if self.required:
                raise FieldProblem(f"{self.label} is required.")
            return self.empty_value()
        return self.convert(raw)


@dataclass(frozen=True)
class Text(FieldSpec):
    limit: int = LINE_MAX
    multiline: bool = False

    def empty_value(self) -> Any:
        return ""

    def convert(self, raw: object) -> Any:
        if not isinstance(raw, str):
            raise FieldProblem(f"{self.label} must be text.")
        kind = TextKind.MULTILINE if self.multiline else TextKind.LINE
        text, problem = text_problem(raw, label=self.label, kind=kind, limit=self.limit)
        if problem:
            raise FieldProblem(problem)
        return text


def Note(name: str, label: str, *, required: bool = False, limit: int = NOTE_MAX) -> Text:
    return Text(name, label, required, limit=limit, multiline=True)


@dataclass(frozen=True)
class RecordId(FieldSpec):
    """A reference to another record (its id). Only shape is checked here."""

    def convert(self, raw: object) -> Any:
        if not isinstance(raw, str) or not 1 <= len(raw.strip()) <= 64 or not raw.isprintable():
            raise FieldProblem(f"{self.label} is not a valid reference.")
        return raw.strip()


@dataclass(frozen=True)
class RecordIds(FieldSpec):
    max_items: int = 500
    minimum: int = 0

    def empty_value(self) -> Any:
        return frozenset()

    def convert(self, raw: object) -> Any:
        if isinstance(raw, str) or not isinstance(raw, Iterable):
            raise FieldProblem(f"{self.label} must be a list.")
        one = RecordId(self.name, self.label)
        ids = frozenset(one.convert(item) for item in raw)
        if len(ids) > self.max_items:
            raise FieldProblem(f"{self.label}: too many ({len(ids):,}); the limit is "
                               f"{self.max_items:,}.")
        if len(ids) < self.minimum:
            raise FieldProblem(f"{self.label}: choose at least {self.minimum}.")
        return ids


@dataclass(frozen=True)
class Choice(FieldSpec):
    enum: type[StrEnum] = StrEnum

    def convert(self, raw: object) -> Any:
        if isinstance(raw, self.enum):
            return raw
        if isinstance(raw, str):
            try:
                return self.enum(raw.strip())
            except ValueError:
                pass
        allowed = ", ".join(m.value for m in self.enum)
        raise FieldProblem(f"{self.label} must be one of: {allowed}.")


@dataclass(frozen=True)
class Choices(FieldSpec):
    enum: type[StrEnum] = StrEnum
    minimum: int = 0

    def empty_value(self) -> Any:
        if self.minimum:
            raise FieldProblem(f"{self.label}: choose at least {self.minimum}.")
        return frozenset()

    def convert(self, raw: object) -> Any:
        if isinstance(raw, str) or not isinstance(raw, Iterable):
            raise FieldProblem(f"{self.label} must be a list.")
        one = Choice(self.name, self.label, enum=self.enum)
        values = frozenset(one.convert(item) for item in raw)
        if len(values) < self.minimum:
            raise FieldProblem(f"{self.label}: choose at least {self.minimum}.")
        return values


@dataclass(frozen=True)
class Tags(FieldSpec):
    """An ordered list of short single-line labels (themes, tags); duplicates dropped."""

    item_limit: int = 60
    max_items: int = 20

    def empty_value(self) -> Any:
        return ()

    def convert(self, raw: object) -> Any:
        if isinstance(raw, str) or not isinstance(raw, Iterable):
            raise FieldProblem(f"{self.label} must be a list.")
        out: list[str] = []
        for item in raw:
            if not isinstance(item, str):
                raise FieldProblem(f"{self.label} must be a list of text.")
            text, problem = text_problem(item, label=f"One of the {self.label.lower()}",
                                         kind=TextKind.LINE, limit=self.item_limit)
            if problem:
                raise FieldProblem(problem)
            if text and text not in out:
                out.append(text)
        if len(out) > self.max_items:
            raise FieldProblem(f"{self.label}: too many ({len(out)}); the limit is "
                               f"{self.max_items}.")
        return tuple(out)


@dataclass(frozen=True)
class Integer(FieldSpec):
    low: int = 0
    high: int = 1_000_000
    unit: str = ""

    def convert(self, raw: object) -> Any:
        value: int
        if isinstance(raw, bool):
            raise FieldProblem(f"{self.label} must be a whole number.")
        if isinstance(raw, int):
            value = raw
        elif (isinstance(raw, str) and raw.strip().isascii() and raw.strip().isdigit()
              and len(raw.strip()) <= 12):
            value = int(raw.strip())
        else:
            raise FieldProblem(f"{self.label} must be a whole number.")
        if not self.low <= value <= self.high:
            unit = f" {self.unit}" if self.unit else ""
            raise FieldProblem(f"{self.label} must be between {self.low} and "
                               f"{self.high}{unit}.")
        return value


@dataclass(frozen=True)
class Flag(FieldSpec):
    """A yes/no answer. With ``required`` the question must be answered (None refused)."""

    _TRUE = frozenset({"true", "yes", "y", "1"})
    _FALSE = frozenset({"false", "no", "n", "0"})

    def empty_value(self) -> Any:
        return False

    def convert(self, raw: object) -> Any:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in self._TRUE:
            return True
        if isinstance(raw, str) and raw.strip().lower() in self._FALSE:
            return False
        raise FieldProblem(f"{self.label} must be yes or no.")


@dataclass(frozen=True)
class Day(FieldSpec):
    def convert(self, raw: object) -> Any:
        if isinstance(raw, datetime):
            raise FieldProblem(f"{self.label} must be a date without a time.")
        if isinstance(raw, date):
            value = raw
        elif isinstance(raw, str):
            try:
                value = date.fromisoformat(raw.strip())
            except ValueError:
                raise FieldProblem(f"{self.label} must be a date like 2026-03-31.") from None
        else:
            raise FieldProblem(f"{self.label} must be a date.")
        if value.year < EARLIEST_YEAR:
            raise FieldProblem(f"{self.label} is before {EARLIEST_YEAR}; check the year.")
        return value


@dataclass(frozen=True)
class Moment(FieldSpec):
    """An aware datetime, stored in UTC. A naive value is refused, not guessed."""

    def convert(self, raw: object) -> Any:
        if isinstance(raw, datetime):
            value = raw
        elif isinstance(raw, str):
            try:
                value = datetime.fromisoformat(raw.strip())
            except ValueError:
                raise FieldProblem(f"{self.label} must be a date and time like "
                                   "2026-03-31T14:30+05:30.") from None
        else:
            raise FieldProblem(f"{self.label} must be a date and time.")
        if value.tzinfo is None or value.utcoffset() is None:
            raise FieldProblem(f"{self.label} needs a time zone.")
        if value.year < EARLIEST_YEAR:
            raise FieldProblem(f"{self.label} is before {EARLIEST_YEAR}; check the year.")
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise FieldProblem(f"{self.label} is out of range; check the year.") from None


@dataclass(frozen=True)
class ClockTime(FieldSpec):
    def convert(self, raw: object) -> Any:
        if isinstance(raw, time):
            value = raw
        elif isinstance(raw, str):
            try:
                value = time.fromisoformat(raw.strip())
            except ValueError:
                raise FieldProblem(f"{self.label} must be a time like 18:30.") from None
        else:
            raise FieldProblem(f"{self.label} must be a time of day.")
        return value.replace(tzinfo=None, second=0, microsecond=0)


@dataclass(frozen=True)
class Items(FieldSpec):
    """A list of sub-records (training records, supervision actions)."""

    specs: tuple[FieldSpec, ...] = ()
    factory: Callable[..., Any] = dict
    max_items: int = 50

    def empty_value(self) -> Any:
        return ()

    def convert(self, raw: object) -> Any:
        if isinstance(raw, (str, Mapping)) or not isinstance(raw, Iterable):
            raise FieldProblem(f"{self.label} must be a list.")
        items = list(raw)
        if len(items) > self.max_items:
            raise FieldProblem(f"{self.label}: too many ({len(items)}); the limit is "
                               f"{self.max_items}.")
        out = []
        for number, item in enumerate(items, start=1):
            values = item if isinstance(item, Mapping) else as_values(item)
            cleaned, errors = clean_fields(values, self.specs)
            if errors:
                _name, message = next(iter(errors.items()))
                raise FieldProblem(f"{self.label}, item {number}: {message}")
            out.append(self.factory(**cleaned))
        return tuple(out)


def as_values(obj: object) -> dict[str, Any]:
    """A record's (or sub-record's) fields as a form mapping, without ``meta``."""
    names = getattr(obj, "__dataclass_fields__", None)
    if names is None:
        raise FieldProblem("not a record")
    return {name: getattr(obj, name) for name in names if name != "meta"}


def clean_fields(
    values: Mapping[str, object], specs: Iterable[FieldSpec]
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean every spec'd field of ``values``; unknown keys are ignored."""
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for spec in specs:
        try:
            cleaned[spec.name] = spec.clean(values.get(spec.name))
        except FieldProblem as problem:
            errors[spec.name] = str(problem)
    return cleaned, errors
