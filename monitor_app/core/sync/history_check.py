"""Checking a vault's whole history: every author's hash chain, and what the bundles
received say arrived against what is held.

A hash chain shows a revision removed from its middle, not one removed from its end: the
chain that is left still links up. So revisions removed from the end of an author's history
(or all of them), say with plain `sqlite3`, show only against the sealed records of the
bundles received, which say how many revisions arrived from whom, and which.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from monitor_app.core.records.chain import ChainProblem, verify_chains
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.arrivals import merged_ranges, not_held
from monitor_app.core.sync.importer import Importer, ReceivedBundle
from monitor_app.core.vault.vault import Vault


def verify_history(vault: Vault, revisions: Sequence[Revision] | None = None) -> list[ChainProblem]:
    """Every problem in the vault's history (pass ``revisions`` already read to spare a
    second decryption): broken chains, and revisions that arrived but are not here."""
    store = RevisionStore(vault)
    if revisions is None:
        revisions = list(store.all_revisions())
    return [
        *verify_chains([*revisions, *store.purged_links()]),
        *arrival_problems(vault, revisions),
    ]


def arrival_problems(vault: Vault, revisions: Sequence[Revision]) -> list[ChainProblem]:
    """Revisions the bundles received brought, by author, that ``revisions`` lack."""
    held: dict[str, list[int]] = defaultdict(list)
    for revision in revisions:
        held[revision.author].append(revision.author_seq)
    for numbers in held.values():
        numbers.sort()
    return arrivals_missing(received_by_author(Importer(vault).received_bundles()), held)


def received_by_author(bundles: Iterable[ReceivedBundle]) -> dict[str, list[ReceivedBundle]]:
    """The bundles received, by their author, in the order given."""
    received: dict[str, list[ReceivedBundle]] = defaultdict(list)
    for bundle in bundles:
        received[bundle.author].append(bundle)
    return received


def arrivals_missing(
    received: Mapping[str, Sequence[ReceivedBundle]], held: Mapping[str, Sequence[int]]
) -> list[ChainProblem]:
    """What `arrival_problems` finds, from the bundles received by author and the numbers
    of the revisions held by author (each in order): the clear columns are enough."""
    problems = []
    for author, bundles in sorted(received.items()):
        seqs = held.get(author, ())
        lost = not_held(merged_ranges(r for b in bundles for r in b.author_seqs), seqs)
        for first, last in lost:
            numbers = f"#{first}" if first == last else f"#{first}-#{last}"
            problems.append(
                ChainProblem(
                    author,
                    first,
                    "",
                    f"revision(s) {numbers} arrived in bundles but are not here: removed",
                )
            )
        # Bundles recorded before their ranges were kept say only how many arrived.
        shortfall = sum(b.new_revisions for b in bundles) - len(seqs)
        unexplained = shortfall - sum(last - first + 1 for first, last in lost)
        if unexplained > 0:
            problems.append(
                ChainProblem(
                    author,
                    seqs[-1] + 1 if seqs else 1,
                    "",
                    f"{unexplained} revision(s) that arrived in bundles are not here: removed",
                )
            )
    return problems
