"""Recovery codes: 160 random bits, written as eight groups of four letters for paper, and
forgiving when typed back."""

from __future__ import annotations

import secrets

# Crockford's base32: no I, L, O or U, so codes read aloud or retyped survive.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4
RECOVERY_BITS = RECOVERY_GROUPS * RECOVERY_GROUP_LEN * 5  # 160 bits


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(
        chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    )


def normalize_recovery_code(code: str) -> str | None:
    """Canonical form of a typed recovery code, or None if it cannot be one.

    Case, spaces, dashes and the look-alikes O/0 and I/L/1 are forgiven.
    """
    compact = "".join(ch for ch in code.upper() if ch not in " -\t\n").translate(_CONFUSABLE)
    if len(compact) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(
        ch not in _CROCKFORD for ch in compact
    ):
        return None
    return "-".join(
        compact[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(compact), RECOVERY_GROUP_LEN)
    )
