"""Translated text of the whole app: text outside a class's methods, placeholders, counts.

English kept in a table (a page's periods, Home's sections) is marked with
``ui.language.QT_TRANSLATE_NOOP`` in a named context and translated where it is shown
(``self.tr(text)`` in that class, or :func:`translate` with the context).

Pages and dialogs mark whole sentences for translation (``self.tr("Sessions with %1.")``) so a
translator can move a placeholder; :func:`fill` puts the values in, all in one pass, so a
value that itself contains ``%2`` (a record's text) is never filled again. :func:`counted`
keeps the English singular/plural choice: each form is its own translated string.
Numbers keep Latin digits. :func:`sentence` ends a sentence once, in English or in Hindi
(whose full stop is ।).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_PLACEHOLDER = re.compile(r"%([1-9])")


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface's language, for code outside a page's methods (module
    functions, worker-thread work). Call it with literal strings so lupdate finds them."""
    return QCoreApplication.translate(context, text, disambiguation)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1`` replaced by the first value, ``%2`` by the second…; a
    placeholder without a value stays as it is."""

    def put(match: re.Match[str]) -> str:
        at = int(match.group(1)) - 1
        return str(values[at]) if at < len(values) else match.group(0)

    return _PLACEHOLDER.sub(put, text)


def number(n: int) -> str:
    """A count as shown on screen: Latin digits, thousands separated ("1,500")."""
    return f"{n:,}"


def counted(n: int, one: str, many: str) -> str:
    """``one`` (the translated text for exactly one) or ``many`` with ``%1`` filled by
    ``n``: ``counted(n, self.tr("1 session"), self.tr("%1 sessions"))``."""
    return one if n == 1 else fill(many, number(n))


def sentence(text: str) -> str:
    """``text`` ending in exactly one full stop; Hindi text already ending in । stays."""
    from peerdesk.domain.counting import sentence as english  # not before the first paint

    stripped = text.rstrip()
    return stripped if stripped.endswith("।") else english(stripped)
