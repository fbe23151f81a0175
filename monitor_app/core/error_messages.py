"""The English words of every core error, one template per error code.

`errors.TrialMonitorError` fills a code's template with the error's params for its str()
(what the CLI prints and the log keeps). The GUI translates the same template through Qt
("CoreErrors" context) and fills in the same params: ``QT_TRANSLATE_NOOP`` below only marks
each template so pyside6-lupdate collects it into the catalogues (scripts/update_translations.sh
scans this file); it is a plain function, so the core still imports no Qt.

A template names its params in braces (``{name}``). Untrusted values (a file name, a name
from a key card or a bundle) are params, never part of a template.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from types import MappingProxyType

CONTEXT = "CoreErrors"

# A message already in its final words (the CLI's own refusals, which stay English, and
# the GUI's, already translated): not collected for translation.
AS_GIVEN = "as-given"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    del context
    return text


TEMPLATES: Mapping[str, str] = MappingProxyType(
    {
        AS_GIVEN: "{text}",
        # ---- why the operating system refused (os_reason; a "reason_code" param) -----
        "os-not-found": QT_TRANSLATE_NOOP("CoreErrors", "it does not exist"),
        "os-permission": QT_TRANSLATE_NOOP("CoreErrors", "permission denied"),
        "os-disk-full": QT_TRANSLATE_NOOP("CoreErrors", "the disk is full"),
        "os-read-only": QT_TRANSLATE_NOOP("CoreErrors", "the disk is read-only"),
        "os-file-too-large": QT_TRANSLATE_NOOP("CoreErrors", "the file is too large for this disk"),
        "os-is-folder": QT_TRANSLATE_NOOP("CoreErrors", "it is a folder"),
        "os-not-folder": QT_TRANSLATE_NOOP("CoreErrors", "a part of the path is not a folder"),
        "os-name-too-long": QT_TRANSLATE_NOOP("CoreErrors", "the name is too long"),
        "os-input-output": QT_TRANSLATE_NOOP("CoreErrors", "the device failed to read or write"),
        "os-other": QT_TRANSLATE_NOOP("CoreErrors", "system error {errno}"),
        # ---- the vault --------------------------------------------------------------
        "disk-full": QT_TRANSLATE_NOOP(
            "CoreErrors", "The disk is full. Nothing was saved; free some space and try again."
        ),
        "disk-full-short": QT_TRANSLATE_NOOP("CoreErrors", "The disk is full. Nothing was saved."),
        "vault-read-only": QT_TRANSLATE_NOOP(
            "CoreErrors", "The vault folder cannot be written to. Nothing was saved."
        ),
        "vault-busy": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The vault is busy in another Trial Monitor window. Nothing was saved; try again.",
        ),
        "vault-file-damaged": QT_TRANSLATE_NOOP(
            "CoreErrors", "The vault file is damaged or is not a Trial Monitor vault."
        ),
        "vault-io": QT_TRANSLATE_NOOP(
            "CoreErrors", "The vault could not be read or written. Nothing was saved."
        ),
        "not-a-vault-file": QT_TRANSLATE_NOOP("CoreErrors", "{path} is not a Trial Monitor vault."),
        "vault-too-new": QT_TRANSLATE_NOOP(
            "CoreErrors", "This vault was made by a newer Trial Monitor. Update the app to open it."
        ),
        "vault-was-locked": QT_TRANSLATE_NOOP(
            "CoreErrors", "The vault was locked. Nothing was changed; unlock it and try again."
        ),
        "vault-locked": QT_TRANSLATE_NOOP("CoreErrors", "The vault is locked. Unlock it first."),
        "cannot-write-in": QT_TRANSLATE_NOOP("CoreErrors", "Cannot write in {folder}: {reason}."),
        "cannot-write-file": QT_TRANSLATE_NOOP(
            "CoreErrors", "Cannot write {name} in {folder}: {reason}. No file was left."
        ),
        "display-name-empty": QT_TRANSLATE_NOOP("CoreErrors", "Enter a display name or pseudonym."),
        "vault-identity-missing": QT_TRANSLATE_NOOP(
            "CoreErrors", "The vault is incomplete: its identity is missing."
        ),
        "vault-exists": QT_TRANSLATE_NOOP("CoreErrors", "There is already a vault in {folder}."),
        "vault-not-found": QT_TRANSLATE_NOOP(
            "CoreErrors", "There is no Trial Monitor vault in {folder}."
        ),
        "wrong-passphrase": QT_TRANSLATE_NOOP(
            "CoreErrors", "The passphrase is not correct. Nothing was changed."
        ),
        "wrong-current-passphrase": QT_TRANSLATE_NOOP(
            "CoreErrors", "The current passphrase is not correct. Nothing was changed."
        ),
        "not-a-recovery-code": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "That is not a recovery code: it has {groups} groups of {letters} letters and "
            "digits. Nothing was changed.",
        ),
        "wrong-recovery-code": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The recovery code does not open this vault. Check it for typos. Nothing was changed.",
        ),
        "key-slot-missing": QT_TRANSLATE_NOOP("CoreErrors", "The vault's key slot is missing."),
        "key-slot-unknown": QT_TRANSLATE_NOOP(
            "CoreErrors", "The vault's key slot is missing or of an unknown kind."
        ),
        "vault-setting-missing": QT_TRANSLATE_NOOP("CoreErrors", "The vault has no {name}."),
        "setting-altered": QT_TRANSLATE_NOOP(
            "CoreErrors", "A vault setting failed its integrity check; it may have been altered."
        ),
        "setting-malformed": QT_TRANSLATE_NOOP("CoreErrors", "A vault setting is malformed."),
        "record-altered": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "A record in the vault failed its integrity check; it may have been altered.",
        ),
        "attachment-altered": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "An attachment in the vault failed its integrity check; it may have been altered.",
        ),
        "sync-record-altered": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "A sync record in the vault failed its integrity check; it may have been altered.",
        ),
        "kept-bundle-altered": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "A kept bundle in the vault failed its integrity check; it may have been altered.",
        ),
        "sync-record-damaged": QT_TRANSLATE_NOOP(
            "CoreErrors", "A sync record in the vault is unreadable or malformed."
        ),
        "quarantine-record-damaged": QT_TRANSLATE_NOOP(
            "CoreErrors", "A quarantined bundle's record in the vault is unreadable or malformed."
        ),
        # ---- choosing a passphrase (core.vault.passwords.REFUSALS) --------------------
        "passphrase-too-short": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it is shorter than {min_chars} characters. "
            "Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-common-password": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it is one of the most common passwords, or "
            "close to one. Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-common-word": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it is made of a common word or place name, "
            "which is tried early. Several unrelated words make a strong one that is easy to "
            "remember.",
        ),
        "passphrase-name": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it is made of a common name, which is tried "
            "early. Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-display-name": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it contains your display name, which others "
            "know. Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-keyboard": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it follows a row or a pattern of keys on the "
            "keyboard. Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-sequence": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it contains a sequence such as abc or 1234. "
            "Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-repeat": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it repeats characters or a group of "
            "characters. Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-date": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it contains a date or a year, which is tried "
            "early. Several unrelated words make a strong one that is easy to remember.",
        ),
        "passphrase-too-guessable": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This passphrase is too easy to guess: it is too simple for its length to withstand "
            "guessing. Several unrelated words make a strong one that is easy to remember.",
        ),
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
        "record-unreadable": QT_TRANSLATE_NOOP(
            "CoreErrors", "A record in the vault is unreadable."
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
            "This {kind} still has {count} record(s) under it ({kinds}); delete those first.",
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
        "attachment-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file is larger than {mib} MiB."
        ),
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
        "fields-not-pairs": QT_TRANSLATE_NOOP(
            "CoreErrors", "Fields must be given as KEY=VALUE pairs."
        ),
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
            "The taxonomy file {source} is not valid JSON (line {line}, column {column}: "
            "{problem}).",
        ),
        "taxonomy-too-deep": QT_TRANSLATE_NOOP(
            "CoreErrors", "The taxonomy file {source} is nested too deeply."
        ),
        # ---- sync files, bundles and key cards ----------------------------------------
        "member-unexpected": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file holds an unexpected member '{name}'."
        ),
        "member-unsafe-name": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file holds a member with an unsafe name '{name}'."
        ),
        "file-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file is larger than any bundle this app makes."
        ),
        "not-an-archive": QT_TRANSLATE_NOOP(
            "CoreErrors", "The decrypted content is not a valid archive."
        ),
        "too-many-members": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file holds more members than a bundle may."
        ),
        "member-twice": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file holds the member '{name}' twice."
        ),
        "archive-encrypted": QT_TRANSLATE_NOOP(
            "CoreErrors", "The archive inside the file is itself encrypted."
        ),
        "member-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors", "The member '{name}' is larger than the format allows."
        ),
        "member-bomb": QT_TRANSLATE_NOOP(
            "CoreErrors", "The member '{name}' looks like a decompression bomb."
        ),
        "content-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file's content is larger than a bundle may be."
        ),
        "member-missing": QT_TRANSLATE_NOOP("CoreErrors", "The file has no {name}."),
        "member-damaged": QT_TRANSLATE_NOOP("CoreErrors", "The member '{name}' is damaged."),
        "member-unreadable": QT_TRANSLATE_NOOP("CoreErrors", "The member '{name}' cannot be read."),
        "member-size": QT_TRANSLATE_NOOP(
            "CoreErrors", "The member '{name}' is not the size it claims."
        ),
        "manifest-not-json": QT_TRANSLATE_NOOP("CoreErrors", "The manifest is not valid JSON."),
        "manifest-not-object": QT_TRANSLATE_NOOP(
            "CoreErrors", "The manifest is not a JSON object."
        ),
        "not-a-bundle-or-receipt": QT_TRANSLATE_NOOP(
            "CoreErrors", "This is not a Trial Monitor bundle or receipt."
        ),
        "manifest-no-format": QT_TRANSLATE_NOOP(
            "CoreErrors", "The manifest has no format version."
        ),
        "format-too-new": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The file uses format version {version}, made by a newer Trial Monitor; update the "
            "app to import it.",
        ),
        "format-invalid": QT_TRANSLATE_NOOP(
            "CoreErrors", "The manifest's format version {version} is not valid."
        ),
        "manifest-id-malformed": QT_TRANSLATE_NOOP("CoreErrors", "The manifest's id is malformed."),
        "manifest-no-members": QT_TRANSLATE_NOOP(
            "CoreErrors", "The manifest does not list the file's members."
        ),
        "members-missing": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file's members do not match its manifest (missing {names})."
        ),
        "members-unlisted": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file's members do not match its manifest (unlisted {names})."
        ),
        "manifest-entry-wrong": QT_TRANSLATE_NOOP(
            "CoreErrors", "The manifest's entry for '{name}' is malformed or wrong."
        ),
        "member-altered": QT_TRANSLATE_NOOP(
            "CoreErrors", "The member '{name}' was altered: its hash does not match."
        ),
        "revision-line-too-long": QT_TRANSLATE_NOOP(
            "CoreErrors", "Line {line} of the revisions is too long."
        ),
        "revision-line-not-json": QT_TRANSLATE_NOOP(
            "CoreErrors", "The revision on line {line} is not valid JSON."
        ),
        "revision-line-not-object": QT_TRANSLATE_NOOP(
            "CoreErrors", "The revision on line {line} is not a JSON object."
        ),
        "is-a-receipt": QT_TRANSLATE_NOOP(
            "CoreErrors", "This is a receipt, not a bundle: import it as a receipt."
        ),
        "own-bundle": QT_TRANSLATE_NOOP(
            "CoreErrors", "This bundle was written by this vault; there is nothing to import."
        ),
        "bundle-id-reused": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "A different bundle with this bundle's id was imported before; this one was "
            "refused as a forgery or a corrupted copy.",
        ),
        "not-a-bundle": QT_TRANSLATE_NOOP("CoreErrors", "This is not a bundle."),
        "bundle-seq-invalid": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle's sequence number is missing or invalid."
        ),
        "bundle-no-revisions": QT_TRANSLATE_NOOP("CoreErrors", "The bundle holds no revisions."),
        "revision-invalid": QT_TRANSLATE_NOOP(
            "CoreErrors", "Revision {number} in the bundle is not valid. {problem}"
        ),
        "revision-number-malformed": QT_TRANSLATE_NOOP(
            "CoreErrors", "Revision {number} in the bundle is malformed."
        ),
        "revision-count": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle's revision count does not match its manifest."
        ),
        "revision-twice": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle holds the same revision twice."
        ),
        "bundle-not-unicode": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle holds text that is not valid Unicode."
        ),
        "history-unlinked": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "{name}'s history does not link up with what was imported before: it was altered. "
            "Refused.",
        ),
        "history-rewritten": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Revision #{seq} of {name} differs from the one already imported: their history "
            "was rewritten. Refused.",
        ),
        "revision-id-reused": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle reuses the id of a revision already here. Refused."
        ),
        "record-kind-changed": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle changes the kind of an existing record. Refused."
        ),
        "record-two-kinds": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle gives one record two kinds. Refused."
        ),
        "first-revision-linked": QT_TRANSLATE_NOOP(
            "CoreErrors", "The author's first revision names a predecessor: altered history."
        ),
        "revision-unlinked": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Revision #{seq} does not link to the one before it: the history was altered.",
        ),
        "bundle-attachment-missing": QT_TRANSLATE_NOOP(
            "CoreErrors", "An attachment's content is missing from the bundle."
        ),
        "bundle-attachment-checksum": QT_TRANSLATE_NOOP(
            "CoreErrors", "An attachment does not match its recorded size and checksum."
        ),
        "bundle-attachment-unnamed": QT_TRANSLATE_NOOP(
            "CoreErrors", "The bundle holds attachment content that no record names."
        ),
        "bundle-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This is more than one file may hold (1 GiB). Send it in parts: export again after "
            "a smaller set of changes.",
        ),
        "not-a-folder": QT_TRANSLATE_NOOP("CoreErrors", "{path} is not a folder."),
        "file-unreadable": QT_TRANSLATE_NOOP("CoreErrors", "The file cannot be read: {reason}."),
        "not-an-age-file": QT_TRANSLATE_NOOP(
            "CoreErrors", "This is not an encrypted Trial Monitor file (not an age file)."
        ),
        "not-addressed-here": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The file is not addressed to this vault: it was encrypted for someone else.",
        ),
        "file-incomplete": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file is damaged or incomplete: it cannot be decrypted."
        ),
        "file-altered": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file is damaged or was altered: it cannot be decrypted."
        ),
        "signer-mismatch": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The file is signed by your contact {name} but claims to be from someone else "
            "({claimed}). It was refused.",
        ),
        "manifest-no-recipients": QT_TRANSLATE_NOOP(
            "CoreErrors", "The manifest does not list its recipients."
        ),
        "not-written-for-here": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The file was not written for this vault: its signed list of recipients does not "
            "include you (it may have been re-encrypted by someone else).",
        ),
        "card-age-invalid": QT_TRANSLATE_NOOP(
            "CoreErrors", "The age recipient on the key card is not valid."
        ),
        "not-a-key-card": QT_TRANSLATE_NOOP("CoreErrors", "This is not a Trial Monitor key card."),
        "card-version": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The key card was made by another version of Trial Monitor; update the app.",
        ),
        "card-incomplete": QT_TRANSLATE_NOOP("CoreErrors", "The key card is incomplete."),
        "card-author-malformed": QT_TRANSLATE_NOOP(
            "CoreErrors", "The key card's author id is malformed."
        ),
        "card-name-invalid": QT_TRANSLATE_NOOP(
            "CoreErrors", "The key card's display name is empty or too long."
        ),
        "card-signing-key-invalid": QT_TRANSLATE_NOOP(
            "CoreErrors", "The key card's signing key is not valid."
        ),
        "card-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file is too large to be a key card."
        ),
        "card-not-json": QT_TRANSLATE_NOOP(
            "CoreErrors", "This is not a Trial Monitor key card (not JSON)."
        ),
        "card-no-signature": QT_TRANSLATE_NOOP(
            "CoreErrors", "The key card has no valid signature."
        ),
        "card-altered": QT_TRANSLATE_NOOP(
            "CoreErrors", "The key card was altered after it was made."
        ),
        "card-fingerprint": QT_TRANSLATE_NOOP(
            "CoreErrors", "The key card's fingerprint does not match its keys: altered."
        ),
        "not-ed25519-key": QT_TRANSLATE_NOOP(
            "CoreErrors", "The public key is not an Ed25519 minisign key."
        ),
        "signature-other-key": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature was made with another key."
        ),
        "signature-mismatch": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature does not match the signed data."
        ),
        "signature-file-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature file is too large."
        ),
        "signature-file-not-text": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature file is not text."
        ),
        "signature-file-format": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature file is not in minisign's format."
        ),
        "signature-kind": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature is not a pre-hashed Ed25519 minisign signature."
        ),
        "trusted-comment-unsigned": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature's trusted comment is not signed."
        ),
        "public-key-not-base64": QT_TRANSLATE_NOOP(
            "CoreErrors", "The public key is not valid base64."
        ),
        "signature-not-base64": QT_TRANSLATE_NOOP(
            "CoreErrors", "The signature is not valid base64."
        ),
        # ---- sending, receipts, contacts, removing trials -----------------------------
        "cancelled": QT_TRANSLATE_NOOP("CoreErrors", "Cancelled. Nothing was changed."),
        "no-recipients": QT_TRANSLATE_NOOP(
            "CoreErrors", "Choose at least one contact to send the bundle to."
        ),
        "nothing-to-send": QT_TRANSLATE_NOOP(
            "CoreErrors", "There is nothing to send yet: the vault has no records."
        ),
        "nothing-changed": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Nothing has changed since the last bundle to {names}. To send everything again, "
            "export all.",
        ),
        "nothing-received": QT_TRANSLATE_NOOP(
            "CoreErrors", "No bundle from {name} has been imported yet."
        ),
        "is-a-bundle": QT_TRANSLATE_NOOP(
            "CoreErrors", "This is a bundle, not a receipt: import it as a bundle."
        ),
        "receipt-signer-unknown": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The receipt is signed by someone who is not a contact (claims to be {claimed}). "
            "Add their key card first.",
        ),
        "receipt-empty": QT_TRANSLATE_NOOP("CoreErrors", "The receipt lists no bundles."),
        "receipt-entry-malformed": QT_TRANSLATE_NOOP(
            "CoreErrors", "An entry of the receipt is malformed."
        ),
        "no-trials-chosen": QT_TRANSLATE_NOOP(
            "CoreErrors", "Choose the trials to remove from this laptop."
        ),
        "no-such-trial": QT_TRANSLATE_NOOP("CoreErrors", "No trial with id {id}."),
        "trial-holds-others-records": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "“{title}” cannot be removed: it holds records from other people. Nothing was removed.",
        ),
        "trial-changes-unacknowledged": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "“{title}” cannot be removed: {pending} change(s) have no receipt yet. "
            "Nothing was removed.",
        ),
        "own-key-card": QT_TRANSLATE_NOOP("CoreErrors", "That is this vault's own key card."),
        "contact-keys-differ": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "{name} is already a contact with different keys. If they really have new keys, "
            "remove the old contact first.",
        ),
        "no-such-contact": QT_TRANSLATE_NOOP("CoreErrors", "No such contact."),
        "name-too-long": QT_TRANSLATE_NOOP(
            "CoreErrors", "A name is at most {max_chars} characters."
        ),
        "no-contact-named": QT_TRANSLATE_NOOP(
            "CoreErrors", "No contact '{reference}'. See 'contacts list'."
        ),
        "contact-ambiguous": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "More than one contact matches '{reference}'; give the contact's id instead.",
        ),
        # ---- coordination -------------------------------------------------------------
        "trial-linked-to-itself": QT_TRANSLATE_NOOP(
            "CoreErrors", "A trial cannot be linked to itself."
        ),
        "trials-not-linked": QT_TRANSLATE_NOOP("CoreErrors", "Those two trials are not linked."),
        "no-such-session": QT_TRANSLATE_NOOP("CoreErrors", "No hearing session {key}."),
        "report-language": QT_TRANSLATE_NOOP("CoreErrors", "Reports are in {languages}."),
        "public-real-names": QT_TRANSLATE_NOOP(
            "CoreErrors", "A public report never shows real names."
        ),
        "remembered-folders-malformed": QT_TRANSLATE_NOOP(
            "CoreErrors", "The remembered folders are malformed."
        ),
        # ---- times, numbers and text in records (issue 13) ----------------------------
        "record-field-type": QT_TRANSLATE_NOOP(
            "CoreErrors", "The {kind}'s field {field} has the wrong type."
        ),
        "time-malformed": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The time {field} ('{value}') is not written as a UTC time such as "
            "2026-11-24T10:30:00Z.",
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
            "The text of {field} holds a character no text may hold: a NUL, or half of a "
            "character.",
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
        "record-values-unreadable": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The {kind} {id} holds values this version cannot read; it is shown as unreadable.",
        ),
        # ---- authorship and missing history (issue 13) --------------------------------
        "record-of-another-author": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "This {kind} was recorded by someone else: only its author can change or delete "
            "it. Nothing was saved.",
        ),
        "record-id-taken": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Revision #{seq} of {name} creates a record whose id belongs to another author's "
            "record. Refused.",
        ),
        "revision-number-unsound": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Revision #{seq} of {name} is numbered out of sequence: a record's first revision "
            "is number 1, and every later one is one more than the revision it was edited "
            "from. Refused.",
        ),
        # ---- keys: re-keying, key derivation bounds, trustee shares (issue 13) ---------
        "kdf-params-malformed": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The vault's key settings are malformed ({field} is missing or not a whole "
            "number); the file may have been altered. Nothing was changed.",
        ),
        "kdf-params-out-of-range": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The vault's key settings are out of bounds ({field} is {value}, allowed "
            "{low} to {high}); the file may have been altered. Nothing was changed.",
        ),
        "key-slot-salt": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "A key slot of the vault has a salt of {got} bytes, not {expected}; the file may "
            "have been altered. Nothing was changed.",
        ),
        "trustee-threshold": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Make between {low} and {high} shares, with at least {low} needed to restore "
            "access and no more needed than made ({threshold} of {count} asked).",
        ),
        "no-trustee-shares": QT_TRANSLATE_NOOP(
            "CoreErrors", "This vault has no trustee shares. Nothing was changed."
        ),
        "no-shares-given": QT_TRANSLATE_NOOP("CoreErrors", "Enter the words of the shares."),
        "share-word-unknown": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Share {share}: word {word} is not a share word. Check it against the sheet.",
        ),
        "share-length": QT_TRANSLATE_NOOP(
            "CoreErrors", "Share {share} has {got} words; a share has {expected}."
        ),
        "share-checksum": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Share {share} has a mistake: its words do not check out. Compare each word with "
            "the sheet.",
        ),
        "share-not-trustee": QT_TRANSLATE_NOOP(
            "CoreErrors", "Share {share} is not a Trial Monitor trustee share."
        ),
        "shares-from-different-sets": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Share {share} belongs to a different set of shares than share {first}: use "
            "shares of one set (the same fingerprint on every sheet).",
        ),
        "duplicate-share": QT_TRANSLATE_NOOP(
            "CoreErrors", "Share {share} is the same share as share {first}: enter different ones."
        ),
        "too-few-shares": QT_TRANSLATE_NOOP(
            "CoreErrors", "This set needs {needed} different shares; {given} given."
        ),
        "shares-do-not-fit": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The shares do not fit together: one of them was altered. Check each against "
            "its sheet.",
        ),
        "trustee-shares-do-not-open": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "These shares do not open this vault: they are from a set that was replaced, "
            "or from another vault. Nothing was changed.",
        ),
        # ---- resources: quarantine and bundle limits (issue 13) ------------------------
        "export-needs-parts": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The {count} revisions to send are more than one bundle may carry; nothing was "
            "written. They must be sent as several bundles.",
        ),
        "revision-too-large-to-send": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Your revision number {seq} is larger than a bundle may carry, so it cannot be "
            "sent; nothing was written.",
        ),
        "archive-head-unreadable": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The file is larger than the quarantine's free room, and who signed it cannot be "
            "told from its start, so it was not opened. Nothing was changed. Make room in the "
            "quarantine (import or discard its bundles, or raise its limit in Settings), then "
            "import the file again.",
        ),
        "quarantine-full-count": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Not kept: signed by someone who is not a contact (claims to be {name}, "
            "fingerprint {fingerprint}), and the quarantine already holds {limit} bundle(s), "
            "its limit. Nothing was changed. Import or discard the quarantined bundles, or "
            "raise the limit in Settings.",
        ),
        "quarantine-full-size": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "Not kept: signed by someone who is not a contact (claims to be {name}, "
            "fingerprint {fingerprint}), and its {size} MB would take the quarantine past its "
            "limit of {limit} MB ({used} MB in use). Nothing was changed. Import or discard "
            "the quarantined bundles, or raise the limit in Settings.",
        ),
        "quarantine-count-range": QT_TRANSLATE_NOOP(
            "CoreErrors", "The quarantine's bundle limit must be from {low} to {high}, not {got}."
        ),
        "quarantine-size-range": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The quarantine's size limit must be from {low} to {high} MB, not {got}.",
        ),
        "quarantine-limits-malformed": QT_TRANSLATE_NOOP(
            "CoreErrors", "The quarantine limits stored in the vault are malformed."
        ),
        "file-changed": QT_TRANSLATE_NOOP(
            "CoreErrors", "The file changed while it was being read. Nothing was changed."
        ),
        "revisions-too-many-lines": QT_TRANSLATE_NOOP(
            "CoreErrors", "The revisions hold more than {limit} lines, more than a bundle may."
        ),
        "revisions-blank-lines": QT_TRANSLATE_NOOP(
            "CoreErrors", "The revisions hold more than {limit} blank lines."
        ),
        "revisions-too-large": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The revisions are more than one bundle may bring at once (past line {line}); "
            "ask the sender to send them in parts.",
        ),
        # ---- traces, names and ids (issue 13) -----------------------------------------
        "display-name-unsafe": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "A display name must be one line of visible text; it may not hold the invisible "
            "or control character {char}.",
        ),
        "display-name-too-long": QT_TRANSLATE_NOOP(
            "CoreErrors", "A display name may be at most {max_chars} characters long."
        ),
        "card-name-unsafe": QT_TRANSLATE_NOOP(
            "CoreErrors",
            "The key card's display name holds the invisible or control character {char}, "
            "which could disguise what is shown next to it. Ask its owner to choose a name "
            "of one line of visible text and send the card again.",
        ),
    }
)


# A param named ``<slot>_code`` holds another template's code: its words (filled in with
# the same params) go into ``{<slot>}``, so a reason, too, is translated, never English prose.
NESTED_SUFFIX = "_code"

OS_REASONS: Mapping[int, str] = MappingProxyType(
    {
        errno.ENOENT: "os-not-found",
        errno.EACCES: "os-permission",
        errno.EPERM: "os-permission",
        errno.ENOSPC: "os-disk-full",
        errno.EROFS: "os-read-only",
        errno.EFBIG: "os-file-too-large",
        errno.EISDIR: "os-is-folder",
        errno.ENOTDIR: "os-not-folder",
        errno.ENAMETOOLONG: "os-name-too-long",
        errno.EIO: "os-input-output",
    }
)


def os_reason(exc: OSError) -> dict[str, str | int]:
    """The params that say why the operating system refused: ``reason_code`` and ``errno``."""
    number = exc.errno or 0
    return {"reason_code": OS_REASONS.get(number, "os-other"), "errno": number}


def fill(template: str, params: Mapping[str, object], words: Callable[[str], str]) -> str:
    """``template`` filled in with ``params``; ``words(code)`` gives a nested code's template
    (English here, translated in the GUI)."""
    values = {key: value for key, value in params.items() if not key.endswith(NESTED_SUFFIX)}
    for key, code in params.items():
        if key.endswith(NESTED_SUFFIX):
            values[key.removesuffix(NESTED_SUFFIX)] = words(str(code)).format_map(values)
    return template.format_map(values)


def english(code: str, params: Mapping[str, object]) -> str:
    """The English message for ``code`` with ``params`` filled in."""
    return fill(TEMPLATES[code], params, TEMPLATES.__getitem__)
