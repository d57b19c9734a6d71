from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from ui_support import FakeWorkspace, needs_services

from peerdesk.errors import ValidationError
from ui.dialogs.first_run import CONFIRM_TEXT, FirstRunDialog, suggest_username

GOOD = "tea garden monsoon kite"
KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST-WXYZ"


def _fill(qtbot, dialog, *, passphrase=GOOD, confirm=GOOD):
    qtbot.keyClicks(dialog.group_edit, "Saathi Peer Circle")
    qtbot.keyClicks(dialog.display_edit, "Asha Rao")
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.keyClicks(dialog.confirm_edit, confirm)


@pytest.fixture
def make_dialog(qtbot, worker, tmp_path, themed):
    def make(create_fn=None):
        dialog = FirstRunDialog(tmp_path / "vault", worker, create_fn=create_fn)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_username_is_suggested_from_name(qtbot, make_dialog):
    dialog = make_dialog()
    qtbot.keyClicks(dialog.display_edit, "Asha Rao")
    assert dialog.username_edit.text() == "asha"
    assert suggest_username("  Ravi  Kumar") == "ravi"
    assert suggest_username("José Dias") == "josé"


def test_no_misspelt_suggestion_for_a_name_in_devanagari(qtbot, make_dialog):
    """A user name cannot hold vowel signs: "आशा" would be suggested as "आश"."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    dialog = make_dialog()
    typed = QInputMethodEvent()  # how Hindi arrives from an input method
    typed.setCommitString("आशा राव")
    QApplication.sendEvent(dialog.display_edit, typed)
    assert dialog.display_edit.text() == "आशा राव"
    assert dialog.username_edit.text() == ""
    assert suggest_username("आशा राव") == ""


def test_inline_errors_for_mismatch_and_weak_passphrase(qtbot, make_dialog):
    called = []
    dialog = make_dialog(create_fn=lambda *a, **k: called.append(1))
    _fill(qtbot, dialog, passphrase="short", confirm="shorter")
    assert dialog.fields["confirm"].error == "The two passphrases are different."
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "Too short" in dialog.fields["passphrase"].error
    assert dialog.fields["passphrase"].message.isVisible()
    assert dialog.fields["group_name"].error == ""
    assert called == []  # nothing is created while a field is wrong
    # Fixing the passphrase clears its error as the person types.
    dialog.passphrase_edit.setText(GOOD)
    dialog.confirm_edit.setText(GOOD)
    assert dialog.fields["passphrase"].error == ""
    assert dialog.fields["confirm"].error == ""


def test_required_fields(qtbot, make_dialog):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["group_name"].error == "Enter the name of your group."
    assert dialog.fields["display_name"].error == "Enter your name."
    assert dialog.fields["username"].error
    dialog.username_edit.setText("has space")
    dialog._check("username")
    assert "no spaces" in dialog.fields["username"].error


def test_creates_off_the_gui_thread_then_shows_key_once(qtbot, make_dialog, tmp_path):
    gui = threading.get_ident()
    seen: dict[str, object] = {}
    gate = threading.Event()

    def create(vault_dir: Path, **values):
        seen.update(values, thread=threading.get_ident(), vault_dir=vault_dir)
        gate.wait(5)
        return FakeWorkspace(vault_dir=vault_dir), KEY

    dialog = make_dialog(create_fn=create)
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and not dialog.create_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=5_000)
    assert seen["thread"] != gui
    assert seen["group_name"] == "Saathi Peer Circle"
    assert seen["username"] == "asha" and seen["display_name"] == "Asha Rao"
    assert [label.text() for label in dialog.key_labels] == KEY.split("-")
    # In the bundled fixed-width font, whatever fonts this machine has.
    assert all(QFontInfo(label.font()).family() == "DejaVu Sans Mono"
               and QFontInfo(label.font()).fixedPitch() for label in dialog.key_labels)
    assert dialog.passphrase_edit.text() == ""  # not kept in the widget

    # The key can be saved as a recovery sheet (written off the GUI thread).
    sheet = tmp_path / "sheet.pdf"
    task = dialog.save_recovery_sheet(sheet)
    qtbot.waitSignal(task.succeeded, timeout=5_000).wait()
    assert sheet.read_bytes().startswith(b"%PDF")

    # Cannot continue or close before confirming.
    assert dialog.confirm_box.text() == CONFIRM_TEXT
    assert not dialog.continue_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible() and dialog.showing_key
    dialog.confirm_box.setChecked(True)
    with qtbot.waitSignal(dialog.completed, timeout=2_000) as blocker:
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert isinstance(blocker.args[0], FakeWorkspace)
    assert dialog.key_labels == []


def test_service_validation_errors_go_beside_fields(qtbot, make_dialog):
    def create(vault_dir, **values):
        raise ValidationError({"username": "That user name is already taken."})

    dialog = make_dialog(create_fn=create)
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.fields["username"].error != "", timeout=5_000)
    assert dialog.fields["username"].error == "That user name is already taken."
    assert dialog.create_button.isEnabled()


@needs_services
def test_creates_a_real_vault(qtbot, make_dialog, tmp_path, test_kdf):
    from peerdesk.services.workspace import vault_exists

    dialog = make_dialog()
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=20_000)
    assert vault_exists(tmp_path / "vault")
    assert len(dialog.key_labels) == 14
    if importlib.util.find_spec("peerdesk.reports.recovery_sheet") is not None:
        sheet = tmp_path / "recovery.pdf"
        qtbot.waitSignal(dialog.save_recovery_sheet(sheet).succeeded, timeout=20_000).wait()
        assert sheet.read_bytes().startswith(b"%PDF")
    dialog.confirm_box.setChecked(True)
    with qtbot.waitSignal(dialog.completed) as blocker:
        dialog.continue_button.click()
    ws = blocker.args[0]
    assert ws.group_name == "Saathi Peer Circle"
    assert ws.actor.username == "asha" and "coordinator" in ws.actor.roles
    ws.lock()
