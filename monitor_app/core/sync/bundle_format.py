"""The plaintext inside a sync file: a ZIP of plain JSON, signed, parsed defensively.

A sync file (a bundle or a receipt) is a standard age file. Decrypted, it is a ZIP archive:

- ``manifest.json``: what the file is (type, format version, id, author's key card,
  recipients) and the size and SHA-256 of every other member;
- ``manifest.json.minisig``: the author's minisign signature of ``manifest.json``, so the
  signature covers the recipients and, through the hashes, every member;
- for a bundle, ``revisions.jsonl`` (one revision's canonical JSON per line) and
  ``attachments/<blob id>`` (attachment bytes).

Everything here treats its input as hostile: sizes are capped before reading, member names
are checked against the few that are allowed, ``revisions.jsonl`` is streamed a chunk at a
time (never held whole, never split into a list of lines), and every failure is a
`BundleError` with a message that says what is wrong. docs/bundle-format.md is the full
specification, with the bound on an import's memory these limits give.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from monitor_app.core import jsonio
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import RECORD_TYPES

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
REVISIONS = "revisions.jsonl"
ATTACHMENT_PREFIX = "attachments/"
BUNDLE_TYPE = "trial-monitor-bundle"
RECEIPT_TYPE = "trial-monitor-receipt"
# The newest format this version reads and writes. Format 2 is format 1 with more record
# kinds, declared in the manifest (`revisions.kinds`): a bundle is written as format 2 only
# when it holds a kind format 1 has not (`bundle_format_for`), so what every version can read
# stays readable by every version, and an app that knows only format 1 refuses the rest as
# made by a newer Trial Monitor instead of misreading it. Format 3 is a forwarded bundle:
# other authors' bundles, each as its author signed it, passed on by a coordinator
# (`forward`, `forwarded`); it uses format 1's member names, so every older version reaches
# its format and refuses it as newer.
FORMAT_VERSION = 3
FORWARD_FORMAT = 3
RECEIPT_FORMAT_VERSION = 1  # receipts hold no records: every version reads them
FORMAT_1_KINDS = frozenset({"trial", "hearing", "observation", "checklist", "attachment"})
# How a kind is named, so a newer kind can be named in a message.
_KIND_NAME = re.compile(r"[a-z][a-z0-9-]{0,39}")

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
MAX_REVISION_LINES = 1_000_000  # lines of revisions.jsonl, blank ones included
MAX_BLANK_LINES = 100  # the writer makes none; a few from hand editing are forgiven
# What the parsed revisions of one bundle may cost in memory, estimated from their text
# before each is parsed (`parsed_cost`): a real revision costs ~13 KiB, so ~80,000 fit.
MAX_PARSED_COST = 1024**3
_CHUNK_BYTES = 1024**2  # read from a member at a time


class BundleError(TrialMonitorError):
    """A sync file that cannot be used; the message says why. Nothing was changed."""


class FutureFormat(BundleError):
    """Made by a newer Trial Monitor."""


def bundle_format_for(kinds: Iterable[str]) -> int:
    """The format a bundle holding revisions of ``kinds`` is written in: the oldest that
    carries them all."""
    return 1 if FORMAT_1_KINDS.issuperset(kinds) else 2


def declared_kinds(manifest: Mapping[str, Any]) -> Mapping[str, int] | None:
    """The kinds a bundle's manifest says it holds and how many revisions of each: binding
    from format 2 on (checked here, and against the revisions by the importer), None for
    format 1, whose count by kind is informational (format 1 holds `FORMAT_1_KINDS` only).
    A kind this version does not know is a newer app's: `FutureFormat`."""
    if manifest.get("format") == 1:
        return None
    summary = manifest.get("revisions")
    kinds = summary.get("kinds") if isinstance(summary, dict) else None
    if not isinstance(kinds, dict) or not kinds:
        raise BundleError("manifest-kinds-malformed")
    for kind, count in kinds.items():
        if not _KIND_NAME.fullmatch(kind) or type(count) is not int or count < 1:
            raise BundleError("manifest-kinds-malformed")
    newer = sorted(kinds.keys() - RECORD_TYPES.keys())
    if newer:
        raise FutureFormat("kinds-too-new", kinds=", ".join(newer[:3]))
    return kinds


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


# What a bundle's revisions and attachments may take together: the content's limit, less
# the manifest's and room for the ZIP's headers and age's overhead, so the file stays under
# `MAX_FILE_BYTES` too.
_CONTENT_MARGIN = MAX_MANIFEST_BYTES + 16 * 1024**2


