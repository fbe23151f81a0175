"""`main`: parse the command line, run one command in a `Session`, and turn what happens
into an exit status and at most one calm line on stderr."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from pathlib import Path

from monitor_app.cli.common import EXIT_ERROR, EXIT_INTERRUPTED, PROG
from monitor_app.cli.parser import build_parser
from monitor_app.cli.session import Session
from monitor_app.core import paths
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.process_hardening import harden_process
from monitor_app.core.textsafe import one_line
from monitor_app.logsetup import APP_LOGGER, configure_logging

log = logging.getLogger(__name__)


def _error(message: str) -> None:
    print(f"{PROG}: error: {one_line(message)}", file=sys.stderr)


def _relax_output_streams() -> None:
    """A terminal that cannot show a character gets "?" instead of a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _start_logging() -> Path | None:
    try:
        return configure_logging(paths.log_dir())
    except OSError:
        # No log file; and no "last resort" handler printing tracebacks to stderr either.
        logging.getLogger(APP_LOGGER).addHandler(logging.NullHandler())
        return None


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    return code if isinstance(code, int) else 2


def _run(args: argparse.Namespace, log_file: Path | None) -> int:
    name = args.command_name
    try:
        with Session(args) as session:
            status = args.handler(args, session) or 0
        sys.stdout.flush()
    except TrialMonitorError as exc:
        log.info("%s: refused (%s)", name, type(exc).__name__)
        _error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        log.info("%s: interrupted", name)
        print(f"\n{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_ERROR
    except Exception:
        log.exception("%s: unexpected error", name)
        where = f"details were written to {log_file}" if log_file else "no log could be written"
        _error(f"an unexpected error occurred; {where}")
        return EXIT_ERROR
    log.info("%s: done, exit status %d", name, status)
    return int(status)


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), point stdout at /dev/null so exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    hardening = harden_process()  # before anything is unlocked: no core dump holds keys
    previous_umask = os.umask(0o077)
    try:
        _relax_output_streams()
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return _exit_status(exc.code)
        log_file = _start_logging()
        hardening.log()
        log.info("%s: started", args.command_name)
        return _run(args, log_file)
    finally:
        os.umask(previous_umask)
