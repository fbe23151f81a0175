"""Re-keying: every change to how a vault is opened gives it a new master key, so an old
copy of the file opened with an old secret reads nothing written after the change; the
old slot and old ciphertext leave the file and its WAL at once; the other ways in (the
recovery code, trustee shares) keep working; a value that fails its check stops the
re-key with nothing changed."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor_app.core.errors import VaultCorrupt, WrongPassphrase
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.vault import rekey
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"
THIRD_PASSPHRASE = "yet another passphrase here"


def _sealed_values(folder: Path) -> list[bytes]:
    """Every sealed value and wrapped key in the vault, read through SQLite."""
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        values = [row[0] for row in conn.execute("SELECT wrapped FROM keyslots")]
        for spec in rekey.SEALED_COLUMNS:
            values += [row[0] for row in conn.execute(f"SELECT {spec.column} FROM {spec.table}")]  # noqa: S608
    finally:
        conn.close()
    return values


def _file_bytes(folder: Path) -> bytes:
    """The raw bytes of the database file and its WAL, as a seized disk shows them."""
    return b"".join(
        path.read_bytes()
        for path in (folder / DB_FILENAME, folder / f"{DB_FILENAME}-wal")
        if path.exists()
    )


def _graft_slots(current: Path, old_copy: Path, target: Path) -> Path:
    """The current file with the key slots of an old copy put back: what someone holding
    the old copy and its old secret can try on the current vault."""
    shutil.copytree(current, target)
    conn = sqlite3.connect(target / DB_FILENAME)
    conn.execute("ATTACH DATABASE ? AS old", (str(old_copy / DB_FILENAME),))
    conn.execute("DELETE FROM main.keyslots")
    conn.execute("INSERT INTO main.keyslots SELECT * FROM old.keyslots")
    conn.commit()
    conn.close()
    return target


def _filled(notebook: Notebook, hearing: Hearing) -> list[str]:
    """Notes, a contact-free sync item and a vault secret, so every purpose key is used."""
    ids = [
        notebook.add_observation(hearing.id, "general.note", text=f"before {i}").id
        for i in range(3)
    ]
    notebook.vault.set_secret("draft:test", b"an unsaved draft")
    return ids


def test_every_table_with_a_blob_column_is_resealed(vault: Vault) -> None:
    """A table added to the schema without being added to the re-key would be left under
    the old key, unreadable after a re-key."""
    covered = {(spec.table, spec.column) for spec in rekey.SEALED_COLUMNS}
    with vault.database.reading() as conn:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        blob_columns = {
            (table, column[1])
            for table in tables
            for column in conn.execute(f"PRAGMA table_info({table})")
            if column[2].upper() == "BLOB"
        }
    assert blob_columns - {("keyslots", "salt"), ("keyslots", "wrapped")} == covered


@pytest.mark.parametrize("change", ["passphrase", "recovery-code", "recover"])
def test_an_old_copy_and_its_old_secret_read_nothing_written_after_the_change(
    change: str, vault: Vault, vault_dir: Path, recovery_code: str, hearing: Hearing, tmp_path: Path
) -> None:
    notebook = Notebook(vault)
    before = _filled(notebook, hearing)
    old_copy = tmp_path / "old-copy"
    vault.database.checkpoint()
    shutil.copytree(vault_dir, old_copy)
    passphrase = PASSPHRASE
    if change == "passphrase":
        assert vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE) is None
        passphrase = NEW_PASSPHRASE
    elif change == "recovery-code":
        vault.replace_recovery_code(PASSPHRASE)
    else:
        vault.recover(recovery_code, NEW_PASSPHRASE)
        passphrase = NEW_PASSPHRASE
    after = notebook.add_observation(hearing.id, "general.note", text="written after").id
    # Everything written before is still there under the new key.
    assert [notebook.get_observation(i).text for i in before] == [f"before {i}" for i in range(3)]
    assert vault.get_secret("draft:test") == b"an unsaved draft"
    vault.close()

    grafted = _graft_slots(vault_dir, old_copy, tmp_path / "grafted")
    with Vault.open(grafted) as attacker:
        # The old slot still opens the old master key, which opens nothing any more.
        if change == "recovery-code":
            attacker.unlock(PASSPHRASE)
        else:
            with pytest.raises(VaultCorrupt):
                attacker.recover(recovery_code, THIRD_PASSPHRASE)
            attacker.unlock(PASSPHRASE)
        with pytest.raises(VaultCorrupt):
            Notebook(attacker).get_observation(after)
        with pytest.raises(VaultCorrupt):
            Notebook(attacker).get_observation(before[0])
    if change == "recovery-code":
        with Vault.open(grafted) as attacker, pytest.raises(VaultCorrupt):
            attacker.recover(recovery_code, THIRD_PASSPHRASE)

    with Vault.open(vault_dir) as current:
        current.unlock(passphrase)
        assert Notebook(current).get_observation(after).text == "written after"


def test_the_old_slot_and_old_ciphertext_leave_the_file_and_wal_at_once(
    vault: Vault, vault_dir: Path, hearing: Hearing
) -> None:
    """Checked while the vault is still open, as in a running app."""
    _filled(Notebook(vault), hearing)
    vault.database.checkpoint()
    old_values = _sealed_values(vault_dir)
    assert len(old_values) > 8
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    on_disk = _file_bytes(vault_dir)
    # 24 bytes from the middle of each value: nonce and ciphertext, unique to it.
    leftovers = [value for value in old_values if value[4:28] in on_disk]
    assert leftovers == []
    assert not (vault_dir / f"{DB_FILENAME}-wal").exists() or (
        (vault_dir / f"{DB_FILENAME}-wal").stat().st_size == 0
    )


def test_the_recovery_code_still_works_after_a_passphrase_change(
    vault: Vault, vault_dir: Path, recovery_code: str, hearing: Hearing
) -> None:
    note = Notebook(vault).add_observation(hearing.id, "general.note", text="kept").id
    assert vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE) is None
    assert vault.change_passphrase(NEW_PASSPHRASE, THIRD_PASSPHRASE) is None
    vault.close()
    with Vault.open(vault_dir) as reopened:
        with pytest.raises(WrongPassphrase):
            reopened.unlock(NEW_PASSPHRASE)
        reopened.recover(recovery_code, NEW_PASSPHRASE)
        assert Notebook(reopened).get_observation(note).text == "kept"


def test_progress_counts_every_sealed_value(vault: Vault, hearing: Hearing) -> None:
    _filled(Notebook(vault), hearing)
    seen: list[tuple[int, int]] = []
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, progress=lambda d, t: seen.append((d, t)))
    total = seen[0][1]
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    with vault.database.reading() as conn:
        counted = sum(
            conn.execute(f"SELECT count(*) FROM {spec.table}").fetchone()[0]  # noqa: S608
            for spec in rekey.SEALED_COLUMNS
        )
    assert total == counted


def _alter_one_note(folder: Path) -> None:
    conn = sqlite3.connect(folder / DB_FILENAME)
    (rev_id, sealed) = conn.execute(
        "SELECT rev_id, sealed FROM revisions WHERE kind = 'observation' LIMIT 1"
    ).fetchone()
    altered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    conn.execute("UPDATE revisions SET sealed = ? WHERE rev_id = ?", (altered, rev_id))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "change",
    [
        lambda v: v.change_passphrase(PASSPHRASE, NEW_PASSPHRASE),
        lambda v: v.replace_recovery_code(PASSPHRASE),
        lambda v: v.make_trustee_shares(PASSPHRASE),
    ],
    ids=["passphrase", "recovery-code", "trustees"],
)
def test_an_altered_value_stops_the_rekey_with_nothing_changed(
    change: Callable[[Vault], object], vault_dir: Path, hearing: Hearing
) -> None:
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        Notebook(vault).add_observation(hearing.id, "general.note", text="to alter")
    _alter_one_note(vault_dir)
    before = _sealed_values(vault_dir)
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        with pytest.raises(VaultCorrupt, match="record in the vault failed its integrity"):
            change(vault)
        assert vault.display_name == "Observer A"  # still unlocked, with the old keys
        assert not vault.has_trustee_shares()
    assert _sealed_values(vault_dir) == before
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        assert vault.display_name == "Observer A"
