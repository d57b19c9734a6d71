"""Field limits, in characters (after NFC normalisation), and list sizes.

The same numbers are used by the desktop forms, the importer, the services and
(mirrored as CHECK constraints) the database. Chosen from security.md §6.2 I3:
a note body of 50,000 characters still lays out in a PDF in well under 5 s,
while a 200,000-character field took 19 s.
"""

from __future__ import annotations

from typing import Final

#: Names, usernames, codes and other short identifying fields.
NAME_MAX: Final = 200
#: Other single-line fields (contact, phone hours, "told whom", ack method note...).
LINE_MAX: Final = 500
#: Notes, session summaries, next steps, reflection text, discussions, descriptions.
NOTE_MAX: Final = 50_000
#: Free-text clauses of a boundary agreement, shared supervision summaries.
CLAUSE_MAX: Final = 20_000
#: One theme or tag.
TAG_MAX: Final = 60
#: Themes on one session.
THEMES_PER_SESSION_MAX: Final = 20
#: Action items on one supervision note.
ACTIONS_PER_NOTE_MAX: Final = 50
#: Training records of one member.
TRAINING_RECORDS_MAX: Final = 200
#: Linked sessions, reflections or escalations on one supervision note (each).
LINKS_PER_NOTE_MAX: Final = 500
#: Advisors assigned to one advisee / advisors at one supervision note.
ADVISORS_PER_RECORD_MAX: Final = 60
#: Usernames: short and easy to type at an unlock prompt.
USERNAME_MIN: Final = 2
USERNAME_MAX: Final = 64
#: Phone numbers of referral resources (digits and separators).
PHONE_MAX: Final = 40
#: Report parameters (key/value pairs) on one issued-report register entry.
REPORT_PARAMS_MAX: Final = 50

#: Session length, minutes.
SESSION_MINUTES_MIN: Final = 1
SESSION_MINUTES_MAX: Final = 600
#: A session may be logged at most this many hours ahead of "now" (clock skew,
#: a session logged just before it starts); anything later is a typing mistake.
SESSION_FUTURE_TOLERANCE_HOURS: Final = 24
#: Cap on sessions per month an agreement may set.
SESSIONS_PER_MONTH_MAX: Final = 60
#: Scales used in reflections.
SCALE_MIN: Final = 1
SCALE_MAX: Final = 5
#: Earliest year accepted for any date (catches "0026" for "2026").
EARLIEST_YEAR: Final = 2000
