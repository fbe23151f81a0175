"""``trial-monitor``: the command-line client of the core.

Layout: option specs (data) → one small function per command → shared helpers for
unlocking (`Session`), reading secrets, and output (tables, key/value blocks, JSON).

Output rules: stdout carries results (an ``add`` prints the new id alone, ``--json`` prints
JSON); stderr carries messages for people. Untrusted text goes through
`core.textsafe` before it reaches the terminal; JSON is printed with ``ensure_ascii`` so it
holds no raw control or bidi characters either. Errors the user can cause are one line,
exit 1; usage errors exit 2 (argparse); Ctrl-C exits 130; anything else is logged (without
user content) and reported calmly. No traceback ever reaches stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import getpass
import json
import logging
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from . import __version__
from .core import paths, timeutil
from .core.errors import TrialMonitorError, UnknownCode
from .core.notebook import MAX_ATTACHMENT_BYTES, Notebook
from .core.records import (
    ATTENDANCE,
    CHECKLIST_ANSWERS,
    HEARING_MODES,
    HEARING_STATUSES,
    HEARING_TYPES,
    Hearing,
    Observation,
    Record,
    Trial,
)
from .core.storage import DB_FILENAME
from .core.store import Revision
from .core.taxonomy import Taxonomy, label, load_taxonomy
from .core.textsafe import one_line, scrub
from .core.totals import TrialDelay
from .core.vault import Vault, check_passphrase
from .logsetup import APP_LOGGER, configure_logging

log = logging.getLogger(__name__)

PROG = "trial-monitor"
PASSPHRASE_ENV = "TRIAL_MONITOR_PASSPHRASE"  # noqa: S105 (a variable's name, not a secret)
EXIT_ERROR = 1
EXIT_INTERRUPTED = 130
DEFAULT_OUTAGE_CODE = "remote.connection_lost"
LANGUAGES = ("en", "ru")
TIME_FIELDS = (
    "scheduled_start",
    "scheduled_end",
    "actual_start",
    "actual_end",
    "next_date",
    "at",
    "end",
)
KIND_WORDS = {"observation": "note", "checklist": "checklist answer"}
EMPTY = "—"
TEXT_CELL_CHARS = 50


class CliError(TrialMonitorError):
    """A user error the CLI itself finds: an unreadable file, no way to ask for a secret."""


# ---- option specs ---------------------------------------------------------------------


@dataclass(frozen=True)
class Opt:
    """One option that sets a record field. ``None`` from argparse means "not given"."""

    flag: str
    field: str
    help: str
    many: bool = False  # repeatable; the values given replace the whole list
    instant: bool = False  # ISO-8601; without an offset it is read in the record's zone
    switch: bool = False  # --flag / --no-flag
    choices: tuple[str, ...] | None = None
    empty_is_none: bool = False  # "" clears the value (else "" is refused or kept)


TRIAL_OPTIONS = (
    Opt("--title", "title", "the trial's name, as you want to find it again"),
    Opt("--case-number", "case_number", "the court's case number"),
    Opt("--court", "court", "the court"),
    Opt("--country", "country", "two-letter ISO country code, e.g. RU"),
    Opt("--defendant", "defendants", "a defendant (repeat for several)", many=True),
    Opt("--charge", "charges", "a charge, e.g. an article of the code (repeat)", many=True),
    Opt("--notes", "notes", "free notes about the trial"),
)

_TIME_HELP = "ISO-8601, e.g. 2026-11-24T10:30; without an offset it is read in the hearing's zone"
HEARING_OPTIONS = (
    Opt("--start", "scheduled_start", f"scheduled start ({_TIME_HELP})", instant=True),
    Opt("--mode", "mode", "how the hearing is held", choices=HEARING_MODES),
    Opt("--tz", "tz", "the hearing's time zone (IANA name, default: this computer's)"),
    Opt("--end", "scheduled_end", "scheduled end (ISO-8601)", instant=True, empty_is_none=True),
    Opt("--platform", "platform", "video platform of a remote hearing"),
    Opt("--venue", "venue", "court building and courtroom"),
    Opt("--judge", "judges", "a judge (repeat for several)", many=True),
    Opt("--prosecutor", "prosecutor", "the prosecutor"),
    Opt("--defence", "defence_counsel", "a defence lawyer (repeat)", many=True),
    Opt("--type", "hearing_type", "kind of hearing", choices=HEARING_TYPES),
    Opt("--language", "language", "language of the proceedings"),
    Opt("--interpreter", "interpreter", "interpretation provided"),
    Opt("--attendance", "attendance", "how you attended", choices=ATTENDANCE),
    Opt("--notes", "notes", "free notes about the hearing"),
)
HEARING_EDIT_OPTIONS = (
    Opt(
        "--actual-start",
        "actual_start",
        "when it actually started (ISO-8601)",
        instant=True,
        empty_is_none=True,
    ),
    Opt(
        "--actual-end",
        "actual_end",
        "when it actually ended (ISO-8601)",
        instant=True,
        empty_is_none=True,
    ),
    Opt("--status", "status", "the hearing's status", choices=HEARING_STATUSES),
)

NOTE_OPTIONS = (
    Opt("--code", "code", "taxonomy code (see `trial-monitor taxonomy list`)"),
    Opt("--text", "text", "what happened, in your words"),
    Opt("--at", "at", f"when it happened or began (default now; {_TIME_HELP})", instant=True),
    Opt(
        "--end",
        "end",
        "when it ended, for something that lasted (ISO-8601)",
        instant=True,
        empty_is_none=True,
    ),
    Opt("--severity", "severity", "severity code", empty_is_none=True),
    Opt("--party", "parties", "affected party (repeat for several)", many=True),
    Opt("--court-response", "court_response", "what the court did meanwhile", empty_is_none=True),
    Opt("--quote", "quote", "the text is a verbatim quotation", switch=True),
    Opt("--reported-by", "source_detail", "who told you, when you did not see it yourself"),
)


def _pick(options: Sequence[Opt], *flags: str) -> tuple[Opt, ...]:
    return tuple(o for o in options if o.flag in flags)


def _add_options(
    parser: argparse.ArgumentParser, options: Iterable[Opt], required: Iterable[str] = ()
) -> None:
    required = set(required)
    for opt in options:
        kwargs: dict[str, Any] = {"dest": opt.field, "default": None, "help": opt.help}
        if opt.switch:
            kwargs["action"] = argparse.BooleanOptionalAction
        else:
            kwargs["required"] = opt.flag in required
            kwargs["metavar"] = (
                "ISO" if opt.instant else opt.flag.lstrip("-").upper().replace("-", "_")
            )
            kwargs["choices"] = opt.choices
            if opt.many:
                kwargs["action"] = "append"
        parser.add_argument(opt.flag, **kwargs)


def _given(args: argparse.Namespace, options: Iterable[Opt], tz: str) -> dict[str, Any]:
    """The fields the user gave, converted: lists to tuples, times to aware datetimes."""
    values: dict[str, Any] = {}
    for opt in options:
        value = getattr(args, opt.field, None)
        if value is None:
            continue
        if opt.many:
            value = tuple(value)
        elif opt.empty_is_none and not value.strip():
            value = None
        elif opt.instant:
            value = timeutil.parse_instant(value, tz)
        values[opt.field] = value
    return values


def _require_changes(changes: Mapping[str, Any]) -> None:
    if not changes:
        raise CliError("Nothing to change: give at least one option (see --help).")


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {one_line(text)!r}")
    return key.strip(), value


# ---- secrets --------------------------------------------------------------------------


def _read_file(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read the {what} {path}: {exc.strerror or exc}.") from exc


def _first_line(path: Path, what: str) -> str:
    """A secret from a file, as restic and borg read one: the first line, without its end."""
    try:
        text = _read_file(path, f"{what} file").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"The {what} file {path} is not UTF-8 text.") from exc
    line = text.split("\n", 1)[0].removesuffix("\r")
    if not line:
        raise CliError(f"The {what} file {path} is empty.")
    return line


def _stdin_is_tty() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt_secret(prompt: str, what: str, hint: str) -> str:
    if not _stdin_is_tty():
        raise CliError(f"No {what} was given and there is no terminal to ask for it: {hint}.")
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise CliError(f"No {what} was entered.") from exc


def _current_passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file is not None:
        return _first_line(args.passphrase_file, "passphrase")
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    return _prompt_secret(
        "Passphrase: ",
        "passphrase",
        f"use --passphrase-file FILE or set {PASSPHRASE_ENV}",
    )


def _new_passphrase(file: Path | None, hint: str, *, from_env: bool = False) -> str:
    """A new passphrase from a file, the environment (if allowed) or typed twice."""
    if file is not None:
        new = _first_line(file, "passphrase")
    elif from_env and os.environ.get(PASSPHRASE_ENV):
        new = os.environ[PASSPHRASE_ENV]
    else:
        new = _prompt_secret("New passphrase: ", "new passphrase", hint)
        check_passphrase(new)
        if _prompt_secret("Type it again: ", "new passphrase", hint) != new:
            raise CliError("The two passphrases do not match. Nothing was changed.")
    check_passphrase(new)
    return new


RECOVERY_WARNING = """\
IMPORTANT: below is your recovery code. It is shown this once and kept nowhere.
Write it on paper now and keep it away from this computer. If you forget your passphrase,
it is the only way back into the vault; without both, nobody can read what you wrote."""


def _hand_over_recovery_code(code: str, done: str) -> int:
    """Print the code (stdout) under a warning (stderr); on a terminal, have the user type
    back its last group. ``done`` says what already happened, for when they give up."""
    print(RECOVERY_WARNING, file=sys.stderr, flush=True)
    print(code, flush=True)
    if not _stdin_is_tty():
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


# ---- the session: one vault, opened on demand, always closed ----------------------------


class Session:
    """What a command works on. The vault is opened (and unlocked) only when a command asks,
    so ``taxonomy list`` needs no vault; it is closed, and so locked, when the command ends."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._vault: Vault | None = None
        self._notebook: Notebook | None = None

    @property
    def vault_dir(self) -> Path:
        return self.args.vault or paths.default_vault_dir()

    def open_vault(self) -> Vault:
        if self._vault is None:
            self._vault = Vault.open(self.vault_dir)
        return self._vault

    def notebook(self) -> Notebook:
        if self._notebook is None:
            vault = self.open_vault()
            vault.unlock(_current_passphrase(self.args))
            self._notebook = Notebook(vault)
        return self._notebook

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._vault is not None:
            self._vault.close()


