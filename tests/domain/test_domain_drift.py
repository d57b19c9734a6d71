from datetime import UTC, date, datetime, time, timedelta, timezone

from domain_examples import META, NOW, agreement_values

from peerdesk.domain.drift import DriftKind, drift_alerts
from peerdesk.domain.model import Channel, RecordMeta, Session
from peerdesk.domain.validate import build_agreement

IST = timezone(timedelta(hours=5, minutes=30))


def _agreement(**over):
    return build_agreement(agreement_values(**over), meta=META, now=NOW)


def _session(local_start, minutes=45, channel=Channel.PHONE, advisor="m-adv", advisee="a-1",
             sid=None):
    meta = RecordMeta.new(by="m1", now=NOW, id=sid)
    return Session(meta=meta, advisee_id=advisee, advisor_id=advisor,
                   start=local_start.astimezone(UTC), duration_minutes=minutes,
                   channel=channel)


def _kinds(alerts):
    return [a.kind for a in alerts]


def test_clean_pair_has_no_alerts():
    # Mondays 2 and 9 March 2026, 11:00 local.
    ss = [_session(datetime(2026, 3, d, 11, 0, tzinfo=IST)) for d in (2, 9)]
    assert drift_alerts(_agreement(), ss, tz=IST, now=NOW) == []


def test_monthly_cap():
    days = [2, 4, 6, 9, 11]  # five Mon/Wed/Fri sessions in March
    ss = [_session(datetime(2026, 3, d, 11, 0, tzinfo=IST)) for d in days]
    alerts = drift_alerts(_agreement(), ss, tz=IST, now=NOW)
    assert _kinds(alerts) == [DriftKind.OVER_MONTHLY_CAP]
    assert alerts[0].month == "2026-03" and alerts[0].session_id is None
    assert alerts[0].detail == "5 sessions in Mar 2026; the agreement allows 4 a month."


def test_month_is_local():
    # 31 Jan 2026 (Sat) 20:00 UTC is 1 Feb 01:30 in Delhi.
    ss = [_session(datetime(2026, 1, 31, 20, 0, tzinfo=UTC))] + [
        _session(datetime(2026, 2, d, 11, 0, tzinfo=IST)) for d in (2, 4, 6, 9)]
    a = _agreement(contact_days=[], contact_start=None, contact_end=None)
    alerts = drift_alerts(a, ss, tz=IST, now=NOW)
    assert [x.month for x in alerts if x.kind is DriftKind.OVER_MONTHLY_CAP] == ["2026-02"]
    assert drift_alerts(a, ss, tz=UTC, now=NOW) == []


def test_outside_days_hours_channel_length():
    ss = [
        _session(datetime(2026, 3, 3, 11, 0, tzinfo=IST), sid="tue"),         # Tuesday
        _session(datetime(2026, 3, 2, 9, 59, tzinfo=IST), sid="early"),
        _session(datetime(2026, 3, 2, 17, 30, tzinfo=IST), minutes=45, sid="overrun"),
        _session(datetime(2026, 3, 4, 18, 0, tzinfo=IST), minutes=10, sid="at-end"),
        _session(datetime(2026, 3, 6, 10, 0, tzinfo=IST), channel=Channel.VIDEO, sid="video"),
        _session(datetime(2026, 3, 9, 12, 0, tzinfo=IST), minutes=61, sid="long"),
    ]
    got = {(a.session_id, a.kind) for a in drift_alerts(_agreement(), ss, tz=IST, now=NOW)}
    assert got == {
        ("tue", DriftKind.OUTSIDE_CONTACT_DAYS),
        ("early", DriftKind.OUTSIDE_CONTACT_HOURS),
        ("overrun", DriftKind.OUTSIDE_CONTACT_HOURS),
        ("at-end", DriftKind.OUTSIDE_CONTACT_HOURS),
        ("video", DriftKind.CHANNEL_NOT_AGREED),
        ("long", DriftKind.SESSION_TOO_LONG),
        (None, DriftKind.OVER_MONTHLY_CAP),
    }


def test_session_ending_exactly_at_close_is_fine():
    s = _session(datetime(2026, 3, 2, 17, 0, tzinfo=IST), minutes=60)
    assert drift_alerts(_agreement(), [s], tz=IST, now=NOW) == []


def test_other_pairs_and_out_of_period_ignored():
    ss = [_session(datetime(2026, 3, 3, 11, 0, tzinfo=IST), advisor="other"),
          _session(datetime(2026, 3, 3, 11, 0, tzinfo=IST), advisee="other"),
          _session(datetime(2025, 12, 30, 11, 0, tzinfo=IST))]
    assert drift_alerts(_agreement(), ss, tz=IST, now=NOW) == []


def test_review_and_acknowledgements():
    a = _agreement(review_date=date(2026, 3, 14), advisee_ack_date=None,
                   advisee_ack_how=None, advisor_ack_date=None)
    assert _kinds(drift_alerts(a, [], tz=IST, now=NOW)) == [
        DriftKind.REVIEW_OVERDUE, DriftKind.ADVISEE_NOT_ACKNOWLEDGED,
        DriftKind.ADVISOR_NOT_ACKNOWLEDGED]
    on_the_day = _agreement(review_date=date(2026, 3, 15))
    assert drift_alerts(on_the_day, [], tz=IST, now=NOW) == []


def test_drafts_have_no_alerts_and_ended_only_session_alerts():
    late = [_session(datetime(2026, 3, 3, 23, 0, tzinfo=IST))]
    draft = _agreement(status="draft", advisee_ack_date=None, advisee_ack_how=None)
    assert drift_alerts(draft, late, tz=IST, now=NOW) == []
    ended = _agreement(status="ended", end_date=date(2026, 3, 31),
                       review_date=date(2026, 2, 1), advisor_ack_date=None)
    assert {a.kind for a in drift_alerts(ended, late, tz=IST, now=NOW)} == {
        DriftKind.OUTSIDE_CONTACT_DAYS, DriftKind.OUTSIDE_CONTACT_HOURS}


def test_no_limits_means_no_session_alerts():
    a = _agreement(contact_days=[], contact_start=None, contact_end=None,
                   max_sessions_per_month=None, max_session_minutes=None,
                   channels=list(Channel))
    ss = [_session(datetime(2026, 3, d, 3, 0, tzinfo=IST), minutes=600) for d in range(1, 15)]
    assert drift_alerts(a, ss, tz=IST, now=NOW) == []
    assert time(10) == a.contact_start or a.contact_start is None
