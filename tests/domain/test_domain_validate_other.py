from datetime import UTC, date, datetime, time, timedelta

import pytest
from domain_examples import (
    META,
    NOW,
    advisee_values,
    agreement_values,
    escalation_values,
    reflection_values,
    supervision_values,
)

from peerdesk.domain.model import (
    AgreementStatus,
    ChallengeTag,
    RecordMeta,
    Role,
    SupervisionAction,
)
from peerdesk.domain.validate import (
    build_account,
    build_advisee,
    build_agreement,
    build_issued_report,
    build_member,
    build_reflection,
    build_supervision_note,
    form_values,
    require_valid,
    validate_account,
    validate_advisee,
    validate_agreement,
    validate_breach,
    validate_disclosure,
    validate_escalation,
    validate_event,
    validate_issued_report,
    validate_member,
    validate_referral_resource,
    validate_reflection,
    validate_supervision_note,
)
from peerdesk.errors import ValidationError


def test_require_valid():
    require_valid({})
    with pytest.raises(ValidationError) as err:
        require_valid({"a": "A is required."})
    assert str(err.value) == "a: A is required."


# -- reflections


def test_reflection_valid_and_round_trip():
    r = build_reflection(reflection_values(), meta=META, now=NOW)
    assert r.challenge_tags == frozenset({ChallengeTag.UNSURE_WHAT_TO_SAY})
    assert build_reflection(form_values(r), meta=META, now=NOW) == r


@pytest.mark.parametrize("field,value", [("confidence", 0), ("confidence", 6),
                                         ("wellbeing", 0), ("wellbeing", 6),
                                         ("supervision_request", "asap"),
                                         ("challenge_tags", ["bored"])])
def test_reflection_ranges(field, value):
    assert field in validate_reflection(reflection_values(**{field: value}), now=NOW)


def test_reflection_needs_some_content():
    errors = validate_reflection(reflection_values(went_well="", suggestions_made="",
                                                   confidence=None, challenge_tags=[]),
                                 now=NOW)
    assert set(errors) == {"went_well"}


def test_reflection_review_needs_who_and_when():
    errors = validate_reflection(reflection_values(reviewed_at=NOW), now=NOW)
    assert "reviewed_at" in errors
    assert validate_reflection(reflection_values(reviewed_at=NOW, reviewed_by="m-sup"),
                               now=NOW) == {}


# -- agreements


def test_agreement_valid():
    a = build_agreement(agreement_values(), meta=META, now=NOW)
    assert a.status is AgreementStatus.ACTIVE
    assert a.contact_start == time(10, 0)
    assert build_agreement(form_values(a), meta=META, now=NOW) == a


@pytest.mark.parametrize("over,field", [
    ({"review_date": date(2026, 1, 1)}, "review_date"),
    ({"end_date": date(2025, 12, 31)}, "end_date"),
    ({"contact_end": None}, "contact_end"),
    ({"contact_start": time(19, 0)}, "contact_end"),
    ({"channels": []}, "channels"),
    ({"advisee_ack_how": None}, "advisee_ack_how"),
    ({"advisee_ack_date": date(2026, 3, 20)}, "advisee_ack_date"),
    ({"status": "ended"}, "end_date"),
    ({"max_sessions_per_month": 0}, "max_sessions_per_month"),
    ({"max_session_minutes": 601}, "max_session_minutes"),
    ({"free_text": "x" * 20_001}, "free_text"),
    ({"start_date": None}, "start_date"),
    ({"clauses": ["be_nice"]}, "clauses"),
])
def test_agreement_errors(over, field):
    assert field in validate_agreement(agreement_values(**over), now=NOW)


def test_agreement_free_text_limit_message():
    errors = validate_agreement(agreement_values(free_text="x" * 20_001), now=NOW)
    assert errors["free_text"] == ("Other terms is too long: 20,001 characters; the limit "
                                   "is 20,000.")


# -- advisees


def test_advisee_code_normalised():
    a = build_advisee(advisee_values(), meta=META, now=NOW)
    assert a.code == "PS-0142"


@pytest.mark.parametrize("over,field", [
    ({"code": "Asha Sharma"}, "code"),
    ({"code": ""}, "code"),
    ({"consent_date": None}, "consent_date"),
    ({"consent_date": date(2026, 3, 16)}, "consent_date"),
    ({"consent_withdrawn_on": date(2025, 12, 1)}, "consent_withdrawn_on"),
    ({"status": "closed"}, "closed_on"),
    ({"status": "closed", "closed_on": date(2026, 3, 1)}, "closed_reason"),
    ({"closed_reason": "moved"}, "status"),
    ({"consent_scopes": ["sell_data"]}, "consent_scopes"),
])
def test_advisee_errors(over, field):
    assert field in validate_advisee(advisee_values(**over), now=NOW)


def test_advisee_closed_ok():
    v = advisee_values(status="closed", closed_on=date(2026, 3, 1), closed_reason="Ended well")
    assert validate_advisee(v, now=NOW) == {}


# -- members and accounts


def test_member_with_training():
    m = build_member({"display_name": " Asha ", "roles": ["advisor", "supervisor"],
                      "active": True,
                      "training": [{"name": "Orientation", "completed_on": "2025-06-01"}]},
                     meta=META, now=NOW)
    assert m.display_name == "Asha"
    assert m.roles == {Role.ADVISOR, Role.SUPERVISOR}
    assert m.training[0].completed_on == date(2025, 6, 1)
    assert build_member(form_values(m), meta=META, now=NOW) == m


