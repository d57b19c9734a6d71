"""Advisees page and form against a real vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import needs_services, show_page

pytestmark = needs_services


def _page(qtbot, ctx, ws):
    from ui.pages.advisees import AdviseesPage

    return show_page(qtbot, ctx, AdviseesPage(ctx), ws, size=(1100, 600), settle=2)


def _codes(page):
    return [page.model.row_object(r).code for r in range(page.model.rowCount())]


def test_coordinator_adds_an_advisee_with_suggested_code(qtbot, ctx, case):
    page = _page(qtbot, ctx, case.ws)
    assert len(_codes(page)) == 3
    page.new_button.click()  # "&New …" (Alt+N); Ctrl+N logs a session from every page
    form = page.form
    assert form is not None
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    suggested = form.code.text()
    assert suggested and suggested not in _codes(page)
    assert "optional" in form.fields["display_name"].label.text().lower()
    assert "optional" in form.fields["contact"].label.text().lower()

    # consent scopes without a date: the validator's message shows beside the date
    form.scopes["keep_records"].setChecked(True)
    form.save()
    assert form.fields["consent_date"].error == "Give the date consent was recorded."
    form.consent_date.check.setChecked(True)

    # closing needs a reason
    form.status.setCurrentIndex(form.status.findData("closed"))
    assert form.fields["closed_reason"].isVisibleTo(form)
    form.save()
    assert form.fields["closed_reason"].error == "Give a reason for closing."
    form.status.setCurrentIndex(form.status.findData("active"))
    assert not form.fields["closed_reason"].isVisibleTo(form)

    for row in range(form.advisors.count()):
        item = form.advisors.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == case.ids["meena"]:
            item.setCheckState(Qt.CheckState.Checked)
    form.save()
    qtbot.waitUntil(lambda: page.form is None, timeout=5000)
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert suggested in _codes(page)
    row = page.model.row_object(page.model.row_of(page.selected_id()))
    assert row.code == suggested
    assert row.advisors == "Meena Iyer"
    assert row.consent.startswith("Given ")


def test_edit_keeps_history(qtbot, ctx, case):
    page = _page(qtbot, ctx, case.ws)
    page.table.selectRow(0)
    form = page.open_form(page.selected_id())
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert form.windowTitle() == "Edit advisee"
    form.display_name.setText("Priya")
    form.save()
    qtbot.waitUntil(lambda: page.form is None, timeout=5000)
    ctx.worker.wait_idle()
    history = page.show_history()
    qtbot.addWidget(history)
    ctx.worker.wait_idle()
    assert history.table.rowCount() == 2
    assert "Name" in history.table.item(0, 3).text()
    assert history.table.item(1, 3).text() == "Created"


def test_filter_by_status_and_code(qtbot, ctx, case):
    case.ws.advisees.update(case.ids["M1"], {"status": "paused"})
    page = _page(qtbot, ctx, case.ws)
    page.status_filter.setCurrentIndex(page.status_filter.findData("paused"))
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert _codes(page) == [case.codes["M1"]]
    page.status_filter.setCurrentIndex(0)
    page.search.setText(case.codes["R2"])
    page.reload()
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert _codes(page) == [case.codes["R2"]]
    page.search.setText("ZZ-9")
    page.reload()
    ctx.worker.wait_idle()
    assert "No advisees match" in page.empty.text()


def test_advisor_sees_only_assigned_advisees_and_cannot_edit(qtbot, ctx, case):
    ws = case.login("ravi")
    page = _page(qtbot, ctx, ws)
    assert sorted(_codes(page)) == sorted([case.codes["R1"], case.codes["R2"]])
    assert not page.new_button.isVisibleTo(page)
    assert page.open_form(None) is None
    assert "assigned to you" in page.count_label.text()
    form = page.open_form(page.selected_id())
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert not form.save_button.isVisible()
    assert not form.code.isEnabled()


def test_advisees_model_passes_qtmodeltester(qtmodeltester, case):
    from ui.labels import zone
    from ui.models.advisees_model import AdviseeTableModel, advisee_rows

    case.session("R1", "ravi")
    ws = case.ws
    model = AdviseeTableModel(lambda ids: advisee_rows(ws, list(ids)), zone(ws.timezone))
    model.set_ids(ws.advisees.list_ids())
    qtmodeltester.check(model)
    last = [model.data(model.index(r, model.COL_LAST)) for r in range(3)]
    assert last.count("None yet") == 2
