"""Escalations through the real dialogs on a real vault: raise as an advisor, acknowledge,
act, resolve; a coordinator is refused closing; a supervisor closes; disclosure log;
a draft survives the idle lock and an app restart (vault-backed drafts)."""

from __future__ import annotations

from ui_support import show_page

from ui.pages.escalations import EscalationsPage
from ui.vault_drafts import VaultDraftStore


def _page(qtbot, ctx, ws):
    return show_page(qtbot, ctx, EscalationsPage(ctx), ws)


def _raise(page, ctx, qtbot):
    form = page.open_form()
    ctx.worker.wait_idle()
    form.submit()
    assert form.fields["level"].error and form.fields["description"].error
    form.advisee.setText("PS-0001")
    form.level.setCurrentIndex(form.level.findData("high"))
    assert "24 h" in form.fields["level"].message.text()
    form.category_boxes["self_harm_or_suicidal"].setChecked(True)
    form.description.setPlainText("Said she has thought about ending things.")
    form.submit()
    ctx.worker.wait_idle()
    assert form.result() == form.DialogCode.Accepted


def test_raise_acknowledge_and_close(qtbot, ctx, group):
    page = _page(qtbot, ctx, group.login("asha"))
    _raise(page, ctx, qtbot)
    assert page.model.rowCount() == 1
    esc_id = page.model.id_at(0)

    detail = page.open_record(esc_id)
    ctx.worker.wait_idle()
    assert list(detail.move_buttons) == ["action_taken"]  # an advisor records actions only

    page.ws = group.login("coord")
    detail = page.open_record(esc_id)
    ctx.worker.wait_idle()
    assert list(detail.move_buttons) == ["acknowledged", "action_taken"]
    detail.move_buttons["acknowledged"].click()
    detail.transition_dialog.note.setPlainText("Called Asha back.")
    detail.transition_dialog.ok_button.click()
    ctx.worker.wait_idle()
    assert "Acknowledged" in detail.title.text()
    detail.move_buttons["action_taken"].click()
    detail.transition_dialog.ok_button.click()  # no action chosen: refused in the dialog
    assert detail.transition_dialog.banner.isVisibleTo(detail.transition_dialog)
    detail.transition_dialog.choose_action("referral")
    detail.transition_dialog.ok_button.click()
    ctx.worker.wait_idle()
    for target in ("monitoring", "resolved"):
        detail.move_buttons[target].click()
        detail.transition_dialog.ok_button.click()
        ctx.worker.wait_idle()
    assert "Resolved" in detail.title.text()
    detail.move_buttons["closed"].click()
    detail.transition_dialog.ok_button.click()
    ctx.worker.wait_idle()
    assert detail.banner.text() == "Only a supervisor can close an escalation."

    page.ws = group.login("sunil")
    detail = page.open_record(esc_id)
    ctx.worker.wait_idle()
    detail.move_buttons["closed"].click()
    detail.transition_dialog.ok_button.click()
    ctx.worker.wait_idle()
    assert "Closed" in detail.title.text()
    assert "Referral made" in detail.timeline.note()
    assert "Called Asha back." in detail.timeline.note()


def test_disclosure_log(qtbot, ctx, group):
    page = _page(qtbot, ctx, group.login("asha"))
    _raise(page, ctx, qtbot)
    detail = page.open_record(page.model.id_at(0))
    ctx.worker.wait_idle()
    form = detail.open_disclosure()
    form.submit()
    assert form.fields["told_whom"].error and form.fields["advisee_knew"].error
    form.told_whom.setText("Duty doctor")
    form.org.setText("District hospital")
    form.what.setPlainText("That she is at risk tonight.")
    form.why.setPlainText("Immediate safety.")
    form.knew.setCurrentIndex(form.knew.findData(True))
    form.submit()
    ctx.worker.wait_idle()
    assert "told Duty doctor (District hospital); advisee knew" in detail.disclosures.note()
    assert "logged a disclosure" in detail.timeline.note()


def test_draft_survives_idle_lock_and_restart(qtbot, qapp, themed, group, tmp_path):
    from tests.support.vaults import PASSPHRASES
    from ui.app import AppController

    folder = group.folder
    group.ws.lock()

    def unlock(c, name):
        c.show_unlock()
        from peerdesk.services.workspace import open_vault

        return c.show_main(open_vault(folder, name, PASSPHRASES[name]))

    c = AppController(folder, username="asha")
    assert isinstance(c.ctx.drafts, VaultDraftStore)
    window = unlock(c, "asha")
    page = window.show_page("escalations")
    c.worker.wait_idle()
    form = page.open_form()
    c.worker.wait_idle()
    form.description.setPlainText("Half-written worry about PS-0001")
    c.idle.set_minutes(0.0005)  # ~30 ms
    c.idle.start()
    qtbot.waitUntil(lambda: c.ws is None, timeout=3000)
    c.worker.wait_idle()
    assert page.form is None  # the form was closed with the lock
    # a new app (as after a crash or restart): the draft comes from the vault
    c.worker.stop()
    c2 = AppController(folder, username="asha")
    window2 = unlock(c2, "asha")
    page2 = window2.show_page("escalations")
    c2.worker.wait_idle()
    form2 = page2.open_form()
    c2.worker.wait_idle()
    assert form2.description.toPlainText() == "Half-written worry about PS-0001"
    assert "Restored" in form2.banner.text()
    c2.lock()
    c2.worker.wait_idle()
    c2.worker.stop()
