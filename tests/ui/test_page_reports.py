"""The reports page and preview on a real demo vault (small scale, fast test KDF): create a
report by clicking, wait for the job, the preview shows every page as an image, Save as PDF
writes the very bytes that were registered, printing makes as many pages, Cancel during the
job leaves the register as it was; an advisor sees only their own report; a coordinator's
reports work too."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_support import needs_services

from ui.pages.reports import CANCELLED, MY_ADVISOR_REPORT, ReportsPage
from ui.printing import printing_available

pytestmark = needs_services
PASS = "tea garden monsoon kite"


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> Path:
    from peerdesk.services.demo import make_demo

    folder = tmp_path_factory.mktemp("reports") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PEERDESK_KDF_PROFILE", "test")
        make_demo(folder, scale="small", passphrase=PASS)
    return folder


@pytest.fixture
def login(demo_vault):
    from peerdesk.services.workspace import open_vault

    opened = []

    def _login(username: str):
        for ws in opened:
            if ws.is_open:
                ws.lock()
        ws = open_vault(demo_vault, username, PASS)
        opened.append(ws)
        return ws

    yield _login
    for ws in opened:
        if ws.is_open:
            ws.lock()


def _page(qtbot, ctx, ws) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.load(ws)
    ctx.worker.wait_idle()
    return page


def _kinds(page: ReportsPage) -> list[tuple[str, str]]:
    return [(page.kind.itemData(i), page.kind.itemText(i)) for i in range(page.kind.count())]


def _pdf_pages(pdf: bytes) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _create(qtbot, page: ReportsPage, ctx):
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert ctx.worker.wait_idle(60_000)
    assert page.task is None
    return page.preview


def _wait_rendered(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.page_total > 0 and dialog.rendered == dialog.page_total,
                    timeout=30_000)


def test_supervisor_accountability_preview_save_print(qtbot, ctx, login, tmp_path,
                                                      monkeypatch):
    ws = login("supervisor")
    before = len(ws.register.list())
    page = _page(qtbot, ctx, ws)
    assert [k for k, _ in _kinds(page)] == ["accountability", "advisor", "escalation_record"]
    assert page.period.currentData() == "this_month"
    assert page.create_button.isEnabled()

    dialog = _create(qtbot, page, ctx)
    assert dialog is not None, page.message.text()
    qtbot.addWidget(dialog)
    _wait_rendered(qtbot, dialog)
    pages = _pdf_pages(dialog.pdf)
    assert pages > 1
    assert dialog.page_total == pages
    assert all(v.image is not None and not v.image.isNull() for v in dialog.pages)
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert dialog.print_button.isVisibleTo(dialog) == printing_available()
    assert not dialog.cancel_print_button.isVisibleTo(dialog)
    assert dialog.sha256 == hashlib.sha256(dialog.pdf).hexdigest()
    assert dialog.report_id in dialog.fingerprint.text()
    assert dialog.sha256 in dialog.fingerprint.text()
    assert "Registered in the vault" in dialog.fingerprint.text()
    entries = ws.register.list()
    assert len(entries) == before + 1
    assert ws.register.find_by_sha256(dialog.sha256) is not None

    target = tmp_path / "saved" / "accountability.pdf"
    target.parent.mkdir()
    monkeypatch.setattr("ui.dialogs.report_preview.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == dialog.pdf
    assert dialog.saved_to == target

    if printing_available():
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printed = tmp_path / "printed.pdf"
        printer.setOutputFileName(str(printed))
        printer.setResolution(100)  # keeps the test quick; real printers use up to 300 dpi
        job = dialog.print_to(printer)
        qtbot.waitUntil(lambda: job.isFinished(), timeout=60_000)
        qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=5_000)
        assert _pdf_pages(printed.read_bytes()) == pages
        assert dialog.status.text().startswith(f"Sent {pages} pages")

    dialog.clear()
    assert dialog.pdf == b"" and dialog.pages == []


def test_cancel_during_the_job_registers_nothing(qtbot, ctx, login):
    ws = login("supervisor")
    before = [e.id for e in ws.register.list()]
    page = _page(qtbot, ctx, ws)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isVisible() or page.cancel_button.isVisibleTo(page)
    assert not page.create_button.isEnabled()
    # Cancel while the job is under way (a short report can finish within one poll of a
    # progress bar, so the test does not wait for one).
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert ctx.worker.wait_idle(60_000)
    assert page.preview is None
    assert page.message.text() == CANCELLED
    assert [e.id for e in ws.register.list()] == before
    assert page.create_button.isEnabled() and not page.cancel_button.isVisibleTo(page)


def test_advisor_sees_only_their_own_report(qtbot, ctx, login):
    ws = login("advisor01")
    page = _page(qtbot, ctx, ws)
    assert _kinds(page) == [("advisor", MY_ADVISOR_REPORT)]
    assert page.advisor.count() == 1
    assert page.advisor.currentData() == ws.actor.member_id
    assert not page.advisor.isEnabled()
    assert page.form.isRowVisible(page.advisor)
    assert not page.form.isRowVisible(page.escalation)
    before = len(ws.register.list())
    dialog = _create(qtbot, page, ctx)
    assert dialog is not None, page.message.text()
    qtbot.addWidget(dialog)
    _wait_rendered(qtbot, dialog)
    assert dialog.page_total == _pdf_pages(dialog.pdf)
    assert len(ws.register.list()) == before + 1


def test_coordinator_creates_accountability_and_escalation_record(qtbot, ctx, login):
    ws = login("coordinator")
    before = len(ws.register.list())
    page = _page(qtbot, ctx, ws)
    assert [k for k, _ in _kinds(page)] == ["accountability", "advisor", "escalation_record"]

    page.redacted.setChecked(True)
    dialog = _create(qtbot, page, ctx)
    assert dialog is not None, page.message.text()
    qtbot.addWidget(dialog)
    _wait_rendered(qtbot, dialog)
    assert dialog.page_total == _pdf_pages(dialog.pdf)

    # The escalation chooser lists escalations as "code · level · state · raised date".
    page.kind.setCurrentIndex(page.kind.findData("escalation_record"))
    assert page.form.isRowVisible(page.escalation)
    assert not page.form.isRowVisible(page.period)
    assert page.escalation.count() == len(ws.escalations.rows(limit=500)) > 0
    text = page.escalation.itemText(0)
    assert text.startswith("PS-") and text.count(" · ") == 3 and "raised " in text
    page.escalation.setCurrentIndex(1)
    chosen = page.escalation.currentData()
    record = _create(qtbot, page, ctx)
    assert record is not None and record is not dialog, page.message.text()
    qtbot.addWidget(record)
    _wait_rendered(qtbot, record)
    assert record.page_total == _pdf_pages(record.pdf)
    entries = ws.register.list()
    assert len(entries) == before + 2
    assert chosen


def test_a_report_is_as_at_the_end_of_its_period_unless_today_is_chosen(qtbot, ctx, login):
    import pypdf

    ws = login("supervisor")
    page = _page(qtbot, ctx, ws)
    assert page.as_at.currentData() == "end" and page.form.isRowVisible(page.as_at)
    page.period.setCurrentIndex(page.period.findData("last_month"))
    for choice, said in (("end", "As at the end of the period"), ("today", "As at today")):
        page.as_at.setCurrentIndex(page.as_at.findData(choice))
        dialog = _create(qtbot, page, ctx)
        assert dialog is not None, page.message.text()
        qtbot.addWidget(dialog)
        first = pypdf.PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
        assert said in first
        assert dict(ws.register.find_by_sha256(dialog.sha256).params)["as_at"] == choice
    page.kind.setCurrentIndex(page.kind.findData("escalation_record"))
    assert not page.form.isRowVisible(page.as_at)
