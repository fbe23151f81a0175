"""An export never writes a bundle the importer refuses (issue 13): past what one bundle may
carry, it writes several parts, each within the limits an import checks, and importing every
part, in any order, gives the coordinator all the author's revisions, as one bundle would.

The limits are lowered here (the constants in `bundle_format`, which both sides read), so a
few dozen revisions stand for the ~80,000 a real bundle takes."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync import bundle_format
from monitor_app.core.sync.bundle_format import BundleError, parsed_cost
from monitor_app.core.sync.export import (
    Cancelled,
    SentBundle,
    SentBundles,
    export_bundle,
    export_bundles,
)
from monitor_app.core.sync.importer import IMPORTED, REFUSED, Importer
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import COORDINATOR_PASSPHRASE, Pairing

ATTACHMENTS = 3


@pytest.fixture
def observed(notebook: Notebook, hearing: Hearing, paired: Pairing) -> Notebook:
    """Some thirty revisions: notes, edits, a deletion and attachments (each bundle must
    carry the content of those it names)."""
    notes = [
        notebook.add_observation(hearing.id, "general.note", text=f"note {n} " * (n + 1))
        for n in range(12)
    ]
    for note in notes[:6]:
        notebook.update_observation(note.id, text="corrected")
    for number in range(ATTACHMENTS):
        notebook.add_attachment(notes[number].id, f"photo-{number}.bin", os.urandom(20_000))
    notebook.delete(notes[-1].id, "entered twice")
    return notebook


def _lines(notebook: Notebook) -> list[bytes]:
    author = notebook.vault.observer_id
    return [data for _, data in notebook.store.by_author_encoded(author, 1)]


def _limit(name: str, notebook: Notebook) -> int:
    """A lowered limit that cuts this observer's revisions into several bundles."""
    if name == "MAX_REVISION_LINES":
        return 7
    if name == "MAX_PARSED_COST":
        return 4 * max(parsed_cost(line) for line in _lines(notebook))
    return 4  # MAX_MEMBERS: manifest, signature, revisions.jsonl and one attachment


LIMITS = ["MAX_REVISION_LINES", "MAX_PARSED_COST", "MAX_MEMBERS"]
REFUSALS = {
    "MAX_REVISION_LINES": "revisions-too-many-lines",
    "MAX_PARSED_COST": "revisions-too-large",
    "MAX_MEMBERS": "too-many-members",
}


@pytest.fixture(params=LIMITS)
def lowered(
    request: pytest.FixtureRequest, observed: Notebook, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The name of the limit lowered, for the export and the import alike."""
    name: str = request.param
    monkeypatch.setattr(bundle_format, name, _limit(name, observed))
    return name


@pytest.fixture
def parts(observed: Notebook, paired: Pairing, lowered: str, tmp_path: Path) -> list[SentBundle]:
    folder = tmp_path / "parts"
    folder.mkdir()
    return export_bundles(observed.vault, [paired.coordinator_contact], folder, everything=True)


def test_an_export_past_one_bundle_writes_consecutive_parts_each_remembered(
    observed: Notebook, parts: list[SentBundle], lowered: str, tmp_path: Path
) -> None:
    total = len(_lines(observed))
    assert len(parts) >= 2
    if lowered == "MAX_REVISION_LINES":
        assert len(parts) == -(-total // 7)
    if lowered == "MAX_MEMBERS":
        assert len(parts) >= ATTACHMENTS
        assert sum(p.attachments for p in parts) == ATTACHMENTS
    assert parts[0].first_seq == 1
    assert parts[-1].last_seq == total
    for before, after in itertools.pairwise(parts):
        assert after.first_seq == before.last_seq + 1
    assert [p.revisions for p in parts] == [p.last_seq - p.first_seq + 1 for p in parts]
    assert [p.recipients[0][2] for p in parts] == list(range(1, len(parts) + 1))
    assert SentBundles(observed.vault).all() == parts
    assert sorted(p.name for p in (tmp_path / "parts").iterdir()) == sorted(
        p.file_name for p in parts
    )


@pytest.mark.parametrize("limit", LIMITS)
def test_one_bundle_past_the_limit_is_refused_and_the_one_bundle_export_writes_none(
    observed: Notebook,
    paired: Pairing,
    coordinator: Vault,
    tmp_path: Path,
    limit: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Why parts are needed: the importer refuses a bundle past the limit."""
    whole = tmp_path / "whole"
    whole.mkdir()
    sent = export_bundle(observed.vault, [paired.coordinator_contact], whole)  # real limits
    monkeypatch.setattr(bundle_format, limit, _limit(limit, observed))
    (result,) = Importer(coordinator).import_paths([whole / sent.file_name])
    assert result.status == REFUSED
    assert result.error is not None
    assert result.error.code == REFUSALS[limit]
    again = tmp_path / "again"
    again.mkdir()
    with pytest.raises(ValidationError) as refused:
        export_bundle(observed.vault, [paired.coordinator_contact], again, everything=True)
    assert refused.value.code == "export-needs-parts"
    assert list(again.iterdir()) == []
    assert SentBundles(observed.vault).all() == [sent]


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_parts_in_any_order_give_the_coordinator_what_one_bundle_would(
    observed: Notebook,
    parts: list[SentBundle],
    coordinator: Vault,
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    order = data.draw(st.permutations(parts))
    coordinator.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "vault"
        shutil.copytree(coordinator.folder, copy)
        with Vault.open(copy) as fresh:
            fresh.unlock(COORDINATOR_PASSPHRASE)
            importer = Importer(fresh)
            results = importer.import_paths([tmp_path / "parts" / p.file_name for p in order])
            assert [r.status for r in results] == [IMPORTED] * len(parts), results
            assert not importer.missing(observed.vault.observer_id)
            merged = Notebook(fresh)
            assert merged.verify() == []
            own = list(observed.store.all_revisions())
            assert {r.rev_id for r in merged.store.all_revisions()} == {r.rev_id for r in own}
            for revision in own:
                if revision.kind == "attachment":
                    blob_id = str(revision.body["blob_id"])
                    assert merged.store.get_blob(blob_id, revision.record_id) == (
                        observed.store.get_blob(blob_id, revision.record_id)
                    )


def test_a_revision_no_bundle_may_carry_is_refused_before_anything_is_written(
    observed: Notebook, paired: Pairing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_format, "MAX_PARSED_COST", 10)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BundleError) as refused:
        export_bundles(observed.vault, [paired.coordinator_contact], out, everything=True)
    assert refused.value.code == "revision-too-large-to-send"
    assert refused.value.params["seq"] == 1
    assert list(out.iterdir()) == []


class _CancelOnceSent:
    """The user cancels as soon as the first part is remembered as sent."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def is_set(self) -> bool:
        return bool(SentBundles(self.vault).all())


def test_a_cancel_between_parts_leaves_nothing_written_or_remembered(
    observed: Notebook, paired: Pairing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_format, "MAX_REVISION_LINES", 7)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_bundles(
            observed.vault,
            [paired.coordinator_contact],
            out,
            everything=True,
            cancel=_CancelOnceSent(observed.vault),
        )
    assert list(out.iterdir()) == []
    assert SentBundles(observed.vault).all() == []
