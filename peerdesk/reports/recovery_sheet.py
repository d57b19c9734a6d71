"""The recovery sheet: one printed page holding the vault's recovery key."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from peerdesk.i18n import _
from peerdesk.i18n.dates import day_label
from peerdesk.reports.blocks import para
from peerdesk.reports.fonts import REGULAR, register_fonts
from peerdesk.reports.layout import dated
from peerdesk.reports.safety import pdf_template, pdf_text, plain
from peerdesk.reports.styles import ALERT, RULE, styles
from peerdesk.reports.text_blocks import styled

#: reportlab's tables set Helvetica (never embedded) unless told otherwise.
FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def render_recovery_sheet(*, group_name: str, vault_id: str, recovery_key: str,
                          created_at: datetime) -> bytes:
    register_fonts()
    s = styles()
    groups = recovery_key.split("-")
    rows = [groups[i:i + 5] for i in range(0, len(groups), 5)]
    rows[-1] += [""] * (5 - len(rows[-1]))
    key_table = Table([[Paragraph(pdf_text(g), s["mono"]) for g in row] for row in rows],
                      colWidths=[32 * mm] * 5, rowHeights=[13 * mm] * len(rows))
    key_table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, RULE), FONT,
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    title = _("peerdesk recovery sheet")
    warning = _("Whoever holds this sheet can read every record in the vault.")
    story = [
        para(title, "title"),
        para(f"{plain(group_name)} · {_('CONFIDENTIAL')}", "subtitle"),
        _lead(_("Vault id:"), pdf_text(vault_id)),
        _lead(_("Made on:"), pdf_text(day_label(created_at.date(), full=True))),
        Spacer(1, 8 * mm),
        para(_("Recovery key"), "h2"),
        key_table,
        Spacer(1, 8 * mm),
        _lead(_("What it is for."),
              pdf_template(_("This key opens the group's peerdesk vault if every passphrase "
                             "is forgotten. With it, a coordinator can set a new passphrase "
                             "({command})."), "command", "<i>peerdesk passwd --recovery</i>")),
        Spacer(1, 3 * mm),
        Paragraph(f'<font color="{ALERT.hexval()}"><b>{pdf_text(warning, bold=True)}</b></font> '
                  + pdf_text(_("Treat it like the records themselves.")),
                  styled(warning, s["body"])),
        Spacer(1, 3 * mm),
        _lead(_("Where to keep it."),
              pdf_text(_("Locked away, and never with the laptop or its backups. Do not "
                         "photograph it, scan it or keep it in email or a phone. Delete the "
                         "PDF file once it is printed."))),
        Spacer(1, 3 * mm),
        _lead(_("If you find this sheet."),
              pdf_text(_("Do not read or copy it. Return it in a sealed envelope to the "
                         "coordinator of the group named above."))),
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=title, author="peerdesk",
                            subject=plain(group_name), invariant=1, initialFontName=REGULAR)
    doc.build(story, onFirstPage=lambda canvas, _doc: dated(canvas, created_at))
    return buf.getvalue()


def _lead(label: str, markup: str) -> Paragraph:
    """A paragraph that starts with ``label`` in bold; ``markup`` is already safe."""
    s = styles()["body"]
    return Paragraph(f"<b>{pdf_text(label, bold=True)}</b> {markup}", styled(label + markup, s))
