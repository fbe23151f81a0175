"""Shared helpers for the CLI tests (imported as ``tests.cli.clitools``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a different and longer passphrase"
OBSERVER = "Test Observer"
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def id(self) -> str:
        """The id an ``add`` printed: all of stdout, one line, nothing else."""
        assert self.code == 0, self.err
        assert self.out.endswith("\n"), repr(self.out)
        assert self.out.count("\n") == 1, repr(self.out)
        printed = self.out.strip()
        assert re.fullmatch("[0-9a-f]{32}", printed), printed
        return printed

    @property
    def error_line(self) -> str:
        """The one line a refused command writes to stderr."""
        assert self.code == 1, (self.code, self.out, self.err)
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("trial-monitor: error: "), self.err
        assert "Traceback" not in self.err
        return lines[0]


Run = Callable[..., Result]  # `run_subprocess` below, or the `run_cli` and `cli` fixtures


def run_subprocess(
    *argv: str, env: dict[str, str] | None = None, stdin: int | None = subprocess.DEVNULL
) -> Result:
    """Run ``python -m monitor_app`` for real, stdin not a terminal."""
    completed = subprocess.run(
        [sys.executable, "-m", "monitor_app", *argv],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


def write_secret(path: Path, secret: str) -> Path:
    """A secret file as a user writes one: the secret and a newline."""
    path.write_text(secret + "\n", encoding="utf-8")
    return path


def add_hearing(run: Run, trial: str, start: str, mode: str, *extra: str) -> Result:
    """``hearing add`` with its required options; ``extra``: more options, as typed."""
    return run("hearing", "add", "--trial", trial, "--start", start, "--mode", mode, *extra)


def add_note(run: Run, hearing: str, code: str, *extra: str) -> Result:
    """``note add`` on a hearing; ``extra``: more options, as typed."""
    return run("note", "add", "--hearing", hearing, "--code", code, *extra)


def set_answer(run: Run, hearing: str, question: str, answer: str, *extra: str) -> Result:
    """``checklist set``; ``extra``: more options, as typed."""
    return run(
        "checklist", "set", "--hearing", hearing, "--question", question, "--answer", answer, *extra
    )
