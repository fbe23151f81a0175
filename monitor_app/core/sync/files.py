"""Sync files on disk: written atomically as age files, opened and checked as hostile input.

Bundles and receipts share this: an age (X25519) file whose plaintext is the signed archive
of `bundle_format`. Plaintext never touches the disk: archives are built and decrypted in
memory. File names are random and say nothing about who, what or when.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from monitor_app.core.errors import StorageError
from monitor_app.core.sync.bundle_format import (
    MAX_FILE_BYTES,
    Archive,
    BundleError,
    build_archive,
    canonical_manifest,
    read_archive,
)
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.identity import Identity, KeyCard, KeyCardError
from monitor_app.core.sync.minisign import SignatureError, parse_signature
from monitor_app.core.vault.atomic import write_private_atomically

SYNC_SUFFIX = ".age"
_AGE_MAGIC = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")


def new_sync_file_name() -> str:
    return secrets.token_hex(16) + SYNC_SUFFIX


def seal_document(
    identity: Identity,
    manifest: dict[str, Any],
    members: dict[str, bytes],
    recipients: Iterable[str],
    out_dir: Path,
    *,
    compress: int,
) -> tuple[Path, bytes]:
    """Sign ``manifest``, archive it with ``members``, encrypt to ``recipients`` and the
    author, and write it under a random name in ``out_dir``. Returns the path and the
    manifest's bytes (whose hash receipts quote)."""
    manifest_bytes = canonical_manifest(manifest)
    comment = f"trial-monitor {manifest['type']} {manifest['id']}"
    signature = identity.signing.sign(manifest_bytes, comment)
    archive = build_archive(manifest, signature, members, compress=compress)
    if len(archive) > MAX_FILE_BYTES:
        raise BundleError("bundle-too-large")
    if not out_dir.is_dir():
        raise StorageError("not-a-folder", path=str(out_dir))
    target = out_dir / new_sync_file_name()
    everyone = list(dict.fromkeys([*recipients, identity.age_recipient]))
    write_private_atomically(target, archive, encrypt_to=everyone)
    return target, manifest_bytes


@dataclass(frozen=True)
class OpenedFile:
    """A decrypted sync file whose archive is well formed; signer not yet checked."""

    raw: bytes  # the file as it is on disk (kept for quarantine)
    archive: Archive
    claimed: KeyCard  # the author's card as the manifest states it

    @property
    def manifest(self) -> dict[str, Any]:
        return self.archive.manifest


def read_sync_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError("file-too-large")
        return path.read_bytes()
    except OSError as exc:
        raise BundleError("file-unreadable", reason=str(exc.strerror or exc)) from exc


def open_sync_bytes(raw: bytes, identity: Identity) -> OpenedFile:
    if not raw.startswith(_AGE_MAGIC):
        raise BundleError("not-an-age-file")
    plaintext = io.BytesIO()
    try:
        pyrage.decrypt_io(io.BytesIO(raw), plaintext, [identity.age])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise BundleError("not-addressed-here") from exc
        raise BundleError("file-incomplete") from exc
    except OSError as exc:  # pyrage reports a failed chunk (truncated, altered) as an I/O error
        raise BundleError("file-altered") from exc
    archive = read_archive(plaintext.getvalue())
    try:
        claimed = KeyCard.from_body(archive.manifest.get("author"))
    except KeyCardError as exc:
        raise BundleError(exc.code, **exc.params) from exc
    return OpenedFile(raw=raw, archive=archive, claimed=claimed)


def check_signature_with(opened: OpenedFile, card: KeyCard) -> None:
    try:
        card.signing_key.verify(opened.archive.manifest_bytes, opened.archive.signature)
    except SignatureError as exc:
        raise BundleError(exc.code, **exc.params) from exc


def known_signer(opened: OpenedFile, contacts: Contacts) -> Contact | None:
    """The contact whose key signed the file, checked, or None when the key is unknown.

    Refuses a file signed by one contact whose manifest claims another author."""
    try:
        key_id = parse_signature(opened.archive.signature).key_id
    except SignatureError as exc:
        raise BundleError(exc.code, **exc.params) from exc
    signer = contacts.by_key_id(key_id)
    if signer is None:
        return None
    check_signature_with(opened, signer.card)
    if signer.author != opened.claimed.author or (
        signer.card.fingerprint != opened.claimed.fingerprint
    ):
        raise BundleError("signer-mismatch", name=signer.name, claimed=opened.claimed.display_name)
    return signer


def check_addressed_to(opened: OpenedFile, identity: Identity) -> dict[str, Any]:
    """This vault's entry among the signed recipients. A file re-encrypted to someone it
    was not written for is refused here."""
    recipients = opened.manifest.get("recipients")
    if not isinstance(recipients, list):
        raise BundleError("manifest-no-recipients")
    for entry in recipients:
        if (
            isinstance(entry, dict)
            and entry.get("author") == identity.author
            and entry.get("age_recipient") == identity.age_recipient
        ):
            return entry
    raise BundleError("not-written-for-here")
