"""The errors peerdesk raises on purpose.

Every message here is safe to show a user and to print on stderr: none of them ever
contains note text, names, keys or passphrases. Each error carries the CLI exit code
that docs/cli.md assigns to it.
"""

from __future__ import annotations


def N_(message: str) -> str:  # the keyword the catalog's extraction reads (make locale-update)
    """Mark a default message for the core's catalog: a front end shows it in the person's
    language (the desktop app: ``ui/language.py``); ``str(err)`` stays English."""
    return message


class PeerdeskError(Exception):
    """Base of every expected failure. ``str(err)`` is one clear line for a person."""

    exit_code = 1


class UsageError(PeerdeskError):
    exit_code = 2


class WrongPassphrase(PeerdeskError):
    exit_code = 3

    def __init__(self, message: str = N_("Wrong user name or passphrase.")) -> None:
        super().__init__(message)


class VaultDamaged(PeerdeskError):
    """The vault exists but its database or key slots cannot be trusted."""

    exit_code = 4


class VaultMissing(PeerdeskError):
    exit_code = 4


class VaultAlreadyOpen(PeerdeskError):
    exit_code = 5

    def __init__(
        self,
        message: str = N_("This vault is already open in another peerdesk window or program. "
                          "Close it there first."),
    ) -> None:
        super().__init__(message)


class VaultTooNew(PeerdeskError):
    exit_code = 4


class VaultExists(PeerdeskError):
    exit_code = 2


class VaultLocked(PeerdeskError):
    """An operation was attempted after the vault was locked."""

    exit_code = 1

    def __init__(self,
                 message: str = N_("The vault is locked. Unlock it again to continue.")) -> None:
        super().__init__(message)


class PermissionDenied(PeerdeskError):
    exit_code = 6


class NotFound(PeerdeskError):
    exit_code = 1


class ValidationError(PeerdeskError):
    """Bad input. ``errors`` maps a field name to a message shown beside that field."""

    exit_code = 2

    def __init__(self, errors: dict[str, str] | str, field: str = "") -> None:
        if isinstance(errors, str):
            errors = {field: errors}
        self.errors: dict[str, str] = dict(errors)
        first_field, first_msg = next(iter(self.errors.items()))
        super().__init__(f"{first_field}: {first_msg}" if first_field else first_msg)


class InvalidTransition(PeerdeskError):
    exit_code = 2


class StorageFull(PeerdeskError):
    exit_code = 1

    def __init__(
        self,
        message: str = N_("The disk is full or not writable. Nothing was saved; "
                          "free some space and try again."),
    ) -> None:
        super().__init__(message)


class AuditChainBroken(PeerdeskError):
    exit_code = 4


class ImportRejected(PeerdeskError):
    """A malformed import file. Nothing was imported."""

    exit_code = 2

    def __init__(self, message: str, row: int | None = None, column: str | None = None) -> None:
        self.row = row
        self.column = column
        where = ""
        if row is not None:
            where = f"row {row}"
            if column:
                where += f", column '{column}'"
            where += ": "
        super().__init__(where + message)


class Cancelled(PeerdeskError):
    exit_code = 130


class BundleRefused(PeerdeskError):
    """An exchange bundle or join request that is not applied. Nothing was changed.

    ``reason`` is one of the ``peerdesk.exchange.container.Refusal`` values, so a front end
    can say the same thing in its own words (and language).
    """

    exit_code = 7

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)
