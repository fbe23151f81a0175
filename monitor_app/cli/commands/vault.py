"""Vault-level commands: init, passwd, recover, recovery-code, verify."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from monitor_app.cli.common import EXIT_ERROR, PROG, CliError
from monitor_app.cli.output import print_json
from monitor_app.cli.secrets import (
    CURRENT_PASSPHRASE_HINT,
    current_passphrase,
    first_line,
    hand_over_recovery_code,
    new_passphrase,
    prompt_secret,
)
from monitor_app.cli.session import Session
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.vault import Vault

NEW_PASSPHRASE_HINT = "use --new-passphrase-file FILE"  # noqa: S105 (a hint, not a secret)


def cmd_init(args: argparse.Namespace, session: Session) -> int:
    folder = session.vault_dir
    if Vault.exists(folder):
        raise CliError(f"There is already a vault in {folder}. Nothing was changed.")
    passphrase = new_passphrase(
        args.passphrase_file, CURRENT_PASSPHRASE_HINT, from_env=True, user_words=(args.name,)
    )
    print("Creating the vault (deriving keys takes a moment)...", file=sys.stderr, flush=True)
    vault, recovery_code = Vault.create(folder, passphrase, args.name)
    vault.close()
    print(f"Created a vault in {one_line(str(folder))}.", file=sys.stderr)
    return hand_over_recovery_code(recovery_code, "The vault was created and works.")


def cmd_passwd(args: argparse.Namespace, session: Session) -> None:
    vault = session.open_vault()
    current = current_passphrase(args)
    vault.unlock(current)  # fail before asking for a new one
    new = new_passphrase(
        args.new_passphrase_file, NEW_PASSPHRASE_HINT, user_words=(vault.display_name,)
    )
    vault.change_passphrase(current, new)
    print("The passphrase was changed.", file=sys.stderr)


def cmd_recover(args: argparse.Namespace, session: Session) -> int:
    vault = session.open_vault()
    if args.recovery_code_file is not None:
        code = first_line(args.recovery_code_file, "recovery code")
    else:
        code = prompt_secret("Recovery code: ", "recovery code", "use --recovery-code-file FILE")
    # The display name is sealed in the locked vault: `Vault.recover` checks against it.
    new = new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_HINT)
    new_code = vault.recover(code, new)
    print("The new passphrase is set. The recovery code you used no longer works.", file=sys.stderr)
    return hand_over_recovery_code(new_code, "The new passphrase is set and works.")


def cmd_recovery_code(args: argparse.Namespace, session: Session) -> int:
    vault = session.open_vault()
    new_code = vault.replace_recovery_code(current_passphrase(args))
    print("A new recovery code is set. The old one no longer works.", file=sys.stderr)
    return hand_over_recovery_code(new_code, "The old recovery code no longer works.")


def cmd_verify(args: argparse.Namespace, session: Session) -> int:
    notebook = session.notebook()
    problems = notebook.verify()
    revisions = notebook.store.count()
    purged = len(notebook.store.purged_links())
    if args.json:
        print_json(
            {
                "ok": not problems,
                "revisions": revisions,
                "purged_revisions": purged,
                "problems": [dataclasses.asdict(p) | {"text": str(p)} for p in problems],
            }
        )
    else:
        for problem in problems:
            print(one_line(str(problem)))
    if problems:
        print(f"{PROG}: error: {len(problems)} problem(s) in the history.", file=sys.stderr)
        return EXIT_ERROR
    if not args.json:
        removed = f" (and {purged} removed after receipts)" if purged else ""
        print(f"OK: {revisions} revisions{removed}, every author's hash chain is intact.")
    return 0
