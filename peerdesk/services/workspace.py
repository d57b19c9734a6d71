"""Opening a vault for one person: the entry point of every front end."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peerdesk.crypto.kdf import KdfParams
from peerdesk.domain.permissions import Action, Actor, Resource, allowed
from peerdesk.domain.vocab import Role
from peerdesk.errors import N_, PermissionDenied
from peerdesk.paths import default_vault_dir, risky_location, vault_exists
from peerdesk.services.advisees import AdviseeService
from peerdesk.services.agreements import AgreementService
from peerdesk.services.audit import AuditService
from peerdesk.services.conflicts import ConflictService
from peerdesk.services.context import ServiceContext, zone
from peerdesk.services.erasure import ErasureService
from peerdesk.services.escalations import EscalationService
from peerdesk.services.exchange import ExchangeService
from peerdesk.services.exchange_status import ExchangeStatusService
from peerdesk.services.import_claims import ImportClaims
from peerdesk.services.members import MemberService
from peerdesk.services.queues import QueueService
from peerdesk.services.referrals import ReferralService
from peerdesk.services.reflections import ReflectionService
from peerdesk.services.register import ReportRegister
from peerdesk.services.reports import ReportService
from peerdesk.services.search import SearchService
from peerdesk.services.sessions import SessionService
from peerdesk.services.settings import SettingsService
from peerdesk.services.supervision import SupervisionService
from peerdesk.storage import vault_tables
from peerdesk.vault.backup import BackupInfo, make_backup
from peerdesk.vault.restore import restore_backup
from peerdesk.vault.vault import Vault
from peerdesk.vault.verify import VerifyReport, verify_vault

__all__ = [
    "CurrentUser", "Workspace", "create_vault", "default_vault_dir", "open_vault",
    "open_vault_with_recovery", "restore_vault", "risky_location", "vault_exists",
]


@dataclass(frozen=True)
class CurrentUser:
    member_id: str
    account_id: str
    username: str
    display_name: str
    roles: frozenset[str]

    def has(self, role: str) -> bool:
        return role in self.roles


RECOVERY_USER = CurrentUser("", "recovery", "", "Recovery key", frozenset({"coordinator"}))


class Workspace:
    """An unlocked vault and the person using it. ``lock()`` ends it."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        if vault.is_recovery:
            self.actor = RECOVERY_USER
        else:
            info = vault.account_info()
            self.actor = CurrentUser(
                info.member_id, info.account_id, info.username, info.display_name, info.roles
            )
        self.vault_dir = vault.paths.folder
        self.group_name = vault_tables.get_meta(vault.db, "group_name") or ""
        self.timezone = vault_tables.get_meta(vault.db, "timezone") or "UTC"
        self.vault_id = vault.vault_id
        self.ctx = ServiceContext(
            vault=vault,
            actor=Actor(self.actor.member_id, self.actor.account_id,
                        frozenset(Role(r) for r in self.actor.roles)),
            tz=zone(self.timezone),
        )
        self.members = MemberService(self.ctx)
        self.advisees = AdviseeService(self.ctx)
        self.sessions = SessionService(self.ctx)
        self.audit = AuditService(self.ctx)
        self.reflections = ReflectionService(self.ctx)
        self.agreements = AgreementService(self.ctx)
        self.supervision = SupervisionService(self.ctx)
        self.escalations = EscalationService(self.ctx)
        self.referrals = ReferralService(self.ctx)
        self.register = ReportRegister(self.ctx)
        self.search = SearchService(self.ctx)
        self.queues = QueueService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.erasure = ErasureService(self.ctx)
        self.claims = ImportClaims(self.ctx)
        self.conflicts = ConflictService(self.ctx)
        self.exchange = ExchangeService(self.ctx)
        self.exchange_status = ExchangeStatusService(self.ctx)
        self.ctx.policy = self.settings.policy()
        self.reports = ReportService(self.ctx, self)

    def can(self, action: Action, resource: Resource, *, owns: bool = False,
            assigned: bool = False, operational: bool = False) -> bool:
        """Whether this person may do ``action`` on ``resource``, read from the domain's
        permission matrix (docs/permissions.md). Front ends use it to show or hide
        controls; the services enforce the same matrix on every call."""
        return self.ctx.allowed(action, resource, owns=owns, assigned=assigned,
                                operational=operational)

    @property
    def vault(self) -> Vault:
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault.is_open

    def lock(self) -> None:
        self._vault.close()

    def audit_head(self) -> tuple[int, str]:
        return self._vault.audit_head()

    # -- account ----------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str) -> None:
        self._vault.change_passphrase(old, new)

    def reset_passphrase(self, username: str, new: str) -> None:
        self._vault.reset_passphrase(username, new)

    # -- safety -----------------------------------------------------------------------
    def backup(self, out: Path) -> BackupInfo:
        if not allowed(self.ctx.actor, Action.READ, Resource.BACKUP):
            raise PermissionDenied(N_("Only a coordinator or a supervisor can make a backup."))
        return make_backup(self._vault, out)

    def verify(self, anchor: tuple[int, str] | None = None) -> VerifyReport:
        return verify_vault(self._vault, anchor)

    def recovery_sheet_pdf(self, recovery_key: str, lang: str | None = None) -> bytes:
        """The printed recovery sheet, in ``lang`` (default: the acting member's)."""
        from peerdesk.i18n import using
        from peerdesk.reports.recovery_sheet import render_recovery_sheet
        from peerdesk.vault.layout import utc_now

        with using(self.reports.language(lang)):
            pdf: bytes = render_recovery_sheet(
                group_name=self.group_name, vault_id=self.vault_id,
                recovery_key=recovery_key, created_at=utc_now(),
            )
        return pdf

    # -- drafts -----------------------------------------------------------------------
    def save_draft(self, key: str, data: str) -> None:
        self._vault.save_draft(key, data)

    def load_draft(self, key: str) -> str | None:
        return self._vault.load_draft(key)

    def discard_draft(self, key: str) -> None:
        self._vault.discard_draft(key)


def create_vault(
    vault_dir: Path,
    *,
    group_name: str,
    username: str,
    display_name: str,
    passphrase: str,
    kdf: KdfParams | None = None,
    timezone: str = "UTC",
) -> tuple[Workspace, str]:
    vault, recovery_key = Vault.create(
        Path(vault_dir), group_name=group_name, username=username, display_name=display_name,
        passphrase=passphrase, kdf=kdf, timezone=timezone,
    )
    return Workspace(vault), recovery_key


def open_vault(vault_dir: Path, username: str, passphrase: str) -> Workspace:
    return Workspace(Vault.unlock(Path(vault_dir), username, passphrase))


def open_vault_with_recovery(vault_dir: Path, recovery_key: str) -> Workspace:
    return Workspace(Vault.unlock_with_recovery(Path(vault_dir), recovery_key))


def restore_vault(
    backup_file: Path, vault_dir: Path, username: str, secret: str, *, recovery: bool = False
) -> BackupInfo:
    return restore_backup(Path(backup_file), Path(vault_dir), username, secret, recovery=recovery)
