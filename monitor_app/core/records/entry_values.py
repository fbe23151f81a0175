"""What every record's entry does with the values a user typed, whichever the record:
text trimmed and bounded, empty list items dropped, a code checked against its vocabulary.
The notebook and the after-the-verdict records (`aftermath`) both enter values this way."""

from __future__ import annotations

from collections.abc import Iterable

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.value_checks import MAX_TEXT_CHARS


def one_of(value: str, allowed: Iterable[str], *, error_code: str) -> str:
    """``value`` if it is one of ``allowed``; else refused with ``error_code`` (per field)."""
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(error_code, allowed=", ".join(allowed), got=value)
    return value


def clean_text(value: str, field: str) -> str:
    # ``field`` is the record's field name, as the CLI's options and the JSON export say it.
    if len(value) > MAX_TEXT_CHARS:
        raise ValidationError("text-too-long", field=field, max_chars=MAX_TEXT_CHARS)
    return value.strip()


def clean_list(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(v.strip() for v in values if v and v.strip())
