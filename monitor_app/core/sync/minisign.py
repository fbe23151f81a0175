"""Ed25519 signatures in minisign's format, so `minisign -V` can check what we sign.

A minisign public key is ``"Ed" + key id (8 bytes) + Ed25519 public key``; a signature
file holds ``"ED" + key id + Ed25519(BLAKE2b-512(message))`` (the pre-hashed variant) and
a trusted comment signed together with that signature. Both are base64 lines under an
``untrusted comment:`` line. Built from `cryptography`'s Ed25519 and hashlib's BLAKE2b.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
)

from monitor_app.core.errors import TrialMonitorError

KEY_ALGORITHM = b"Ed"
PREHASHED_ALGORITHM = b"ED"
KEY_ID_BYTES = 8
ED25519_SIGNATURE_BYTES = 64
_SIGNATURE_FILE_LINES = 4
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
MAX_SIGNATURE_FILE_BYTES = 4096


class SignatureError(TrialMonitorError):
    """A signature is malformed, made by another key, or does not match the data."""


def key_id_for(public_key: bytes) -> bytes:
    """Our key ids are the first 8 bytes of BLAKE2b(public key): stable, and as good as
    minisign's random ones for telling keys apart."""
    return hashlib.blake2b(public_key, digest_size=KEY_ID_BYTES).digest()


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    raw: bytes  # the 32-byte Ed25519 public key

    def to_base64(self) -> str:
        return base64.b64encode(KEY_ALGORITHM + self.key_id + self.raw).decode("ascii")

    def to_file_text(self) -> str:
        """A file `minisign -V -p FILE` reads."""
        return f"{_UNTRUSTED}minisign public key {self.key_id_hex}\n{self.to_base64()}\n"

    @property
    def key_id_hex(self) -> str:
        # minisign prints the key id as a little-endian 64-bit number.
        return self.key_id[::-1].hex().upper()

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        data = _b64(text, error_code="public-key-not-base64")
        if len(data) != 2 + KEY_ID_BYTES + 32 or data[:2] != KEY_ALGORITHM:
            raise SignatureError("not-ed25519-key")
        return cls(key_id=data[2 : 2 + KEY_ID_BYTES], raw=data[2 + KEY_ID_BYTES :])

    def verify(self, message: bytes, signature_file: bytes) -> str:
        """Check a signature file over ``message``; return its trusted comment."""
        signature = parse_signature(signature_file)
        if signature.key_id != self.key_id:
            raise SignatureError("signature-other-key")
        key = Ed25519PublicKey.from_public_bytes(self.raw)
        try:
            key.verify(signature.signature, _prehash(message))
            key.verify(
                signature.global_signature,
                signature.signature + signature.trusted_comment.encode("utf-8"),
            )
        except InvalidSignature as exc:
            raise SignatureError("signature-mismatch") from exc
        return signature.trusted_comment


@dataclass(frozen=True)
class Signature:
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


class SecretKey:
    """An Ed25519 signing key; only its 32-byte seed is ever stored (sealed in the vault)."""

    def __init__(self, seed: bytes) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(seed)
        raw = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public = PublicKey(key_id=key_id_for(raw), raw=raw)

    def sign(self, message: bytes, trusted_comment: str) -> bytes:
        """A minisign signature file (pre-hashed, with a signed trusted comment)."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        signature = self._key.sign(_prehash(message))
        global_signature = self._key.sign(signature + trusted_comment.encode("utf-8"))
        lines = (
            f"{_UNTRUSTED}signature from Trial Monitor key {self.public.key_id_hex}",
            base64.b64encode(PREHASHED_ALGORITHM + self.public.key_id + signature).decode(),
            f"{_TRUSTED}{trusted_comment}",
            base64.b64encode(global_signature).decode(),
        )
        return ("\n".join(lines) + "\n").encode("utf-8")

    def sign_raw(self, message: bytes) -> bytes:
        """A bare Ed25519 signature (for key cards, which are not files minisign checks)."""
        return self._key.sign(message)


def verify_raw(public: PublicKey, message: bytes, signature: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public.raw).verify(signature, message)
    except (InvalidSignature, ValueError) as exc:
        raise SignatureError("signature-mismatch") from exc


def parse_signature(data: bytes) -> Signature:
    """Parse a minisign signature file; only the pre-hashed Ed25519 kind is accepted."""
    if len(data) > MAX_SIGNATURE_FILE_BYTES:
        raise SignatureError("signature-file-too-large")
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise SignatureError("signature-file-not-text") from exc
    if (
        len(lines) < _SIGNATURE_FILE_LINES
        or not lines[0].startswith(_UNTRUSTED)
        or not lines[2].startswith(_TRUSTED)
    ):
        raise SignatureError("signature-file-format")
    head = _b64(lines[1], error_code="signature-not-base64")
    if len(head) != 2 + KEY_ID_BYTES + ED25519_SIGNATURE_BYTES or head[:2] != PREHASHED_ALGORITHM:
        raise SignatureError("signature-kind")
    global_signature = _b64(lines[3], error_code="signature-not-base64")
    if len(global_signature) != ED25519_SIGNATURE_BYTES:
        raise SignatureError("trusted-comment-unsigned")
    return Signature(
        key_id=head[2 : 2 + KEY_ID_BYTES],
        signature=head[2 + KEY_ID_BYTES :],
        trusted_comment=lines[2][len(_TRUSTED) :],
        global_signature=global_signature,
    )


def _prehash(message: bytes) -> bytes:
    return hashlib.blake2b(message, digest_size=64).digest()


def _b64(text: str, *, error_code: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(error_code) from exc
