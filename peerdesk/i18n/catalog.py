"""Loading the compiled catalogs and choosing the language of the code that runs now."""

from __future__ import annotations

import gettext
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from peerdesk.errors import PeerdeskError
from peerdesk.resources import resources_dir

#: The gettext domain: resources/locale/<lang>/LC_MESSAGES/peerdesk.mo
DOMAIN = "peerdesk"
DEFAULT_LANGUAGE = "en"
#: Languages a member can choose, by code, with their own name for themselves.
LANGUAGES: dict[str, str] = {"en": "English", "hi": "हिन्दी"}

_ENGLISH = gettext.NullTranslations()
_current: ContextVar[tuple[str, gettext.NullTranslations]] = ContextVar(
    "peerdesk_language", default=(DEFAULT_LANGUAGE, _ENGLISH))
_loaded: dict[str, gettext.NullTranslations] = {}
_lock = threading.Lock()


class CatalogMissing(PeerdeskError):
    """A language's compiled catalog is not installed (run ``make`` in a checkout)."""


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def catalog(lang: str) -> gettext.NullTranslations:
    """The translations of ``lang``; English is the source text itself.

    A missing catalog is an error, never a silent fall back to English: a member who chose
    Hindi must not be handed an English report without being told."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang[:8]!r}")
    if lang == DEFAULT_LANGUAGE:
        return _ENGLISH
    with _lock:
        found = _loaded.get(lang)
        if found is None:
            localedir = resources_dir() / "locale"
            try:
                found = gettext.translation(DOMAIN, str(localedir), languages=[lang])
            except OSError:
                raise CatalogMissing(
                    f"The translations for '{lang}' are not installed ({DOMAIN}.mo); "
                    "run 'make locale' in the source folder.") from None
            _loaded[lang] = found
        return found


@contextmanager
def using(lang: str) -> Iterator[None]:
    """Run the body in ``lang``: every ``_``/``term`` inside it translates to it."""
    token = _current.set((lang, catalog(lang)))
    try:
        yield
    finally:
        _current.reset(token)


def current_language() -> str:
    return _current.get()[0]


def _(message: str) -> str:
    return _current.get()[1].gettext(message)


def N_(message: str) -> str:
    """Mark English for the catalog without translating it here (it is stored, or looked up
    later through ``_`` or ``term``)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.get()[1].ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _current.get()[1].pgettext(context, message)


def term(wording: str) -> str:
    """A vocabulary label (a risk level, state, category, channel, theme...) in the current
    language. Reports pass every such label through here, whichever table its English
    wording comes from; a wording with no translation (a group's own theme name) stays as
    it is."""
    return _(wording) if wording else wording
