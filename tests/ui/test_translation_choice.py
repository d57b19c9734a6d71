"""Choosing the language: on the first-run screen (kept for the first member), on the
Settings page (kept in the vault, shown at once), and the member's own language opens the
main window after an unlock; the laptop remembers the last one for the next start."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from ui_support import PASSPHRASE, needs_services

from ui import language
from ui.app import AppController

pytestmark = needs_services


@pytest.fixture
def controller(qapp, themed, tmp_path, hindi, test_kdf):
    language.apply("en")
    language.remember("en")
    made: list[AppController] = []

    def make(**kwargs: Any) -> AppController:
        c = AppController(tmp_path / "vault", **kwargs)
        made.append(c)
        return c

    yield make
    for c in made:
        if c.ws is not None:
            c.worker.discard_pending()
            c.ws.lock()
            c.ws = None
        c.idle.stop()
        c._close_window()
        c._set_dialog(None)
        c.worker.discard_pending()
        c.worker.stop()
    language.remember("en")


def _choose(choice: Any, code: str) -> None:
    """As a person picks from the list: the current item changes, then ``activated``."""
    index = choice.findData(code)
    choice.setCurrentIndex(index)
    choice.activated.emit(index)


def _settle(worker: Any) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
        worker.wait_idle()
    QCoreApplication.processEvents()


def test_first_run_in_hindi_keeps_what_was_typed_and_the_founder_keeps_hindi(
        qtbot, controller) -> None:
    c = controller()
    c.start()
    dialog = c.dialog
    dialog.group_edit.setText("Saathi Peer Circle")
    dialog.display_edit.setText("Asha Rao")
    old_choice = dialog.language_choice
    _choose(old_choice, "hi")
    qtbot.waitUntil(lambda: dialog.language_choice is not old_choice, timeout=5000)
    _settle(c.worker)
    assert language.current() == "hi"
    assert language.laptop_language() == "hi"
    assert dialog.language_choice.code() == "hi"
    assert dialog.group_edit.text() == "Saathi Peer Circle"
    assert dialog.display_edit.text() == "Asha Rao"

    dialog.username_edit.setText("asha")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    dialog.try_create()
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=20_000)
    dialog.confirm_box.setChecked(True)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.window is not None, timeout=5000)
    _settle(c.worker)
    assert c.ws.settings.language() == "hi"
    assert c.window.menuBar().actions()[0].text() == "फ़ाइल (&F)"


def test_settings_page_choice_is_kept_and_shown_at_once(qtbot, controller, open_ws) -> None:
    c = controller()
    window = c.show_main(open_ws)
    window.remember_size = False
    page = window.show_page("settings")
    _settle(c.worker)
    assert page.language_choice.code() == "en"
    page.timezone.setText("Asia/Kolkata")  # typed, not saved
    _choose(page.language_choice, "hi")
    qtbot.waitUntil(lambda: window.pages["settings"] is not page, timeout=5000)
    _settle(c.worker)
    qtbot.wait(100)
    _settle(c.worker)
    new = window.pages["settings"]
    assert language.current() == "hi"
    assert language.laptop_language() == "hi"
    assert open_ws.settings.language() == "hi"
    assert window.current_page_name == "settings"
    assert new.language_choice.code() == "hi"
    assert new.timezone.text() == "Asia/Kolkata"
    assert window.menuBar().actions()[0].text() == "फ़ाइल (&F)"


def test_unlock_opens_in_the_members_language(qtbot, controller, real_vault) -> None:
    from peerdesk.services.workspace import open_vault

    ws = open_vault(real_vault, "asha", PASSPHRASE)
    try:
        ws.settings.set_language("hi")
    finally:
        ws.lock()
    c = AppController(real_vault, username="asha")
    try:
        c.start()
        assert language.current() == "en"  # this laptop's language until someone signs in
        dialog = c.dialog
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: c.window is not None, timeout=20_000)
        assert language.current() == "hi"
        assert language.laptop_language() == "hi"
        assert c.window.menuBar().actions()[0].text() == "फ़ाइल (&F)"
    finally:
        if c.ws is not None:
            c.worker.discard_pending()
            c.ws.lock()
            c.ws = None
        c._close_window()
        c._set_dialog(None)
        c.worker.stop()
        ws = open_vault(real_vault, "asha", PASSPHRASE)
        try:
            ws.settings.set_language("en")
        finally:
            ws.lock()


def test_lang_overrides_the_members_language(qtbot, controller, real_vault) -> None:
    from peerdesk.services.workspace import open_vault

    ws = open_vault(real_vault, "asha", PASSPHRASE)
    try:
        ws.settings.set_language("hi")
    finally:
        ws.lock()
    c = AppController(real_vault, username="asha", lang="en")
    try:
        c.start()
        c.dialog.passphrase_edit.setText(PASSPHRASE)
        c.dialog.unlock_button.click()
        qtbot.waitUntil(lambda: c.window is not None, timeout=20_000)
        assert language.current() == "en"
        assert c.window.menuBar().actions()[0].text() == "&File"
    finally:
        if c.ws is not None:
            c.worker.discard_pending()
            c.ws.lock()
            c.ws = None
        c._close_window()
        c._set_dialog(None)
        c.worker.stop()
        ws = open_vault(real_vault, "asha", PASSPHRASE)
        try:
            ws.settings.set_language("en")
        finally:
            ws.lock()


def test_the_cores_messages_show_in_hindi(qtbot, worker, real_vault, hindi) -> None:
    """A refusal of the core (a wrong passphrase at the unlock) reads in Hindi, and a
    validation problem put beside its field too."""
    from PySide6.QtWidgets import QLineEdit

    from ui.dialogs.unlock import UnlockDialog
    from ui.widgets.form_field import FormField, show_errors

    dialog = UnlockDialog(real_vault, worker, username="asha")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase_edit.setText("not the passphrase at all")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
    assert dialog.passphrase_field.error == "यूज़र नाम या पासफ़्रेज़ ग़लत है।"

    field = FormField("Code", QLineEdit())
    qtbot.addWidget(field)
    show_errors({"code": field}, {"code": "Another advisee already has that code."})
    assert field.error == "यह कोड पहले से किसी और सलाह लेने वाले का है।"
