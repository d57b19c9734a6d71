"""The recovery sheet: one printed page holding the vault's recovery key."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from peerdesk.reports.fonts import REGULAR, register_fonts
from peerdesk.reports.layout import dated
from peerdesk.reports.safety import pdf_text, plain
from peerdesk.reports.styles import ALERT, RULE, styles

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
    story = [
        Paragraph("peerdesk recovery sheet", s["title"]),
        Paragraph(f"{pdf_text(group_name)} · CONFIDENTIAL", s["subtitle"]),
        Paragraph(f"<b>Vault id:</b> {pdf_text(vault_id)}", s["body"]),
        Paragraph(f"<b>Made on:</b> {created_at:%d %B %Y}", s["body"]),
        Spacer(1, 8 * mm),
        Paragraph("<b>Recovery key</b>", s["h2"]),
        key_table,
        Spacer(1, 8 * mm),
        Paragraph("<b>What it is for.</b> This key opens the group's peerdesk vault if every "
                  "passphrase is forgotten. With it, a coordinator can set a new passphrase "
                  "(<i>peerdesk passwd --recovery</i>).", s["body"]),
        Spacer(1, 3 * mm),
        Paragraph(f'<font color="{ALERT.hexval()}"><b>Whoever holds this sheet can read every '
                  "record in the vault.</b></font> Treat it like the records themselves.",
                  s["body"]),
        Spacer(1, 3 * mm),
        Paragraph("<b>Where to keep it.</b> Locked away, and never with the laptop or its "
                  "backups. Do not photograph it, scan it or keep it in email or a phone. "
                  "Delete the PDF file once it is printed.", s["body"]),
        Spacer(1, 3 * mm),
        Paragraph("<b>If you find this sheet.</b> Do not read or copy it. Return it in a sealed "
                  "envelope to the coordinator of the group named above.", s["body"]),
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="peerdesk recovery sheet", author="peerdesk",
                            subject=plain(group_name), invariant=1, initialFontName=REGULAR)
    doc.build(story, onFirstPage=lambda canvas, _doc: dated(canvas, created_at))
    return buf.getvalue()
