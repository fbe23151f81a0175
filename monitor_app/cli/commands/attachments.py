"""Attachment commands: ``note attach`` stores a file, ``note attachment`` writes one out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from monitor_app.cli.common import CliError
from monitor_app.cli.files import read_file, write_private_file
from monitor_app.cli.session import Session
from monitor_app.core.records.notebook import MAX_ATTACHMENT_BYTES
from monitor_app.core.textsafe import one_line


def cmd_note_attach(args: argparse.Namespace, session: Session) -> None:
    path: Path = args.file
    try:
        too_big = path.stat().st_size > MAX_ATTACHMENT_BYTES
    except OSError as exc:
        raise CliError(f"Cannot read the file {path}: {exc.strerror or exc}.") from exc
    if too_big:
        raise CliError(f"The file is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB.")
    notebook = session.notebook()
    attachment = notebook.add_attachment(args.id, path.name, read_file(path, "file"))
    print(attachment.id)


def cmd_note_attachment(args: argparse.Namespace, session: Session) -> None:
    attachment, data = session.notebook().read_attachment(args.id)
    write_private_file(args.out, data, overwrite=args.force)
    print(
        f"Wrote {one_line(attachment.filename)} ({len(data)} bytes) to {one_line(str(args.out))}.",
        file=sys.stderr,
    )
