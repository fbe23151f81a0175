"""Cryptographic primitives of the vault: key derivation, sealing, recovery codes.

Everything here is built from `cryptography`'s audited primitives; nothing is invented.
A sealed blob is ``MAGIC + version + nonce + AES-256-GCM(ciphertext||tag)``; the header is
authenticated together with the caller's associated data, so a blob cannot be moved to
another row, another purpose or another format version without failing to open.
"""

from __future__ import annotations

import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass, fields

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from monitor_app.core.errors import VaultCorrupt

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
SEAL_MAGIC = b"TMs"
SEAL_VERSION = 1
_SEAL_HEADER = SEAL_MAGIC + bytes([SEAL_VERSION])

# Plaintext is padded to a multiple of this, so ciphertext sizes in the vault say little
# about how long a note is.
PAD_BLOCK = 256


class SealError(Exception):
    """A sealed blob failed to open: wrong key, wrong row, or altered bytes."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored beside the salt so they can be raised later."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    def cost(self) -> int:
        """Relative work of one derivation: time grows with memory times passes."""
        return self.memory_kib * self.iterations

    @classmethod
    def from_stored(cls, data: object) -> KdfParams:
        """Parameters read from a vault file, refused unless each is a whole number between
        the floor and the ceiling: a tampered file must not make us spend gigabytes of
        memory or hours of passes before the passphrase is even checked."""
        if not isinstance(data, dict):
            raise VaultCorrupt("kdf-params-malformed", field="params")
        values: dict[str, int] = {}
        for field in fields(cls):
            value = data.get(field.name)
            # bool is an int to Python, not to a file format.
            if type(value) is not int:
                raise VaultCorrupt("kdf-params-malformed", field=field.name)
            low, high = getattr(KDF_FLOOR, field.name), getattr(KDF_CEILING, field.name)
            if not low <= value <= high:
                raise VaultCorrupt(
                    "kdf-params-out-of-range", field=field.name, value=value, low=low, high=high
                )
            values[field.name] = value
        return cls(**values)


# RFC 9106 section 4, second recommended option: the floor we never go below.
KDF_FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# The most this app ever writes, and so the most it accepts from a file: about 0.3 GB and
# a few seconds of a slow laptop at worst. More memory is the better defence against GPUs,
# but a laptop must still cope.
KDF_CEILING = KdfParams(memory_kib=256 * 1024, iterations=32, lanes=16)


def check_salt(salt: object) -> bytes:
    """A key slot's salt as read from the file: bytes of the one length we write."""
    if not isinstance(salt, bytes) or len(salt) != SALT_BYTES:
        got = len(salt) if isinstance(salt, bytes | str) else 0
        raise VaultCorrupt("key-slot-salt", got=got, expected=SALT_BYTES)
    return salt


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def calibrate_kdf(target_seconds: float = 0.5) -> KdfParams:
    """Pick Argon2id costs that take about ``target_seconds`` here, never below the floor.

    Memory is raised first (up to the ceiling), then passes, since cost grows
    roughly linearly in both.
    """
    started = time.perf_counter()
    derive_key(b"calibration", bytes(SALT_BYTES), KDF_FLOOR)
    floor_seconds = max(time.perf_counter() - started, 1e-3)
    scale = max(1.0, target_seconds / floor_seconds)
    memory = min(KDF_CEILING.memory_kib, int(KDF_FLOOR.memory_kib * scale) // 1024 * 1024)
    memory = max(memory, KDF_FLOOR.memory_kib)
    iterations = max(
        KDF_FLOOR.iterations,
        round(KDF_FLOOR.iterations * scale * KDF_FLOOR.memory_kib / memory),
    )
    # A very fast machine must still write what every machine will accept.
    iterations = min(iterations, KDF_CEILING.iterations)
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=KDF_FLOOR.lanes)


def passphrase_bytes(passphrase: str) -> bytes:
    """The same passphrase typed on any system gives the same bytes (NFC, UTF-8)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class PurposeKeys:
    """The AEAD objects of one master key, one per purpose (the raw master is not kept)."""

    records: AESGCM
    blobs: AESGCM
    secrets: AESGCM
    sync: AESGCM  # contacts, bundles sent and received, quarantine, links, kept figures


def purpose_keys(master: bytes) -> PurposeKeys:
    return PurposeKeys(
        records=AESGCM(subkey(master, "trial-monitor records v1")),
        blobs=AESGCM(subkey(master, "trial-monitor blobs v1")),
        secrets=AESGCM(subkey(master, "trial-monitor vault secrets v1")),
        sync=AESGCM(subkey(master, "trial-monitor sync v1")),
    )


def subkey(master: bytes, purpose: str) -> bytes:
    """An independent key per purpose, so one key never serves two jobs."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode()
    ).derive(master)


def pad(plaintext: bytes) -> bytes:
    """Pad with spaces: JSON ignores trailing whitespace, so no length field is needed."""
    return plaintext + b" " * (-len(plaintext) % PAD_BLOCK)


def seal(aead: AESGCM, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return _SEAL_HEADER + nonce + aead.encrypt(nonce, plaintext, _SEAL_HEADER + aad)


def unseal(aead: AESGCM, blob: bytes, aad: bytes) -> bytes:
    header_len = len(_SEAL_HEADER)
    if len(blob) < header_len + NONCE_BYTES + 16 or blob[:header_len] != _SEAL_HEADER:
        raise SealError("not a sealed blob of a known version")
    nonce = blob[header_len : header_len + NONCE_BYTES]
    try:
        return aead.decrypt(nonce, blob[header_len + NONCE_BYTES :], _SEAL_HEADER + aad)
    except InvalidTag as exc:
        raise SealError("authentication failed") from exc


def new_id() -> str:
    """An opaque random identifier (128 bits, lowercase base32-ish hex)."""
    return secrets.token_hex(16)
