"""Long lists in the accountability report become counts per person; short ones stay whole."""

from __future__ import annotations

from dataclasses import replace

from rpdf import OCT_END, OCT_START, Demo, all_text

from peerdesk.reports.accountability import (
    PAIR_DETAIL_MAX,
    AccountabilityReport,
    action_summary,
    activity_rows,
    agreement_summary,
)
from peerdesk.reports.data import ActionRow, AgreementRow, EscalationSection, EventLine


def _agreement(advisor: str, i: int, **kw: object) -> AgreementRow:
    base = dict(advisor=advisor, advisee_code=f"PS-{i:04d}", status="active", review="",
                acknowledged="yes", drift="", breaches=0)
    base.update(kw)
    return AgreementRow(**base)  # type: ignore[arg-type]


def test_agreement_and_action_summaries_count_per_person() -> None:
    rows = [_agreement("Asha", 1, drift="1 off-hours"), _agreement("Asha", 2, review="1 Oct"),
            _agreement("Bala", 3, acknowledged="not advisee", breaches=2)]
    assert agreement_summary(rows) == [("Asha", 2, 1, 1, "", ""), ("Bala", 1, "", "", 1, 2)]
    actions = [ActionRow("overdue since 1 Mar", "Asha", "call", "1 Feb", True),
               ActionRow("3 Oct", "Asha", "read", "2 Sep", False)]
    assert action_summary(actions) == [("Asha", 2, 1, "overdue since 1 Mar")]


def test_activity_rows_list_every_entry_of_the_period() -> None:
    e = EscalationSection("e", "PS-0001", "High", "monitoring", "other", "1 Sep", "Asha",
                          "2 Sep", "1 Sep", False, events=(EventLine("3 Oct", "Bala", "note",
                                                                     "called back"),),
                          raised_in_period=False)
    assert activity_rows([e], with_text=True) == [
        ("PS-0001 · High, monitoring", "3 Oct", "Bala", "note", "called back")]
    assert activity_rows([e], with_text=False)[0][-1] == ""


def test_a_long_agreement_list_prints_counts_only(demo_as: Demo) -> None:
    ws = demo_as.login("supervisor")
    data = ws.reports.accountability_data(OCT_START, OCT_END)
    many = tuple(_agreement(f"Advisor {i % 7}", i, drift="1 too long")
                 for i in range(PAIR_DETAIL_MAX + 5))
    text = all_text(AccountabilityReport(replace(data, agreements=many)).render())
    assert f"The {len(many):,} agreements behind these counts" in text
    assert "PS-0100" not in text.split("Boundary agreements needing attention")[1].split(
        "Supervision actions")[0]
    short = tuple(many[:3])
    text = all_text(AccountabilityReport(replace(data, agreements=short)).render())
    assert "PS-0001" in text and "agreements behind these counts" not in text
