"""The language of the desktop app: the one place that installs it.

Two catalogs make up a language on screen:

* the interface's own text (``self.tr`` / ``QCoreApplication.translate`` in ``ui/``): Qt's
  translator, loaded from ``resources/i18n/peerdesk_<lang>.qm`` (``make translations``),
  plus Qt's own base translations when PySide6 ships them for the language;
* the words the interface takes from the core (states, levels, roles, channels… and month
  names): the core's gettext catalog, through :func:`term`, :func:`month` and
  :func:`weekday`, so a label reads the same on screen as in a printed report.

English is the source text: no translator at all. Installing or removing a translator
makes Qt send every widget a ``LanguageChange`` event; the main window answers it by
rebuilding its pages with their state kept (docs/translation.md).

Which language: the member's own (``ws.settings.language()``, read with the unlock), or
``peerdesk gui --lang``; before anyone has signed in (the unlock and first-run screens),
the last language used on this laptop, kept as a small non-secret preference in the app's
settings (:func:`laptop_language`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from peerdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES
from peerdesk.resources import resources_dir

log = logging.getLogger(__name__)

#: Where the last language used on this laptop is kept (QSettings; not secret).
LAPTOP_KEY = "language/last"


def qm_path(lang: str) -> Path:
    """The compiled interface catalog of ``lang`` (build output of ``make translations``)."""
    return resources_dir() / "i18n" / f"peerdesk_{lang}.qm"


class _State:
    """The language in use and what was installed for it (one per process, like the
    application's translators themselves)."""

    def __init__(self) -> None:
        self.lang = DEFAULT_LANGUAGE
        self.translators: list[QTranslator] = []
        self.gettext: Callable[[str], str] = str


_state = _State()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark ``text`` for the interface's catalog under ``context`` where it is written (a
    table of texts); translate it where it is shown:
    ``QCoreApplication.translate(context, text)``."""
    return text


def current() -> str:
    """The language the interface is showing now ("en" or "hi")."""
    return _state.lang


def apply(lang: str) -> str:
    """Show the interface in ``lang``; returns the language actually in use.

    A language whose catalog is not installed leaves the interface in English and logs
    which file is missing (never silently half-translated). Widgets that exist get a
    ``LanguageChange`` event from Qt."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if lang == _state.lang:
        return lang
    app = QCoreApplication.instance()
    installed: list[QTranslator] = []
    gettext: Callable[[str], str] = str
    if lang != DEFAULT_LANGUAGE:
        own = QTranslator(app)
        if not own.load(str(qm_path(lang))):
            log.warning("interface catalog %s is missing; run 'make translations'",
                        qm_path(lang).name)
            return _state.lang
        from PySide6.QtCore import QLibraryInfo  # 11 ms to load: not on the English start

        base = QTranslator(app)
        if base.load(f"qtbase_{lang}",
                     QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(base)
        installed.append(own)  # installed last: looked up first
        try:
            from peerdesk.i18n.catalog import catalog

            gettext = catalog(lang).gettext
        except Exception as exc:  # a missing .mo: the words stay English, said once
            log.warning("core catalog for %s is missing (%s); run 'make locale'",
                        lang, type(exc).__name__)
    old = _state.translators
    _state.lang, _state.translators, _state.gettext = lang, installed, gettext
    if app is not None:
        for translator in old:
            app.removeTranslator(translator)
        for translator in installed:
            app.installTranslator(translator)
    return lang


def switch(lang: str) -> str:
    """The person chose ``lang``: show it now and open in it next time on this laptop."""
    shown = apply(lang)
    remember(shown)
    return shown


def term(wording: str) -> str:
    """A vocabulary label of the core (its English wording) in the interface's language."""
    return _state.gettext(wording) if wording else wording


def message(text: str) -> str:
    """A message of the core shown as it is (a refusal, a validation problem) in the
    interface's language when the core's catalog has it; English otherwise (a message
    with details filled in, which the catalog cannot know)."""
    return _state.gettext(text) if text else text


def month(number: int) -> str:
    """The short month name (1-12) in the interface's language: "Dec", "दिसं"."""
    from peerdesk.i18n.dates import MONTHS

    return term(MONTHS[number - 1])


def weekday(number: int) -> str:
    """The short weekday name (Monday = 0) in the interface's language: "Tue", "मंगल"."""
    from peerdesk.i18n.dates import WEEKDAYS

    return term(WEEKDAYS[number])


# -- this laptop's preference ---------------------------------------------------------
def laptop_language() -> str:
    """The language last used on this laptop (the unlock and first-run screens open in
    it); English when none was kept."""
    value = QSettings().value(LAPTOP_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def remember(lang: str) -> None:
    """Keep ``lang`` as this laptop's language (not secret: a language code only)."""
    if lang in LANGUAGES:
        QSettings().setValue(LAPTOP_KEY, lang)


def choices() -> list[tuple[str, str]]:
    """``(code, name)`` for a language picker, each language named in itself."""
    return list(LANGUAGES.items())
