"""Importing many records at once: validate every one, then insert all or nothing.

``BulkImporter(ctx).import_records({"session": [values, ...], ...})`` validates each
record with the same domain builders the services use, checks references (to records in
the import or already in the vault), and inserts everything in one transaction that ends
in one audit event. Any problem refuses the whole import with
:class:`~peerdesk.errors.ImportRejected` naming the row and the column (field) at fault;
``err.problems`` lists up to :data:`MAX_PROBLEMS` of them.

``parse_export(data)`` reads a peerdesk JSON export (see :mod:`peerdesk.services.exporter`)
without touching a vault; ``import_export(data)`` imports it.

This module coordinates and writes; the steps live in their own modules (and their public
names are re-exported here): :mod:`~peerdesk.services.import_validation` (building each
record, problems), :mod:`~peerdesk.services.import_references` (ids, references, unique
values), :mod:`~peerdesk.services.import_escalations` (derived escalation columns) and
:mod:`~peerdesk.services.export_format` (reading the JSON export).
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from peerdesk.domain.records_people import Member
from peerdesk.domain.vocab import Role
from peerdesk.errors import N_, ImportRejected, PermissionDenied
from peerdesk.services.context import AuditNote, ServiceContext
from peerdesk.services.export_format import (
    FORMAT,
    FORMAT_VERSION,
    IMPORTABLE_META,
    MAX_JSON_BYTES,
    MAX_JSON_DEPTH,
    MAX_JSON_RECORDS,
    ExportDocument,
    check_history,
    decode_utf8,
    load_json,
    parse_export,
)
from peerdesk.services.import_escalations import derive_escalation_columns
from peerdesk.services.import_grants import refuse_private_kinds, role_grant_events
from peerdesk.services.import_provenance import attribute, attribute_history, source_name
from peerdesk.services.import_references import check_refs
from peerdesk.services.import_validation import (
    KIND_ORDER,
    LABELS,
    MAX_PROBLEMS,
    NEVER_IMPORTED,
    Batch,
    Problem,
    Problems,
    build_all,
    reject,
)
from peerdesk.storage import bulk, import_claim_queries, import_queries, records, vault_tables
from peerdesk.storage.import_claim_queries import ClaimRow
from peerdesk.storage.tables import BY_KIND

__all__ = [
    "FORMAT", "FORMAT_VERSION", "IMPORTABLE_META", "KIND_ORDER", "LABELS", "MAX_JSON_BYTES",
    "MAX_JSON_DEPTH", "MAX_JSON_RECORDS", "MAX_PROBLEMS", "BulkImporter", "ExportDocument",
    "ImportResult", "Problem", "decode_utf8", "load_json", "member_lookup", "parse_export",
    "reject",
]


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    audit_seq: int
    history: int = 0
    themes: int = 0
    warnings: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class BulkImporter:
    """Validated all-or-nothing imports. Coordinator only."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check_allowed(self) -> None:
        if Role.COORDINATOR not in self.ctx.actor.roles:
            raise PermissionDenied(N_("Only a coordinator can import records."))

    # -- public ------------------------------------------------------------------------
    def import_records(
        self,
        records_by_kind: Mapping[str, Sequence[Mapping[str, Any]]],
        *,
        history: Sequence[Mapping[str, Any]] = (),
        themes: Sequence[tuple[str, bool]] = (),
        meta: Mapping[str, str] | None = None,
        action: str = "import.records",
        details: Mapping[str, Any] | None = None,
        row_numbers: Mapping[str, Sequence[int]] | None = None,
        columns: Mapping[str, Mapping[str, str]] | None = None,
        kind_in_message: bool = True,
        extra_checks: Callable[[Batch, Problems], None] | None = None,
        progress: Callable[[str, int, int], None] | None = None,
        source: str = "",
        sha256: str = "",
    ) -> ImportResult:
        """Validate and insert. ``values`` are form mappings (strings are fine) or export
        snapshots (with ``id``, ``created_at``... and ``_storage``). Every record is
        written by the importer; what the file says about authors and times is kept as a
        claim (:mod:`~peerdesk.services.import_provenance`), with ``source`` (the file's
        name) and its ``sha256``. Register entries (issued reports) are skipped."""
        self.check_allowed()
        problems = Problems()
        unknown = [k for k in records_by_kind if k not in BY_KIND]
        if unknown:
            raise ImportRejected("The file holds a kind of record peerdesk does not know.")
        skipped = sum(len(records_by_kind.get(k) or ()) for k in NEVER_IMPORTED)
        wanted = {k: v for k, v in records_by_kind.items() if k not in NEVER_IMPORTED}
        batch = build_all(self.ctx, wanted, problems, row_numbers or {},
                          columns or {}, kind_in_message)
        problems.raise_if_any()
        check_refs(self.ctx.db, batch, problems, columns or {}, kind_in_message)
        if extra_checks is not None:
            extra_checks(batch, problems)
        grants = role_grant_events(self.ctx, batch, problems)
        problems.raise_if_any()
        derive_escalation_columns(batch, self.ctx.policy)
        claims = attribute(self.ctx, batch, source=source_name(source), sha256=sha256,
                           claimed=any("id" in v for items in wanted.values()
                                       for v in items if isinstance(v, Mapping)))
        history = attribute_history(self.ctx, [h for h in history
                                               if h.get("kind") not in NEVER_IMPORTED], claims)
        warnings = (f"Skipped {skipped:,} issued report register "
                    f"{'entry' if skipped == 1 else 'entries'}: reports are registered only "
                    "by issuing them in this vault.",) if skipped else ()
        result = self._insert(batch, history, themes, meta, action,
                              {**dict(details or {}), "source": source_name(source),
                               "skipped_register_entries": skipped},
                              progress, claims, grants)
        return dataclasses.replace(result, warnings=warnings)

    # -- writing -----------------------------------------------------------------------
    def _insert(self, batch: Batch, history: Sequence[Mapping[str, Any]],
                themes: Sequence[tuple[str, bool]], meta: Mapping[str, str] | None,
                action: str, details: dict[str, Any],
                progress: Callable[[str, int, int], None] | None,
                claims: Sequence[ClaimRow], grants: Sequence[AuditNote]) -> ImportResult:
        ctx = self.ctx
        counts = {k: len(v) for k, v in batch.built.items() if v}
        details = {**details, "counts": counts, "history": len(history),
                   "themes": len(themes)}
        all_themes = dict(themes)
        for session in batch.built.get("session", []):
            for theme in getattr(session, "themes", ()):
                all_themes.setdefault(theme, True)
        with ctx.write(action, "vault", ctx.vault.vault_id, details, also=grants) as db:
            for kind in KIND_ORDER:
                items = batch.built.get(kind) or []
                if not items:
                    continue
                stored = batch.storage.get(kind, {})
                if stored:
                    allowed = set(bulk.storage_columns(db, BY_KIND[kind]))
                    bad = {c for v in stored.values() for c in v} - allowed
                    if bad:
                        raise ImportRejected(
                            f"{LABELS[kind]} records carry a storage column this vault does "
                            "not have.", None, "_storage")

                def tick(done: int, kind: str = kind, total: int = len(items)) -> None:
                    if progress is not None:
                        progress(kind, done, total)

                bulk.insert_records(db, items, storage=stored, progress=tick)
            if history:
                bulk.insert_history(db, history)
            import_claim_queries.insert_claims(db, claims)
            if all_themes:
                bulk.add_themes(db, sorted(all_themes.items()))
            for key, value in (meta or {}).items():
                vault_tables.set_meta(db, key, value)
        return ImportResult(counts, ctx.last_seq(), len(history), len(all_themes))

    # -- JSON exports ------------------------------------------------------------------
    def import_export(self, data: bytes, *, source: str = "",
                      progress: Callable[[str, int, int], None] | None = None
                      ) -> ImportResult:
        """Import a peerdesk JSON export (every kind, with ids, history and themes).

        Into a vault that already holds records, only kinds the importer may write
        through the app are accepted (a coordinator may not write reflections or
        supervision notes); a new, empty vault takes every kind, as claims."""
        self.check_allowed()
        doc = parse_export(data)
        meta: dict[str, str] = {}
        # New: nothing but the member who created it. A vault that already holds the
        # group's members (and their logins) is in use, even before any session.
        empty = bulk.count(self.ctx.db, "member") <= 1 and all(
            bulk.count(self.ctx.db, k) == 0 for k in KIND_ORDER if k != "member")
        if empty:
            meta = dict(doc.group)
        else:
            refuse_private_kinds(self.ctx, doc.records)
        kind_ids = {k: {str(v.get("id")) for v in items if isinstance(v, Mapping)}
                    for k, items in doc.records.items()}
        versions = {(k, str(v.get("id"))): v.get("version")
                    for k, items in doc.records.items() for v in items
                    if isinstance(v, Mapping)}
        check_history(doc.history, kind_ids, versions)
        digest = hashlib.sha256(data).hexdigest()
        result = self.import_records(
            doc.records, history=doc.history, themes=doc.themes, meta=meta,
            action="import.json",
            details={"format": "json", "sha256": digest,
                     "source_vault": doc.source_vault[:64]},
            progress=progress, source=source, sha256=digest,
        )
        return result


def member_lookup(db: Any) -> tuple[dict[str, list[str]], dict[str, str], dict[str, Member]]:
    """(folded display name → member ids, folded user name → member id, members by id)."""
    members = {m.id: m for m in records.get_many(db, Member, import_queries.live_member_ids(db))}
    by_name: dict[str, list[str]] = {}
    for m in members.values():
        key = unicodedata.normalize("NFC", m.display_name).casefold().strip()
        by_name.setdefault(key, []).append(m.id)
    by_user = {a.username.casefold(): a.member_id for a in vault_tables.live_accounts(db)}
    return by_name, by_user, members
