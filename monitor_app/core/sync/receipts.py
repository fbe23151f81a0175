"""Receipts and purging: the coordinator confirms what arrived; the observer may then remove
that content from the laptop, so a seized laptop holds less.

A receipt is a signed, encrypted sync file like a bundle, listing the bundles the
coordinator imported from one observer with the hash of each bundle's manifest. The
observer accepts an acknowledgement only for a bundle it sent to that coordinator with that
very manifest. Purging works a trial at a time, and only on a trial whose every revision
is this vault's own and acknowledged: nothing unacknowledged is ever purged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor_app import __version__
from monitor_app.core.errors import ValidationError
from monitor_app.core.records import ownership
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.records.value_checks import UTC_INSTANT
from monitor_app.core.sync.author_state import ITEM_ID as CHAINS_ITEM
from monitor_app.core.sync.author_state import purging
from monitor_app.core.sync.bundle_format import (
    HEX_ID,
    RECEIPT_FORMAT_VERSION,
    RECEIPT_TYPE,
    BundleError,
    sha256_hex,
)
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.export import NothingToExport, SentBundle, SentBundles
from monitor_app.core.sync.files import (
    check_addressed_to,
    known_signer,
    open_sync_bytes,
    read_sync_file,
    seal_document,
)
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.crypto import new_id
from monitor_app.core.vault.remembered_folders import FOLDERS_SECRET
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault


@dataclass(frozen=True)
class ReceiptResult:
    source: str
    signer_name: str
    newly_acknowledged: int
    already_acknowledged: int
    unknown: int  # bundles the receipt names that this vault did not send to its signer
    duplicate: bool = False

    @property
    def message(self) -> str:
        if self.duplicate:
            return f"This receipt from {self.signer_name} was imported before; nothing changed."
        text = f"{self.signer_name} confirms {self.newly_acknowledged} more bundle(s)"
        if self.already_acknowledged:
            text += f" ({self.already_acknowledged} confirmed before)"
        if self.unknown:
            text += f"; {self.unknown} entry(ies) match no bundle sent to them and were ignored"
        return text + "."


def export_receipt(vault: Vault, contact: Contact, out_dir: Path) -> Path:
    """A receipt for ``contact`` of every bundle of theirs this vault imported."""
    identity = Identity(vault)
    received = Importer(vault).received_bundles(contact.author)
    if not received:
        raise NothingToExport("nothing-received", name=contact.name)
    manifest = {
        "type": RECEIPT_TYPE,
        "format": RECEIPT_FORMAT_VERSION,
        "id": new_id(),
        "app_version": __version__,
        "created_utc": utc_now_text(),
        "author": identity.card().body(),
        "recipients": [
            {
                "author": contact.author,
                "display_name": contact.name,
                "age_recipient": contact.card.age_recipient,
            }
        ],
        "bundles": [
            {
                "bundle_id": b.bundle_id,
                "manifest_sha256": b.manifest_sha256,
                "seq": b.seq,
                "revisions": b.revisions,
                "imported_utc": b.imported_utc,
            }
            for b in received
        ],
        "members": {},
    }
    path, _ = seal_document(
        identity, manifest, {}, [contact.card.age_recipient], out_dir, compress=0
    )
    return path


def import_receipt(vault: Vault, path: Path) -> ReceiptResult:
    """Record which sent bundles a coordinator confirms. Refused (BundleError) when the
    receipt is not from a contact, not for this vault, or malformed; nothing changes then."""
    identity = Identity(vault)
    opened = open_sync_bytes(read_sync_file(path), identity)
    if opened.manifest["type"] != RECEIPT_TYPE:
        raise BundleError("is-a-bundle")
    check_addressed_to(opened, identity)
    signer = known_signer(opened, Contacts(vault))
    if signer is None:
        raise BundleError("receipt-signer-unknown", claimed=opened.claimed.display_name)
    entries = _receipt_entries(opened.manifest)
    receipt_id = opened.manifest["id"]
    seen = SealedTable(vault, "receipts_received")
    sent = SentBundles(vault)
    new = already = unknown = 0
    with vault.database.write_transaction() as conn:
        if seen.get(receipt_id, conn) is not None:
            return ReceiptResult(path.name, signer.name, 0, 0, 0, duplicate=True)
        for entry in entries:
            bundle = sent.get(entry["bundle_id"])
            if (
                bundle is None
                or bundle.manifest_sha256 != entry["manifest_sha256"]
                or signer.author not in bundle.recipient_authors
            ):
                unknown += 1
                continue
            if signer.author in bundle.acknowledged:
                already += 1
                continue
            acknowledged = {**bundle.acknowledged, signer.author: entry["imported_utc"]}
            sent.save(_with_ack(bundle, acknowledged), conn)
            new += 1
        seen.put(
            receipt_id,
            {
                "signer": signer.author,
                "imported_utc": utc_now_text(),
                "file_name": path.name,
                "manifest_sha256": sha256_hex(opened.archive.manifest_bytes),
            },
            conn,
        )
    return ReceiptResult(path.name, signer.name, new, already, unknown)


def _receipt_entries(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    entries = manifest.get("bundles")
    if not isinstance(entries, list):
        raise BundleError("receipt-empty")
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("bundle_id"), str)
            or not HEX_ID.fullmatch(entry["bundle_id"])
            or not isinstance(entry.get("manifest_sha256"), str)
            or not isinstance(entry.get("imported_utc"), str)
            or not UTC_INSTANT.fullmatch(entry["imported_utc"])
        ):
            raise BundleError("receipt-entry-malformed")
    return entries


def _with_ack(bundle: SentBundle, acknowledged: dict[str, str]) -> SentBundle:
    return SentBundle.from_item({**bundle.to_item(), "acknowledged": acknowledged})


# ---- purging ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeCandidate:
    trial_id: str
    title: str
    records: int
    revisions: int
    purgeable: bool  # neither of the two below: what each client words as why not
    foreign: bool = False  # it holds records from other people
    pending: int = 0  # changes no receipt acknowledges yet


def _acknowledged_ranges(vault: Vault) -> list[tuple[int, int]]:
    return [(b.first_seq, b.last_seq) for b in SentBundles(vault).all() if b.acknowledged]


def purge_candidates(vault: Vault) -> list[PurgeCandidate]:
    """Every trial in the vault, and whether a receipt acknowledges all of it."""
    store = RevisionStore(vault)
    revisions = list(store.all_revisions())
    by_record: dict[str, list[Revision]] = {}
    for revision in revisions:
        by_record.setdefault(revision.record_id, []).append(revision)
    children: dict[str, set[str]] = {}
    for record_id, history in by_record.items():
        for revision in history:
            if revision.parent_id:
                children.setdefault(revision.parent_id, set()).add(record_id)
    ranges = _acknowledged_ranges(vault)
    author = vault.observer_id

    def acknowledged(revision: Revision) -> bool:
        return revision.author == author and any(
            first <= revision.author_seq <= last for first, last in ranges
        )

    candidates = []
    for record_id, history in by_record.items():
        if history[0].kind != "trial":
            continue
        subtree = _subtree(record_id, children)
        subtree_revisions = [r for rid in subtree for r in by_record.get(rid, [])]
        head = ownership.current(history) or history[0]  # the title its owner gave
        foreign = any(r.author != author for r in subtree_revisions)
        pending = sum(1 for r in subtree_revisions if not acknowledged(r))
        candidates.append(
            PurgeCandidate(
                trial_id=record_id,
                title=str(head.body.get("title", "")),
                records=len(subtree),
                revisions=len(subtree_revisions),
                purgeable=not foreign and not pending,
                foreign=foreign,
                pending=pending,
            )
        )
    return sorted(candidates, key=lambda c: (c.title.casefold(), c.trial_id))


def _subtree(root: str, children: dict[str, set[str]]) -> list[str]:
    found, stack = [], [root]
    seen = set()
    while stack:
        record_id = stack.pop()
        if record_id in seen:
            continue
        seen.add(record_id)
        found.append(record_id)
        stack.extend(children.get(record_id, ()))
    return found


def purge_trials(vault: Vault, trial_ids: list[str]) -> int:
    """Remove acknowledged trials, with everything under them, from this vault; return the
    number of revisions removed. Deleted content is overwritten (secure_delete) and the
    write-ahead log emptied, so it cannot be read back from free pages either."""
    if not trial_ids:
        raise ValidationError("no-trials-chosen")
    candidates = {c.trial_id: c for c in purge_candidates(vault)}
    for trial_id in trial_ids:
        candidate = candidates.get(trial_id)
        if candidate is None:
            raise ValidationError("no-such-trial", id=trial_id)
        if candidate.foreign:
            raise ValidationError("trial-holds-others-records", title=candidate.title)
        if candidate.pending:
            raise ValidationError(
                "trial-changes-unacknowledged", title=candidate.title, pending=candidate.pending
            )
    store = RevisionStore(vault)
    revisions = list(store.all_revisions())
    children: dict[str, set[str]] = {}
    for revision in revisions:
        if revision.parent_id:
            children.setdefault(revision.parent_id, set()).add(revision.record_id)
    doomed = {rid for trial_id in trial_ids for rid in _subtree(trial_id, children)}
    purged = [r for r in revisions if r.record_id in doomed]
    database = vault.database
    with database.reading() as conn:
        conn.execute("PRAGMA secure_delete = ON")
    try:
        with database.write_transaction() as conn:
            with purging(vault, conn, {r.author for r in purged}):  # chains kept as verified
                store.purge(conn, purged)
            drafts = [
                name
                for (name,) in conn.execute(
                    "SELECT name FROM vault_secrets WHERE name LIKE 'draft:%'"
                )
                if any(record_id in name for record_id in doomed)
            ]
            conn.executemany("DELETE FROM vault_secrets WHERE name = ?", [(n,) for n in drafts])
            # Kept figures (the dashboard's) count what is being removed: they go with it.
            # The chains as verified stay: a purged link keeps each revision's place in it.
            conn.execute("DELETE FROM derived WHERE item_id != ?", (CHAINS_ITEM,))
            # Folders chosen in file dialogs may name the removed trials: forgotten too.
            conn.execute("DELETE FROM vault_secrets WHERE name = ?", (FOLDERS_SECRET,))
        with database.reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        with database.reading() as conn:
            conn.execute("PRAGMA secure_delete = OFF")
    return len(purged)
