"""A message with details filled in that a front end can still show in another language.

The core writes its messages in English, and ``str(message)`` stays that English text: the
command line, the logs and every comparison see exactly what they always saw. A
:class:`Message` is that ``str`` and also keeps its template, marked for the catalog with
``N_`` (``"{label} is required."``), and its parameters, so the desktop app can render it
again in the member's language (``ui.language.message``) and a report in the report's
(``message.render(peerdesk.i18n._)``):

* the template goes through the catalog (a translator may move the placeholders);
* a :class:`Term` parameter (a field's label, a vocabulary word, a unit) goes through the
  catalog too, so the message says the field's name as the form says it;
* a nested :class:`Message` is rendered the same way;
* anything else (a number already written with Latin digits, a code, a person's name) is
  shown as it is: it is never looked up.

A translation that does not fit its parameters (a placeholder it invented) falls back to the
English text rather than failing. Pure: no I/O, no catalog of its own; the caller hands in
the catalog's lookup function.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Lookup = Callable[[str], str]


class Term(str):
    """A parameter that is a word of the catalog: a field's label, a vocabulary label.

    ``str(term)`` is how English shows it (``english``, default the wording itself, e.g.
    lower case inside a sentence); in another language it is the catalog's translation of
    ``wording``, or the English when the catalog has none."""

    wording: str
    context: str

    def __new__(cls, wording: str, english: str | None = None, context: str = "") -> Term:
        self = super().__new__(cls, wording if english is None else english)
        self.wording = str(wording)
        self.context = context
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep what it is
        return (Term, (self.wording, str(self), self.context))

    def render(self, lookup: Lookup) -> str:
        if not self.wording:
            return str(self)
        # gettext keeps an entry with a msgctxt under "context<EOT>msgid"
        key = f"{self.context}\x04{self.wording}" if self.context else self.wording
        translated = lookup(key)
        return str(self) if translated == key else translated


def NC_(context: str, wording: str) -> Term:
    """Mark a label whose English means something else elsewhere in the catalog ("Hours"
    open, not hours spent): extracted with its ``context`` (msgctxt) and translated on its
    own; in English it is ``wording``."""
    return Term(wording, context=context)


class Message(str):
    """English text (this ``str``) that keeps its template and parameters."""

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        self = super().__new__(cls, _fill(template, params, None))
        self.template = template
        self.params = dict(params)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep what it is
        return (_message, (self.template, dict(self.params)))

    def render(self, lookup: Lookup) -> str:
        """This message through ``lookup`` (a catalog's ``gettext``): its template and its
        :class:`Term` and :class:`Message` parameters; the English text if the translated
        template does not fit the parameters."""
        try:
            return _fill(lookup(self.template), self.params, lookup)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return str(self)


def _message(template: str, params: dict[str, object]) -> Message:
    return Message(template, **params)


def _fill(template: str, params: Mapping[str, object], lookup: Lookup | None) -> str:
    values: dict[str, str] = {}
    for name, value in params.items():
        if lookup is not None and isinstance(value, (Term, Message)):
            values[name] = value.render(lookup)
        else:
            values[name] = str(value)
    return template.format(**values)


def term(label: str) -> Term | Message:
    """``label`` as a parameter that the catalog translates (kept if it already is one)."""
    return label if isinstance(label, (Term, Message)) else Term(label)


def render(text: str, lookup: Lookup) -> str:
    """Any message of the core through ``lookup``: a :class:`Message` rendered, a plain
    (static, ``N_``-marked) text looked up whole; an empty text stays empty."""
    if isinstance(text, Message):
        return text.render(lookup)
    return lookup(text) if text else text
