"""The pages in Hindi: every page built with the Hindi catalog shows Hindi, not English;
counts, filters and sentences with values read in Hindi; and a page rebuilt in another
language (a live switch) keeps the record it had chosen, so a button never acts on a
record other than the one highlighted."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)
from ui_support import show_page

from ui import language
from ui.pages import PAGE_NAMES, PAGES, page_class

#: Latin words that stay Latin in Hindi: keys, codes, the product's name, examples of
#: what to type, and the language picker's "English" and "भाषा / Language" (each language
#: named in itself, so someone who cannot read the other finds the way back).
LATIN_KEPT = {"Ctrl", "Alt", "PS", "peerdesk", "Asia", "Kolkata", "PDF", "Enter", "Esc",
              "English", "Language"}
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _english_words(text: str) -> list[str]:
    text = re.sub(r"\(&[A-Za-z]\)", "", text)  # a mnemonic kept on a Latin letter
    return [w for w in _LATIN_WORD.findall(text) if w not in LATIN_KEPT]


def _texts(page: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person reads on the page before any data arrives:
    labels, buttons, group titles, tooltips, placeholders, combo box items, tabs and the
    tables' column headers."""
    found: list[tuple[str, str]] = []
    for w in page.findChildren(QWidget):
        if isinstance(w.parent(), QTabBar):
            continue  # Qt's own scroll arrows: Qt ships no Hindi for them
        kind = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            found.append((kind, w.text()))
        if isinstance(w, QGroupBox):
            found.append((kind, w.title()))
        if isinstance(w, QLineEdit) and not isinstance(w.parent(), QComboBox):
            found.append((kind + " placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            found += [(kind + " item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [(kind + " tab", w.tabText(i)) for i in range(w.count())]
        found.append((kind + " tooltip", w.toolTip()))
        found.append((kind + " accessible name", w.accessibleName()))
    return [(where, text) for where, text in found if text]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_reads_in_hindi(qtbot, ctx, hindi, name) -> None:
    page = page_class(name)(ctx)
    qtbot.addWidget(page)
    english = [(where, text) for where, text in _texts(page) if _english_words(text)]
    assert not english, f"{name}: English left on the page:\n" + "\n".join(
        f"  {where}: {text!r}" for where, text in english)
    assert language.current() == "hi"


def test_the_check_finds_english(qtbot, ctx) -> None:
    """The same page in English fails the check above (it can fail)."""
    language.apply("en")
    page = page_class("sessions")(ctx)
    qtbot.addWidget(page)
    assert any(_english_words(text) for _where, text in _texts(page))
    assert _english_words("नया सेशन (&N) Ctrl+N PS-0142") == []


def test_sessions_page_counts_and_filters_in_hindi(qtbot, ctx, case, hindi) -> None:
    from ui.pages.sessions import SessionsPage

    page = show_page(qtbot, ctx, SessionsPage(ctx), case.login("coord"), settle=2)
    assert page.new_button.text() == "नया सेशन (&N)"
    assert page.period_filter.itemText(0) == "शुरू से अब तक"
    count = page.count_label.text()
    assert re.fullmatch(r"\d+ सेशन", count), count
    page.risk_filter.setChecked(True)
    ctx.worker.wait_idle()
    assert re.fullmatch(r"\d+ सेशन (मिला|मिले)", page.count_label.text()) or \
        page.empty.text().startswith("कोई सेशन नहीं मिला")


def test_home_sections_and_items_in_hindi(qtbot, ctx, group, hindi) -> None:
    from ui.pages.home import HomePage

    ws = group.login("coord")
    ws.escalations.raise_({"advisee_id": group.ids["A1"], "level": "high",
                           "categories": ["self_harm_or_suicidal"],
                           "description": "Said goodbye."})
    page = show_page(qtbot, ctx, HomePage(ctx), group.login("sunil"), size=(1280, 800),
                     settle=2)
    qtbot.waitUntil(lambda: page.filled, timeout=3000)
    view = page.sections["open_escalations"]
    assert view.heading.text() == "जोखिम सूचनाएँ जिन पर काम चल रहा है (1)"
    line = view.model.stringList()[0]
    assert "दर्ज" in line and "स्वीकार: 23 घंटे में" in line and "raised" not in line


def test_a_sentence_keeps_a_value_that_looks_like_a_placeholder(qtbot) -> None:
    from ui.translated import counted, fill

    assert fill("%1 · %2", "note with %2 inside", "x") == "note with %2 inside · x"
    assert counted(1, "1 सेशन", "%1 सेशन") == "1 सेशन"
    assert counted(1500, "1 सेशन", "%1 सेशन") == "1,500 सेशन"


def _agreement(ws: Any, group: Any, advisor: str, advisee_id: str, start: Any) -> str:
    aid = ws.agreements.create({
        "advisor_id": group.ids[advisor], "advisee_id": advisee_id, "channels": ["phone"],
        "start_date": start, "clauses": ["confidentiality_limits"]}).id
    return str(aid)


def _rebuilt(qtbot: Any, ctx: Any, old: Any, ws: Any, lang: str) -> Any:
    """What the main window does on a change of language: a new page of the same class,
    given the old one's view state before and after it loads."""
    state = old.view_state()
    language.apply(lang)
    new = type(old)(ctx)
    qtbot.addWidget(new)
    new.resize(old.size())
    new.show()
    left = new.restore_view_state(state)
    new.load(ws)
    for _ in range(3):
        ctx.worker.wait_idle()
    new.restore_view_state(left)
    for _ in range(3):
        ctx.worker.wait_idle()
    return new


def test_a_rebuilt_agreements_page_acts_on_the_highlighted_agreement(qtbot, ctx, group,
                                                                     hindi) -> None:
    from ui.pages.agreements import AgreementsPage

    ws = group.login("coord")
    today = ws.ctx.now().astimezone(ws.ctx.tz).date()
    first = _agreement(ws, group, "asha", group.ids["A1"], today - timedelta(days=10))
    second = _agreement(ws, group, "bala", group.ids["B1"], today - timedelta(days=200))
    ws.agreements.set_status(second, "active", review_date=today - timedelta(days=90))
    language.apply("en")
    page = show_page(qtbot, ctx, AgreementsPage(ctx), ws, size=(1280, 800), settle=3)
    ids = [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert sorted(ids) == sorted([first, second])
    page.view.selectRow(1)  # the keyboard moves the highlight: the detail follows
    ctx.worker.wait_idle()
    assert page.current.id == ids[1]

    new = _rebuilt(qtbot, ctx, page, ws, "hi")
    assert new.model.id_at(new.view.currentIndex().row()) == ids[1]
    assert new.current.id == ids[1]  # what "Record: advisee acknowledged" would act on
    assert new.advisee_ack.text() == "दर्ज करें: सलाह लेने वाले ने आज स्वीकार किया"
    assert new.detail.note().startswith("स्थिति:")
    # Drift in Hindi, from the alert's facts: the list's line and the detail's sentences.
    column = new.model.columnCount() - 1
    lines = {new.model.id_at(r): new.model.data(new.model.index(r, column))
             for r in range(new.model.rowCount())}
    assert lines[second] == "समीक्षा 3 महीने से समय-सीमा पार · +2 और"
    new.open_record(second)
    ctx.worker.wait_idle()
    assert "समीक्षा की तारीख़" in new.detail.note()
    assert "has passed" not in new.detail.note()


def test_a_rebuilt_sessions_page_keeps_the_order_chosen_by_a_header(qtbot, ctx, case,
                                                                    hindi) -> None:
    from ui.models.sessions_model import SessionTableModel
    from ui.pages.sessions import SessionsPage

    language.apply("en")
    ws = case.login("coord")
    page = show_page(qtbot, ctx, SessionsPage(ctx), ws, size=(1280, 800), settle=2)
    page.table.sortByColumn(SessionTableModel.COL_ADVISEE, Qt.SortOrder.AscendingOrder)
    ctx.worker.wait_idle()
    assert page._order == ("advisee", False)

    new = _rebuilt(qtbot, ctx, page, ws, "hi")
    assert new._order == ("advisee", False)
    header = new.table.horizontalHeader()
    assert header.sortIndicatorSection() == SessionTableModel.COL_ADVISEE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def _clipped(page: QWidget) -> list[str]:
    """Visible buttons, check boxes and one-line labels narrower than their text."""
    out = []
    for w in page.findChildren(QWidget):
        if not w.isVisible() or isinstance(w.parent(), QTabBar):
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text():
            shown = w.text().split("\n")[0].replace("&&", "\0").replace("&", "")
            need = w.fontMetrics().horizontalAdvance(shown.replace("\0", "&"))
            if w.contentsRect().width() < need:
                out.append(f"label {w.text()!r}: {w.contentsRect().width()} < {need}")
        elif isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width():
            out.append(f"button {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QTableView) and w.model() is not None:
            header, model = w.horizontalHeader(), w.model()
            for c in range(model.columnCount()):
                if header.isSectionHidden(c) or header.sectionSize(c) == 0:
                    continue
                text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                need = header.fontMetrics().horizontalAdvance(text) + 8
                if header.sectionSize(c) < need:
                    out.append(f"column {text!r}: {header.sectionSize(c)} < {need}")
    return out


@pytest.mark.parametrize(("name", "user"), [
    (spec.name, user) for spec in PAGES for user, role in
    (("coord", "coordinator"), ("ravi", "advisor"), ("sunita", "supervisor"))
    if role in spec.roles])
def test_no_text_is_cut_off_in_hindi(qtbot, ctx, case, hindi, name, user) -> None:
    """At 1280×800 (the window's room for a page: the navigation takes about 160 px) every
    button, check box and one-line label of the page shows its whole Hindi text."""
    page = show_page(qtbot, ctx, page_class(name)(ctx), case.login(user),
                     size=(1280 - 160, 800 - 60), settle=3)
    qtbot.wait(10)
    assert not _clipped(page), f"{name} as {user}:\n" + "\n".join(_clipped(page))


@pytest.mark.parametrize(("name", "user"), [
    (spec.name, user) for spec in PAGES for user, role in
    (("coord", "coordinator"), ("ravi", "advisor"), ("sunita", "supervisor"))
    if role in spec.roles])
def test_every_page_rebuilds_in_hindi_with_what_it_showed(qtbot, ctx, case, hindi, name,
                                                          user) -> None:
    """A live switch rebuilds each page from the old one's view state: it loads, keeps
    every input's value and reads in Hindi."""
    language.apply("en")
    ws = case.login(user)
    old = show_page(qtbot, ctx, page_class(name)(ctx), ws, size=(1120, 740), settle=3)
    state = old.view_state()
    new = _rebuilt(qtbot, ctx, old, ws, "hi")
    assert new.loaded
    assert new.view_state().keys() >= {k for k in state if "@" not in k}
    english = [(where, text) for where, text in _texts(new)
               if _english_words(text) and where.endswith("tooltip")]
    assert not english, english


#: The main window's menus take Alt+F and Alt+H (File, Help); a page's own letters differ.
MENU_LETTERS = {"F", "H"}


def _mnemonics(page: QWidget) -> list[str]:
    letters = []
    for w in page.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton) and w.isVisible():
            found = re.search(r"&([^&])", w.text().replace("&&", ""))
            if found:
                letters.append(found.group(1).upper())
    return letters


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize(("name", "user"), [
    (spec.name, user) for spec in PAGES for user, role in
    (("coord", "coordinator"), ("ravi", "advisor"), ("sunita", "supervisor"))
    if role in spec.roles])
def test_alt_letters_of_a_page_are_its_own(qtbot, ctx, case, hindi, lang, name,
                                           user) -> None:
    """Every Alt+letter of a page leads to one place, in English and in Hindi (where the
    letter is kept in brackets), and none is taken by the main window's menus."""
    language.apply(lang)
    page = show_page(qtbot, ctx, page_class(name)(ctx), case.login(user),
                     size=(1120, 740), settle=3)
    letters = _mnemonics(page)
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS, letters
