"""``trial-monitor``: the command-line client of the core.

Layout: option specs (data) → one small function per command → shared helpers for
unlocking (`Session`), reading secrets, and output (tables, key/value blocks, JSON).

- `common`: the program's name, exit statuses, `CliError`.
- `options`: the `Opt` specs of record fields and the argparse helpers around them.
- `secrets`: passphrase and recovery-code input; the once-only hand-over of a new code.
- `files`: reading a file the user names; writing one privately and atomically.
- `session`: `Session` (the vault, opened on demand, always closed) and `Handler`.
- `output`: JSON, tables, label/value blocks, local times, records as JSON.
- `commands/`: the commands, a module per group (vault, identity, contacts, trials,
  hearings, notes, attachments, outages, checklist, taxonomy, deleting, corrections, sync,
  aftermath: sentence, proceeding and upcoming; coordinator and restrictions: a
  coordinator's; selftest, gui).
- `parser`: `build_parser` and a builder per command group.
- `run`: `main` and its error handling.

Modules depend downwards only: run → parser → commands → session/output/options/secrets →
files/common → the core.

Output rules: stdout carries results (an ``add`` prints the new id alone, ``--json`` prints
JSON); stderr carries messages for people. Untrusted text goes through
`core.textsafe` before it reaches the terminal; JSON is printed with ``ensure_ascii`` so it
holds no raw control or bidi characters either. Errors the user can cause are one line,
exit 1; usage errors exit 2 (argparse); Ctrl-C exits 130; anything else is logged (without
user content) and reported calmly. No traceback ever reaches stderr.
"""

from monitor_app.cli.parser import build_parser
from monitor_app.cli.run import main

__all__ = ["build_parser", "main"]
