"""Reports and the desktop app use the same words for every vocabulary value."""

from __future__ import annotations

from peerdesk.domain import wording
from peerdesk.domain.vocab import ChallengeTag, Channel, EscalationState, SupervisionRequest
from peerdesk.reports import wording as report_words
from ui import labels


def test_one_source_for_vocabulary_words():
    assert labels.CATEGORIES is wording.CATEGORIES
    assert wording.CATEGORIES["abuse_safeguarding"] == "Abuse or safeguarding"
    assert report_words.word(report_words.CATEGORIES, "abuse_safeguarding") == \
        "abuse or safeguarding"
    for table, report_table in ((wording.CATEGORIES, report_words.CATEGORIES),
                                (wording.STATES, report_words.STATES),
                                (wording.CHANNEL_LABELS, report_words.CHANNELS),
                                (wording.CHALLENGE_LABELS, report_words.CHALLENGES)):
        for key, text in table.items():
            assert report_table[str(key)].lower() == text.lower()


def test_every_value_has_a_label():
    for enum, table in ((Channel, wording.CHANNEL_LABELS), (ChallengeTag, wording.CHALLENGE_LABELS),
                        (SupervisionRequest, wording.REQUEST_LABELS),
                        (EscalationState, wording.STATES)):
        assert {str(v) for v in enum} <= {str(k) for k in table}, enum
