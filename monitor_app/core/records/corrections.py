"""Correcting the values of one's own records that break the rules (`value_checks`).

An older version saved values these rules refuse (a hearing on 0001-01-01, a date that
does not exist). Such a record is shown as unreadable, cannot be opened in its editor, and
cannot be sent: a coordinator refuses a bundle whose records' current values break the
rules (`sync.revision_checks.superseded`). Its author corrects it here, one field at a
time, in the form the vault keeps the value in; the correction is a new revision like any
other edit, so the old values stay in the record's history and are never shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.readable import Unreadable, values_problem
from monitor_app.core.records.records import DATE_FIELDS, RECORD_TYPES, TIME_FIELDS
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.value_checks import check_revision_values


class FieldForm:
    """How a field's value is written when it is corrected."""

    INSTANT = "instant"  # a UTC time: 2026-11-24T10:30:00Z
    DATE = "date"  # a day: 2026-11-24
    ZONE = "zone"  # an IANA zone name: Asia/Almaty
    NUMBER = "number"  # a whole number
    TEXT = "text"  # free text; a list is one entry per line
    CLEAR_ONLY = "clear"  # structured values: only cleared, never typed


@dataclass(frozen=True)
class Correction:
    """A record that needs correcting, the field to correct first, and how it is written."""

    record: Unreadable
    field: str
    form: str
    value: str  # the stored value as text, to correct from
    required: bool  # the record cannot be kept without it


def next_correction(store: RevisionStore, record_id: str) -> Correction | None:
    """What to correct next in ``record_id``, or None when its values keep the rules."""
    head = store.head(record_id)
    problem = values_problem(head)
    if problem is None:
        return None
    field = str(problem.params.get("field", "tz" if problem.code == "time-zone-unknown" else ""))
    if field not in _field_types(head.kind) and field != "tz":
        # A rule that names no one field (an end before its start): its end is corrected.
        field = _span_end(problem.code) or field
    value = head.tz if field == "tz" else head.body.get(field)
    unreadable = Unreadable(head.record_id, head.kind, head.author, head.parent_id, problem)
    return Correction(
        unreadable,
        field,
        _form(head.kind, field),
        "" if value is None else "\n".join(value) if isinstance(value, list) else str(value),
        required=field in ("tz", "scheduled_start", "at"),
    )


def correct_value(store: RevisionStore, record_id: str, field: str, text: str) -> Revision:
    """Save ``record_id`` with ``field`` set to ``text`` (in its form; empty clears an
    optional field), if the record's values then keep the rule that field broke. Other
    fields may still break theirs: see `next_correction`."""
    head = store.head(record_id)
    if head.deleted:
        raise RecordNotFound("already-deleted", id=record_id)
    form = _form(head.kind, field)
    body: dict[str, Any] = dict(head.body)
    tz = head.tz
    if field == "tz":
        tz = text.strip()
        if "tz" in body:
            body["tz"] = tz
    else:
        body[field] = _parsed(head.kind, field, form, text)
    problem = _problem(head.kind, body, tz)
    if problem is not None and problem.params.get("field") == field:
        raise problem
    return store.append(head.kind, record_id, head.parent_id, body, tz)


def _problem(kind: str, body: Mapping[str, Any], tz: str) -> ValidationError | None:
    try:
        check_revision_values(kind, body, tz)
    except ValidationError as problem:
        return problem
    return None


def _parsed(kind: str, field: str, form: str, text: str) -> object:
    default = next(f.default for f in dataclasses.fields(RECORD_TYPES[kind]) if f.name == field)
    text = text.strip() if form != FieldForm.TEXT else text
    if form == FieldForm.CLEAR_ONLY or not text.strip():
        if default is dataclasses.MISSING:
            return {}
        return list(default) if isinstance(default, tuple) else default
    if form == FieldForm.NUMBER:
        try:
            return int(text)
        except ValueError:
            raise ValidationError("number-malformed", field=field) from None
    if _field_types(kind)[field] == "tuple[str, ...]":
        return [line.strip() for line in text.splitlines() if line.strip()]
    return text


def _form(kind: str, field: str) -> str:
    if field == "tz":
        return FieldForm.ZONE
    if field in TIME_FIELDS:
        return FieldForm.INSTANT
    if field in DATE_FIELDS:
        return FieldForm.DATE
    annotation = _field_types(kind).get(field)
    if annotation == "int":
        return FieldForm.NUMBER
    if annotation == "dict[str, Any]":
        return FieldForm.CLEAR_ONLY
    return FieldForm.TEXT


def _field_types(kind: str) -> dict[str, str]:
    return {
        f.name: str(f.type)
        for f in dataclasses.fields(RECORD_TYPES[kind])
        if f.name not in ("id", "revision")
    }


_SPAN_ENDS = {
    "scheduled-end-before-start": "scheduled_end",
    "actual-end-before-start": "actual_end",
    "interval-end-before-start": "end",
    "term-end-before-start": "end_date",
}


def _span_end(code: str) -> str | None:
    return _SPAN_ENDS.get(code)
