"""The dialogs and forms in Hindi: real widgets on a real vault, with the real catalogs
installed (the ``hindi`` fixture: resources/i18n/peerdesk_hi.qm compiled from every
``*_hi.ts``, and the core's catalog for the vocabulary).

Every text of ours a dialog shows is the Hindi of the catalog, never its English; the
keyboard path of logging a session works in Hindi as it does in English. (The Alt+letters
of every dialog are walked in both languages by tests/ui/test_forms_mnemonics.py.)
"""

from __future__ import annotations

import gc
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui import test_forms_keyboard as keyboard
from tests.ui.test_forms_keyboard import group  # noqa: F401 (the fixture)
from tests.ui.test_forms_mnemonics import _coordinator_forms, _session

pytestmark = pytest.mark.usefixtures("themed")

CATALOG = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "ui_dialogs_hi.ts"
DEVANAGARI = re.compile("[\u0900-\u097f]")


def _catalog() -> dict[str, dict[str, str]]:
    """Context → {English: Hindi} of the dialogs' catalog."""
    out: dict[str, dict[str, str]] = {}
    for context in ET.parse(CATALOG).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.setdefault(name, {})[message.findtext("source") or ""] = (
                message.findtext("translation") or "")
    return out


def _drop_dead_widgets() -> None:
    for widget in QApplication.topLevelWidgets():  # windows other tests left open
        if widget.isVisible():
            widget.close()
    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_widgets_of_other_tests() -> Iterator[None]:
    """Windows that earlier tests closed are deleted before the language changes (runs
    before ``hindi``), and each test's dialogs when it ends. Qt sends a change of language
    to every widget still alive; a main window scheduled to be deleted answered it after it
    was gone (RuntimeError, or a crash, when the whole of tests/ui runs in one process)."""
    _drop_dead_widgets()
    yield
    _drop_dead_widgets()


def _settle(ctx: Any) -> None:
    for _ in range(4):
        ctx.worker.wait_idle()
        QApplication.processEvents()


def _texts(dialog: QDialog) -> list[str]:
    """What the person can read: the title, labels, buttons, boxes, placeholders, tips."""
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
    return [t.replace("&", "").strip() for t in texts if t.strip()]


def _contexts(dialog: QDialog) -> set[str]:
    """The translation contexts of the dialog and of every widget class inside it."""
    classes = {type(dialog), *(type(w) for w in dialog.findChildren(QObject))}
    return {c.__name__ for cls in classes for c in cls.__mro__}


def check_hindi(qtbot: Any, ctx: Any, dialog: QDialog, catalog: dict[str, dict[str, str]]
                ) -> None:
    """The dialog shows its words in Hindi: some text in Devanagari, and no text that is
    the English of a catalog entry of its own classes (words that come from elsewhere, such
    as the vocabularies of ui/labels.py, are not this catalog's to check).

    Each dialog is deleted as soon as it is checked (not left to the garbage collector
    and the end of the test): dozens of dialogs collected at random moments while the
    next was being built crashed Qt's offscreen platform in long runs."""
    if hasattr(dialog, "confirm_discard"):
        dialog.confirm_discard = lambda: True  # type: ignore[method-assign]
    try:
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(ctx)
        english = {source.replace("&", "").strip()
                   for name in _contexts(dialog) for source in catalog.get(name, {})}
        shown = _texts(dialog)
        assert any(DEVANAGARI.search(t) for t in shown), (type(dialog).__name__, shown)
        qt_own = {"OK", "Cancel", "Close", "Yes", "No", "Save", "Apply"}  # Qt's own buttons
        left = sorted({t for t in shown if t in english or t in qt_own})
        assert not left, (type(dialog).__name__, left)
    finally:
        dialog.close()
        _settle(ctx)
        dialog.deleteLater()
        _drop_dead_widgets()


def _all_dialogs(case: Any, ctx: Any) -> list[Callable[[], QDialog]]:
    """Every dialog a coordinator opens from ui/dialogs, opened the way the app opens it."""
    from zoneinfo import ZoneInfo

    from ui.dialogs.backup_restore import BackupDialog, RestoreDialog
    from ui.dialogs.change_passphrase import ChangePassphraseDialog
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.history import HistoryDialog
    from ui.dialogs.referral_directory import ReferralDirectoryDialog
    from ui.dialogs.unlock import UnlockDialog

    ws, worker = case.ws, ctx.worker
    session_id = _session(case)
    return [
        *_coordinator_forms(case, ctx),
        lambda: UnlockDialog(case.folder, worker),
        lambda: FirstRunDialog(case.folder.parent / "new", worker),
        lambda: ChangePassphraseDialog(ws, worker),
        lambda: BackupDialog(ws, worker),
        lambda: RestoreDialog(case.folder, worker),
        lambda: ReferralDirectoryDialog(ctx, ws),
        lambda: HistoryDialog(ctx, "PS-0001", lambda: ws.sessions.history(session_id),
                              ws.members.names, ZoneInfo("Asia/Kolkata")),
    ]


