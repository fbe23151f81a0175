"""Exporting bundles: an observer's revisions, signed and encrypted for their coordinator(s).

A bundle carries every revision this vault's author made since the last bundle to the
same contacts (or all of them), with attachment content, and gets a sequence number per
recipient so the coordinator can tell when one is missing. What was sent is remembered
(sealed) so receipts can acknowledge it.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from monitor_app import __version__
from monitor_app.core.errors import TrialMonitorError, ValidationError
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.sync.bundle_format import (
    ATTACHMENT_PREFIX,
    BUNDLE_TYPE,
    FORMAT_VERSION,
    REVISIONS,
    member_entries,
    sha256_hex,
)
from monitor_app.core.sync.contacts import Contact
from monitor_app.core.sync.files import seal_document
from monitor_app.core.sync.identity import Identity
from monitor_app.core.vault.crypto import new_id
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

Progress = Callable[[int, int], None]
# JSON Lines deflate to about a sixth at level 1, at several hundred MB/s.
REVISION_COMPRESSION = zipfile.ZIP_DEFLATED


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class Cancelled(TrialMonitorError):
    """The user cancelled; nothing was written or changed."""


class NothingToExport(TrialMonitorError):
    """There is nothing (new) to send; its code says which: EMPTY (no records at all),
    UNCHANGED (nothing since the last bundle to those contacts), NOTHING_RECEIVED (a
    receipt for a contact with no bundle imported)."""

    EMPTY = "nothing-to-send"
    UNCHANGED = "nothing-changed"
    NOTHING_RECEIVED = "nothing-received"

    @property
    def reason(self) -> str:
        return self.code


def check_cancel(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("cancelled")


@dataclass(frozen=True)
class SentBundle:
    """What this vault remembers of a bundle it wrote."""

    bundle_id: str
    file_name: str
    created_utc: str
    recipients: tuple[tuple[str, str, int], ...]  # (author id, display name, sequence)
    first_seq: int
    last_seq: int
    revisions: int
    attachments: int
    manifest_sha256: str
    acknowledged: dict[str, str] = field(default_factory=dict)  # author id -> when imported

    def to_item(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "file_name": self.file_name,
            "created_utc": self.created_utc,
            "recipients": [list(r) for r in self.recipients],
            "first_seq": self.first_seq,
            "last_seq": self.last_seq,
            "revisions": self.revisions,
            "attachments": self.attachments,
            "manifest_sha256": self.manifest_sha256,
            "acknowledged": dict(self.acknowledged),
        }

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> SentBundle:
        return cls(
            bundle_id=item["bundle_id"],
            file_name=item["file_name"],
            created_utc=item["created_utc"],
            recipients=tuple((str(a), str(n), int(s)) for a, n, s in item["recipients"]),
            first_seq=int(item["first_seq"]),
            last_seq=int(item["last_seq"]),
            revisions=int(item["revisions"]),
            attachments=int(item["attachments"]),
            manifest_sha256=item["manifest_sha256"],
            acknowledged=dict(item.get("acknowledged", {})),
        )

    @property
    def recipient_authors(self) -> tuple[str, ...]:
        return tuple(author for author, _, _ in self.recipients)

    def sequence_for(self, author: str) -> int | None:
        return next((seq for a, _, seq in self.recipients if a == author), None)


class SentBundles:
    """The sealed list of bundles this vault has written."""

    def __init__(self, vault: Vault) -> None:
        self.table = SealedTable(vault, "bundles_sent")

    def all(self) -> list[SentBundle]:
        bundles = [SentBundle.from_item(item) for item in self.table.all().values()]
        return sorted(bundles, key=lambda b: (b.created_utc, b.bundle_id))

    def get(self, bundle_id: str) -> SentBundle | None:
        item = self.table.get(bundle_id)
        return None if item is None else SentBundle.from_item(item)

    def save(self, bundle: SentBundle, conn: Any = None) -> None:
        self.table.put(bundle.bundle_id, bundle.to_item(), conn)


def _next_sequence(sent: Sequence[SentBundle], author: str) -> int:
    return 1 + max((b.sequence_for(author) or 0 for b in sent), default=0)


def _watermark(sent: Sequence[SentBundle], author: str) -> int:
    """The highest revision sequence number already sent to ``author``."""
    return max((b.last_seq for b in sent if author in b.recipient_authors), default=0)


def export_bundle(
    vault: Vault,
    recipients: Sequence[Contact],
    out_dir: Path,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> SentBundle:
    """Write a bundle for ``recipients`` into ``out_dir``; return what was sent.

    The file is complete and durable, under a random name, before this returns; if anything
    fails (a full disk, a cancel) no file with a final name is left behind."""
    if not recipients:
        raise ValidationError("no-recipients")
    identity = Identity(vault)
    store = RevisionStore(vault)
    sent_bundles = SentBundles(vault)
    sent = sent_bundles.all()
    since = 0 if everything else min(_watermark(sent, c.author) for c in recipients)
    encoded = store.by_author_encoded(identity.author, since + 1)
    revisions = [revision for revision, _ in encoded]
    if not revisions:
        if everything or since == 0:
            raise NothingToExport("nothing-to-send")
        raise NothingToExport("nothing-changed", names=", ".join(c.name for c in recipients))
    check_cancel(cancel)
    members, attachments = _members(store, encoded, progress, cancel)
    bundle_id = new_id()
    created = utc_now_text()
    addressed = [(c, _next_sequence(sent, c.author)) for c in recipients]
    manifest = {
        "type": BUNDLE_TYPE,
        "format": FORMAT_VERSION,
        "id": bundle_id,
        "app_version": __version__,
        "created_utc": created,
        "author": identity.card().body(),
        "recipients": [
            {
                "author": c.author,
                "display_name": c.name,
                "age_recipient": c.card.age_recipient,
                "seq": seq,
            }
            for c, seq in addressed
        ],
        "revisions": {
            "count": len(revisions),
            "first_seq": revisions[0].author_seq,
            "last_seq": revisions[-1].author_seq,
            "kinds": dict(sorted(Counter(r.kind for r in revisions).items())),
        },
        "attachments": attachments,
        "members": member_entries(members),
    }
    check_cancel(cancel)
    path, manifest_bytes = seal_document(
        identity,
        manifest,
        members,
        [c.card.age_recipient for c in recipients],
        out_dir,
        compress=REVISION_COMPRESSION,
    )
    bundle = SentBundle(
        bundle_id=bundle_id,
        file_name=path.name,
        created_utc=created,
        recipients=tuple((c.author, c.name, seq) for c, seq in addressed),
        first_seq=revisions[0].author_seq,
        last_seq=revisions[-1].author_seq,
        revisions=len(revisions),
        attachments=attachments,
        manifest_sha256=sha256_hex(manifest_bytes),
    )
    # Remembered only once the file is durable: a failed write must not count as sent,
    # or the coordinator would see a gap that is never filled.
    sent_bundles.save(bundle)
    if progress is not None:
        progress(len(revisions), len(revisions))
    return bundle


def _members(
    store: RevisionStore,
    revisions: Sequence[tuple[Revision, bytes]],
    progress: Progress | None,
    cancel: CancelFlag | None,
) -> tuple[dict[str, bytes], int]:
    """revisions.jsonl and the content of every attachment a live revision names."""
    members: dict[str, bytes] = {}
    total = len(revisions)
    for done, (revision, _) in enumerate(revisions, start=1):
        if revision.kind == "attachment" and not revision.deleted:
            blob_id = str(revision.body.get("blob_id", ""))
            name = ATTACHMENT_PREFIX + blob_id
            if name not in members:
                members[name] = store.get_blob(blob_id, revision.record_id)
                check_cancel(cancel)
        if progress is not None and done % 500 == 0:
            progress(done, total)
    lines = b"".join(data + b"\n" for _, data in revisions)
    return {REVISIONS: lines, **members}, len(members)
