"""The audit log's words in the interface's language: what each recorded action was, the
kinds of action the filter offers, and what each event's record is.

The log stores an action as ``kind.verb`` ("session.created"); the English shown is the
same words with spaces ("session created"), and each known action has its own entry for
translators, because Hindi does not build the phrase word by word. An action this table
does not know (a newer version's) reads as its English words. The kinds' English
wordings are the audit service's (``peerdesk/services/audit.py`` KIND_WORDS); a kind this
table does not know keeps the service's words.

A record is named from the facts the service gives (``RecordName``: kind, code or name,
local day, other party, deleted, erased), cut into pieces by the core
(``peerdesk/services/audit_names.pieces``: which facts name which kind of record); this
module only words each piece, so the English interface reads exactly as the core's English
("Session · PS-0142 · 12 Nov 2026") and Hindi as "सेशन · PS-0142 · 12 नवंबर 2026". Each phrase
that takes a value is one sentence for translators ("Login of %1"), because Hindi puts the
name first; the day goes through ``ui.labels.fmt_date`` (month names in the interface's
language, Latin digits, never the machine's locale).
"""

from __future__ import annotations

from peerdesk.domain.message import Term
from peerdesk.services.audit_names import Piece, RecordName, pieces
from ui import labels
from ui.language import QT_TRANSLATE_NOOP, message
from ui.translated import fill, translate

