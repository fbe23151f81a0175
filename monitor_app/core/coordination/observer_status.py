"""Each observer as the coordinator sees them: bundles received, the last one's time, what
is missing from their sequence, whether their hash chain holds, bundles in quarantine."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from monitor_app.core.records.chain import ChainProblem
from monitor_app.core.records.revision import Revision
from monitor_app.core.sync.author_state import author_chains, held_numbers
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.history_check import arrivals_missing, received_by_author
from monitor_app.core.sync.importer import Importer, gaps_of
from monitor_app.core.vault.vault import Vault


@dataclass(frozen=True)
class ObserverStatus:
    author: str
    name: str  # their pseudonym (display name on their key card)
    real_name: str  # what the coordinator noted; never in a report unless asked for
    is_contact: bool
    bundles: int
    last_bundle_utc: str | None
    gaps: tuple[str, ...]
    chain_problems: tuple[str, ...]
    quarantined: int
    revisions: int

    @property
    def chain_ok(self) -> bool:
        return not self.chain_problems


def author_names(vault: Vault) -> dict[str, str]:
    """Pseudonyms by author id: contacts', and this vault's own."""
    names = {c.author: c.name for c in Contacts(vault).list()}
    names[vault.observer_id] = vault.display_name
    return names


def observer_statuses(
    vault: Vault, revisions: Sequence[Revision] | None = None
) -> list[ObserverStatus]:
    """Every author with records here, and every contact, own vault first. Whether each
    chain holds comes from the chains as last verified (`author_state`), verifying what
    changed since: nothing, usually; all of it the first time, and an author's whole chain
    if their revisions changed behind the kept state's back (``revisions`` already read
    spare decrypting them again). What arrived but is no longer here, and the gaps, come
    from the clear columns and the bundles received. Run it off the UI thread."""
    chains = author_chains(vault, revisions).chains
    importer = Importer(vault)
    contacts = {c.author: c for c in Contacts(vault).list()}
    quarantined = Counter(q.claimed_author for q in importer.quarantined())
    received = received_by_author(importer.received_bundles())
    own = vault.observer_id
    per_author = {a: c.mark.revisions for a, c in chains.items() if c.mark.revisions}
    authors = sorted(
        {own} | set(per_author) | set(contacts),
        key=lambda a: (a != own, (contacts[a].name if a in contacts else a)),
    )
    with vault.database.reading() as conn:
        held = {
            author: held_numbers(conn, author, chains[author].mark) if author in chains else ()
            for author in {*authors, *received}
        }
    lost: dict[str, list[ChainProblem]] = {}
    for problem in arrivals_missing(received, held):
        lost.setdefault(problem.author, []).append(problem)
    names = {c.author: c.name for c in contacts.values()} | {own: vault.display_name}
    statuses = []
    for author in authors:
        theirs = received.get(author, [])
        problems = [*(chains[author].problems if author in chains else ()), *lost.get(author, ())]
        statuses.append(
            ObserverStatus(
                author=author,
                name=names.get(author, f"observer {author[:8]}"),
                real_name=contacts[author].real_name if author in contacts else "",
                is_contact=author in contacts,
                bundles=len(theirs),
                last_bundle_utc=theirs[-1].imported_utc if theirs else None,
                gaps=gaps_of(theirs, held[author]).describe() if author != own else (),
                chain_problems=tuple(str(p) for p in problems),
                quarantined=quarantined[author],
                revisions=per_author.get(author, 0),
            )
        )
    return statuses
