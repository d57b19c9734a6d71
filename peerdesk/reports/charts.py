"""Small, labelled bar charts: where a picture reads faster than a table."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from peerdesk.i18n import _
from peerdesk.reports.canvas_text import Label, line_width, wrap_words
from peerdesk.reports.fonts import REGULAR, register_fonts
from peerdesk.reports.safety import plain
from peerdesk.reports.styles import ACCENT, INK, MUTED, RULE

#: Bars that cover less than the others (part weeks at the ends of a period).
FAINT = colors.HexColor("#a9c7d6")

LEVEL_COLOURS = {
    "concern": colors.HexColor("#8fb8ca"),
    "moderate": colors.HexColor("#e0b44c"),
    "high": colors.HexColor("#d9822b"),
    "imminent": colors.HexColor("#b3261e"),
}


class LabelledDrawing(Drawing):  # type: ignore[misc]
    """A chart whose words (title, category names, notes) are drawn after it as shaped
    lines (``canvas_text``): reportlab's chart labels neither pick fonts nor shape."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        self._words: list[Label] = []

    def draw(self, showBoundary: object = None) -> None:
        super().draw()
        for label in self._words:
            label.draw(self.canv)


def _drawing(width: float, height: float) -> LabelledDrawing:
    d = LabelledDrawing(width, height)
    # reportlab otherwise starts a drawing in Helvetica, a font it never embeds.
    d.initialFontName = REGULAR
    return d


def _title(d: LabelledDrawing, text: str, height: float) -> None:
    d._words.append(Label(0, height - 11, text, 9, INK, bold=True))


#: Line height of a wrapped bar label (7.5 pt text; Devanagari needs the room).
LABEL_LEADING = 9.5


def wrap_label(text: str, width: float, size: float = 7.5) -> list[str]:
    """``text`` in lines no wider than ``width`` points, broken at spaces (a word longer
    than a line is broken where it must be)."""
    return wrap_words(text, width, size) or [""]


def column_chart(title: str, series: Sequence[tuple[str, int]], width: float = 480,
                 height: float = 150, every: int = 1, faint: Sequence[int] = ()) -> Drawing:
    """Counts over time (e.g. sessions per week). ``faint``: bars drawn lighter (part
    weeks), whose labels are always shown. Labels are thinned to every ``every``-th, or
    more thinly if they would touch (``shown_labels``)."""
    register_fonts()
    d = _drawing(width, height)
    _title(d, title, height)
    if not series:
        d._words.append(Label(0, height / 2, _("No data for this period."), 8, MUTED))
        return d
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 36, height - 44
    chart.data = [[v for _, v in series]]
    names = shown_labels([plain(lbl) for lbl, _ in series], chart.width, every, faint)
    chart.categoryAxis.labels.visible = 0
    slot = chart.width / len(names)
    d._words.extend(Label(chart.x + (i + 0.5) * slot, chart.y - 11, name, 6.5, MUTED,
                          anchor="middle") for i, name in enumerate(names) if name)
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#eef1f4")
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    for i in faint:
        chart.bars[(0, i)].fillColor = FAINT
    chart.barSpacing = 1
    d.add(chart)
    return d


def shown_labels(labels: Sequence[str], width: float, every: int = 1,
                 always: Sequence[int] = (), size: float = 6.5) -> list[str]:
    """The labels of a row of ``len(labels)`` columns across ``width`` points, blanked so
    that none touches another: every ``every``-th (or fewer, if the widest needs more room)
    and those of ``always``, whose close neighbours give way."""
    if not labels:
        return []
    register_fonts()
    slot = width / len(labels)
    widest = max(line_width(lbl, size) for lbl in labels) + 4
    step = max(every, math.ceil(widest / slot))
    shown = {i for i in range(len(labels)) if i % step == 0} | set(always)
    for i in sorted(always):
        shown -= {j for j in range(i - step + 1, i + step) if j != i and j not in always}
    return [lbl if i in shown else "" for i, lbl in enumerate(labels)]


def bar_chart(title: str, series: Sequence[tuple[str, int]], width: float = 230,
              height: float | None = None, colours: dict[str, object] | None = None) -> Drawing:
    """Horizontal bars with the count written at the end of each bar."""
    register_fonts()
    rows = list(series)[:10]
    label_w = 118
    # Long labels wrap onto more lines instead of being cut; rows grow to fit them.
    most = max((len(wrap_label(lbl, label_w - 8)) for lbl, _v in rows), default=1)
    height = max(height or 0.0, 60.0, 26 + max(15, LABEL_LEADING * most + 4) * len(rows))
    d = _drawing(width, height)
    _title(d, title, height)
    if not any(v for _lbl, v in rows):
        # All-zero bars read as a broken chart; say it in words instead.
        d._words.append(Label(0, height - 30, _("None in this period."), 8, MUTED))
        return d
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 4
    chart.width, chart.height = width - label_w - 26, height - 22
    chart.data = [[v for _lbl, v in reversed(rows)]]
    chart.categoryAxis.labels.visible = 0
    row_h = chart.height / len(rows)
    for i, (lbl, _count) in enumerate(reversed(rows)):
        lines = wrap_label(lbl, label_w - 8)
        middle = chart.y + (i + 0.5) * row_h
        top = middle + (len(lines) - 1) * LABEL_LEADING / 2 - 2.6
        d._words.extend(Label(label_w - 5, top - k * LABEL_LEADING, line, 7.5, INK,
                              anchor="end") for k, line in enumerate(lines))
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = 0
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 8
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    if colours:
        for i, (lbl, _count) in enumerate(reversed(rows)):
            colour = colours.get(lbl)
            if colour is not None:
                chart.bars[(0, i)].fillColor = colour
    d.add(chart)
    return d
