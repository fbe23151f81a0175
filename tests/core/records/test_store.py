from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from monitor_app.core.errors import RecordNotFound, ValidationError, VaultCorrupt
from monitor_app.core.records.chain import verify_chains
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.records.revision import pick_head
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE


@pytest.fixture
def store(vault: Vault) -> RevisionStore:
    return RevisionStore(vault)


def test_edits_append_revisions_and_keep_history(store: RevisionStore) -> None:
    first = store.append("trial", None, None, {"title": "v1"}, "Europe/Minsk")
    second = store.append("trial", first.record_id, None, {"title": "v2"}, "Europe/Minsk")
    tomb = store.append(
        "trial", first.record_id, None, {"title": "v2"}, "UTC", deleted=True, reason="duplicate"
    )
    history = store.history(first.record_id)
    assert [r.number for r in history] == [1, 2, 3]
    assert [r.body.get("title") for r in history] == ["v1", "v2", "v2"]
    assert second.base == first.rev_id
    assert tomb.base == second.rev_id
    assert store.head(first.record_id).deleted
    assert store.head(first.record_id).reason == "duplicate"
    assert store.heads("trial") == []
    assert [r.rev_id for r in store.heads("trial", include_deleted=True)] == [tomb.rev_id]
    assert store.count() == 3


def test_revision_carries_author_time_zone_and_chain(store: RevisionStore, vault: Vault) -> None:
    a = store.append("trial", None, None, {"title": "a"}, "Asia/Almaty")
    b = store.append("trial", None, None, {"title": "b"}, "UTC")
    assert a.author == b.author == vault.observer_id
    assert (a.author_seq, b.author_seq) == (1, 2)
    assert a.prev_hash is None
    assert b.prev_hash == a.hash
    assert a.tz == "Asia/Almaty"
    assert a.created_utc.endswith("Z")
    assert verify_chains(store.all_revisions()) == []


def test_chain_survives_a_new_store_object(vault: Vault) -> None:
    """The previous hash comes from the database, not only from a cache."""
    a = RevisionStore(vault).append("trial", None, None, {"title": "a"}, "UTC")
    b = RevisionStore(vault).append("trial", None, None, {"title": "b"}, "UTC")
    assert b.prev_hash == a.hash


def test_unknown_record_and_kind_mismatch(store: RevisionStore) -> None:
    with pytest.raises(RecordNotFound):
        store.head("0" * 32)
    with pytest.raises(RecordNotFound):
        store.append("trial", "0" * 32, None, {}, "UTC")
    trial = store.append("trial", None, None, {"title": "t"}, "UTC")
    with pytest.raises(ValidationError):
        store.append("hearing", trial.record_id, None, {}, "UTC")
    with pytest.raises(ValidationError):
        store.append("gossip", None, None, {}, "UTC")


def test_heads_filter_by_parent(store: RevisionStore) -> None:
    trial = store.append("trial", None, None, {"title": "t"}, "UTC")
    other = store.append("trial", None, None, {"title": "u"}, "UTC")
    h1 = store.append("hearing", None, trial.record_id, {"n": 1}, "UTC")
    store.append("hearing", None, other.record_id, {"n": 2}, "UTC")
    assert [r.record_id for r in store.heads("hearing", trial.record_id)] == [h1.record_id]
    assert len(store.heads("hearing")) == 2


def test_pick_head_is_deterministic() -> None:
    from monitor_app.core.records.revision import Revision

    def rev(rev_id: str, number: int, created: str) -> Revision:
        return Revision(
            rev_id, "r", "trial", None, number, None, "a", 1, created, "UTC", None, False, "", {}
        )

    revisions = [rev("b", 2, "2026-01-01"), rev("a", 2, "2026-01-01"), rev("c", 1, "2027")]
    assert pick_head(revisions).rev_id == "b"
    assert pick_head(reversed(revisions)).rev_id == "b"


def _tamper(vault_dir: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(vault_dir / DB_FILENAME)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_ciphertext_moved_to_another_row_fails(vault: Vault, vault_dir: Path) -> None:
    store = RevisionStore(vault)
    a = store.append("trial", None, None, {"title": "a"}, "UTC")
    b = store.append("trial", None, None, {"title": "b"}, "UTC")
    vault.close()
    conn = sqlite3.connect(vault_dir / DB_FILENAME)
    sealed_a = conn.execute("SELECT sealed FROM revisions WHERE rev_id=?", (a.rev_id,)).fetchone()
    conn.execute("UPDATE revisions SET sealed=? WHERE rev_id=?", (sealed_a[0], b.rev_id))
    conn.commit()
    conn.close()
    with Vault.open(vault_dir) as reopened:
        reopened.unlock(PASSPHRASE)
        store = RevisionStore(reopened)
        assert store.head(a.record_id).body == {"title": "a"}
        with pytest.raises(VaultCorrupt, match="integrity"):
            store.head(b.record_id)


@pytest.mark.parametrize(
    ("column", "value"),
    [("kind", "hearing"), ("number", 7), ("author_seq", 99), ("created_utc", "2020-01-01")],
)
def test_altered_clear_column_fails(
    vault: Vault, vault_dir: Path, column: str, value: object
) -> None:
    record = RevisionStore(vault).append("trial", None, None, {"title": "a"}, "UTC")
    vault.close()
    _tamper(vault_dir, f"UPDATE revisions SET {column}=? WHERE rev_id=?", (value, record.rev_id))  # noqa: S608
    with Vault.open(vault_dir) as reopened:
        reopened.unlock(PASSPHRASE)
        with pytest.raises(VaultCorrupt):
            list(RevisionStore(reopened).all_revisions())


def test_removed_revision_breaks_the_chain(vault: Vault) -> None:
    store = RevisionStore(vault)
    revisions = [store.append("trial", None, None, {"title": str(i)}, "UTC") for i in range(4)]
    kept = [r for r in store.all_revisions() if r.rev_id != revisions[1].rev_id]
    problems = verify_chains(kept)
    assert len(problems) == 1
    assert "missing" in problems[0].message
    assert "missing" in str(problems[0])


def test_blobs_are_sealed_to_their_record(store: RevisionStore) -> None:
    record = store.append("attachment", None, None, {"f": 1}, "UTC", blobs={"blob1": b"PNG..."})
    assert store.get_blob("blob1", record.record_id) == b"PNG..."
    with pytest.raises(RecordNotFound):
        store.get_blob("blob1", "someone-else")


def test_reading_everything_reports_progress_up_to_the_total(
    notebook: Notebook, hearing: Hearing
) -> None:
    for i in range(25):
        notebook.add_observation(hearing.id, "general.note", text=f"note {i}")
    reports: list[tuple[int, int]] = []
    revisions = notebook.store.read_all(lambda done, total: reports.append((done, total)), chunk=10)
    assert {r.rev_id for r in revisions} == {r.rev_id for r in notebook.store.all_revisions()}
    assert reports == [(10, 27), (20, 27), (27, 27)]