@pytest.mark.usefixtures("hindi")
def test_every_coordinator_dialog_shows_its_words_in_hindi(qtbot: Any, ctx: Any,
                                                           case: Any) -> None:
    catalog = _catalog()
    for make in _all_dialogs(case, ctx):
        check_hindi(qtbot, ctx, make(), catalog)


@pytest.mark.usefixtures("hindi")
def test_advisor_and_supervisor_forms_show_hindi(qtbot: Any, ctx: Any, case: Any) -> None:
    from ui.dialogs.reflection_form import ReflectionFormDialog, ReflectionViewDialog
    from ui.dialogs.session_form import SessionFormDialog
    from ui.dialogs.supervision_form import SupervisionForm

    catalog = _catalog()
    session_id = _session(case)
    ws = case.login("ravi")
    reflection = ws.reflections.create({"session_id": session_id, "went_well": "Listened.",
                                        "supervision_request": "none"})
    for dialog in (SessionFormDialog(ws, ctx), ReflectionFormDialog(ws, ctx, session_id),
                   ReflectionViewDialog(ws, ctx, str(reflection.id))):
        check_hindi(qtbot, ctx, dialog, catalog)
    check_hindi(qtbot, ctx, SupervisionForm(ctx, case.login("sunita")), catalog)


@pytest.mark.usefixtures("hindi")
def test_the_session_form_in_hindi_reads_as_the_catalog_says(qtbot: Any, ctx: Any,
                                                             case: Any) -> None:
    from ui.dialogs.session_form import SessionFormDialog

    words = _catalog()["SessionFormDialog"]
    form = SessionFormDialog(case.ws, ctx)
    qtbot.addWidget(form)
    form.show()
    _settle(ctx)
    assert form.windowTitle() == words["Log a session"] == "सेशन दर्ज करें"
    assert form.save_button.text() == words["Save session"]
    assert form.fields["advisee_id"].label.text() == words["&Advisee"] == "सलाह लेने वाले (&A)"
    assert form.fields["summary"].label.text() == words["Su&mmary"]
    # a filled-in place: the hint under the start names the group's time zone
    assert form.fields["start"].message.text() == words["Time in %1"].replace(
        "%1", case.ws.timezone)
    form.save()  # nothing filled in: the banner counts the fields in Hindi
    assert "ख़ाने ठीक करने हैं" in form.banner.text()


@pytest.mark.usefixtures("hindi")
def test_logging_a_session_by_keyboard_works_in_hindi(qtbot: Any, ctx: Any,
                                                      group: Any) -> None:  # noqa: F811
    keyboard.test_a_whole_session_by_keyboard_in_at_most_twelve_keys(qtbot, ctx, group)


@pytest.mark.usefixtures("hindi")
def test_enter_walks_the_session_form_in_hindi(qtbot: Any, ctx: Any,
                                               group: Any) -> None:  # noqa: F811
    keyboard.test_enter_walks_every_field_theme_boxes_included_and_saves_on_the_last(
        qtbot, ctx, group)


def test_every_catalog_entry_is_hindi_and_keeps_its_places_and_letter() -> None:
    for name, words in _catalog().items():
        for source, hindi in words.items():
            assert hindi and hindi != source, (name, source)
            assert DEVANAGARI.search(hindi), (name, source, hindi)
            assert sorted(re.findall(r"%\d", hindi)) == sorted(re.findall(r"%\d", source)), \
                (name, source, hindi)
            assert source.count("\n") == hindi.count("\n"), (name, source)
            letter = re.search(r"&([^&\s])", source)
            if letter:  # the same Alt+letter, shown after the Hindi: "सारांश (&M)"
                assert f"(&{letter.group(1).upper()})" in hindi, (name, source, hindi)


def test_places_are_filled_in_one_pass_and_sentences_end_once() -> None:
    from ui.translated import fill, sentence

    assert fill("%2 ने %1 को दर्ज की", "30 नवंबर", "Rohan") == "Rohan ने 30 नवंबर को दर्ज की"
    assert fill("told %1 (%2)", "Dr %2", "clinic") == "told Dr %2 (clinic)"  # not re-filled
    assert fill("%1 of %2", 3) == "3 of %2"  # a missing value leaves its place
    assert sentence("Raised today by Rohan J.") == "Raised today by Rohan J."
    assert sentence("Kind of risk: medical") == "Kind of risk: medical."
    assert sentence("जोखिम का प्रकार: सेहत से जुड़ा।") == "जोखिम का प्रकार: सेहत से जुड़ा।"
