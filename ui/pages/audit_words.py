"""The audit log's words in the interface's language: what each recorded action was and
the kinds of action the filter offers.

The log stores an action as ``kind.verb`` ("session.created"); the English shown is the
same words with spaces ("session created"), and each known action has its own entry for
translators, because Hindi does not build the phrase word by word. An action this table
does not know (a newer version's) reads as its English words. The kinds' English
wordings are the audit service's (``peerdesk/services/audit.py`` KIND_WORDS); a kind this
table does not know keeps the service's words.
"""

from __future__ import annotations

from ui.language import QT_TRANSLATE_NOOP
from ui.translated import translate

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
