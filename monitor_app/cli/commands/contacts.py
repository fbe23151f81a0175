"""Contact commands: add a key card (after comparing fingerprints), list, remove."""

from __future__ import annotations

import argparse
import sys

from monitor_app.cli.confirm import confirm
from monitor_app.cli.files import read_file
from monitor_app.cli.output import emit, print_table, utc
from monitor_app.cli.session import Session
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.identity import KeyCard
from monitor_app.core.sync.importer import Importer
from monitor_app.core.textsafe import one_line


def cmd_contacts_add(args: argparse.Namespace, session: Session) -> None:
    card = KeyCard.from_file_bytes(read_file(args.file, "key card"))
    vault = session.notebook().vault
    print(f"Key card of: {one_line(card.display_name)}", file=sys.stderr)
    print(f"Fingerprint: {card.fingerprint}", file=sys.stderr)
    for namesake in Contacts(vault).namesakes(card):
        print(
            f"Warning: {one_line(namesake.name)} (id {namesake.author[:8]}) is already a "
            "contact with a name like this; only the fingerprint tells them apart.",
            file=sys.stderr,
        )
    confirm(
        "Ask its owner to read you their fingerprint (in person or by voice). Is it the same?",
        assume_yes=args.yes,
    )
    contact = Contacts(vault).add(card)
    print(contact.author)
    waiting = [q for q in Importer(vault).quarantined() if q.claimed_author == contact.author]
    message = f"Added {one_line(contact.name)} to your contacts."
    if waiting:
        message += (
            f" {len(waiting)} quarantined bundle(s) from them can now be imported: "
            "bundle import --quarantined"
        )
    print(message, file=sys.stderr)


def _contact_json(contact: Contact, importer: Importer) -> dict[str, object]:
    received = importer.received_bundles(contact.author)
    return {
        "author": contact.author,
        "display_name": contact.name,
        "fingerprint": contact.card.fingerprint,
        "added_utc": contact.added_utc,
        "bundles_received": len(received),
        "last_bundle_utc": received[-1].imported_utc if received else None,
        "gaps": list(importer.gaps(contact.author)),
    }


def cmd_contacts_list(args: argparse.Namespace, session: Session) -> None:
    vault = session.notebook().vault
    importer = Importer(vault)
    contacts = [_contact_json(c, importer) for c in Contacts(vault).list()]

    def human() -> None:
        print_table(
            ("ID", "NAME", "FINGERPRINT", "BUNDLES", "LAST", "GAPS"),
            (
                (
                    str(c["author"])[:8],
                    c["display_name"],
                    c["fingerprint"],
                    c["bundles_received"],
                    utc(str(c["last_bundle_utc"])) if c["last_bundle_utc"] else "",
                    "; ".join(c["gaps"]) or "none",  # type: ignore[arg-type]
                )
                for c in contacts
            ),
        )

    emit(args, lambda: contacts, human)


def cmd_contacts_remove(args: argparse.Namespace, session: Session) -> None:
    contacts = Contacts(session.notebook().vault)
    contact = contacts.find(args.id)
    contacts.remove(contact.author)
    print(f"Removed {one_line(contact.name)} from your contacts.", file=sys.stderr)
