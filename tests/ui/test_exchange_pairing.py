"""Pairing from the app, both sides in one test: the new laptop's Join screen and the
coordinator's Add a laptop, two real vault folders, the join code carried as pasted text."""

from __future__ import annotations

import pytest

from peerdesk.errors import WrongPassphrase
from peerdesk.exchange.join_code import decode_join_code
from peerdesk.services.workspace import open_vault
from peerdesk.storage import change_queries
from tests.support.vaults import PASSPHRASES

JOIN_SECRET = "river lantern pebble orchard"


def _join_screen(qtbot, worker, folder):
    from ui.dialogs.join_group import JoinGroupDialog

    dialog = JoinGroupDialog(folder, worker)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Asha's laptop")
    dialog.passphrase.setText(JOIN_SECRET)
    dialog.confirm.setText(JOIN_SECRET)
    assert dialog.make() is not None
    assert worker.wait_idle()
    assert dialog.steps.currentIndex() == 1, dialog.banner.text()
    return dialog


def test_pairing_from_both_screens(qtbot, worker, ctx, group, tmp_path):
    from ui.dialogs.laptop_add import AddLaptopDialog

    new_folder = tmp_path / "asha-laptop"
    joining = _join_screen(qtbot, worker, new_folder)
    number = joining.code_view.number.number
    code = joining.code_view.code
    assert len(number.replace(" ", "")) == 15
    assert joining.code_view.qr.modules > 0
    assert decode_join_code(code) == joining.shown.request_bytes

    ws = group.login("coord")
    adding = AddLaptopDialog(ws, worker)
    qtbot.addWidget(adding)
    assert worker.wait_idle()
    # What a phone carried: the code broken over lines, in lower case.
    adding.code_edit.setPlainText("\n".join(code[i:i + 50] for i in range(0, len(code), 50))
                                  .lower())
    adding.read_pasted()
    assert worker.wait_idle()
    assert adding.steps.currentIndex() == 1, adding.banner.text()
    assert adding.number.number == number  # both screens show the same number
    assert not adding.add_button.isEnabled()
    assert "coord" not in adding.consent_edits  # the coordinator signed in already
    adding.member_boxes["asha"].setChecked(True)
    assert adding.consent_edits["asha"].isVisibleTo(adding)  # Asha confirms it herself
    adding.same_box.setChecked(True)
    assert not adding.add_button.isEnabled()  # not before Asha typed her passphrase
    adding.consent_edits["asha"].setText("not asha's passphrase")
    assert adding.add_button.isEnabled()
    assert adding.add_to(tmp_path / "refused.pdx") is not None
    assert worker.wait_idle()
    assert "not the passphrase of asha" in adding.banner.text()
    assert not (tmp_path / "refused.pdx").exists()
    assert len(change_queries.devices(ws.vault.db)) == 1
    adding.consent_edits["asha"].setText(PASSPHRASES["asha"])
    assert adding.add_button.isEnabled()
    first = tmp_path / "first.pdx"
    assert adding.add_to(first) is not None
    assert worker.wait_idle()
    assert adding.steps.currentIndex() == 2, adding.banner.text()
    assert first.exists()
    assert len(change_queries.devices(ws.vault.db)) == 2
    ws.lock()

    with qtbot.waitSignal(joining.joined, timeout=30_000):
        joining.open_bundle(first)
        worker.wait_idle()
    assert not (new_folder / "join-pending.json").exists()
    replica = open_vault(new_folder, "asha", PASSPHRASES["asha"])
    try:
        assert replica.vault_id == group.ws.vault_id
        labels = {d.id: d.label for d in change_queries.devices(replica.vault.db)}
        assert labels[change_queries.self_device(replica.vault.db)] == "Asha's laptop"
    finally:
        replica.lock()
    with pytest.raises(WrongPassphrase):
        open_vault(new_folder, "bala", PASSPHRASES["bala"])


def test_a_changed_join_code_is_refused_in_plain_words(qtbot, worker, group, tmp_path):
    from ui.dialogs.laptop_add import AddLaptopDialog

    joining = _join_screen(qtbot, worker, tmp_path / "new")
    code = joining.code_view.code
    ws = group.login("coord")
    adding = AddLaptopDialog(ws, worker)
    qtbot.addWidget(adding)
    adding.code_edit.setPlainText(code[:-40])
    adding.read_pasted()
    assert worker.wait_idle()
    assert adding.steps.currentIndex() == 0
    assert adding.banner.text() == ("This join request is damaged or was changed on the way. "
                                    "Ask for a new one; do not add this laptop. "
                                    "Nothing was changed.")
    assert len(change_queries.devices(ws.vault.db)) == 1


def test_the_join_screen_comes_back_after_a_restart_and_shows_the_same_number(
        qtbot, worker, tmp_path, test_kdf):
    from peerdesk.services.join_status import pending_join
    from ui.dialogs.join_group import JoinGroupDialog

    folder = tmp_path / "new"
    first = _join_screen(qtbot, worker, folder)
    number, code = first.code_view.number.number, first.code_view.code
    pending = pending_join(folder)
    assert pending is not None and pending.safety_number == number
    again = JoinGroupDialog(folder, worker, pending=pending)
    qtbot.addWidget(again)
    assert again.steps.currentIndex() == 1 and again.code_view.number.number == number
    again.again_edit.setText("not it")
    again.show_code_again()
    assert worker.wait_idle()
    assert "not the passphrase" in again.again_field.error
    assert again.code_view.code == ""
    again.again_edit.setText(JOIN_SECRET)
    again.show_code_again()
    assert worker.wait_idle()
    assert again.code_view.code == code
