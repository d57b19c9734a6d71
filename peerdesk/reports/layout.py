"""The report base: A4 pages with the same header and footer on every page.

Every page carries the group, the report's title and period, "Confidential", "Page x of y"
and the report id; the last page ends with who generated it, when, and the audit chain head.
Subclasses only produce flowables from prepared data (``story``); they never query anything.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, NamedTuple

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, Spacer

from peerdesk.errors import Cancelled
from peerdesk.i18n import _
from peerdesk.reports.blocks import para
from peerdesk.reports.canvas_text import draw_line, fitted_size
from peerdesk.reports.data import ReportMeta
from peerdesk.reports.fonts import REGULAR, register_fonts
from peerdesk.reports.safety import pdf_template, pdf_text, plain
from peerdesk.reports.styles import HEADINGS, MUTED, RULE, styles
from peerdesk.reports.text_blocks import styled

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
MARGIN = 18 * mm


def _numbered_canvas(meta: ReportMeta) -> type[Canvas]:
    """A canvas that holds pages until the end, so each footer can say "of y".

    The furniture's words are taken when the canvas class is made, inside the report's
    language (``render``)."""
    words = _Furniture(
        confidential=_("CONFIDENTIAL"),
        purpose=_("Confidential: for supervision and accountability"),
        report=_("Report {id}").format(id=meta.report_id),
        page=_("Page {page} of {total}"),
        period=meta.period_label())

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []
            dated(self, meta.generated_at)

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                _decorate(self, meta, words, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def dated(canvas: Canvas, moment: datetime) -> None:
    """Date the PDF (its creation and modification dates) at ``moment``.

    Documents are built in reportlab's invariant mode so that a file is a function of its
    content alone, but that mode dates every file 1 January 2000."""
    stamp = moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
    canvas.setDateFormatter(lambda *_: stamp)


class _Furniture(NamedTuple):
    confidential: str
    purpose: str
    report: str
    page: str  # "Page {page} of {total}"
    period: str


#: Font sizes tried, largest first, for a header or footer text to fit its place.
FURNITURE_SIZES = (8.0, 7.5, 7.0, 6.5, 6.0)


def _decorate(c: Canvas, meta: ReportMeta, words: _Furniture, page: int, total: int) -> None:
    width, height = A4
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
    c.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
    c.setFillColor(MUTED)
    # Three places on each line: left and right a quarter of the width each, the middle
    # the rest; each text shrinks (down to 6 pt) to stay in its place.
    side = (width - 2 * MARGIN) * 0.25
    middle = width - 2 * MARGIN - 2 * side - 8
    top, foot = height - 11.5 * mm, 9 * mm
    for x, y, text, room, bold, anchor in (
            (MARGIN, top, plain(meta.group_name)[:70], side, True, "start"),
            (width / 2, top, f"{plain(meta.title)} · {words.period}"[:90], middle, False,
             "middle"),
            (width - MARGIN, top, words.confidential, side, True, "end"),
            (MARGIN, foot, words.report, side, False, "start"),
            (width / 2, foot, words.purpose, middle, False, "middle"),
            (width - MARGIN, foot, words.page.format(page=page, total=total), side, False,
             "end")):
        size = fitted_size(text, room, FURNITURE_SIZES, bold=bold)
        draw_line(c, x, y, text, size, bold=bold, anchor=anchor)
    c.restoreState()


class ReportBuilder:
    """Base of every report. Subclasses implement ``story()``; ``render()`` returns bytes."""

    #: Flowables between cancel checks / progress reports.
    CHUNK = 50

    def __init__(self, meta: ReportMeta) -> None:
        register_fonts()
        self.meta = meta
        self.s = styles()

    def story(self) -> Iterable[Flowable]:
        raise NotImplementedError

    def closing(self) -> list[Flowable]:
        m = self.meta
        lines = [
            pdf_text(_("Generated by {who} on {when}.").format(
                who=m.generated_by, when=m.generated_label())),
            pdf_text(_("Audit chain head at generation: event {seq}, hash {hash}…").format(
                seq=m.audit_head_seq, hash=m.audit_head_hash[:32])),
            pdf_template(_("The SHA-256 of this PDF is kept in the vault's register of "
                           "issued reports; {command} says whether a file is exactly this "
                           "one."), "command", "<i>peerdesk verify --report FILE.pdf</i>"),
        ]
        if m.redacted:
            lines.append(pdf_text(_("Redacted: members appear under aliases that are "
                                    "consistent within this report only.")))
        return [Spacer(1, 8 * mm), para(_("About this report"), "h2"),
                *(Paragraph(line, styled(line, self.s["small"])) for line in lines)]

    def render(self, progress: Progress | None = None,
               should_cancel: ShouldCancel | None = None) -> bytes:
        flowables = list(self._checked(self.story(), progress, should_cancel))
        flowables.extend(self.closing())
        flowables = keep_headings(flowables)
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm,
            bottomMargin=18 * mm, title=plain(self.meta.title), author="peerdesk",
            subject=f"{plain(self.meta.group_name)} · {self.meta.period_label()}",
            creator="peerdesk", keywords=f"report-id:{self.meta.report_id}",
            invariant=1, initialFontName=REGULAR,
        )

        def each_page(_canvas: Canvas, _doc: Any) -> None:  # layout can be stopped too
            if should_cancel is not None and should_cancel():
                raise Cancelled("The report was stopped; nothing was saved.")

        doc.build(flowables, onFirstPage=each_page, onLaterPages=each_page,
                  canvasmaker=_numbered_canvas(self.meta))
        if should_cancel is not None and should_cancel():
            raise Cancelled("The report was stopped; nothing was saved.")
        return buf.getvalue()

    def _checked(self, items: Iterable[Flowable], progress: Progress | None,
                 should_cancel: ShouldCancel | None) -> Iterable[Flowable]:
        total = self.estimated_size()
        self._check(0, total, progress, should_cancel)  # the caller learns the size at once
        i = 0
        for i, item in enumerate(items, start=1):
            if i % self.CHUNK == 0:
                self._check(min(i, total), total, progress, should_cancel)
            yield item
        # A short story still reports once and can still be stopped before layout.
        self._check(total, total, progress, should_cancel)

    @staticmethod
    def _check(done: int, total: int, progress: Progress | None,
               should_cancel: ShouldCancel | None) -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled("The report was stopped; nothing was saved.")
        if progress is not None:
            progress(done, total)

    def estimated_size(self) -> int:
        return 1


#: A heading starts a new page unless this much room is left under it on the current one
#: (its own lines, an introduction, and a table's header and first rows).
HEADING_ROOM = 40 * mm


def keep_headings(flowables: Iterable[Flowable]) -> list[Flowable]:
    """``flowables`` with no heading left alone at the bottom of a page."""
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, Paragraph) and f.style.name.removesuffix("-plain") in HEADINGS:
            out.append(CondPageBreak(HEADING_ROOM))
        out.append(f)
    return out


def sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()
