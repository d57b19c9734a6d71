"""What a tired reader would trip over: a heading alone at the foot of a page, part weeks
drawn as a drop in activity, chart labels cut short, abbreviations nobody explained, and a
PDF dated 1 January 2000."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from rpdf import Group, all_text, page_texts, reader

from peerdesk.reports.blocks import heading, para
from peerdesk.reports.charts import FAINT, bar_chart, column_chart
from peerdesk.reports.data import ReportMeta
from peerdesk.reports.layout import ReportBuilder
from peerdesk.reports.tables import data_table
from peerdesk.services.report_data import Period, weekly

MOMENT = datetime(2031, 3, 4, 9, 30, 15, tzinfo=UTC)


def _meta() -> ReportMeta:
    return ReportMeta(report_id="ABCDEF123456", kind="test", title="Layout", group_name="G",
                      period_start=date(2031, 3, 1), period_end=date(2031, 3, 31),
                      generated_by="Sunil", generated_at=MOMENT, timezone="UTC",
                      audit_head_seq=1, audit_head_hash="0" * 64)


class _Story(ReportBuilder):
    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__(_meta())
        self.flowables = flowables

    def story(self) -> Iterator[Flowable]:
        yield from self.flowables


def test_a_heading_never_ends_a_page() -> None:
    """With room for the heading but not for what follows it, the heading moves to the next
    page with its table."""
    for h in ("h1", "h2"):
        rows = [(f"row {i}", "x") for i in range(12)]
        pdf = _Story([Spacer(1, 226 * mm), heading("Supervision coverage", h),
                      *data_table(["Advisor", "Notes"], rows, [60 * mm, 60 * mm])]).render()
        pages = page_texts(pdf)
        assert "Supervision coverage" not in pages[0], h
        assert re.search(r"Supervision coverage\s+Advisor\s+Notes\s+row 0", pages[1]), h


def test_a_heading_with_room_stays_where_it_is() -> None:
    pdf = _Story([Spacer(1, 120 * mm), heading("Each advisor"),
                  para("One line under it.")]).render()
    assert "Each advisor" in page_texts(pdf)[0]


def test_the_pdf_is_dated_when_it_was_made() -> None:
    from peerdesk.reports.recovery_sheet import render_recovery_sheet

    sheet = render_recovery_sheet(group_name="G", vault_id="v", recovery_key="AAAA-BBBB",
                                  created_at=MOMENT)
    for pdf in (_Story([para("x")]).render(), sheet):
        info = reader(pdf).metadata
        assert info is not None
        assert info["/CreationDate"] == "D:20310304093015+00'00'"
        assert info["/ModDate"] == "D:20310304093015+00'00'"


def test_part_weeks_are_marked_and_drawn_lighter(group: Group) -> None:
    # November 2026 starts on a Sunday and ends on a Monday.
    p = Period(group.ws.ctx, date(2026, 11, 1), date(2026, 11, 30))
    weeks = weekly(p, [])
    assert [label for label, _, _ in weeks] == [
        "1 Nov, 1 day", "2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov, 1 day"]
    assert [days for _, _, days in weeks] == [1, 7, 7, 7, 7, 1]
    drawing = column_chart("Sessions", [(lbl, n) for lbl, n, _ in weeks], faint=[0, 5])
    chart = drawing.contents[-1]
    assert chart.bars[(0, 0)].fillColor == FAINT and chart.bars[(0, 5)].fillColor == FAINT
    assert chart.bars[(0, 1)].fillColor != FAINT


def test_the_accountability_report_marks_part_weeks_and_spells_out_its_columns(
        group: Group) -> None:
    g = group.login("sunil")
    # Four weeks from a Wednesday that includes today (the group's members exist by then).
    today = datetime.now(UTC).date()
    start = today - timedelta(days=today.weekday()) - timedelta(days=12)
    end = start + timedelta(days=27)
    pdf = g.reports.accountability(start, end).pdf
    page1 = page_texts(pdf)[0]
    last_monday = end - timedelta(days=1)
    assert f"{start.day} {start:%b}, 5 days" in page1, page1
    assert f"{last_monday.day} {last_monday:%b}, 2 days" in page1, page1
    assert "lighter bars: part weeks" in page1
    text = all_text(pdf)
    assert "u / r" not in text
    assert "Requests (urgent / routine)" in text and "Reflections (within 48 h)" in text


def test_chart_labels_wrap_instead_of_being_cut() -> None:
    long = "advisee relying on me too much"
    longer = "out of my depth and in need of more training"
    pdf = _Story([bar_chart("Challenges", [(long, 13), (longer, 9), ("grief", 2)],
                            width=240)]).render()
    text = " ".join(page_texts(pdf)[0].split()).split("About this report")[0]
    assert "…" not in text
    for label in (long, longer):
        assert label in text, text


def test_week_labels_never_touch() -> None:
    """A year of weeks with part weeks at both ends: the labels shown (always both ends) are
    far enough apart not to overlap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from peerdesk.reports.charts import shown_labels
    from peerdesk.reports.fonts import REGULAR

    labels = ["1 Jan, 4 days", *(f"{d % 28 + 1} Mar" for d in range(51)), "29 Dec, 3 days"]
    width = 444.0
    shown = [(i, lbl) for i, lbl in enumerate(shown_labels(labels, width, 1, [0, 52])) if lbl]
    assert shown[0] == (0, labels[0]) and shown[-1] == (52, labels[-1]) and len(shown) > 4
    slot = width / len(labels)
    for (i, a), (j, b) in pairwise(shown):
        room = (j - i) * slot
        assert room >= (stringWidth(a, REGULAR, 6.5) + stringWidth(b, REGULAR, 6.5)) / 2, (a, b)
