"""The plaintext inside a sync file: a ZIP of plain JSON, signed, parsed defensively.

A sync file (a bundle or a receipt) is a standard age file. Decrypted, it is a ZIP archive:

- ``manifest.json``: what the file is (type, format version, id, author's key card,
  recipients) and the size and SHA-256 of every other member;
- ``manifest.json.minisig``: the author's minisign signature of ``manifest.json``, so the
  signature covers the recipients and, through the hashes, every member;
- for a bundle, ``revisions.jsonl`` (one revision's canonical JSON per line) and
  ``attachments/<blob id>`` (attachment bytes).

Everything here treats its input as hostile: sizes are capped before reading, member names
are checked against the few that are allowed, and every failure is a `BundleError` with a
message that says what is wrong. docs/bundle-format.md is the full specification.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from monitor_app.core import jsonio
from monitor_app.core.errors import TrialMonitorError

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
REVISIONS = "revisions.jsonl"
ATTACHMENT_PREFIX = "attachments/"
BUNDLE_TYPE = "trial-monitor-bundle"
RECEIPT_TYPE = "trial-monitor-receipt"
FORMAT_VERSION = 1

HEX_ID = re.compile(r"[0-9a-f]{32}")
_ATTACHMENT_NAME = re.compile(r"attachments/[0-9a-f]{32}")
_SHA256 = re.compile(r"[0-9a-f]{64}")

# Limits, checked before anything is read: a hostile file cannot make us use more.
MAX_FILE_BYTES = 1024**3  # one encrypted sync file
MAX_PLAINTEXT_BYTES = 1024**3
MAX_MEMBERS = 50_000
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_REVISIONS_BYTES = 512 * 1024**2
MAX_ATTACHMENT_MEMBER_BYTES = 64 * 1024**2
MAX_COMPRESSION_RATIO = 200  # JSON compresses ~10x; far more is a decompression bomb
MAX_LINE_BYTES = 1024**2  # one revision


class BundleError(TrialMonitorError):
    """A sync file that cannot be used; the message says why. Nothing was changed."""


class FutureFormat(BundleError):
    """Made by a newer Trial Monitor."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def member_limit(name: str) -> int:
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name == SIGNATURE:
        return 4096
    if name == REVISIONS:
        return MAX_REVISIONS_BYTES
    if _ATTACHMENT_NAME.fullmatch(name):
        return MAX_ATTACHMENT_MEMBER_BYTES
    raise BundleError("member-unexpected", name=name[:80])


def check_member_name(name: str) -> None:
    """Only the few names the format defines: never a path that climbs out, starts at the
    root, names a drive or hides behind a backslash."""
    parts = name.replace("\\", "/").split("/")
    if (
        not name
        or "\\" in name
        or name.startswith("/")
        or ".." in parts
        or ":" in name
        or "\x00" in name
    ):
        raise BundleError("member-unsafe-name", name=name[:80])
    member_limit(name)


# ---- writing --------------------------------------------------------------------------


