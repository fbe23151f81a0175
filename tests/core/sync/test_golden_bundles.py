"""Every bundle an earlier version made imports into this one: golden bundles of each bundle
format (tests/fixtures/bundle_v<N>, made by make_golden_bundle.py: format 1 by the app
before issue 14, format 2 with its sentence elements and proceedings) are imported into
their coordinator's vault and read back exactly, revision by revision and record by record.
And the script still makes the same records, so a golden file can be made again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import RECORD_TYPES, Attachment, Proceeding, SentenceElement
from monitor_app.core.sync.bundle_format import FORMAT_VERSION
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.fixtures import make_golden_bundle as golden_script

FIXTURES = Path(__file__).parents[2] / "fixtures"
GOLDEN = sorted(FIXTURES.glob("bundle_v*"))


def _expected(golden: Path) -> dict[str, Any]:
    return json.loads((golden / "expected.json").read_text(encoding="utf-8"))


def _imported(golden: Path, folder: Path) -> Vault:
    """The golden coordinator's vault, copied to ``folder``, opened, with the golden bundle
    imported; its format checked on the way."""
    expected = _expected(golden)
    shutil.copytree(golden / golden_script.COORDINATOR, folder)
    bundle = folder.parent / golden_script.BUNDLE
    shutil.copyfile(golden / golden_script.BUNDLE, bundle)
    vault = Vault.open(folder)
    vault.unlock(expected["passphrase"])
    manifest = bt.manifest_of(bt.members(bt.decrypt(bundle.read_bytes(), vault)))
    assert manifest["format"] == expected["format"]
    (result,) = Importer(vault).import_paths([bundle])
    assert result.status == IMPORTED, result.message
    assert result.new_revisions == len(expected["revisions"])
    return vault


def _as_read(value: Any) -> Any:
    """A body value as a record holds it (lists become tuples, as `from_revision` makes)."""
    return tuple(value) if isinstance(value, list) else value


def test_there_is_a_golden_bundle_for_every_bundle_format() -> None:
    formats = {int(p.name.removeprefix("bundle_v")) for p in GOLDEN}
    assert formats == set(range(1, FORMAT_VERSION + 1))
    assert [_expected(p)["format"] for p in GOLDEN] == sorted(formats)


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_a_golden_bundle_imports_and_reads_back_exactly(golden: Path, tmp_path: Path) -> None:
    expected = _expected(golden)
    with _imported(golden, tmp_path / "coordinator") as vault:
        notebook = Notebook(vault)
        held = sorted(notebook.store.all_revisions(), key=lambda r: r.author_seq)
        assert [{**r.content(), "hash": r.hash} for r in held] == expected["revisions"]
        assert {r.author for r in held} == {expected["observer"]}
        assert notebook.verify() == []

        records = expected["records"]
        for record_id, record in records.items():
            current = notebook.get_record(RECORD_TYPES[record["kind"]], record_id)
            assert current.revision is not None
            assert current.revision.parent_id == record["parent_id"]
            for name, value in record["fields"].items():
                assert getattr(current, name) == _as_read(value), (record["kind"], name)
        for attachment in notebook.store.heads(Attachment.KIND, None):
            notebook.read_attachment(attachment.record_id)  # its content, checked

        index = CoordinatorIndex.load(vault)
        live = {kind: {i for i, r in records.items() if r["kind"] == kind} for kind in RECORD_TYPES}
        assert set(index.trials) == live["trial"]
        assert set(index.hearings) == live["hearing"]
        assert {e.id for e in index.sentence_elements()} == live[SentenceElement.KIND]
        assert {p.id for p in index.proceedings()} == live[Proceeding.KIND]
        assert set(index.creators.values()) == {expected["observer"]}


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_the_script_makes_the_same_records_again(
    golden: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Encryption, ids and signatures are random: a new run gives other bytes but the same
    records, linked the same way, in a bundle of the same format that imports as exactly."""
    expected = _expected(golden)
    monkeypatch.setenv("TZ", golden_script.ZONE)
    again = tmp_path / "again"
    golden_script.main(again, expected["format"])
    made = _expected(again)
    assert golden_script.normalized(made) == golden_script.normalized(expected)
    with _imported(again, tmp_path / "coordinator") as vault:
        held = sorted(Notebook(vault).store.all_revisions(), key=lambda r: r.author_seq)
        assert [{**r.content(), "hash": r.hash} for r in held] == made["revisions"]
