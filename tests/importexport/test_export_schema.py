"""docs/export.schema.json describes the JSON export: a real export (every kind, with
tombstones, storage columns and import claims) validates; the schema lists exactly the
fields each kind of record has; a file with something else in it does not validate."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from peerdesk.services import workspace as ws_mod
from peerdesk.services.bulk_import import BulkImporter
from peerdesk.services.exporter import Exporter
from peerdesk.storage import codec
from peerdesk.storage.tables import SPECS

PASSPHRASE = "correct horse battery staple"
SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "export.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def real_export(demo_vault: Path, tmp_path: Path) -> dict[str, Any]:
    """A supervisor's export of a demo vault after a coordinator imported (claims) and
    deleted (a tombstone) and changed (a prior version) a session."""
    folder = tmp_path / "v"
    shutil.copytree(demo_vault, folder)
    ws = ws_mod.open_vault(folder, "supervisor", PASSPHRASE)
    try:
        first = json.loads(Exporter(ws.ctx).json_bytes())
    finally:
        ws.lock()
    session = {**first["records"]["session"][0], "id": str(uuid.uuid4())}
    doc = {**first, "records": {"session": [session]}, "history": []}
    ws = ws_mod.open_vault(folder, "coordinator", PASSPHRASE)
    try:
        BulkImporter(ws.ctx).import_export(json.dumps(doc).encode(), source="x.json")
        ws.sessions.delete(first["records"]["session"][1]["id"])
        ws.sessions.update(first["records"]["session"][2]["id"], {"summary": "Changed."})
    finally:
        ws.lock()
    ws = ws_mod.open_vault(folder, "supervisor", PASSPHRASE)
    try:
        data: dict[str, Any] = json.loads(Exporter(ws.ctx).json_bytes())
        return data
    finally:
        ws.lock()


def _errors(validator: jsonschema.Draft202012Validator, doc: Any) -> list[str]:
    return [f"{e.json_path}: {e.message[:120]}" for e in validator.iter_errors(doc)]


def test_a_real_export_validates(validator: jsonschema.Draft202012Validator,
                                 real_export: dict[str, Any]) -> None:
    sessions = real_export["records"]["session"]
    assert any("_claim" in s for s in sessions)
    assert any((s.get("_storage") or {}).get("deleted_at") for s in sessions)
    assert real_export["history"]
    assert _errors(validator, real_export) == []


def test_the_schema_lists_every_field_of_every_kind() -> None:
    defs = json.loads(SCHEMA.read_text("utf-8"))["$defs"]
    meta = {"id", "created_at", "created_by", "updated_at", "updated_by", "version"}
    for spec in SPECS:
        fields = {name for name, _ in codec.record_fields(spec.cls)}
        record = defs[f"record_{spec.kind}"]
        assert set(record["properties"]) == meta | fields | {"_storage", "_claim"}, spec.kind
        assert set(record["required"]) == meta | fields, spec.kind


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(format_version=2),
    lambda d: d["records"].update(account=[]),
    lambda d: d["records"]["session"][0].update(author="someone"),
    lambda d: d["records"]["escalation"][0].update(_storage={"ack_due": "not-a-date"}),
    lambda d: d["records"]["session"][0].update(channel="carrier pigeon"),
    lambda d: d["records"]["session"][0].update(_claim={"source": "x"}),
])
def test_something_else_does_not_validate(validator: jsonschema.Draft202012Validator,
                                          real_export: dict[str, Any], mutate: Any) -> None:
    doc = json.loads(json.dumps(real_export))
    mutate(doc)
    assert _errors(validator, doc)
