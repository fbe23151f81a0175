"""Writing a revision of someone else's record, as a modified client would: into one's own
vault, on one's own hash chain, so that a real export signs and sends it. For tests of what
the coordinator does with another author's revisions (the app's notebook refuses to write
them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.vault.crypto import new_id
from monitor_app.core.vault.vault import Vault


def write_own_revision(
    vault: Vault,
    record: Revision,
    *,
    number: int,
    base: str | None,
    body: Mapping[str, Any] | None = None,
    deleted: bool = False,
    record_id: str | None = None,
) -> Revision:
    """A revision of ``record``'s record (or of ``record_id``) by ``vault``'s observer,
    numbered ``number`` and edited from ``base``, linked after their latest revision."""
    store = RevisionStore(vault)
    own = store.by_author(vault.observer_id)
    last = own[-1] if own else None
    revision = Revision(
        rev_id=new_id(),
        record_id=record_id or record.record_id,
        kind=record.kind,
        parent_id=record.parent_id,
        number=number,
        base=base,
        author=vault.observer_id,
        author_seq=last.author_seq + 1 if last else 1,
        created_utc=utc_now_text(),
        tz=record.tz,
        prev_hash=last.hash if last else None,
        deleted=deleted,
        reason="not what happened" if deleted else "",
        body=dict(record.body if body is None else body),
    )
    with vault.database.write_transaction() as conn:
        store.insert(conn, [revision])
    return revision
