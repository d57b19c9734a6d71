"""Every refusal the permission table can give reads as a whole Hindi sentence, with the
roles by their glossary names and no English left, and keeps its English word for word;
and real refusals (an advisor restoring or making a backup) are shown in Hindi in the real
dialogs."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

import pytest

from peerdesk.domain.permissions import (
    APPLICABLE,
    Action,
    Actor,
    Resource,
    Role,
    Scope,
    allowed,
    check,
    grant_scope,
)
from peerdesk.errors import PermissionDenied
from tests.support.vaults import PASSPHRASES

LATIN_WORD = re.compile("[A-Za-z]{2,}")
ROLE_SETS = [frozenset(c) for n in (1, 2, 3) for c in itertools.combinations(Role, n)]
FLAGS = list(itertools.product((False, True), repeat=3))

_VERB = {
    "read": "read", "create": "create", "update": "change", "delete": "delete",
    "manage": "manage", "acknowledge": "acknowledge", "review": "review", "close": "close",
    "verify": "verify", "raise": "raise", "add_event": "add events to",
    "read_existence": "see the list of", "read_shared": "read the shared part of",
    "mark_done": "mark actions done on",
}
_ONE = {
    "members": "a member", "accounts": "an account", "settings": "the settings",
    "backup": "backups", "advisees": "an advisee", "sessions": "a session",
    "reflections": "a reflection", "agreements": "a boundary agreement",
    "supervision_notes": "a supervision note", "escalations": "an escalation",
    "reports": "a report", "audit": "the audit log",
    "referral_resources": "a referral resource",
}
_MANY = {
    "members": "members", "accounts": "accounts", "settings": "settings", "backup": "backups",
    "advisees": "advisees", "sessions": "sessions", "reflections": "reflections",
    "agreements": "boundary agreements", "supervision_notes": "supervision notes",
    "escalations": "escalations", "reports": "reports", "audit": "audit log entries",
    "referral_resources": "referral resources",
}


def _english_as_before(roles: frozenset[Role], action: Action, resource: Resource) -> str:
    """The refusal's English exactly as the app has always worded it."""
    verb = _VERB[action]
    target = _MANY[resource] if action is Action.READ_EXISTENCE else _ONE[resource]
    scoped = {s for r in roles if (s := grant_scope(r, action, resource)) is not None}
    if Scope.OPERATIONAL in scoped:
        return "You can only produce and read operational reports (without note text)."
    if Scope.ASSIGNED in scoped:
        if resource is Resource.ADVISEES:
            return f"You can only {verb} advisees assigned to you."
        return f"You can only {verb} {_MANY[resource]} of advisees assigned to you."
    if Scope.OWN in scoped:
        if resource is Resource.SUPERVISION_NOTES and action is Action.MARK_DONE:
            return "You can only tick your own actions done, in supervision notes about you."
        if resource is Resource.SUPERVISION_NOTES:
            return f"You can only {verb} supervision notes about you."
        if resource is Resource.REPORTS:
            return "You can only produce and read reports about yourself."
        return f"You can only {verb} your own {_MANY[resource]}."
    names = [r.value for r in Role if grant_scope(r, action, resource) is not None]
    if not names:
        return f"Nobody can {verb} {target}."
    article = "an" if names[0][0] in "aeiou" else "a"
    return f"Only {article} {' or '.join(names)} can {verb} {target}."


def _refusals() -> Iterator[tuple[frozenset[Role], Action, Resource, PermissionDenied]]:
    for roles, resource in itertools.product(ROLE_SETS, Resource):
        actor = Actor("m", "a", roles)
        for action in sorted(APPLICABLE[resource]):
            for owns, assigned, operational in FLAGS:
                flags = {"owns": owns, "assigned": assigned, "operational": operational}
                if allowed(actor, action, resource, **flags):
                    continue
                with pytest.raises(PermissionDenied) as refused:
                    check(actor, action, resource, **flags)
                yield roles, action, resource, refused.value


