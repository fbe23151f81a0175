"""Exporting bundles: an observer's revisions, signed and encrypted for their coordinator(s).

A bundle carries every revision this vault's author made since the last bundle to the
same contacts (or all of them), with attachment content, and gets a sequence number per
recipient so the coordinator can tell when one is missing. More than one bundle may carry
(the limits an import checks, `bundle_format.BundleRoom`) goes out in several parts. What
was sent is remembered (sealed) so receipts can acknowledge it.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from monitor_app import __version__
from monitor_app.core.errors import TrialMonitorError, ValidationError
from monitor_app.core.records.readable import Unreadable, values_problem
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.sync.bundle_format import (
    ATTACHMENT_PREFIX,
    BUNDLE_TYPE,
    REVISIONS,
    BundleError,
    BundleRoom,
    bundle_format_for,
    member_entries,
    sha256_hex,
)
from monitor_app.core.sync.contacts import Contact
from monitor_app.core.sync.files import seal_document
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.revision_checks import superseded
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


class RecordsNeedCorrecting(ValidationError):
    """Own records whose current values break the rules (saved by an older version): no
    coordinator takes a bundle with them, so none is written until they are corrected
    (`records.corrections`)."""

    @property
    def record_ids(self) -> tuple[str, ...]:
        """The records, in the order they were saved."""
        return tuple(str(self.params["record_ids"]).split())


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
    records: int = 0  # how many records its revisions change (0: written before it was kept)
    # A forwarded bundle (`forward`): the ids of the others' bundles it carried. It carries
    # none of this vault's own revisions (first_seq and last_seq are 0).
    forwarded: tuple[str, ...] = ()

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
            "records": self.records,
            "forwarded": list(self.forwarded),
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
            records=int(item.get("records", 0)),
            forwarded=tuple(str(i) for i in item.get("forwarded", ())),
        )

    @property
    def recipient_authors(self) -> tuple[str, ...]:
        return tuple(author for author, _, _ in self.recipients)

    def sequence_for(self, author: str) -> int | None:
        return next((seq for a, _, seq in self.recipients if a == author), None)


@dataclass(frozen=True)
class ChangeCount:
    """What bundles carry, counted for people: each save of a record is one saved change
    (a revision: an interval started, then stopped, then answered is three changes to one
    record), said with the records they change, since people count records they made."""

    changes: int
    records: int

    def __str__(self) -> str:
        """The count in English, as the CLI prints it (the GUI words it in its language)."""
        changes = "saved change" if self.changes == 1 else "saved changes"
        records = "record" if self.records == 1 else "records"
        return f"{self.changes} {changes} to {self.records} {records}"


def change_count(bundles: Iterable[SentBundle]) -> ChangeCount:
    """What ``bundles`` (the parts of one export) carry. A record whose revisions were split
    between two parts of one export counts in each."""
    parts = list(bundles)
    return ChangeCount(sum(b.revisions for b in parts), sum(b.records for b in parts))


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

    def forget(self, bundle_id: str) -> None:
        self.table.delete(bundle_id)


def next_sequence(sent: Sequence[SentBundle], author: str) -> int:
    """The number of the next bundle to ``author``: one more than any sent them before,
    own or forwarded (one series per addressee, whose gaps they can see)."""
    return 1 + max((b.sequence_for(author) or 0 for b in sent), default=0)


def _watermark(sent: Sequence[SentBundle], author: str) -> int:
    """The highest revision sequence number already sent to ``author``."""
    return max((b.last_seq for b in sent if author in b.recipient_authors), default=0)


def export_bundles(
    vault: Vault,
    recipients: Sequence[Contact],
    out_dir: Path,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> list[SentBundle]:
    """Write what there is to send to ``recipients`` into ``out_dir``: one bundle, or, past
    what an import takes from one (`bundle_format.BundleRoom`), several parts holding
    consecutive runs of revisions, each with its own sequence number. Returns what was sent,
    part by part.

    Each file is complete and durable, under a random name, before it is remembered as sent.
    All or nothing: if anything fails (a full disk, a cancel), no file with a final name is
    left of the part being written, and the parts this export wrote before it are removed
    and forgotten."""
    identity, pending = _pending(vault, recipients, everything)
    sent: list[SentBundle] = []
    try:
        for part in _parts(RevisionStore(vault), pending, progress, cancel):
            sent.append(_write_part(vault, identity, recipients, part, out_dir, cancel=cancel))
    except Exception:
        withdraw_parts(vault, out_dir, sent)
        raise
    if progress is not None:
        progress(len(pending), len(pending))
    return sent


def withdraw_parts(vault: Vault, out_dir: Path, parts: Sequence[SentBundle]) -> None:
    """Remove the files of parts just written and forget them as sent. One that cannot be
    removed stays, remembered as sent: whoever gets it can import it."""
    sent_bundles = SentBundles(vault)
    for part in parts:
        try:
            (out_dir / part.file_name).unlink(missing_ok=True)
        except OSError:
            continue
        sent_bundles.forget(part.bundle_id)


def export_bundle(
    vault: Vault,
    recipients: Sequence[Contact],
    out_dir: Path,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> SentBundle:
    """`export_bundles` for what is known to fit one bundle; if it does not, nothing is
    written and the refusal says to send it in parts."""
    identity, pending = _pending(vault, recipients, everything)
    parts = _parts(RevisionStore(vault), pending, progress, cancel)
    part = next(parts)
    if next(parts, None) is not None:
        raise ValidationError("export-needs-parts", count=len(pending))
    sent = _write_part(vault, identity, recipients, part, out_dir, cancel=cancel)
    if progress is not None:
        progress(len(pending), len(pending))
    return sent


def _pending(
    vault: Vault, recipients: Sequence[Contact], everything: bool
) -> tuple[Identity, list[tuple[Revision, bytes]]]:
    """This vault's revisions not yet sent to every one of ``recipients`` (or all of them),
    in order, each with its canonical JSON."""
    if not recipients:
        raise ValidationError("no-recipients")
    identity = Identity(vault)
    sent = SentBundles(vault).all()
    since = 0 if everything else min(_watermark(sent, c.author) for c in recipients)
    store = RevisionStore(vault)
    pending = store.by_author_encoded(identity.author, since + 1)
    check_sendable(store, [revision for revision, _ in pending])
    if not pending:
        if everything or since == 0:
            raise NothingToExport("nothing-to-send")
        raise NothingToExport("nothing-changed", names=", ".join(c.name for c in recipients))
    return identity, pending


def check_sendable(store: RevisionStore, revisions: Sequence[Revision]) -> None:
    """Refuse to send revisions a coordinator would refuse: those whose values break the
    rules and that their author has not replaced since (`revision_checks.superseded`)."""
    unsendable: dict[str, Unreadable] = {}
    for revision in revisions:
        problem = values_problem(revision)
        if problem is None or revision.record_id in unsendable:
            continue
        later = store.history(revision.record_id)
        if not superseded(revision, later, held_later=False):
            unsendable[revision.record_id] = Unreadable(
                revision.record_id, revision.kind, revision.author, revision.parent_id, problem
            )
    if unsendable:
        first = next(iter(unsendable.values()))
        # The first record's problem in its own words (its code nested), then which record.
        params = {
            **first.problem.params,
            "problem_code": first.problem.code,
            "count": len(unsendable),
            "record_ids": " ".join(unsendable),
            "kind": first.kind,
            "id": first.record_id[:8],
        }
        raise RecordsNeedCorrecting("records-need-correcting", **params)


@dataclass(frozen=True)
class _Part:
    """The revisions of one bundle and its members."""

    revisions: list[Revision]
    members: dict[str, bytes]  # revisions.jsonl, then attachments/<blob id>
    attachments: int


def _parts(
    store: RevisionStore,
    pending: Sequence[tuple[Revision, bytes]],
    progress: Progress | None,
    cancel: CancelFlag | None,
) -> Iterator[_Part]:
    """``pending`` cut into bundles an import takes whole, in order, each with the content
    of every attachment its live revisions name; one part at a time is held."""
    room = BundleRoom()
    taken: list[tuple[Revision, bytes]] = []
    blobs: dict[str, bytes] = {}  # member name -> content, of the part being filled
    for done, (revision, data) in enumerate(pending):
        if progress is not None and done % 500 == 0:
            progress(done, len(pending))
        attachment = _attachment(store, revision, blobs, cancel)
        while not room.take(
            data, None if attachment is None or attachment[0] in blobs else len(attachment[1])
        ):
            if not taken:
                raise BundleError("revision-too-large-to-send", seq=revision.author_seq)
            yield _part(taken, blobs)
            room, taken, blobs = BundleRoom(), [], {}
        taken.append((revision, data))
        if attachment is not None:
            blobs[attachment[0]] = attachment[1]
    yield _part(taken, blobs)


def _attachment(
    store: RevisionStore,
    revision: Revision,
    blobs: dict[str, bytes],
    cancel: CancelFlag | None,
) -> tuple[str, bytes] | None:
    """The member name and content of the attachment a live revision names, if any (from
    ``blobs`` when the part holds it already)."""
    if revision.kind != "attachment" or revision.deleted:
        return None
    blob_id = str(revision.body.get("blob_id", ""))
    name = ATTACHMENT_PREFIX + blob_id
    if name not in blobs:
        check_cancel(cancel)
        return name, store.get_blob(blob_id, revision.record_id)
    return name, blobs[name]


def _part(taken: Sequence[tuple[Revision, bytes]], blobs: dict[str, bytes]) -> _Part:
    lines = b"".join(data + b"\n" for _, data in taken)
    return _Part([revision for revision, _ in taken], {REVISIONS: lines, **blobs}, len(blobs))


def _write_part(
    vault: Vault,
    identity: Identity,
    recipients: Sequence[Contact],
    part: _Part,
    out_dir: Path,
    *,
    cancel: CancelFlag | None,
) -> SentBundle:
    revisions = part.revisions
    sent_bundles = SentBundles(vault)
    sent = sent_bundles.all()
    bundle_id = new_id()
    created = utc_now_text()
    addressed = [(c, next_sequence(sent, c.author)) for c in recipients]
    kinds = dict(sorted(Counter(r.kind for r in revisions).items()))
    manifest = {
        "type": BUNDLE_TYPE,
        # Format 1 while it holds only what every version reads (`bundle_format_for`).
        "format": bundle_format_for(kinds),
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
            "kinds": kinds,
        },
        "attachments": part.attachments,
        "members": member_entries(part.members),
    }
    check_cancel(cancel)
    path, manifest_bytes = seal_document(
        identity,
        manifest,
        part.members,
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
        attachments=part.attachments,
        manifest_sha256=sha256_hex(manifest_bytes),
        records=len({r.record_id for r in revisions}),
    )
    # Remembered only once the file is durable: a failed write must not count as sent,
    # or the coordinator would see a gap that is never filled.
    sent_bundles.save(bundle)
    return bundle
