"""Property tests: any bytes or text fed to the importers raise only ImportRejected."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.errors import ImportRejected
from peerdesk.services import workspace as ws_mod
from peerdesk.services.bulk_import import BulkImporter, load_json, parse_export
from peerdesk.services.csv_import import HEADER_LINE, Lookup, plan

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
LOOKUP = Lookup(advisees={"PS-0001": ("a1", "active", None)},
                advisor_users={"advisor01": "m1"}, advisor_names={"priya s.": ["m1"]})
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture])
ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=200)


def _csv_total(data: bytes) -> None:
    try:
        plan(data, LOOKUP, tz=UTC, now=NOW)
    except ImportRejected:
        pass


def _json_total(data: bytes) -> None:
    try:
        parse_export(data)
    except ImportRejected:
        pass


@FUZZ
@given(st.binary(max_size=2000))
def test_csv_parser_total_on_bytes(data: bytes) -> None:
    _csv_total(data)


@FUZZ
@given(st.lists(st.lists(ANY_TEXT, max_size=12), max_size=5))
def test_csv_parser_total_on_text_cells(rows: list[list[str]]) -> None:
    body = "\r\n".join(",".join('"' + c.replace('"', '""') + '"' for c in r) for r in rows)
    _csv_total((HEADER_LINE + "\r\n" + body).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=2000))
def test_json_parser_total_on_bytes(data: bytes) -> None:
    _json_total(data)


@FUZZ
@given(ANY_TEXT)
def test_json_parser_total_on_text(text: str) -> None:
    _json_total(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | ANY_TEXT,
                    lambda kids: st.lists(kids, max_size=4)
                    | st.dictionaries(ANY_TEXT, kids, max_size=4), max_leaves=30))
def test_load_json_total_on_any_structure(value: object) -> None:
    try:
        load_json(json.dumps(value).encode())
    except ImportRejected:
        pass


SESSION_KEYS = st.sampled_from(["advisee_id", "advisor_id", "start", "duration_minutes",
                                "channel", "themes", "summary", "follow_up", "risk_noticed",
                                "id", "created_at", "version", "_storage"])
VALUES = st.one_of(st.none(), st.booleans(), st.integers(), ANY_TEXT,
                   st.lists(ANY_TEXT, max_size=3),
                   st.dictionaries(ANY_TEXT, ANY_TEXT, max_size=2))


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    mp = pytest.MonkeyPatch()
    mp.setenv("PEERDESK_KDF_PROFILE", "test")
    ws, _ = ws_mod.create_vault(tmp_path_factory.mktemp("fz") / "v", group_name="G",
                                username="coord", display_name="C",
                                passphrase="correct horse battery staple")
    yield ws
    ws.lock()
    mp.undo()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["session", "advisee", "escalation", "supervision_note", "member"]),
       st.lists(st.dictionaries(SESSION_KEYS, VALUES, max_size=8), min_size=1, max_size=3))
def test_full_vault_import_raises_only_import_rejected(vault, kind, items) -> None:  # type: ignore[no-untyped-def]
    doc = {"format": "peerdesk-export", "format_version": 1, "records": {kind: items}}
    data = json.dumps(doc).encode()
    before = vault.vault.db.scalar("SELECT count(*) FROM advisees")
    try:
        BulkImporter(vault.ctx).import_export(data)
    except ImportRejected:
        assert vault.vault.db.scalar("SELECT count(*) FROM advisees") == before
