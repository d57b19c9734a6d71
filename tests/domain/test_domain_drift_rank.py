"""Ranking drift alerts: a breach, a cap exceeded by far and a review months overdue come
first; an agreement is summed up in one calm line."""

from datetime import date, datetime, timedelta, timezone

import pytest
from domain_examples import META, NOW, agreement_values

from peerdesk.domain.drift import (
    DriftAlert,
    DriftKind,
    Severity,
    drift_alerts,
    ranked,
    severity,
    summarise,
)
from peerdesk.domain.model import Channel, RecordMeta, Session
from peerdesk.domain.validate import build_agreement

IST = timezone(timedelta(hours=5, minutes=30))
K = DriftKind


def _alert(kind, observed=None, allowed=None, month=None):
    return DriftAlert(kind, "detail", month=month, observed=observed, allowed=allowed)


@pytest.mark.parametrize(("alert", "want"), [
    (_alert(K.OVER_MONTHLY_CAP, 6, 4), Severity.SERIOUS),     # half as many again
    (_alert(K.OVER_MONTHLY_CAP, 11, 8), Severity.SERIOUS),    # three over
    (_alert(K.OVER_MONTHLY_CAP, 5, 4), Severity.NOTABLE),
    (_alert(K.REVIEW_OVERDUE, 61, 0), Severity.SERIOUS),
    (_alert(K.REVIEW_OVERDUE, 20, 0), Severity.NOTABLE),
    (_alert(K.REVIEW_OVERDUE, 3, 0), Severity.MINOR),
    (_alert(K.CHANNEL_NOT_AGREED), Severity.NOTABLE),
    (_alert(K.SESSION_TOO_LONG, 90, 60), Severity.NOTABLE),
    (_alert(K.SESSION_TOO_LONG, 70, 60), Severity.MINOR),
    (_alert(K.OUTSIDE_CONTACT_HOURS), Severity.MINOR),
    (_alert(K.OUTSIDE_CONTACT_DAYS), Severity.MINOR),
    (_alert(K.ADVISEE_NOT_ACKNOWLEDGED), Severity.MINOR),
])
def test_severity(alert, want):
    assert severity(alert) is want


def test_ranked_puts_the_serious_and_the_biggest_overshoot_first():
    small_cap = _alert(K.OVER_MONTHLY_CAP, 5, 4, "2026-02")
    big_cap = _alert(K.OVER_MONTHLY_CAP, 10, 4, "2026-03")
    late = _alert(K.OUTSIDE_CONTACT_HOURS)
    review = _alert(K.REVIEW_OVERDUE, 90, 0)
    assert ranked([late, small_cap, review, big_cap]) == [big_cap, review, small_cap, late]


def test_summary_is_one_line_with_the_worst_first():
    alerts = [_alert(K.OUTSIDE_CONTACT_HOURS), _alert(K.OUTSIDE_CONTACT_HOURS),
              _alert(K.SESSION_TOO_LONG, 90, 60), _alert(K.OVER_MONTHLY_CAP, 10, 4, "2026-11")]
    s = summarise(alerts)
    assert s.serious and s.text == "10 sessions in Nov 2026 (agreed: 4) · +2 more"
    minor = summarise([_alert(K.OUTSIDE_CONTACT_HOURS), _alert(K.OUTSIDE_CONTACT_HOURS)])
    assert not minor.serious and minor.text == "2 sessions outside the agreed hours"
    assert summarise([]).text == "" and summarise([]).severity is None


def test_a_logged_breach_outranks_every_alert():
    s = summarise([_alert(K.REVIEW_OVERDUE, 200, 0)], breaches=1)
    assert s.serious and s.text == "1 breach logged · +1 more"
    assert summarise([], breaches=3).text == "3 breaches logged"
    agreements = [summarise([_alert(K.OUTSIDE_CONTACT_DAYS)] * 9),
                  summarise([_alert(K.REVIEW_OVERDUE, 100, 0), _alert(K.CHANNEL_NOT_AGREED)]),
                  summarise([_alert(K.OVER_MONTHLY_CAP, 9, 4, "2026-01")]),
                  summarise([], breaches=1), summarise([_alert(K.CHANNEL_NOT_AGREED)])]
    assert [s.headline for s in sorted(agreements, key=lambda s: s.rank_key())] == [
        "1 breach logged", "9 sessions in Jan 2026 (agreed: 4)", "Review 3 months overdue",
        "1 session on a channel not agreed", "9 sessions on days not agreed"]


def test_review_months_overdue_from_real_alerts():
    a = build_agreement(agreement_values(start_date=date(2025, 6, 1),
                                         review_date=NOW.date() - timedelta(days=95)),
                        meta=META, now=NOW)
    alerts = drift_alerts(a, [], tz=IST, now=NOW)
    assert [x.observed for x in alerts] == [95]
    assert summarise(alerts).text == "Review 3 months overdue" and summarise(alerts).serious


def test_cap_measure_from_real_sessions():
    a = build_agreement(agreement_values(contact_days=[], contact_start=None,
                                         contact_end=None), meta=META, now=NOW)
    ss = [Session(meta=RecordMeta.new(by="m1", now=NOW), advisee_id="a-1", advisor_id="m-adv",
                  start=datetime(2026, 3, d, 11, 0, tzinfo=IST), duration_minutes=45,
                  channel=Channel.PHONE) for d in range(2, 9)]
    alerts = drift_alerts(a, ss, tz=IST, now=NOW)
    assert [(x.observed, x.allowed) for x in alerts] == [(7, 4)]
    assert summarise(alerts).serious
