"""Deadlines read in hours and days, never raw minutes, wherever they are shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ui import labels

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "1 min"), (25, "25 min"), (60, "1 h"), (90, "1 h 30 min"), (5 * 60 + 20, "5 h"),
    (24 * 60, "24 h"), (30 * 60, "30 h"), (52 * 60, "2 days 4 h"), (7 * 24 * 60, "7 days"),
    (72 * 60 + 59, "3 days"),
])
def test_spans_in_hours_and_days(minutes: int, text: str) -> None:
    assert labels.span_text(minutes) == text


def test_due_and_overdue() -> None:
    assert labels.due_in(NOW + timedelta(hours=3, minutes=10), NOW) == "in 3 h"
    assert labels.due_in(NOW - timedelta(days=2, hours=4), NOW) == "2 days 4 h overdue"
    assert labels.due_in((NOW - timedelta(hours=6)).isoformat(), NOW,
                         shout=True) == "6 h OVERDUE"
    assert labels.due_in(None, NOW) == ""


def test_acknowledgement_rules_read_in_hours_and_days() -> None:
    texts = labels.ack_explanation({"imminent": 90, "high": 24 * 60, "moderate": 72 * 60,
                                    "concern": 7 * 24 * 60})
    assert texts["imminent"].endswith("within 1 h 30 min.")
    assert texts["high"].endswith("within 24 h.")
    assert texts["concern"].endswith("within 7 days.")
    assert not any("minutes" in t for t in texts.values())
