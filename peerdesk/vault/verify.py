"""``peerdesk verify``: database integrity, the audit chain, and the key slots."""

from __future__ import annotations

from dataclasses import dataclass, field

from peerdesk.crypto.kdf import KdfParams
from peerdesk.crypto.keyslots import KIND_ACCOUNT, KIND_RECOVERY
from peerdesk.errors import VaultDamaged
from peerdesk.storage import audit_table, vault_tables
from peerdesk.vault.audit_chain import ChainReport, key_id, verify_chain
from peerdesk.vault.change_check import ChangeLogReport, check_change_log
from peerdesk.vault.content_check import ContentReport, check_content
from peerdesk.vault.vault import Vault

#: Records named one per line before the rest are counted.
MAX_LISTED = 200


@dataclass
class VerifyReport:
    integrity: list[str] = field(default_factory=list)
    chain: ChainReport = field(default_factory=ChainReport)
    slots: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    content: ContentReport = field(default_factory=ContentReport)
    changes: ChangeLogReport = field(default_factory=ChangeLogReport)

    @property
    def ok(self) -> bool:
        return (not self.integrity and self.chain.ok and not self.slots and self.content.ok
                and self.changes.ok)

    def lines(self) -> list[str]:
        out = []
        out.append(
            "Database integrity: ok" if not self.integrity
            else f"Database integrity: FAILED ({len(self.integrity)} problems)"
        )
        out.extend(f"  - {p}" for p in self.integrity[:10])
        if self.chain.ok:
            out.append(
                f"Audit chain: ok ({self.chain.events} events, head "
                f"{self.chain.head_seq}:{self.chain.head_hash[:16]})"
            )
        else:
            out.append(f"Audit chain: FAILED ({len(self.chain.problems)} problems)")
            out.extend(f"  - {p}" for p in self.chain.problems)
        if self.content.ok:
            out.append(f"Record contents: ok ({self.content.records} records match the chain)")
        else:
            out.append(f"Record contents: FAILED ({len(self.content.problems)} problems)")
            out.extend(f"  - {p}" for p in self.content.problems[:MAX_LISTED])
            if len(self.content.problems) > MAX_LISTED:
                out.append(f"  - and {len(self.content.problems) - MAX_LISTED} more")
        if self.changes.ok:
            chains = "chain" if self.changes.devices == 1 else "chains"
            out.append(f"Change log: ok ({self.changes.changes} changes on "
                       f"{self.changes.devices} device {chains})")
        else:
            out.append(f"Change log: FAILED ({len(self.changes.problems)} problems)")
            out.extend(f"  - {p}" for p in self.changes.problems)
        out.append("Key slots: ok" if not self.slots else "Key slots: FAILED")
        out.extend(f"  - {p}" for p in self.slots)
        out.extend(f"Warning: {w}" for w in self.warnings)
        return out


def verify_vault(vault: Vault, anchor: tuple[int, str] | None = None) -> VerifyReport:
    report = VerifyReport()
    report.integrity = vault.db.integrity_problems()
    report.chain = verify_chain(audit_table.iter_events(vault.db), vault.vault_id, anchor)
    try:
        report.content = check_content(vault.db, report.chain.content_claims)
    except VaultDamaged:
        report.content.problems.append("the records could not be read: the database is damaged")
    else:
        report.changes = check_change_log(vault.db, vault.vault_id, report.chain,
                                          report.content.digests)
    report.slots, report.warnings = check_slots(vault, report.chain)
    return report


def check_slots(vault: Vault, chain: ChainReport) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    warnings: list[str] = []
    slots = vault.slot_file.slots
    salts = [s.salt for s in slots]
    if len(set(salts)) != len(salts):
        problems.append("two key slots share a salt")
    if not any(s.kind == KIND_RECOVERY for s in slots):
        warnings.append("the vault has no recovery key slot")
    accounts = {a.account_id: a for a in vault_tables.live_accounts(vault.db)}
    for slot in slots:
        if slot.key_epoch != vault.slot_file.key_epoch:
            problems.append(f"slot for '{slot.username or 'recovery'}' is from an old data key")
        if slot.kind == KIND_ACCOUNT:
            if slot.account_id not in accounts:
                problems.append(f"slot for '{slot.username}' has no live account")
            elif key_id(slot.sign_public) not in chain.keys:
                problems.append(f"slot for '{slot.username}' has a key the audit chain never saw")
            else:
                history = audit_table.slot_history(vault.db, slot.account_id)
                if slot.slot_id in history and slot.slot_id != history[-1]:
                    problems.append(
                        f"slot for '{slot.username}' was replaced by a passphrase change "
                        "(an old slot was put back)"
                    )
                elif slot.slot_id not in history:
                    warnings.append(
                        f"slot for '{slot.username}' is not yet recorded in the audit chain "
                        "(an interrupted passphrase change, recorded at that login's next "
                        "unlock, or a slot added outside peerdesk)"
                    )
            try:
                params = KdfParams.from_dict(slot.kdf)
            except ValueError:
                problems.append(f"slot for '{slot.username}' has unreadable key derivation")
                continue
            if not params.meets_floor():
                warnings.append(
                    f"slot for '{slot.username}' uses weak key derivation (test or demo "
                    "settings); change that passphrase to strengthen it"
                )
    for account_id, info in accounts.items():
        if not any(s.account_id == account_id for s in slots):
            warnings.append(f"account '{info.username}' has no key slot and cannot log in")
    return problems, warnings
