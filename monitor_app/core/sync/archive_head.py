"""Who signed an archive, from its first bytes: the manifest and its signature, found from
the members' ZIP local headers as the decrypted bytes arrive.

A stranger's bundle too large for the quarantine must be refused without decrypting it
whole, but the signer is inside the encryption. The writer puts ``manifest.json`` and its
signature first (`bundle_format.build_archive`, since format 1), so the head of the
plaintext says who signed; a member before them is passed over without being kept. Only
the central directory at the end is authoritative: a file this screens as a contact's is
then read whole and checked as any other.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import Any

from monitor_app.core.sync.bundle_format import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    SIGNATURE,
    BundleError,
    check_header,
    check_member_name,
    member_limit,
    parse_manifest,
)

# signature, version, flags, method, time, date, CRC-32, compressed size, size, name and
# extra field lengths (APPNOTE 4.3.7)
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_LOCAL_MAGIC = 0x04034B50
_ENCRYPTED = 0x1
_SIZES_AFTER_DATA = 0x8  # a data descriptor: the header does not say where the data ends
_STORED, _DEFLATED = 0, 8
# All a head read ever holds: the manifest (deflated, at worst a little larger than its
# limit), the signature and their headers.
MAX_HEAD_BYTES = MAX_MANIFEST_BYTES + 1024**2


@dataclass(frozen=True)
class SignedHead:
    """An archive's manifest and signature, parsed and header-checked; nothing else of the
    archive is known yet."""

    manifest_bytes: bytes
    manifest: dict[str, Any]
    signature: bytes


class HeadReader:
    """Fed an archive's bytes in order (`feed`), returns its `SignedHead` as soon as both
    members have arrived. Refuses (`BundleError`) an archive whose head cannot be read so:
    a member whose header hides its size, one that is not in the format, or more than
    `MAX_HEAD_BYTES` pending."""

    def __init__(self) -> None:
        self._pending = bytearray()
        self._passing = 0  # bytes still to come of a member passed over
        self._members = 0
        self._found: dict[str, bytes] = {}

    def feed(self, data: bytes) -> SignedHead | None:
        passed = min(self._passing, len(data))
        self._passing -= passed
        self._pending += memoryview(data)[passed:]
        while self._take_member():
            if MANIFEST in self._found and SIGNATURE in self._found:
                manifest = parse_manifest(self._found[MANIFEST])
                check_header(manifest)
                return SignedHead(self._found[MANIFEST], manifest, self._found[SIGNATURE])
        if len(self._pending) > MAX_HEAD_BYTES:
            raise BundleError("archive-head-unreadable")
        return None

    def _take_member(self) -> bool:
        """Take one member off the pending bytes: keep it if it is the manifest or the
        signature, else pass over it. False when more bytes are needed first."""
        pending = self._pending
        if len(pending) < _LOCAL_HEADER.size:
            return False
        magic, _, flags, method, _, _, crc, packed, size, name_length, extra_length = (
            _LOCAL_HEADER.unpack_from(pending)
        )
        if magic != _LOCAL_MAGIC or flags & (_ENCRYPTED | _SIZES_AFTER_DATA):
            raise BundleError("archive-head-unreadable")
        start = _LOCAL_HEADER.size + name_length + extra_length
        if len(pending) < start:
            return False
        name = bytes(pending[_LOCAL_HEADER.size : _LOCAL_HEADER.size + name_length]).decode(
            "utf-8", "replace"
        )
        check_member_name(name)
        self._members += 1
        if self._members > MAX_MEMBERS:
            raise BundleError("too-many-members")
        if name not in (MANIFEST, SIGNATURE):
            del pending[:start]
            passed = min(packed, len(pending))
            del pending[:passed]
            self._passing = packed - passed
            return True
        if name in self._found:
            raise BundleError("member-twice", name=name)
        if packed > MAX_HEAD_BYTES or size > member_limit(name):
            raise BundleError("member-too-large", name=name)
        if len(pending) < start + packed:
            return False
        data = _unpacked(name, method, bytes(pending[start : start + packed]), size)
        if zlib.crc32(data) != crc:
            raise BundleError("member-damaged", name=name)
        del pending[: start + packed]
        self._found[name] = data
        return True


def _unpacked(name: str, method: int, packed: bytes, size: int) -> bytes:
    if method == _STORED:
        data = packed
    elif method == _DEFLATED:
        try:
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(packed, size + 1)
        except zlib.error as exc:
            raise BundleError("member-damaged", name=name) from exc
    else:
        raise BundleError("member-unreadable", name=name)
    if len(data) != size:
        raise BundleError("member-size", name=name)
    return data
