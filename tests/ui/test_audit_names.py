"""The audit log's "Record" column in the interface's language: every kind of record a
group's log holds is named in Hindi on the Hindi page (codes, dates in Latin digits and
members' names stay as they are), in exactly the core's English on the English page, and
the day never follows the machine's locale."""

from __future__ import annotations

import locale
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_pages_hindi import _english_words
from ui_support import show_page

from peerdesk.services.audit import AuditQuery
from peerdesk.services.audit_names import RecordName, english
from ui import language
from ui.pages import audit_words

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
REFERRAL = "Night helpline"
#: A kind of record in the Record column: its name in English and in Hindi is checked.
KINDS = {"session", "reflection", "agreement", "breach", "escalation", "supervision_note",
         "member", "account", "referral_resource", "issued_report", "vault", "settings",
         "advisee"}


def _every_kind(group: Any) -> dict[str, str]:
    """A log with every kind of record the app names, an erased advisee and a deleted
    session among them; returns the ids of the records checked by name."""
    ws = group.login("coord")
    ids: dict[str, str] = {}
    ids["session"] = group.session("a1", "asha", START)
    ids["deleted"] = group.session("a1", "asha", START + timedelta(days=1))
    ws.sessions.delete(ids["deleted"])
    gone = ws.advisees.create({"advisor_ids": [group.id("bala")]}).id
    group.ids["gone"] = gone
    ids["erased_session"] = group.session("gone", "bala", START)
    ws.erasure.erase_advisee(gone, "consent_withdrawn", compact=False)
    ids["erased"] = gone
    ids["agreement"] = ws.agreements.create({
        "advisor_id": group.id("asha"), "advisee_id": group.id("a1"), "channels": ["phone"],
        "start_date": START.date(), "clauses": ["confidentiality_limits"]}).id
    ws.agreements.log_breach(ids["agreement"], {"at": START, "kind": "gifts_or_money"})
    ws.escalations.raise_({"advisee_id": group.id("b1"), "level": "high",
                           "categories": ["other"], "description": "Said goodbye."})
    ws.referrals.create({"name": REFERRAL, "kind": "helpline"})
    ws.settings.add_theme("grief")
    ws.members.update(group.id("bala"), {"display_name": "Bala R."})
    ws = group.login("asha")
    ws.reflections.create({"session_id": ids["session"], "went_well": "Listened.",
                           "supervision_request": "routine"})
    ws = group.login("sunil")
    ws.supervision.create({
        "advisor_ids": [group.id("asha")], "on": START.date(), "format": "one_to_one",
        "discussion": "Private.", "shared_summary": "Weekly.", "actions": []})
    ws.register.register("accountability", {}, "ab" * 32)
    return ids


def _records(page: Any) -> list[tuple[str, str]]:
    """(kind, text) of every row of the page's Record column, every page of rows loaded."""
    model = page.model
    col = [model.headerData(c, Qt.Orientation.Horizontal)
           for c in range(model.columnCount())].index(page.tr("Record"))
    for _ in range(3):
        [model.data(model.index(r, col)) for r in range(model.rowCount())]
        page.ctx.worker.wait_idle()
    rows = page.ws.audit.recent(model.rowCount(), 0, page.query)
    return [(row.target_kind, model.data(model.index(r, col))) for r, row in enumerate(rows)]


def _show(qtbot: Any, ctx: Any, ws: Any) -> Any:
    from ui.pages.audit import AuditPage

    page = show_page(qtbot, ctx, AuditPage(ctx), ws, size=(1120, 740), settle=3)
    page.each_sign_in.setChecked(True)
    for _ in range(3):
        ctx.worker.wait_idle()
    return page


