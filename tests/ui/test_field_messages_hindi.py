"""The core's field messages in Hindi on real forms: a message with details filled in
(``peerdesk.domain.message.Message``) is shown in the member's language, with the field's
Hindi name as the form shows it beside the field, numbers in Latin digits, and no English
left; and it keeps its template on its way from the worker thread to the form."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from peerdesk.domain.message import Message, Term
from peerdesk.errors import PermissionDenied, ValidationError
from tests.ui.test_dialogs_hindi import _no_widgets_of_other_tests  # noqa: F401 (autouse)

pytestmark = pytest.mark.usefixtures("themed")

LATIN_WORD = re.compile("[A-Za-z]{2,}")
DEVANAGARI_DIGIT = re.compile("[\u0966-\u096f]")


def _settle(ctx: Any) -> None:
    for _ in range(4):
        ctx.worker.wait_idle()
        QApplication.processEvents()


def _name_beside(field: Any) -> str:
    """The field's label as the form shows it, without its Alt letter: "सारांश"."""
    return re.sub(r"\s*\(&.\)", "", field.label.text()).replace("&", "").strip()


def _session_form(qtbot: Any, ctx: Any, ws: Any) -> Any:
    from ui.dialogs.session_form import SessionFormDialog

    form = SessionFormDialog(ws, ctx)
    form.confirm_discard = lambda: True
    qtbot.addWidget(form)
    form.show()
    _settle(ctx)
    return form


@pytest.mark.usefixtures("hindi")
def test_a_required_field_says_so_in_hindi_with_the_name_beside_it(qtbot: Any, ctx: Any,
                                                                   case: Any) -> None:
    form = _session_form(qtbot, ctx, case.ws)
    form.save()  # nothing written: the summary is required
    summary = form.fields["summary"]
    assert summary.error == f"{_name_beside(summary)}: यह भरना ज़रूरी है।" == (
        "सारांश: यह भरना ज़रूरी है।")
    assert summary.message.text() == summary.error
    assert summary.input.accessibleDescription() == summary.error
    assert not LATIN_WORD.search(summary.error)


@pytest.mark.usefixtures("hindi")
def test_a_too_long_note_says_so_in_hindi_with_latin_digits(qtbot: Any, ctx: Any,
                                                            case: Any) -> None:
    from peerdesk.domain.limits import NOTE_MAX

    form = _session_form(qtbot, ctx, case.ws)
    form.summary.setPlainText("अ" * (NOTE_MAX + 1))
    form.save()
    summary = form.fields["summary"]
    count, limit = f"{NOTE_MAX + 1:,}", f"{NOTE_MAX:,}"
    assert summary.error == (f"{_name_beside(summary)}: बहुत लंबा है, {count} अक्षर; "
                             f"ज़्यादा से ज़्यादा {limit} अक्षर हो सकते हैं।")
    assert not LATIN_WORD.search(summary.error)
    assert not DEVANAGARI_DIGIT.search(summary.error)
    # a theme is one of a list: the nested name is in Hindi too
    errors = form.validate({**form.values(), "themes": ["x" * 200]})
    from ui.language import message

    assert message(errors["themes"]).startswith("विषय में से एक: बहुत लंबा है, 200 अक्षर")


def test_the_same_form_in_english_says_what_it_always_said(qtbot: Any, ctx: Any,
                                                           case: Any) -> None:
    form = _session_form(qtbot, ctx, case.ws)
    form.summary.setPlainText("")
    form.save()
    assert form.fields["summary"].error == "Summary is required."
    errors = form.validate({**form.values(), "themes": ["x" * 200]})
    assert errors["themes"] == ("One of the themes is too long: 200 characters; the limit "
                                "is 60.")


@pytest.mark.usefixtures("hindi")
def test_a_message_made_on_the_worker_thread_keeps_its_template(qtbot: Any,
                                                                worker: Any) -> None:
    import threading

    from ui.dialogs.record_form import call_catching_validation

    made_on: list[int] = []

    def refuse() -> None:
        made_on.append(threading.get_ident())
        raise ValidationError(Message("{label} is required.", label=Term("Summary")),
                              "summary")

    # the form's way: the error comes back as the result, its problems map intact
    task = worker.submit(call_catching_validation, refuse)
    with qtbot.waitSignal(task.succeeded, timeout=5_000) as blocker:
        pass
    problem = blocker.args[0].errors["summary"]
    assert made_on[-1] != threading.get_ident()
    assert isinstance(problem, Message) and problem.template == "{label} is required."
    assert problem == "Summary is required."
    # the failed-task message of any other caller: rendered in the interface's language
    task = worker.submit(refuse)
    with qtbot.waitSignal(task.failed, timeout=5_000) as failed:
        pass
    assert failed.args == ["summary: सारांश: यह भरना ज़रूरी है।"]
    from ui.widgets.form_field import show_errors
    from ui.widgets.message_banner import task_errors

    kept = task_errors(task, failed.args[0])  # how other dialogs read a failed task's fields
    assert kept["summary"].template == "{label} is required."
    assert show_errors({}, kept) == {"summary": "सारांश: यह भरना ज़रूरी है।"}
    task = worker.submit(lambda: (_ for _ in ()).throw(PermissionDenied(
        Message("{name} is not an advisor.", name="Asha"))))
    with qtbot.waitSignal(task.failed, timeout=5_000) as failed:
        pass
    assert failed.args == ["Asha सलाहकार नहीं हैं।"]


