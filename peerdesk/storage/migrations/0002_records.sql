-- Case records. Long text lives in *_text tables (1:1 with the record) so that the lists,
-- queues and reports that scan the main tables never decrypt note text (docs/performance.md).
-- Limits mirror peerdesk/domain/limits.py: names 200, lines 500, notes 50,000 characters.

CREATE TABLE advisees (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 4 AND 20),
    consent_date TEXT,
    consent_scopes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(consent_scopes)),
    consent_withdrawn_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
    closed_on TEXT,
    advisor_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(advisor_ids)),
    erased_at TEXT
);
CREATE TABLE advisees_text (
    id TEXT PRIMARY KEY REFERENCES advisees(id),
    display_name TEXT NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
    contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 500),
    closed_reason TEXT NOT NULL DEFAULT '' CHECK (length(closed_reason) <= 500)
);
-- Which advisor is assigned to which advisee, for permission checks and lists.
CREATE TABLE advisee_advisors (
    advisee_id TEXT NOT NULL REFERENCES advisees(id),
    advisor_id TEXT NOT NULL REFERENCES members(id),
    PRIMARY KEY (advisee_id, advisor_id)
) WITHOUT ROWID;
CREATE INDEX advisee_advisors_by_advisor ON advisee_advisors(advisor_id, advisee_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    advisee_id TEXT NOT NULL REFERENCES advisees(id),
    advisor_id TEXT NOT NULL REFERENCES members(id),
    start TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'video', 'in_person', 'chat')),
    themes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(themes) AND length(themes) <= 2000),
    follow_up TEXT,
    risk_noticed INTEGER NOT NULL DEFAULT 0 CHECK (risk_noticed IN (0, 1))
);
CREATE INDEX sessions_by_advisor_start ON sessions(advisor_id, start);
CREATE INDEX sessions_by_advisee_start ON sessions(advisee_id, start);
CREATE INDEX sessions_by_start ON sessions(start);
CREATE INDEX sessions_by_follow_up ON sessions(follow_up) WHERE follow_up IS NOT NULL;
CREATE TABLE sessions_text (
    id TEXT PRIMARY KEY REFERENCES sessions(id),
    summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 50000),
    next_steps TEXT NOT NULL DEFAULT '' CHECK (length(next_steps) <= 50000)
);

CREATE TABLE reflections (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id),
    author_id TEXT NOT NULL REFERENCES members(id),
    confidence INTEGER CHECK (confidence BETWEEN 1 AND 5),
    challenge_tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(challenge_tags)),
    wellbeing INTEGER CHECK (wellbeing BETWEEN 1 AND 5),
    supervision_request TEXT NOT NULL CHECK (supervision_request IN ('none', 'routine', 'urgent')),
    reviewed_at TEXT,
    reviewed_by TEXT
);
CREATE INDEX reflections_by_author ON reflections(author_id, created_at);
CREATE INDEX reflections_pending ON reflections(supervision_request, reviewed_at);
CREATE TABLE reflections_text (
    id TEXT PRIMARY KEY REFERENCES reflections(id),
    went_well TEXT NOT NULL DEFAULT '' CHECK (length(went_well) <= 50000),
    was_hard TEXT NOT NULL DEFAULT '' CHECK (length(was_hard) <= 50000),
    suggestions_made TEXT NOT NULL DEFAULT '' CHECK (length(suggestions_made) <= 50000)
);

CREATE TABLE agreements (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    advisor_id TEXT NOT NULL REFERENCES members(id),
    advisee_id TEXT NOT NULL REFERENCES advisees(id),
    channels TEXT NOT NULL CHECK (json_valid(channels)),
    contact_days TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contact_days)),
    contact_start TEXT,
    contact_end TEXT,
    max_sessions_per_month INTEGER CHECK (max_sessions_per_month BETWEEN 1 AND 60),
    max_session_minutes INTEGER CHECK (max_session_minutes BETWEEN 1 AND 600),
    start_date TEXT NOT NULL,
    review_date TEXT,
    end_date TEXT,
    clauses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(clauses)),
    advisee_ack_date TEXT,
    advisee_ack_how TEXT,
    advisor_ack_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'under_review', 'ended'))
);
CREATE INDEX agreements_by_pair ON agreements(advisor_id, advisee_id);
CREATE INDEX agreements_by_advisee ON agreements(advisee_id);
CREATE INDEX agreements_by_status ON agreements(status, review_date);
CREATE TABLE agreements_text (
    id TEXT PRIMARY KEY REFERENCES agreements(id),
    free_text TEXT NOT NULL DEFAULT '' CHECK (length(free_text) <= 20000)
);

