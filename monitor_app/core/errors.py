"""Typed errors of the core, each carrying a message written for the user.

The CLI prints ``str(error)`` as one line; the GUI shows it in a dialog. Messages never
contain note content, so they are also safe to log.
"""

from __future__ import annotations


class TrialMonitorError(Exception):
    """Base of every error the core raises on purpose."""


class VaultError(TrialMonitorError):
    """Something is wrong with the vault as a whole."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultCorrupt(VaultError):
    pass


class UnsupportedVaultVersion(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class WrongRecoveryCode(VaultError):
    pass


class WeakPassphrase(VaultError):
    """A new passphrase below the minimum; ``reason`` names why (a `passwords.Weakness`
    value), so a client can say it in the user's language."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class StorageError(VaultError):
    """The disk refused a write (full, read-only, vanished). Nothing was saved."""


class RecordNotFound(TrialMonitorError):
    pass


class ValidationError(TrialMonitorError):
    """User input that cannot be accepted as it is."""


class UnknownCode(ValidationError):
    pass


class TaxonomyError(TrialMonitorError):
    """The taxonomy data file itself is malformed."""
