"""Erasure wins everywhere: an erasure racing an edit purges the racing text on both laptops,
in the records, their history, the search index and the change log's content, whichever
arrives first. Checked by reading every row of every table of the decrypted database, not
only the app's answers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerdesk.services.workspace import Workspace
from peerdesk.storage import conflict_queries
from tests.support.replicas import Laptop, make_replica, sync
from tests.support.vaults import Group, make_group

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
FIRST_WORDS = "Orchardlane grief"
RACING_WORDS = "Velvetmoth confided"


def rows_holding(ws: Workspace, *words: str) -> list[str]:
    """Every table (search index shadow tables included) with a row holding any of the
    words, in text or in bytes, any case."""
    db = ws.vault.db
    found: list[str] = []
    needles = [w.lower() for word in words for w in word.split()]
    tables = [str(r[0]) for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        for row in db.query(f'SELECT * FROM "{table}"'):
            for value in tuple(row):
                text = (value.decode("utf-8", "replace") if isinstance(value, bytes)
                        else str(value)).lower()
                if any(n in text for n in needles):
                    found.append(table)
    return sorted(set(found))


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Group, Laptop]:
    group = make_group(tmp_path)
    return group, make_replica(group, tmp_path)


@pytest.mark.parametrize("erasure_first", [True, False])
def test_erasure_racing_an_edit_purges_the_text_on_both_laptops(
        pair: tuple[Group, Laptop], erasure_first: bool) -> None:
    group, second = pair
    sid = group.ws.sessions.create({
        "advisee_id": group.id("a1"), "advisor_id": group.id("asha"), "start": START,
        "duration_minutes": 40, "channel": "phone", "summary": FIRST_WORDS}).id
    sync(group.ws, second.ws)
    assert rows_holding(second.ws, FIRST_WORDS)
    group.ws.sessions.update(sid, {"summary": "Closed off kindly."})  # a version in history
    group.ws.erasure.erase_advisee(group.id("a1"), "consent_withdrawn")
    second.ws.sessions.update(sid, {"summary": RACING_WORDS})
    if erasure_first:
        sync(group.ws, second.ws)
        sync(second.ws, group.ws)
    else:
        sync(second.ws, group.ws)
        sync(group.ws, second.ws)
    for ws in (group.ws, second.ws):
        assert rows_holding(ws, FIRST_WORDS, RACING_WORDS) == [], ws.vault_dir
        assert ws.sessions.get(sid).summary == ""
        assert ws.erasure.is_erased(group.id("a1"))
        report = ws.verify()
        assert report.ok, report
    assert (group.ws.sessions.get(sid).meta.version
            == second.ws.sessions.get(sid).meta.version)
    flags = {(f.record_id, f.flag) for f in conflict_queries.flags(group.ws.vault.db)}
    if erasure_first:
        # the second laptop purged its own edit when the erasure arrived: it never left
        assert flags == set()
    else:
        assert flags == {(sid, "raced_erasure")}  # arrived, was not applied, is not kept


@pytest.mark.parametrize("erasure_first", [True, False])
def test_erasure_racing_a_new_record_about_the_advisee(
        pair: tuple[Group, Laptop], erasure_first: bool) -> None:
    group, second = pair
    group.ws.erasure.erase_advisee(group.id("a1"), "consent_withdrawn")
    sid = second.ws.sessions.create({
        "advisee_id": group.id("a1"), "advisor_id": group.id("asha"), "start": START,
        "duration_minutes": 25, "channel": "phone", "summary": RACING_WORDS}).id
    esc = second.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                        "categories": ["self_harm_or_suicidal"],
                                        "description": FIRST_WORDS}).id
    if erasure_first:
        sync(group.ws, second.ws)
        sync(second.ws, group.ws)
    else:
        sync(second.ws, group.ws)
        sync(group.ws, second.ws)
    for ws in (group.ws, second.ws):
        assert rows_holding(ws, FIRST_WORDS, RACING_WORDS) == [], ws.vault_dir
        assert ws.verify().ok
    assert second.ws.sessions.get(sid).summary == ""
    assert second.ws.escalations.get(esc).escalation.description == ""
