"""How much the quarantine may hold: bundles validly signed by someone who is not a contact.

Anyone who knows a coordinator's public age key can make such bundles, and a watch folder
takes them in with no one acting, so the quarantine is capped by count and by total size.
The caps are the vault's own (a sealed vault secret), changeable in Settings. A bundle
past either cap is refused whole, from its size on disk, and nothing of it is kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from monitor_app.core.errors import ValidationError, VaultCorrupt
from monitor_app.core.vault.vault import Vault

LIMITS_SECRET = "quarantine_limits"  # noqa: S105 (a secret's name)
MIB = 1024**2
DEFAULT_COUNT = 20
DEFAULT_MEGABYTES = 200
COUNT_RANGE = (1, 1000)
MEGABYTES_RANGE = (1, 100_000)


@dataclass(frozen=True)
class QuarantineLimits:
    count: int = DEFAULT_COUNT  # bundles
    megabytes: int = DEFAULT_MEGABYTES  # MiB of files kept, all together

    @property
    def total_bytes(self) -> int:
        return self.megabytes * MIB


def quarantine_limits(vault: Vault) -> QuarantineLimits:
    """The vault's caps, or the defaults when none were set."""
    if not vault.has_secret(LIMITS_SECRET):
        return QuarantineLimits()
    try:
        stored = json.loads(vault.get_secret(LIMITS_SECRET))
        return _checked(QuarantineLimits(int(stored["count"]), int(stored["megabytes"])))
    except (ValueError, TypeError, KeyError, ValidationError) as exc:
        raise VaultCorrupt("quarantine-limits-malformed") from exc


def set_quarantine_limits(vault: Vault, limits: QuarantineLimits) -> None:
    _checked(limits)
    value = {"count": limits.count, "megabytes": limits.megabytes}
    vault.set_secret(LIMITS_SECRET, json.dumps(value).encode("ascii"))


def _checked(limits: QuarantineLimits) -> QuarantineLimits:
    if not COUNT_RANGE[0] <= limits.count <= COUNT_RANGE[1]:
        raise ValidationError(
            "quarantine-count-range", low=COUNT_RANGE[0], high=COUNT_RANGE[1], got=limits.count
        )
    if not MEGABYTES_RANGE[0] <= limits.megabytes <= MEGABYTES_RANGE[1]:
        raise ValidationError(
            "quarantine-size-range",
            low=MEGABYTES_RANGE[0],
            high=MEGABYTES_RANGE[1],
            got=limits.megabytes,
        )
    return limits
