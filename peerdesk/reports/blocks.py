"""Building blocks shared by the report kinds: figure grids, sections, sign-off."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from peerdesk.reports.data import EscalationSection, Figure, ReportMeta
from peerdesk.reports.safety import pdf_text
from peerdesk.reports.styles import ALERT, RULE, TABLE_FONT, ZEBRA, styles
from peerdesk.reports.tables import data_table
from peerdesk.reports.text_blocks import paragraphs, styled

CONTENT_WIDTH = 174 * mm


def title_block(meta: ReportMeta) -> Iterator[Flowable]:
    """Page 1's title, group and period, and the moment the records are taken at."""
    s = styles()
    yield Paragraph(pdf_text(meta.title), s["title"])
    yield Paragraph(f"{pdf_text(meta.group_name)} · {meta.period_label()}", s["subtitle"])
    if meta.as_at:
        yield Paragraph(pdf_text(meta.as_at), s["as_at"])


def figure_grid(figures: Sequence[Figure], columns: int = 4) -> Table:
    s = styles()
    cells = []
    for f in figures:
        value_style = s["figure"]
        value = pdf_text(f.value)
        if f.alert:
            value = f'<font color="{ALERT.hexval()}">{value}</font>'
        block = [Paragraph(value, value_style), Paragraph(pdf_text(f.label), s["figure_label"])]
        if f.note:
            block.append(Paragraph(pdf_text(f.note), s["figure_label"]))
        cells.append(block)
    while len(cells) % columns:
        cells.append([])
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    width = CONTENT_WIDTH / columns
    table = Table(rows, colWidths=[width] * columns)
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def heading(text: str, level: str = "h1") -> Paragraph:
    return Paragraph(pdf_text(text), styled(text, styles()[level]))


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(pdf_text(text), styled(text, styles()[style]))


def labelled(label: str, value: str) -> Paragraph:
    return Paragraph(f"<b>{pdf_text(label)}:</b> {pdf_text(value) or '—'}",
                     styled(label + value, styles()["body"]))


def labelled_note(label: str, value: str) -> list[Paragraph]:
    """A label and a note of any length, as paragraphs that lay out in linear time."""
    return paragraphs(value, styles()["body"], lead=f"<b>{pdf_text(label)}:</b>")


def escalation_block(e: EscalationSection, *, with_text: bool) -> Iterator[Flowable]:
    title = f"{e.advisee_code} · {e.level} · {e.state}"
    if e.overdue:
        title += " · OVERDUE"
    # The heading and the facts under it stay on one page (no orphaned heading).
    # The facts are one paragraph (one layout instead of four).
    facts = [("Raised", f"{e.raised_at} by {e.raised_by}"), ("Categories", e.categories),
             ("Acknowledge by", e.ack_due), ("Acknowledged", e.acknowledged or "not yet")]
    if not e.disclosures:  # one line here instead of an empty log further down
        facts.append(("Disclosures", "nobody outside the group was told"))
    yield KeepTogether([
        heading(title, "h2"),
        Paragraph(" · ".join(f"<b>{pdf_text(k)}:</b> {pdf_text(v) or '—'}" for k, v in facts),
                  styled("".join(v for _, v in facts), styles()["body"])),
    ])
    if with_text:
        yield from labelled_note("What happened", e.description)
        yield from labelled_note("Immediate action", e.immediate_action)
    yield Spacer(1, 3)
    if e.earlier_entries:
        yield para(f"Timeline in the period ({e.earlier_entries} earlier entries are in the "
                   "escalation record)", "cell_bold")
    else:
        yield para("Timeline", "cell_bold")
    if with_text:
        yield from data_table(
            ["When", "Who", "What", "Note"],
            [(ev.at, ev.by, ev.what, ev.note) for ev in e.events],
            [32 * mm, 32 * mm, 40 * mm, 70 * mm], empty="No events recorded.")
    else:
        yield from data_table(
            ["When", "Who", "What"], [(ev.at, ev.by, ev.what) for ev in e.events],
            [40 * mm, 50 * mm, 84 * mm], empty="No events recorded.")
    if not e.disclosures:
        return
    yield Spacer(1, 3)
    yield para("Disclosure log (who was told what)", "cell_bold")
    yield from data_table(
        ["When", "Told whom", "What was shared", "Why", "Advisee knew"],
        [(d.at, f"{d.told_whom} ({d.role})" if d.role else d.told_whom,
          d.what if with_text else "(text in the supervisor's report)",
          d.why if with_text else "", "yes" if d.advisee_knew else "no")
         for d in e.disclosures],
        [28 * mm, 34 * mm, 52 * mm, 42 * mm, 18 * mm], empty="Nobody outside the group was told.")


def sign_off() -> Flowable:
    s = styles()
    line = "_" * 38
    rows = [
        [Paragraph("<b>Reviewed by</b>", s["body"]), Paragraph(line, s["body"])],
        [Paragraph("<b>Role</b>", s["body"]), Paragraph(line, s["body"])],
        [Paragraph("<b>Date</b>", s["body"]), Paragraph(line, s["body"])],
        [Paragraph("<b>Signature</b>", s["body"]), Paragraph(line, s["body"])],
        [Paragraph("<b>Second reviewer (optional)</b>", s["body"]),
         Paragraph(line, s["body"])],
    ]
    table = Table(rows, colWidths=[55 * mm, 100 * mm], rowHeights=[11 * mm] * len(rows))
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether([
        Spacer(1, 8 * mm), heading("Sign-off"),
        para("I have reviewed this report, including every escalation in it, and recorded any "
             "follow-up in supervision."), Spacer(1, 3 * mm), table])
