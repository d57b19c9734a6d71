from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from domain_examples import META, NOW, session_values

from peerdesk.domain.model import Channel, Session
from peerdesk.domain.validate import build_session, form_values, validate_session
from peerdesk.errors import ValidationError


def test_valid_session_builds_normalised_record():
    s = build_session(session_values(), meta=META, now=NOW)
    assert isinstance(s, Session)
    assert s.channel is Channel.PHONE
    assert s.themes == ("sleep", "family")
    assert s.summary == "Talked about sleep.\nAgreed to try a routine."
    assert s.id == META.id


def test_form_round_trip():
    s = build_session(session_values(), meta=META, now=NOW)
    assert validate_session(form_values(s), now=NOW) == {}
    assert build_session(form_values(s), meta=META, now=NOW) == s


def test_import_strings_accepted():
    s = build_session(session_values(start="2026-03-14T15:30+05:30", duration_minutes="45",
                                     follow_up="2026-03-20", risk_noticed="yes"),
                      meta=META, now=NOW)
    assert s.start == datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
    assert s.duration_minutes == 45 and s.risk_noticed is True


@pytest.mark.parametrize("field", ["advisee_id", "advisor_id", "start", "duration_minutes",
                                   "channel", "summary"])
def test_required(field):
    for empty in (None, ""):
        errors = validate_session(session_values(**{field: empty}), now=NOW)
        assert field in errors and "required" in errors[field]


def test_missing_keys_are_required_errors():
    errors = validate_session({}, now=NOW)
    assert set(errors) == {"advisee_id", "advisor_id", "start", "duration_minutes",
                           "channel", "summary"}


@pytest.mark.parametrize("minutes,ok", [(0, False), (1, True), (600, True), (601, False),
                                        (-5, False), (True, False), ("abc", False)])
def test_duration_range(minutes, ok):
    errors = validate_session(session_values(duration_minutes=minutes), now=NOW)
    assert ("duration_minutes" not in errors) is ok


def test_channel_must_be_known():
    errors = validate_session(session_values(channel="carrier pigeon"), now=NOW)
    assert errors["channel"].startswith("Channel must be one of: phone, video")


def test_start_not_more_than_a_day_in_future():
    assert validate_session(session_values(start=NOW + timedelta(hours=24)), now=NOW) == {}
    errors = validate_session(session_values(start=NOW + timedelta(hours=24, minutes=1),
                                             follow_up=None), now=NOW)
    assert "start" in errors


def test_naive_start_refused():
    errors = validate_session(session_values(start=datetime(2026, 3, 14, 10)), now=NOW)
    assert errors["start"] == "Start needs a time zone."


def test_follow_up_not_before_session_in_group_zone():
    start = datetime(2026, 3, 14, 20, 0, tzinfo=UTC)  # 15 March 01:30 in Delhi
    ist = timezone(timedelta(hours=5, minutes=30))
    v = session_values(start=start, follow_up=date(2026, 3, 14))
    assert validate_session(v, now=NOW) == {}
    assert "follow_up" in validate_session(v, now=NOW, tz=ist)


def test_themes_limits():
    errors = validate_session(session_values(themes=[f"t{i}" for i in range(21)]), now=NOW)
    assert "too many (21)" in errors["themes"]
    errors = validate_session(session_values(themes=["x" * 61]), now=NOW)
    assert "too long" in errors["themes"]


def test_summary_limit_and_bad_chars_reported_by_field():
    errors = validate_session(session_values(summary="x" * 50_001, next_steps="a\x00b"),
                              now=NOW)
    assert errors["summary"] == "Summary is too long: 50,001 characters; the limit is 50,000."
    assert "cannot be stored" in errors["next_steps"]


def test_build_raises_with_every_error():
    with pytest.raises(ValidationError) as err:
        build_session(session_values(summary="", channel="x"), meta=META, now=NOW)
    assert set(err.value.errors) == {"summary", "channel"}


def test_date_before_2000_refused():
    errors = validate_session(session_values(start="0026-03-14T10:00+00:00"), now=NOW)
    assert "check the year" in errors["start"]