Handler = Callable[[argparse.Namespace, Session], int | None]


# ---- output ---------------------------------------------------------------------------


def _print_json(value: Any) -> None:
    # ensure_ascii: every control, bidi and non-ASCII character is a \u escape.
    print(json.dumps(value, indent=2, ensure_ascii=True, default=str))


def _display_width(text: str) -> int:
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], indent: str = "") -> None:
    cells = [[one_line(str(cell)) for cell in row] for row in rows]
    if not cells:
        print(f"{indent}(none)")
        return
    table = [[one_line(h) for h in headers], *cells]
    widths = [max(_display_width(row[i]) for row in table) for i in range(len(headers))]
    for row in table:
        padded = [cell + " " * (widths[i] - _display_width(cell)) for i, cell in enumerate(row)]
        print(indent + "  ".join(padded).rstrip())


def _print_fields(pairs: Iterable[tuple[str, Any]]) -> None:
    """Label/value lines, aligned; empty values are left out; multi-line values indented."""
    shown = [(name, str(value)) for name, value in pairs if value not in (None, "", ())]
    width = max((_display_width(name) for name, _ in shown), default=0)
    for name, value in shown:
        first, *rest = scrub(value, keep_newlines=True).split("\n")
        print(f"{name}{' ' * (width - _display_width(name))}  {first}")
        for line in rest:
            print(" " * (width + 2) + line)


