"""Key slots: the master key wrapped for each way into a vault.

Two kinds, named in the `kdf` column:

- ``argon2id`` (the passphrase; the recovery code of vaults made before recipient slots):
  ``KEK = Argon2id(secret, salt, params)`` wraps the master key. Re-wrapping needs the secret.
- ``x25519`` (the recovery code, the trustees' shared secret): the secret, 128 or more
  random bits, is turned into an X25519 identity by HKDF (stretching adds nothing to that
  many random bits); the vault keeps the master key wrapped to the identity's public key
  with an ephemeral key (ECDH, HKDF-SHA256, AES-256-GCM). Re-wrapping needs only the
  public key, so a re-key after a passphrase change keeps the recovery code and the
  trustees' shares working without knowing them. The public key is kept sealed (as a
  vault secret, see `Recipient`), never in clear: a file that was tampered with cannot
  substitute a key of its own to receive the next master key.

Everything read from the file is checked before any work is spent on it (KDF bounds, salt
length, sizes): a malformed slot is a typed `VaultCorrupt`, never an unexpected error.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.vault import crypto
from monitor_app.core.vault.crypto import KdfParams, SealError

ARGON2ID = "argon2id"
X25519 = "x25519"
PUBLIC_KEY_BYTES = 32

SlotRow = tuple[str, str, str, bytes, bytes]  # name, kdf, params, salt, wrapped
INSERT_SQL = (
    "INSERT OR REPLACE INTO keyslots(name, kdf, params, salt, wrapped) VALUES (?, ?, ?, ?, ?)"
)
SELECT_SQL = "SELECT name, kdf, params, salt, wrapped FROM keyslots WHERE name = ?"


def slot_aad(vault_id: str, slot: str) -> bytes:
    return f"keyslot|{vault_id}|{slot}".encode()


@dataclass(frozen=True)
class Recipient:
    """What re-wrapping a recipient slot needs: its X25519 public key and the salt its
    identity is derived with. Kept sealed in the vault, not read from the clear slot."""

    public_key: bytes
    salt: bytes

    def to_dict(self) -> dict[str, str]:
        return {"public_key": self.public_key.hex(), "salt": self.salt.hex()}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Recipient:
        try:
            public_key = bytes.fromhex(str(data["public_key"]))
            salt = bytes.fromhex(str(data["salt"]))
        except (KeyError, ValueError) as exc:
            raise VaultCorrupt("setting-malformed") from exc
        if len(public_key) != PUBLIC_KEY_BYTES or len(salt) != crypto.SALT_BYTES:
            raise VaultCorrupt("setting-malformed")
        return cls(public_key, salt)


def _identity(vault_id: str, slot: str, secret: bytes, salt: bytes) -> X25519PrivateKey:
    seed = HKDF(
        algorithm=hashes.SHA256(),
        length=crypto.KEY_BYTES,
        salt=salt,
        info=f"trial-monitor recipient slot v1|{vault_id}|{slot}".encode(),
    ).derive(secret)
    return X25519PrivateKey.from_private_bytes(seed)


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def new_recipient(vault_id: str, slot: str, secret: bytes) -> Recipient:
    """The recipient that ``secret`` (a fresh recovery code, a fresh trustee secret) opens."""
    salt = os.urandom(crypto.SALT_BYTES)
    return Recipient(_public_bytes(_identity(vault_id, slot, secret, salt).public_key()), salt)


def _wrap_kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> AESGCM:
    return AESGCM(
        HKDF(
            algorithm=hashes.SHA256(),
            length=crypto.KEY_BYTES,
            salt=ephemeral + recipient,
            info=b"trial-monitor keyslot wrap v1",
        ).derive(shared)
    )


def recipient_row(vault_id: str, slot: str, recipient: Recipient, master: bytes) -> SlotRow:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.public_key))
    kek = _wrap_kek(shared, ephemeral_public, recipient.public_key)
    wrapped = ephemeral_public + crypto.seal(kek, master, slot_aad(vault_id, slot))
    return (slot, X25519, "{}", recipient.salt, wrapped)


def passphrase_row(
    vault_id: str, slot: str, secret: bytes, master: bytes, params: KdfParams
) -> SlotRow:
    salt = os.urandom(crypto.SALT_BYTES)
    kek = AESGCM(crypto.derive_key(secret, salt, params))
    wrapped = crypto.seal(kek, master, slot_aad(vault_id, slot))
    return (slot, ARGON2ID, json.dumps(params.to_dict()), salt, wrapped)


def kdf_params(row: tuple[object, ...]) -> KdfParams:
    """The Argon2id parameters of an ``argon2id`` slot row, within bounds."""
    try:
        data = json.loads(row[2]) if isinstance(row[2], str) else None
    except ValueError:
        data = None
    return KdfParams.from_stored(data)


def unwrap(vault_id: str, row: tuple[object, ...] | None, secret: bytes) -> bytes | None:
    """The master key from a slot row read with `SELECT_SQL`, or None if ``secret`` does
    not open it. Refuses a malformed slot before deriving anything."""
    if row is None:
        raise VaultCorrupt("key-slot-unknown")
    slot, kind, _, salt, wrapped = row
    if not isinstance(slot, str) or not isinstance(wrapped, bytes):
        raise VaultCorrupt("key-slot-unknown")
    salt = crypto.check_salt(salt)
    aad = slot_aad(vault_id, slot)
    if kind == ARGON2ID:
        kek = AESGCM(crypto.derive_key(secret, salt, kdf_params(row)))
        sealed = wrapped
    elif kind == X25519:
        if len(wrapped) <= PUBLIC_KEY_BYTES:
            raise VaultCorrupt("key-slot-unknown")
        ephemeral_public = wrapped[:PUBLIC_KEY_BYTES]
        identity = _identity(vault_id, slot, secret, salt)
        try:
            shared = identity.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        except ValueError:  # a low-order point: altered bytes, opened by no secret
            return None
        kek = _wrap_kek(shared, ephemeral_public, _public_bytes(identity.public_key()))
        sealed = wrapped[PUBLIC_KEY_BYTES:]
    else:
        raise VaultCorrupt("key-slot-unknown")
    try:
        return crypto.unseal(kek, sealed, aad)
    except SealError:
        return None
