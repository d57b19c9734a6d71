from datetime import UTC, date, datetime

import pytest

from peerdesk.domain.model import Advisee, AdviseeStatus, RecordMeta
from peerdesk.domain.retention import RetentionPolicy, add_months, due_for_erasure

NOW = datetime(2033, 3, 15, 12, tzinfo=UTC)


def _advisee(code, status=AdviseeStatus.CLOSED, closed_on=None):
    return Advisee(meta=RecordMeta.new(by="m", now=datetime(2026, 1, 1, tzinfo=UTC)),
                   code=code, status=status, closed_on=closed_on,
                   closed_reason="ended" if closed_on else "")


def test_due_after_default_84_months_boundary_day():
    due_today = _advisee("PS-0002", closed_on=date(2026, 3, 15))
    not_yet = _advisee("PS-0003", closed_on=date(2026, 3, 16))
    long_ago = _advisee("PS-0001", closed_on=date(2020, 1, 1))
    active = _advisee("PS-0004", status=AdviseeStatus.ACTIVE)
    got = due_for_erasure([not_yet, due_today, active, long_ago], NOW, RetentionPolicy())
    assert [a.code for a in got] == ["PS-0001", "PS-0002"]


def test_disabled_and_custom():
    a = _advisee("PS-0001", closed_on=date(2033, 1, 15))
    assert due_for_erasure([a], NOW, RetentionPolicy(enabled=False)) == []
    assert due_for_erasure([a], NOW, RetentionPolicy(keep_closed_months=2)) == [a]
    with pytest.raises(ValueError):
        RetentionPolicy(keep_closed_months=-1)


def test_add_months_clamps():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 12, 15), 84) == date(2031, 12, 15)