def _section(title: str) -> None:
    print(f"\n{title}")


def _output(args: argparse.Namespace, data: Callable[[], Any], human: Callable[[], None]) -> None:
    if args.json:
        _print_json(data())
    else:
        human()


def _local(utc_text: str | None, tz: str, *, with_zone: bool = True) -> str:
    """A stored UTC instant as the clock in the hearing's zone showed it."""
    if not utc_text:
        return ""
    shown = timeutil.in_zone(utc_text, tz).strftime("%Y-%m-%d %H:%M")
    return f"{shown} {tz}" if with_zone else shown


def _utc(utc_text: str) -> str:
    return utc_text[:19].replace("T", " ") + " UTC"


def _listed(values: Iterable[str]) -> str:
    return "; ".join(values)


def _record_tz(record: Record) -> str:
    if isinstance(record, Hearing):
        return record.tz
    return record.revision.tz if record.revision else "UTC"


def _with_local(data: dict[str, Any], tz: str) -> dict[str, Any]:
    """Add ``local``: each stored UTC time of ``data`` as ISO-8601 in ``tz``."""
    local = {
        key: timeutil.in_zone(data[key], tz).isoformat()
        for key in TIME_FIELDS
        if isinstance(data.get(key), str) and data[key]
    }
    if local:
        data["local"] = {"tz": tz, **local}
    return data


def _revision_json(revision: Revision) -> dict[str, Any]:
    return {
        "rev_id": revision.rev_id,
        "number": revision.number,
        "author": revision.author,
        "created_utc": revision.created_utc,
        "tz": revision.tz,
        "deleted": revision.deleted,
        "reason": revision.reason,
    }


def _record_json(record: Record) -> dict[str, Any]:
    data: dict[str, Any] = {"id": record.id, "kind": record.KIND, **record.to_body()}
    if record.revision is not None:
        data["revision"] = _revision_json(record.revision)
    return _with_local(data, _record_tz(record))


def _revision_line(record: Record) -> str:
    rev = record.revision
    if rev is None:
        return ""
    return f"#{rev.number}, {_utc(rev.created_utc)}, by {rev.author[:8]}"


def _saved(record: Record) -> None:
    kind = KIND_WORDS.get(record.KIND, record.KIND)
    number = record.revision.number if record.revision else "?"
    print(f"Saved {kind} {record.id} (revision {number}).")


def _code_label(taxonomy: Taxonomy, code: str, lang: str) -> str:
    try:
        return f"{code} — {label(taxonomy.item(code).label, lang)}"
    except UnknownCode:
        return code


def _minutes(observation: Observation, now: datetime) -> str:
    if not observation.interval:
        return ""
    end = timeutil.from_utc_text(observation.end) if observation.end else now
    return f"{(end - timeutil.from_utc_text(observation.at)).total_seconds() / 60:.0f}"


def _hearing_table(hearings: Sequence[Hearing]) -> None:
    _print_table(
        ("ID", "START", "MODE", "TYPE", "STATUS", "VENUE/PLATFORM"),
        (
            (
                h.id,
                _local(h.scheduled_start, h.tz),
                h.mode,
                h.hearing_type,
                h.status,
                h.venue or h.platform,
            )
            for h in hearings
        ),
    )


def _note_table(observations: Sequence[Observation], tz: str) -> None:
    now = timeutil.utc_now()
    _print_table(
        ("ID", f"AT ({tz})", "END", "MIN", "CODE", "SEVERITY", "TEXT"),
        (
            (
                o.id,
                _local(o.at, tz, with_zone=False),
                "open" if o.is_open else _local(o.end, tz, with_zone=False),
                _minutes(o, now),
                o.code,
                o.severity or "",
                one_line(o.text, TEXT_CELL_CHARS),
            )
            for o in observations
        ),
    )


# ---- init, passwd, recover ------------------------------------------------------------


def cmd_init(args: argparse.Namespace, session: Session) -> int:
    folder = session.vault_dir
    if (folder / DB_FILENAME).exists():
        raise CliError(f"There is already a vault in {folder}. Nothing was changed.")
    passphrase = _new_passphrase(
        args.passphrase_file,
        f"use --passphrase-file FILE or set {PASSPHRASE_ENV}",
        from_env=True,
    )
    print("Creating the vault (deriving keys takes a moment)...", file=sys.stderr, flush=True)
    vault, recovery_code = Vault.create(folder, passphrase, args.name)
    vault.close()
    print(f"Created a vault in {one_line(str(folder))}.", file=sys.stderr)
    return _hand_over_recovery_code(recovery_code, "The vault was created and works.")