@dataclass
class BundleRoom:
    """What one bundle has taken so far, by the very limits an import checks
    (`jsonl_objects`, `read_archive`), read when asked: an exporter fills a bundle through
    `take` and starts another when it says no, so no bundle it writes is refused."""

    lines: int = 0
    cost: int = 0  # `parsed_cost`, summed
    revisions_bytes: int = 0
    content_bytes: int = 0  # revisions and attachments
    members: int = 3  # manifest, signature, revisions.jsonl

    def take(self, line: bytes, attachment_bytes: int | None = None) -> bool:
        """Count in one revision's ``line`` (without its newline) and, if it brings one the
        bundle does not hold yet, an attachment of ``attachment_bytes``; or, if that would
        pass a limit, count nothing and say so. A line no bundle may hold never fits."""
        lines = self.lines + 1
        cost = self.cost + parsed_cost(line)
        revisions_bytes = self.revisions_bytes + len(line) + 1
        content_bytes = self.content_bytes + len(line) + 1 + (attachment_bytes or 0)
        members = self.members + (attachment_bytes is not None)
        if (
            len(line) > MAX_LINE_BYTES
            or lines > MAX_REVISION_LINES
            or cost > MAX_PARSED_COST
            or revisions_bytes > MAX_REVISIONS_BYTES
            or content_bytes > MAX_PLAINTEXT_BYTES - _CONTENT_MARGIN
            or members > MAX_MEMBERS
        ):
            return False
        self.lines, self.cost, self.members = lines, cost, members
        self.revisions_bytes, self.content_bytes = revisions_bytes, content_bytes
        return True


# ---- reading --------------------------------------------------------------------------


@dataclass(frozen=True)
class Archive:
    """A parsed, size-checked archive whose members match the manifest's hashes. The
    signature is not checked here: that needs to know the signer (see `sync`).

    ``members`` holds every member but ``revisions.jsonl``, which is only streamed
    (`revision_objects`): its hash was checked on a first pass that kept nothing."""

    manifest_bytes: bytes
    manifest: dict[str, Any]
    signature: bytes
    members: dict[str, bytes]
    has_revisions: bool = False
    _zip: zipfile.ZipFile | None = field(default=None, repr=False, compare=False)

    def revision_lines(self) -> Iterator[tuple[int, bytes]]:
        """`jsonl_lines` of ``revisions.jsonl``: its numbered lines as they are, streamed."""
        if not self.has_revisions or self._zip is None:
            raise BundleError("bundle-no-revisions")
        stream = _MemberStream(self._zip, self._zip.getinfo(REVISIONS))
        try:
            yield from jsonl_lines(stream)
        finally:
            stream.close()

    def revision_objects(
        self, held: Container[str] = frozenset()
    ) -> Iterator[tuple[dict[str, Any], bytes | None] | HeldLine]:
        """`jsonl_objects` of ``revisions.jsonl``, streamed from the archive."""
        if not self.has_revisions or self._zip is None:
            raise BundleError("bundle-no-revisions")
        stream = _MemberStream(self._zip, self._zip.getinfo(REVISIONS))
        try:
            yield from jsonl_objects(stream, held)
        finally:
            stream.close()


def read_archive(data: bytes) -> Archive:
    if len(data) > MAX_PLAINTEXT_BYTES:
        raise BundleError("file-too-large")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        OSError,
        NotImplementedError,  # a directory entry claiming a ZIP version zipfile lacks
    ) as exc:
        raise BundleError("not-an-archive") from exc
    _check_entries(infos)
    members: dict[str, bytes] = {}
    digests: dict[str, tuple[int, str]] = {}  # name -> (size, SHA-256) as read
    for info in infos:
        if info.filename == REVISIONS:
            digests[REVISIONS] = _streamed_digest(archive, info)
        else:
            members[info.filename] = _read_member(archive, info)
    for required in (MANIFEST, SIGNATURE):
        if required not in members:
            raise BundleError("member-missing", name=required)
    manifest_bytes = members.pop(MANIFEST)
    signature = members.pop(SIGNATURE)
    manifest = parse_manifest(manifest_bytes)
    check_header(manifest)
    digests.update({name: (len(value), sha256_hex(value)) for name, value in members.items()})
    _check_members(manifest, digests)
    return Archive(manifest_bytes, manifest, signature, members, REVISIONS in digests, archive)


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    """The central directory's claims, checked before any member is read."""
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


_MEMBER_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    ValueError,
    EOFError,
    OSError,
    NotImplementedError,
)


class _MemberStream:
    """Reads one member; at most its limit + 1 bytes are ever decompressed, whatever its
    header says, and a damaged member is a `BundleError` naming it."""

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self.name = info.filename
        self.left = member_limit(info.filename) + 1
        try:
            self.stream = archive.open(info)
        except RuntimeError as exc:  # zipfile's "encrypted, password required"
            raise BundleError("member-unreadable", name=self.name) from exc
        except _MEMBER_ERRORS as exc:
            raise BundleError("member-damaged", name=self.name) from exc

    def read(self, size: int) -> bytes:
        try:
            data = self.stream.read(min(size, self.left))
        except RuntimeError as exc:
            raise BundleError("member-unreadable", name=self.name) from exc
        except _MEMBER_ERRORS as exc:
            raise BundleError("member-damaged", name=self.name) from exc
        self.left -= len(data)
        if self.left == 0:
            raise BundleError("member-size", name=self.name)
        return data

    def close(self) -> None:
        self.stream.close()


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    stream = _MemberStream(archive, info)
    try:
        data = stream.read(stream.left)
    finally:
        stream.close()
    if len(data) != info.file_size:
        raise BundleError("member-size", name=info.filename)
    return data


