"""The register of issued reports: every PDF produced, with its SHA-256.

The reports code calls :meth:`ReportRegister.register` once the PDF bytes exist;
``peerdesk verify --report FILE.pdf`` looks the file's hash up with
:meth:`ReportRegister.find_by_sha256`.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk.domain import validate
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_base import RecordMeta
from peerdesk.domain.records_register import IssuedReport
from peerdesk.domain.vocab import Role
from peerdesk.errors import PermissionDenied, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.context import ServiceContext
from peerdesk.storage import records, register_queries

R = Resource.REPORTS


class ReportRegister:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def register(self, kind: str, params: Mapping[str, str], sha256: str, *,
                 operational: bool = False, about_self: bool = False,
                 report_id: str | None = None) -> IssuedReport:
        """Enter a produced report. One audit event ``report.issued``.

        ``operational``: the report holds no note text (coordinators may issue those);
        ``about_self``: it is about the acting member only (advisors may issue those).
        """
        ctx = self.ctx
        ctx.check(Action.CREATE, R, owns=about_self, operational=operational)
        sha = sha256.strip().lower() if isinstance(sha256, str) else ""
        meta = ctx.new_meta()
        if report_id:
            meta = RecordMeta.new(by=meta.created_by, now=meta.created_at, id=report_id)
        report = validate.build_issued_report(
            meta=meta, kind=kind, params=dict(params),
            by=ctx.actor.member_id or "recovery", sha256=sha)
        if register_queries.report_id_for_sha256(ctx.db, report.sha256):
            raise ValidationError(N_("A report with exactly these contents is already registered."),
                                  "sha256")
        with ctx.write("report.issued", "issued_report", report.id,
                       {"kind": report.kind, "sha256": report.sha256}) as db:
            records.insert(db, report)
        return report

    def find_by_sha256(self, sha256: str) -> IssuedReport | None:
        """The register entry of a PDF with this hash, or None (any member may check)."""
        sha = sha256.strip().lower() if isinstance(sha256, str) else ""
        report_id = register_queries.report_id_for_sha256(self.ctx.db, sha)
        if report_id is None or not register_queries.issued_here(self.ctx.db, report_id, sha):
            return None
        return records.get(self.ctx.db, IssuedReport, report_id)

    def list(self, *, kind: str | None = None, limit: int = 100_000,
             offset: int = 0) -> list[IssuedReport]:
        """Newest first. Coordinators and supervisors see every entry, advisors their own."""
        ctx = self.ctx
        roles = ctx.actor.roles
        if Role.SUPERVISOR in roles or Role.COORDINATOR in roles:
            by = None
        elif ctx.allowed(Action.READ, R, owns=True):
            by = ctx.actor.member_id
        else:
            raise PermissionDenied(N_("You cannot read the register of reports."))
        ids = register_queries.report_ids(ctx.db, by=by, kind=kind, limit=limit, offset=offset)
        return records.get_many(ctx.db, IssuedReport, ids)
