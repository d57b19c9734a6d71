"""What a screenshot review of the pages found: lengths of time in hours and days, pages
that fit a 1024-wide screen, a readable reports form, Home without nested scrolling."""

from __future__ import annotations

from ui_support import show_page


def test_lengths_of_time_read_in_hours_and_days() -> None:
    from ui.labels import duration_unit, duration_words

    assert duration_words(60) == "1 hour"
    assert duration_words(24 * 60) == "24 hours"
    assert duration_words(72 * 60) == "3 days"
    assert duration_words(7 * 24 * 60) == "7 days"
    assert duration_words(45) == "45 minutes"
    assert duration_words(90) == "90 minutes"
    assert duration_unit(0) == (0, 60)


def test_settings_show_and_save_deadlines_in_hours_and_days(qtbot, ctx, group) -> None:
    from ui.pages.settings import SettingsPage

    ws = group.login("coord")
    page = show_page(qtbot, ctx, SettingsPage(ctx), ws)
    high = page.numbers["ack_minutes_high"]
    concern = page.numbers["ack_minutes_concern"]
    assert (high.amount.value(), high.unit.currentText()) == (24, "hours")
    assert (concern.amount.value(), concern.unit.currentText()) == (7, "days")
    assert "minute" not in high.unit.currentText()

    high.unit.setCurrentIndex(high.unit.findData(24 * 60))  # days
    high.amount.setValue(2)
    assert high.value() == 2 * 24 * 60
    page.save_group()
    ctx.worker.wait_idle()
    assert ws.settings.get().ack_minutes_high == 2 * 24 * 60
    assert "saved" in page.message.text()


def test_a_supervisor_reads_deadlines_without_editing_them(qtbot, ctx, group) -> None:
    from ui.pages.settings import SettingsPage

    page = show_page(qtbot, ctx, SettingsPage(ctx), group.login("sunil"))
    moderate = page.numbers["ack_minutes_moderate"]
    assert (moderate.amount.value(), moderate.unit.currentText()) == (3, "days")
    assert not moderate.isEnabled()


def test_the_sessions_page_fits_a_1024_wide_screen(qtbot, ctx, group) -> None:
    from ui.pages.sessions import SessionsPage

    page = show_page(qtbot, ctx, SessionsPage(ctx), group.login("coord"), size=(1000, 700))
    assert page.advisor_filter.isVisible()  # the coordinator sees every filter
    # The window's sidebar takes about 150 px of a 1024-wide screen.
    assert page.minimumSizeHint().width() <= 1024 - 160
    page.resize(1024 - 160, 700)
    qtbot.wait(10)
    for widget in (page.search, page.advisor_filter, page.period_filter,
                   page.channel_filter, page.risk_filter):
        assert widget.isVisible()
        assert widget.width() >= widget.minimumSizeHint().width()
    # Wide enough, the filters stay on one line.
    page.resize(1200, 700)
    qtbot.waitUntil(lambda: page.risk_filter.y() < page.search.height(), timeout=2000)


def test_the_reports_form_keeps_a_readable_width(qtbot, ctx, group) -> None:
    from ui.pages.reports import ReportsPage

    page = show_page(qtbot, ctx, ReportsPage(ctx), group.login("sunil"), size=(1120, 700))
    chars = page.fontMetrics().averageCharWidth()
    assert page.form_box.width() <= 80 * chars < 1120 * 0.7
    assert page.kind.width() >= page.kind.minimumSizeHint().width()
    # Dates are as wide as a date; the choices line up in one column.
    assert page.start.width() < page.kind.width() / 2
    assert page.start.x() == page.kind.x() == page.as_at.x()


def test_home_sections_show_their_rows_without_scrolling_and_link_the_rest(
        qtbot, ctx, group) -> None:
    from ui.pages.home import SECTION_ROWS, HomePage

    home = show_page(qtbot, ctx, HomePage(ctx), group.login("coord"), size=(1100, 700))
    home.set_items("open_escalations", [(f"e{i}", f"PS-{i:04d} · High") for i in range(20)], 23)
    view = home.sections["open_escalations"]
    qtbot.wait(10)
    assert view.heading.text().endswith("(23)")
    assert view.model.rowCount() == SECTION_ROWS == len(view.ids)
    # Every shown row fits: the section has no scrolling of its own.
    assert view.list.verticalScrollBar().maximum() == 0
    last = view.list.visualRect(view.model.index(SECTION_ROWS - 1, 0))
    assert last.bottom() <= view.list.viewport().height()
    assert view.more.isVisible() and view.more.text().startswith("15 more")
    with qtbot.waitSignal(view.show_all) as shown:
        view.more.click()
    assert shown.args == ["open_escalations"]

    home.set_items("open_escalations", [("e1", "PS-0001 · High")], 1)
    assert not view.more.isVisible()
    assert view.list.verticalScrollBar().maximum() == 0
