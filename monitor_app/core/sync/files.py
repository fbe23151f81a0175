"""Sync files on disk: written atomically as age files, opened and checked as hostile input.

Bundles and receipts share this: an age (X25519) file whose plaintext is the signed archive
of `bundle_format`. Plaintext never touches the disk: archives are built and decrypted in
memory. A file on disk is decrypted as it is read, never held whole in memory encrypted
(its size is checked first; its bytes are read again only to be kept in quarantine, and
only if they are still the bytes that were decrypted). A file may also be decrypted only
as far as its signed head (`read_sync_head`): to tell who signed it without holding it.
File names are random and say nothing about who, what or when.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import pyrage

from monitor_app.core.error_messages import os_reason
from monitor_app.core.errors import StorageError
from monitor_app.core.sync.archive_head import HeadReader, SignedHead
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


class SignedFile(Protocol):
    """What tells who signed a sync file: an `OpenedFile`, or a `FileHead` read alone."""

    @property
    def manifest(self) -> dict[str, Any]: ...
    @property
    def manifest_bytes(self) -> bytes: ...
    @property
    def signature(self) -> bytes: ...
    @property
    def claimed(self) -> KeyCard: ...
    @property
    def size(self) -> int: ...


@dataclass(frozen=True)
class FileHead:
    """A sync file's signed manifest, decrypted as far as it and no further
    (`read_sync_head`); the rest of the file is neither read whole nor checked."""

    head: SignedHead
    claimed: KeyCard  # the author's card as the manifest states it
    size: int  # bytes of the encrypted file

    @property
    def manifest(self) -> dict[str, Any]:
        return self.head.manifest

    @property
    def manifest_bytes(self) -> bytes:
        return self.head.manifest_bytes

    @property
    def signature(self) -> bytes:
        return self.head.signature


@dataclass(frozen=True)
class OpenedFile:
    """A decrypted sync file whose archive is well formed; signer not yet checked."""

    archive: Archive
    claimed: KeyCard  # the author's card as the manifest states it
    size: int  # bytes of the encrypted file
    sha256: str  # of the encrypted file, as it was decrypted
    source: bytes | Path  # the encrypted file's bytes as given, or where it was read

    @property
    def manifest(self) -> dict[str, Any]:
        return self.archive.manifest

    @property
    def manifest_bytes(self) -> bytes:
        return self.archive.manifest_bytes

    @property
    def signature(self) -> bytes:
        return self.archive.signature

    def file_bytes(self) -> bytes:
        """The encrypted file (for quarantine): read again from disk, and only if it is
        still the file that was decrypted."""
        if isinstance(self.source, bytes):
            return self.source
        try:
            with self.source.open("rb") as source:
                data = source.read(self.size + 1)
        except OSError as exc:
            raise BundleError("file-unreadable", **os_reason(exc)) from exc
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise BundleError("file-changed")
        return data


def sync_file_size(path: Path) -> int:
    """The size of a sync file on disk, refused past what any sync file may be."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError("file-unreadable", **os_reason(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise BundleError("file-too-large")
    return size