def cmd_passwd(args: argparse.Namespace, session: Session) -> None:
    vault = session.open_vault()
    current = _current_passphrase(args)
    vault.unlock(current)  # fail before asking for a new one
    new = _new_passphrase(args.new_passphrase_file, "use --new-passphrase-file FILE")
    vault.change_passphrase(current, new)
    print("The passphrase was changed.", file=sys.stderr)


def cmd_recover(args: argparse.Namespace, session: Session) -> int:
    vault = session.open_vault()
    if args.recovery_code_file is not None:
        code = _first_line(args.recovery_code_file, "recovery code")
    else:
        code = _prompt_secret("Recovery code: ", "recovery code", "use --recovery-code-file FILE")
    new = _new_passphrase(args.new_passphrase_file, "use --new-passphrase-file FILE")
    new_code = vault.recover(code, new)
    print("The new passphrase is set. The recovery code you used no longer works.", file=sys.stderr)
    return _hand_over_recovery_code(new_code, "The new passphrase is set and works.")


# ---- trials ---------------------------------------------------------------------------


def cmd_trial_add(args: argparse.Namespace, session: Session) -> None:
    values = _given(args, TRIAL_OPTIONS, "UTC")
    print(session.notebook().add_trial(values.pop("title"), **values).id)


def cmd_trial_edit(args: argparse.Namespace, session: Session) -> None:
    changes = _given(args, TRIAL_OPTIONS, "UTC")
    _require_changes(changes)
    _saved(session.notebook().update_trial(args.id, **changes))


def cmd_trial_list(args: argparse.Namespace, session: Session) -> None:
    trials = session.notebook().list_trials()
    _output(
        args,
        lambda: [_record_json(t) for t in trials],
        lambda: _print_table(
            ("ID", "TITLE", "CASE", "COUNTRY", "COURT", "DEFENDANTS"),
            (
                (
                    t.id,
                    one_line(t.title, TEXT_CELL_CHARS),
                    t.case_number,
                    t.country,
                    t.court,
                    one_line(_listed(t.defendants), TEXT_CELL_CHARS),
                )
                for t in trials
            ),
        ),
    )


def _delay_json(delay: TrialDelay, hearings: Sequence[Hearing]) -> dict[str, Any]:
    zones = {h.id: h.tz for h in hearings}
    data = dataclasses.asdict(delay)
    data["postponements"] = [
        _with_local(dataclasses.asdict(p), zones.get(p.hearing_id, "UTC"))
        for p in delay.postponements
    ]
    return data


def _print_delay(delay: TrialDelay, hearings: Sequence[Hearing]) -> None:
    zones = {h.id: h.tz for h in hearings}
    _section("Delay")
    _print_fields(
        [
            ("Hearings", delay.hearings),
            ("Held", delay.held),
            ("First scheduled", _local(delay.first_scheduled, hearings[0].tz) if hearings else ""),
            ("Last scheduled", _local(delay.last_scheduled, hearings[-1].tz) if hearings else ""),
            ("Days elapsed", delay.days_elapsed),
            ("Postponements", len(delay.postponements)),
        ]
    )
    if delay.postponements:
        _print_table(
            ("SCHEDULED", "REASON", "REQUESTED BY", "NEXT DATE", "HEARING"),
            (
                (
                    _local(p.scheduled_start, zones[p.hearing_id]),
                    one_line(p.reason, TEXT_CELL_CHARS),
                    p.requested_by,
                    _local(p.next_date, zones[p.hearing_id]),
                    p.hearing_id,
                )
                for p in delay.postponements
            ),
            indent="  ",
        )


def cmd_trial_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    trial = notebook.get_trial(args.id)
    hearings = notebook.list_hearings(trial.id)
    delay = notebook.trial_delay(trial.id)

    def human() -> None:
        _print_trial(trial)
        _section("Hearings")
        _hearing_table(hearings)
        _print_delay(delay, hearings)

    _output(
        args,
        lambda: {
            "trial": _record_json(trial),
            "hearings": [_record_json(h) for h in hearings],
            "delay": _delay_json(delay, hearings),
        },
        human,
    )


def _print_trial(trial: Trial) -> None:
    _print_fields(
        [
            ("ID", trial.id),
            ("Title", trial.title),
            ("Case number", trial.case_number),
            ("Court", trial.court),
            ("Country", trial.country),
            ("Defendants", _listed(trial.defendants)),
            ("Charges", _listed(trial.charges)),
            ("Notes", trial.notes),
            ("Revision", _revision_line(trial)),
        ]
    )


# ---- hearings -------------------------------------------------------------------------


def cmd_hearing_add(args: argparse.Namespace, session: Session) -> None:
    tz = args.tz or timeutil.local_zone_name()
    values = _given(args, HEARING_OPTIONS, tz)
    values.pop("tz", None)
    start, mode = values.pop("scheduled_start"), values.pop("mode")
    hearing = session.notebook().add_hearing(args.trial, start, mode, tz, **values)
    print(hearing.id)


def cmd_hearing_edit(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.id)
    changes = _given(args, HEARING_OPTIONS + HEARING_EDIT_OPTIONS, args.tz or hearing.tz)
    _require_changes(changes)
    _saved(notebook.update_hearing(hearing.id, **changes))


def cmd_hearing_postpone(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.id)
    next_date = timeutil.parse_instant(args.next, hearing.tz) if args.next else None
    _saved(
        notebook.postpone_hearing(
            hearing.id, args.reason, args.requested_by or "", next_date, args.status
        )
    )


