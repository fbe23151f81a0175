"""Fixtures for the CLI tests: one real vault per session, copied for each test.

Creating a vault runs Argon2id. The template is made once, with the RFC 9106 floor
(`crypto.KDF_FLOOR`, still real Argon2id), and each test gets its own copy.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor_app.cli import main
from monitor_app.core.vault import crypto
from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import OBSERVER, PASSPHRASE, Result, Run, add_hearing


@dataclass(frozen=True)
class Template:
    folder: Path
    recovery_code: str


@dataclass(frozen=True)
class Scene:
    trial: str
    hearing: str


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, code = Vault.create(folder, PASSPHRASE, OBSERVER, kdf=crypto.KDF_FLOOR)
    vault.close()
    return Template(folder, code)


@pytest.fixture
def vault_dir(template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the template vault, named by TRIAL_MONITOR_VAULT, with its
    passphrase in TRIAL_MONITOR_PASSPHRASE."""
    folder = tmp_path / "vault"
    shutil.copytree(template.folder, folder)
    monkeypatch.setenv("TRIAL_MONITOR_VAULT", str(folder))
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    return folder


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``main(argv)`` in this process; return its exit status and what it printed."""

    def run(*argv: str) -> Result:
        capsys.readouterr()
        code = main(list(argv))
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture
def cli(vault_dir: Path, run_cli: Run) -> Run:
    """`run_cli` with a fresh vault in place and its passphrase in the environment."""
    return run_cli


@pytest.fixture
def scene(cli: Run) -> Scene:
    """A trial with one remote hearing, in Moscow time."""
    trial = cli("trial", "add", "--title", "Case of A. B.", "--country", "RU").id
    hearing = add_hearing(
        cli, trial, "2026-11-24T10:00", "remote", "--tz", "Europe/Moscow", "--platform", "Zoom"
    ).id
    return Scene(trial, hearing)
