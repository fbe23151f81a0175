"""The fictional demo's exchange of bundles, for screenshots and the screen checks of the sync
screens: no real person. Scripts call `fill_sync_demo` after `demo.fill_demo_vault`.

The demo vault gets a coordinator as a contact, two bundles sent to them (the first
confirmed by a receipt), a second observer as a contact, and an inbox folder holding a
bundle from that observer and one from a stranger (which an import puts in quarantine).
The other parties' vaults are made with the lowest key-derivation cost and thrown away.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import Importer
from monitor_app.core.sync.receipts import export_receipt, import_receipt
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault

COORDINATOR = "Coordinator A. Lebedeva"
SECOND_OBSERVER = "Observer 12"
STRANGER = "Observer 31"


@dataclass(frozen=True)
class SyncDemo:
    inbox: Path  # bundles addressed to the demo vault, not imported yet


def _card(vault: Vault) -> KeyCard:
    return KeyCard.from_file_bytes(Identity(vault).card_file_bytes())


def _party(folder: Path, name: str) -> Vault:
    vault, _code = Vault.create(folder, secrets.token_urlsafe(24), name, kdf=KDF_FLOOR)
    return vault


def _send_to(sender: Vault, vault: Vault, title: str, out: Path) -> None:
    """A small trial from ``sender``, bundled for ``vault`` into ``out``."""
    notebook = Notebook(sender)
    trial = notebook.add_trial(title, court="Regional Court", country="BY")
    notebook.add_hearing(
        trial.id, datetime(2026, 11, 25, 8, 0, tzinfo=UTC), "in-person", "Europe/Minsk"
    )
    export_bundle(sender, [Contacts(sender).add(_card(vault))], out)


def fill_sync_demo(vault: Vault, work: Path) -> SyncDemo:
    """Fill the unlocked demo ``vault``; the other parties' files go under ``work``."""
    outbox, inbox = work / "outbox", work / "inbox"
    outbox.mkdir(parents=True)
    inbox.mkdir()
    contacts = Contacts(vault)
    with _party(work / "coordinator", COORDINATOR) as coordinator:
        to_coordinator = contacts.add(_card(coordinator))
        from_observer = Contacts(coordinator).add(_card(vault))
        export_bundle(vault, [to_coordinator], outbox)
        Importer(coordinator).import_paths([outbox])
        receipt = export_receipt(coordinator, from_observer, work)
        import_receipt(vault, receipt)
        export_bundle(vault, [to_coordinator], outbox, everything=True)  # not confirmed yet
    with _party(work / "second", SECOND_OBSERVER) as second:
        contacts.add(_card(second))
        _send_to(second, vault, "Prosecutor v. I. Sidorenko", inbox)
    with _party(work / "stranger", STRANGER) as stranger:
        _send_to(stranger, vault, "Prosecutor v. O. Kravets", inbox)
    return SyncDemo(inbox=inbox)
