"""The revisions one author's bundle carries, read and checked before anything is merged:
each line's fields and values, the kinds the manifest declares and their counts, the
author's hash chain within the bundle, and the attachments against their records.

The importer reads a bundle's revisions through this, and so does the import of a
forwarded bundle (`forwarded`), for each original bundle it carries: one set of checks,
whoever brings the bundle.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from monitor_app.core import jsonio
from monitor_app.core.errors import ValidationError, VaultCorrupt
from monitor_app.core.records.chain import canonical_json
from monitor_app.core.records.readable import values_problem
from monitor_app.core.records.revision import Revision
from monitor_app.core.sync.bundle_format import (
    FORMAT_1_KINDS,
    BundleError,
    HeldLine,
    declared_kinds,
    sha256_hex,
)
from monitor_app.core.sync.contacts import Contact
from monitor_app.core.sync.revision_checks import (
    check_links,
    checked_attachments,
    content_problem,
    is_exact_content,
    kind_problem,
    revision_problem,
    superseded,
)
from monitor_app.core.vault.vault import Vault


@dataclass
class ParsedBundle:
    """A bundle whose every part checked out, ready to merge."""

    bundle_id: str
    signer: Contact  # who wrote (and signed) its revisions
    seq: int  # its number in the series its author sent this vault; 0 if none
    revisions: list[Revision]  # in author_seq order
    hashes: dict[str, str]  # rev_id -> hash
    encoded: dict[str, bytes]  # rev_id -> canonical JSON (what is hashed and sealed)
    blobs: dict[str, bytes]  # blob_id -> content


def parse_bundle(
    vault: Vault,
    manifest: Mapping[str, Any],
    members: dict[str, bytes],
    objects: Iterable[tuple[dict[str, Any], bytes | None] | HeldLine],
    *,
    signer: Contact,
    seq: int,
) -> ParsedBundle:
    """Read the revisions of a bundle ``signer`` signed: ``objects`` are its parsed lines
    (`bundle_format.jsonl_objects`), ``members`` its attachments. A `HeldLine`, byte for
    byte the canonical JSON of one of the signer's revisions this vault holds, is that
    revision: read, but not checked again (it was when it first came, and the merge checks
    it against what is held). Refused (BundleError) at the first thing wrong; nothing is
    changed either way."""
    revisions = []
    as_read: dict[str, bytes] = {}  # rev_id -> canonical JSON, where parsing gave it
    kept: set[str] = set()  # rev_ids of the lines that are revisions held
    declared = declared_kinds(manifest)
    carried = FORMAT_1_KINDS if declared is None else declared.keys()
    for number, item in enumerate(objects, 1):
        if isinstance(item, HeldLine):
            revision = Revision.from_content(jsonio.loads(item.canonical), item.sha256)
            revisions.append(revision)
            as_read[revision.rev_id] = item.canonical
            kept.add(revision.rev_id)
            continue
        content, canonical = item
        problem = content_problem(content) or kind_problem(content["kind"], carried)
        if problem:
            raise _invalid(number, problem)
        try:
            revision = Revision.from_content(content)
        except VaultCorrupt as exc:
            raise BundleError("revision-number-malformed", number=number) from exc
        problem = revision_problem(revision, signer.author)
        if problem:
            raise _invalid(number, problem)
        revisions.append(revision)
        if canonical is not None and is_exact_content(content):
            as_read[revision.rev_id] = canonical
    unreadable = [
        (number, revision, problem)
        for number, revision in enumerate(revisions, 1)
        if revision.rev_id not in kept and (problem := values_problem(revision)) is not None
    ]
    with vault.database.reading() as conn:
        _check_unreadable_replaced(conn, revisions, unreadable)
    summary = manifest.get("revisions")
    if not isinstance(summary, dict) or summary.get("count") != len(revisions):
        raise BundleError("revision-count")
    if declared is not None and kinds_of(revisions) != declared:
        raise BundleError("revision-kinds-count")
    revisions.sort(key=lambda r: r.author_seq)
    seqs = [r.author_seq for r in revisions]
    if len(set(seqs)) != len(seqs) or len({r.rev_id for r in revisions}) != len(revisions):
        raise BundleError("revision-twice")
    try:
        encoded = {
            r.rev_id: as_read.get(r.rev_id) or canonical_json(r.content()) for r in revisions
        }
    except UnicodeEncodeError as exc:  # lone surrogates: JSON can say them, UTF-8 cannot
        raise BundleError("bundle-not-unicode") from exc
    hashes = {rev_id: sha256_hex(data) for rev_id, data in encoded.items()}
    check_links(revisions, hashes)
    blobs = checked_attachments(revisions, members)
    return ParsedBundle(str(manifest["id"]), signer, seq, revisions, hashes, encoded, blobs)


def kinds_of(revisions: Sequence[Revision]) -> dict[str, int]:
    """How many of ``revisions`` are of each kind, by kind."""
    counts: dict[str, int] = {}
    for revision in revisions:
        counts[revision.kind] = counts.get(revision.kind, 0) + 1
    return dict(sorted(counts.items()))


def _check_unreadable_replaced(
    conn: sqlite3.Connection,
    revisions: Sequence[Revision],
    unreadable: Sequence[tuple[int, Revision, ValidationError]],
) -> None:
    """Refuse the bundle for a revision whose values break the rules (given with its number
    in the bundle and why) unless its author has since replaced it
    (`revision_checks.superseded`)."""
    for number, revision, problem in unreadable:
        held_later = conn.execute(
            "SELECT 1 FROM revisions WHERE record_id = ? AND author = ? AND number > ? LIMIT 1",
            (revision.record_id, revision.author, revision.number),
        ).fetchone()
        if not superseded(revision, revisions, held_later is not None):
            raise _invalid(number, problem)


def _invalid(number: int, problem: ValidationError) -> BundleError:
    """The refusal of a bundle for its revision ``number``: the problem's own words
    (its code nested, see `error_messages.fill`), and its params."""
    return BundleError(
        "revision-invalid", number=number, problem_code=problem.code, **problem.params
    )
