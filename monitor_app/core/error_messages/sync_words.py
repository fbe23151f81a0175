"""The English words of sync's errors: sync files, bundles, key cards, sending, receipts,
contacts, authorship, resources and traces.

One template per error code (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Mapping

from monitor_app.core.error_messages.marking import QT_TRANSLATE_NOOP

TEMPLATES: Mapping[str, str] = {
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
    "member-twice": QT_TRANSLATE_NOOP("CoreErrors", "The file holds the member '{name}' twice."),
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
    "manifest-not-object": QT_TRANSLATE_NOOP("CoreErrors", "The manifest is not a JSON object."),
    "not-a-bundle-or-receipt": QT_TRANSLATE_NOOP(
        "CoreErrors", "This is not a Trial Monitor bundle or receipt."
    ),
    "manifest-no-format": QT_TRANSLATE_NOOP("CoreErrors", "The manifest has no format version."),
    "format-too-new": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The file uses format version {version}, made by a newer Trial Monitor; update the "
        "app to import it.",
    ),
    "kinds-too-new": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The bundle holds records of a kind this version does not know ({kinds}): it was "
        "made by a newer Trial Monitor. Update the app to import it; nothing was imported.",
    ),
    "manifest-kinds-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "The manifest does not say rightly which kinds of record the bundle holds."
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
    "revision-kind-undeclared": QT_TRANSLATE_NOOP(
        "CoreErrors", "Its kind '{kind}' is not one the bundle's manifest and format declare."
    ),
    "revision-parent-mismatch": QT_TRANSLATE_NOOP(
        "CoreErrors", "It is filed under another record than the one its {field} names."
    ),
    "revision-kinds-count": QT_TRANSLATE_NOOP(
        "CoreErrors", "The bundle's count of revisions by kind does not match its manifest."
    ),
    "revision-number-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "Revision {number} in the bundle is malformed."
    ),
    "revision-count": QT_TRANSLATE_NOOP(
        "CoreErrors", "The bundle's revision count does not match its manifest."
    ),
    "revision-twice": QT_TRANSLATE_NOOP("CoreErrors", "The bundle holds the same revision twice."),
    "bundle-not-unicode": QT_TRANSLATE_NOOP(
        "CoreErrors", "The bundle holds text that is not valid Unicode."
    ),
    "history-unlinked": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name}'s history does not link up with what was imported before: it was altered. Refused.",
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
    "card-too-large": QT_TRANSLATE_NOOP("CoreErrors", "The file is too large to be a key card."),
    "card-not-json": QT_TRANSLATE_NOOP(
        "CoreErrors", "This is not a Trial Monitor key card (not JSON)."
    ),
    "card-no-signature": QT_TRANSLATE_NOOP("CoreErrors", "The key card has no valid signature."),
    "card-altered": QT_TRANSLATE_NOOP("CoreErrors", "The key card was altered after it was made."),
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
    "signature-file-too-large": QT_TRANSLATE_NOOP("CoreErrors", "The signature file is too large."),
    "signature-file-not-text": QT_TRANSLATE_NOOP("CoreErrors", "The signature file is not text."),
    "signature-file-format": QT_TRANSLATE_NOOP(
        "CoreErrors", "The signature file is not in minisign's format."
    ),
    "signature-kind": QT_TRANSLATE_NOOP(
        "CoreErrors", "The signature is not a pre-hashed Ed25519 minisign signature."
    ),
    "trusted-comment-unsigned": QT_TRANSLATE_NOOP(
        "CoreErrors", "The signature's trusted comment is not signed."
    ),
    "public-key-not-base64": QT_TRANSLATE_NOOP("CoreErrors", "The public key is not valid base64."),
    "signature-not-base64": QT_TRANSLATE_NOOP("CoreErrors", "The signature is not valid base64."),
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
        "“{title}” cannot be removed: changes without a receipt yet: {pending}. "
        "Nothing was removed.",
    ),
    "own-key-card": QT_TRANSLATE_NOOP("CoreErrors", "That is this vault's own key card."),
    "contact-keys-differ": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is already a contact with different keys. If they really have new keys, "
        "remove the old contact first.",
    ),
    "no-such-contact": QT_TRANSLATE_NOOP("CoreErrors", "No such contact."),
    "name-too-long": QT_TRANSLATE_NOOP("CoreErrors", "A name is at most {max_chars} characters."),
    "no-contact-named": QT_TRANSLATE_NOOP(
        "CoreErrors", "No contact '{reference}'. See 'contacts list'."
    ),
    "contact-ambiguous": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "More than one contact matches '{reference}'; give the contact's id instead.",
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
        "fingerprint {fingerprint}), and the quarantine is full (its limit: {limit}). "
        "Nothing was changed. Import or discard the quarantined bundles, or "
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
    # ---- forwarding up the chain (issue 16) ---------------------------------------
    "forwarded-list-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The forwarded bundle does not list rightly the bundles it carries (from 1 to "
        "{limit} of them).",
    ),
    "forwarded-entry-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "Bundle {number} in the forwarded bundle is malformed."
    ),
    "forwarded-entry-not-original": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Bundle {number} in the forwarded bundle is not a bundle its author wrote: only "
        "authors' own bundles can be forwarded.",
    ),
    "forwarded-bundle-twice": QT_TRANSLATE_NOOP(
        "CoreErrors", "Bundle {number} in the forwarded bundle is there twice."
    ),
    "forwarded-own-bundle": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Bundle {number} in the forwarded bundle was written by this vault: your own "
        "records cannot come back to you. Refused.",
    ),
    "forwarded-author-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The forwarded bundle holds records written by {name} (fingerprint {fingerprint}), "
        "who is not among your contacts. Add their key card after comparing the "
        "fingerprint with them, then import the file again. Nothing was imported.",
    ),
    "forwarded-authors-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The forwarded bundle holds records written by people who are not among your "
        "contacts: {name} (fingerprint {fingerprint}) and others besides (how many: "
        "{others}). Add their key cards after comparing the fingerprints with them, then "
        "import the file again. Nothing was imported.",
    ),
    "forwarded-altered": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The forwarded bundle holds records of {name} that are not what {name} signed: "
        "altered, left out or put in another order on the way. Refused; nothing was "
        "imported.",
    ),
    "forward-nothing-chosen": QT_TRANSLATE_NOOP(
        "CoreErrors", "No bundle received carries what you chose: there is nothing to forward."
    ),
    "forward-nothing-new": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Everything you chose was forwarded to {name} before; there is nothing new to "
        "forward. To forward it again, forward all.",
    ),
    "forward-none-usable": QT_TRANSLATE_NOOP(
        "CoreErrors", "Nothing was forwarded: none of it can be. {reason}"
    ),
    "forward-not-kept": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Not forwarded, from {name}: bundles that arrived before this version of Trial "
        "Monitor kept what their authors signed (how many: {bundles}). Ask {name} to send "
        "everything again, import it, then forward.",
    ),
    "forward-changed": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Not forwarded, from {name}: bundles whose records held here are no longer what "
        "{name} signed, or are not all here (how many: {bundles}). Check the vault with "
        "'trial-monitor verify'.",
    ),
    "forward-too-large": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Not forwarded, from {name}: bundles whose signed list of contents is too large to "
        "forward (how many: {bundles}). Ask {name} to send their records in smaller "
        "bundles.",
    ),
    "forward-original-too-large": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "A bundle from {name} is larger than a forwarded bundle may carry; nothing was written.",
    ),
    "forward-attachment-changed": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "An attachment from {name} held here is no longer what they signed; nothing was "
        "written. Check the vault with 'trial-monitor verify'.",
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
