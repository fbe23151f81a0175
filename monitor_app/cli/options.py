"""Option specs (data) for the commands that set record fields, and the argparse helpers
that turn them into options and back into field values."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from monitor_app.cli.common import CliError
from monitor_app.core.records import timeutil
from monitor_app.core.records.records import (
    Attendance,
    HearingMode,
    HearingStatus,
    HearingType,
)
from monitor_app.core.textsafe import one_line


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
    parse: Callable[[str], Any] | None = None  # reads the typed text (argparse's type=)


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
    Opt("--mode", "mode", "how the hearing is held", choices=tuple(HearingMode)),
    Opt("--tz", "tz", "the hearing's time zone (IANA name, default: this computer's)"),
    Opt("--end", "scheduled_end", "scheduled end (ISO-8601)", instant=True, empty_is_none=True),
    Opt("--platform", "platform", "video platform of a remote hearing"),
    Opt("--venue", "venue", "court building and courtroom"),
    Opt("--judge", "judges", "a judge (repeat for several)", many=True),
    Opt("--prosecutor", "prosecutor", "the prosecutor"),
    Opt("--defence", "defence_counsel", "a defence lawyer (repeat)", many=True),
    Opt("--type", "hearing_type", "kind of hearing", choices=tuple(HearingType)),
    Opt("--language", "language", "language of the proceedings"),
    Opt("--interpreter", "interpreter", "interpretation provided"),
    Opt("--attendance", "attendance", "how you attended", choices=tuple(Attendance)),
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
    Opt("--status", "status", "the hearing's status", choices=tuple(HearingStatus)),
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


# The options `outage start` takes from NOTE_OPTIONS (its --code has its own default).
OUTAGE_START_OPTIONS = _pick(NOTE_OPTIONS, "--at", "--party", "--text")


def add_options(
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
            if opt.parse is not None:
                kwargs["type"] = opt.parse
            if opt.many:
                kwargs["action"] = "append"
        parser.add_argument(opt.flag, **kwargs)


def given(args: argparse.Namespace, options: Iterable[Opt], tz: str) -> dict[str, Any]:
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


def require_changes(changes: Mapping[str, Any]) -> None:
    if not changes:
        raise CliError("Nothing to change: give at least one option (see --help).")


def key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {one_line(text)!r}")
    return key.strip(), value