@pytest.mark.usefixtures("hindi")
def test_the_reasons_roles_are_locked_are_in_hindi(qtbot: Any, ctx: Any, group: Any) -> None:
    from ui.dialogs.member_form import MemberFormDialog

    form = MemberFormDialog(group.ws, ctx, group.ids["asha"])
    qtbot.addWidget(form)
    form.show()
    _settle(ctx)
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    _settle(ctx)
    reason = "मार्गदर्शक की भूमिका सिर्फ़ मार्गदर्शक ही दे या हटा सकते हैं।"
    assert form.roles["supervisor"].toolTip() == reason
    assert form.role_reason.text() == reason


@pytest.mark.usefixtures("hindi")
def test_a_name_claimed_by_an_import_is_marked_in_hindi_and_never_translated() -> None:
    from peerdesk.services.import_claims import claimed
    from ui.language import message

    assert claimed("Summary") == "Summary (claimed by an import)"
    assert message(claimed("Summary")) == "Summary (इंपोर्ट फ़ाइल का दावा)"


@pytest.mark.usefixtures("hindi")
def test_an_escalation_move_that_is_refused_says_why_in_hindi() -> None:
    from peerdesk.domain.escalation import S, check_transition
    from peerdesk.domain.vocab import Role
    from peerdesk.errors import InvalidTransition
    from ui.worker import user_message

    with pytest.raises(InvalidTransition) as impossible:
        check_transition(S.OPEN, S.CLOSED, {Role.SUPERVISOR})
    assert str(impossible.value) == ("An escalation that is open cannot become closed; it "
                                     "can become: acknowledged, action taken.")
    assert user_message(impossible.value) == (
        "जिस जोखिम सूचना की स्थिति 'खुली' है, उसे 'बंद' नहीं किया जा सकता; वह इनमें से "
        "कोई हो सकती है: स्वीकार किया, कदम उठाया गया।")
    with pytest.raises(PermissionDenied) as refused:
        check_transition(S.OPEN, S.ACKNOWLEDGED, {Role.ADVISOR})
    assert str(refused.value) == ("Only a coordinator or supervisor can mark an escalation "
                                  "as acknowledged.")
    assert user_message(refused.value) == (
        "जोखिम सूचना की स्थिति 'स्वीकार किया' सिर्फ़ संयोजक या मार्गदर्शक ही कर सकते हैं।")


@pytest.mark.usefixtures("hindi")
def test_the_import_claim_sentence_reads_in_hindi_and_as_before_in_english() -> None:
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    from peerdesk.services.import_claims import claim_sentence
    from ui.language import message

    claim = SimpleNamespace(source="old-laptop.json", imported_by="m1",
                            imported_at="2026-12-07T09:00:00+00:00",
                            claimed={"author": "m2", "created_by": "recovery",
                                     "created_at": "2026-11-30T04:30:00+00:00"})
    names = {"m1": "Asha", "m2": "Ravi", "recovery": Term("the recovery key")}
    sentence = claim_sentence(claim, names.__getitem__, ZoneInfo("Asia/Kolkata"))
    assert sentence == (
        "Imported from the file old-laptop.json by Asha on 07 Dec 2026, 14:30. The file says "
        "it was written by Ravi; created by the recovery key on 30 Nov 2026, 10:00. That is "
        "the file's claim, not checked by peerdesk.")
    assert message(sentence) == (
        "Asha ने 07 दिसंबर 2026, 14:30 को फ़ाइल old-laptop.json से इंपोर्ट किया। फ़ाइल के "
        "अनुसार इसे Ravi ने लिखा; रिकवरी कुंजी ने 30 नवंबर 2026, 10:00 को बनाया। यह फ़ाइल "
        "का दावा है, peerdesk ने इसे जाँचा नहीं है।")
