"""Forwarding what observers sent: a coordinator passes bundles they received on to a head
office or an expert panel, each with its author's own signature, so the far end can check
who wrote every revision and not only who passed it on.

A forwarded bundle (format 3, docs/bundle-format.md) is signed by the forwarder and
encrypted to the contact it is for; inside, each original bundle is its author's signed
manifest and signature (kept by the import, `originals`) and its revisions and
attachments, put together again from what the vault holds, byte for byte, and checked
against the SHA-256 the author signed before anything is written. An author signs a bundle
whole, so it is forwarded whole: choosing a trial forwards every bundle that carries any of
its revisions, and with them whatever else those bundles carry (`ForwardPlan.extra_trials`
names those trials, so the user is told before).

Chosen by trial and by observer; by default only what was not forwarded to that contact
before. Bundles received before this version kept what their authors signed cannot be
forwarded (`LeftOut`); their authors can send everything again to make them so. Written
in parts within every limit an import checks; all or nothing, like an export.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from monitor_app import __version__
from monitor_app.core.errors import Param, RecordNotFound, TrialMonitorError, ValidationError
from monitor_app.core.jsonio import loads
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.sync.bundle_format import (
    ATTACHMENT_PREFIX,
    BUNDLE_TYPE,
    FORWARD_FORMAT,
    MAX_MANIFEST_BYTES,
    REVISIONS,
    BundleError,
    BundleRoom,
    member_entries,
    sha256_hex,
)
from monitor_app.core.sync.contacts import Contact
from monitor_app.core.sync.export import (
    REVISION_COMPRESSION,
    CancelFlag,
    Progress,
    SentBundle,
    SentBundles,
    check_cancel,
    next_sequence,
    withdraw_parts,
)
from monitor_app.core.sync.files import seal_document
from monitor_app.core.sync.forwarded import FORWARDED, MAX_FORWARDED_BUNDLES
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import Importer, ReceivedBundle
from monitor_app.core.sync.originals import kept_original, kept_original_ids
from monitor_app.core.vault.crypto import new_id
from monitor_app.core.vault.vault import Vault

# Why a bundle chosen could not be forwarded (each an error code, its words for people).
NOT_KEPT = "forward-not-kept"  # received before this version kept what its author signed
CHANGED = "forward-changed"  # what is held is no longer what its author signed, or not all
TOO_LARGE = "forward-too-large"  # its signed manifest leaves a forwarded bundle no room
# Room a forwarded bundle's manifest keeps for everything but the originals' entries, and
# what one member's entry in it takes at most.
_MANIFEST_MARGIN = 64 * 1024
_MEMBER_ENTRY_BYTES = 160
_ENTRY_BYTES = 64  # an original's entry, besides its manifest and signature
_TRIAL_DEPTH = 8  # records under a trial are at most this deep (trial, hearing, note, file)


class NothingToForward(TrialMonitorError):
    """Nothing (new) to forward; its code says why: NOTHING_CHOSEN (no bundle received
    carries what was chosen), ALREADY (all of it was forwarded to that contact before),
    NONE_USABLE (none of it can be forwarded; the first reason nested, `LeftOut`)."""

    NOTHING_CHOSEN = "forward-nothing-chosen"
    ALREADY = "forward-nothing-new"
    NONE_USABLE = "forward-none-usable"


@dataclass(frozen=True)
class LeftOut:
    """Bundles chosen that cannot be forwarded, by author and reason."""

    author: str
    name: str
    reason: str  # NOT_KEPT, CHANGED or TOO_LARGE
    bundles: int
    revisions: int

    def error(self) -> TrialMonitorError:
        """Why, in words (the CLI prints it, the GUI translates it)."""
        if self.reason == NOT_KEPT:
            return TrialMonitorError("forward-not-kept", name=self.name, bundles=self.bundles)
        if self.reason == CHANGED:
            return TrialMonitorError("forward-changed", name=self.name, bundles=self.bundles)
        return TrialMonitorError("forward-too-large", name=self.name, bundles=self.bundles)


@dataclass(frozen=True)
class _Original:
    """A bundle received, as its author signed it, ready to be forwarded."""

    received: ReceivedBundle
    manifest: bytes
    signature: bytes
    lines: tuple[bytes, ...]  # its revisions.jsonl, line by line, without newlines
    # The attachment member each line's revision names, where it names one (a live
    # attachment revision), so a forwarded bundle is filled by the import's limits.
    line_members: tuple[str | None, ...]
    attachments: dict[str, tuple[str, int, str]]  # member name -> (record id, size, SHA-256)
    kinds: dict[str, int]  # of its revisions
    records: frozenset[str]  # the records its revisions change

    @property
    def entry(self) -> dict[str, str]:
        return {
            "manifest": base64.b64encode(self.manifest).decode("ascii"),
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }

    @property
    def entry_bytes(self) -> int:
        """What its entry adds to a forwarded bundle's manifest, at most."""
        encoded = 4 * (-(-len(self.manifest) // 3) + -(-len(self.signature) // 3))
        return encoded + _ENTRY_BYTES + _MEMBER_ENTRY_BYTES * len(self.attachments)


@dataclass(frozen=True)
class ForwardPlan:
    """What a forward would write, worked out before anything is: the original bundles,
    what had to be left out and why, and the trials they carry."""

    originals: tuple[_Original, ...]
    left_out: tuple[LeftOut, ...]
    already: int  # bundles chosen that were forwarded to the contact before
    trials: tuple[str, ...]  # every trial the originals carry revisions of
    extra_trials: tuple[str, ...]  # of those, the ones not chosen (when trials were)

    @property
    def revisions(self) -> int:
        return sum(len(o.lines) for o in self.originals)

    @property
    def authors(self) -> tuple[str, ...]:
        """The names of the authors whose bundles it forwards."""
        return tuple(dict.fromkeys(o.received.author_name for o in self.originals))


@dataclass(frozen=True)
class ForwardResult:
    """What a forward wrote: its parts (as remembered among the bundles sent) and what
    it carries."""

    parts: list[SentBundle]
    plan: ForwardPlan = field(repr=False)

    @property
    def originals(self) -> int:
        return len(self.plan.originals)


def plan_forward(
    vault: Vault,
    to_contact: Contact,
    trials: Sequence[str] | None = None,
    observers: Sequence[Contact] | None = None,
    *,
    everything: bool = False,
) -> ForwardPlan:
    """The bundles received that carry revisions of ``trials`` (any, if None) by
    ``observers`` (anyone, if None), forwardable to ``to_contact``: not theirs, not
    forwarded to them before (unless ``everything``), each put together again and checked
    against what its author signed. Reads the revisions involved: run it off the UI
    thread."""
    importer = Importer(vault)
    authors = None if observers is None else {c.author for c in observers}
    chosen = [
        b
        for b in importer.received_bundles()
        if not b.forwarded
        and b.author not in (to_contact.author, vault.observer_id)
        and (authors is None or b.author in authors)
    ]
    with vault.database.reading() as conn:
        where = _trials_of_revisions(conn) if trials is not None or chosen else {}
        if trials is not None:
            wanted = set(trials)
            unknown = sorted(wanted - set(where.values()))
            if unknown:
                raise RecordNotFound("no-such-trial", id=unknown[0])
            chosen = [b for b in chosen if _carried(b, where) & wanted]
        kept = kept_original_ids(conn, [b.bundle_id for b in chosen])
    before = _forwarded_before(vault, to_contact) if not everything else set()
    already = sum(b.bundle_id in before for b in chosen)
    chosen = [b for b in chosen if b.bundle_id not in before]
    left: list[tuple[ReceivedBundle, str]] = []
    usable = []
    for bundle in chosen:
        if bundle.bundle_id not in kept or not bundle.author_seqs:
            left.append((bundle, NOT_KEPT))
    originals = _put_together(vault, [b for b in chosen if b.bundle_id in kept and b.author_seqs])
    for bundle, original in originals:
        if original is None:
            left.append((bundle, CHANGED))
        elif original.entry_bytes > MAX_MANIFEST_BYTES - _MANIFEST_MARGIN:
            left.append((bundle, TOO_LARGE))
        else:
            usable.append(original)
    carried = sorted({t for o in usable for t in _carried(o.received, where)})
    return ForwardPlan(
        originals=tuple(usable),
        left_out=_left_out(left),
        already=already,
        trials=tuple(carried),
        extra_trials=tuple(t for t in carried if trials is not None and t not in set(trials)),
    )


def forward_bundles(
    vault: Vault,
    to_contact: Contact,
    out_dir: Path,
    trials: Sequence[str] | None = None,
    observers: Sequence[Contact] | None = None,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ForwardResult:
    """Forward to ``to_contact``, into ``out_dir``, the bundles `plan_forward` chooses:
    one forwarded bundle, or several parts where one may not carry them all, each
    remembered among the bundles sent (its number in the series to that contact, the
    originals it carried). All or nothing: on a failure or a cancel, the parts written are
    removed and forgotten. Raises `NothingToForward` when there is nothing to write."""
    if not out_dir.is_dir():
        raise ValidationError("not-a-folder", path=str(out_dir))
    plan = plan_forward(vault, to_contact, trials, observers, everything=everything)
    return write_forward(vault, to_contact, out_dir, plan, progress=progress, cancel=cancel)


def write_forward(
    vault: Vault,
    to_contact: Contact,
    out_dir: Path,
    plan: ForwardPlan,
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ForwardResult:
    """Write what ``plan`` (`plan_forward`, for ``to_contact``) forwards, as
    `forward_bundles` does."""
    if not out_dir.is_dir():
        raise ValidationError("not-a-folder", path=str(out_dir))
    if not plan.originals:
        if plan.left_out:
            # The first reason's own words, its code nested (`error_messages.fill`).
            first = plan.left_out[0]
            why: dict[str, Param] = {
                "reason_code": first.reason,
                "name": first.name,
                "bundles": first.bundles,
            }
            raise NothingToForward("forward-none-usable", **why)
        if plan.already:
            raise NothingToForward("forward-nothing-new", name=to_contact.name)
        raise NothingToForward("forward-nothing-chosen")
    total = plan.revisions
    sent: list[SentBundle] = []
    done = 0
    try:
        for part in _parts(plan.originals):
            check_cancel(cancel)
            if progress is not None:
                progress(done, total)
            sent.append(_write_part(vault, to_contact, part, out_dir, cancel=cancel))
            done += sum(len(o.lines) for o in part)
    except Exception:
        withdraw_parts(vault, out_dir, sent)
        raise
    if progress is not None:
        progress(total, total)
    return ForwardResult(sent, plan)


# ---- choosing ---------------------------------------------------------------------------


def _trials_of_revisions(conn: sqlite3.Connection) -> dict[tuple[str, int], str]:
    """The trial each held revision belongs under, by (author, author_seq), from the clear
    columns alone (a record's parent, up to its trial): nothing is decrypted."""
    rows = conn.execute("SELECT record_id, kind, parent_id, author, author_seq FROM revisions")
    parents: dict[str, tuple[str, str | None]] = {}
    revisions: list[tuple[str, str, int]] = []
    for record_id, kind, parent_id, author, author_seq in rows:
        parents.setdefault(record_id, (kind, parent_id))
        revisions.append((record_id, author, author_seq))
    trial_of: dict[str, str | None] = {}

    def trial(record_id: str) -> str | None:
        if record_id not in trial_of:
            found, current = None, record_id
            for _ in range(_TRIAL_DEPTH):
                kind, parent = parents.get(current, ("", None))
                if kind == "trial":
                    found = current
                    break
                if parent is None:
                    break
                current = parent
            trial_of[record_id] = found
        return trial_of[record_id]

    where = {}
    for record_id, author, author_seq in revisions:
        found = trial(record_id)
        if found is not None:
            where[(author, author_seq)] = found
    return where


def _carried(bundle: ReceivedBundle, where: dict[tuple[str, int], str]) -> set[str]:
    """The trials whose revisions ``bundle`` brought."""
    found = set()
    for first, last in bundle.author_seqs:
        for seq in range(first, last + 1):
            trial = where.get((bundle.author, seq))
            if trial is not None:
                found.add(trial)
    return found


def _forwarded_before(vault: Vault, to_contact: Contact) -> set[str]:
    """The ids of the bundles forwarded to ``to_contact`` before."""
    return {
        bundle_id
        for sent in SentBundles(vault).all()
        if to_contact.author in sent.recipient_authors
        for bundle_id in sent.forwarded
    }


def _left_out(left: Iterable[tuple[ReceivedBundle, str]]) -> tuple[LeftOut, ...]:
    counted: dict[tuple[str, str], tuple[str, int, int]] = {}
    for bundle, reason in left:
        name, bundles, revisions = counted.get((bundle.author, reason), (bundle.author_name, 0, 0))
        counted[(bundle.author, reason)] = (name, bundles + 1, revisions + bundle.revisions)
    return tuple(
        LeftOut(author, name, reason, bundles, revisions)
        for (author, reason), (name, bundles, revisions) in counted.items()
    )


# ---- putting originals together again ---------------------------------------------------


def _put_together(
    vault: Vault, bundles: Sequence[ReceivedBundle]
) -> list[tuple[ReceivedBundle, _Original | None]]:
    """Each bundle as its author signed it, from its kept manifest and the revisions and
    attachments held; None where that is no longer what they signed."""
    store = RevisionStore(vault)
    by_author: dict[str, list[ReceivedBundle]] = {}
    for bundle in bundles:
        by_author.setdefault(bundle.author, []).append(bundle)
    result = []
    for author, theirs in by_author.items():
        lowest = min(first for b in theirs for first, _ in b.author_seqs)
        held = {r.author_seq: (r, data) for r, data in store.by_author_encoded(author, lowest)}
        with vault.database.reading() as conn:
            for bundle in sorted(theirs, key=lambda b: (b.author_seqs[0][0], b.bundle_id)):
                result.append((bundle, _original(vault, conn, bundle, held)))
    return result


def _original(
    vault: Vault,
    conn: sqlite3.Connection,
    bundle: ReceivedBundle,
    held: dict[int, tuple[Revision, bytes]],
) -> _Original | None:
    signed = kept_original(vault, bundle.bundle_id)
    if signed is None:
        return None
    try:
        manifest = loads(signed.manifest_bytes)
        members = manifest["members"]
        revisions_entry = (members[REVISIONS]["size"], members[REVISIONS]["sha256"])
    except (ValueError, TypeError, KeyError):
        return None
    seqs = [seq for first, last in bundle.author_seqs for seq in range(first, last + 1)]
    if any(seq not in held for seq in seqs):
        return None
    revisions = [held[seq][0] for seq in seqs]
    lines = tuple(held[seq][1] for seq in seqs)
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line + b"\n")
    if revisions_entry != (sum(len(line) + 1 for line in lines), digest.hexdigest()):
        return None
    attachments = {}
    line_members: list[str | None] = []
    for revision in revisions:
        name = ATTACHMENT_PREFIX + str(revision.body.get("blob_id", ""))
        if revision.kind == "attachment" and not revision.deleted and name in members:
            entry = members[name]
            attachments[name] = (revision.record_id, int(entry["size"]), str(entry["sha256"]))
            line_members.append(name)
        else:
            line_members.append(None)
    listed = {n for n in members if n.startswith(ATTACHMENT_PREFIX)}
    if set(attachments) != listed or not _blobs_held(conn, attachments):
        return None
    return _Original(
        received=bundle,
        manifest=signed.manifest_bytes,
        signature=signed.signature,
        lines=lines,
        line_members=tuple(line_members),
        attachments=attachments,
        kinds=dict(Counter(r.kind for r in revisions)),
        records=frozenset(r.record_id for r in revisions),
    )


def _blobs_held(conn: sqlite3.Connection, attachments: dict[str, tuple[str, int, str]]) -> bool:
    return all(
        conn.execute(
            "SELECT 1 FROM blobs WHERE blob_id = ? AND record_id = ?",
            (name.removeprefix(ATTACHMENT_PREFIX), record_id),
        ).fetchone()
        for name, (record_id, _size, _sha256) in attachments.items()
    )


# ---- writing ----------------------------------------------------------------------------


def _parts(originals: Sequence[_Original]) -> Iterator[list[_Original]]:
    """``originals`` in forwarded bundles an import takes whole, each original whole in
    one of them, in order."""
    room = BundleRoom()
    manifest_room = MAX_MANIFEST_BYTES - _MANIFEST_MARGIN
    part: list[_Original] = []
    members: set[str] = set()
    for original in originals:
        fitted = _fit(room, members, original)
        full = len(part) >= MAX_FORWARDED_BUNDLES or original.entry_bytes > manifest_room
        if part and (fitted is None or full):
            yield part
            room, manifest_room = BundleRoom(), MAX_MANIFEST_BYTES - _MANIFEST_MARGIN
            part, members = [], set()
            fitted = _fit(room, members, original)
        if fitted is None:
            raise BundleError("forward-original-too-large", name=original.received.author_name)
        room = fitted
        manifest_room -= original.entry_bytes
        members |= set(original.attachments)
        part.append(original)
    if part:
        yield part


def _fit(room: BundleRoom, members: set[str], original: _Original) -> BundleRoom | None:
    """``room`` with ``original`` taken in, or None if it does not fit."""
    trying = replace(room)
    taken = set(members)
    for line, name in zip(original.lines, original.line_members, strict=True):
        size = None
        if name is not None and name not in taken:
            size = original.attachments[name][1]
            taken.add(name)
        if not trying.take(line, size):
            return None
    return trying


def _write_part(
    vault: Vault,
    to_contact: Contact,
    part: Sequence[_Original],
    out_dir: Path,
    *,
    cancel: CancelFlag | None,
) -> SentBundle:
    identity, store = Identity(vault), RevisionStore(vault)
    lines = b"".join(line + b"\n" for original in part for line in original.lines)
    members: dict[str, bytes] = {REVISIONS: lines}
    for original in part:
        for name, (record_id, size, sha256) in original.attachments.items():
            if name in members:
                continue
            check_cancel(cancel)
            data = store.get_blob(name.removeprefix(ATTACHMENT_PREFIX), record_id)
            if len(data) != size or sha256_hex(data) != sha256:  # changed since it came
                raise BundleError("forward-attachment-changed", name=original.received.author_name)
            members[name] = data
    kinds = dict(sorted(sum((Counter(o.kinds) for o in part), Counter()).items()))
    count = sum(len(o.lines) for o in part)
    seq = next_sequence(SentBundles(vault).all(), to_contact.author)
    bundle_id, created = new_id(), utc_now_text()
    manifest: dict[str, Any] = {
        "type": BUNDLE_TYPE,
        "format": FORWARD_FORMAT,
        "id": bundle_id,
        "app_version": __version__,
        "created_utc": created,
        "author": identity.card().body(),
        "recipients": [
            {
                "author": to_contact.author,
                "display_name": to_contact.name,
                "age_recipient": to_contact.card.age_recipient,
                "seq": seq,
            }
        ],
        "revisions": {"count": count, "kinds": kinds},
        "attachments": len(members) - 1,
        "members": member_entries(members),
        FORWARDED: [o.entry for o in part],
    }
    check_cancel(cancel)
    path, manifest_bytes = seal_document(
        identity,
        manifest,
        members,
        [to_contact.card.age_recipient],
        out_dir,
        compress=REVISION_COMPRESSION,
    )
    bundle = SentBundle(
        bundle_id=bundle_id,
        file_name=path.name,
        created_utc=created,
        recipients=((to_contact.author, to_contact.name, seq),),
        first_seq=0,
        last_seq=0,
        revisions=count,
        attachments=len(members) - 1,
        manifest_sha256=sha256_hex(manifest_bytes),
        records=len(frozenset().union(*(o.records for o in part))),
        forwarded=tuple(o.received.bundle_id for o in part),
    )
    SentBundles(vault).save(bundle)  # only once the file is durable, as an export
    return bundle
