"""Layered fixtures, shared by every test folder (loaded by the root conftest).

A vault template is made once per session (real Argon2id at the RFC 9106 floor) and
copied per test; then unlocked; then a notebook; then a trial; then a hearing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, recovery_code = Vault.create(folder, PASSPHRASE, "Observer A", kdf=KDF_FLOOR)
    vault.close()
    return folder, recovery_code


@pytest.fixture
def vault_dir(vault_template: tuple[Path, str], tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(vault_template[0], folder)
    return folder


@pytest.fixture
def recovery_code(vault_template: tuple[Path, str]) -> str:
    return vault_template[1]


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened = Vault.open(vault_dir)
    opened.unlock(PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def notebook(vault: Vault) -> Notebook:
    return Notebook(vault)


@pytest.fixture
def trial(notebook: Notebook) -> Trial:
    return notebook.add_trial(
        "The State v. A. Journalist",
        case_number="1-234/2026",
        court="District Court No. 3",
        country="BY",
        defendants=("A. Journalist",),
        charges=("Art. 361-1 (extremism)",),
    )


@pytest.fixture
def hearing(notebook: Notebook, trial: Trial) -> Hearing:
    return notebook.add_hearing(
        trial.id,
        datetime(2026, 11, 24, 7, 0, tzinfo=UTC),
        "remote",
        "Europe/Minsk",
        platform="Zoom",
    )