def cmd_hearing_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearings = notebook.list_hearings(notebook.get_trial(args.trial).id)
    _output(args, lambda: [_record_json(h) for h in hearings], lambda: _hearing_table(hearings))


def cmd_hearing_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.id)
    totals = notebook.hearing_totals(hearing.id)
    h, tz = hearing, hearing.tz

    def human() -> None:
        _print_fields(
            [
                ("ID", h.id),
                ("Trial", h.trial_id),
                ("Scheduled", _local(h.scheduled_start, tz)),
                ("Scheduled end", _local(h.scheduled_end, tz)),
                ("Actual start", _local(h.actual_start, tz)),
                ("Actual end", _local(h.actual_end, tz)),
                ("Status", h.status),
                ("Type", h.hearing_type),
                ("Mode", h.mode),
                ("Platform", h.platform),
                ("Venue", h.venue),
                ("Judges", _listed(h.judges)),
                ("Prosecutor", h.prosecutor),
                ("Defence", _listed(h.defence_counsel)),
                ("Language", h.language),
                ("Interpreter", h.interpreter),
                ("Your attendance", h.attendance),
                ("Postponed because", h.postponement_reason),
                ("Requested by", h.postponement_requested_by),
                ("Next date", _local(h.next_date, tz)),
                ("Notes", h.notes),
                ("Revision", _revision_line(h)),
            ]
        )
        _section("Totals")
        _print_fields(
            [
                ("Observations", str(totals.observations)),
                ("Intervals", f"{totals.intervals} ({totals.open_intervals} still open)"),
                ("Minutes lost", f"{totals.minutes_lost:.1f}"),
                (
                    "Minutes the defendant could not follow",
                    f"{totals.minutes_defendant_could_not_follow:.1f}",
                ),
                (
                    "Minutes the court continued regardless",
                    f"{totals.minutes_continued_regardless:.1f}",
                ),
            ]
        )

    _output(
        args,
        lambda: {"hearing": _record_json(h), "totals": dataclasses.asdict(totals)},
        human,
    )


# ---- notes ----------------------------------------------------------------------------


def _note_parent(notebook: Notebook, args: argparse.Namespace) -> tuple[str, str]:
    """The id and time zone of what a note is about: a hearing, or a trial as a whole."""
    if args.hearing:
        hearing = notebook.get_hearing(args.hearing)
        return hearing.id, hearing.tz
    return notebook.get_trial(args.trial).id, timeutil.local_zone_name()


