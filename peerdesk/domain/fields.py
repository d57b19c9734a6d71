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
from peerdesk.domain.message import Message, Term, term
from peerdesk.domain.text import TextKind, text_problem
from peerdesk.errors import N_


class FieldProblem(Exception):
    """Internal: one field's message (a :class:`Message`, so a form can show it in the
    member's language). Converted into the errors map."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _problem(template: str, label: str, **params: object) -> FieldProblem:
    """The problem ``template`` (marked ``N_``) about the field called ``label``."""
    return FieldProblem(Message(template, label=term(label), **params))


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
                raise _problem(N_("{label} is required."), self.label)
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
            raise _problem(N_("{label} must be text."), self.label)
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
            raise _problem(N_("{label} is not a valid reference."), self.label)
        return raw.strip()


@dataclass(frozen=True)
class RecordIds(FieldSpec):
    max_items: int = 500
    minimum: int = 0

    def empty_value(self) -> Any:
        return frozenset()

    def convert(self, raw: object) -> Any:
        if isinstance(raw, str) or not isinstance(raw, Iterable):
            raise _problem(N_("{label} must be a list."), self.label)
        one = RecordId(self.name, self.label)
        ids = frozenset(one.convert(item) for item in raw)
        if len(ids) > self.max_items:
            raise _problem(N_("{label}: too many ({count}); the limit is {limit}."),
                           self.label, count=f"{len(ids):,}", limit=f"{self.max_items:,}")
        if len(ids) < self.minimum:
            raise _problem(N_("{label}: choose at least {minimum}."), self.label,
                           minimum=self.minimum)
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
        raise _problem(N_("{label} must be one of: {allowed}."), self.label, allowed=allowed)


@dataclass(frozen=True)
class Choices(FieldSpec):
    enum: type[StrEnum] = StrEnum
    minimum: int = 0

    def empty_value(self) -> Any:
        if self.minimum:
            raise _problem(N_("{label}: choose at least {minimum}."), self.label,
                           minimum=self.minimum)
        return frozenset()

    def convert(self, raw: object) -> Any:
        if isinstance(raw, str) or not isinstance(raw, Iterable):
            raise _problem(N_("{label} must be a list."), self.label)
        one = Choice(self.name, self.label, enum=self.enum)
        values = frozenset(one.convert(item) for item in raw)
        if len(values) < self.minimum:
            raise _problem(N_("{label}: choose at least {minimum}."), self.label,
                           minimum=self.minimum)
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
            raise _problem(N_("{label} must be a list."), self.label)
        out: list[str] = []
        for item in raw:
            if not isinstance(item, str):
                raise _problem(N_("{label} must be a list of text."), self.label)
            one_of = Message(N_("One of the {label}"),
                             label=Term(self.label, english=self.label.lower()))
            text, problem = text_problem(item, label=one_of,
                                         kind=TextKind.LINE, limit=self.item_limit)
            if problem:
                raise FieldProblem(problem)
            if text and text not in out:
                out.append(text)
        if len(out) > self.max_items:
            raise _problem(N_("{label}: too many ({count}); the limit is {limit}."),
                           self.label, count=len(out), limit=self.max_items)
        return tuple(out)


@dataclass(frozen=True)
class Integer(FieldSpec):
    low: int = 0
    high: int = 1_000_000
    unit: str = ""

    def convert(self, raw: object) -> Any:
        value: int
        if isinstance(raw, bool):
            raise _problem(N_("{label} must be a whole number."), self.label)
        if isinstance(raw, int):
            value = raw
        elif (isinstance(raw, str) and raw.strip().isascii() and raw.strip().isdigit()
              and len(raw.strip()) <= 12):
            value = int(raw.strip())
        else:
            raise _problem(N_("{label} must be a whole number."), self.label)
        if not self.low <= value <= self.high:
            if self.unit:
                raise _problem(N_("{label} must be between {low} and {high} {unit}."),
                               self.label, low=self.low, high=self.high, unit=Term(self.unit))
            raise _problem(N_("{label} must be between {low} and {high}."), self.label,
                           low=self.low, high=self.high)
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
        raise _problem(N_("{label} must be yes or no."), self.label)


@dataclass(frozen=True)
class Day(FieldSpec):
    def convert(self, raw: object) -> Any:
        if isinstance(raw, datetime):
            raise _problem(N_("{label} must be a date without a time."), self.label)
        if isinstance(raw, date):
            value = raw
        elif isinstance(raw, str):
            try:
                value = date.fromisoformat(raw.strip())
            except ValueError:
                raise _problem(N_("{label} must be a date like 2026-03-31."),
                               self.label) from None
        else:
            raise _problem(N_("{label} must be a date."), self.label)
        if value.year < EARLIEST_YEAR:
            raise _problem(N_("{label} is before {year}; check the year."), self.label,
                           year=EARLIEST_YEAR)
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
                raise _problem(N_("{label} must be a date and time like "
                                  "2026-03-31T14:30+05:30."), self.label) from None
        else:
            raise _problem(N_("{label} must be a date and time."), self.label)
        if value.tzinfo is None or value.utcoffset() is None:
            raise _problem(N_("{label} needs a time zone."), self.label)
        if value.year < EARLIEST_YEAR:
            raise _problem(N_("{label} is before {year}; check the year."), self.label,
                           year=EARLIEST_YEAR)
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise _problem(N_("{label} is out of range; check the year."),
                           self.label) from None


@dataclass(frozen=True)
class ClockTime(FieldSpec):
    def convert(self, raw: object) -> Any:
        if isinstance(raw, time):
            value = raw
        elif isinstance(raw, str):
            try:
                value = time.fromisoformat(raw.strip())
            except ValueError:
                raise _problem(N_("{label} must be a time like 18:30."), self.label) from None
        else:
            raise _problem(N_("{label} must be a time of day."), self.label)
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
            raise _problem(N_("{label} must be a list."), self.label)
        items = list(raw)
        if len(items) > self.max_items:
            raise _problem(N_("{label}: too many ({count}); the limit is {limit}."),
                           self.label, count=len(items), limit=self.max_items)
        out = []
        for number, item in enumerate(items, start=1):
            values = item if isinstance(item, Mapping) else as_values(item)
            cleaned, errors = clean_fields(values, self.specs)
            if errors:
                _name, message = next(iter(errors.items()))
                raise _problem(N_("{label}, item {number}: {message}"), self.label,
                               number=number, message=message)
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
            errors[spec.name] = problem.message
    return cleaned, errors
