from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from monitor_app.core.errors import (
    UnsupportedVaultVersion,
    ValidationError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.vault import crypto, recovery_codes
from monitor_app.core.vault.passwords import MIN_PASSPHRASE_CHARS, Weakness
from monitor_app.core.vault.storage import DB_FILENAME, SCHEMA_VERSION
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE

LONG_NAME = "Aigerim Nurlanovna Observer"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_makes_a_private_folder_and_reports_recovery_code(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    vault, code = Vault.create(folder, PASSPHRASE, "Observer", kdf=crypto.KDF_FLOOR)
    try:
        assert vault.is_unlocked
        assert vault.display_name == "Observer"
        assert recovery_codes.normalize_recovery_code(code) == code
        assert folder.stat().st_mode & 0o777 == 0o700
        assert (folder / DB_FILENAME).stat().st_mode & 0o777 == 0o600
        assert vault.database.version == SCHEMA_VERSION
    finally:
        vault.close()


def test_create_calibrates_kdf_at_or_above_the_floor(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, "Observer")
    try:
        params = vault.kdf_params()
        assert params.memory_kib >= crypto.KDF_FLOOR.memory_kib
        assert params.iterations >= crypto.KDF_FLOOR.iterations
    finally:
        vault.close()


def test_create_refuses_existing_vault_and_weak_input(vault_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, "X", kdf=crypto.KDF_FLOOR)
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "w", "x" * (MIN_PASSPHRASE_CHARS - 1), "X")
    for common in ("password1234", "qwerty123456", "P@ssw0rd2024", "йцукен123456"):  # noqa: RUF001 (Cyrillic)
        with pytest.raises(WeakPassphrase, match="too easy to guess"):
            Vault.create(tmp_path / "w", common, "X", kdf=crypto.KDF_FLOOR)
    with pytest.raises(WeakPassphrase) as own_name:
        Vault.create(tmp_path / "w", LONG_NAME, LONG_NAME, kdf=crypto.KDF_FLOOR)
    assert own_name.value.reason == Weakness.DISPLAY_NAME
    with pytest.raises(ValidationError, match="display name"):
        Vault.create(tmp_path / "w", PASSPHRASE, "   ")
    assert not (tmp_path / "w" / DB_FILENAME).exists()


def test_unlock_right_and_wrong(vault_dir: Path) -> None:
    before = _snapshot(vault_dir)
    with Vault.open(vault_dir) as vault:
        assert not vault.is_unlocked
        with pytest.raises(VaultLocked):
            _ = vault.display_name
        with pytest.raises(WrongPassphrase, match="not correct"):
            vault.unlock(PASSPHRASE + "x")
        assert not vault.is_unlocked
    assert _snapshot(vault_dir) == before
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        assert vault.display_name == "Observer A"


def test_lock_drops_keys(vault: Vault) -> None:
    store = RevisionStore(vault)
    record = store.append("trial", None, None, {"title": "t"}, "UTC")
    vault.lock()
    with pytest.raises(VaultLocked):
        store.head(record.record_id)
    with pytest.raises(VaultLocked):
        store.append("trial", None, None, {"title": "u"}, "UTC")
    vault.unlock(PASSPHRASE)
    assert store.head(record.record_id).body == {"title": "t"}


def test_change_passphrase_requires_the_old_one(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the passphrase", "a brand new passphrase")
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, "short")
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, "password1234")
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    vault.close()
    with Vault.open(vault_dir) as reopened:
        with pytest.raises(WrongPassphrase):
            reopened.unlock(PASSPHRASE)
        reopened.unlock("a brand new passphrase")
        assert reopened.display_name == "Observer A"