CREATE TABLE breaches (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    agreement_id TEXT NOT NULL REFERENCES agreements(id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX breaches_by_agreement ON breaches(agreement_id, at);
CREATE TABLE breaches_text (
    id TEXT PRIMARY KEY REFERENCES breaches(id),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 50000)
);

CREATE TABLE supervision_notes (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    supervisor_id TEXT NOT NULL REFERENCES members(id),
    advisor_ids TEXT NOT NULL CHECK (json_valid(advisor_ids)),
    "on" TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('one_to_one', 'group')),
    session_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(session_ids)),
    reflection_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reflection_ids)),
    escalation_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(escalation_ids)),
    actions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(actions) AND length(actions) <= 200000),
    next_date TEXT
);
CREATE INDEX supervision_notes_by_date ON supervision_notes("on");
CREATE TABLE supervision_notes_text (
    id TEXT PRIMARY KEY REFERENCES supervision_notes(id),
    discussion TEXT NOT NULL DEFAULT '' CHECK (length(discussion) <= 50000),
    shared_summary TEXT NOT NULL DEFAULT '' CHECK (length(shared_summary) <= 50000),
    training_needs TEXT NOT NULL DEFAULT '' CHECK (length(training_needs) <= 50000)
);
-- Which advisors a note is about (for "about self" reads and coverage).
CREATE TABLE supervision_advisors (
    note_id TEXT NOT NULL REFERENCES supervision_notes(id),
    advisor_id TEXT NOT NULL REFERENCES members(id),
    "on" TEXT NOT NULL,
    PRIMARY KEY (note_id, advisor_id)
) WITHOUT ROWID;
CREATE INDEX supervision_advisors_by_advisor ON supervision_advisors(advisor_id, "on");

CREATE TABLE escalations (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    advisee_id TEXT NOT NULL REFERENCES advisees(id),
    raised_by TEXT NOT NULL REFERENCES members(id),
    raised_at TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('concern', 'moderate', 'high', 'imminent')),
    categories TEXT NOT NULL CHECK (json_valid(categories)),
    state TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'action_taken',
        'contact_confirmed', 'monitoring', 'resolved', 'closed')),
    ack_due TEXT NOT NULL,
    acknowledged_at TEXT,
    closed_at TEXT
);
CREATE INDEX escalations_by_state ON escalations(state, ack_due);
CREATE INDEX escalations_by_advisee ON escalations(advisee_id, raised_at);
CREATE INDEX escalations_by_raised ON escalations(raised_at);
CREATE TABLE escalations_text (
    id TEXT PRIMARY KEY REFERENCES escalations(id),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 50000),
    immediate_action TEXT NOT NULL DEFAULT '' CHECK (length(immediate_action) <= 50000)
);

-- Escalation events and disclosures are append-only, like the audit table.
CREATE TABLE escalation_events (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    escalation_id TEXT NOT NULL REFERENCES escalations(id),
    kind TEXT NOT NULL CHECK (kind IN ('transition', 'note', 'action')),
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT,
    action_type TEXT
);
CREATE INDEX escalation_events_by_escalation ON escalation_events(escalation_id, at);
CREATE TABLE escalation_events_text (
    id TEXT PRIMARY KEY REFERENCES escalation_events(id),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 50000)
);

CREATE TABLE disclosures (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    escalation_id TEXT NOT NULL REFERENCES escalations(id),
    at TEXT NOT NULL,
    advisee_knew INTEGER NOT NULL CHECK (advisee_knew IN (0, 1))
);
CREATE INDEX disclosures_by_escalation ON disclosures(escalation_id, at);
CREATE TABLE disclosures_text (
    id TEXT PRIMARY KEY REFERENCES disclosures(id),
    told_whom TEXT NOT NULL CHECK (length(told_whom) <= 200),
    role_or_organisation TEXT NOT NULL DEFAULT '' CHECK (length(role_or_organisation) <= 200),
    what_was_shared TEXT NOT NULL CHECK (length(what_was_shared) <= 50000),
    why TEXT NOT NULL CHECK (length(why) <= 50000)
);

CREATE TABLE referral_resources (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind TEXT NOT NULL CHECK (kind IN ('helpline', 'clinic', 'emergency', 'other')),
    phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    hours TEXT NOT NULL DEFAULT '' CHECK (length(hours) <= 500),
    verified_at TEXT,
    verified_by TEXT
);
CREATE TABLE referral_resources_text (
    id TEXT PRIMARY KEY REFERENCES referral_resources(id),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 50000)
);

CREATE TABLE issued_reports (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT, deleted_by TEXT,
    kind TEXT NOT NULL CHECK (length(kind) <= 60),
    params TEXT NOT NULL CHECK (json_valid(params) AND length(params) <= 10000),
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64)
);

-- Prior versions of every record (who changed it, when, and the fields that changed).
CREATE TABLE record_history (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_fields TEXT NOT NULL CHECK (json_valid(changed_fields)),
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
    PRIMARY KEY (kind, record_id, version)
) WITHOUT ROWID;

-- Group-editable list of session themes.
CREATE TABLE themes (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) WITHOUT ROWID;

-- Full-text search over note text, inside the encrypted database. ``owner`` and
-- ``advisee_id`` let searches respect permissions without reading the records.
CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    kind UNINDEXED,
    record_id UNINDEXED,
    advisee_id UNINDEXED,
    owner UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Maps a record to its row in search_index, so an edit replaces exactly one entry.
CREATE TABLE search_docs (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    doc INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
