"""Long fields wrap, huge ones finish, and long tables repeat their header on every page."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rpdf import all_text, page_texts, reader, small_group, squashed


def test_a_50000_character_note_wraps_and_prints_whole(tmp_path: Path) -> None:
    g = small_group(tmp_path)
    words = " ".join(f"w{i:05d}" for i in range(8_400))  # 8,400 words of 6 + space
    note = (words[:49_990] + " THE-END").strip()
    assert len(note) <= 50_000
    try:
        from peerdesk.services.escalations import EscalationService

        esc_id = EscalationService(g.ws.ctx).raise_({
            "advisee_id": g.id("a1"), "level": "high", "categories": ["other"],
            "description": note, "immediate_action": "x"}).id
        g.login("sunil")
        pdf = g.ws.reports.escalation_record(esc_id).pdf
    finally:
        if g.ws.is_open:
            g.ws.lock()
    pages = page_texts(pdf)
    assert len(pages) > 3  # it wrapped onto many pages rather than running off one
    text = all_text(pdf)
    assert "w00000" in text and "w07000" in text and "THE-END" in text
    assert "more characters not printed" not in text
    # Every page still has its header and footer.
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page


def test_a_200000_character_word_finishes(tmp_path: Path) -> None:
    """Longer than any field may be: cut at the render limit with a visible marker, and
    the rest broken into lines (no stall in reportlab's word splitting)."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from peerdesk.reports.styles import styles

    word = ("abcdefghij" * 20_000)
    assert len(word) == 200_000
    buf = io.BytesIO()
    body = next(iter(styles().values()))
    SimpleDocTemplate(buf).build([Paragraph(_pdf_text(word), body)])
    text = squashed(" ".join(p.extract_text() for p in reader(buf.getvalue()).pages))
    assert ("abcdefghij" * 100) in text
    assert "morecharactersnotprinted" in text


def _pdf_text(s: str) -> str:
    try:
        from peerdesk.reports.safety import pdf_text
    except ImportError:  # pragma: no cover - the package's escaping moved
        from peerdesk.reports.markup import pdf_text  # type: ignore[no-redef]
    return str(pdf_text(s))


def test_long_session_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    g = small_group(tmp_path)
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    try:
        for i in range(300):
            g.ws.sessions.create({
                "advisee_id": g.id("a1"), "advisor_id": g.id("asha"),
                "start": now - timedelta(hours=3 + 2 * i), "duration_minutes": 45,
                "channel": "phone", "themes": [f"theme {i % 7}"], "summary": "x"})
        g.login("sunil")
        start = (now - timedelta(hours=3 + 2 * 300)).date()
        pdf = g.ws.reports.advisor(g.id("asha"), start, now.date()).pdf
    finally:
        if g.ws.is_open:
            g.ws.lock()
    pages = [unicodedata.normalize("NFKC", t) for t in page_texts(pdf)]
    # The pages the session table runs over: from its heading to the next section.
    first = next(i for i, t in enumerate(pages) if re.search(r"^Sessions$", t, re.M))
    last = next(i for i, t in enumerate(pages) if re.search(r"^Reflections$", t, re.M))
    assert last - first >= 3, "300 sessions should span several pages"
    for i in range(first + 1, last + 1):
        lines = [line.strip() for line in pages[i].splitlines()]
        assert "When" in lines and "Advisee" in lines and "Channel" in lines, i + 1
    assert sum(t.count("theme ") for t in pages) >= 300


def test_a_table_cell_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    """An escalation event note of many thousand characters sits in one table row: the row
    splits across pages (it used to fail the whole report with reportlab's LayoutError)."""
    g = small_group(tmp_path)
    note = " ".join(f"n{i:04d}" for i in range(1_600)) + " NOTE-END"
    try:
        from peerdesk.services.escalations import EscalationService

        svc = EscalationService(g.ws.ctx)
        esc_id = svc.raise_({"advisee_id": g.id("a1"), "level": "high",
                             "categories": ["other"], "description": "x",
                             "immediate_action": "x"}).id
        svc.add_note(esc_id, note)
        g.login("sunil")
        pdf = g.ws.reports.escalation_record(esc_id).pdf
    finally:
        if g.ws.is_open:
            g.ws.lock()
    pages = page_texts(pdf)
    assert len(pages) >= 2
    text = all_text(pdf)
    assert "n0000" in text and "n1599" in text and "NOTE-END" in text
    # The timeline's header row is repeated on the page the row continues on.
    continued = [t for t in pages if "n1599" in t]
    assert continued and "When" in continued[0].splitlines()


def test_a_full_note_lays_out_in_linear_pieces() -> None:
    """A 50,000-character note becomes many small paragraphs (one Paragraph would be laid out
    again at every page break: 5-7 s), and only pieces that need shaping are shaped."""
    from reportlab.lib.units import mm

    from peerdesk.reports.blocks import labelled_note
    from peerdesk.reports.tables import data_table
    from peerdesk.reports.text_blocks import PIECE

    note = ("she felt calmer after we made a plan " * 2000)[:50_000]
    parts = labelled_note("What happened", note)
    assert len(parts) >= 50_000 // PIECE
    assert all(len(p.getPlainText()) <= PIECE + 40 for p in parts)
    assert all(not p.style.shaping for p in parts)
    hindi = labelled_note("What happened", "परीक्षा की चिंता " * 200)
    assert all(p.style.shaping for p in hindi)
    table = next(iter(data_table(["a", "b"], [("x", note)], [30 * mm, 140 * mm])))
    cell = table._cellvalues[1][1]
    assert isinstance(cell, list) and len(cell) > 1


def test_an_old_escalation_shows_only_its_period_entries(tmp_path, monkeypatch) -> None:
    """In a period report, an escalation raised before the period shows the events of the
    period only, and says how many earlier entries its own record holds."""
    from datetime import UTC, date, datetime, timedelta

    from peerdesk.services.report_data import Collector, Period
    from peerdesk.services.workspace import create_vault, open_vault

    monkeypatch.setenv("PEERDESK_KDF_PROFILE", "test")
    ws, _ = create_vault(tmp_path / "v", group_name="G", username="coord",
                         display_name="Coord", passphrase="long passphrase 1")
    # nobody grants themselves a role: the founder makes the first supervisor
    sup = ws.members.create({"display_name": "Sunil",
                             "roles": ["coordinator", "supervisor"]}).id
    ws.members.add_account(sup, "sup", "long passphrase 2")
    ws.lock()
    ws = open_vault(tmp_path / "v", "sup", "long passphrase 2")
    try:
        advisee = ws.advisees.create({}).id
        start = datetime.now(UTC) - timedelta(days=40)
        esc = ws.escalations.raise_({"advisee_id": advisee, "level": "concern",
                                     "categories": ["other"], "description": "d",
                                     "raised_at": start}).id
        real_clock = ws.ctx.clock
        ws.ctx.clock = lambda: start + timedelta(days=1)
        ws.escalations.add_note(esc, "old note")
        ws.ctx.clock = real_clock
        ws.escalations.add_note(esc, "recent note")
        today = datetime.now(UTC).date()
        period = Period(ws.ctx, today - timedelta(days=3), today)
        c = Collector(ws.ctx, period, redacted=False, include_text=True, services=ws)
        whole = c.escalation_section(esc, "PS-0001")
        part = c.escalation_section(esc, "PS-0001", period_only=True)
        assert len(part.events) == 1 and part.events[0].note == "recent note"
        assert len(whole.events) == 2 and part.earlier_entries == 1
        assert isinstance(period.start, date)
    finally:
        ws.lock()