def _streamed_digest(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, str]:
    """Size and SHA-256 of a member, read a chunk at a time and kept nowhere."""
    stream = _MemberStream(archive, info)
    digest = hashlib.sha256()
    size = 0
    try:
        while chunk := stream.read(_CHUNK_BYTES):
            digest.update(chunk)
            size += len(chunk)
    finally:
        stream.close()
    if size != info.file_size:
        raise BundleError("member-size", name=info.filename)
    return size, digest.hexdigest()


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
    if kind == BUNDLE_TYPE:
        declared_kinds(manifest)


def _check_members(manifest: dict[str, Any], digests: dict[str, tuple[int, str]]) -> None:
    listed = manifest.get("members")
    if not isinstance(listed, dict):
        raise BundleError("manifest-no-members")
    if set(listed) != set(digests):
        missing = sorted(set(listed) - set(digests))
        extra = sorted(set(digests) - set(listed))
        if missing:
            raise BundleError("members-missing", names=", ".join(missing[:3]))
        raise BundleError("members-unlisted", names=", ".join(extra[:3]))
    for name, (size, sha256) in digests.items():
        entry = listed[name]
        if (
            not isinstance(entry, dict)
            or entry.get("size") != size
            or not isinstance(entry.get("sha256"), str)
            or not _SHA256.fullmatch(entry["sha256"])
        ):
            raise BundleError("manifest-entry-wrong", name=name)
        if entry["sha256"] != sha256:
            raise BundleError("member-altered", name=name)


class _Reader(Protocol):
    """What `jsonl_lines` reads from: a binary stream's ``read``."""

    def read(self, size: int, /) -> bytes: ...


def jsonl_lines(stream: _Reader) -> Iterator[tuple[int, bytes]]:
    """The numbered lines of a JSON Lines stream, without their newlines, read a chunk at a
    time: at most one chunk and one line (`MAX_LINE_BYTES`) are held, however the stream is
    shaped (millions of empty lines, or one endless line)."""
    number = 0
    pending = b""
    while chunk := stream.read(_CHUNK_BYTES):
        data = pending + chunk if pending else chunk
        start = 0
        while (end := data.find(b"\n", start)) != -1:
            number += 1
            if end - start > MAX_LINE_BYTES:
                raise BundleError("revision-line-too-long", line=number)
            yield number, data[start:end]
            start = end + 1
        pending = data[start:]
        if len(pending) > MAX_LINE_BYTES:
            raise BundleError("revision-line-too-long", line=number + 1)
    if pending:
        yield number + 1, pending


def parsed_cost(line: bytes) -> int:
    """A bound on the memory one line's parsed revision takes, from its text alone: its
    characters (up to 4 bytes each in a Python string, and the canonical copy kept), ~100
    bytes per container, key and element, and the revision's own objects."""
    tokens = line.count(b"{") + line.count(b"[") + line.count(b",") + line.count(b":")
    return 5 * len(line) + 100 * tokens + 1024


@dataclass(frozen=True)
class HeldLine:
    """A line that is, byte for byte, the canonical JSON of a revision the vault holds: its
    SHA-256 is that revision's hash. It is not parsed: it is that revision."""

    sha256: str
    canonical: bytes


def jsonl_objects(
    stream: _Reader, held: Container[str] = frozenset()
) -> Iterator[tuple[dict[str, Any], bytes | None] | HeldLine]:
    """The objects of a JSON Lines member, one per line, each with its canonical JSON when
    that came at once (`jsonio.loads_with_canonical`); a line whose SHA-256 is in ``held``
    (the hashes of revisions the vault holds) as a `HeldLine`, not parsed. Each line is
    parsed when it is asked for: an importer keeps what it makes of each, not the parsed
    lines too. Refused before parsing: more lines than `MAX_REVISION_LINES`, more blank
    ones than `MAX_BLANK_LINES`, or lines whose parsed revisions would cost more than
    `MAX_PARSED_COST` together."""
    blank = 0
    cost = 0
    for number, line in jsonl_lines(stream):
        if number > MAX_REVISION_LINES:
            raise BundleError("revisions-too-many-lines", limit=MAX_REVISION_LINES)
        if not line.strip():
            blank += 1
            if blank > MAX_BLANK_LINES:
                raise BundleError("revisions-blank-lines", limit=MAX_BLANK_LINES)
            continue
        if held:
            digest = sha256_hex(line)
            if digest in held:
                yield HeldLine(digest, line)
                continue
        cost += parsed_cost(line)
        if cost > MAX_PARSED_COST:
            raise BundleError("revisions-too-large", line=number)
        try:
            value, canonical = jsonio.loads_with_canonical(line)
        except _JSON_ERRORS as exc:
            raise BundleError("revision-line-not-json", line=number) from exc
        if not isinstance(value, dict):
            raise BundleError("revision-line-not-object", line=number)
        yield value, canonical
