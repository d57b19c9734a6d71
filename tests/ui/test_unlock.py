from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_support import PASSPHRASE

from peerdesk.errors import (
    StorageFull,
    VaultAlreadyOpen,
    VaultDamaged,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from ui.dialogs import unlock
from ui.dialogs.unlock import UnlockDialog
from ui.worker import GENERIC_ERROR


def _dialog(qtbot, worker, folder, open_fn=None, username="asha"):
    dialog = UnlockDialog(folder, worker, username=username, open_fn=open_fn)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _unlock(qtbot, dialog, passphrase):
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)


def test_wrong_passphrase_with_real_vault(qtbot, worker, real_vault):
    dialog = _dialog(qtbot, worker, real_vault)
    _unlock(qtbot, dialog, "not the passphrase at all")
    assert dialog.passphrase_field.error == str(WrongPassphrase())
    assert dialog.passphrase_edit.text() == ""
    assert not dialog.restore_button.isVisible()
    assert dialog.isVisible()


def test_right_passphrase_with_real_vault(qtbot, worker, real_vault):
    dialog = _dialog(qtbot, worker, real_vault)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as blocker:
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    ws = blocker.args[0]
    try:
        assert ws.actor.username == "asha"
        assert ws.group_name == "Saathi Peer Circle"
    finally:
        ws.lock()


def _raiser(error):
    def open_fn(folder, username, passphrase):
        raise error

    return open_fn


@pytest.mark.parametrize(
    ("error", "text", "restore"),
    [
        (VaultDamaged("checksum mismatch"), unlock.DAMAGED_TEXT, True),
        (VaultAlreadyOpen(), unlock.ALREADY_OPEN_TEXT, False),
        (VaultTooNew("schema 9"), unlock.TOO_NEW_TEXT, False),
        (VaultMissing("No vault."), unlock.MISSING_TEXT, True),
        (StorageFull(), str(StorageFull()), False),
        (RuntimeError("secret note text"), GENERIC_ERROR, False),
    ],
)
def test_each_failure_has_its_own_message(qtbot, worker, tmp_path, error, text, restore):
    dialog = _dialog(qtbot, worker, tmp_path, open_fn=_raiser(error))
    _unlock(qtbot, dialog, "whatever passphrase")
    assert dialog.message.isVisible()
    assert dialog.message.text() == text
    assert dialog.restore_button.isVisible() is restore
    assert "secret" not in dialog.message.text()


def test_restore_button_emits_signal(qtbot, worker, tmp_path):
    dialog = _dialog(qtbot, worker, tmp_path, open_fn=_raiser(VaultDamaged("bad")))
    _unlock(qtbot, dialog, "whatever passphrase")
    with qtbot.waitSignal(dialog.restore_requested):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def test_empty_fields_are_flagged_without_unlocking(qtbot, worker, tmp_path):
    called = []
    dialog = _dialog(qtbot, worker, tmp_path, open_fn=lambda *a: called.append(a), username="")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.username_field.error == "Enter your user name."
    assert dialog.passphrase_field.error == "Enter your passphrase."
    assert called == [] and not dialog.working
