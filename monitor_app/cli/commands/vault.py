"""Vault-level commands: init, passwd, recover (with the code or trustee shares),
recovery-code, trustees make/status/remove, verify."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from monitor_app.cli.common import EXIT_ERROR, PROG, CliError
from monitor_app.cli.files import read_file, write_private_file
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
from monitor_app.core.sync.history_check import verify_history
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.trustee_shares import shares_needed
from monitor_app.core.vault.trustee_sheets import share_from_sheet
from monitor_app.core.vault.vault import Vault

NEW_PASSPHRASE_HINT = "use --new-passphrase-file FILE"  # noqa: S105 (a hint, not a secret)
CODE_NOT_CARRIED = (
    "This vault's recovery code could not be carried over to the new key (it was made by an "
    "earlier version): the old code no longer works; here is a new one."
)


def _rekey_progress(done: int, total: int) -> None:
    """A one-line counter on a terminal while every sealed value is re-encrypted."""
    if sys.stderr.isatty():
        end = "\n" if done >= total else ""
        print(f"\rRe-encrypting the vault: {done}/{total}", end=end, file=sys.stderr, flush=True)


def _hand_over_if_issued(new_code: str | None, done: str) -> int:
    if new_code is None:
        return 0
    print(CODE_NOT_CARRIED, file=sys.stderr)
    return hand_over_recovery_code(new_code, done)


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


def cmd_passwd(args: argparse.Namespace, session: Session) -> int:
    vault = session.open_vault()
    current = current_passphrase(args)
    vault.unlock(current)  # fail before asking for a new one
    new = new_passphrase(
        args.new_passphrase_file, NEW_PASSPHRASE_HINT, user_words=(vault.display_name,)
    )
    new_code = vault.change_passphrase(current, new, progress=_rekey_progress)
    print(
        "The passphrase was changed, and the vault re-keyed: an old copy of it opened with the "
        "old passphrase shows nothing written from now on.",
        file=sys.stderr,
    )
    return _hand_over_if_issued(new_code, "The passphrase was changed.")


def _typed_shares() -> list[str]:
    """Shares typed one per prompt: the first says how many its set needs."""
    hint = "use --share-file FILE for each share"
    shares = [prompt_secret("Share 1 (its words): ", "share", hint)]
    needed = shares_needed(shares[0])
    print(f"This set needs {needed} shares.", file=sys.stderr)
    while len(shares) < needed:
        shares.append(prompt_secret(f"Share {len(shares) + 1} (its words): ", "share", hint))
    return shares


def _shares_from_files(files: list[Path]) -> list[str]:
    shares = []
    for path in files:
        try:
            text = read_file(path, "share file").decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CliError(f"The share file {path} is not UTF-8 text.") from exc
        shares.append(share_from_sheet(text))
    return shares


def _recover_with_shares(args: argparse.Namespace, vault: Vault) -> int:
    shares = _shares_from_files(args.share_file) if args.share_file else _typed_shares()
    new = new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_HINT)
    new_code = vault.recover_with_shares(shares, new, progress=_rekey_progress)
    print(
        "The new passphrase is set. The trustees' shares still work; the old recovery code "
        "does not.",
        file=sys.stderr,
    )
    return hand_over_recovery_code(new_code, "The new passphrase is set and works.")


def cmd_recover(args: argparse.Namespace, session: Session) -> int:
    vault = session.open_vault()
    if args.shares or args.share_file:
        if args.recovery_code_file is not None:
            raise CliError("Give either a recovery code or trustee shares, not both.")
        return _recover_with_shares(args, vault)
    if args.recovery_code_file is not None:
        code = first_line(args.recovery_code_file, "recovery code")
    else:
        code = prompt_secret("Recovery code: ", "recovery code", "use --recovery-code-file FILE")
    # The display name is sealed in the locked vault: `Vault.recover` checks against it.
    new = new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_HINT)
    new_code = vault.recover(code, new, progress=_rekey_progress)
    print("The new passphrase is set. The recovery code you used no longer works.", file=sys.stderr)
    return hand_over_recovery_code(new_code, "The new passphrase is set and works.")


def cmd_recovery_code(args: argparse.Namespace, session: Session) -> int:
    vault = session.open_vault()
    new_code = vault.replace_recovery_code(current_passphrase(args), progress=_rekey_progress)
    print(
        "A new recovery code is set and the vault re-keyed. The old code no longer works.",
        file=sys.stderr,
    )
    return hand_over_recovery_code(new_code, "The old recovery code no longer works.")


def _sheet_path(folder: Path, number: int, count: int) -> Path:
    return folder / f"trustee-share-{number}-of-{count}.txt"


def cmd_trustees_make(args: argparse.Namespace, session: Session) -> int:
    if not args.out.is_dir():
        raise CliError(f"{args.out} is not a folder.")
    paths = [_sheet_path(args.out, n, args.count) for n in range(1, args.count + 1)]
    taken = [path for path in paths if path.exists()]
    if taken:
        raise CliError(f"{taken[0]} already exists. Nothing was changed.")
    vault = session.open_vault()
    made = vault.make_trustee_shares(
        current_passphrase(args), args.threshold, args.count, progress=_rekey_progress
    )
    for number, path in enumerate(paths, start=1):
        write_private_file(path, made.sheet(number).encode("utf-8"), overwrite=False)
    status = made.status
    print(
        f"Wrote {status.count} share sheets in {one_line(str(args.out))}; any "
        f"{status.threshold} of them restore access. Set fingerprint: {status.fingerprint}.\n"
        "Print each sheet, give each to a different trustee, and delete the files. "
        "Shares made before no longer work.",
        file=sys.stderr,
    )
    return _hand_over_if_issued(made.new_recovery_code, "The trustee shares are made.")


def cmd_trustees_status(args: argparse.Namespace, session: Session) -> None:
    vault = session.notebook().vault
    status = vault.trustee_status()
    if args.json:
        print_json(None if status is None else dataclasses.asdict(status))
    elif status is None:
        print("No trustee shares.")
    else:
        print(
            f"{status.threshold} of {status.count} shares restore access; made "
            f"{status.created_utc}; fingerprint {status.fingerprint}."
        )


def cmd_trustees_remove(args: argparse.Namespace, session: Session) -> int:
    vault = session.open_vault()
    new_code = vault.remove_trustee_shares(current_passphrase(args), progress=_rekey_progress)
    print("The trustee shares no longer work, and the vault was re-keyed.", file=sys.stderr)
    return _hand_over_if_issued(new_code, "The trustee shares no longer work.")


def cmd_verify(args: argparse.Namespace, session: Session) -> int:
    notebook = session.notebook()
    problems = verify_history(notebook.vault)
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
        print(
            f"OK: {revisions} revisions{removed}, every author's hash chain is intact "
            "and holds every revision the bundles received brought."
        )
    return 0
