"""Typed errors of the core, each a code and its parameters.

Every error carries ``code`` (a short stable string that names what was refused) and
``params`` (plain values: a number, a name, a file name). Its ``str()`` is the English
message, the code's template in `error_messages.TEMPLATES` filled in with the params: the
CLI prints that. The GUI translates the template instead and fills in the same params
(`gui.common.messages.error_text`), so a name or a file name from a bundle is never part of
a text a translator sees. Messages never contain note content, so they are safe to log.

Every raise site has the one form ``raise ValidationError("country-code", got=value)``;
tests/core/test_error_messages.py checks that each code has a template.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from monitor_app.core.error_messages import english

Param = str | int | float


class TrialMonitorError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, code: str, /, **params: Param) -> None:
        self.code = code
        self.params: Mapping[str, Param] = MappingProxyType(params)
        super().__init__(english(code, params))

    def __reduce__(self) -> tuple[object, tuple[()]]:
        # Exception's own pickling would call __init__ with the message alone.
        return functools.partial(type(self), self.code, **self.params), ()


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
    """A new passphrase below the minimum: one code per reason, and the reason itself
    (a `passwords.Weakness` value) in ``params["reason"]``."""

    @property
    def reason(self) -> str:
        return str(self.params["reason"])


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
