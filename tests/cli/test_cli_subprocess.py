"""The CLI as a user's shell runs it: ``python -m monitor_app`` in a real process. Exit
statuses, stdout/stderr kept apart, no traceback, stdin that is not a terminal, and the
recovery-code confirmation typed on a real pseudo-terminal."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor_app import __version__
from tests.cli.clitools import (
    PASSPHRASE,
    REPO_ROOT,
    add_hearing,
    add_note,
    run_subprocess,
    write_secret,
)


def test_version_and_usage() -> None:
    version = run_subprocess("--version")
    assert version.code == 0
    assert version.out.strip() == f"trial-monitor {__version__}"
    usage = run_subprocess("hearing", "add")
    assert usage.code == 2
    assert usage.out == ""
    assert "usage:" in usage.err
    assert "Traceback" not in usage.err


def test_add_prints_the_id_alone_and_json_parses(vault_dir: Path) -> None:
    trial = run_subprocess("trial", "add", "--title", "Дело №1").id
    hearing = add_hearing(
        run_subprocess, trial, "2026-11-24T10:00", "in-person", "--tz", "Europe/Minsk"
    ).id
    note = add_note(run_subprocess, hearing, "general.note", "--text", "Начало").id
    [record] = json.loads(run_subprocess("trial", "list", "--json").out)
    assert record["id"] == trial
    assert record["title"] == "Дело №1"
    [listed] = json.loads(run_subprocess("note", "list", "--hearing", hearing, "--json").out)
    assert listed["id"] == note
    assert listed["text"] == "Начало"
    assert run_subprocess("verify").code == 0


def test_refusals_are_one_line_on_stderr(vault_dir: Path, tmp_path: Path) -> None:
    wrong = run_subprocess("trial", "list", env={"TRIAL_MONITOR_PASSPHRASE": "wrong but long"})
    assert wrong.out == ""
    assert "passphrase is not correct" in wrong.error_line

    missing = run_subprocess("--vault", str(tmp_path / "none"), "trial", "list")
    assert "no Trial Monitor vault" in missing.error_line

    unknown = run_subprocess("note", "show", "f" * 32)
    assert unknown.out == ""
    assert "f" * 32 in unknown.error_line


def test_no_passphrase_with_stdin_not_a_terminal(vault_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TRIAL_MONITOR_PASSPHRASE"}
    completed = subprocess.run(
        [sys.executable, "-m", "monitor_app", "trial", "list"],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr.count("\n") == 1
    assert "--passphrase-file" in completed.stderr


def test_corrupt_vault(vault_dir: Path) -> None:
    (vault_dir / "vault.sqlite3").write_bytes(os.urandom(8192))
    result = run_subprocess("trial", "list")
    assert "damaged" in result.error_line or "not a Trial Monitor vault" in result.error_line


def test_self_test_passes_every_step(tmp_path: Path) -> None:
    """From source here (the installer's tests run it in a frozen build): the core steps,
    then Qt, the Russian catalogues and the About box, the icon and the window."""
    shot = tmp_path / "window.png"
    result = run_subprocess("self-test", "--screenshot", str(shot))
    assert result.code == 0, result.out + result.err
    lines = result.out.splitlines()
    steps = [line.split(":")[1].strip() for line in lines[1:-1]]
    assert steps == [
        "resources",
        "vault",
        "observation",
        "bundle",
        "qt",
        "report",
        "translations",
        "icon",
        "window",
    ]
    assert all(": ok (" in line for line in lines[1:-1]), result.out
    assert "PDF (" in lines[6]
    assert "DOCX (" in lines[6]
    assert f"About box shows {__version__}" in lines[7]
    assert lines[-1] == "self-test: passed"
    assert shot.stat().st_size > 0
    assert "Traceback" not in result.err


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_init_confirms_the_code_on_a_terminal(tmp_path: Path) -> None:
    import pty

    secret = write_secret(tmp_path / "pass.txt", PASSPHRASE)
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "monitor_app",
            "--vault",
            str(tmp_path / "v"),
            "init",
            "--name",
            "Observer",
            "--passphrase-file",
            str(secret),
        ],
        cwd=REPO_ROOT,
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    os.close(slave)
    try:
        assert child.stdout is not None
        assert child.stderr is not None
        code = child.stdout.readline().decode().strip()  # blocks until the code is printed
        assert code.count("-") == 7, code
        os.write(master, b"!!!!\n" + code.rsplit("-", 1)[1].lower().encode() + b"\n")
        out, err = child.communicate(timeout=60)
    finally:
        _drain_and_close(master)
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    text = err.decode()
    assert "That is not the last group" in text
    assert "Confirmed." in text
    assert out == b""
    assert "Traceback" not in text


def _drain_and_close(fd: int) -> None:
    """Read what the terminal echoed (so the child never blocks on a full buffer), then close."""
    deadline = time.monotonic() + 1
    while time.monotonic() < deadline and select.select([fd], [], [], 0.05)[0]:
        try:
            if not os.read(fd, 4096):
                break
        except OSError:
            break
    os.close(fd)
