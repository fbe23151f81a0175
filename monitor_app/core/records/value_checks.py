"""The one set of rules for the values a record may hold, for entry and import alike.

What an observer's app saves passes these rules (the notebook checks every body before it
is sealed), and a coordinator's import checks every revision of a bundle against the same
rules, so what one accepts the other accepts: a note is never lost between them. Readers
check stored records against them too (`readable`), so a record written by an older
version, or by hand, is shown as unreadable instead of taking a whole screen down.

The rules: instants are real UTC times between `FIRST_YEAR` and `LAST_YEAR` (so every
zone can show them: no offset moves them out of what a date can hold); dates are real
calendar days ("2026-11-24") in the same years; zones are names
of the IANA database this computer knows; numbers are whole and bounded; text is bounded
and holds no NUL and no half character; the structured fields of an observation hold only
text, whole numbers, yes/no, and short lists and mappings of those. Each refusal is a
`ValidationError` naming the field.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.records import DATE_FIELDS, RECORD_TYPES, TIME_FIELDS
from monitor_app.core.records.timeutil import zone

FIRST_YEAR = 1900
LAST_YEAR = 2199
EARLIEST = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
LATEST = datetime(LAST_YEAR, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
# How an instant is kept: UTC, ASCII digits, seconds, an optional fraction, and "Z".
UTC_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z")
MAX_TEXT_CHARS = 100_000
MAX_LIST_ITEMS = 1_000  # names in a list (defendants, judges), parties, field values
MAX_NUMBER = 2**53  # whole numbers in fields: what every JSON reader holds exactly
MAX_SIZE = 2**40  # an attachment's stated size in bytes, far above any real one
# Whole-number body fields other than a size: a term's parts, days of detention. A term of
# more than a century is no term; the bounds keep date arithmetic within what a date holds.
NUMBER_BOUNDS: Mapping[str, int] = {
    "years": 100,
    "months": 1_200,
    "days": 36_600,
    "detention_days": 36_600,
}
CALENDAR_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
SHOWN_CHARS = 40  # of a refused value, in a message
MAX_FIELD_DEPTH = 3  # a field's value, a list or mapping in it, and the values in those
# NUL (which ends a string in C, and so in many a tool that shows one) and lone surrogates
# (half a character: no UTF-8 can hold one). Other control characters are kept as written
# (a pasted form feed, an escape), and scrubbed wherever text is shown.
_REFUSED_CHARACTERS = re.compile("[\x00\ud800-\udfff]")

# Instants a record cannot be shown without.
_REQUIRED_INSTANTS: Mapping[str, tuple[str, ...]] = {
    "hearing": ("scheduled_start",),
    "observation": ("at",),
    "issued-report": ("issued_utc",),
}
_ABSENT = object()
_TIMES = frozenset(TIME_FIELDS)
_DATES = frozenset(DATE_FIELDS)


class _Span(NamedTuple):
    start: str
    end: str
    error_code: str  # the refusal when the end comes first


# Compared as instants: as text, a fraction of a second would sort after the "Z" of a
# whole one.
_SPANS: Mapping[str, tuple[_Span, ...]] = {
    "hearing": (
        _Span("scheduled_start", "scheduled_end", error_code="scheduled-end-before-start"),
        _Span("actual_start", "actual_end", error_code="actual-end-before-start"),
    ),
    "observation": (_Span("at", "end", error_code="interval-end-before-start"),),
    "sentence": (_Span("start_date", "end_date", error_code="term-end-before-start"),),
}

# The exact JSON types each body field's annotation (as written in `records`) accepts. A
# bool is never a number here, though isinstance would take True for an int; a str may also
# be one of our StrEnum members (entry hands those in), which JSON writes as text.
_JSON_TYPES: Mapping[str, frozenset[type]] = {
    "str": frozenset({str}),
    "str | None": frozenset({str, type(None)}),
    "bool": frozenset({bool}),
    "int": frozenset({int}),
    "tuple[str, ...]": frozenset({list}),
    "dict[str, Any]": frozenset({dict}),
}
_BODY_FIELDS: Mapping[str, tuple[tuple[str, frozenset[type]], ...]] = {
    kind: tuple(
        (f.name, _JSON_TYPES[str(f.type)])
        for f in dataclasses.fields(cls)
        if f.name not in ("id", "revision")
    )
    for kind, cls in RECORD_TYPES.items()
}


def check_body(kind: str, body: Mapping[str, Any]) -> None:
    """Refuse a body that cannot be a record of ``kind``: a known field of the wrong type or
    with a value outside the rules, a required time missing, or an end before its start.

    Fields this version does not know are kept but never read, so a newer app's
    additions pass through. (Every revision a coordinator shows passes through here: the
    common case, text without a control character, is checked in one search.)"""
    fields = _BODY_FIELDS.get(kind)
    if fields is None:
        raise ValidationError("record-kind-unknown", kind=kind)
    for name in _REQUIRED_INSTANTS.get(kind, ()):
        if not body.get(name):
            raise ValidationError("time-missing", kind=kind, field=name)
    times: dict[str, datetime | date] = {}
    texts: list[str] = []
    for name, types in fields:
        value = body.get(name, _ABSENT)
        if value is not _ABSENT:
            _check_value(kind, name, types, value, times=times, texts=texts)
    if _REFUSED_CHARACTERS.search("".join(texts)):
        for name, _ in fields:  # which one: only on this rare path
            if isinstance(body.get(name), str) and name not in _TIMES:
                check_text(name, body[name])
    for start, end, error_code in _SPANS.get(kind, ()):
        if start in times and end in times and times[end] < times[start]:
            raise ValidationError(error_code)


def _check_value(
    kind: str,
    name: str,
    types: frozenset[type],
    value: object,
    *,
    times: dict[str, datetime | date],
    texts: list[str],
) -> None:
    """One field's value: its type, and its value by the rules; an instant parsed into
    ``times``, free text put in ``texts`` for the body's one search for refused characters."""
    if type(value) not in types and not (str in types and isinstance(value, str)):
        raise ValidationError("record-field-type", kind=kind, field=name)
    if isinstance(value, str):
        if name in _TIMES:
            times[name] = instant(name, value)
        elif name in _DATES:
            times[name] = calendar_date(name, value)
        elif name == "tz":
            zone(value)
        elif len(value) > MAX_TEXT_CHARS:
            raise ValidationError("text-too-long", field=name, max_chars=MAX_TEXT_CHARS)
        else:
            texts.append(value)
    elif type(value) is list:
        check_text_list(kind, name, value)
    elif type(value) is int:
        check_number(name, value, 0, NUMBER_BOUNDS.get(name, MAX_SIZE))
    elif type(value) is dict:
        check_field_values(name, value)


