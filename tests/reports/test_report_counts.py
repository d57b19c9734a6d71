"""Counts on page 1 of the accountability report read as English: "1 breach", not
"1 breaches"; "1 advisee seen without one"."""

from __future__ import annotations

from peerdesk.reports.data import AgreementRow
from peerdesk.services.report_data import summary_figures


def _figures(attention: list[AgreementRow], missing: int) -> dict[str, str]:
    figures = summary_figures([], 0, 4, 4, 0, 0, 0, 3, attention, missing, 0, 30)
    return {f.label: f.note for f in figures}


def _row(breaches: int, drift: str = "") -> AgreementRow:
    return AgreementRow(advisor="Asha", advisee_code="PS-0001", status="active", review="",
                        acknowledged="yes", drift=drift, breaches=breaches)


def test_one_breach_and_one_advisee_are_singular() -> None:
    notes = _figures([_row(1, drift="1 off-hours")], 1)
    assert notes["agreements to review"] == "1 drifting, 1 breach"
    assert notes["agreements in force"] == "1 advisee seen without one"


def test_several_are_plural() -> None:
    notes = _figures([_row(2), _row(1)], 3)
    assert notes["agreements to review"] == "0 drifting, 3 breaches"
    assert notes["agreements in force"] == "3 advisees seen without one"
