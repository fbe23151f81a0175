"""The English words of the vault's errors: opening, unlocking, passphrases, re-keying,
key derivation bounds and trustee shares.

One template per error code (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Mapping

from monitor_app.core.error_messages.marking import QT_TRANSLATE_NOOP

TEMPLATES: Mapping[str, str] = {
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
        "The shares do not fit together: one of them was altered. Check each against its sheet.",
    ),
    "trustee-shares-do-not-open": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "These shares do not open this vault: they are from a set that was replaced, "
        "or from another vault. Nothing was changed.",
    ),
}