def instant(field: str, text: str) -> datetime:
    """The instant a stored time names; refused unless it is written as one (in UTC) and is
    a real date and time within the years the rules allow."""
    if not UTC_INSTANT.fullmatch(text):
        raise ValidationError("time-malformed", field=field, value=_shown(text))
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError("time-not-real", field=field, value=text) from None
    return within_range(field, parsed)


def calendar_date(field: str, text: str) -> date:
    """The day a stored date names; refused unless written as one ("2026-11-24") and a
    real day within the years the rules allow."""
    if not CALENDAR_DATE.fullmatch(text):
        raise ValidationError("date-malformed", field=field, value=_shown(text))
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError("date-not-real", field=field, value=text) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError("date-out-of-range", field=field, first=FIRST_YEAR, last=LAST_YEAR)
    return day


def date_text(field: str, day: date) -> str:
    """A date given at entry, as the vault keeps it; refused outside the allowed years."""
    text = day.isoformat()
    calendar_date(field, text)
    return text


def within_range(field: str, moment: datetime) -> datetime:
    """``moment`` (aware) if it lies within the years the rules allow."""
    if moment.tzinfo is None:
        raise ValidationError("time-without-zone")
    try:
        in_utc = moment.astimezone(UTC)
    except OverflowError:  # year 1 east of Greenwich, or 9999 west of it
        in_utc = None
    if in_utc is None or not EARLIEST <= in_utc <= LATEST:
        raise ValidationError("time-out-of-range", field=field, first=FIRST_YEAR, last=LAST_YEAR)
    return in_utc


def instant_text(field: str, moment: datetime) -> str:
    """An instant given at entry, as the vault keeps it; refused outside the allowed years."""
    return within_range(field, moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_text(field: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError("text-too-long", field=field, max_chars=MAX_TEXT_CHARS)
    if _REFUSED_CHARACTERS.search(text):
        raise ValidationError("text-characters-refused", field=field)


def check_text_list(kind: str, field: str, values: list[Any]) -> None:
    if len(values) > MAX_LIST_ITEMS:
        raise ValidationError("list-too-long", field=field, max_items=MAX_LIST_ITEMS)
    for value in values:
        if not isinstance(value, str):
            raise ValidationError("record-field-type", kind=kind, field=field)
        check_text(field, value)


def check_number(field: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ValidationError("number-out-of-range", field=field, low=low, high=high)


def check_field_values(field: str, value: object, depth: int = 0) -> None:
    """An observation's structured fields (or one value in them): text, whole numbers,
    yes/no, nothing, and lists and mappings of those, not nested deeper than the rules
    allow. Floats are refused: no field type stores one (and NaN is no JSON)."""
    if value is None or type(value) is bool:
        return
    if isinstance(value, str):
        check_text(field, value)
        return
    if type(value) is int:
        check_number(field, value, -MAX_NUMBER, MAX_NUMBER)
        return
    if depth < MAX_FIELD_DEPTH and isinstance(value, list | dict):
        if len(value) > MAX_LIST_ITEMS:
            raise ValidationError("list-too-long", field=field, max_items=MAX_LIST_ITEMS)
        for key, item in value.items() if isinstance(value, dict) else enumerate(value):
            if not isinstance(key, str | int):
                raise ValidationError("field-value-unsupported", field=field)
            if isinstance(key, str):
                check_text(field, key)
            check_field_values(field, item, depth + 1)
        return
    raise ValidationError("field-value-unsupported", field=field)


def check_revision_values(kind: str, body: Mapping[str, Any], tz: str) -> None:
    """A record's body and the zone its revision was made in (see `check_body`)."""
    zone(tz)
    check_body(kind, body)


def _shown(text: str) -> str:
    """A refused value for a message: short, one line (it may come from a bundle)."""
    short = text[:SHOWN_CHARS]
    return _REFUSED_CHARACTERS.sub("?", short) + ("..." if len(text) > SHOWN_CHARS else "")