def read_sync_file(path: Path) -> bytes:
    sync_file_size(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BundleError("file-unreadable", **os_reason(exc)) from exc


def open_sync_bytes(raw: bytes, identity: Identity) -> OpenedFile:
    if len(raw) > MAX_FILE_BYTES:
        raise BundleError("file-too-large")
    source = _Hashing(io.BytesIO(raw), len(raw))
    archive, claimed = _decrypted(source, identity)
    return OpenedFile(archive, claimed, len(raw), source.hexdigest(), raw)


def open_sync_file(path: Path, identity: Identity) -> OpenedFile:
    """Decrypt a sync file as it is read from disk: its size is checked before anything is
    read, and the encrypted bytes are never held in memory (only the plaintext is)."""
    size = sync_file_size(path)
    try:
        with path.open("rb") as opened:
            source = _Hashing(opened, size)
            archive, claimed = _decrypted(source, identity)
    except OSError as exc:
        raise BundleError("file-unreadable", **os_reason(exc)) from exc
    if source.size != size:  # grew or shrank while it was read
        raise BundleError("file-changed")
    return OpenedFile(archive, claimed, size, source.hexdigest(), path)


def read_sync_head(path: Path, identity: Identity) -> FileHead:
    """Decrypt a sync file only until its manifest and signature have arrived
    (`archive_head`), then stop: memory stays within `archive_head.MAX_HEAD_BYTES` and the
    decryption's buffers, whatever the file's size. age authenticates each chunk before
    handing it out, so the head is the sender's, but only its signature vouches for it."""
    size = sync_file_size(path)
    sink = _HeadSink()
    try:
        with path.open("rb") as opened:
            _decrypt(_Hashing(opened, size), identity, sink)
    except _HeadArrived:
        pass
    except OSError as exc:
        raise BundleError("file-unreadable", **os_reason(exc)) from exc
    if sink.head is None:  # the whole plaintext went by without both members
        raise BundleError("archive-head-unreadable")
    return FileHead(sink.head, _claimed_card(sink.head.manifest), size)


class _HeadArrived(Exception):  # not an error: it stops the decryption early
    """Raised from `_HeadSink.write`; pyrage passes a writer's exception on unchanged."""


class _HeadSink:
    """Where a head read's plaintext goes: into a `HeadReader`, until it has the head."""

    def __init__(self) -> None:
        self.reader = HeadReader()
        self.head: SignedHead | None = None

    def write(self, data: bytes) -> int:
        self.head = self.reader.feed(data)
        if self.head is not None:
            raise _HeadArrived
        return len(data)


class _Hashing:
    """A file read through, counted and hashed on the way (what was decrypted is what a
    quarantine keeps). Never more than ``limit`` + 1 bytes are read, whatever the file
    does meanwhile; the caller compares the count with the size it expected."""

    def __init__(self, source: BinaryIO, limit: int) -> None:
        self.source = source
        self.left = limit + 1
        self.digest = hashlib.sha256()
        self.size = 0
        self.head = b""  # read ahead to recognise the format, handed out first

    def _take(self, size: int) -> bytes:
        data = self.source.read(min(size, self.left))
        self.left -= len(data)
        self.digest.update(data)
        self.size += len(data)
        return data

    def starts_as_age(self) -> bool:
        self.head = self._take(max(len(magic) for magic in _AGE_MAGIC))
        return self.head.startswith(_AGE_MAGIC)

    def read(self, size: int = -1) -> bytes:
        if self.head:
            data = self.head if size < 0 else self.head[:size]
            self.head = self.head[len(data) :]
            return data
        return self._take(self.left if size < 0 else size)

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


def _decrypt(source: _Hashing, identity: Identity, sink: _Sink) -> None:
    if not source.starts_as_age():
        raise BundleError("not-an-age-file")
    try:
        pyrage.decrypt_io(source, sink, [identity.age])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise BundleError("not-addressed-here") from exc
        raise BundleError("file-incomplete") from exc
    except OSError as exc:  # pyrage reports a failed chunk (truncated, altered) as an I/O error
        raise BundleError("file-altered") from exc


def _decrypted(source: _Hashing, identity: Identity) -> tuple[Archive, KeyCard]:
    plaintext = io.BytesIO()
    _decrypt(source, identity, plaintext)
    archive = read_archive(plaintext.getvalue())
    del plaintext  # the archive holds its own reference to the bytes it reads
    return archive, _claimed_card(archive.manifest)


def _claimed_card(manifest: dict[str, Any]) -> KeyCard:
    try:
        return KeyCard.from_body(manifest.get("author"))
    except KeyCardError as exc:
        raise BundleError(exc.code, **exc.params) from exc


def check_signature_with(opened: SignedFile, card: KeyCard) -> None:
    try:
        card.signing_key.verify(opened.manifest_bytes, opened.signature)
    except SignatureError as exc:
        raise BundleError(exc.code, **exc.params) from exc


def known_signer(opened: SignedFile, contacts: Contacts) -> Contact | None:
    """The contact whose key signed the file, checked, or None when the key is unknown.

    Refuses a file signed by one contact whose manifest claims another author."""
    try:
        key_id = parse_signature(opened.signature).key_id
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


def check_addressed_to(opened: SignedFile, identity: Identity) -> dict[str, Any]:
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
