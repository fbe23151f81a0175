"""Checks of what a bundle holds, before anything of it is merged: each revision's own
fields (their exact types, then their values), the author's hash chain within the bundle,
and the attachments' content against what their records state.

A bundle is hostile input: every check here returns what is wrong as a `ValidationError`
(a code and its params, which the importer nests in its refusal) or raises `BundleError`;
none of them trusts a value it has not checked. The values of a record are checked by
`value_checks`, the rules an observer's own app saves by: what one accepts, the other does.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.records import (
    RECORD_TYPES,
    EventDecision,
    IssuedReport,
    Proceeding,
    SentenceElement,
    StandardAssessment,
    TrialConclusion,
)
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.value_checks import SHOWN_CHARS, check_text, instant
from monitor_app.core.sync.bundle_format import ATTACHMENT_PREFIX, BundleError, sha256_hex

HEX_ID = re.compile(r"[0-9a-f]{32}")
HASH = re.compile(r"[0-9a-f]{64}")
# Far above any real count, far below what SQLite's integers or a gap report cannot take.
MAX_SEQUENCE = 2**40
# The content of a revision from outside, field by field: (name, the types it may have).
# Exact types, as JSON gives them (isinstance would take True for an int).
_TEXT: frozenset[type] = frozenset({str})
_INT: frozenset[type] = frozenset({int})
_MAYBE_TEXT: frozenset[type] = frozenset({str, type(None)})
CONTENT_TYPES: tuple[tuple[str, frozenset[type]], ...] = (
    ("rev_id", _TEXT),
    ("record_id", _TEXT),
    ("kind", _TEXT),
    ("parent_id", _MAYBE_TEXT),
    ("number", _INT),
    ("base", _MAYBE_TEXT),
    ("author", _TEXT),
    ("author_seq", _INT),
    ("created_utc", _TEXT),
    ("tz", _TEXT),
    ("prev_hash", _MAYBE_TEXT),
    ("deleted", frozenset({bool})),
    ("reason", _TEXT),
    ("body", frozenset({dict})),
)
CONTENT_KEYS = frozenset({"format", *(name for name, _ in CONTENT_TYPES)})  # as in content()
_IDS = ("rev_id", "record_id", "parent_id", "base")  # None allowed for the last two
# Kinds whose body names the record they belong under: their revisions' parent must be that
# record, since the coordinator's index files them by their parent and readers by the body.
# (Older kinds predate this rule: bundles of them are read as they always were.)
_PARENT_FIELDS: Mapping[str, str] = {
    SentenceElement.KIND: "trial_id",
    Proceeding.KIND: "trial_id",
    EventDecision.KIND: "trial_id",
    StandardAssessment.KIND: "trial_id",
    TrialConclusion.KIND: "trial_id",
    IssuedReport.KIND: "trial_id",
}


def content_problem(content: dict[str, Any]) -> ValidationError | None:
    """Types of a revision's own fields, checked before anything converts them."""
    for name, types in CONTENT_TYPES:
        if type(content.get(name)) not in types:
            return ValidationError("revision-field-type", field=name)
    return None


def kind_problem(kind: str, carried: Collection[str]) -> ValidationError | None:
    """A revision of a kind its bundle does not carry: one the manifest does not declare,
    or, in a format 1 bundle, one format 1 has not (`bundle_format.declared_kinds`)."""
    if kind in carried:
        return None
    return ValidationError("revision-kind-undeclared", kind=kind[:SHOWN_CHARS])


def is_exact_content(content: dict[str, Any]) -> bool:
    """A line with just the revision's fields, of their exact types (as every exporter
    writes it), is its content: its canonical JSON is the revision's."""
    return content.keys() == CONTENT_KEYS and type(content["format"]) is int


