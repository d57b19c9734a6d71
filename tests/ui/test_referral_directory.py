"""The referral directory: a coordinator adds, verifies and edits entries through the real
dialogs; an advisor only reads; bad input is shown beside the field."""

from __future__ import annotations

from ui.dialogs.referral_directory import ReferralDirectoryDialog


def _dialog(qtbot, ctx, ws):
    dialog = ReferralDirectoryDialog(ctx, ws)
    qtbot.addWidget(dialog)
    ctx.worker.wait_idle()
    return dialog


def test_coordinator_adds_verifies_and_edits(group, ctx, qtbot) -> None:
    dialog = _dialog(qtbot, ctx, group.ws)
    assert dialog.empty.isVisibleTo(dialog) and dialog.model.rowCount() == 0
    dialog.open_form(None)
    form = dialog.form
    form.submit()
    assert form.fields["name"].error and form.fields["kind"].error
    qtbot.keyClicks(form.name, "District hospital <b>casualty</b>")
    form.kind.setCurrentIndex(form.kind.findData("clinic"))
    qtbot.keyClicks(form.phone, "011 2345 6789")
    form.submit()
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert dialog.model.rowCount() == 1
    row = dialog.model.row_object(0)
    assert row.name == "District hospital <b>casualty</b>" and row.verified_at is None
    dialog.view.selectRow(0)
    dialog.verify_selected()
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert dialog.model.row_object(0).verified_at is not None
    assert [r.phone for r in group.ws.referrals.list()] == ["011 2345 6789"]


def test_advisor_reads_only(group, ctx, qtbot) -> None:
    group.ws.referrals.create({"name": "Helpline", "kind": "helpline", "phone": "1800"})
    ws = group.login("asha")
    dialog = _dialog(qtbot, ctx, ws)
    assert dialog.model.rowCount() == 1
    assert not dialog.new_button.isVisibleTo(dialog)
    assert not dialog.verify_button.isVisibleTo(dialog)