@pytest.mark.usefixtures("hindi")
def test_every_refusal_of_the_table_is_whole_hindi_and_the_same_english() -> None:
    from ui.worker import user_message

    seen: dict[str, str] = {}
    for roles, action, resource, refused in _refusals():
        english = str(refused)
        assert english == _english_as_before(roles, action, resource), (roles, action)
        shown = user_message(refused)
        assert shown != english and not LATIN_WORD.search(shown), (english, shown)
        assert shown.endswith("।"), shown
        seen[english] = shown
    assert len(seen) >= 70  # every sentence shape, not a few
    assert seen["Only a supervisor can close an escalation."] == (
        "जोखिम सूचना बंद करने का अधिकार सिर्फ़ मार्गदर्शक को है।")
    assert seen["Only a coordinator or supervisor can read the audit log."] == (
        "ऑडिट लॉग देखने का अधिकार सिर्फ़ संयोजक या मार्गदर्शक को है।")
    assert seen["Nobody can delete an escalation."] == (
        "जोखिम सूचना हटाने का अधिकार किसी को नहीं है।")
    assert seen["You can only read sessions of advisees assigned to you."] == (
        "आप सिर्फ़ उन्हीं सलाह लेने वालों के सेशन पढ़ सकते हैं जो आपको सौंपे गए हैं।")


def test_the_refusals_stay_english_in_english() -> None:
    from ui.worker import user_message

    for _roles, _action, _resource, refused in _refusals():
        assert user_message(refused) == str(refused)


@pytest.mark.usefixtures("hindi")
def test_an_advisor_restoring_a_backup_is_refused_in_hindi(qtbot: Any, ctx: Any, group: Any,
                                                           tmp_path: Any) -> None:
    from tests.ui.test_page_home import _backup_through_dialog
    from ui.dialogs.backup_restore import RestoreDialog

    out = tmp_path / "b.peerdesk-backup"
    _backup_through_dialog(qtbot, ctx, group.login("coord"), out)
    group.ws.lock()
    before = {p.name: p.read_bytes() for p in group.folder.iterdir()
              if p.is_file() and p.name != "peerdesk.lock"}
    restore = RestoreDialog(group.folder, ctx.worker, username="asha")
    qtbot.addWidget(restore)
    restore.file_edit.setText(str(out))
    restore.secret.setText(PASSPHRASES["asha"])
    restore.confirm.setChecked(True)
    restore.restore_button.click()
    ctx.worker.wait_idle()
    assert restore.result() != restore.DialogCode.Accepted
    shown = restore.banner.text()
    assert "वापस लाने का अधिकार सिर्फ़ इसी वॉल्ट के संयोजक को है" in shown, shown
    assert not LATIN_WORD.search(shown), shown
    assert {p.name: p.read_bytes() for p in group.folder.iterdir()
            if p.is_file() and p.name != "peerdesk.lock"} == before
    # Nor make one: the permission table's refusal, in Hindi, in the backup dialog.
    backup = _backup_through_dialog(qtbot, ctx, group.login("asha"),
                                    tmp_path / "asha.peerdesk-backup")
    assert not (tmp_path / "asha.peerdesk-backup").exists()
    shown = backup.banner.text()
    assert "बैकअप बनाने का अधिकार सिर्फ़ संयोजक या मार्गदर्शक को है।" in shown, shown
    assert not LATIN_WORD.search(shown), shown


@pytest.mark.usefixtures("hindi")
def test_a_refused_language_and_an_unknown_code_say_so_in_hindi(group: Any) -> None:
    from peerdesk.errors import NotFound, ValidationError
    from ui.language import message
    from ui.worker import user_message

    ws = group.login("coord")
    with pytest.raises(ValidationError) as refused:
        ws.settings.set_language("fr")
    problem = refused.value.errors["language"]  # shown beside the language choice
    assert problem == "Choose a language: en, hi."
    assert message(problem) == "भाषा चुनें: en, hi।"
    with pytest.raises(NotFound) as missing:
        ws.advisees.by_code("ps-9999")
    assert str(missing.value) == "No advisee with code PS-9999."
    assert user_message(missing.value) == "कोड PS-9999 वाले कोई सलाह लेने वाले नहीं हैं।"


@pytest.mark.usefixtures("hindi")
def test_a_period_outside_the_reports_range_says_so_in_hindi(group: Any) -> None:
    from datetime import date

    from peerdesk.errors import ValidationError
    from ui.language import message

    ws = group.login("coord")
    with pytest.raises(ValidationError) as refused:
        ws.reports.accountability(date(1999, 1, 1), date(1999, 1, 31))
    problem = next(iter(refused.value.errors.values()))
    assert problem == ("A report covers days from 01 Jan 2000 to 31 Dec 2099; choose a "
                       "period between them.")
    shown = message(problem)
    assert shown.startswith("रिपोर्ट में 01 ") and " 2099 तक के दिन ही" in shown, shown
    assert not LATIN_WORD.search(shown), shown
