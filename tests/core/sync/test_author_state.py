"""The chains as last verified (`author_state`), carried over changes: revisions written in
any order, in batches, each batch either through the import's hook (`keep_added`) or
behind the kept state's back, some of them not linking. Whatever happened, what a reading
says of the chain is what `verify_chains` says of every revision decrypted; and only what
changed behind its back is verified again."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.records.chain import ChainProblem, verify_chains
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.arrivals import merged_ranges, missing_ranges, not_held
from monitor_app.core.sync.author_state import author_chains, keep_added
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import COORDINATOR_PASSPHRASE

AUTHOR = "a" * 32


def chain_of(length: int, broken: frozenset[int]) -> list[Revision]:
    """An author's revisions 1..length, each linked to the one before but those in
    ``broken`` (the first one, when broken, names a predecessor)."""
    revisions: list[Revision] = []
    for seq in range(1, length + 1):
        if seq in broken:
            prev_hash: str | None = "0" * 64
        else:
            prev_hash = revisions[-1].hash if revisions else None
        revisions.append(
            Revision(
                rev_id=f"{seq:032x}",
                record_id=f"{seq + 10_000:032x}",
                kind="trial",
                parent_id=None,
                number=1,
                base=None,
                author=AUTHOR,
                author_seq=seq,
                created_utc="2026-11-24T10:00:00.000000Z",
                tz="UTC",
                prev_hash=prev_hash,
                deleted=False,
                reason="",
                body={"title": f"trial {seq}"},
            )
        )
    return revisions


@contextmanager
def fresh_vault(template: Path) -> Iterator[Vault]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "vault"
        shutil.copytree(template, folder)
        with Vault.open(folder) as vault:
            vault.unlock(COORDINATOR_PASSPHRASE)
            yield vault


def write(vault: Vault, batch: list[Revision], *, hooked: bool) -> None:
    store = RevisionStore(vault)
    with vault.database.write_transaction() as conn:
        store.insert(conn, batch)
        if hooked:  # as an import does, in its transaction
            keep_added(vault, conn, AUTHOR, batch, {r.rev_id: r.hash for r in batch})


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Revision], list[tuple[list[Revision], bool, bool]]]:
    """A chain, and its revisions written in batches: (batch, through the hook, read after)."""
    length = draw(st.integers(min_value=1, max_value=14))
    broken = draw(st.frozensets(st.integers(min_value=1, max_value=length), max_size=3))
    revisions = chain_of(length, broken)
    # In order, as an observer sends them, or in any order, as bundles may arrive.
    order = revisions if draw(st.booleans()) else draw(st.permutations(revisions))
    kept = draw(st.integers(min_value=0, max_value=length))  # some never arrive
    steps = []
    rest = list(order[:kept])
    while rest:
        size = draw(st.integers(min_value=1, max_value=len(rest)))
        steps.append((rest[:size], draw(st.booleans()), draw(st.booleans())))
        rest = rest[size:]
    return revisions, steps


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=histories())
def test_a_reading_says_what_verifying_every_revision_says(
    coordinator_template: Path,
    history: tuple[list[Revision], list[tuple[list[Revision], bool, bool]]],
) -> None:
    _, steps = history
    with fresh_vault(coordinator_template) as vault:
        store = RevisionStore(vault)
        kept_top: int | None = None  # the kept chain's highest number; None before a reading
        current = False  # what is kept is current: read since, and only hooks after it
        behind = 2**62  # the lowest number written since it stopped being current
        top = 0
        for batch, hooked, read in steps:
            write(vault, batch, hooked=hooked)
            numbers = [r.author_seq for r in batch]
            top = max(top, *numbers)
            if hooked and current:
                kept_top = max(kept_top or 0, *numbers)
            else:
                current = False
                behind = min(behind, *numbers)
            if not read:
                continue
            chains = author_chains(vault)
            expected = tuple(verify_chains(store.by_author(AUTHOR)))
            assert chains.chains[AUTHOR].problems == expected
            touched = (chains.verified, chains.caught_up)
            if kept_top is None:
                assert touched == ({AUTHOR}, set())
            elif current:
                assert touched == (set(), set())
            elif behind > kept_top:  # only revisions above the kept head: those alone
                assert touched == (set(), {AUTHOR})
            else:
                assert touched == ({AUTHOR}, set())
            again = author_chains(vault)
            assert (again.verified, again.caught_up) == (set(), set())
            assert again.chains[AUTHOR] == chains.chains[AUTHOR]
            kept_top, current, behind = top, True, 2**62


def test_revisions_appended_behind_its_back_are_verified_alone(coordinator: Vault) -> None:
    revisions = chain_of(9, frozenset({7}))
    write(coordinator, revisions[:4], hooked=False)
    assert author_chains(coordinator).verified == {AUTHOR}
    write(coordinator, revisions[4:], hooked=False)
    chains = author_chains(coordinator)
    assert chains.caught_up == {AUTHOR}
    assert not chains.verified
    (problem,) = chains.chains[AUTHOR].problems
    assert (problem.author_seq, problem.rev_id) == (7, revisions[6].rev_id)
    assert chains.chains[AUTHOR].head == (9, revisions[8].hash)


def test_what_is_kept_is_sealed_and_names_no_content(coordinator: Vault) -> None:
    write(coordinator, chain_of(3, frozenset()), hooked=False)
    author_chains(coordinator)
    with coordinator.database.reading() as conn:
        (sealed,) = conn.execute("SELECT sealed FROM derived").fetchone()
    assert AUTHOR.encode() not in sealed
    assert b"trial" not in sealed


def _purge(vault: Vault, revisions: list[Revision]) -> None:
    store = RevisionStore(vault)
    with vault.database.write_transaction() as conn:
        store.purge(conn, revisions)


def _everything(vault: Vault) -> list[ChainProblem]:
    """`verify_chains` over every revision and purged link, as `verify_history` does."""
    store = RevisionStore(vault)
    return verify_chains([*store.all_revisions(), *store.purged_links()])


def test_the_hook_checks_the_links_on_both_sides_and_a_late_first_revision(
    coordinator: Vault,
) -> None:
    revisions = chain_of(6, frozenset({1, 4}))
    write(coordinator, [revisions[i] for i in (1, 3, 4, 5)], hooked=False)  # 2, 4, 5, 6
    assert author_chains(coordinator).verified == {AUTHOR}
    write(coordinator, [revisions[2]], hooked=True)  # 3: #4 above it does not link to it
    write(coordinator, [revisions[0]], hooked=True)  # 1: names a predecessor
    chains = author_chains(coordinator)
    assert (chains.verified, chains.caught_up) == (set(), set())
    problems = chains.chains[AUTHOR].problems
    assert [(p.author_seq, p.rev_id) for p in problems] == [
        (1, revisions[0].rev_id),
        (4, revisions[3].rev_id),
    ]
    assert list(problems) == _everything(coordinator)


def test_a_link_to_check_among_purged_links_has_the_whole_chain_verified(
    coordinator: Vault,
) -> None:
    revisions = chain_of(6, frozenset())
    write(coordinator, revisions[:4], hooked=False)
    _purge(coordinator, revisions[:4])
    write(coordinator, [revisions[5]], hooked=False)  # 6, after a hole
    assert author_chains(coordinator).verified == {AUTHOR}
    write(coordinator, [revisions[4]], hooked=True)  # 5: links to purged #4
    chains = author_chains(coordinator)
    assert chains.verified == {AUTHOR}
    assert chains.chains[AUTHOR].problems == ()
    assert _everything(coordinator) == []


def test_a_number_both_held_and_purged_is_verified_whole_every_time_it_changes(
    coordinator: Vault,
) -> None:
    """Only a hand-edited vault holds one: what verify_history says of it, exactly."""
    revisions = chain_of(7, frozenset())
    write(coordinator, revisions[:3], hooked=False)
    _purge(coordinator, revisions[1:2])
    write(coordinator, revisions[1:2], hooked=False)  # #2 back, beside its purged link
    chains = author_chains(coordinator)
    assert not chains.chains[AUTHOR].regular
    assert list(chains.chains[AUTHOR].problems) == _everything(coordinator) != []
    write(coordinator, revisions[3:], hooked=True)
    chains = author_chains(coordinator)
    assert chains.verified == {AUTHOR}
    assert list(chains.chains[AUTHOR].problems) == _everything(coordinator)


# ---- numbers held without a hole, as a range ---------------------------------------------

arrivals = st.lists(
    st.tuples(st.integers(min_value=-3, max_value=40), st.integers(min_value=0, max_value=8)),
    max_size=6,
)


@given(
    low=st.integers(min_value=-3, max_value=30),
    length=st.integers(min_value=0, max_value=20),
    arrived=arrivals,
    upto=st.integers(min_value=0, max_value=60),
)
def test_a_range_held_gives_what_its_numbers_give(
    low: int, length: int, arrived: list[tuple[int, int]], upto: int
) -> None:
    held = range(low, low + length)
    ranges = merged_ranges((first, first + size) for first, size in arrived)
    assert not_held(ranges, held) == not_held(ranges, list(held))
    assert missing_ranges(held, upto) == missing_ranges(list(held), upto)
