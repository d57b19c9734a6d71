"""Date pickers and calendars follow the interface's language, never the machine's locale:
Hindi month names in Hindi, English ones in English, Latin digits in both."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit
from ui_support import hindi  # noqa: F401  (fixture)

from ui import language


def _picker(qtbot) -> QDateEdit:  # type: ignore[no-untyped-def]
    edit = QDateEdit(QDate(2026, 12, 7))
    edit.setDisplayFormat("dd MMM yyyy")
    qtbot.addWidget(edit)
    return edit


def test_a_date_picker_reads_in_hindi_with_latin_digits(qtbot, hindi) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    text = _picker(qtbot).text()
    assert text.startswith("07 ") and text.endswith(" 2026")
    assert "Dec" not in text and "दिस" in text


def test_english_ignores_the_machines_own_locale(qtbot) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    language.apply("en")
    assert _picker(qtbot).text() == "07 Dec 2026"
