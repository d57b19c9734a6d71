"""The audit log page: the filter widgets drive the list; openings are folded into one line;
records are named by what they are."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from ui_support import show_page


def _column(model, title):
    return [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())].index(title)


def _texts(page, title):
    model = page.model
    col = _column(model, title)
    for _ in range(2):
        [model.data(model.index(r, col)) for r in range(model.rowCount())]
        page.ctx.worker.wait_idle()
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_filters_drive_the_list_and_openings_are_folded(qtbot, ctx, group):
    from ui.pages.audit import AuditPage

    for _ in range(3):
        group.login("asha")
    ws = group.login("coord")
    sid = ws.sessions.create({
        "advisee_id": group.ids["A1"], "advisor_id": group.ids["asha"],
        "start": datetime(2026, 3, 2, 9, 0, tzinfo=UTC), "duration_minutes": 45,
        "channel": "phone", "summary": "Private words."}).id
    page = show_page(qtbot, ctx, AuditPage(ctx), group.login("sunil"), size=(1280, 800))
    page.ctx = ctx
    whats = _texts(page, "What")
    assert "vault unlocked" not in whats and "session created" in whats
    assert page.openings.isVisibleTo(page)
    assert page.openings.text().startswith("Opened ")
    assert "Asha 3" in page.openings.text() and "in all" in page.openings.text()

    page.kind.setCurrentIndex(page.kind.findData("session"))
    ctx.worker.wait_idle()
    assert _texts(page, "What") == ["session created"]
    assert _texts(page, "Record") == ["Session · PS-0001 · 2 Mar 2026"]
    assert not page.openings.isVisibleTo(page)
    assert page.summary.text().startswith("1 recorded action match")
    assert sid

    page.kind.setCurrentIndex(0)
    page.member.setCurrentIndex(page.member.findData(group.ids["asha"]))
    ctx.worker.wait_idle()
    assert _texts(page, "What") == []
    assert page.openings.text().startswith("Opened 3 times in all (Asha 3).")
    page.each_sign_in.setChecked(True)
    ctx.worker.wait_idle()
    whats = _texts(page, "What")
    assert whats.count("vault unlocked") == 3 and set(whats) == {"vault unlocked",
                                                                 "vault locked"}
    assert set(_texts(page, "Record")) == {"Login of Asha"}
    assert set(_texts(page, "Who")) == {"Asha"}

    page.member.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("today"))
    ctx.worker.wait_idle()
    assert page.model.rowCount() > 0  # everything happened just now
    page.clear()
    assert page.member.count() == 1 and page.model.rowCount() == 0
