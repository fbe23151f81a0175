"""A revision: one immutable version of a record (or its tombstone), as it is hashed, sealed
and carried in bundles; and which of several revisions is a record's head."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.records.chain import content_hash

REVISION_FORMAT = 1


@dataclass(frozen=True)
class Revision:
    """One immutable version of a record (or its tombstone)."""

    rev_id: str
    record_id: str
    kind: str
    parent_id: str | None
    number: int
    base: str | None  # the revision this one was edited from: two edits of one base conflict
    author: str
    author_seq: int
    created_utc: str
    tz: str
    prev_hash: str | None
    deleted: bool
    reason: str
    body: Mapping[str, Any] = field(default_factory=dict)
    # The SHA-256 of the canonical JSON this revision was read from (the vault seals exactly
    # that), so checking a coordinator's 150k chain links needs no encoding again.
    read_hash: str | None = field(default=None, compare=False, repr=False)

    def content(self) -> dict[str, Any]:
        """The hashed and sealed form; also what bundles carry."""
        return {
            "format": REVISION_FORMAT,
            "rev_id": self.rev_id,
            "record_id": self.record_id,
            "kind": self.kind,
            "parent_id": self.parent_id,
            "number": self.number,
            "base": self.base,
            "author": self.author,
            "author_seq": self.author_seq,
            "created_utc": self.created_utc,
            "tz": self.tz,
            "prev_hash": self.prev_hash,
            "deleted": self.deleted,
            "reason": self.reason,
            "body": dict(self.body),
        }

    @property
    def hash(self) -> str:
        return self.read_hash or content_hash(self.content())

    @classmethod
    def from_content(cls, content: Mapping[str, Any], read_hash: str | None = None) -> Revision:
        if content.get("format") != REVISION_FORMAT:
            raise VaultCorrupt("revision-version-unknown")
        try:
            return cls(
                rev_id=str(content["rev_id"]),
                record_id=str(content["record_id"]),
                kind=str(content["kind"]),
                parent_id=content["parent_id"],
                number=int(content["number"]),
                base=content["base"],
                author=str(content["author"]),
                author_seq=int(content["author_seq"]),
                created_utc=str(content["created_utc"]),
                tz=str(content["tz"]),
                prev_hash=content["prev_hash"],
                deleted=bool(content["deleted"]),
                reason=str(content["reason"]),
                body=dict(content["body"]),
                read_hash=read_hash,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultCorrupt("revision-malformed") from exc

    def clear_columns(self) -> tuple[Any, ...]:
        return (
            self.rev_id,
            self.record_id,
            self.kind,
            self.parent_id,
            self.number,
            self.author,
            self.author_seq,
            self.created_utc,
        )


@dataclass(frozen=True)
class PurgedLink:
    """What stays of a purged revision: enough to keep its author's hash chain whole."""

    rev_id: str
    author: str
    author_seq: int
    prev_hash: str | None
    hash: str


def pick_head(candidates: Iterable[Revision]) -> Revision:
    """Among revisions with the highest number, the latest wins; ties by id, so every
    vault holding the same revisions picks the same head."""
    return max(candidates, key=lambda r: (r.number, r.created_utc, r.rev_id))
