"""Trustee shares of a vault: any k of n open it with a new passphrase; new shares retire
the old ones; an old copy of the file with old shares reads nothing written later; the
shares survive a passphrase change; removing them retires them."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest

from monitor_app.core.errors import (
    ValidationError,
    VaultCorrupt,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


def test_every_k_subset_opens_the_vault(vault: Vault, vault_dir: Path, hearing: Hearing) -> None:
    note = Notebook(vault).add_observation(hearing.id, "general.note", text="for trustees").id
    made = vault.make_trustee_shares(PASSPHRASE, threshold=2, count=3)
    assert made.new_recovery_code is None
    assert vault.trustee_status() == made.status
    assert (made.status.threshold, made.status.count) == (2, 3)
    vault.close()
    template = vault_dir.parent / "after-make"
    shutil.copytree(vault_dir, template)
    for number, subset in enumerate(itertools.combinations(made.shares, 2)):
        folder = vault_dir.parent / f"subset-{number}"
        shutil.copytree(template, folder)
        with Vault.open(folder) as locked:
            assert locked.has_trustee_shares()
            with pytest.raises(ValidationError) as too_few:
                locked.recover_with_shares(subset[:1], NEW_PASSPHRASE)
            assert too_few.value.code == "too-few-shares"
            code = locked.recover_with_shares(list(subset), NEW_PASSPHRASE)
            assert locked.is_unlocked
            assert Notebook(locked).get_observation(note).text == "for trustees"
            assert locked.trustee_status() == made.status  # the shares keep working
        with Vault.open(folder) as reopened:
            with pytest.raises(WrongPassphrase):
                reopened.unlock(PASSPHRASE)
            reopened.recover(code, PASSPHRASE)


def test_new_shares_retire_the_old_ones(vault: Vault, vault_dir: Path, hearing: Hearing) -> None:
    first = vault.make_trustee_shares(PASSPHRASE)
    old_copy = vault_dir.parent / "old-copy"
    vault.database.checkpoint()
    shutil.copytree(vault_dir, old_copy)
    second = vault.make_trustee_shares(PASSPHRASE, threshold=3, count=4)
    assert second.status.fingerprint != first.status.fingerprint
    later = Notebook(vault).add_observation(hearing.id, "general.note", text="later").id
    vault.close()

    with Vault.open(vault_dir) as locked:
        with pytest.raises(WrongRecoveryCode) as retired:
            locked.recover_with_shares(first.shares[:2], NEW_PASSPHRASE)
        assert retired.value.code == "trustee-shares-do-not-open"
        with pytest.raises(ValidationError) as mixed:
            locked.recover_with_shares([second.shares[0], first.shares[1]], NEW_PASSPHRASE)
        assert mixed.value.code == "shares-from-different-sets"
        with pytest.raises(ValidationError) as twice:
            locked.recover_with_shares([second.shares[0], second.shares[0]], NEW_PASSPHRASE)
        assert twice.value.code == "duplicate-share"

    # The old copy's trustee slot, grafted into the current file, opens the old master key
    # only, which reads nothing written after the new shares were made.
    grafted = vault_dir.parent / "grafted"
    shutil.copytree(vault_dir, grafted)
    conn = sqlite3.connect(grafted / DB_FILENAME)
    conn.execute("ATTACH DATABASE ? AS old", (str(old_copy / DB_FILENAME),))
    conn.execute("DELETE FROM main.keyslots")
    conn.execute("INSERT INTO main.keyslots SELECT * FROM old.keyslots")
    conn.commit()
    conn.close()
    with Vault.open(grafted) as attacker, pytest.raises(VaultCorrupt):
        attacker.recover_with_shares(first.shares[:2], NEW_PASSPHRASE)
    with Vault.open(grafted) as attacker:
        attacker.unlock(PASSPHRASE)
        with pytest.raises(VaultCorrupt):
            Notebook(attacker).get_observation(later)

    with Vault.open(vault_dir) as locked:
        locked.recover_with_shares(list(second.shares[1:]), NEW_PASSPHRASE)
        assert Notebook(locked).get_observation(later).text == "later"


def test_shares_survive_a_passphrase_change_and_a_new_recovery_code(
    vault: Vault, vault_dir: Path
) -> None:
    made = vault.make_trustee_shares(PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    vault.replace_recovery_code(NEW_PASSPHRASE)
    assert vault.trustee_status() == made.status
    vault.close()
    with Vault.open(vault_dir) as locked:
        locked.recover_with_shares([made.shares[2], made.shares[0]], PASSPHRASE)


def test_removing_the_shares_retires_them(vault: Vault, vault_dir: Path) -> None:
    made = vault.make_trustee_shares(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        vault.remove_trustee_shares("not the passphrase")
    assert vault.remove_trustee_shares(PASSPHRASE) is None
    assert vault.trustee_status() is None
    assert not vault.has_trustee_shares()
    with pytest.raises(ValidationError) as again:
        vault.remove_trustee_shares(PASSPHRASE)
    assert again.value.code == "no-trustee-shares"
    vault.close()
    with Vault.open(vault_dir) as locked, pytest.raises(ValidationError) as none:
        locked.recover_with_shares(made.shares[:2], NEW_PASSPHRASE)
    assert none.value.code == "no-trustee-shares"


def test_making_shares_checks_before_anything(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(ValidationError) as bounds:
        vault.make_trustee_shares(PASSPHRASE, threshold=4, count=3)
    assert bounds.value.code == "trustee-threshold"
    with pytest.raises(WrongPassphrase):
        vault.make_trustee_shares("not the passphrase")
    assert not vault.has_trustee_shares()
    assert vault.trustee_status() is None


def test_a_weak_new_passphrase_changes_nothing(vault: Vault, vault_dir: Path) -> None:
    made = vault.make_trustee_shares(PASSPHRASE)
    vault.close()
    with Vault.open(vault_dir) as locked:
        with pytest.raises(WeakPassphrase):
            locked.recover_with_shares(made.shares[:2], "short")
        assert not locked.is_unlocked
        locked.unlock(PASSPHRASE)
