"""Importing bundles: decrypt, check the signer, the format and the hash chains, then merge.

Revisions form a grow-only set keyed by their id, so a merge is idempotent and order-free:
the same bundle twice changes nothing, bundles may come in any order, and two people's
edits of one record are both kept (the conflict shows in the record's history). One bundle
is one transaction: all of it or none. A bundle from a signer who is not a contact is kept
aside, sealed, in quarantine until its key card is added.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.chain import canonical_json
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.sync.arrivals import Gaps, merged_ranges, missing_ranges, number_ranges
from monitor_app.core.sync.author_state import keep_added
from monitor_app.core.sync.authorship import check_authorship
from monitor_app.core.sync.bundle_content import ParsedBundle, kinds_of, parse_bundle
from monitor_app.core.sync.bundle_format import (
    BUNDLE_TYPE,
    FORWARD_FORMAT,
    RECEIPT_TYPE,
    BundleError,
    sha256_hex,
)
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.export import CancelFlag, Cancelled, Progress, check_cancel
from monitor_app.core.sync.files import (
    SYNC_SUFFIX,
    FileHead,
    OpenedFile,
    SignedFile,
    check_addressed_to,
    check_signature_with,
    known_signer,
    open_sync_bytes,
    open_sync_file,
    read_sync_head,
    sync_file_size,
)
from monitor_app.core.sync.forwarded import read_forwarded
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.originals import keep_original, kept_original_ids
from monitor_app.core.sync.quarantine_limits import quarantine_limits
from monitor_app.core.sync.quarantine_room import check_room, quarantine_usage
from monitor_app.core.sync.revision_checks import MAX_SEQUENCE
from monitor_app.core.vault.sealed_table import SealedTable, load_json_object
from monitor_app.core.vault.vault import Vault

log = logging.getLogger(__name__)

IMPORTED = "imported"
ALREADY_HAD = "already-had"
QUARANTINED = "quarantined"
REFUSED = "refused"
CANCELLED = "cancelled"

_SQL_CHUNK = 500  # bound parameters per IN (...) query


@dataclass(frozen=True)
class ImportResult:
    """What became of one file."""

    source: str  # the file's name (or a quarantine entry's)
    status: str
    message: str
    bundle_id: str | None = None
    author: str | None = None
    author_name: str | None = None
    new_revisions: int = 0
    known_revisions: int = 0
    gaps: tuple[str, ...] = ()  # in English; the same as `missing` says, for translation
    missing: Gaps | None = None
    error: TrialMonitorError | None = None  # why it was refused (`message` is its English)
    # A forwarded bundle's (``author`` is who forwarded it): whose revisions it brought,
    # as (author id, name, what is still missing from them).
    written_by: tuple[tuple[str, str, Gaps], ...] = ()


@dataclass(frozen=True)
class ReceivedBundle:
    bundle_id: str
    author: str
    author_name: str
    seq: int
    created_utc: str
    imported_utc: str
    file_name: str
    manifest_sha256: str
    revisions: int
    new_revisions: int
    attachments: int
    kinds: dict[str, int] = field(default_factory=dict)
    # The author_seq numbers the bundle carried, as inclusive ranges; () in a record kept
    # before they were (then only the counts say what arrived).
    author_seqs: tuple[tuple[int, int], ...] = ()
    # Brought by a forwarded bundle (`forwarded`): who forwarded it, when they wrote the
    # forwarded bundle, and its id; a forwarded bundle's own record counts what it carried.
    forwarded_by: str = ""
    forwarded_by_name: str = ""
    forwarded_utc: str = ""
    forwarded_in: str = ""
    forwarded: int = 0

    def to_item(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> ReceivedBundle:
        ranges = tuple((int(a), int(b)) for a, b in item.get("author_seqs", ()))
        return cls(**{**item, "author_seqs": ranges})


@dataclass(frozen=True)
class QuarantinedBundle:
    item_id: str
    file_name: str
    received_utc: str
    claimed_name: str
    claimed_author: str
    fingerprint: str


class Importer:
    """Imports sync files into an unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.identity = Identity(vault)
        self.contacts = Contacts(vault)
        self.store = RevisionStore(vault)
        self.received = SealedTable(vault, "bundles_received")

    # ---- batches ----------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
    ) -> list[ImportResult]:
        """Import files and the sync files in folders; each file on its own, so one bad
        file stops nothing. On cancel, the file being imported is rolled back whole and
        the rest are reported as not imported."""
        files = expand_paths(paths)
        results: list[ImportResult] = []
        for done, path in enumerate(files):
            if progress is not None:
                progress(done, len(files))
            if cancel is not None and cancel.is_set():
                results.append(ImportResult(path.name, CANCELLED, "Not imported: cancelled."))
                continue
            results.append(self._guarded(path.name, partial(self.import_file, path, cancel)))
        if progress is not None:
            progress(len(files), len(files))
        return results

    def import_quarantined(
        self, progress: Progress | None = None, cancel: CancelFlag | None = None
    ) -> list[ImportResult]:
        """Try again every quarantined bundle (after a contact was added)."""
        items = self._quarantine_items()
        results = []
        for done, (item_id, item) in enumerate(items):
            if progress is not None:
                progress(done, len(items))
            name = item["file_name"]
            results.append(self._guarded(name, partial(self._import_kept, item_id, name, cancel)))
        if progress is not None:
            progress(len(items), len(items))
        return results

    def _import_kept(self, item_id: str, name: str, cancel: CancelFlag | None) -> ImportResult:
        return self.import_bytes(self._quarantine_payload(item_id), name, cancel)

    def _guarded(self, name: str, attempt: Callable[[], ImportResult]) -> ImportResult:
        try:
            return attempt()
        except Cancelled:
            return ImportResult(name, CANCELLED, "Not imported: cancelled. Nothing was changed.")
        except TrialMonitorError as exc:
            return ImportResult(name, REFUSED, str(exc), error=exc)
        except Exception:  # a bug must not stop the rest of a batch
            log.exception("unexpected error importing a file")
            return ImportResult(
                name, REFUSED, "Unexpected error; nothing was imported from this file."
            )

    # ---- one file ---------------------------------------------------------------------

    def import_file(self, path: Path, cancel: CancelFlag | None = None) -> ImportResult:
        """Import one sync file from disk, decrypted as it is read (`files.open_sync_file`).
        A file larger than the quarantine's free room is first screened from its head
        alone, so a stranger's is refused before it is decrypted whole."""
        if sync_file_size(path) > self._quarantine_room():
            self._screen(read_sync_head(path, self.identity))
        return self.import_opened(open_sync_file(path, self.identity), path.name, cancel)

    def import_bytes(self, raw: bytes, name: str, cancel: CancelFlag | None = None) -> ImportResult:
        """Import one sync file's bytes (see `import_opened`)."""
        return self.import_opened(open_sync_bytes(raw, self.identity), name, cancel)

    def import_opened(
        self, opened: OpenedFile, name: str, cancel: CancelFlag | None = None
    ) -> ImportResult:
        """Import one decrypted sync file. Raises BundleError (and other
        TrialMonitorErrors) with the reason when the file is refused; nothing is changed
        then."""
        entry = self._check_sender(opened)
        signer = known_signer(opened, self.contacts)
        if signer is None:
            return self._quarantine(opened, name)
        bundle_id = opened.manifest["id"]
        # The same manifest means the same members (it holds their hashes), all checked
        # when it was first imported: nothing to parse again.
        previous = self.received.get(bundle_id)
        if previous is not None:
            return self._already_had(previous, name, signer, opened)
        if opened.manifest.get("format") == FORWARD_FORMAT:  # others' bundles, passed on
            return self._import_forwarded(opened, name, signer, entry, cancel)
        with cycle_collector_paused():
            parsed = self._parse(opened, signer, entry)
        check_cancel(cancel)
        with self.vault.database.write_transaction() as conn, cycle_collector_paused():
            previous = self.received.get(bundle_id, conn)
            if previous is not None:  # imported meanwhile by another window
                return self._already_had(previous, name, signer, opened, conn)
            new = self.merge(conn, parsed)
            check_cancel(cancel)  # rolls the transaction back: nothing half-done
            created = str(opened.manifest.get("created_utc", ""))[:40]
            signed = (opened.manifest_bytes, opened.signature)
            self._record(conn, parsed, new, name=name, signed=signed, created_utc=created)
        missing = self.missing(signer.author)
        known = len(parsed.revisions) - len(new)
        message = (
            f"Imported {len(new)} new revision(s) from {signer.name}"
            + (f"; {known} were already here" if known else "")
            + "."
        )
        return ImportResult(
            name,
            IMPORTED if new else ALREADY_HAD,
            message if new else "Nothing new in this bundle; it is recorded as received.",
            bundle_id=bundle_id,
            author=signer.author,
            author_name=signer.name,
            new_revisions=len(new),
            known_revisions=known,
            gaps=missing.describe(),
            missing=missing,
        )

    def _import_forwarded(
        self,
        opened: OpenedFile,
        name: str,
        signer: Contact,
        entry: dict[str, Any],
        cancel: CancelFlag | None,
    ) -> ImportResult:
        """Merge the originals a forwarded bundle carries (`forwarded`), all or none, each
        recorded as its author's bundle, forwarded by ``signer``."""
        with cycle_collector_paused():
            forwarded = read_forwarded(self.vault, opened, entry, self.contacts, self.identity)
        check_cancel(cancel)
        outer = ReceivedBundle(
            bundle_id=opened.manifest["id"],
            author=signer.author,
            author_name=signer.name,
            seq=forwarded.seq,
            created_utc=forwarded.created_utc,
            imported_utc=utc_now_text(),
            file_name=name,
            manifest_sha256=sha256_hex(opened.manifest_bytes),
            revisions=0,  # none of its signer's own
            new_revisions=0,
            attachments=len(opened.archive.members),
            forwarded=len(forwarded.originals),
        )
        authors: dict[str, str] = {}  # author id -> name, whose revisions it brought
        new = known = 0
        with self.vault.database.write_transaction() as conn, cycle_collector_paused():
            previous = self.received.get(outer.bundle_id, conn)
            if previous is not None:  # imported meanwhile by another window
                return self._already_had(previous, name, signer, opened, conn)
            for original in forwarded.originals:
                parsed = original.parsed
                authors[parsed.signer.author] = parsed.signer.name
                held = self.received.get(parsed.bundle_id, conn)
                if held is not None:  # came before: directly, or forwarded by someone
                    if held["manifest_sha256"] != original.manifest_sha256:
                        raise BundleError("bundle-id-reused")
                    known += len(parsed.revisions)
                    continue
                merged = self.merge(conn, parsed)
                check_cancel(cancel)
                new, known = new + len(merged), known + len(parsed.revisions) - len(merged)
                signed = (original.manifest_bytes, original.signature)
                created = original.created_utc
                self._record(
                    conn, parsed, merged, name=name, signed=signed, created_utc=created, via=outer
                )
            self.received.put(outer.bundle_id, outer.to_item(), conn)
            conn.execute("DELETE FROM quarantine WHERE item_id = ?", (outer.bundle_id,))
        names = ", ".join(authors.values())
        message = (
            f"Imported {new} new revision(s) written by {names}, forwarded by {signer.name}"
            + (f"; {known} were already here" if known else "")
            + "."
        )
        written_by = tuple((a, n, self.missing(a)) for a, n in authors.items())
        return ImportResult(
            name,
            IMPORTED if new else ALREADY_HAD,
            message if new else "Nothing new in this bundle; it is recorded as received.",
            bundle_id=outer.bundle_id,
            author=signer.author,
            author_name=signer.name,
            new_revisions=new,
            known_revisions=known,
            gaps=tuple(f"{n}: {gap}" for _, n, gaps in written_by for gap in gaps.describe()),
            missing=self.missing(signer.author),
            written_by=written_by,
        )

    def _record(
        self,
        conn: sqlite3.Connection,
        parsed: ParsedBundle,
        merged: Sequence[Revision],
        *,
        name: str,
        signed: tuple[bytes, bytes],
        created_utc: str,
        via: ReceivedBundle | None = None,
    ) -> None:
        """Note a bundle received (``via`` the forwarded bundle that brought it), and keep
        what its author signed, its manifest and signature (`originals`)."""
        revisions = parsed.revisions
        record = ReceivedBundle(
            bundle_id=parsed.bundle_id,
            author=parsed.signer.author,
            author_name=parsed.signer.name,
            seq=parsed.seq,
            created_utc=created_utc,
            imported_utc=utc_now_text(),
            file_name=name,
            manifest_sha256=sha256_hex(signed[0]),
            revisions=len(revisions),
            new_revisions=len(merged),
            attachments=len(parsed.blobs),
            kinds=kinds_of(revisions),
            author_seqs=number_ranges([r.author_seq for r in revisions]),
            forwarded_by=via.author if via else "",
            forwarded_by_name=via.author_name if via else "",
            forwarded_utc=via.created_utc if via else "",
            forwarded_in=via.bundle_id if via else "",
        )
        self.received.put(parsed.bundle_id, record.to_item(), conn)
        keep_original(self.vault, conn, parsed.bundle_id, *signed)
        conn.execute("DELETE FROM quarantine WHERE item_id = ?", (parsed.bundle_id,))

    def _already_had(
        self,
        previous: dict[str, Any],
        name: str,
        signer: Contact,
        opened: SignedFile,
        conn: sqlite3.Connection | None = None,
    ) -> ImportResult:
        if previous["manifest_sha256"] != sha256_hex(opened.manifest_bytes):
            raise BundleError("bundle-id-reused")
        with self.vault.database.write_transaction() if conn is None else nullcontext(conn) as c:
            c.execute("DELETE FROM quarantine WHERE item_id = ?", (previous["bundle_id"],))
            # One imported before signed bundles were kept: kept now, to be forwarded.
            bundle_id = previous["bundle_id"]
            if not previous.get("forwarded") and not kept_original_ids(c, [bundle_id]):
                keep_original(self.vault, c, bundle_id, opened.manifest_bytes, opened.signature)
        return ImportResult(
            name,
            ALREADY_HAD,
            "Already imported; nothing changed.",
            bundle_id=previous["bundle_id"],
            author=signer.author,
            author_name=signer.name,
            known_revisions=int(previous["revisions"]),
        )

    # ---- checking ---------------------------------------------------------------------

    def _check_sender(self, opened: SignedFile) -> dict[str, Any]:
        """Refuse a receipt, this vault's own bundle, or one not written for it; return
        this vault's entry among the recipients."""
        if opened.manifest["type"] == RECEIPT_TYPE:
            raise BundleError("is-a-receipt")
        if opened.claimed.author == self.identity.author:
            raise BundleError("own-bundle")
        return check_addressed_to(opened, self.identity)

    def _screen(self, head: FileHead) -> None:
        """From its head alone, refuse a file as `import_opened` would if it is a stranger's
        that the quarantine has no room for; a contact's passes (to be read whole)."""
        self._check_sender(head)
        if known_signer(head, self.contacts) is None:
            check_signature_with(head, head.claimed)
            with self.vault.database.reading() as conn:
                check_room(conn, head, quarantine_limits(self.vault))

    def _parse(self, opened: OpenedFile, signer: Contact, entry: dict[str, Any]) -> ParsedBundle:
        manifest = opened.manifest
        if manifest["type"] != BUNDLE_TYPE:
            raise BundleError("not-a-bundle")
        seq = entry.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= MAX_SEQUENCE:
            raise BundleError("bundle-seq-invalid")
        if not opened.archive.has_revisions:
            raise BundleError("bundle-no-revisions")
        held = self._held_in_range(signer.author, manifest)
        objects = opened.archive.revision_objects(held)
        members = opened.archive.members
        return parse_bundle(self.vault, manifest, members, objects, signer=signer, seq=seq)

    def _held_in_range(self, author: str, manifest: Mapping[str, Any]) -> set[str]:
        """The hashes of the author's revisions held here within the numbers the bundle
        says it carries: a bundle sent again with a few new revisions on top of many held
        is then checked for the new ones only (`bundle_format.HeldLine`). The numbers are
        only a hint: a line is taken for a held revision by its bytes alone."""
        summary = manifest.get("revisions")
        if not isinstance(summary, dict):
            return set()
        first, last = summary.get("first_seq"), summary.get("last_seq")
        if not (type(first) is int and type(last) is int and 1 <= first <= last <= MAX_SEQUENCE):
            return set()
        return self.store.hashes_of(author, first, last)

    def merge(self, conn: sqlite3.Connection, parsed: ParsedBundle) -> list[Revision]:
        """Check the bundle against what the vault holds, then insert what is new (inside
        the caller's write transaction)."""
        revisions = parsed.revisions
        author = parsed.signer.author
        first, last = revisions[0].author_seq, revisions[-1].author_seq
        held_ids = dict(
            conn.execute(
                "SELECT author_seq, rev_id FROM revisions "
                "WHERE author = ? AND author_seq >= ? AND author_seq <= ?",
                (author, max(1, first - 1), last + 1),
            ).fetchall()
        )
        by_seq = {r.author_seq: r for r in revisions}
        new = []
        for revision in revisions:
            held_id = held_ids.get(revision.author_seq)
            if held_id is None:
                new.append(revision)
            elif held_id != revision.rev_id:
                raise self._rewritten(parsed, revision.author_seq)
        # Held revisions link up wherever their numbers are consecutive (every import
        # checks that), so the hash of the top of a run held in common vouches for the
        # whole run: only run tops and the bundle's neighbours need decrypting.
        needed = [
            seq
            for seq in held_ids
            if (seq in by_seq and (seq + 1 not in by_seq or seq + 1 not in held_ids))
            or (seq not in by_seq and (seq - 1 in by_seq or seq + 1 in by_seq))
        ]
        for seq in needed:
            [held] = self.store.by_author(author, seq, seq, conn=conn)
            mine = by_seq.get(seq)
            if mine is not None:
                if held.hash != parsed.hashes[mine.rev_id]:
                    raise self._rewritten(parsed, seq)
                continue
            before, after = by_seq.get(seq - 1), by_seq.get(seq + 1)
            if (before is not None and held.prev_hash != parsed.hashes[before.rev_id]) or (
                after is not None and after.prev_hash != held.hash
            ):
                raise BundleError("history-unlinked", name=parsed.signer.name)
        self._check_ids(conn, new)
        check_authorship(conn, self.store, new, author, parsed.signer.name)
        self.store.insert(conn, new, parsed.encoded)
        for revision in new:
            blob_id = str(revision.body.get("blob_id", ""))
            if revision.kind == "attachment" and blob_id in parsed.blobs:
                self.store.insert_blob(conn, blob_id, revision.record_id, parsed.blobs[blob_id])
        conn.executemany(
            "INSERT OR IGNORE INTO provenance(rev_id, bundle_id) VALUES (?, ?)",
            [(r.rev_id, parsed.bundle_id) for r in new],
        )
        keep_added(self.vault, conn, author, new, parsed.hashes)  # the chain, as verified
        return new

    @staticmethod
    def _rewritten(parsed: ParsedBundle, seq: int) -> BundleError:
        return BundleError("history-rewritten", seq=seq, name=parsed.signer.name)

    def _check_ids(self, conn: sqlite3.Connection, new: Sequence[Revision]) -> None:
        """New revision ids must be new, and a record keeps one kind whoever edits it."""
        kinds = {r.record_id: r.kind for r in new}
        for chunk in _chunks([r.rev_id for r in new]):
            marks = ",".join("?" * len(chunk))
            query = f"SELECT 1 FROM revisions WHERE rev_id IN ({marks}) LIMIT 1"  # noqa: S608 (placeholders only)
            if conn.execute(query, chunk).fetchone():
                raise BundleError("revision-id-reused")
        for chunk in _chunks(list(kinds)):
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT DISTINCT record_id, kind FROM revisions WHERE record_id IN ({marks})",  # noqa: S608 (placeholders only)
                chunk,
            ).fetchall()
            if any(kinds[record_id] != kind for record_id, kind in rows):
                raise BundleError("record-kind-changed")
        if len({(r.record_id, r.kind) for r in new}) != len(kinds):
            raise BundleError("record-two-kinds")

    # ---- quarantine -------------------------------------------------------------------

    def _quarantine(self, opened: OpenedFile, name: str) -> ImportResult:
        # Only a file its claimed author really signed is worth keeping.
        check_signature_with(opened, opened.claimed)
        bundle_id = opened.manifest["id"]
        claimed = opened.claimed
        limits = quarantine_limits(self.vault)
        with self.vault.database.reading() as conn:
            check_room(conn, opened, limits)  # from the size on disk, before reading it
        item = {
            "file_name": name,
            "received_utc": utc_now_text(),
            "claimed_name": claimed.display_name,
            "claimed_author": claimed.author,
            "fingerprint": claimed.fingerprint,
        }
        sealed = self.vault.seal_item(canonical_json(item), _quarantine_aad(bundle_id))
        payload = self.vault.seal_payload(
            opened.file_bytes(), _quarantine_aad(bundle_id) + b"|payload"
        )
        with self.vault.database.write_transaction() as conn:
            check_room(conn, opened, limits)  # another window may have filled it meanwhile
            conn.execute(
                "INSERT OR REPLACE INTO quarantine(item_id, sealed, payload) VALUES (?, ?, ?)",
                (bundle_id, sealed, payload),
            )
        return ImportResult(
            name,
            QUARANTINED,
            f"Signed by someone who is not a contact (claims to be {claimed.display_name}, "
            f"fingerprint {claimed.fingerprint}). Kept aside: add their key card, then "
            "import the quarantined bundles.",
            bundle_id=bundle_id,
            author=claimed.author,
            author_name=claimed.display_name,
        )

    def quarantine_usage(self) -> tuple[int, int]:
        """How many bundles the quarantine keeps, and their bytes (as its caps count them)."""
        with self.vault.database.reading() as conn:
            return quarantine_usage(conn)

    def _quarantine_room(self) -> int:
        """Bytes of sync file the quarantine could still keep; none once it holds as many
        bundles as it may."""
        limits = quarantine_limits(self.vault)
        count, used = self.quarantine_usage()
        return 0 if count >= limits.count else max(0, limits.total_bytes - used)

    def quarantined(self) -> list[QuarantinedBundle]:
        return sorted(
            (
                QuarantinedBundle(
                    item_id=item_id,
                    file_name=item["file_name"],
                    received_utc=item["received_utc"],
                    claimed_name=item["claimed_name"],
                    claimed_author=item["claimed_author"],
                    fingerprint=item["fingerprint"],
                )
                for item_id, item in self._quarantine_items()
            ),
            key=lambda q: (q.received_utc, q.item_id),
        )

    def drop_quarantined(self, item_id: str) -> None:
        with self.vault.database.write_transaction() as conn:
            conn.execute("DELETE FROM quarantine WHERE item_id = ?", (item_id,))

    def _quarantine_items(self) -> list[tuple[str, dict[str, Any]]]:
        self.vault.keys()
        with self.vault.database.reading() as conn:
            rows = conn.execute("SELECT item_id, sealed FROM quarantine").fetchall()
        items = []
        for item_id, sealed in rows:
            plaintext = self.vault.unseal_item(sealed, _quarantine_aad(item_id))
            items.append(
                (item_id, load_json_object(plaintext, error_code="quarantine-record-damaged"))
            )
        return items

    def _quarantine_payload(self, item_id: str) -> bytes:
        with self.vault.database.reading() as conn:
            row = conn.execute(
                "SELECT payload FROM quarantine WHERE item_id = ?", (item_id,)
            ).fetchone()
        return self.vault.unseal_payload(row[0], _quarantine_aad(item_id) + b"|payload")

    # ---- what was received ------------------------------------------------------------

    def received_bundles(self, author: str | None = None) -> list[ReceivedBundle]:
        bundles = [ReceivedBundle.from_item(i) for i in self.received.all().values()]
        if author is not None:
            bundles = [b for b in bundles if b.author == author]
        return sorted(bundles, key=lambda b: (b.imported_utc, b.bundle_id))

    def gaps(self, author: str) -> tuple[str, ...]:
        """What is still missing from ``author``, in words (see `missing`)."""
        return self.missing(author).describe()

    def missing(self, author: str) -> Gaps:
        """Bundle numbers skipped and revisions absent from ``author``'s sequence: holes,
        and a tail (or all) of what the bundles received brought that is no longer here."""
        return self.missing_of([author])[author]

    def missing_of(self, authors: Iterable[str]) -> dict[str, Gaps]:
        """`missing` of each of ``authors``, the bundles received read once."""
        received: dict[str, list[ReceivedBundle]] = {}
        for bundle in self.received_bundles():
            received.setdefault(bundle.author, []).append(bundle)
        gaps = {}
        with self.vault.database.reading() as conn:
            for author in authors:
                held = [
                    row[0]
                    for row in conn.execute(
                        "SELECT author_seq FROM revisions WHERE author = ? ORDER BY author_seq",
                        (author,),
                    )
                ]
                gaps[author] = gaps_of(received.get(author, []), held)
        return gaps

    def provenance(self, rev_id: str) -> ReceivedBundle | None:
        """The bundle that brought a revision, or None for this vault's own."""
        with self.vault.database.reading() as conn:
            row = conn.execute(
                "SELECT bundle_id FROM provenance WHERE rev_id = ?", (rev_id,)
            ).fetchone()
        item = self.received.get(row[0]) if row else None
        return None if item is None else ReceivedBundle.from_item(item)


def gaps_of(received: Sequence[ReceivedBundle], held: Sequence[int]) -> Gaps:
    """What is missing from an author (`Importer.missing`), from the bundles received from
    them and the numbers of their revisions held, in order."""
    arrived = merged_ranges(r for b in received for r in b.author_seqs)
    return Gaps(
        bundles=missing_ranges(sorted({b.seq for b in received})),
        revisions=missing_ranges(held, upto=arrived[-1][1] if arrived else 0),
        removed=max(0, sum(b.new_revisions for b in received) - len(held)),
    )


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; in a folder, its sync files (``*.age``), sorted by name."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.suffix == SYNC_SUFFIX and p.is_file())
            )
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _SQL_CHUNK):
        yield values[start : start + _SQL_CHUNK]


def _quarantine_aad(item_id: str) -> bytes:
    return f"quarantine|{item_id}".encode()