def test_member_errors():
    errors = validate_member({"display_name": "", "roles": [],
                              "training": [{"name": ""}]}, now=NOW)
    assert set(errors) == {"display_name", "roles", "training"}
    assert errors["training"] == "Training records, item 1: Training name is required."
    errors = validate_member({"display_name": "A", "roles": ["advisor"],
                              "training": [{"name": "x", "completed_on": date(2027, 1, 1)}]},
                             now=NOW)
    assert "future" in errors["training"]


def test_account_username():
    assert build_account({"member_id": "m1", "username": "Advisor01"},
                         meta=META).username == "advisor01"
    assert "username" in validate_account({"member_id": "m1", "username": "a b"})
    assert "username" in validate_account({"member_id": "m1", "username": "a"})
    assert "username" in validate_account({"member_id": "m1", "username": "x" * 65})


# -- supervision


def test_supervision_note_valid():
    n = build_supervision_note(supervision_values(), meta=META, now=NOW)
    assert n.actions == (SupervisionAction(text="Read module 2", owner_id="m-adv",
                                           due=date(2026, 4, 1), done=False),)
    assert build_supervision_note(form_values(n), meta=META, now=NOW) == n


@pytest.mark.parametrize("over,field", [
    ({"advisor_ids": ["a", "b"]}, "advisor_ids"),
    ({"advisor_ids": []}, "advisor_ids"),
    ({"next_date": date(2026, 3, 10)}, "next_date"),
    ({"on": date(2026, 3, 16)}, "on"),
    ({"discussion": "", "shared_summary": ""}, "discussion"),
    ({"actions": [{"text": ""}]}, "actions"),
    ({"actions": [{"text": "x"}] * 51}, "actions"),
    ({"format": "webinar"}, "format"),
])
def test_supervision_errors(over, field):
    assert field in validate_supervision_note(supervision_values(**over), now=NOW)


def test_group_supervision_many_advisors():
    v = supervision_values(format="group", advisor_ids=["a", "b", "c"])
    assert validate_supervision_note(v, now=NOW) == {}


# -- escalations, events, disclosures, resources, breaches


def test_escalation():
    assert validate_escalation(escalation_values(), now=NOW) == {}
    errors = validate_escalation(escalation_values(categories=[], level="severe",
                                                   description=" "), now=NOW)
    assert set(errors) == {"categories", "level", "description"}


def test_events():
    base = {"escalation_id": "e1", "at": NOW, "by": "m1"}
    assert validate_event({**base, "kind": "transition", "from_state": "open",
                           "to_state": "acknowledged"}, now=NOW) == {}
    assert "to_state" in validate_event({**base, "kind": "transition",
                                         "from_state": "open"}, now=NOW)
    assert "action_type" in validate_event({**base, "kind": "action"}, now=NOW)
    assert validate_event({**base, "kind": "action", "action_type": "referral"}, now=NOW) == {}
    assert "note" in validate_event({**base, "kind": "note"}, now=NOW)
    assert "to_state" in validate_event({**base, "kind": "note", "note": "x",
                                         "to_state": "closed"}, now=NOW)


def test_disclosure_requires_advisee_knew_answer():
    v = {"escalation_id": "e1", "at": NOW, "told_whom": "Duty doctor",
         "what_was_shared": "Risk level", "why": "Imminent risk", "advisee_knew": None}
    assert set(validate_disclosure(v, now=NOW)) == {"advisee_knew"}
    assert validate_disclosure({**v, "advisee_knew": False}, now=NOW) == {}


def test_referral_resource():
    v = {"name": "Helpline", "kind": "helpline", "phone": "+91 (11) 2345-6789"}
    assert validate_referral_resource(v, now=NOW) == {}
    assert "phone" in validate_referral_resource({**v, "phone": "call me"}, now=NOW)
    assert "verified_at" in validate_referral_resource({**v, "verified_at": NOW}, now=NOW)


def test_breach():
    v = {"agreement_id": "g1", "at": NOW, "kind": "other", "note": ""}
    assert "note" in validate_breach(v, now=NOW)
    assert validate_breach({**v, "kind": "gifts_or_money"}, now=NOW) == {}
    assert "at" in validate_breach({**v, "kind": "gifts_or_money",
                                    "at": NOW + timedelta(days=2)}, now=NOW)


def test_issued_report():
    meta = RecordMeta.new(by="m-sup", now=datetime(2026, 3, 1, tzinfo=UTC))
    r = build_issued_report(meta=meta, kind="accountability",
                            params={"to": "2026-02-28", "from": "2026-02-01"}, by="m-sup",
                            sha256="a" * 64)
    assert r.params == (("from", "2026-02-01"), ("to", "2026-02-28"))
    assert r.at == meta.created_at
    errors = validate_issued_report(kind="Bad Kind", params={"x": "a\nb"}, sha256="xyz")
    assert set(errors) == {"kind", "params", "sha256"}


def test_record_meta_versions():
    later = META.touched(by="m-sup", now=NOW + timedelta(hours=1))
    assert later.version == 2 and later.created_by == "m-coord" and later.updated_by == "m-sup"
    with pytest.raises(ValueError):
        RecordMeta.new(by="x", now=datetime(2026, 1, 1))
