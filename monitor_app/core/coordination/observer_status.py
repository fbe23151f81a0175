"""Each observer as the coordinator sees them: bundles received, the last one's time, what
is missing from their sequence, whether their hash chain holds, bundles in quarantine."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.history_check import verify_history
from monitor_app.core.sync.importer import Importer
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
    """Every author with records here, and every contact, own vault first. Verifies every
    chain, so it reads every revision (pass ``revisions`` already read to spare a second
    decryption): run it off the UI thread."""
    store = RevisionStore(vault)
    if revisions is None:
        revisions = list(store.all_revisions())
    problems = verify_history(vault, revisions)
    per_author = Counter(r.author for r in revisions)
    importer = Importer(vault)
    contacts = {c.author: c for c in Contacts(vault).list()}
    quarantined = Counter(q.claimed_author for q in importer.quarantined())
    authors = sorted(
        {vault.observer_id} | set(per_author) | set(contacts),
        key=lambda a: (a != vault.observer_id, (contacts[a].name if a in contacts else a)),
    )
    names = author_names(vault)
    statuses = []
    for author in authors:
        received = importer.received_bundles(author)
        statuses.append(
            ObserverStatus(
                author=author,
                name=names.get(author, f"observer {author[:8]}"),
                real_name=contacts[author].real_name if author in contacts else "",
                is_contact=author in contacts,
                bundles=len(received),
                last_bundle_utc=received[-1].imported_utc if received else None,
                gaps=importer.gaps(author) if author != vault.observer_id else (),
                chain_problems=tuple(str(p) for p in problems if p.author == author),
                quarantined=quarantined[author],
                revisions=per_author[author],
            )
        )
    return statuses
