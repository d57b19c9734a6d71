"""Deciding conflicts: keep mine, keep theirs or a new text; only someone who may change the
record decides; the decision travels and settles the conflict on the other laptop too. And
the command line over it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.storage import conflict_queries, content_table
from peerdesk.storage.tables import BY_KIND
from tests.support.replicas import Laptop, make_replica, sync
from tests.support.vaults import PASSPHRASES, Group, make_group

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def clash(tmp_path: Path) -> tuple[Group, Laptop, str]:
    """Two laptops that wrote different summaries of one session, then exchanged."""
    group = make_group(tmp_path)
    second = make_replica(group, tmp_path)
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    group.ws.sessions.update(sid, {"summary": "Written on the first laptop."})
    second.ws.sessions.update(sid, {"summary": "Written on the second laptop."})
    sync(group.ws, second.ws)
    sync(second.ws, group.ws)
    return group, second, sid


@pytest.mark.parametrize("keep", ["mine", "theirs", "A summary both agreed on."])
def test_a_decision_travels_and_settles_the_conflict_everywhere(
        clash: tuple[Group, Laptop, str], keep: str) -> None:
    group, second, sid = clash
    (conflict,) = second.ws.conflicts.open()
    assert conflict.mine.value == "Written on the second laptop." and conflict.mine.this_laptop
    assert conflict.theirs.value == "Written on the first laptop."
    assert conflict.theirs.laptop == "First laptop" and conflict.theirs.author == "Coord"
    assert conflict.mine.at is not None
    decided = second.ws.conflicts.resolve(conflict.id, keep)
    expected = {"mine": "Written on the second laptop.",
                "theirs": "Written on the first laptop."}.get(keep, keep)
    assert decided.resolved and decided.shown == expected
    assert second.ws.conflicts.open() == []
    result = sync(second.ws, group.ws)
    assert result.applied == 1 and result.merged == 0
    assert group.ws.conflicts.open() == []
    assert group.ws.sessions.get(sid).summary == expected
    for ws in (group.ws, second.ws):
        assert ws.verify().ok
    rows = [dict(content_table.contents(ws.vault.db, BY_KIND["session"], [sid]))[sid]
            for ws in (group.ws, second.ws)]
    assert rows[0] == rows[1]


def test_only_someone_who_may_change_the_record_decides(
        clash: tuple[Group, Laptop, str]) -> None:
    _group, second, _sid = clash
    (conflict,) = second.ws.conflicts.open()
    asha = second.login("asha")  # an advisor may not change a session
    assert asha.conflicts.open() == []
    with pytest.raises(NotFound):
        asha.conflicts.resolve(conflict.id, "mine")
    with pytest.raises(PermissionDenied):
        asha.conflicts.quarantined()
    assert len(conflict_queries.listed(asha.vault.db)) == 1


def test_a_field_that_is_not_text_takes_mine_or_theirs(tmp_path: Path) -> None:
    group = make_group(tmp_path)
    second = make_replica(group, tmp_path)
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    group.ws.sessions.update(sid, {"duration_minutes": 20})
    second.ws.sessions.update(sid, {"duration_minutes": 25})
    sync(group.ws, second.ws)
    (conflict,) = second.ws.conflicts.open()
    with pytest.raises(ValidationError):
        second.ws.conflicts.resolve(conflict.id, "thirty")
    assert second.ws.conflicts.resolve(conflict.id, "theirs").shown == 20
    with pytest.raises(ValidationError):
        second.ws.conflicts.resolve(conflict.id, "mine")  # decided already


def test_the_command_line(clash: tuple[Group, Laptop, str], monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    _group, second, sid = clash
    (conflict,) = second.ws.conflicts.open()
    second.ws.lock()
    monkeypatch.setenv("PEERDESK_PASSPHRASE", PASSPHRASES["coord"])
    base = ["--vault", str(second.folder), "--user", "coord"]
    assert main(["conflicts", "list", *base]) == 0
    out = capsys.readouterr().out
    assert conflict.id in out and "summary" in out and "merged" not in out
    assert main(["conflicts", "show", conflict.id, *base]) == 0
    out = capsys.readouterr().out
    assert "mine: by Coord on second" in out and "Written on the second laptop." in out
    assert "theirs: by Coord on First laptop" in out
    assert main(["conflicts", "resolve", conflict.id, "--keep", "theirs", *base]) == 0
    assert "Written on the first laptop." in capsys.readouterr().out
    assert main(["conflicts", "resolve", "no-such-id", "--keep", "mine", *base]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["conflicts", "quarantined", *base]) == 0
    assert "Every change" in capsys.readouterr().out
    assert sid


def test_a_flag_is_cleared_once_looked_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    group = make_group(tmp_path)
    second = make_replica(group, tmp_path)
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    group.ws.sessions.update(sid, {"duration_minutes": 50})
    second.ws.sessions.update(sid, {"channel": "video"})
    sync(group.ws, second.ws)
    assert [(f.record_id, f.flag) for f in second.ws.conflicts.flags()] == [(sid, "merged")]
    second.ws.lock()
    monkeypatch.setenv("PEERDESK_PASSPHRASE", PASSPHRASES["coord"])
    base = ["--vault", str(second.folder), "--user", "coord"]
    assert main(["conflicts", "clear-flag", "session", sid, "merged", *base]) == 0
    assert main(["conflicts", "clear-flag", "session", sid, "merged", *base]) == 1
    capsys.readouterr()
    assert main(["conflicts", "list", *base]) == 0
    assert "merged" not in capsys.readouterr().out
    asha = second.login("asha")
    with pytest.raises(PermissionDenied):
        asha.conflicts.clear_flag("session", sid, "merged")