ACTIONS: dict[str, str] = {
    "account.added": QT_TRANSLATE_NOOP("AuditWords", "account added"),
    "account.passphrase_changed": QT_TRANSLATE_NOOP("AuditWords", "account passphrase changed"),
    "account.removed": QT_TRANSLATE_NOOP("AuditWords", "account removed"),
    "account.reset": QT_TRANSLATE_NOOP("AuditWords", "account reset"),
    "advisee.created": QT_TRANSLATE_NOOP("AuditWords", "advisee created"),
    "advisee.deleted": QT_TRANSLATE_NOOP("AuditWords", "advisee deleted"),
    "advisee.erased": QT_TRANSLATE_NOOP("AuditWords", "advisee erased"),
    "advisee.updated": QT_TRANSLATE_NOOP("AuditWords", "advisee updated"),
    "agreement.acknowledged": QT_TRANSLATE_NOOP("AuditWords", "agreement acknowledged"),
    "agreement.created": QT_TRANSLATE_NOOP("AuditWords", "agreement created"),
    "agreement.deleted": QT_TRANSLATE_NOOP("AuditWords", "agreement deleted"),
    "agreement.status_changed": QT_TRANSLATE_NOOP("AuditWords", "agreement status changed"),
    "agreement.updated": QT_TRANSLATE_NOOP("AuditWords", "agreement updated"),
    "breach.logged": QT_TRANSLATE_NOOP("AuditWords", "breach logged"),
    "demo.generated": QT_TRANSLATE_NOOP("AuditWords", "demo generated"),
    "device.baseline": QT_TRANSLATE_NOOP("AuditWords", "device baseline"),
    "device.created": QT_TRANSLATE_NOOP("AuditWords", "device created"),
    "escalation.disclosure_logged": QT_TRANSLATE_NOOP("AuditWords", "escalation disclosure logged"),
    "escalation.note_added": QT_TRANSLATE_NOOP("AuditWords", "escalation note added"),
    "escalation.raised": QT_TRANSLATE_NOOP("AuditWords", "escalation raised"),
    "escalation.transition": QT_TRANSLATE_NOOP("AuditWords", "escalation transition"),
    "export.written": QT_TRANSLATE_NOOP("AuditWords", "export written"),
    "import.records": QT_TRANSLATE_NOOP("AuditWords", "import records"),
    "import.csv": QT_TRANSLATE_NOOP("AuditWords", "import csv"),
    "import.json": QT_TRANSLATE_NOOP("AuditWords", "import json"),
    "member.created": QT_TRANSLATE_NOOP("AuditWords", "member created"),
    "member.updated": QT_TRANSLATE_NOOP("AuditWords", "member updated"),
    "referral.created": QT_TRANSLATE_NOOP("AuditWords", "referral created"),
    "referral.deleted": QT_TRANSLATE_NOOP("AuditWords", "referral deleted"),
    "referral.updated": QT_TRANSLATE_NOOP("AuditWords", "referral updated"),
    "referral.verified": QT_TRANSLATE_NOOP("AuditWords", "referral verified"),
    "reflection.created": QT_TRANSLATE_NOOP("AuditWords", "reflection created"),
    "reflection.reviewed": QT_TRANSLATE_NOOP("AuditWords", "reflection reviewed"),
    "reflection.updated": QT_TRANSLATE_NOOP("AuditWords", "reflection updated"),
    "report.issued": QT_TRANSLATE_NOOP("AuditWords", "report issued"),
    "role.granted": QT_TRANSLATE_NOOP("AuditWords", "role granted"),
    "role.revoked": QT_TRANSLATE_NOOP("AuditWords", "role revoked"),
    "session.created": QT_TRANSLATE_NOOP("AuditWords", "session created"),
    "session.deleted": QT_TRANSLATE_NOOP("AuditWords", "session deleted"),
    "session.updated": QT_TRANSLATE_NOOP("AuditWords", "session updated"),
    "settings.language_changed": QT_TRANSLATE_NOOP("AuditWords", "settings language changed"),
    "settings.theme_added": QT_TRANSLATE_NOOP("AuditWords", "settings theme added"),
    "settings.theme_changed": QT_TRANSLATE_NOOP("AuditWords", "settings theme changed"),
    "settings.updated": QT_TRANSLATE_NOOP("AuditWords", "settings updated"),
    "supervision_note.action_done": QT_TRANSLATE_NOOP("AuditWords", "supervision note action done"),
    "supervision_note.created": QT_TRANSLATE_NOOP("AuditWords", "supervision note created"),
    "supervision_note.deleted": QT_TRANSLATE_NOOP("AuditWords", "supervision note deleted"),
    "supervision_note.updated": QT_TRANSLATE_NOOP("AuditWords", "supervision note updated"),
    "vault.backup": QT_TRANSLATE_NOOP("AuditWords", "vault backup"),
    "vault.content_baseline": QT_TRANSLATE_NOOP("AuditWords", "vault content baseline"),
    "vault.created": QT_TRANSLATE_NOOP("AuditWords", "vault created"),
    "vault.key_rotated": QT_TRANSLATE_NOOP("AuditWords", "vault key rotated"),
    "vault.locked": QT_TRANSLATE_NOOP("AuditWords", "vault locked"),
    "vault.restored": QT_TRANSLATE_NOOP("AuditWords", "vault restored"),
    "vault.unlocked": QT_TRANSLATE_NOOP("AuditWords", "vault unlocked"),
}

KINDS: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("AuditWords", "Logins"),
    "advisee": QT_TRANSLATE_NOOP("AuditWords", "Advisees"),
    "agreement": QT_TRANSLATE_NOOP("AuditWords", "Agreements"),
    "breach": QT_TRANSLATE_NOOP("AuditWords", "Breaches"),
    "demo": QT_TRANSLATE_NOOP("AuditWords", "Demo data"),
    "escalation": QT_TRANSLATE_NOOP("AuditWords", "Escalations"),
    "export": QT_TRANSLATE_NOOP("AuditWords", "Exports"),
    "import": QT_TRANSLATE_NOOP("AuditWords", "Imports"),
    "member": QT_TRANSLATE_NOOP("AuditWords", "Members"),
    "referral": QT_TRANSLATE_NOOP("AuditWords", "Referral directory"),
    "reflection": QT_TRANSLATE_NOOP("AuditWords", "Reflections"),
    "report": QT_TRANSLATE_NOOP("AuditWords", "Reports"),
    "session": QT_TRANSLATE_NOOP("AuditWords", "Sessions"),
    "settings": QT_TRANSLATE_NOOP("AuditWords", "Settings"),
    "supervision_note": QT_TRANSLATE_NOOP("AuditWords", "Supervision"),
    "vault": QT_TRANSLATE_NOOP("AuditWords", "Vault: open, lock, backup"),
}


