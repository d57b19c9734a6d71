"""Every form and dialog: each Alt+letter is used once, and pressing it moves the keyboard
to the label's field (real key events, real vault)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from ui.widgets.mnemonics import mnemonic_of, mnemonic_texts

pytestmark = pytest.mark.usefixtures("themed")


@pytest.fixture(params=["en", "hi"], autouse=True)
def interface_language(request: Any, qapp: Any) -> Any:
    """Every form in English and in Hindi: the letters stay unique and reach their field
    in both (a Hindi label keeps a Latin letter in brackets)."""
    from ui import language

    assert language.apply(request.param) == request.param
    yield request.param
    language.apply("en")


def _settle(ctx: Any) -> None:
    for _ in range(4):
        ctx.worker.wait_idle()
        QApplication.processEvents()


def _lands_on(buddy: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is buddy or buddy.isAncestorOf(focus)
                                  or buddy.focusProxy() is focus)


def check_mnemonics(qtbot: Any, ctx: Any, dialog: QDialog, *, fields: bool = True) -> None:
    """``fields``: the dialog has labelled fields (at least one Alt+letter is pressed)."""
    if hasattr(dialog, "confirm_discard"):
        dialog.confirm_discard = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    _settle(ctx)
    letters = [(w, m) for w, text in mnemonic_texts(dialog) if (m := mnemonic_of(text))]
    twice = {m for m, n in Counter(m for _, m in letters).items() if n > 1}
    assert not twice, (type(dialog).__name__, sorted(
        (m, getattr(w, "text", lambda: "")()) for w, m in letters if m in twice))
    tried = 0
    for widget, letter in letters:
        if not isinstance(widget, QLabel):
            continue  # a button's letter presses it; only its uniqueness is checked
        buddy = widget.buddy()
        if buddy is None or not buddy.isEnabled() or not buddy.isVisibleTo(dialog):
            continue
        start = dialog.focusWidget() or dialog  # never a widget of an earlier, closed window
        if not dialog.isActiveWindow():
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        QTest.keyClick(start, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        QApplication.processEvents()
        assert _lands_on(buddy), (type(dialog).__name__, widget.text(),
                                  QApplication.focusWidget())
        tried += 1
    assert tried >= 1 or not fields, type(dialog).__name__
    dialog.close()
    _settle(ctx)


def _session(case: Any) -> str:
    return str(case.session("R1", "ravi", hours_ago=3))


def _escalation(case: Any) -> str:
    return str(case.ws.escalations.raise_({
        "advisee_id": case.ids["R1"], "level": "moderate", "categories": ["self_harm_or_suicidal"],
        "description": "Said things that worried me."}).id)


def _coordinator_forms(case: Any, ctx: Any) -> list[Callable[[], QDialog]]:
    from ui.dialogs.advisee_form import AdviseeFormDialog
    from ui.dialogs.agreement_form import AgreementForm
    from ui.dialogs.disclosure_form import DisclosureForm
    from ui.dialogs.escalation_detail import EscalationDetailDialog, TransitionDialog
    from ui.dialogs.escalation_form import EscalationForm
    from ui.dialogs.member_form import AddLoginDialog, MemberFormDialog
    from ui.dialogs.referral_form import ReferralForm
    from ui.dialogs.session_form import SessionDetailDialog, SessionFormDialog

    ws = case.ws
    session_id, escalation_id = _session(case), _escalation(case)
    return [
        lambda: SessionFormDialog(ws, ctx),
        lambda: SessionDetailDialog(ws, ctx, session_id),
        lambda: AdviseeFormDialog(ws, ctx),
        lambda: AdviseeFormDialog(ws, ctx, case.ids["R1"]),
        lambda: MemberFormDialog(ws, ctx),
        lambda: MemberFormDialog(ws, ctx, case.ids["ravi"]),
        lambda: AddLoginDialog(ws, ctx, case.ids["coord"], "Kavya"),
        lambda: AgreementForm(ctx, ws),
        lambda: EscalationForm(ctx, ws),
        lambda: EscalationDetailDialog(ctx, ws, escalation_id),
        lambda: TransitionDialog("action_taken"),
        lambda: DisclosureForm(ctx, ws, escalation_id),
        lambda: ReferralForm(ctx, ws),
    ]


def test_coordinator_forms(qtbot: Any, ctx: Any, case: Any) -> None:
    for make in _coordinator_forms(case, ctx):
        check_mnemonics(qtbot, ctx, make())


def test_advisor_forms(qtbot: Any, ctx: Any, case: Any) -> None:
    from ui.dialogs.reflection_form import ReflectionFormDialog
    from ui.dialogs.session_form import SessionFormDialog

    session_id = _session(case)
    ws = case.login("ravi")
    check_mnemonics(qtbot, ctx, SessionFormDialog(ws, ctx))
    check_mnemonics(qtbot, ctx, ReflectionFormDialog(ws, ctx, session_id))


def test_supervisor_forms(qtbot: Any, ctx: Any, case: Any) -> None:
    from ui.dialogs.supervision_form import SupervisionForm

    ws = case.login("sunita")
    check_mnemonics(qtbot, ctx, SupervisionForm(ctx, ws))


def test_the_other_dialogs(qtbot: Any, ctx: Any, case: Any) -> None:
    from zoneinfo import ZoneInfo

    from ui.dialogs.backup_restore import BackupDialog, RestoreDialog
    from ui.dialogs.change_passphrase import ChangePassphraseDialog
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.history import HistoryDialog
    from ui.dialogs.referral_directory import ReferralDirectoryDialog
    from ui.dialogs.reflection_form import ReflectionViewDialog
    from ui.dialogs.unlock import UnlockDialog

    session_id = _session(case)
    ws = case.login("ravi")
    reflection = ws.reflections.create({"session_id": session_id, "went_well": "Listened.",
                                        "supervision_request": "none"})
    check_mnemonics(qtbot, ctx, ReflectionViewDialog(ws, ctx, str(reflection.id)),
                    fields=False)
    ws = case.login("coord")
    worker = ctx.worker
    for dialog, fields in (
        (UnlockDialog(case.folder, worker), True),
        (FirstRunDialog(case.folder.parent / "new", worker), True),
        (ChangePassphraseDialog(ws, worker), True),
        (BackupDialog(ws, worker), False),
        (RestoreDialog(case.folder, worker), False),
        (ReferralDirectoryDialog(ctx, ws), False),
        (HistoryDialog(ctx, "the session", lambda: ws.sessions.history(session_id),
                       ws.members.names, ZoneInfo("Asia/Kolkata")), False),
    ):
        check_mnemonics(qtbot, ctx, dialog, fields=fields)
