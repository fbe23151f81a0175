"""Reading a forwarded bundle (format 3): other authors' bundles as they signed them, passed
on by a contact (a regional coordinator to a head office, say), checked here before the
importer merges anything.

The forwarder signs the forwarded bundle and addresses it to this vault, as any bundle.
Inside, each original bundle is its author's signed manifest and signature (in the
forwarded bundle's manifest, `forwarded`) and its revisions, exactly the bytes its author
signed (the originals' revisions one after another in ``revisions.jsonl``), with the
attachments they name. Each original is checked as if it had come directly: its author must
be a contact and their signature must verify with their key card, its revisions must be
the very bytes the signed manifest's SHA-256 names (an altered, dropped or re-ordered
revision changes them), and then every check of a bundle's content (`bundle_content`). What
the forwarder may still do is leave out a whole original: that shows as a gap in its
author's revisions, as a lost bundle does. Bounded before anything is parsed: how many
originals, the size of each manifest and signature, and, as for any bundle, the lines and
parsed size of the revisions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

from monitor_app.core.sync.archive_head import SignedHead
from monitor_app.core.sync.bundle_content import ParsedBundle, kinds_of, parse_bundle
from monitor_app.core.sync.bundle_format import (
    ATTACHMENT_PREFIX,
    BUNDLE_TYPE,
    FORWARD_FORMAT,
    MAX_MANIFEST_BYTES,
    MAX_REVISION_LINES,
    REVISIONS,
    BundleError,
    check_header,
    check_member_name,
    declared_kinds,
    parse_manifest,
    sha256_hex,
)
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.files import FileHead, OpenedFile, check_signature_with
from monitor_app.core.sync.identity import Identity, KeyCard, KeyCardError
from monitor_app.core.sync.minisign import SignatureError, parse_signature
from monitor_app.core.sync.revision_checks import MAX_SEQUENCE
from monitor_app.core.vault.vault import Vault

FORWARDED = "forwarded"  # the manifest's list of original bundles
MAX_FORWARDED_BUNDLES = 10_000  # originals in one forwarded bundle
MAX_SIGNATURE_BYTES = 4096  # as `bundle_format.member_limit` allows a signature member
_SHA256_HEX = 64


@dataclass(frozen=True)
class ForwardedOriginal:
    """One original bundle of a forwarded bundle, every part checked."""

    parsed: ParsedBundle
    manifest_bytes: bytes  # as its author signed them
    signature: bytes
    created_utc: str  # when its author wrote it (informational)

    @property
    def manifest_sha256(self) -> str:
        return sha256_hex(self.manifest_bytes)


@dataclass(frozen=True)
class Forwarded:
    """A forwarded bundle, read and checked: its number in the series its forwarder sent
    this vault, when they wrote it, and its originals, each author's in the order of their
    revisions."""

    seq: int
    created_utc: str
    originals: list[ForwardedOriginal]


@dataclass
class _Original:
    """An original as its entry in the manifest gives it, before its revisions are read."""

    head: FileHead
    signer: Contact
    count: int  # lines of revisions
    revisions_entry: tuple[int, str]  # the size and SHA-256 its author signed
    attachments: tuple[str, ...]  # member names


def read_forwarded(
    vault: Vault,
    opened: OpenedFile,
    entry: Mapping[str, Any],
    contacts: Contacts,
    identity: Identity,
) -> Forwarded:
    """Check every part of the forwarded bundle ``opened`` (whose signer, a contact, was
    checked and whose ``entry`` among the recipients is this vault's). Refused (BundleError)
    at the first thing wrong, before anything is merged."""
    seq = entry.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= MAX_SEQUENCE:
        raise BundleError("bundle-seq-invalid")
    if not opened.archive.has_revisions:
        raise BundleError("bundle-no-revisions")
    originals = _originals(opened, identity, contacts)
    _check_attachments(opened, originals)
    _check_revision_bytes(opened, originals)
    summary = opened.manifest.get("revisions")
    if not isinstance(summary, dict) or summary.get("count") != sum(o.count for o in originals):
        raise BundleError("revision-count")
    objects = opened.archive.revision_objects()
    read = []
    for original in originals:
        head = original.head
        parsed = parse_bundle(
            vault,
            head.manifest,
            {name: opened.archive.members[name] for name in original.attachments},
            islice(objects, original.count),
            signer=original.signer,
            seq=_seq_for(head.manifest, identity),
        )
        created = str(head.manifest.get("created_utc", ""))[:40]
        read.append(ForwardedOriginal(parsed, head.manifest_bytes, head.signature, created))
    if kinds_of([r for o in read for r in o.parsed.revisions]) != declared_kinds(opened.manifest):
        raise BundleError("revision-kinds-count")
    read.sort(key=lambda o: (o.parsed.signer.author, o.parsed.revisions[0].author_seq))
    return Forwarded(seq, str(opened.manifest.get("created_utc", ""))[:40], read)


def _originals(opened: OpenedFile, identity: Identity, contacts: Contacts) -> list[_Original]:
    """The originals the manifest lists, each signed by its author; refused, naming them,
    when an author is not a contact."""
    listed = opened.manifest.get(FORWARDED)
    if not isinstance(listed, list) or not 1 <= len(listed) <= MAX_FORWARDED_BUNDLES:
        raise BundleError("forwarded-list-malformed", limit=MAX_FORWARDED_BUNDLES)
    originals = []
    strangers: dict[str, KeyCard] = {}  # authors who are not contacts, by author id
    by_key = {c.card.signing_key.key_id: c for c in contacts.list()}  # read once, not per item
    ids = {opened.manifest["id"]}
    for position, item in enumerate(listed, 1):
        head = _head(item, position)
        if head.manifest["id"] in ids:
            raise BundleError("forwarded-bundle-twice", number=position)
        ids.add(head.manifest["id"])
        if head.claimed.author == identity.author:
            raise BundleError("forwarded-own-bundle", number=position)
        contents = _contents(head, position)
        signer = _signer(head, by_key)
        if signer is None:  # only its claimed author's real signature is worth naming
            check_signature_with(head, head.claimed)
            strangers[head.claimed.author] = head.claimed
        else:
            originals.append(_Original(head, signer, *contents))
    if strangers:
        first = next(iter(strangers.values()))
        who = {"name": first.display_name, "fingerprint": first.fingerprint}
        if len(strangers) == 1:
            raise BundleError("forwarded-author-unknown", **who)
        raise BundleError("forwarded-authors-unknown", others=len(strangers) - 1, **who)
    if sum(o.count for o in originals) > MAX_REVISION_LINES:
        raise BundleError("revisions-too-many-lines", limit=MAX_REVISION_LINES)
    return originals


def _signer(head: FileHead, by_key: Mapping[bytes, Contact]) -> Contact | None:
    """The contact whose key signed an original, checked (as `files.known_signer`), or None
    when the key is no contact's; one who signed another author's manifest is refused."""
    try:
        key_id = parse_signature(head.signature).key_id
    except SignatureError as exc:
        raise BundleError(exc.code, **exc.params) from exc
    signer = by_key.get(key_id)
    if signer is None:
        return None
    check_signature_with(head, signer.card)
    if (signer.author, signer.card.fingerprint) != (head.claimed.author, head.claimed.fingerprint):
        raise BundleError("signer-mismatch", name=signer.name, claimed=head.claimed.display_name)
    return signer


def _head(item: Any, position: int) -> FileHead:
    """An original's signed manifest and signature, decoded, bounded and header-checked."""
    if not isinstance(item, dict) or set(item) != {"manifest", "signature"}:
        raise BundleError("forwarded-entry-malformed", number=position)
    manifest_bytes = _decoded(item["manifest"], MAX_MANIFEST_BYTES, position)
    signature = _decoded(item["signature"], MAX_SIGNATURE_BYTES, position)
    manifest = parse_manifest(manifest_bytes)
    check_header(manifest)  # a newer app's format or kinds: made by a newer Trial Monitor
    if manifest["type"] != BUNDLE_TYPE or manifest["format"] == FORWARD_FORMAT:
        raise BundleError("forwarded-entry-not-original", number=position)
    try:
        claimed = KeyCard.from_body(manifest.get("author"))
    except KeyCardError as exc:
        raise BundleError(exc.code, **exc.params) from exc
    return FileHead(SignedHead(manifest_bytes, manifest, signature), claimed, len(manifest_bytes))


def _decoded(text: Any, limit: int, position: int) -> bytes:
    if not isinstance(text, str) or len(text) > 4 * (limit // 3 + 1):
        raise BundleError("forwarded-entry-malformed", number=position)
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleError("forwarded-entry-malformed", number=position) from exc
    if not data or len(data) > limit:
        raise BundleError("forwarded-entry-malformed", number=position)
    return data


def _contents(head: FileHead, position: int) -> tuple[int, tuple[int, str], tuple[str, ...]]:
    """What an original's signed manifest says it holds: how many revisions, the size and
    SHA-256 of their bytes, and its attachment members."""
    summary = head.manifest.get("revisions")
    count = summary.get("count") if isinstance(summary, dict) else None
    members = head.manifest.get("members")
    if (
        not isinstance(count, int)
        or isinstance(count, bool)
        or not 1 <= count <= MAX_REVISION_LINES
        or not isinstance(members, dict)
        or REVISIONS not in members
    ):
        raise BundleError("forwarded-entry-malformed", number=position)
    entries: dict[str, tuple[int, str]] = {}
    for name, entry in members.items():
        check_member_name(name)
        size = entry.get("size") if isinstance(entry, dict) else None
        sha256 = entry.get("sha256") if isinstance(entry, dict) else None
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or size < 0
            or not isinstance(sha256, str)
            or len(sha256) != _SHA256_HEX
        ):
            raise BundleError("manifest-entry-wrong", name=name)
        entries[name] = (size, sha256)
    attachments = tuple(sorted(n for n in entries if n.startswith(ATTACHMENT_PREFIX)))
    if set(entries) != {REVISIONS, *attachments}:
        raise BundleError("forwarded-entry-malformed", number=position)
    return count, entries[REVISIONS], attachments


def _check_attachments(opened: OpenedFile, originals: list[_Original]) -> None:
    """Each original's attachments are in the forwarded bundle, as their author signed
    them, and the forwarded bundle holds no other."""
    listed = opened.manifest["members"]  # checked against the content by `read_archive`
    named: set[str] = set()
    for original in originals:
        for name in original.attachments:
            signed = original.head.manifest["members"][name]
            carried = listed.get(name)
            if not isinstance(carried, dict) or (carried.get("size"), carried.get("sha256")) != (
                signed["size"],
                signed["sha256"],
            ):
                raise BundleError("forwarded-altered", name=original.head.claimed.display_name)
        named.update(original.attachments)
    carried_names = {name for name in opened.archive.members if name.startswith(ATTACHMENT_PREFIX)}
    if carried_names != named:
        raise BundleError("bundle-attachment-unnamed")


def _check_revision_bytes(opened: OpenedFile, originals: list[_Original]) -> None:
    """The forwarded revisions, line by line, are each original's revisions as its author
    signed them: their size and SHA-256 are the ones the author's manifest states. Read as
    a stream, keeping nothing."""
    lines = opened.archive.revision_lines()
    for original in originals:
        digest = hashlib.sha256()
        size = 0
        taken = 0
        for _number, line in islice(lines, original.count):
            if not line.strip():  # never in what an author's app writes, nor forwards
                break
            digest.update(line)
            digest.update(b"\n")
            size += len(line) + 1
            taken += 1
        if (taken, size, digest.hexdigest()) != (original.count, *original.revisions_entry):
            raise BundleError("forwarded-altered", name=original.head.claimed.display_name)
    if next(lines, None) is not None:
        raise BundleError("revision-count")


def _seq_for(manifest: Mapping[str, Any], identity: Identity) -> int:
    """An original's number in the series its author sent this vault, when they addressed
    it here too; 0 when they did not (it is not in that series)."""
    recipients = manifest.get("recipients")
    for entry in recipients if isinstance(recipients, list) else ():
        if (
            isinstance(entry, dict)
            and entry.get("author") == identity.author
            and entry.get("age_recipient") == identity.age_recipient
        ):
            seq = entry.get("seq")
            if isinstance(seq, int) and not isinstance(seq, bool) and 1 <= seq <= MAX_SEQUENCE:
                return seq
    return 0