def english(action: str) -> str:
    """``session.created`` -> ``session created``."""
    kind, _, verb = action.partition(".")
    return f"{kind.replace('_', ' ')} {verb.replace('_', ' ')}".strip()


def action_words(action: str) -> str:
    """What a recorded action was, as the log's "What" column shows it."""
    known = ACTIONS.get(action)
    return translate("AuditWords", known) if known else english(action)


def kind_words(kind: str, service_words: str) -> str:
    """A kind of action as the filter offers it (the service's words when unknown)."""
    known = KINDS.get(kind)
    return translate("AuditWords", known) if known else service_words


#: The noun of each kind of record in the "Record" column; a kind not listed (a newer
#: version's) is named by its key, as the core names it.
NOUNS: dict[str, str] = {
    "advisee": QT_TRANSLATE_NOOP("AuditWords", "Advisee"),
    "session": QT_TRANSLATE_NOOP("AuditWords", "Session"),
    "reflection": QT_TRANSLATE_NOOP("AuditWords", "Reflection"),
    "agreement": QT_TRANSLATE_NOOP("AuditWords", "Agreement"),
    "breach": QT_TRANSLATE_NOOP("AuditWords", "Breach"),
    "escalation": QT_TRANSLATE_NOOP("AuditWords", "Escalation"),
    "supervision_note": QT_TRANSLATE_NOOP("AuditWords", "Supervision note"),
    "member": QT_TRANSLATE_NOOP("AuditWords", "Member"),
    "account": QT_TRANSLATE_NOOP("AuditWords", "Login"),
    "referral_resource": QT_TRANSLATE_NOOP("AuditWords", "Referral"),
    "issued_report": QT_TRANSLATE_NOOP("AuditWords", "Report"),
    "vault": QT_TRANSLATE_NOOP("AuditWords", "The vault"),
    "settings": QT_TRANSLATE_NOOP("AuditWords", "Settings"),
    #: This laptop's keys, added to the vault (the core names it by its key).
    "device": QT_TRANSLATE_NOOP("AuditWords", "device"),
}

#: The kind of an issued report, after the noun "Report" ("Report · accountability").
REPORT_KINDS: dict[str, str] = {
    #: The kind of a report: the accountability report.
    "accountability": QT_TRANSLATE_NOOP("AuditWords", "accountability"),
    #: The kind of a report: an advisor report (one advisor's practice).
    "advisor": QT_TRANSLATE_NOOP("AuditWords", "advisor"),
    #: The kind of a report: the full record of one escalation.
    "escalation": QT_TRANSLATE_NOOP("AuditWords", "escalation"),
}


def _piece_words(piece: Piece) -> str:
    what, text = piece.what, piece.text
    if what == "noun":
        known = NOUNS.get(text)
        return translate("AuditWords", known) if known else text
    if what == "erased_advisee":
        return translate("AuditWords", "an erased advisee")
    if what == "erased":
        return translate("AuditWords", "erased", "an advisee")
    if what == "day":
        return labels.fmt_date(piece.day)
    if what == "session_of":
        return fill(translate("AuditWords", "session of %1"), labels.fmt_date(piece.day))
    if what == "with":
        return fill(translate("AuditWords", "with %1"), text)
    if what == "report_kind":
        report = REPORT_KINDS.get(text)
        return translate("AuditWords", report) if report else text.replace("_", " ")
    if what == "login_of":
        return fill(translate("AuditWords", "Login of %1"), text)
    return text


def record_words(name: RecordName) -> str:
    """What an event's record is, as the log's "Record" column shows it."""
    text = " · ".join(_piece_words(p) for p in pieces(name))
    return fill(translate("AuditWords", "%1 (deleted)"), text) if name.deleted else text


def actor_words(name: str) -> str:
    """Who acted: a member's name as it is; "Recovery key" or "a removed account" (the
    service's words, not a name) in the interface's language."""
    return message(name) if isinstance(name, Term) else name
