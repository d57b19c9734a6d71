"""The core's translations: GNU gettext catalogs read with Python's ``gettext`` (no Qt).

Report text is written in English and marked with ``_`` (or ``N_`` where the English is
only stored, ``ngettext`` for counts, ``pgettext`` where one English word has several
meanings). ``using(lang)`` chooses the language for the code that runs inside it: the
service that gathers a report's data and the builder that lays it out run inside one such
block, so every label they make comes out in the report's language. docs/translation.md
describes the catalogs and how they are built.
"""

from peerdesk.i18n.catalog import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    N_,
    _,
    current_language,
    language_name,
    ngettext,
    pgettext,
    term,
    using,
)

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "N_", "_", "current_language", "language_name",
           "ngettext", "pgettext", "term", "using"]