def _merge_fields(current: Mapping[str, Any], pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``--field KEY=VALUE`` pairs laid over ``current``; ``KEY=`` removes KEY."""
    merged = dict(current)
    for key, value in pairs:
        if value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def _note_values(
    args: argparse.Namespace, options: Iterable[Opt], tz: str, current_fields: Mapping[str, Any]
) -> dict[str, Any]:
    values = _given(args, options, tz)
    if "source_detail" in values:
        values["source"] = "reported" if values["source_detail"].strip() else "direct"
    if getattr(args, "fields", None):
        values["fields"] = _merge_fields(current_fields, args.fields)
    return values


def cmd_note_add(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    parent_id, tz = _note_parent(notebook, args)
    values = _note_values(args, NOTE_OPTIONS, tz, {})
    observation = notebook.add_observation(
        parent_id, values.pop("code"), values.pop("at", None), **values
    )
    print(observation.id)


def cmd_note_edit(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    current = notebook.get_observation(args.id)
    values = _note_values(args, NOTE_OPTIONS, _record_tz(current), current.fields)
    _require_changes(values)
    _saved(notebook.update_observation(current.id, **values))


def cmd_note_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    parent_id, tz = _note_parent(notebook, args)
    observations = notebook.list_observations(parent_id)
    _output(
        args,
        lambda: [_record_json(o) for o in observations],
        lambda: _note_table(observations, tz),
    )


def cmd_note_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    o = notebook.get_observation(args.id)
    attachments = notebook.list_attachments(o.id)
    tz = _record_tz(o)
    source = f"reported by {o.source_detail}" if o.source == "reported" else o.source

    def human() -> None:
        _print_fields(
            [
                ("ID", o.id),
                ("Trial", o.trial_id),
                ("Hearing", o.hearing_id),
                ("Code", _code_label(notebook.taxonomy, o.code, args.lang)),
                ("At", _local(o.at, tz)),
                ("End", "still open" if o.is_open else _local(o.end, tz)),
                ("Severity", o.severity),
                ("Parties", _listed(o.parties)),
                ("Court response", o.court_response),
                ("Source", source),
                ("Quotation", "yes" if o.quote else ""),
                *((f"Field {key}", _brief(value)) for key, value in sorted(o.fields.items())),
                ("Text", o.text),
                ("Revision", _revision_line(o)),
            ]
        )
        _section("Attachments")
        _print_table(
            ("ID", "FILE", "TYPE", "BYTES"),
            ((a.id, a.filename, a.media_type, a.size) for a in attachments),
        )

    _output(
        args,
        lambda: {
            "observation": _record_json(o),
            "attachments": [_record_json(a) for a in attachments],
        },
        human,
    )


def _brief(value: Any) -> str:
    if value is None or value in ("", [], (), {}):
        return EMPTY
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return _listed(str(v) for v in value)
    return str(value)


def _diff(old: Mapping[str, Any], new: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """What changed between two revision bodies: ``{key: (old, new)}``; nested mappings
    (an observation's fields) are compared key by key as ``fields.KEY``."""
    changes: dict[str, Any] = {}
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if isinstance(before, Mapping) and isinstance(after, Mapping):
            changes.update(_diff(before, after, f"{prefix}{key}."))
        else:
            changes[f"{prefix}{key}"] = (before, after)
    return changes


def cmd_note_history(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    revisions = notebook.history(args.id)
    me = notebook.vault.observer_id
    entries = [
        (rev, _diff(previous.body, rev.body) if previous is not None else {})
        for previous, rev in zip([None, *revisions[:-1]], revisions, strict=True)
    ]

    def human() -> None:
        for rev, changes in entries:
            author = rev.author[:8] + (" (you)" if rev.author == me else "")
            print(
                f"#{rev.number}  {_utc(rev.created_utc)}  {_local(rev.created_utc, rev.tz)}"
                f"  by {author}"
            )
            if rev.deleted:
                print(f"    DELETED — reason: {one_line(rev.reason)}")
            elif rev.number == 1:
                print(f"    created ({KIND_WORDS.get(rev.kind, rev.kind)})")
            for key, (before, after) in changes.items():
                print(
                    f"    {one_line(key)}: {one_line(_brief(before), TEXT_CELL_CHARS)}"
                    f" → {one_line(_brief(after), TEXT_CELL_CHARS)}"
                )
            if not changes and not rev.deleted and rev.number > 1:
                print("    (no change to the content)")

    _output(
        args,
        lambda: [
            {
                **_revision_json(rev),
                "base": rev.base,
                "prev_hash": rev.prev_hash,
                "hash": rev.hash,
                "local": timeutil.in_zone(rev.created_utc, rev.tz).isoformat(),
                "changes": {k: {"old": b, "new": a} for k, (b, a) in changes.items()},
                "body": dict(rev.body),
            }
            for rev, changes in entries
        ],
        human,
    )


def cmd_note_attach(args: argparse.Namespace, session: Session) -> None:
    path: Path = args.file
    try:
        too_big = path.stat().st_size > MAX_ATTACHMENT_BYTES
    except OSError as exc:
        raise CliError(f"Cannot read the file {path}: {exc.strerror or exc}.") from exc
    if too_big:
        raise CliError(f"The file is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB.")
    notebook = session.notebook()
    attachment = notebook.add_attachment(args.id, path.name, _read_file(path, "file"))
    print(attachment.id)


def _write_private_file(target: Path, data: bytes, *, overwrite: bool) -> None:
    """Write ``data`` to ``target`` readable by the owner only: a temporary file in the same
    folder (0600), fsync'd, then renamed into place."""
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name.")
    if os.path.lexists(target) and not overwrite:
        raise CliError(f"{target} already exists; use --force to replace it.")
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=".trial-monitor-", suffix=".part")
    except OSError as exc:
        raise CliError(f"Cannot write in {folder}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise CliError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def cmd_note_attachment(args: argparse.Namespace, session: Session) -> None:
    attachment, data = session.notebook().read_attachment(args.id)
    _write_private_file(args.out, data, overwrite=args.force)
    print(
        f"Wrote {one_line(attachment.filename)} ({len(data)} bytes) to {one_line(str(args.out))}.",
        file=sys.stderr,
    )


# ---- deleting (any kind) --------------------------------------------------------------

_GETTERS: dict[str, Callable[[Notebook, str], Record]] = {
    "trial": Notebook.get_trial,
    "hearing": Notebook.get_hearing,
    "note": Notebook.get_observation,
}


def _delete_handler(kind: str) -> Handler:
    def delete(args: argparse.Namespace, session: Session) -> None:
        notebook = session.notebook()
        record = _GETTERS[kind](notebook, args.id)
        notebook.delete(record.id, args.reason)
        print(f"Deleted {kind} {record.id}. Its history is kept.")

    return delete


# ---- outages --------------------------------------------------------------------------


def cmd_outage_start(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.hearing)
    values = _given(args, _pick(NOTE_OPTIONS, "--at", "--party", "--text"), hearing.tz)
    observation = notebook.start_interval(hearing.id, args.code, values.pop("at", None), **values)
    print(observation.id)


def cmd_outage_stop(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    current = notebook.get_observation(args.id)
    at = timeutil.parse_instant(args.at, _record_tz(current)) if args.at else None
    stopped = notebook.stop_interval(current.id, at, args.court_response)
    _saved(stopped)
    print(f"It lasted {_minutes(stopped, timeutil.utc_now())} minutes.", file=sys.stderr)


def cmd_outage_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.hearing)
    open_ones = notebook.open_intervals(hearing.id)
    _output(
        args,
        lambda: [_record_json(o) for o in open_ones],
        lambda: _note_table(open_ones, hearing.tz),
    )


# ---- checklist ------------------------------------------------------------------------


def cmd_checklist_set(args: argparse.Namespace, session: Session) -> None:
    answer = session.notebook().set_checklist_answer(
        args.hearing, args.question, args.answer, args.comment or ""
    )
    print(answer.id)


def cmd_checklist_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.hearing)
    answers = {a.question: a for a in notebook.checklist(hearing.id)}
    rows: list[dict[str, Any]] = [
        {
            "id": q.id,
            "category": q.category,
            "question": label(q.question, args.lang),
            "answer": answers[q.id].answer if q.id in answers else None,
            "comment": answers[q.id].comment if q.id in answers else "",
            "record_id": answers[q.id].id if q.id in answers else None,
        }
        for q in notebook.taxonomy.checklist
    ]
    _output(
        args,
        lambda: {"hearing_id": hearing.id, "questions": rows},
        lambda: _print_table(
            ("QUESTION", "ANSWER", "TEXT", "COMMENT"),
            (
                (
                    r["id"],
                    r["answer"] or EMPTY,
                    one_line(r["question"], 70),
                    one_line(r["comment"], TEXT_CELL_CHARS),
                )
                for r in rows
            ),
        ),
    )


# ---- taxonomy, verify -----------------------------------------------------------------


def cmd_taxonomy_list(args: argparse.Namespace, session: Session) -> None:
    taxonomy = load_taxonomy()
    lang = args.lang

    def data() -> Any:
        return [
            {
                "code": category.code,
                "label": label(category.label, lang),
                "items": [
                    {
                        "code": item.code,
                        "label": label(item.label, lang),
                        "timing": item.timing,
                        "participation_loss": item.participation_loss,
                        "fields": [
                            {
                                "key": f.key,
                                "type": f.type,
                                "label": label(f.label, lang),
                                "required": f.required,
                                "choices": [c.code for c in f.choices],
                            }
                            for f in item.fields
                        ],
                    }
                    for item in category.items
                ],
            }
            for category in taxonomy.categories
        ]

    def human() -> None:
        for number, category in enumerate(taxonomy.categories):
            if number:
                print()
            print(f"{category.code} — {one_line(label(category.label, lang))}")
            _print_table(
                ("CODE", "LABEL", "TIMING"),
                ((i.code, label(i.label, lang), i.timing) for i in category.items),
                indent="  ",
            )

    _output(args, data, human)


def cmd_verify(args: argparse.Namespace, session: Session) -> int:
    notebook = session.notebook()
    problems = notebook.verify()
    revisions = notebook.store.count()
    if args.json:
        _print_json(
            {
                "ok": not problems,
                "revisions": revisions,
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
        print(f"OK: {revisions} revisions, every author's hash chain is intact.")
    return 0


# ---- the parser -----------------------------------------------------------------------


class _Parsers:
    """Builds leaf commands from shared parent parsers, so every command that opens the
    vault takes --vault/--passphrase-file after its name too, and every list/show --json."""

    def __init__(self) -> None:
        self.vault = argparse.ArgumentParser(add_help=False)
        # SUPPRESS: given after the command it overrides the global option; absent, it
        # leaves the global value alone.
        self.vault.add_argument(
            "--vault",
            type=Path,
            metavar="DIR",
            default=argparse.SUPPRESS,
            help="the vault folder (default: $TRIAL_MONITOR_VAULT or the app's data folder)",
        )
        self.vault.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="FILE",
            default=argparse.SUPPRESS,
            help=f"read the passphrase from the first line of FILE (or set {PASSPHRASE_ENV})",
        )
        self.output = argparse.ArgumentParser(add_help=False)
        self.output.add_argument("--json", action="store_true", help="print JSON")
        self.lang = argparse.ArgumentParser(add_help=False)
        self.lang.add_argument(
            "--lang", choices=LANGUAGES, default="en", help="language of labels (default en)"
        )

    def leaf(
        self,
        group: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        handler: Handler,
        help_text: str,
        *,
        vault: bool = True,
        output: bool = False,
        lang: bool = False,
    ) -> argparse.ArgumentParser:
        parents = [
            p
            for p, wanted in ((self.vault, vault), (self.output, output), (self.lang, lang))
            if wanted
        ]
        parser = group.add_parser(name, help=help_text, description=help_text, parents=parents)
        parser.set_defaults(handler=handler, command_name=parser.prog.removeprefix(PROG + " "))
        if not output:
            parser.set_defaults(json=False)
        return parser

    def group(
        self,
        commands: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        help_text: str,
    ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")


def _with_id(parser: argparse.ArgumentParser, what: str) -> argparse.ArgumentParser:
    parser.add_argument("id", metavar="ID", help=f"the {what}'s id")
    return parser


def _with_reason(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--reason", required=True, help="why; kept in the history")
    return parser


def _with_hearing(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--hearing", required=True, metavar="ID", help="the hearing's id")
    return parser


def _with_parent(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parent = parser.add_mutually_exclusive_group(required=True)
    parent.add_argument("--hearing", metavar="ID", help="a note on this hearing")
    parent.add_argument("--trial", metavar="ID", help="a note on this trial as a whole")
    return parser


def _with_fields(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "--field",
        dest="fields",
        action="append",
        type=_key_value,
        metavar="KEY=VALUE",
        help=help_text,
    )


def _delete_leaf(b: _Parsers, group: Any, kind: str) -> None:
    help_text = f"delete a {kind}; its history is kept"
    _with_reason(_with_id(b.leaf(group, "delete", _delete_handler(kind), help_text), kind))


def _trial_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "trial", "trials you observe")
    _add_options(
        b.leaf(group, "add", cmd_trial_add, "add a trial; prints its id"),
        TRIAL_OPTIONS,
        required=["--title"],
    )
    b.leaf(group, "list", cmd_trial_list, "list trials", output=True)
    _with_id(
        b.leaf(group, "show", cmd_trial_show, "a trial, its hearings and its delay", output=True),
        "trial",
    )
    _add_options(
        _with_id(b.leaf(group, "edit", cmd_trial_edit, "change a trial's details"), "trial"),
        TRIAL_OPTIONS,
    )
    _delete_leaf(b, group, "trial")


def _hearing_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "hearing", "hearings of a trial")
    add = b.leaf(group, "add", cmd_hearing_add, "add a hearing; prints its id")
    add.add_argument("--trial", required=True, metavar="ID", help="the trial's id")
    _add_options(add, HEARING_OPTIONS, required=["--start", "--mode"])
    b.leaf(group, "list", cmd_hearing_list, "hearings of a trial", output=True).add_argument(
        "--trial", required=True, metavar="ID", help="the trial's id"
    )
    _with_id(
        b.leaf(group, "show", cmd_hearing_show, "a hearing and its totals", output=True), "hearing"
    )
    _add_options(
        _with_id(b.leaf(group, "edit", cmd_hearing_edit, "change a hearing"), "hearing"),
        HEARING_OPTIONS + HEARING_EDIT_OPTIONS,
    )
    postpone = _with_reason(
        _with_id(
            b.leaf(group, "postpone", cmd_hearing_postpone, "record that it did not go ahead"),
            "hearing",
        )
    )
    postpone.add_argument("--requested-by", metavar="WHO", help="who asked for it")
    postpone.add_argument("--next", metavar="ISO", help="the announced next date (ISO-8601)")
    postpone.add_argument(
        "--status", choices=("postponed", "adjourned", "cancelled"), default="postponed"
    )
    _delete_leaf(b, group, "hearing")


def _note_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "note", "observations (notes) on a hearing or a trial")
    add = _with_parent(b.leaf(group, "add", cmd_note_add, "add a note; prints its id"))
    _add_options(add, NOTE_OPTIONS, required=["--code"])
    _with_fields(add, "a field of the code (repeat; see taxonomy list --json)")
    _with_parent(b.leaf(group, "list", cmd_note_list, "notes in time order", output=True))
    _with_id(
        b.leaf(group, "show", cmd_note_show, "a note and its attachments", output=True, lang=True),
        "note",
    )
    edit = _with_id(b.leaf(group, "edit", cmd_note_edit, "change a note"), "note")
    _add_options(edit, NOTE_OPTIONS)
    _with_fields(edit, "set a field (repeat); KEY= removes it; other fields are kept")
    _delete_leaf(b, group, "note")
    _with_id(
        b.leaf(group, "history", cmd_note_history, "every revision of a record", output=True),
        "record",
    )
    attach = _with_id(
        b.leaf(group, "attach", cmd_note_attach, "attach a file; prints its id"), "note"
    )
    attach.add_argument("file", metavar="FILE", type=Path, help="the file to store, encrypted")
    extract = _with_id(
        b.leaf(group, "attachment", cmd_note_attachment, "write out an attached file"),
        "attachment",
    )
    extract.add_argument("--out", required=True, type=Path, metavar="FILE", help="where to write")
    extract.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _outage_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "outage", "intervals while someone could not follow or take part")
    start = _with_hearing(b.leaf(group, "start", cmd_outage_start, "it began; prints its id"))
    start.add_argument(
        "--code", default=DEFAULT_OUTAGE_CODE, help="taxonomy code (default %(default)s)"
    )
    _add_options(start, _pick(NOTE_OPTIONS, "--at", "--party", "--text"))
    stop = _with_id(b.leaf(group, "stop", cmd_outage_stop, "it ended"), "outage")
    stop.add_argument("--at", metavar="ISO", help="when it ended (default now)")
    stop.add_argument("--court-response", metavar="R", help="what the court did meanwhile")
    _with_hearing(b.leaf(group, "list", cmd_outage_list, "intervals still open", output=True))


def _checklist_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "checklist", "the fair-trial checklist of a hearing")
    answer = _with_hearing(b.leaf(group, "set", cmd_checklist_set, "answer one question"))
    answer.add_argument("--question", required=True, metavar="QID", help="question id")
    answer.add_argument("--answer", required=True, choices=CHECKLIST_ANSWERS)
    answer.add_argument("--comment", help="what you saw")
    _with_hearing(
        b.leaf(
            group,
            "show",
            cmd_checklist_show,
            "every question and its answer",
            output=True,
            lang=True,
        )
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Encrypted, offline notes for trial observers."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--vault",
        type=Path,
        metavar="DIR",
        default=None,
        help="the vault folder (default: $TRIAL_MONITOR_VAULT or the app's data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        default=None,
        help=f"read the passphrase from the first line of FILE (or set {PASSPHRASE_ENV})",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = _Parsers()
    init = b.leaf(commands, "init", cmd_init, "create a vault and show its recovery code")
    init.add_argument("--name", required=True, help="your display name or pseudonym")
    passwd = b.leaf(commands, "passwd", cmd_passwd, "change the passphrase")
    passwd.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    recover = b.leaf(
        commands, "recover", cmd_recover, "set a new passphrase with the recovery code"
    )
    recover.add_argument("--recovery-code-file", type=Path, metavar="FILE")
    recover.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    _trial_commands(b, commands)
    _hearing_commands(b, commands)
    _note_commands(b, commands)
    _outage_commands(b, commands)
    _checklist_commands(b, commands)
    taxonomy = b.group(commands, "taxonomy", "the codes notes are classified with")
    b.leaf(
        taxonomy,
        "list",
        cmd_taxonomy_list,
        "codes and labels by category",
        vault=False,
        output=True,
        lang=True,
    )
    b.leaf(commands, "verify", cmd_verify, "check every author's hash chain", output=True)
    return parser


# ---- main -----------------------------------------------------------------------------


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
    previous_umask = os.umask(0o077)
    try:
        _relax_output_streams()
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return _exit_status(exc.code)
        log_file = _start_logging()
        log.info("%s: started", args.command_name)
        return _run(args, log_file)
    finally:
        os.umask(previous_umask)
