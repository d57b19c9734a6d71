"""Exporting a vault's records: a versioned JSON document, or a zip of CSV files.

JSON (``--format json``) is the full, re-importable form::

    {"format": "peerdesk-export", "format_version": 1, "exported_at": ..., "app_version": ...,
     "source_vault": ..., "complete": true, "omitted": [],
     "group": {"group_name": ..., "timezone": ...},
     "themes": [{"name": ..., "active": true}, ...],
     "records": {"member": [...], "advisee": [...], "session": [...], ...},
     "history": [{"kind", "record_id", "version", "changed_at", "changed_by",
                  "changed_fields", "snapshot"}, ...],
     "counts": {...}}

Each record is ``codec.snapshot(record)`` (every field, with id and metadata) plus
``"_storage"``: storage-only columns such as ``deleted_at`` (tombstones are exported) and
the escalation deadlines, and, for a record that came by import, ``"_claim"``: who
imported it from which file and what that file claimed (docs/format.md ("Exports")).
Not exported: logins and key slots (they cannot move between
vaults), the audit log (the new vault starts its own chain; the import is one event in it),
unsaved drafts.

CSV (``--format csv``) is a zip (named ``.zip``) with one ``<kind>.csv`` per kind (plus
``history.csv``, ``themes.csv`` and ``README.txt``), or, with ``kind``, that one kind as
one ``.csv`` file (the output's name must say which: :func:`check_output_name`). Each
CSV is UTF-8 with a byte-order mark and CRLF line ends so Excel opens Hindi text
correctly. Lists are JSON text in their cell. Cells that a
spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return) are prefixed with ``'``. The CSV zip is for reading in a spreadsheet;
only the JSON export is re-importable as a whole.

Who may export: a supervisor (everything); a coordinator who is not also a supervisor
(everything except reflections and supervision notes, whose text coordinators may not
read: the document then says ``"complete": false`` and lists them in ``"omitted"``).
Every export is one audit event (``export.written``, with the format, the counts and the
file's SHA-256), and the file is written atomically with owner-only permissions.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peerdesk
from peerdesk.atomic import atomic_write_bytes
from peerdesk.domain.vocab import Role
from peerdesk.errors import N_, PermissionDenied, UsageError
from peerdesk.services.bulk_import import FORMAT, FORMAT_VERSION, IMPORTABLE_META, KIND_ORDER
from peerdesk.services.context import ServiceContext
from peerdesk.storage import bulk, codec, import_claim_queries, import_queries, vault_tables

PRIVATE_KINDS = ("reflection", "supervision_note")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    counts: dict[str, int]
    complete: bool
    omitted: tuple[str, ...]
    sha256: str
    size: int


def csv_cell(value: Any) -> str:
    """One spreadsheet-safe cell: formula-looking text is prefixed with ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_START):
        return "'" + text
    return text


def csv_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    """One CSV file: UTF-8 with a byte-order mark, CRLF, formula-looking cells defused."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def csv_table(items: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of one kind's records: every field, then the storage columns."""
    header: list[str] = []
    for item in items:
        for key in item:
            if not key.startswith("_") and key not in header:
                header.append(key)
    storage_keys = sorted({k for item in items for k in item.get("_storage", {})})
    rows = [[item.get(k) for k in header]
            + [item.get("_storage", {}).get(k) for k in storage_keys]
            for item in items]
    return header + storage_keys, rows


def check_output_name(path: Path, fmt: str, kind: str | None) -> None:
    """A file's name says what it holds: ``.json``; ``.csv`` for one kind; ``.zip`` for
    the CSV files of every kind. Refused before anything is read or written."""
    suffix = Path(path).suffix.lower()
    if fmt == "json":
        if kind is not None:
            raise UsageError("--kind goes with --format csv; a JSON export holds every kind.")
        return
    if kind is None and suffix != ".zip":
        raise UsageError("A CSV export of every kind is a zip of CSV files: name the output "
                         ".zip, or give --kind KIND to write one .csv file.")
    if kind is not None and suffix != ".csv":
        raise UsageError("A CSV export of one kind is one CSV file: name the output .csv.")


class Exporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def kinds(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(kinds exported, kinds omitted) for the acting member; raises if not allowed."""
        roles = self.ctx.actor.roles
        if Role.SUPERVISOR in roles:
            return KIND_ORDER, ()
        if Role.COORDINATOR in roles:
            return (tuple(k for k in KIND_ORDER if k not in PRIVATE_KINDS), PRIVATE_KINDS)
        raise PermissionDenied(N_("Only a coordinator or a supervisor can export records."))

    # -- collection ---------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        kinds, omitted = self.kinds()
        db = self.ctx.db
        records: dict[str, list[dict[str, Any]]] = {}
        for kind in kinds:
            items = []
            for record, stored in bulk.iter_all(db, kind):
                snap = codec.snapshot(record)
                if any(v is not None for v in stored.values()):
                    snap["_storage"] = stored
                items.append(snap)
            claims = import_claim_queries.claims_for(db, kind, [i["id"] for i in items])
            for item in items:
                claim = claims.get(item["id"])
                if claim is not None:
                    item["_claim"] = {"source": claim.source,
                                      "source_sha256": claim.source_sha256,
                                      "imported_by": claim.imported_by,
                                      "imported_at": claim.imported_at,
                                      "claimed": claim.claimed}
            records[kind] = items
        history = [h for h in bulk.history_rows(db) if h["kind"] in kinds]
        group = {k: vault_tables.get_meta(db, k) or "" for k in IMPORTABLE_META}
        group.update(import_queries.setting_meta(db))
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": codec.iso_dt(self.ctx.now()),
            "app_version": peerdesk.__version__,
            "source_vault": self.ctx.vault.vault_id,
            "complete": not omitted,
            "omitted": list(omitted),
            "group": group,
            "themes": [{"name": n, "active": a} for n, a in bulk.themes(db)],
            "records": records,
            "history": history,
            "counts": {k: len(v) for k, v in records.items()},
        }

    def json_bytes(self, doc: dict[str, Any] | None = None) -> bytes:
        doc = doc if doc is not None else self.collect()
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def csv_zip_bytes(self, doc: dict[str, Any] | None = None) -> bytes:
        doc = doc if doc is not None else self.collect()
        buf = io.BytesIO()
        stamp = (2000, 1, 1, 0, 0, 0)
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            def add(name: str, header: list[str], rows: list[list[Any]]) -> None:
                info = zipfile.ZipInfo(name, stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                zf.writestr(info, csv_bytes(header, rows))

            for kind, items in doc["records"].items():
                add(f"{kind}.csv", *csv_table(items))
            hist_header = ["kind", "record_id", "version", "changed_at", "changed_by",
                           "changed_fields", "snapshot"]
            add("history.csv", hist_header,
                [[h[k] for k in hist_header] for h in doc["history"]])
            add("themes.csv", ["name", "active"],
                [[t["name"], t["active"]] for t in doc["themes"]])
            readme = (
                "peerdesk export (CSV)\r\n"
                f"Exported at {doc['exported_at']} (UTC) from vault {doc['source_vault']}.\r\n"
                "One file per kind of record; times are UTC (ISO 8601), lists are JSON.\r\n"
                "Cells starting with = + - @ were prefixed with ' so spreadsheets show them "
                "as text.\r\n"
                + ("" if doc["complete"] else
                   "Not included (private to advisors and supervisors): "
                   + ", ".join(doc["omitted"]) + ".\r\n")
                + "CONFIDENTIAL: this file is not encrypted. Keep it safe and delete it "
                "when done.\r\n"
            )
            info = zipfile.ZipInfo("README.txt", stamp)
            info.external_attr = 0o600 << 16
            zf.writestr(info, readme.encode("utf-8"))
        return buf.getvalue()

    # -- the one call ------------------------------------------------------------------
    def export(self, path: Path, fmt: str, kind: str | None = None) -> ExportResult:
        """Write the export. ``kind`` (CSV only): one kind of record as one CSV file;
        without it a CSV export is a zip of every kind. See :func:`check_output_name`."""
        if fmt not in ("json", "csv"):
            raise UsageError("The export format is json or csv.")
        if kind is not None and kind not in KIND_ORDER:
            raise UsageError("--kind is one of: " + ", ".join(KIND_ORDER) + ".")
        check_output_name(Path(path), fmt, kind)
        doc = self.collect()
        if kind is not None and kind not in doc["records"]:
            raise PermissionDenied(f"You cannot export {kind.replace('_', ' ')} records "
                                   "(private to advisors and supervisors).")
        if fmt == "json":
            data = self.json_bytes(doc)
        elif kind is None:
            data = self.csv_zip_bytes(doc)
        else:
            data = csv_bytes(*csv_table(doc["records"][kind]))
            doc = {**doc, "counts": {kind: doc["counts"][kind]}, "history": []}
        digest = hashlib.sha256(data).hexdigest()
        counts = dict(doc["counts"])
        ctx = self.ctx
        with ctx.write("export.written", "vault", ctx.vault.vault_id,
                       {"format": fmt, "kind": kind or "", "counts": counts,
                        "complete": doc["complete"],
                        "omitted": doc["omitted"], "sha256": digest,
                        "history": len(doc["history"])}):
            pass
        atomic_write_bytes(Path(path), data)
        return ExportResult(Path(path), fmt, counts, bool(doc["complete"]),
                            tuple(doc["omitted"]), digest, len(data))
