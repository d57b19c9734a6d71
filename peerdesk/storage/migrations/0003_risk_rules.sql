-- Rules for risk records and the indexes that the queues, the register and erasure use.

-- Escalation events and disclosures are append-only (docs/domain.md): their rows can never be
-- changed or removed. Their text may only be blanked, which is what erasure does when an
-- advisee's records are erased (consent withdrawn, retention ended); it is never rewritten.
CREATE TRIGGER escalation_events_no_update BEFORE UPDATE ON escalation_events
BEGIN
    SELECT RAISE(ABORT, 'escalation events are append-only');
END;

CREATE TRIGGER escalation_events_no_delete BEFORE DELETE ON escalation_events
BEGIN
    SELECT RAISE(ABORT, 'escalation events are append-only');
END;

CREATE TRIGGER escalation_events_text_blank_only BEFORE UPDATE ON escalation_events_text
WHEN NEW.id IS NOT OLD.id OR NEW.note <> ''
BEGIN
    SELECT RAISE(ABORT, 'escalation events are append-only');
END;

CREATE TRIGGER escalation_events_text_no_delete BEFORE DELETE ON escalation_events_text
BEGIN
    SELECT RAISE(ABORT, 'escalation events are append-only');
END;

CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;

CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;

CREATE TRIGGER disclosures_text_blank_only BEFORE UPDATE ON disclosures_text
WHEN NEW.id IS NOT OLD.id OR NEW.told_whom <> '' OR NEW.role_or_organisation <> ''
    OR NEW.what_was_shared <> '' OR NEW.why <> ''
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;

CREATE TRIGGER disclosures_text_no_delete BEFORE DELETE ON disclosures_text
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;

-- Queues: reflections owed (an advisor's recent sessions), agreements by advisor, breaches
-- and events by record for erasure, the issued-report register by author.
CREATE INDEX agreements_by_advisor_status ON agreements(advisor_id, status);
CREATE INDEX issued_reports_by_at ON issued_reports(at);
CREATE INDEX advisees_by_status ON advisees(status, closed_on);
