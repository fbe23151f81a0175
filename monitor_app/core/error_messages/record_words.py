"""The English words of the records' errors: entry, the taxonomy, and the rules for
times, numbers and text.

One template per error code (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Mapping

from monitor_app.core.error_messages.marking import QT_TRANSLATE_NOOP

TEMPLATES: Mapping[str, str] = {
    # ---- records ----------------------------------------------------------------
    "revision-version-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors", "A revision has an unknown format version."
    ),
    "revision-malformed": QT_TRANSLATE_NOOP("CoreErrors", "A revision is malformed."),
    "time-zone-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Unknown time zone '{name}'. Use a name such as Europe/Moscow or Asia/Almaty.",
    ),
    "not-a-date-time": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "'{text}' is not a date and time. Use ISO-8601, e.g. 2026-11-24T10:30 or "
        "2026-11-24T10:30+03:00.",
    ),
    "time-without-zone": QT_TRANSLATE_NOOP(
        "CoreErrors", "A time without a time zone cannot be stored."
    ),
    "record-kind-unknown": QT_TRANSLATE_NOOP("CoreErrors", "Unknown record kind '{kind}'."),
    "no-such-record": QT_TRANSLATE_NOOP("CoreErrors", "No record with id {id}."),
    "record-kind-differs": QT_TRANSLATE_NOOP(
        "CoreErrors", "Record {id} is a {kind}, not a {wanted}."
    ),
    "purged-link-unreadable": QT_TRANSLATE_NOOP(
        "CoreErrors", "A purged revision's chain link is unreadable."
    ),
    "purged-link-mismatch": QT_TRANSLATE_NOOP(
        "CoreErrors", "A purged revision's chain link does not match its row."
    ),
    "attachment-content-missing": QT_TRANSLATE_NOOP(
        "CoreErrors", "The attachment's content is missing from the vault."
    ),
    "record-unreadable": QT_TRANSLATE_NOOP("CoreErrors", "A record in the vault is unreadable."),
    "record-misfiled": QT_TRANSLATE_NOOP(
        "CoreErrors", "A {kind} record is filed under another trial or hearing than it names."
    ),
    "record-row-mismatch": QT_TRANSLATE_NOOP(
        "CoreErrors", "A record's sealed content does not match its row."
    ),
    "mode-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Mode must be one of: {allowed} (got '{got}')."
    ),
    "attendance-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Attendance must be one of: {allowed} (got '{got}')."
    ),
    "status-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Status must be one of: {allowed} (got '{got}')."
    ),
    "hearing-type-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Hearing type must be one of: {allowed} (got '{got}')."
    ),
    "source-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Source must be one of: {allowed} (got '{got}')."
    ),
    "answer-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Answer must be one of: {allowed} (got '{got}')."
    ),
    "severity-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Severity must be one of: {allowed} (got '{got}')."
    ),
    "party-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "Affected party must be one of: {allowed} (got '{got}')."
    ),
    "court-response-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "What the court did must be one of: {allowed} (got '{got}')."
    ),
    "text-too-long": QT_TRANSLATE_NOOP(
        "CoreErrors", "The text of {field} is longer than {max_chars} characters."
    ),
    "no-such-record-of-kind": QT_TRANSLATE_NOOP("CoreErrors", "No {kind} with id {id}."),
    "deletion-reason-missing": QT_TRANSLATE_NOOP(
        "CoreErrors", "Give a reason for the deletion; it is kept in the history."
    ),
    "already-deleted": QT_TRANSLATE_NOOP("CoreErrors", "Record {id} is already deleted."),
    "has-children": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "This {kind} still has records under it ({kinds}: {count}); delete those first.",
    ),
    "trial-title-missing": QT_TRANSLATE_NOOP("CoreErrors", "A trial needs a title."),
    "country-code": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Country must be a two-letter ISO code such as RU or BY (got '{got}').",
    ),
    "not-held-status": QT_TRANSLATE_NOOP(
        "CoreErrors", "Status must be postponed, adjourned or cancelled."
    ),
    "scheduled-end-before-start": QT_TRANSLATE_NOOP(
        "CoreErrors", "The scheduled end is before the scheduled start."
    ),
    "actual-end-before-start": QT_TRANSLATE_NOOP(
        "CoreErrors", "The actual end is before the actual start."
    ),
    "not-open-interval": QT_TRANSLATE_NOOP(
        "CoreErrors", "That observation is not an open interval."
    ),
    "no-such-parent": QT_TRANSLATE_NOOP("CoreErrors", "No hearing or trial with id {id}."),
    "interval-end-before-start": QT_TRANSLATE_NOOP(
        "CoreErrors", "An interval cannot end before it starts."
    ),
    "attachment-too-large": QT_TRANSLATE_NOOP("CoreErrors", "The file is larger than {mib} MiB."),
    "attachment-checksum": QT_TRANSLATE_NOOP(
        "CoreErrors", "The attachment does not match its recorded checksum."
    ),
    # ---- the taxonomy: codes and observation fields --------------------------------
    "condition-code-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Unknown condition code '{code}'. Run 'trial-monitor taxonomy list' to see the codes.",
    ),
    "category-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors", "Unknown category '{code}'. Categories: {categories}."
    ),
    "question-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Unknown checklist question '{id}'. Run 'trial-monitor checklist show' to see the "
        "questions.",
    ),
    "fields-not-pairs": QT_TRANSLATE_NOOP("CoreErrors", "Fields must be given as KEY=VALUE pairs."),
    "field-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors", "Unknown field {key} for {code}. Accepted fields: {accepted}."
    ),
    "field-none-taken": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Unknown field {key} for {code}. It takes no fields; write in the note text instead.",
    ),
    "field-missing": QT_TRANSLATE_NOOP(
        "CoreErrors", "{code} needs the field {fields} (give it as {example})."
    ),
    "fields-missing": QT_TRANSLATE_NOOP(
        "CoreErrors", "{code} needs the fields {fields} (give it as {example})."
    ),
    "field-one-choice": QT_TRANSLATE_NOOP(
        "CoreErrors", "Field '{key}' takes one choice code: {codes}."
    ),
    "field-one-party": QT_TRANSLATE_NOOP(
        "CoreErrors", "Field '{key}' takes one party code: {codes}."
    ),
    "field-not-one-of": QT_TRANSLATE_NOOP(
        "CoreErrors", "Field '{key}' must be one of: {codes} (got {got})."
    ),
    "field-choices": QT_TRANSLATE_NOOP(
        "CoreErrors", "Field '{key}' takes choice codes separated by commas: {codes}."
    ),
    "field-parties": QT_TRANSLATE_NOOP(
        "CoreErrors", "Field '{key}' takes party codes separated by commas: {codes}."
    ),
    "field-bool": QT_TRANSLATE_NOOP("CoreErrors", "Field '{key}' takes yes or no (got {got})."),
    "field-int": QT_TRANSLATE_NOOP(
        "CoreErrors", "Field '{key}' takes a whole number from 0 to {max} (got {got})."
    ),
    "field-datetime": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Field '{key}' takes a date or date and time such as 2026-03-14 or 2026-03-14T10:30 "
        "(got {got}).",
    ),
    "field-duration": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Field '{key}' takes a length such as 3y, 18m, 90d, 2y6m or 1y2m3d (years, months, "
        "days; got {got}).",
    ),
    "field-type-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors", "Field '{key}' has an unknown type '{type}'."
    ),
    "field-text": QT_TRANSLATE_NOOP("CoreErrors", "Field '{key}' takes text (got {got})."),
    "taxonomy-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "The taxonomy file {source} is malformed: {where}: {problem}."
    ),
    "taxonomy-key-twice": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The taxonomy file {source} is malformed: the key '{key}' appears twice in one object.",
    ),
    "taxonomy-unreadable": QT_TRANSLATE_NOOP(
        "CoreErrors", "Cannot read the taxonomy file {source}: {reason}."
    ),
    "taxonomy-not-utf8": QT_TRANSLATE_NOOP(
        "CoreErrors", "The taxonomy file {source} is not UTF-8 text."
    ),
    "taxonomy-not-json": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The taxonomy file {source} is not valid JSON (line {line}, column {column}: {problem}).",
    ),
    "taxonomy-too-deep": QT_TRANSLATE_NOOP(
        "CoreErrors", "The taxonomy file {source} is nested too deeply."
    ),
    # ---- times, numbers and text in records (issue 13) ----------------------------
    "record-field-type": QT_TRANSLATE_NOOP(
        "CoreErrors", "The {kind}'s field {field} has the wrong type."
    ),
    "time-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The time {field} ('{value}') is not written as a UTC time such as 2026-11-24T10:30:00Z.",
    ),
    "time-not-real": QT_TRANSLATE_NOOP(
        "CoreErrors", "The time {field} ('{value}') is not a real date and time."
    ),
    "time-out-of-range": QT_TRANSLATE_NOOP(
        "CoreErrors", "The time {field} must fall within the years {first} to {last}."
    ),
    "time-missing": QT_TRANSLATE_NOOP("CoreErrors", "The {kind} needs its time {field}."),
    "text-characters-refused": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The text of {field} holds a character no text may hold: a NUL, or half of a character.",
    ),
    "list-too-long": QT_TRANSLATE_NOOP(
        "CoreErrors", "{field} holds more than {max_items} entries."
    ),
    "number-out-of-range": QT_TRANSLATE_NOOP(
        "CoreErrors", "{field} must be a whole number from {low} to {high}."
    ),
    "field-value-unsupported": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The field {field} holds a value other than text, a whole number, yes or no, "
        "or a short list of those.",
    ),
    "revision-field-type": QT_TRANSLATE_NOOP(
        "CoreErrors", "Its field {field} is missing or has the wrong type."
    ),
    "revision-other-author": QT_TRANSLATE_NOOP(
        "CoreErrors", "It names another author than the bundle's signer."
    ),
    "revision-id-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "Its {field} is not a well-formed id."
    ),
    "revision-link-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "Its link to the author's previous revision is malformed."
    ),
    "revision-sequence-range": QT_TRANSLATE_NOOP(
        "CoreErrors", "Its sequence number is out of range (1 to {max})."
    ),
    "records-need-correcting": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{count} of your records hold values saved by an older version that no coordinator "
        "accepts (the first: {kind} {id}: {problem}). Correct them, then send again. Nothing "
        "was written.",
    ),
    "number-malformed": QT_TRANSLATE_NOOP("CoreErrors", "{field} must be a whole number."),
    "record-values-unreadable": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The {kind} {id} holds values this version cannot read; it is shown as unreadable.",
    ),
}