def _latin_left(text: str, names: list[str]) -> list[str]:
    """English words in ``text`` once members' names and advisees' codes are taken out."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return _english_words(re.sub(r"\b[A-Z]{1,3}-\d+\b", "", text))


@pytest.mark.parametrize("user", ["coord", "sunil"])
def test_every_record_reads_in_hindi(qtbot, ctx, group, hindi, user) -> None:
    ids = _every_kind(group)
    ws = group.login(user)
    names = [*ws.members.names().values(), REFERRAL]  # what the group typed stays
    page = _show(qtbot, ctx, ws)
    records = _records(page)
    kinds = {kind for kind, _text in records}
    assert kinds >= KINDS, kinds
    english_left = [(kind, text) for kind, text in records if _latin_left(text, names)]
    assert not english_left, "English left in the Record column:\n" + "\n".join(
        f"  {kind}: {text!r}" for kind, text in english_left)

    texts = {text for _kind, text in records}
    assert "सेशन · PS-0001 · 2 मार्च 2026" in texts
    assert "सेशन · PS-0001 · 3 मार्च 2026 (रिकॉर्ड हटाया गया)" in texts
    assert "सेशन · सलाह लेने वाले (ब्योरा मिटाया गया) · 2 मार्च 2026" in texts
    assert "सलाह लेने वाले · ब्योरा मिटाया गया (रिकॉर्ड हटाया गया)" in texts
    assert "Asha का लॉगिन" in texts and "वॉल्ट" in texts
    assert "समझौता · PS-0001 · Asha के साथ" in texts
    assert "अनुभव-नोट · PS-0001 · 2 मार्च 2026 का सेशन" in texts
    if user == "sunil":  # the supervisor may know supervision notes and reports exist
        assert "मार्गदर्शन नोट · 2 मार्च 2026" in texts
        assert any(t.startswith("रिपोर्ट · जवाबदेही · ") for t in texts)
    assert ids


def test_the_check_finds_english_and_english_is_the_cores(qtbot, ctx, group) -> None:
    """In English the same rows are the core's English words, letter for letter (the
    check above can fail: they hold English words)."""
    _every_kind(group)
    ws = group.login("sunil")
    names = [*ws.members.names().values(), REFERRAL]
    page = _show(qtbot, ctx, ws)
    shown = [text for _kind, text in _records(page)]
    rows = ws.audit.recent(len(shown), 0, page.query)
    assert shown == [row.record for row in rows]
    assert all(_latin_left(text, names) for text in shown if text)
    assert "Session · PS-0001 · 3 Mar 2026 (deleted)" in shown
    assert "Session · an erased advisee · 2 Mar 2026" in shown
    assert "Reflection · PS-0001 · session of 2 Mar 2026" in shown


def test_english_wording_of_every_shape_is_the_same_in_both_layers(qtbot) -> None:
    day = date(2026, 11, 12)
    shapes = [RecordName(kind, label, day if kind in {"session", "reflection", "breach",
                                                      "escalation", "supervision_note",
                                                      "issued_report"} else None,
                         party, deleted, erased)
              for kind in sorted(KINDS | {"device", "something_new"})
              for label, party, erased in (("PS-0042", "Asha", False), ("", "", True),
                                           ("", "", False))
              for deleted in (False, True)]
    shapes.append(RecordName("issued_report", "escalation", day))
    assert language.current() == "en"
    assert [audit_words.record_words(n) for n in shapes] == [english(n) for n in shapes]
    assert english(RecordName("session", "PS-0042", day)) == "Session · PS-0042 · 12 Nov 2026"
    assert english(RecordName("account", "Asha")) == "Login of Asha"


def _compiled_locale(folder: Path, name: str) -> bool:
    """A machine locale other than English, compiled into ``folder`` (False when this
    machine cannot)."""
    tool = shutil.which("localedef")
    if tool is None or not Path("/usr/share/i18n/locales/de_DE").exists():
        return False
    done = subprocess.run([tool, "-i", "de_DE", "-f", "UTF-8", str(folder / name)],
                          capture_output=True, check=False)
    return (folder / name).is_dir() or done.returncode == 0


@pytest.fixture(scope="module")
def german_machine(tmp_path_factory) -> Any:
    """The machine's clock words in German (LC_TIME), as Qt takes them from the system at
    start-up on a laptop set up in German; the C locale again afterwards."""
    folder = tmp_path_factory.mktemp("locales")
    if not _compiled_locale(folder, "de_DE.UTF-8"):
        pytest.skip("this machine cannot compile a German locale (localedef)")
    mp = pytest.MonkeyPatch()
    mp.setenv("LOCPATH", str(folder))
    old = locale.setlocale(locale.LC_TIME)
    locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    assert date(2026, 3, 2).strftime("%b") == "Mär"  # the machine's words do differ
    yield
    locale.setlocale(locale.LC_TIME, old)
    mp.undo()


def test_the_day_never_follows_the_machines_locale(qtbot, ctx, group, german_machine) -> None:
    ws = group.login("coord")
    sid = group.session("a1", "asha", START)
    (row,) = [r for r in ws.audit.recent(50, 0, AuditQuery(kind="session"))
              if r.target_id == sid]
    assert row.record == "Session · PS-0001 · 2 Mar 2026"
    assert audit_words.record_words(row.name) == "Session · PS-0001 · 2 Mar 2026"
    language.apply("hi")
    try:
        assert audit_words.record_words(row.name) == "सेशन · PS-0001 · 2 मार्च 2026"
    finally:
        language.apply("en")


def test_who_acted_reads_in_hindi_and_a_name_is_never_translated(hindi) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.services.audit import RECOVERY_KEY, REMOVED_ACCOUNT, _actor

    assert _actor("recovery", {}) is RECOVERY_KEY
    assert _actor("gone", {}) is REMOVED_ACCOUNT
    assert _actor("a1", {"a1": ("m1", "Asha")}) == "Asha"
    assert audit_words.actor_words(RECOVERY_KEY) == "रिकवरी कुंजी"
    assert audit_words.actor_words(REMOVED_ACCOUNT) == "हटाया गया लॉगिन"
    assert audit_words.actor_words("Recovery key") == "Recovery key"  # a member so named
