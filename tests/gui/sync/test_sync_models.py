"""The sync table models, without widgets: Qt's model tester, hostile names and messages
shown safely, ticks that only some rows take and that survive a reload, what a receipt's
acknowledgement looks like."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from monitor_app.core.sync.arrivals import Gaps
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.export import SentBundle
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import (
    CANCELLED,
    IMPORTED,
    QUARANTINED,
    REFUSED,
    ImportResult,
    QuarantinedBundle,
)
from monitor_app.core.sync.receipts import PurgeCandidate
from monitor_app.core.textsafe import REPLACEMENT
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.models import CELL_CHARS, RECORD_ID_ROLE, SORT_ROLE
from monitor_app.gui.sync.models import (
    ContactsModel,
    ImportResultsModel,
    PurgeModel,
    QuarantineModel,
    RecipientsModel,
    SentBundlesModel,
    status_label,
)
from tests.layers import PASSPHRASE

HOSTILE = "Evil\u202eexe.txt\nsecond line\x1b[31m" + "z" * 5000
CHECK = Qt.ItemDataRole.CheckStateRole
AUTHOR_A, AUTHOR_B = "a" * 32, "b" * 32


def contacts_named(vault: Vault, folder: Path, *names: str) -> list[Contact]:
    """Real key cards of new vaults with these names, added as contacts of ``vault``."""
    added = []
    for number, name in enumerate(names):
        other, _code = Vault.create(folder / f"party{number}", PASSPHRASE, name, kdf=KDF_FLOOR)
        with other:
            card = KeyCard.from_file_bytes(Identity(other).card_file_bytes())
        added.append(Contacts(vault).add(card))
    return added


def assert_safe(text: object) -> None:
    assert isinstance(text, str)
    assert not {"\u202e", "\n", "\x1b"} & set(text)
    assert len(text) <= CELL_CHARS


def test_contacts_model_shows_a_hostile_name_safely(
    qtmodeltester: ModelTester, vault: Vault, tmp_path: Path
) -> None:
    """A name stored before names were checked (a card cannot bring one now)."""
    [evil, plain] = contacts_named(vault, tmp_path, "Evil", "Coordinator C")
    item = evil.to_item()
    item["card"]["display_name"] = HOSTILE
    with vault.database.reading() as conn:
        rows = [row[0] for row in conn.execute("SELECT item_id FROM contacts")]
    table = SealedTable(vault, "contacts")
    evil_row = next(r for r in rows if (table.get(r) or {})["card"]["display_name"] == "Evil")
    table.put(evil_row, item)
    model = ContactsModel()
    model.set_records(Contacts(vault).list())
    qtmodeltester.check(model)
    row = model.row_of(evil.author)
    assert row is not None
    name = model.index(row, ContactsModel.NAME).data()
    assert_safe(name)
    shown = f"Evil{REPLACEMENT}exe.txt{REPLACEMENT}second line{REPLACEMENT}[31mzz"
    assert str(name).startswith(shown)
    assert model.index(row, ContactsModel.FINGERPRINT).data() == evil.card.fingerprint
    assert model.index(row, 0).data(RECORD_ID_ROLE) == evil.author
    assert model.index(row, ContactsModel.ADDED).data(SORT_ROLE) == evil.added_utc
    assert model.row_of(plain.author) is not None


def test_recipients_keep_their_ticks_across_a_reload(
    qtmodeltester: ModelTester, vault: Vault, tmp_path: Path
) -> None:
    first, second = contacts_named(vault, tmp_path, "Coordinator C", "Coordinator D")
    model = RecipientsModel()
    model.set_records([first, second])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(CHECK) == Qt.CheckState.Unchecked
    assert model.index(0, RecipientsModel.FINGERPRINT).data(CHECK) is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(1, 0), Qt.CheckState.Checked, CHECK)
    assert model.chosen() == [second]
    model.set_records([first, second])
    assert model.checked_ids() == [second.author]
    model.set_records([first])  # the ticked one is gone: so is its tick
    assert model.checked_ids() == []
    model.set_records([first, second])
    assert model.checked_ids() == []


def test_only_a_trial_that_may_go_can_be_ticked(qtmodeltester: ModelTester) -> None:
    model = PurgeModel()
    model.set_records(
        [
            PurgeCandidate("t1", "Acknowledged", 3, 5, True),
            PurgeCandidate("t2", HOSTILE, 1, 1, False, pending=1),
            PurgeCandidate("t3", "Shared", 2, 2, False, foreign=True),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, PurgeModel.STATE).data() == "yes: the coordinator confirmed all of it"
    assert model.index(1, PurgeModel.STATE).data() == "no: 1 change without a receipt yet"
    assert model.index(2, PurgeModel.STATE).data() == "no: it holds records from other people"
    assert_safe(model.index(1, PurgeModel.TITLE).data())
    assert model.index(1, 0).data(CHECK) is None
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(model.index(1, 0), Qt.CheckState.Checked, CHECK)
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked, CHECK)
    assert model.checked_ids() == ["t1"]
    assert model.checked_titles() == ["Acknowledged"]
    assert model.index(0, PurgeModel.RECORDS).data(SORT_ROLE) == 3


def sent(acknowledged: dict[str, str]) -> SentBundle:
    return SentBundle(
        bundle_id="c" * 32,
        file_name="0123abcd.age",
        created_utc="2026-11-24T07:00:00.000000Z",
        recipients=((AUTHOR_A, "Coordinator C", 1), (AUTHOR_B, HOSTILE, 1)),
        first_seq=1,
        last_seq=4,
        revisions=4,
        attachments=0,
        manifest_sha256="d" * 64,
        acknowledged=acknowledged,
    )


def test_sent_bundles_say_who_acknowledged_them(qtmodeltester: ModelTester) -> None:
    model = SentBundlesModel()
    model.set_records(
        [
            sent({}),
            sent({AUTHOR_A: "2026-11-25T08:00:00.000000Z"}),
            sent({AUTHOR_A: "2026-11-25T08:00:00Z", AUTHOR_B: "2026-11-26T09:30:00Z"}),
            sent({AUTHOR_A: "yesterday\u202e", AUTHOR_B: "yesterday\u202e"}),  # a receipt said so
        ]
    )
    qtmodeltester.check(model)
    receipt = [model.index(row, SentBundlesModel.ACKNOWLEDGED).data() for row in range(4)]
    assert receipt[0] == "not yet"
    assert receipt[1] == "received by Coordinator C"
    assert receipt[2].startswith("received 2026-11-2")
    assert receipt[3] == f"received yesterday{REPLACEMENT}"
    assert_safe(model.index(0, SentBundlesModel.RECIPIENTS).data())
    assert model.index(0, SentBundlesModel.REVISIONS).data(SORT_ROLE) == 4
    assert model.index(0, SentBundlesModel.DATE).data(SORT_ROLE) == "2026-11-24T07:00:00.000000Z"


def test_import_results_show_hostile_text_and_gaps_safely(qtmodeltester: ModelTester) -> None:
    model = ImportResultsModel()
    results = [
        ImportResult(
            "one.age", IMPORTED, "Imported 3 new revision(s) from Observer A.", "e" * 32,
            AUTHOR_A, "Observer A", 3, 2, ("(English)",), Gaps(((2, 2),), ((7, 9),)),
        ),
        ImportResult(HOSTILE, QUARANTINED, HOSTILE, author_name=HOSTILE),
        ImportResult("three.age", CANCELLED, "Not imported: cancelled."),
        ImportResult("four.age", "from-a-newer-app\u202e", "?"),
        ImportResult("five.age", REFUSED, "The signature is not valid: \x1b[31m."),
    ]  # fmt: skip
    model.set_records(results)
    qtmodeltester.check(model)
    assert model.index(0, ImportResultsModel.MESSAGE).data() == (
        "Imported 3 new changes from Observer A. Already here: 2. Still missing: "
        "bundle 2 not received yet; changes 7-9 missing."
    )
    assert model.index(0, ImportResultsModel.NEW).data(SORT_ROLE) == 3
    for number in range(model.columnCount()):
        assert_safe(model.index(1, number).data())
    assert model.index(2, ImportResultsModel.STATUS).data() == "Not imported (cancelled)"
    assert model.index(2, ImportResultsModel.SENDER).data() == "—"
    assert model.index(3, ImportResultsModel.STATUS).data() == f"from-a-newer-app{REPLACEMENT}"
    refusal = model.index(4, ImportResultsModel.MESSAGE).data()
    assert refusal == f"The signature is not valid: {REPLACEMENT}[31m."  # the core's reason
    assert status_label(IMPORTED) == "Imported"


def test_quarantine_model_shows_what_the_bundle_claims_safely(
    qtmodeltester: ModelTester,
) -> None:
    model = QuarantineModel()
    model.set_records(
        [QuarantinedBundle("f" * 32, HOSTILE, "2026-11-24T07:00:00Z", HOSTILE, AUTHOR_A, "1 2")]
    )
    qtmodeltester.check(model)
    for number in range(model.columnCount()):
        assert_safe(model.index(0, number).data())
    assert model.index(0, 0).data(RECORD_ID_ROLE) == "f" * 32
    assert model.index(0, QuarantineModel.RECEIVED).data(SORT_ROLE) == "2026-11-24T07:00:00Z"
