"""Vault-level commands (init, passwd, recover), how secrets reach the CLI, and how it fails:
wrong passphrase, missing or corrupt vault, no terminal, Ctrl-C, an unexpected error."""

from __future__ import annotations

import getpass
import io
import json
import re
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor_app.core.vault.storage import DB_FILENAME
from tests.cli.clitools import (
    NEW_PASSPHRASE,
    OBSERVER,
    PASSPHRASE,
    Result,
    run_subprocess,
    write_secret,
)
from tests.cli.conftest import Run, Template

RECOVERY_CODE = re.compile(r"\A(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\n\Z")


class TerminalInput(io.StringIO):
    """Standard input that says it is a terminal; reads what the test typed in advance."""

    def isatty(self) -> bool:
        return True


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def fake_getpass(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Answer getpass prompts from ``answers``; return the prompts seen."""
    prompts: list[str] = []

    def answer(prompt: str = "Password: ", stream: object = None) -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", answer)
    monkeypatch.setattr(sys, "stdin", TerminalInput(""))
    return prompts


def recover(cli: Run, code_file: Path, new_passphrase_file: Path) -> Result:
    """``recover`` with the recovery code and the new passphrase read from files."""
    return cli(
        "recover",
        "--recovery-code-file",
        str(code_file),
        "--new-passphrase-file",
        str(new_passphrase_file),
    )


def assert_recovers(cli: Run, tmp_path: Path, code: str) -> None:
    """``code`` opens the vault: ``recover`` with it sets a new passphrase that works."""
    code_file = write_secret(tmp_path / "printed-code.txt", code)
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    recovered = recover(cli, code_file, new)
    assert recovered.code == 0, recovered.err
    assert cli("trial", "list", "--passphrase-file", str(new)).code == 0


# ---- init -----------------------------------------------------------------------------


def test_init_creates_a_private_vault_and_prints_the_code(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "new-vault"
    secret = write_secret(tmp_path / "pass.txt", PASSPHRASE)
    result = run_cli(
        "--vault", str(folder), "init", "--name", "Observer 7", "--passphrase-file", str(secret)
    )
    assert result.code == 0, result.err
    assert RECOVERY_CODE.match(result.out), result.out  # stdout holds the code and only it
    assert "shown this once" in result.err
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / DB_FILENAME).stat().st_mode) == 0o600

    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    assert run_cli("--vault", str(folder), "verify").code == 0

    before = snapshot(folder)
    again = run_cli("--vault", str(folder), "init", "--name", "X", "--passphrase-file", str(secret))
    assert "already a vault" in again.error_line
    assert snapshot(folder) == before


# The examples, each with the words of the one-line reason the CLI gives.
WEAK = {
    "short": "shorter than 12 characters",
    "password1234": "most common passwords",
    "qwerty123456": "most common passwords",
    "P@ssw0rd2024": "most common passwords",
    "йцукен123456": "most common passwords",  # noqa: RUF001 (Cyrillic)
    "алматы2024": "shorter than 12 characters",  # noqa: RUF001 (Cyrillic)
    "алматы123456": "common word or place name",  # noqa: RUF001 (Cyrillic)
}
LONG_NAME = "Aigerim Nurlanovna Observer"


@pytest.mark.parametrize(("passphrase", "reason"), WEAK.items())
def test_init_refuses_a_weak_passphrase(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str, reason: str
) -> None:
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", passphrase)
    result = run_cli("--vault", str(tmp_path / "v"), "init", "--name", "Observer")
    assert "too easy to guess" in result.error_line
    assert reason in result.error_line
    assert not (tmp_path / "v").exists()


def test_init_refuses_the_display_name_as_passphrase(tmp_path: Path) -> None:
    secret = write_secret(tmp_path / "pass.txt", LONG_NAME.lower())
    folder = tmp_path / "v"
    result = run_subprocess(
        "--vault", str(folder), "init", "--name", LONG_NAME, "--passphrase-file", str(secret)
    )
    assert "it contains your display name" in result.error_line
    assert not folder.exists()


def test_init_refuses_an_existing_vault(cli: Run, vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    assert "already a vault" in cli("init", "--name", "Someone").error_line
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize(
    ("typed", "status"),
    [("", 1), (KeyboardInterrupt, 130)],
    ids=["end-of-input", "ctrl-c"],
)
def test_init_unconfirmed_code_keeps_the_vault(
    run_cli: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str | type[BaseException],
    status: int,
) -> None:
    class Terminal(TerminalInput):
        def readline(self, size: int | None = -1) -> str:
            if isinstance(typed, str):
                return typed
            raise typed

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "v"
    result = run_cli("--vault", str(folder), "init", "--name", "Observer")
    assert result.code == status
    assert RECOVERY_CODE.match(result.out)
    assert "NOT confirmed" in result.err
    assert "Traceback" not in result.err
    assert run_cli("--vault", str(folder), "verify").code == 0  # the vault is there and works


# ---- passwd ---------------------------------------------------------------------------


def test_passwd_from_files(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    result = cli("passwd", "--new-passphrase-file", str(new))
    assert result.code == 0, result.err
    assert result.out == ""
    assert "not correct" in cli("trial", "list").error_line  # env still holds the old one
    assert cli("trial", "list", "--passphrase-file", str(new)).code == 0
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", NEW_PASSPHRASE)
    assert cli("verify").code == 0


def test_passwd_prompts_and_checks_the_repeat(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")
    fake_getpass(monkeypatch, [PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "!"])
    assert "do not match" in cli("passwd").error_line

    prompts = fake_getpass(monkeypatch, [PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert cli("passwd").code == 0
    assert len(prompts) == 3
    fake_getpass(monkeypatch, [NEW_PASSPHRASE])
    assert cli("trial", "list").code == 0


def test_passwd_with_a_wrong_current_or_weak_new_passphrase(
    cli: Run, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(vault_dir)
    weak = write_secret(tmp_path / "weak.txt", "tiny")
    assert "shorter than 12" in cli("passwd", "--new-passphrase-file", str(weak)).error_line
    for common in ("password1234", "йцукен123456", OBSERVER.lower() + "!"):  # noqa: RUF001 (Cyrillic)
        weak.write_text(common, encoding="utf-8")
        assert "too easy to guess" in cli("passwd", "--new-passphrase-file", str(weak)).error_line
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", "not the passphrase at all")
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    assert "not correct" in cli("passwd", "--new-passphrase-file", str(new)).error_line
    assert snapshot(vault_dir) == before


# ---- recover --------------------------------------------------------------------------


def test_recover_replaces_passphrase_and_code(
    cli: Run, template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")
    old_code = write_secret(tmp_path / "code.txt", template.recovery_code.lower())
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    old = write_secret(tmp_path / "old.txt", PASSPHRASE)

    result = recover(cli, old_code, new)
    assert result.code == 0, result.err
    assert RECOVERY_CODE.match(result.out)
    assert "shown this once" in result.err
    new_code = result.out.strip()
    assert new_code != template.recovery_code

    assert cli("trial", "list", "--passphrase-file", str(new)).code == 0
    assert "not correct" in cli("trial", "list", "--passphrase-file", str(old)).error_line

    reused = recover(cli, old_code, old)
    assert "does not open this vault" in reused.error_line

    fresh = write_secret(tmp_path / "fresh.txt", new_code)
    again = recover(cli, fresh, old)
    assert again.code == 0, again.err
    assert cli("trial", "list", "--passphrase-file", str(old)).code == 0


def test_recover_refuses_a_weak_passphrase(
    cli: Run, template: Template, vault_dir: Path, tmp_path: Path
) -> None:
    before = snapshot(vault_dir)
    code = write_secret(tmp_path / "code.txt", template.recovery_code)
    for weak, reason in WEAK.items():
        new = write_secret(tmp_path / "new.txt", weak)
        assert reason in recover(cli, code, new).error_line
    # The display name is sealed: the core refuses it once the code has opened the vault.
    new = write_secret(tmp_path / "new.txt", OBSERVER)
    assert "display name" in recover(cli, code, new).error_line
    assert snapshot(vault_dir) == before


def test_recover_with_a_malformed_code(cli: Run, vault_dir: Path, tmp_path: Path) -> None:
    before = snapshot(vault_dir)
    code = write_secret(tmp_path / "code.txt", "not-a-code")
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    result = recover(cli, code, new)
    assert "not a recovery code" in result.error_line
    assert snapshot(vault_dir) == before


# ---- recovery-code --------------------------------------------------------------------


def test_recovery_code_retires_the_old_code(cli: Run, template: Template, tmp_path: Path) -> None:
    result = cli("recovery-code")
    assert result.code == 0, result.err
    assert RECOVERY_CODE.match(result.out), result.out  # stdout holds the code and only it
    assert "shown this once" in result.err
    new_code = result.out.strip()
    assert new_code != template.recovery_code
    assert cli("verify").code == 0  # the passphrase is unchanged

    old_code = write_secret(tmp_path / "old-code.txt", template.recovery_code)
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    assert "does not open this vault" in recover(cli, old_code, new).error_line
    assert_recovers(cli, tmp_path, new_code)


def test_recovery_code_takes_the_passphrase_like_every_command(
    cli: Run, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(vault_dir)
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", "not the passphrase at all")
    refused = cli("recovery-code")
    assert "not correct" in refused.error_line
    assert refused.out == ""
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")
    assert "--passphrase-file" in cli("recovery-code").error_line  # no terminal to ask on
    assert snapshot(vault_dir) == before

    secret = write_secret(tmp_path / "pass.txt", PASSPHRASE)
    from_file = cli("recovery-code", "--passphrase-file", str(secret))
    assert from_file.code == 0, from_file.err
    assert RECOVERY_CODE.match(from_file.out)


def test_recovery_code_prompts_and_an_unconfirmed_code_still_counts(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")
    prompts = fake_getpass(monkeypatch, [PASSPHRASE])  # a terminal with nothing typed
    result = cli("recovery-code")
    assert prompts == ["Passphrase: "]
    assert result.code == 1
    assert RECOVERY_CODE.match(result.out)
    assert "NOT confirmed" in result.err
    assert "The old recovery code no longer works." in result.err
    assert "Traceback" not in result.err

    monkeypatch.setattr(sys, "stdin", io.StringIO())  # no terminal: no confirmation asked
    assert_recovers(cli, tmp_path, result.out.strip())


# ---- how the passphrase is given ------------------------------------------------------


def test_passphrase_file_before_or_after_the_command(
    cli: Run, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", "the wrong one, ignored")
    monkeypatch.delenv("TRIAL_MONITOR_VAULT")
    secret = tmp_path / "pass.txt"
    secret.write_bytes(PASSPHRASE.encode() + b"\r\nsecond line is ignored\n")
    assert (
        cli(
            "--vault",
            str(vault_dir),
            "--passphrase-file",
            str(secret),
            "trial",
            "list",
        ).code
        == 0
    )
    assert (
        cli(
            "trial",
            "list",
            "--vault",
            str(vault_dir),
            "--passphrase-file",
            str(secret),
        ).code
        == 0
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert (
        "is empty"
        in cli(
            "--vault", str(vault_dir), "trial", "list", "--passphrase-file", str(empty)
        ).error_line
    )
    assert (
        "Cannot read"
        in cli(
            "--vault",
            str(vault_dir),
            "trial",
            "list",
            "--passphrase-file",
            str(tmp_path / "absent"),
        ).error_line
    )


def test_no_passphrase_and_no_terminal(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")
    line = cli("trial", "list").error_line
    assert "--passphrase-file" in line
    assert "TRIAL_MONITOR_PASSPHRASE" in line


def test_passphrase_prompt_on_a_terminal(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")
    prompts = fake_getpass(monkeypatch, [PASSPHRASE])
    assert cli("trial", "list").code == 0
    assert prompts == ["Passphrase: "]


def test_wrong_passphrase_changes_nothing(
    cli: Run, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trial = cli("trial", "add", "--title", "Before").id
    before = snapshot(vault_dir)
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", "correct horse battery stapler")
    for argv in (
        ("trial", "list"),
        ("trial", "add", "--title", "After"),
        ("trial", "delete", trial, "--reason", "x"),
    ):
        result = cli(*argv)
        assert "passphrase is not correct" in result.error_line
        assert result.out == ""
    assert snapshot(vault_dir) == before


# ---- broken or missing vaults ---------------------------------------------------------


def test_missing_vault(run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "absent"
    assert "no Trial Monitor vault" in run_cli("--vault", str(folder), "trial", "list").error_line
    assert not folder.exists()


def write_garbage(database: Path) -> None:
    database.write_bytes(b"\x00garbage, not a database\xff" * 200)


def write_foreign_sqlite(database: Path) -> None:
    conn = sqlite3.connect(database)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("spoil", [write_garbage, write_foreign_sqlite])
def test_corrupt_vault(cli: Run, vault_dir: Path, spoil: Callable[[Path], object]) -> None:
    database = vault_dir / DB_FILENAME
    database.unlink()
    spoil(database)
    line = cli("trial", "list").error_line
    assert "damaged" in line or "not a Trial Monitor vault" in line


# ---- interruptions and the unexpected -------------------------------------------------


def test_ctrl_c_at_the_prompt(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")

    def interrupted(prompt: str = "", stream: object = None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", TerminalInput(""))
    monkeypatch.setattr(getpass, "getpass", interrupted)
    result = cli("trial", "list")
    assert result.code == 130
    assert result.err.strip() == "trial-monitor: interrupted"


def test_unexpected_error_is_one_calm_line_and_logged(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("simulated failure inside the json module")

    with monkeypatch.context() as patch:
        patch.setattr(json, "dumps", broken)  # a stdlib failure, not one of ours
        result = run_cli("taxonomy", "list", "--json")
    line = result.error_line
    assert "an unexpected error occurred; details were written to " in line
    log_file = Path(line.rsplit("written to ", 1)[1])
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    logged = log_file.read_text()
    assert "Traceback" in logged
    assert "RuntimeError: simulated failure" in logged
    assert "taxonomy list: unexpected error" in logged
