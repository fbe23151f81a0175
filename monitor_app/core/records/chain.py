"""Revision hashing and per-author hash chains.

Every revision names the hash of its author's previous revision, so each author's history
is a chain that anyone holding it can check: nothing removed, reordered or altered.
The hash is SHA-256 over the canonical JSON of the revision's content.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from monitor_app.core.jsonio import canonical_json

__all__ = ["ChainProblem", "Chained", "canonical_json", "content_hash", "verify_chains"]


def content_hash(content: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


class Chained(Protocol):
    @property
    def author(self) -> str: ...
    @property
    def author_seq(self) -> int: ...
    @property
    def prev_hash(self) -> str | None: ...
    @property
    def rev_id(self) -> str: ...
    @property
    def hash(self) -> str: ...


@dataclass(frozen=True)
class ChainProblem:
    author: str
    author_seq: int
    rev_id: str
    message: str

    def __str__(self) -> str:
        return f"author {self.author[:8]} revision #{self.author_seq}: {self.message}"


def verify_chains(revisions: Iterable[Chained]) -> list[ChainProblem]:
    """Check every author's chain: numbered 1..n without gaps, each linked to the one before."""
    by_author: dict[str, list[Chained]] = defaultdict(list)
    for revision in revisions:
        by_author[revision.author].append(revision)
    problems: list[ChainProblem] = []
    for author, chain in sorted(by_author.items()):
        chain.sort(key=lambda r: r.author_seq)
        previous: Chained | None = None
        for revision in chain:
            expected_seq = 1 if previous is None else previous.author_seq + 1
            if revision.author_seq != expected_seq:
                problems.append(
                    ChainProblem(
                        author,
                        revision.author_seq,
                        revision.rev_id,
                        f"expected revision #{expected_seq}: revisions are missing",
                    )
                )
            elif previous is None and revision.prev_hash is not None:
                problems.append(
                    ChainProblem(
                        author, 1, revision.rev_id, "the first revision names a predecessor"
                    )
                )
            elif previous is not None and revision.prev_hash != previous.hash:
                problems.append(
                    ChainProblem(
                        author,
                        revision.author_seq,
                        revision.rev_id,
                        "does not link to the revision before it: history was altered",
                    )
                )
            previous = revision
    return problems
