"""Validators are total: any mapping of any values gives an errors dict, never a crash."""

from datetime import UTC, timedelta

from domain_examples import META, NOW
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import validate as v
from peerdesk.domain.validate_people import ADVISEE_FIELDS, MEMBER_FIELDS
from peerdesk.domain.validate_practice import (
    AGREEMENT_FIELDS,
    REFLECTION_FIELDS,
    SESSION_FIELDS,
    SUPERVISION_FIELDS,
)
from peerdesk.domain.validate_risk import DISCLOSURE_FIELDS, ESCALATION_FIELDS, EVENT_FIELDS
from peerdesk.errors import ValidationError

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(),
    st.text(st.characters(codec=None, categories=None), max_size=30),
    st.dates(), st.datetimes(), st.datetimes(timezones=st.timezones()), st.times(),
    st.sampled_from(["phone", "open", "2026-03-01", "2026-03-01T10:00+05:30", "10:00", "3",
                     "yes", "advisor", "keep_records", "mon"]),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=4),
                   st.lists(st.dictionaries(st.sampled_from(["text", "name", "due"]),
                                            SCALARS), max_size=3))

CASES = [
    (SESSION_FIELDS, lambda d: v.validate_session(d, now=NOW),
     lambda d: v.build_session(d, meta=META, now=NOW)),
    (REFLECTION_FIELDS, lambda d: v.validate_reflection(d, now=NOW),
     lambda d: v.build_reflection(d, meta=META, now=NOW)),
    (AGREEMENT_FIELDS, lambda d: v.validate_agreement(d, now=NOW),
     lambda d: v.build_agreement(d, meta=META, now=NOW)),
    (SUPERVISION_FIELDS, lambda d: v.validate_supervision_note(d, now=NOW),
     lambda d: v.build_supervision_note(d, meta=META, now=NOW)),
    (ADVISEE_FIELDS, lambda d: v.validate_advisee(d, now=NOW),
     lambda d: v.build_advisee(d, meta=META, now=NOW)),
    (MEMBER_FIELDS, lambda d: v.validate_member(d, now=NOW),
     lambda d: v.build_member(d, meta=META, now=NOW)),
    (ESCALATION_FIELDS, lambda d: v.validate_escalation(d, now=NOW),
     lambda d: v.build_escalation(d, meta=META, now=NOW)),
    (EVENT_FIELDS, lambda d: v.validate_event(d, now=NOW),
     lambda d: v.build_event(d, meta=META, now=NOW)),
    (DISCLOSURE_FIELDS, lambda d: v.validate_disclosure(d, now=NOW),
     lambda d: v.build_disclosure(d, meta=META, now=NOW)),
]


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(st.sampled_from(range(len(CASES))), st.data())
def test_validators_are_total(case, data):
    specs, validate, build = CASES[case]
    values = data.draw(st.fixed_dictionaries({}, optional={s.name: VALUES for s in specs}))
    errors = validate(values)
    assert isinstance(errors, dict)
    assert set(errors) <= {s.name for s in specs}
    assert all(isinstance(m, str) and m for m in errors.values())
    try:
        record = build(values)
    except ValidationError as err:
        assert err.errors == errors
    else:
        assert errors == {}
        assert record.meta == META
        for name in ("start", "at", "raised_at"):
            moment = getattr(record, name, None)
            if moment is not None:
                assert moment.tzinfo is UTC
