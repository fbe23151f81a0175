"""Secrets the user gives: the passphrase (file, environment or prompt), a new passphrase,
a recovery code; and the hand-over of a new recovery code, shown once and confirmed."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from monitor_app.cli.common import EXIT_ERROR, EXIT_INTERRUPTED, PASSPHRASE_ENV, PROG, CliError
from monitor_app.cli.files import read_file
from monitor_app.core.vault.passwords import check_new_passphrase

CURRENT_PASSPHRASE_HINT = f"use --passphrase-file FILE or set {PASSPHRASE_ENV}"


def first_line(path: Path, what: str) -> str:
    """A secret from a file, as restic and borg read one: the first line, without its end."""
    try:
        text = read_file(path, f"{what} file").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"The {what} file {path} is not UTF-8 text.") from exc
    line = text.split("\n", 1)[0].removesuffix("\r")
    if not line:
        raise CliError(f"The {what} file {path} is empty.")
    return line


def stdin_is_tty() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def prompt_secret(prompt: str, what: str, hint: str) -> str:
    if not stdin_is_tty():
        raise CliError(f"No {what} was given and there is no terminal to ask for it: {hint}.")
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise CliError(f"No {what} was entered.") from exc


def current_passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file is not None:
        return first_line(args.passphrase_file, "passphrase")
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    return prompt_secret("Passphrase: ", "passphrase", CURRENT_PASSPHRASE_HINT)


def new_passphrase(
    file: Path | None, hint: str, *, from_env: bool = False, user_words: Iterable[str] = ()
) -> str:
    """A new passphrase from a file, the environment (if allowed) or typed twice; refused
    (one line, why) before the slow key derivation if it is too weak. ``user_words`` are
    words it must not be made of (the display name)."""
    if file is not None:
        new = first_line(file, "passphrase")
    elif from_env and os.environ.get(PASSPHRASE_ENV):
        new = os.environ[PASSPHRASE_ENV]
    else:
        new = prompt_secret("New passphrase: ", "new passphrase", hint)
        check_new_passphrase(new, user_words)  # before asking to type it again
        if prompt_secret("Type it again: ", "new passphrase", hint) != new:
            raise CliError("The two passphrases do not match. Nothing was changed.")
        return new
    check_new_passphrase(new, user_words)
    return new


RECOVERY_WARNING = """\
IMPORTANT: below is your recovery code. It is shown this once and kept nowhere.
Write it on paper now and keep it away from this computer. If you forget your passphrase,
it is the only way back into the vault; without both, nobody can read what you wrote."""


def hand_over_recovery_code(code: str, done: str) -> int:
    """Print the code (stdout) under a warning (stderr); on a terminal, have the user type
    back its last group. ``done`` says what already happened, for when they give up."""
    print(RECOVERY_WARNING, file=sys.stderr, flush=True)
    print(code, flush=True)
    if not stdin_is_tty():
        return 0
    last_group = code.rsplit("-", 1)[-1]
    try:
        while True:
            print(
                "To confirm you wrote it down, type its last group of four characters: ",
                end="",
                file=sys.stderr,
                flush=True,
            )
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            typed = line.strip().upper().translate(str.maketrans("OIL", "011"))
            if typed == last_group:
                print("Confirmed.", file=sys.stderr)
                return 0
            print("That is not the last group. Check what you wrote.", file=sys.stderr)
    except (EOFError, KeyboardInterrupt) as exc:
        print(
            f"\n{PROG}: warning: the recovery code was NOT confirmed. {done} "
            "The code will not be shown again: if it is not written down, you have no way "
            "back into the vault if you forget the passphrase.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else EXIT_ERROR
