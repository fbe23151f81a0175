"""Argon2id settings read from a vault file are refused outside [floor, ceiling], with a
typed error and before any derivation: a tampered file cannot make the app take 4 GiB of
memory or hang on 2^31 passes, and a malformed value is never an unexpected error."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from monitor_app.core.errors import VaultCorrupt
from monitor_app.core.vault import crypto
from monitor_app.core.vault.crypto import KDF_CEILING, KDF_FLOOR, KdfParams
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE

FLOOR = KDF_FLOOR.to_dict()

TAMPERED_PARAMS: dict[str, tuple[object, str]] = {
    "4 GiB of memory": (FLOOR | {"memory_kib": 4 * 1024 * 1024}, "kdf-params-out-of-range"),
    "2^31 passes": (FLOOR | {"iterations": 2**31}, "kdf-params-out-of-range"),
    "256 lanes": (FLOOR | {"lanes": 256}, "kdf-params-out-of-range"),
    "below the floor": (FLOOR | {"memory_kib": 8}, "kdf-params-out-of-range"),
    "negative passes": (FLOOR | {"iterations": -3}, "kdf-params-out-of-range"),
    "memory as text": (FLOOR | {"memory_kib": "65536"}, "kdf-params-malformed"),
    "passes as a float": (FLOOR | {"iterations": 3.0}, "kdf-params-malformed"),
    "lanes as true": (FLOOR | {"lanes": True}, "kdf-params-malformed"),
    "passes as null": (FLOOR | {"iterations": None}, "kdf-params-malformed"),
    "memory missing": ({"iterations": 3, "lanes": 4}, "kdf-params-malformed"),
    "a list": ([65536, 3, 4], "kdf-params-malformed"),
    "nothing": ({}, "kdf-params-malformed"),
}


def _set_slot(folder: Path, slot: str, column: str, value: object) -> None:
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute(f"UPDATE keyslots SET {column} = ? WHERE name = ?", (value, slot))  # noqa: S608
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("params", "code"), list(TAMPERED_PARAMS.values()), ids=list(TAMPERED_PARAMS)
)
def test_tampered_params_are_refused_before_deriving(
    params: object, code: str, vault_dir: Path
) -> None:
    _set_slot(vault_dir, "passphrase", "params", json.dumps(params))
    with Vault.open(vault_dir) as vault:
        with pytest.raises(VaultCorrupt) as unlocking:
            vault.unlock(PASSPHRASE)
        assert unlocking.value.code == code
        with pytest.raises(VaultCorrupt) as changing:
            vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
        assert changing.value.code == code
        assert not vault.is_unlocked


@pytest.mark.parametrize(
    "params", ["not json at all", "", '{"memory_kib": 65536'], ids=["text", "empty", "cut"]
)
def test_params_that_are_not_json_are_malformed(params: str, vault_dir: Path) -> None:
    _set_slot(vault_dir, "passphrase", "params", params)
    with Vault.open(vault_dir) as vault, pytest.raises(VaultCorrupt) as refused:
        vault.unlock(PASSPHRASE)
    assert refused.value.code == "kdf-params-malformed"


@pytest.mark.parametrize(
    "salt", [b"", b"short", bytes(64), "sixteen letters!"], ids=["empty", "5", "64", "text"]
)
def test_a_salt_of_another_length_or_type_is_refused(salt: object, vault_dir: Path) -> None:
    _set_slot(vault_dir, "passphrase", "salt", salt)
    with Vault.open(vault_dir) as vault, pytest.raises(VaultCorrupt) as refused:
        vault.unlock(PASSPHRASE)
    assert refused.value.code == "key-slot-salt"
    assert refused.value.params["expected"] == crypto.SALT_BYTES


def test_an_unknown_slot_kind_is_refused(vault_dir: Path) -> None:
    _set_slot(vault_dir, "passphrase", "kdf", "scrypt")
    with Vault.open(vault_dir) as vault, pytest.raises(VaultCorrupt) as refused:
        vault.unlock(PASSPHRASE)
    assert refused.value.code == "key-slot-unknown"


def test_the_bounds_are_what_the_app_writes() -> None:
    """Every vault this app makes is accepted: calibration stays within the bounds."""
    for params in (KDF_FLOOR, KDF_CEILING, crypto.calibrate_kdf(), crypto.calibrate_kdf(60.0)):
        assert KdfParams.from_stored(params.to_dict()) == params
