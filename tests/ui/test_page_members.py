"""Members page, member form and the add/remove-login flows against a real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from ui_support import needs_services, show_page

pytestmark = needs_services


def _page(qtbot, ctx, ws):
    from ui.pages.members import MembersPage

    return show_page(qtbot, ctx, MembersPage(ctx), ws, size=(1100, 600), settle=1)


def _select(page, name):
    for row in range(page.model.rowCount()):
        if page.model.member(row).name == name:
            page.table.selectRow(row)
            return page.model.member(row)
    raise AssertionError(name)


def test_add_member_with_training_then_add_login_and_sign_in(qtbot, ctx, case):
    from peerdesk.services.workspace import open_vault

    page = _page(qtbot, ctx, case.ws)
    assert page.model.rowCount() == 4
    page.new_button.click()  # "&New …" (Alt+N); Ctrl+N logs a session from every page
    form = page.form
    assert form is not None
    form.save()  # no name
    assert form.fields["display_name"].error == "Name is required."
    qtbot.keyClicks(form.name, "Lakshmi N")
    form.training.add_row("Orientation", "2099-01-01", "")
    form.save()
    assert "future" in form.fields["training"].error
    done = form.training.table.cellWidget(0, 1)  # a date picker, not typed text
    assert done.date.calendarPopup() and done.value() == date(2099, 1, 1)
    done.date.setDate(QDate(2026, 1, 10))
    form.save()
    qtbot.waitUntil(lambda: page.form is None, timeout=5000)
    ctx.worker.wait_idle()
    member = _select(page, "Lakshmi N")
    assert member.training_count == 1 and member.usernames == ()
    assert page.model.data(page.model.index(page.table.currentIndex().row(),
                                            page.model.COL_LOGIN)) == "No login"

    dialog = page.add_login()
    assert dialog is not None
    assert dialog.username.text() == "lakshmi"
    qtbot.keyClicks(dialog.passphrase, "short")
    dialog.save()
    assert dialog.fields["passphrase"].error.startswith("Too short")
    assert dialog.strength.meter.value() > 0
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "blue heron crossing the old bridge")
    qtbot.keyClicks(dialog.confirm, "blue heron crossing the old bridg")
    dialog.save()
    assert dialog.fields["confirm"].error == "The two passphrases are not the same."
    qtbot.keyClicks(dialog.confirm, "e")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Enter in the last field saves
    qtbot.waitUntil(lambda: page.login_dialog is None, timeout=15000)
    ctx.worker.wait_idle()
    member = _select(page, "Lakshmi N")
    assert [u for _, u in member.usernames] == ["lakshmi"]
    # A second login is a supervisor's to give: the coordinator is not offered one.
    assert not page.add_login_button.isEnabled() and page.add_login() is None
    assert "already has a login" in page.add_login_button.toolTip()

    case.ws.lock()
    ws = open_vault(case.folder, "lakshmi", "blue heron crossing the old bridge")
    assert ws.actor.display_name == "Lakshmi N"
    ws.lock()


def test_remove_login_explains_key_rotation_and_old_backups(qtbot, ctx, case, monkeypatch):
    from peerdesk.errors import WrongPassphrase
    from peerdesk.services.workspace import open_vault
    from tests.ui._casefile import PASSPHRASES
    from ui.pages.members import REMOVE_LOGIN_TEXT

    assert "data key" in REMOVE_LOGIN_TEXT and "backups" in REMOVE_LOGIN_TEXT.lower()
    page = _page(qtbot, ctx, case.ws)
    _select(page, "Kavya (coordinator)")
    assert not page.remove_login_button.isEnabled()  # not your own login
    _select(page, "Meena Iyer")
    assert page.remove_login_button.isEnabled()
    asked = []
    monkeypatch.setattr(page, "confirm_remove_login",
                        lambda member, username: asked.append(username) or False)
    page.remove_login()
    ctx.worker.wait_idle()
    assert asked == ["meena"]
    assert _select(page, "Meena Iyer").usernames  # kept when not confirmed
    monkeypatch.setattr(page, "confirm_remove_login", lambda member, username: True)
    page.remove_login()
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert _select(page, "Meena Iyer").usernames == ()
    case.ws.lock()
    with pytest.raises(WrongPassphrase):
        open_vault(case.folder, "meena", PASSPHRASES["meena"])


def test_supervisor_reads_members_but_cannot_manage(qtbot, ctx, case):
    """A supervisor does not run the roster; they may only grant or remove the
    supervisor role and give a supervisor a login (the form and page offer just that)."""
    ws = case.login("sunita")
    page = _page(qtbot, ctx, ws)
    assert page.model.rowCount() == 4
    assert not page.new_button.isVisibleTo(page)
    assert not page.remove_login_button.isVisibleTo(page)
    assert page.open_form(None) is None
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        member = page.model.member(row)
        assert page.add_login_button.isEnabled() == (member.is_supervisor and member.active)
    form = page.open_form(page.selected_id())
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    ctx.worker.wait_idle()
    assert form.name.isReadOnly() and not form.active.isEnabled()
    assert not form.roles["advisor"].isEnabled() and not form.roles["coordinator"].isEnabled()


def test_members_model_passes_qtmodeltester(qtmodeltester, case):
    from ui.models.members_model import MemberTableModel, load_member_rows

    model = MemberTableModel()
    model.set_rows(load_member_rows(case.ws))
    qtmodeltester.check(model)
    assert model.rowCount() == 4
