"""The interface's catalogs (resources/i18n/*_hi.ts) are complete and safe to load: every
entry translated, no placeholder lost or invented, every mnemonic kept; and the compiled
Hindi catalog is what the app loads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from peerdesk.resources import resources_dir
from ui import language

I18N = resources_dir() / "i18n"
CATALOGS = sorted(I18N.glob("*_hi.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&(?!&)(\S)")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def _translations(msg: ET.Element) -> list[str]:
    node = msg.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def test_there_is_a_core_catalog() -> None:
    assert I18N / "ui_core_hi.ts" in CATALOGS
    assert I18N / "qt_base_hi.ts" in CATALOGS


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_every_entry_is_translated(path: Path) -> None:
    bad = []
    for context, source, msg in _messages(path):
        node = msg.find("translation")
        assert node is not None
        kind = node.get("type")
        if kind in ("unfinished", "obsolete", "vanished") or not all(
                t.strip() for t in _translations(msg)):
            bad.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert not bad, f"{path.name}: untranslated entries (lupdate, then translate):\n" + \
        "\n".join(bad[:20])


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_mnemonics(path: Path) -> None:
    bad = []
    for context, source, msg in _messages(path):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        has_mnemonic = bool(MNEMONIC.search(source.replace("&&", "")))
        for text in _translations(msg):
            if msg.get("numerus") != "yes" and sorted(set(PLACEHOLDER.findall(text))) != wanted:
                bad.append(f"{context}: {source!r} -> {text!r}: placeholders")
            mnemonics = MNEMONIC.findall(text.replace("&&", ""))
            if has_mnemonic != bool(mnemonics) or len(mnemonics) > 1:
                bad.append(f"{context}: {source!r} -> {text!r}: one & mnemonic, as in English")
    assert not bad, "\n".join(bad[:20])


def test_the_compiled_catalog_is_loaded(compiled_translations, hindi) -> None:
    """A known string of the main window and a word of the core show in Hindi, and
    English comes back when the language is switched back."""
    assert language.current() == "hi"
    assert QCoreApplication.translate("MainWindow", "&File") == "फ़ाइल (&F)"
    assert language.term("In person") == "आमने-सामने"
    assert language.month(12) == "दिसंबर"
    language.apply("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert language.term("In person") == "In person"


def test_a_missing_catalog_leaves_english(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(language, "qm_path", lambda lang: tmp_path / f"none_{lang}.qm")
    assert language.apply("hi") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_laptop_remembers_the_last_language(qapp) -> None:
    language.remember("hi")
    try:
        assert language.laptop_language() == "hi"
    finally:
        language.remember("en")
    assert language.laptop_language() == "en"


def test_the_vocabulary_and_dates_follow_the_language(hindi) -> None:
    """What the app shows from the core (ui/labels.py) is Hindi too: the tables pages and
    dialogs read, the month and weekday of a date, deadlines and lengths of time."""
    from datetime import UTC, datetime

    from ui import labels

    assert labels.LEVELS["imminent"] == "तुरंत ख़तरा"
    assert dict(labels.CHANNEL_LABELS.items())["in_person"] == "आमने-सामने"
    assert labels.label(labels.STATES, "resolved") == "सुलझ गई"
    moment = datetime(2026, 12, 1, 9, 5, tzinfo=UTC)
    assert labels.fmt_datetime(moment, UTC) == "मंगल 1 दिसंबर 2026, 09:05"
    assert labels.fmt_date(moment.date()) == "1 दिसंबर 2026"
    assert labels.fmt_minutes(90) == "1 घंटा 30 मिनट"
    assert labels.fmt_minutes(150) == "2 घंटे 30 मिनट"
    assert labels.duration_words(3 * 24 * 60) == "3 दिन"
    language.apply("en")
    assert labels.fmt_datetime(moment, UTC) == "Tue 1 Dec 2026, 09:05"
    assert labels.LEVELS["imminent"] == "Imminent"


def test_qts_own_buttons_and_menus_are_in_hindi(hindi) -> None:
    """PySide6 has no Hindi for Qt's own texts: resources/i18n/qt_base_hi.ts gives them
    (standard buttons, the edit menu of a text field)."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(["ठीक है", "रद्द करें"])
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "कॉपी करें (&C)"