def test_a_new_passphrase_may_not_be_the_sealed_display_name(tmp_path: Path) -> None:
    """The display name is sealed, yet changing and recovering check against it too."""
    folder = tmp_path / "named"
    vault, code = Vault.create(folder, PASSPHRASE, LONG_NAME, kdf=crypto.KDF_FLOOR)
    vault.close()
    before = _snapshot(folder)
    with Vault.open(folder) as locked:
        with pytest.raises(WeakPassphrase) as changed:
            locked.change_passphrase(PASSPHRASE, LONG_NAME.lower())
        assert changed.value.reason == Weakness.DISPLAY_NAME
        with pytest.raises(WeakPassphrase) as recovered:
            locked.recover(code, LONG_NAME + "2024")
        assert recovered.value.reason == Weakness.DISPLAY_NAME
        assert not locked.is_unlocked
    assert _snapshot(folder) == before
    with Vault.open(folder) as locked:
        locked.recover(code, "a brand new passphrase")


def test_recover_sets_passphrase_and_retires_the_code(vault_dir: Path, recovery_code: str) -> None:
    with Vault.open(vault_dir) as vault:
        before = _snapshot(vault_dir)
        with pytest.raises(WrongRecoveryCode, match="groups"):
            vault.recover("nonsense", "a brand new passphrase")
        wrong = recovery_codes.new_recovery_code()
        with pytest.raises(WrongRecoveryCode, match="does not open"):
            vault.recover(wrong, "a brand new passphrase")
        assert _snapshot(vault_dir) == before
        new_code = vault.recover(recovery_code.lower(), "a brand new passphrase")
        assert vault.is_unlocked
        assert new_code != recovery_code
    with Vault.open(vault_dir) as vault:
        vault.unlock("a brand new passphrase")
        with pytest.raises(WrongRecoveryCode):
            vault.recover(recovery_code, "another passphrase!!")
        vault.recover(new_code, "another passphrase!!")
    with Vault.open(vault_dir) as vault:
        vault.unlock("another passphrase!!")


def test_open_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nowhere")
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(VaultCorrupt):
        Vault.open(garbage)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    conn = sqlite3.connect(foreign / DB_FILENAME)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(VaultCorrupt, match="not a Trial Monitor vault"):
        Vault.open(foreign)


def test_newer_schema_is_refused_untouched(vault_dir: Path) -> None:
    conn = sqlite3.connect(vault_dir / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(UnsupportedVaultVersion, match="newer"):
        Vault.open(vault_dir)


def test_swapped_keyslot_is_detected(vault_dir: Path) -> None:
    """A wrapped key moved between slots must not open (AAD binds slot names)."""
    conn = sqlite3.connect(vault_dir / DB_FILENAME)
    rows = dict(conn.execute("SELECT name, wrapped FROM keyslots").fetchall())
    conn.execute("UPDATE keyslots SET wrapped = ? WHERE name = 'passphrase'", (rows["recovery"],))
    conn.commit()
    conn.close()
    with Vault.open(vault_dir) as vault, pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)


def test_a_stranger_database_is_refused_without_being_changed(tmp_path: Path) -> None:
    folder = tmp_path / "stranger"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("CREATE TABLE photos (name)")
    conn.commit()
    conn.close()
    before = (folder / DB_FILENAME).read_bytes()
    with pytest.raises(VaultCorrupt):
        Vault.open(folder)
    assert (folder / DB_FILENAME).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [DB_FILENAME]


def test_replace_recovery_code_needs_the_passphrase(vault: Vault, recovery_code: str) -> None:
    with pytest.raises(WrongPassphrase):
        vault.replace_recovery_code("not the passphrase")
    new_code = vault.replace_recovery_code(PASSPHRASE)
    assert new_code != recovery_code
    with pytest.raises(WrongRecoveryCode):
        vault.recover(recovery_code, "a brand new passphrase")
    vault.recover(new_code, "a brand new passphrase")


def test_changing_the_passphrase_raises_weak_kdf_costs(vault: Vault) -> None:
    assert vault.kdf_params() == crypto.KDF_FLOOR
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    raised = vault.kdf_params()
    assert raised.cost() >= crypto.KDF_FLOOR.cost()
    assert raised.cost() >= crypto.calibrate_kdf().cost() * 0.5  # calibration jitters
    vault.change_passphrase("a brand new passphrase", PASSPHRASE)
    assert vault.kdf_params().cost() >= raised.cost()
