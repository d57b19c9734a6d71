"""The exchange's dialogs and small edits elsewhere: the first run offers to join, the app
comes back to the join screen, Members ▸ Laptops removes a laptop with the honest sentence,
Settings shows this laptop, every exchange dialog's Alt letters are unique and reach their
fields."""

from __future__ import annotations

from typing import Any

import pytest
from test_forms_mnemonics import check_mnemonics

from peerdesk.services.exchange import apply_first_snapshot, start_join
from peerdesk.storage import change_queries
from tests.support.vaults import PASSPHRASES

JOIN = "river lantern pebble orchard"


def _pair(group, tmp_path, user: str, label: str) -> str:
    """A paired laptop for ``user``; returns its device id."""
    folder = tmp_path / f"{user}-laptop"
    request, data = start_join(folder, label, JOIN)
    ws = group.login("coord")
    added = ws.exchange.add_laptop(ws.exchange.read_request(data), [user],
                                   passphrases={user: PASSPHRASES[user]})
    apply_first_snapshot(folder, added.snapshot.data, JOIN)
    return request.device.device_id


@pytest.fixture
def app(qapp, themed, tmp_path):
    from ui.app import AppController

    made: list[Any] = []

    def make() -> Any:
        c = AppController(tmp_path / "vault")
        made.append(c)
        return c

    yield make
    for c in made:
        c.idle.stop()
        c._close_window()
        c._set_dialog(None)
        c.worker.discard_pending()
        c.worker.stop()


def test_the_first_run_offers_to_join_and_the_app_comes_back_to_the_join_screen(
        app, tmp_path, test_kdf):
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.join_group import JoinGroupDialog

    c = app()
    c.start()
    assert isinstance(c.dialog, FirstRunDialog)
    c.dialog.join_button.click()
    joining = c.dialog
    assert isinstance(joining, JoinGroupDialog)
    joining.back_button.click()
    assert isinstance(c.dialog, FirstRunDialog)  # changed their mind: create a vault after all
    c.dialog.join_button.click()
    c.dialog.label_edit.setText("Asha's laptop")
    c.dialog.passphrase.setText(JOIN)
    c.dialog.confirm.setText(JOIN)
    c.dialog.make()
    assert c.worker.wait_idle()
    number = c.dialog.code_view.number.number

    again = app()  # peerdesk started again while the laptop waits for its first bundle
    again.start()
    assert isinstance(again.dialog, JoinGroupDialog)
    assert again.dialog.steps.currentIndex() == 1
    assert again.dialog.code_view.number.number == number


def test_members_laptops_lists_and_removes_a_laptop_honestly(
        qtbot, ctx, group, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.pages.members import MembersPage

    device = _pair(group, tmp_path, "asha", "Asha's laptop")
    ws = group.login("coord")
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.load(ws)
    assert ctx.worker.wait_idle()
    dialog = page.show_laptops()
    assert ctx.worker.wait_idle()
    assert dialog.add_button.isVisibleTo(dialog) and dialog.remove_button.isVisibleTo(dialog)
    row = next(r for r, lap in enumerate(dialog.model.rows()) if lap.device_id == device)
    dialog.table.selectRow(row)
    assert dialog.remove_button.isEnabled()
    text = dialog.removal_text(dialog.selected())
    assert "What it already holds stays on it" in text
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    assert dialog.confirm_remove() is None  # the person did not press Remove
    assert asked == [text]
    dialog.remove(device)
    assert ctx.worker.wait_idle()
    assert dialog.message.text() == ("Asha's laptop was removed from the group. It keeps what "
                                     "it already had.")
    revoked = {d.id: d.revoked_at for d in change_queries.devices(ws.vault.db)}
    assert revoked[device] is not None
    assert dialog.model.index(row, 0).data() == "Asha's laptop (removed)"


def test_a_supervisor_reads_the_laptops_but_cannot_add_or_remove(qtbot, ctx, group, tmp_path):
    from ui.dialogs.laptop_list import LaptopListDialog

    _pair(group, tmp_path, "asha", "Asha's laptop")
    ws = group.login("sunil")
    dialog = LaptopListDialog(ws, ctx.worker, can_manage=False)
    qtbot.addWidget(dialog)
    assert ctx.worker.wait_idle()
    assert dialog.model.rowCount() == 2
    assert not dialog.add_button.isVisibleTo(dialog)
    assert not dialog.remove_button.isVisibleTo(dialog)


def test_settings_shows_this_laptop_and_the_reminder(qtbot, ctx, group):
    from ui.pages.settings import SettingsPage

    ws = group.login("coord")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load(ws)
    assert ctx.worker.wait_idle()
    own = change_queries.self_device(ws.vault.db)
    assert page.laptop_info.text() == f"This laptop: First laptop (laptop id {own})"
    assert page.numbers["exchange_reminder_days"].value() == 3
    page.numbers["exchange_reminder_days"].setValue(5)
    page.save_group()
    assert ctx.worker.wait_idle()
    assert ws.settings.get().exchange_reminder_days == 5


def test_the_exchange_dialogs_have_unique_alt_letters(qtbot, ctx, group, tmp_path):
    from ui.conflict_actions import Decision, Side
    from ui.dialogs.conflict_decide import ConflictDecideDialog
    from ui.dialogs.conflict_queue import DecisionsDialog
    from ui.dialogs.join_group import JoinGroupDialog
    from ui.dialogs.laptop_add import AddLaptopDialog
    from ui.dialogs.laptop_list import LaptopListDialog

    ws = group.login("coord")
    side = Side("text", "Coord", "today", "First laptop")
    for dialog, fields in (
        (JoinGroupDialog(tmp_path / "new", ctx.worker), True),
        (AddLaptopDialog(ws, ctx.worker), True),
        (LaptopListDialog(ws, ctx.worker, can_manage=True), False),
        (DecisionsDialog(ws, ctx), False),
        (ConflictDecideDialog(ws, ctx, Decision("x", "conflict", "Session", side, side,
                                                editable=True)), False),
    ):
        check_mnemonics(qtbot, ctx, dialog, fields=fields)
