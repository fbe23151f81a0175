"""Identity commands: show this vault's keys, export its key card or its age identity."""

from __future__ import annotations

import argparse
import sys

from monitor_app.cli.confirm import confirm
from monitor_app.cli.files import write_private_file
from monitor_app.cli.output import emit, print_fields
from monitor_app.cli.session import Session
from monitor_app.core.sync.card_export import note_key_card_exported
from monitor_app.core.sync.identity import Identity
from monitor_app.core.textsafe import one_line


def cmd_identity_show(args: argparse.Namespace, session: Session) -> None:
    identity = Identity(session.notebook().vault)
    card = identity.card()
    emit(
        args,
        lambda: {
            "author": card.author,
            "display_name": card.display_name,
            "fingerprint": card.fingerprint,
            "signing_key": card.signing_key.to_base64(),
            "key_id": card.signing_key.key_id_hex,
            "age_recipient": card.age_recipient,
        },
        lambda: print_fields(
            (
                ("Name", card.display_name),
                ("Author id", card.author),
                ("Fingerprint", card.fingerprint),
                (
                    "Signing key",
                    f"{card.signing_key.to_base64()} (id {card.signing_key.key_id_hex})",
                ),
                ("age recipient", card.age_recipient),
            )
        ),
    )


def cmd_identity_export(args: argparse.Namespace, session: Session) -> None:
    vault = session.notebook().vault
    identity = Identity(vault)
    write_private_file(args.out, identity.card_file_bytes(), overwrite=args.force)
    note_key_card_exported(vault)
    if args.minisign is not None:
        text = identity.signing.public.to_file_text().encode("ascii")
        write_private_file(args.minisign, text, overwrite=args.force)
    print(
        f"Wrote your key card to {one_line(str(args.out))}. Send it to your contact, then "
        f"read them its fingerprint: {identity.card().fingerprint}",
        file=sys.stderr,
    )


def cmd_identity_export_age_key(args: argparse.Namespace, session: Session) -> None:
    identity = Identity(session.notebook().vault)
    confirm(
        "This writes the SECRET key that opens every bundle and receipt sent to you, "
        f"unencrypted, to {one_line(str(args.out))}. Anyone with the file can read them. "
        "Keep it offline and delete it when done.",
        assume_yes=args.yes,
    )
    write_private_file(args.out, identity.age_identity_file_text().encode(), overwrite=args.force)
    print(
        f"Wrote the age identity to {one_line(str(args.out))} (readable by you only). "
        "Open a bundle with: age -d -i FILE BUNDLE > bundle.zip",
        file=sys.stderr,
    )
