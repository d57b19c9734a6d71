"""Valid example values for each record, used by the domain tests."""

from datetime import UTC, date, datetime, time

from peerdesk.domain.model import RecordMeta

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
META = RecordMeta.new(by="m-coord", now=NOW)


def session_values(**over):
    v = {
        "advisee_id": "a-1", "advisor_id": "m-adv", "start": datetime(2026, 3, 14, 10, 0,
                                                                       tzinfo=UTC),
        "duration_minutes": 50, "channel": "phone", "themes": ["sleep", "family", "sleep"],
        "summary": "Talked about sleep.\r\nAgreed to try a routine.", "next_steps": "",
        "follow_up": date(2026, 3, 21), "risk_noticed": False,
    }
    v.update(over)
    return v


def reflection_values(**over):
    v = {"session_id": "s-1", "author_id": "m-adv", "went_well": "Listening.",
         "was_hard": "", "suggestions_made": "A routine", "confidence": 3,
         "challenge_tags": ["unsure_what_to_say"], "wellbeing": 4,
         "supervision_request": "routine", "reviewed_at": None, "reviewed_by": None}
    v.update(over)
    return v


def agreement_values(**over):
    v = {"advisor_id": "m-adv", "advisee_id": "a-1", "channels": ["phone", "chat"],
         "contact_days": ["mon", "wed", "fri"], "contact_start": time(10, 0),
         "contact_end": time(18, 0), "max_sessions_per_month": 4, "max_session_minutes": 60,
         "start_date": date(2026, 1, 1), "review_date": date(2026, 7, 1), "end_date": None,
         "clauses": ["confidentiality_limits", "crisis_plan"], "free_text": "",
         "advisee_ack_date": date(2026, 1, 2), "advisee_ack_how": "signed_paper",
         "advisor_ack_date": date(2026, 1, 2), "status": "active"}
    v.update(over)
    return v


def advisee_values(**over):
    v = {"code": "ps-0142", "display_name": "", "contact": "",
         "consent_date": date(2026, 1, 1), "consent_scopes": ["keep_records"],
         "consent_withdrawn_on": None, "status": "active", "closed_on": None,
         "closed_reason": "", "advisor_ids": ["m-adv"]}
    v.update(over)
    return v


def supervision_values(**over):
    v = {"supervisor_id": "m-sup", "advisor_ids": ["m-adv"], "on": date(2026, 3, 10),
         "format": "one_to_one", "session_ids": ["s-1"], "reflection_ids": ["r-1"],
         "escalation_ids": [], "discussion": "Boundaries.", "shared_summary": "Keep to hours.",
         "actions": [{"text": "Read module 2", "owner_id": "m-adv", "due": "2026-04-01",
                      "done": False}],
         "training_needs": "", "next_date": date(2026, 4, 10)}
    v.update(over)
    return v


def escalation_values(**over):
    v = {"advisee_id": "a-1", "raised_by": "m-adv", "raised_at": NOW, "level": "high",
         "categories": ["self_harm_or_suicidal"], "description": "Said they feel hopeless.",
         "immediate_action": "", "state": "open"}
    v.update(over)
    return v
