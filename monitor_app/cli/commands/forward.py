"""Forwarding what observers sent to a head office or an expert panel, each bundle with its
author's own signature (`core.sync.forward`)."""

from __future__ import annotations

import argparse
import sys

from monitor_app.cli.common import CliError
from monitor_app.cli.confirm import confirm
from monitor_app.cli.session import Session
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.forward import NothingToForward, plan_forward, write_forward
from monitor_app.core.textsafe import one_line


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="\n" if done >= total else "", file=sys.stderr, flush=True)


def _title(notebook: Notebook, trial_id: str) -> str:
    try:
        return one_line(notebook.get_trial(trial_id).title)
    except TrialMonitorError:  # deleted, or values an older version saved: its id says it
        return trial_id


def cmd_bundle_forward(args: argparse.Namespace, session: Session) -> int:
    notebook = session.notebook()
    vault = notebook.vault
    contacts = Contacts(vault)
    to_contact = contacts.find(args.to)
    observers = [contacts.find(r) for r in args.observer] if args.observer else None
    trials = [notebook.get_trial(t).id for t in args.trial] if args.trial else None
    if not args.out.is_dir():
        raise CliError(f"{args.out} is not a folder.")
    plan = plan_forward(vault, to_contact, trials, observers, everything=args.all)
    if plan.extra_trials and plan.originals:
        titles = "; ".join(_title(notebook, t) for t in plan.extra_trials)
        print(
            "Each bundle is forwarded whole, as its author signed it, so the bundles that "
            f"carry what you chose also carry: {titles}.",
            file=sys.stderr,
        )
        confirm("Forward them too?", assume_yes=args.yes)
    try:
        result = write_forward(vault, to_contact, args.out, plan, progress=_progress)
    except NothingToForward as exc:
        print(str(exc), file=sys.stderr)
        return 0
    for part in result.parts:
        print(args.out / part.file_name)
    authors = ", ".join(one_line(name) for name in result.plan.authors)
    print(
        f"Forwarded {result.originals} bundle(s) written by {authors} "
        f"({result.plan.revisions} revision(s), each with its author's signature) to "
        f"{one_line(to_contact.name)}"
        + (f", in {len(result.parts)} files. Send them all." if len(result.parts) > 1 else "."),
        file=sys.stderr,
    )
    for left in result.plan.left_out:
        print(str(left.error()), file=sys.stderr)
    return 0