def revision_problem(revision: Revision, author: str) -> ValidationError | None:
    """What is wrong with one revision from a bundle ``author`` signed, or None: its ids,
    link, numbers, author and kind. Its values are checked apart (`values_problem`): a
    revision whose values break the rules may still come as history (see `superseded`)."""
    if revision.author != author:
        return ValidationError("revision-other-author")
    for name in _IDS:
        value = getattr(revision, name)
        if value is not None and not (isinstance(value, str) and HEX_ID.fullmatch(value)):
            return ValidationError("revision-id-malformed", field=name)
    parent_field = _PARENT_FIELDS.get(revision.kind)
    if parent_field is not None and (
        revision.parent_id is None or revision.body.get(parent_field) != revision.parent_id
    ):
        return ValidationError("revision-parent-mismatch", field=parent_field)
    if revision.prev_hash is not None and not (
        isinstance(revision.prev_hash, str) and HASH.fullmatch(revision.prev_hash)
    ):
        return ValidationError("revision-link-malformed")
    if not (1 <= revision.author_seq <= MAX_SEQUENCE and 1 <= revision.number <= MAX_SEQUENCE):
        return ValidationError("revision-sequence-range", max=MAX_SEQUENCE)
    if revision.kind not in RECORD_TYPES:
        return ValidationError("record-kind-unknown", kind=revision.kind)
    try:
        instant("created_utc", revision.created_utc)
        check_text("reason", revision.reason)
    except ValidationError as problem:
        return problem
    return None


def superseded(revision: Revision, later: Iterable[Revision], held_later: bool) -> bool:
    """Whether ``revision`` is history its author has since replaced: a later revision of
    the same record by the same author is in ``later`` (the rest of its bundle) or already
    held (``held_later``); or it is a tombstone (its values, the last ones the record had,
    are never shown).

    Only such a revision is taken when its values break the rules: an older version
    accepted values these rules refuse, and its author corrected them later, so the bundle
    carries the old values as history. Kept, it is never current and never shown (readers
    take records through `readable`); refused, it would take every other note of its bundle
    with it. A revision whose values break the rules and that nothing replaced is refused
    with its bundle, as the author's own app refuses to send it (`export.check_sendable`)."""
    return (
        revision.deleted
        or held_later
        or any(
            r.record_id == revision.record_id
            and r.author == revision.author
            and r.number > revision.number
            for r in later
        )
    )


def check_links(revisions: Sequence[Revision], hashes: dict[str, str]) -> None:
    """The author's revisions (sorted by their sequence number) link up wherever their
    numbers are consecutive; the first one names no predecessor."""
    previous: Revision | None = None
    for revision in revisions:
        if revision.author_seq == 1 and revision.prev_hash is not None:
            raise BundleError("first-revision-linked")
        if (
            previous is not None
            and revision.author_seq == previous.author_seq + 1
            and revision.prev_hash != hashes[previous.rev_id]
        ):
            raise BundleError("revision-unlinked", seq=revision.author_seq)
        previous = revision


def checked_attachments(
    revisions: Sequence[Revision], members: dict[str, bytes]
) -> dict[str, bytes]:
    """Every attachment's content, checked against the size and hash its record states."""
    blobs: dict[str, bytes] = {}
    for revision in revisions:
        if revision.kind != "attachment" or revision.deleted:
            continue
        blob_id = str(revision.body.get("blob_id", ""))
        data = members.get(ATTACHMENT_PREFIX + blob_id)
        if not HEX_ID.fullmatch(blob_id) or data is None:
            raise BundleError("bundle-attachment-missing")
        if sha256_hex(data) != revision.body.get("sha256") or len(data) != revision.body.get(
            "size"
        ):
            raise BundleError("bundle-attachment-checksum")
        blobs[blob_id] = data
    unused = {n for n in members if n.startswith(ATTACHMENT_PREFIX)} - {
        ATTACHMENT_PREFIX + b for b in blobs
    }
    if unused:
        raise BundleError("bundle-attachment-unnamed")
    return blobs
