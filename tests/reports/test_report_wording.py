"""Reports and the desktop app use the same words for every vocabulary value."""

from __future__ import annotations

from peerdesk.domain import wording
from peerdesk.domain.vocab import ChallengeTag, Channel, EscalationState, SupervisionRequest
from peerdesk.reports import wording as report_words
from ui import labels


def test_one_source_for_vocabulary_words():
    """The app reads the domain's words (in the interface's language, through
    ``ui.labels.Words``); the reports keep their own short, translatable forms (marked for
    gettext), which must say the same as the domain's words."""
    assert labels.CATEGORIES.table is wording.CATEGORIES
    assert dict(labels.CATEGORIES) == wording.CATEGORIES  # English: the words themselves
    assert wording.CATEGORIES["abuse_safeguarding"] == "Abuse or safeguarding"
    assert report_words.word(report_words.CATEGORIES, "abuse_safeguarding") == \
        "abuse or safeguarding"
    for table, report_table in ((wording.CATEGORIES, report_words.CATEGORIES),
                                (wording.STATES, report_words.STATES),
                                (wording.CHANNEL_LABELS, report_words.CHANNELS),
                                (wording.LEVELS, report_words.LEVELS),
                                (wording.AGREEMENT_STATUS, report_words.AGREEMENT_STATUS),
                                (wording.ROLE_LABELS, report_words.ROLES)):
        assert {str(k) for k in table} == set(report_table)
        for key, text in table.items():
            assert report_table[str(key)].lower() == text.lower(), key
    # Challenges: the form asks in the first person, the report names the same thing.
    assert {str(k) for k in wording.CHALLENGE_LABELS} == set(report_words.CHALLENGES)


def test_every_value_has_a_label():
    for enum, table in ((Channel, wording.CHANNEL_LABELS), (ChallengeTag, wording.CHALLENGE_LABELS),
                        (SupervisionRequest, wording.REQUEST_LABELS),
                        (EscalationState, wording.STATES)):
        assert {str(v) for v in enum} <= {str(k) for k in table}, enum


def test_durations_read_without_a_trailing_zero() -> None:
    from datetime import timedelta

    from peerdesk.services.report_data import duration_label

    assert duration_label(timedelta(hours=1)) == "1 h"
    assert duration_label(timedelta(hours=24)) == "24 h"
    assert duration_label(timedelta(hours=1, minutes=30)) == "1.5 h"
    assert duration_label(timedelta(days=3)) == "3 days"
    assert duration_label(timedelta(minutes=20)) == "20 min"
