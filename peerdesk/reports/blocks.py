"""Building blocks shared by the report kinds: figure grids, sections, sign-off."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from peerdesk.i18n import _
from peerdesk.reports.data import EscalationSection, Figure, ReportMeta
from peerdesk.reports.safety import pdf_text
from peerdesk.reports.styles import ALERT, RULE, TABLE_FONT, ZEBRA, is_bold, styles
from peerdesk.reports.tables import data_table
from peerdesk.reports.text_blocks import paragraphs, styled

CONTENT_WIDTH = 174 * mm


def title_block(meta: ReportMeta) -> Iterator[Flowable]:
    """Page 1's title, group and period, and the moment the records are taken at."""
    s = styles()
    yield Paragraph(pdf_text(meta.title, bold=True), s["title"])
    subtitle = f"{meta.group_name} · {meta.period_label()}"
    yield Paragraph(pdf_text(subtitle), styled(subtitle, s["subtitle"]))
    if meta.as_at:
        yield Paragraph(pdf_text(meta.as_at), s["as_at"])


def figure_grid(figures: Sequence[Figure], columns: int = 4) -> Table:
    s = styles()
    cells = []
    for f in figures:
        value_style = s["figure"]
        value = pdf_text(f.value, bold=True)
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
    return para(text, level)


def para(text: str, style: str = "body") -> Paragraph:
    st = styles()[style]
    return Paragraph(pdf_text(text, bold=is_bold(st)), styled(text, st))


def labelled(label: str, value: str) -> Paragraph:
    return Paragraph(f"<b>{pdf_text(label, bold=True)}:</b> {pdf_text(value) or '—'}",
                     styled(label + value, styles()["body"]))


def labelled_note(label: str, value: str) -> list[Paragraph]:
    """A label and a note of any length, as paragraphs that lay out in linear time."""
    return paragraphs(value, styles()["body"], lead=f"<b>{pdf_text(label, bold=True)}:</b>")


def escalation_block(e: EscalationSection, *, with_text: bool) -> Iterator[Flowable]:
    title = f"{e.advisee_code} · {e.level} · {e.state}"
    if e.overdue:
        title += " · " + _("OVERDUE")
    # The heading and the facts under it stay on one page (no orphaned heading).
    # The facts are one paragraph (one layout instead of four).
    facts = [(_("Raised"), _("{when} by {who}").format(when=e.raised_at, who=e.raised_by)),
             (_("Categories"), e.categories), (_("Acknowledge by"), e.ack_due),
             (_("Acknowledged"), e.acknowledged or _("not yet"))]
    if not e.disclosures:  # one line here instead of an empty log further down
        facts.append((_("Disclosures"), _("nobody outside the group was told")))
    yield KeepTogether([
        heading(title, "h2"),
        Paragraph(" · ".join(f"<b>{pdf_text(k, bold=True)}:</b> {pdf_text(v) or '—'}"
                             for k, v in facts),
                  styled("".join(v for _, v in facts), styles()["body"])),
    ])
    if with_text:
        yield from labelled_note(_("What happened"), e.description)
        yield from labelled_note(_("Immediate action"), e.immediate_action)
    yield Spacer(1, 3)
    if e.earlier_entries:
        yield para(_("Timeline in the period ({n} earlier entries are in the escalation "
                     "record)").format(n=e.earlier_entries), "cell_bold")
    else:
        yield para(_("Timeline"), "cell_bold")
    if with_text:
        yield from data_table(
            [_("When"), _("Who"), _("What"), _("Note")],
            [(ev.at, ev.by, ev.what, ev.note) for ev in e.events],
            [32 * mm, 32 * mm, 40 * mm, 70 * mm], empty=_("No events recorded."))
    else:
        yield from data_table(
            [_("When"), _("Who"), _("What")], [(ev.at, ev.by, ev.what) for ev in e.events],
            [40 * mm, 50 * mm, 84 * mm], empty=_("No events recorded."))
    if not e.disclosures:
        return
    yield Spacer(1, 3)
    yield para(_("Disclosure log (who was told what)"), "cell_bold")
    yield from data_table(
        [_("When"), _("Told whom"), _("What was shared"), _("Why"), _("Advisee knew")],
        [(d.at, f"{d.told_whom} ({d.role})" if d.role else d.told_whom,
          d.what if with_text else _("(text in the supervisor's report)"),
          d.why if with_text else "", _("yes") if d.advisee_knew else _("no"))
         for d in e.disclosures],
        [28 * mm, 34 * mm, 52 * mm, 42 * mm, 18 * mm],
        empty=_("Nobody outside the group was told."))


def sign_off() -> Flowable:
    s = styles()
    line = "_" * 38
    rows = [[para(label, "cell_bold"), Paragraph(line, s["body"])]
            for label in (_("Reviewed by"), _("Role"), _("Date"), _("Signature"),
                          _("Second reviewer (optional)"))]
    table = Table(rows, colWidths=[55 * mm, 100 * mm], rowHeights=[11 * mm] * len(rows))
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether([
        Spacer(1, 8 * mm), heading(_("Sign-off")),
        para(_("I have reviewed this report, including every escalation in it, and recorded "
               "any follow-up in supervision.")), Spacer(1, 3 * mm), table])
