"""Progress and cancelling; the recovery sheet; redacted reports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rpdf import OCT_END, OCT_START, Demo, all_text, page_texts, reader

from peerdesk.cli.main import main
from peerdesk.errors import Cancelled


def test_progress_is_reported(demo_as: Demo) -> None:
    ws = demo_as.login("supervisor")
    calls: list[tuple[int, int]] = []
    issued = ws.reports.accountability(OCT_START, OCT_END,
                                       progress=lambda done, total: calls.append((done, total)))
    assert calls, "progress was never called"
    assert all(0 <= done <= total for done, total in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert ws.reports.identify(issued.pdf) is not None


@pytest.mark.parametrize("after", [0, 2])
def test_cancel_raises_and_registers_nothing(demo_as: Demo, after: int) -> None:
    ws = demo_as.login("supervisor")
    before = [e.id for e in ws.register.list()]
    asked = 0

    def should_cancel() -> bool:
        nonlocal asked
        asked += 1
        return asked > after

    with pytest.raises(Cancelled):
        ws.reports.accountability(OCT_START, OCT_END, should_cancel=should_cancel)
    assert [e.id for e in ws.register.list()] == before
    advisor_id = next(m for _, u, m in ws.members.accounts() if u == "advisor01")
    with pytest.raises(Cancelled):
        ws.reports.advisor(advisor_id, OCT_START, OCT_END, should_cancel=lambda: True)
    assert [e.id for e in ws.register.list()] == before


# -- recovery sheet ----------------------------------------------------------------------------

def test_init_writes_a_recovery_sheet_with_every_key_group_and_the_vault_id(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from peerdesk.services.workspace import open_vault

    monkeypatch.setenv("PEERDESK_PASSPHRASE", "a long enough passphrase")
    sheet = tmp_path / "sheet.pdf"
    folder = tmp_path / "vault"
    code = main(["init", "--vault", str(folder), "--group", "Łódź <b>circle</b>",
                 "--user", "coord", "--timezone", "UTC", "--recovery-sheet", str(sheet)])
    out = capsys.readouterr().out
    assert code == 0, out
    key = re.search(r"RECOVERY KEY.*\n\s+(\S+)", out)
    assert key is not None, out
    groups = key.group(1).split("-")
    assert len(groups) >= 8
    ws = open_vault(folder, "coord", "a long enough passphrase")
    try:
        vault_id = ws.vault_id
    finally:
        ws.lock()
    pdf = sheet.read_bytes()
    assert len(reader(pdf).pages) == 1
    text = page_texts(pdf)[0]
    for g in groups:
        assert g in text, g
    assert vault_id in text
    assert "Łódź <b>circle</b>" in text
    assert "CONFIDENTIAL" in text


# -- redacted --------------------------------------------------------------------------------

def test_redacted_report_has_no_member_names_and_consistent_aliases(demo_as: Demo) -> None:
    ws = demo_as.login("supervisor")
    names = {m.display_name for m in ws.members.all()}
    plain = all_text(ws.reports.accountability(OCT_START, OCT_END).pdf)
    redacted_pdf = ws.reports.accountability(OCT_START, OCT_END, redacted=True).pdf
    text = all_text(redacted_pdf)
    seen_plain = {n for n in names if n in plain}
    assert seen_plain, "the plain report should name members"
    for name in names:
        assert name not in text, name
        first = name.split()[0]
        assert not re.search(rf"\b{re.escape(first)}\b", text), first
    assert "Redacted: members appear under aliases" in text
    aliases = re.findall(r"\b(?:Advisor|Member) [A-Z]\d*\b", text)
    assert aliases
    # Consistent within the report: the supervision-coverage table lists each advisor
    # once, and each of them has their own section under the same alias.
    coverage = text[text.index("Supervision coverage"):text.index("Each advisor")]
    each = text[text.index("Each advisor"):]
    advisors = re.findall(r"\bAdvisor [A-Z]\d*\b", coverage)
    assert len(advisors) == len(set(advisors)) >= 2
    for alias in advisors:
        assert alias in each