def build_archive(
    manifest: dict[str, Any], signature: bytes, members: dict[str, bytes], *, compress: int
) -> bytes:
    """The ZIP: manifest, its signature, then the members (already hashed in the manifest)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        _write(archive, MANIFEST, canonical_manifest(manifest), zipfile.ZIP_DEFLATED, 6)
        _write(archive, SIGNATURE, signature, zipfile.ZIP_STORED, None)
        for name, data in members.items():
            # Attachments are mostly images and PDFs, compressed already.
            method = zipfile.ZIP_STORED if name.startswith(ATTACHMENT_PREFIX) else compress
            _write(archive, name, data, method, 1)
    return out.getvalue()


def _write(
    archive: zipfile.ZipFile, name: str, data: bytes, method: int, level: int | None
) -> None:
    # A fixed date: the archive says nothing about when or where it was made.
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.external_attr = 0o600 << 16
    archive.writestr(info, data, compresslevel=level)


def canonical_manifest(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode()


def member_entries(members: dict[str, bytes]) -> dict[str, dict[str, Any]]:
    return {name: {"size": len(data), "sha256": sha256_hex(data)} for name, data in members.items()}


# ---- reading --------------------------------------------------------------------------


@dataclass(frozen=True)
class Archive:
    """A parsed, size-checked archive whose members match the manifest's hashes. The
    signature is not checked here: that needs to know the signer (see `sync`)."""

    manifest_bytes: bytes
    manifest: dict[str, Any]
    signature: bytes
    members: dict[str, bytes]


def read_archive(data: bytes) -> Archive:
    if len(data) > MAX_PLAINTEXT_BYTES:
        raise BundleError("file-too-large")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise BundleError("not-an-archive") from exc
    if len(infos) > MAX_MEMBERS:
        raise BundleError("too-many-members")
    seen: set[str] = set()
    total = 0
    for info in infos:
        check_member_name(info.filename)
        if info.filename in seen:
            raise BundleError("member-twice", name=info.filename)
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise BundleError("archive-encrypted")
        if info.file_size > member_limit(info.filename):
            raise BundleError("member-too-large", name=info.filename)
        if info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1024):
            raise BundleError("member-bomb", name=info.filename)
        total += info.file_size
        if total > MAX_PLAINTEXT_BYTES:
            raise BundleError("content-too-large")
    members = {info.filename: _read_member(archive, info) for info in infos}
    for required in (MANIFEST, SIGNATURE):
        if required not in members:
            raise BundleError("member-missing", name=required)
    manifest_bytes = members.pop(MANIFEST)
    signature = members.pop(SIGNATURE)
    manifest = parse_manifest(manifest_bytes)
    check_header(manifest)
    _check_members(manifest, members)
    return Archive(manifest_bytes, manifest, signature, members)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    limit = member_limit(info.filename)
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)  # never more than the limit, whatever the header says
    except (
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
        EOFError,
        OSError,
        NotImplementedError,
    ) as exc:
        raise BundleError("member-damaged", name=info.filename) from exc
    except RuntimeError as exc:  # zipfile's "encrypted, password required"
        raise BundleError("member-unreadable", name=info.filename) from exc
    if len(data) > limit or len(data) != info.file_size:
        raise BundleError("member-size", name=info.filename)
    return data


_JSON_ERRORS = (UnicodeDecodeError, ValueError, RecursionError)


def parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        value = jsonio.loads(data)
    except _JSON_ERRORS as exc:
        raise BundleError("manifest-not-json") from exc
    if not isinstance(value, dict):
        raise BundleError("manifest-not-object")
    return value


def check_header(manifest: dict[str, Any]) -> None:
    kind = manifest.get("type")
    if kind not in (BUNDLE_TYPE, RECEIPT_TYPE):
        raise BundleError("not-a-bundle-or-receipt")
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError("manifest-no-format")
    if version > FORMAT_VERSION:
        raise FutureFormat("format-too-new", version=version)
    if version < 1:
        raise BundleError("format-invalid", version=version)
    if not isinstance(manifest.get("id"), str) or not HEX_ID.fullmatch(manifest["id"]):
        raise BundleError("manifest-id-malformed")


def _check_members(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    listed = manifest.get("members")
    if not isinstance(listed, dict):
        raise BundleError("manifest-no-members")
    if set(listed) != set(members):
        missing = sorted(set(listed) - set(members))
        extra = sorted(set(members) - set(listed))
        if missing:
            raise BundleError("members-missing", names=", ".join(missing[:3]))
        raise BundleError("members-unlisted", names=", ".join(extra[:3]))
    for name, data in members.items():
        entry = listed[name]
        if (
            not isinstance(entry, dict)
            or entry.get("size") != len(data)
            or not isinstance(entry.get("sha256"), str)
            or not _SHA256.fullmatch(entry["sha256"])
        ):
            raise BundleError("manifest-entry-wrong", name=name)
        if entry["sha256"] != sha256_hex(data):
            raise BundleError("member-altered", name=name)


def jsonl_objects(data: bytes) -> Iterator[tuple[dict[str, Any], bytes | None]]:
    """The objects of a JSON Lines member, one per line, each with its canonical JSON when
    that came at once (`jsonio.loads_with_canonical`). Each line is parsed when it is asked
    for: an importer keeps what it makes of each, not the parsed lines too."""
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            raise BundleError("revision-line-too-long", line=number)
        try:
            value, canonical = jsonio.loads_with_canonical(line)
        except _JSON_ERRORS as exc:
            raise BundleError("revision-line-not-json", line=number) from exc
        if not isinstance(value, dict):
            raise BundleError("revision-line-not-object", line=number)
        yield value, canonical
