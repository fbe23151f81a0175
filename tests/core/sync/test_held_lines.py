"""A bundle sent again with new revisions on top of many the vault holds: the lines that are,
byte for byte, revisions held are taken for them without being parsed (`HeldLine`), and
only the new ones are read and checked; a line that only claims to be held (the same
numbers, other bytes; another author's; a manifest that lies) is read and checked as any."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Trial
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.bundle_format import HeldLine, jsonl_objects
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import IMPORTED, REFUSED, Importer
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.sync_layers import Pairing, card_of


def _export(vault: Vault, pairing: Pairing, folder: Path, *, everything: bool = False) -> Path:
    folder.mkdir(exist_ok=True)
    bundle = export_bundle(vault, [pairing.coordinator_contact], folder, everything=everything)
    return folder / bundle.file_name


def _sha(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(
        st.dictionaries(st.sampled_from("abcdef"), st.integers(0, 9) | st.text(max_size=6)),
        min_size=1,
        max_size=12,
    ),
    chosen=st.sets(st.integers(0, 11)),
)
def test_lines_held_come_as_held_in_their_place_and_the_rest_parsed(
    lines: list[dict[str, object]], chosen: set[int]
) -> None:
    encoded = [json.dumps(v, sort_keys=True, separators=(",", ":")).encode() for v in lines]
    held = {_sha(encoded[i]) for i in chosen if i < len(encoded)}
    got = list(jsonl_objects(io.BytesIO(b"\n".join(encoded) + b"\n"), held))
    assert len(got) == len(encoded)
    for line, value, item in zip(encoded, lines, got, strict=True):
        if _sha(line) in held:
            assert item == HeldLine(_sha(line), line)
        else:
            assert not isinstance(item, HeldLine)
            assert item[0] == value


def test_a_bundle_sent_again_with_more_imports_the_new_revisions(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    importer = Importer(coordinator)
    importer.import_paths([_export(notebook.vault, paired, tmp_path / "one")])
    held = RevisionStore(coordinator).count()
    notebook.update_trial(trial.id, court="Regional Court")
    again = _export(notebook.vault, paired, tmp_path / "two", everything=True)
    (result,) = importer.import_paths([again])
    assert result.status == IMPORTED
    assert (result.new_revisions, result.known_revisions) == (1, held)
    assert Notebook(coordinator).get_trial(trial.id).court == "Regional Court"
    assert Notebook(coordinator).verify() == []


def test_a_line_of_another_authors_held_revision_is_refused(
    notebook: Notebook,
    trial: Trial,
    coordinator: Vault,
    paired: Pairing,
    second_observer: Vault,
    tmp_path: Path,
) -> None:
    """Observer B's bundle carrying, byte for byte, a revision of A's that the coordinator
    holds: only the signer's own held revisions stand for lines, so it is read, and
    refused as another author's."""
    importer = Importer(coordinator)
    first = _export(notebook.vault, paired, tmp_path / "a")
    importer.import_paths([first])
    theirs = bt.members(bt.decrypt(first.read_bytes(), coordinator))["revisions.jsonl"]
    to_coordinator = Contacts(second_observer).add(card_of(coordinator))
    Contacts(coordinator).add(card_of(second_observer))
    Notebook(second_observer).add_trial("B's own trial")
    (tmp_path / "b").mkdir()
    own = (
        tmp_path / "b" / export_bundle(second_observer, [to_coordinator], tmp_path / "b").file_name
    )
    parts = bt.members(bt.decrypt(own.read_bytes(), coordinator))
    lines = theirs.splitlines()[:1] + parts["revisions.jsonl"].splitlines()
    parts["revisions.jsonl"] = b"\n".join(lines) + b"\n"
    manifest = bt.manifest_of(parts)
    manifest["revisions"].update(count=len(lines), first_seq=1, kinds={"trial": len(lines)})
    signed = bt.signed(parts, bt.rehash(manifest, parts), Identity(second_observer).signing)
    forged = tmp_path / "forged.age"
    forged.write_bytes(
        bt.encrypt(bt.zip_entries(signed.items()), Identity(coordinator).age_recipient)
    )
    before = RevisionStore(coordinator).count()
    (result,) = importer.import_paths([forged])
    assert result.status == REFUSED
    assert "Revision 1 " in result.message, result.message
    assert "another author" in result.message, result.message
    assert RevisionStore(coordinator).count() == before
