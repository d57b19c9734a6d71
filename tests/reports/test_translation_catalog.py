"""The Hindi catalog of the reports is complete: every string the core marks for
translation (extracted as ``make locale-update`` does) and every vocabulary label has a
Hindi translation that is neither missing nor fuzzy, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from peerdesk.reports.wording import TABLES
from peerdesk.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]
LOCALE = resources_dir() / "locale"
HINDI = LOCALE / "hi" / "LC_MESSAGES" / "peerdesk.po"
#: The modules whose text ends up in a printed report: each must mark some text.
REPORT_MODULES = ("peerdesk/reports/accountability.py", "peerdesk/reports/advisor.py",
                  "peerdesk/reports/escalation_record.py", "peerdesk/reports/recovery_sheet.py",
                  "peerdesk/reports/blocks.py", "peerdesk/reports/layout.py",
                  "peerdesk/reports/charts.py", "peerdesk/reports/role_grants.py",
                  "peerdesk/services/report_data.py", "peerdesk/services/reports.py",
                  "peerdesk/i18n/dates.py")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _hindi() -> Catalog:
    with HINDI.open("rb") as f:
        return read_po(f, locale="hi")


def _extracted() -> dict[str, set[str]]:
    """msgid -> files it is marked in, over the whole core, as pybabel extracts it."""
    method_map = [("peerdesk/**.py", "python")]
    found: dict[str, set[str]] = {}
    for filename, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, keywords={"_": None, "N_": None, "NC_": ((1, "c"), 2),
                                             "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}):
        msgid = message[0] if isinstance(message, tuple) else message
        found.setdefault(msgid, set()).add(filename)
    return found


def _translations(m: Message) -> list[str]:
    return list(m.string) if isinstance(m.string, tuple) else [m.string]


def test_every_entry_is_translated_and_none_is_fuzzy() -> None:
    catalog = _hindi()
    assert catalog.plural_forms == "nplurals=2; plural=(n > 1);"
    bad = [m.id for m in catalog if m.id and (m.fuzzy or not all(_translations(m)))]
    assert not bad, f"untranslated or fuzzy in {HINDI.name}: {bad[:10]}"
    assert not list(catalog.obsolete), "obsolete entries: run make locale-update"


def test_every_marked_string_of_the_core_is_in_the_catalog() -> None:
    extracted = _extracted()
    catalog = _hindi()
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    missing = sorted(set(extracted) - known)
    assert not missing, f"run make locale-update and translate: {missing[:10]}"
    files = {f for fs in extracted.values() for f in fs}
    for module in REPORT_MODULES:
        assert module in files, f"{module} marks no text for translation"


@pytest.mark.parametrize("table", TABLES, ids=lambda t: next(iter(t)))
def test_every_vocabulary_label_has_a_translation(table: dict[str, str]) -> None:
    catalog = _hindi()
    for wording in table.values():
        m = catalog.get(wording)
        assert m is not None and m.string and m.string != wording, wording


def test_translations_keep_their_placeholders_and_latin_digits() -> None:
    for m in _hindi():
        if not m.id:
            continue
        ids = [m.id] if isinstance(m.id, str) else list(m.id)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in _translations(m):
            assert set(PLACEHOLDER.findall(text)) == wanted, (m.id, text)
            assert not re.search("[\u0966-\u096f]", text), (m.id, text)  # Devanagari digits
