"""Property tests: real bundles mutated at random either import unchanged or are refused
cleanly — never a crash (an exception that is not the core's own), never half an import.
Each example imports into a fresh copy of the coordinator's vault (as
test_merge_properties does), so none is refused merely as the replay of an earlier
example's bundle id; each test counts that the checks it aims at were reached.

The bundle holds every kind of record (issue 14's sentence elements and proceedings too,
so it is of format 2 and declares its kinds). Four kinds of mutation: bytes of the
encrypted file; bytes of the decrypted archive (re-encrypted, so age lets them through);
values of the manifest; and values of revisions (both re-signed with the author's real
key, so the signature lets them through and the deeper checks are what is tested). Plus
the parsers on arbitrary bytes."""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.bundle_format import BundleError, read_archive
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity, KeyCard, KeyCardError
from monitor_app.core.sync.importer import ALREADY_HAD, IMPORTED, Importer, ImportResult
from monitor_app.core.sync.minisign import SignatureError, parse_signature
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.aftermath_cases import enter_ilyashev
from tests.sync_layers import COORDINATOR_PASSPHRASE, Pairing

PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@dataclass
class Scene:
    raw: bytes
    parts: dict[str, bytes]
    rev_ids: set[str]
    author: Identity
    coordinator: Vault
    recipient: str


@pytest.fixture
def scene(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> Scene:
    note = notebook.add_observation(hearing.id, "general.note", text="the public was kept out")
    notebook.add_attachment(note.id, "door.png", b"\x89PNG closed door")
    notebook.start_interval(hearing.id, "remote.connection_lost", parties=("defendant",))
    enter_ilyashev(notebook)  # sentence elements and proceedings: a format 2 bundle
    bundle = export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path)
    raw = (tmp_path / bundle.file_name).read_bytes()
    parts = bt.members(bt.decrypt(raw, coordinator))
    rev_ids = {json.loads(line)["rev_id"] for line in parts["revisions.jsonl"].splitlines()}
    coordinator.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # copied per example
    return Scene(
        raw,
        parts,
        rev_ids,
        Identity(notebook.vault),
        coordinator,
        Identity(coordinator).age_recipient,
    )


def _held(vault: Vault) -> set[str]:
    return {r.rev_id for r in Notebook(vault).store.all_revisions()}


def _import_cleanly(scene: Scene, raw: bytes) -> str:
    """Import ``raw`` into a fresh copy of the coordinator's vault: accepted means it holds
    exactly the genuine revisions; refused means a core error and the vault as it was.
    Returns the import's status, or the refusal's code."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "vault"
        shutil.copytree(scene.coordinator.folder, folder)
        with Vault.open(folder) as fresh:
            fresh.unlock(COORDINATOR_PASSPHRASE)
            before = _held(fresh)
            outcome = _outcome(fresh, raw)
            if isinstance(outcome, TrialMonitorError):
                assert str(outcome)  # refused, with a message for the user
                assert _held(fresh) == before
                return outcome.code
            assert outcome.status in (IMPORTED, ALREADY_HAD), outcome
            assert _held(fresh) == scene.rev_ids
            return outcome.status


def _outcome(vault: Vault, raw: bytes) -> ImportResult | TrialMonitorError:
    try:
        return Importer(vault).import_bytes(raw, "mutated.age")
    except TrialMonitorError as refused:
        return refused


def _reseal(scene: Scene, parts: dict[str, bytes]) -> bytes:
    return bt.encrypt(bt.zip_entries(parts.items()), scene.recipient)


def _mutated_file(scene: Scene, data: st.DataObject) -> bytes:
    raw = bytearray(scene.raw)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[position] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del raw[position:]
            if not raw:
                break
        else:
            raw[position:position] = data.draw(st.binary(min_size=1, max_size=8))
    return bytes(raw)


def _mutated_archive(scene: Scene, data: st.DataObject) -> bytes:
    archive = bytearray(bt.zip_entries(scene.parts.items()))
    # Nearly all bytes are compressed member data, where any change is a damaged member
    # (a CRC mismatch); so half the changes land in the central directory (found from the
    # end record's offset field: the archive has no comment), whose fields each reach a
    # check of their own.
    directory = int.from_bytes(archive[-6:-2], "little")
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.sampled_from([0, directory]))
        position = data.draw(st.integers(start, len(archive) - 1))
        archive[position] = data.draw(st.integers(0, 255))
    return bt.encrypt(bytes(archive), scene.recipient)


def _re_signed_manifest(scene: Scene, data: st.DataObject) -> bytes:
    manifest = bt.manifest_of(scene.parts)
    target = manifest
    path = data.draw(st.lists(st.sampled_from(sorted(_keys(manifest))), min_size=1, max_size=1))
    key = path[0]
    if isinstance(target.get(key), dict) and target[key] and data.draw(st.booleans()):
        target = target[key]
        key = data.draw(st.sampled_from(sorted(target)))
    target[key] = data.draw(json_values)
    parts = bt.signed(scene.parts, manifest, scene.author.signing)
    return _reseal(scene, parts)


def _re_signed_revisions(scene: Scene, data: st.DataObject) -> bytes:
    lines = [json.loads(line) for line in scene.parts["revisions.jsonl"].splitlines()]
    line = data.draw(st.sampled_from(lines))
    target = line
    key = data.draw(st.sampled_from(sorted(line)))
    if key == "body" and line["body"] and data.draw(st.booleans()):
        target = line["body"]
        key = data.draw(st.sampled_from(sorted(target)))
    target[key] = data.draw(json_values)
    revisions = b"".join(
        json.dumps(item, sort_keys=True, separators=(",", ":")).encode() + b"\n" for item in lines
    )
    parts = {**scene.parts, "revisions.jsonl": revisions}
    manifest = bt.rehash(bt.manifest_of(scene.parts), parts)
    return _reseal(scene, bt.signed(parts, manifest, scene.author.signing))


# Each mutation, and the refusals that show the checks it aims at were reached: a test
# that met none of them tested nothing (as when every example after the first was refused
# as a replayed bundle id).
MUTATIONS: dict[str, tuple[Callable[[Scene, st.DataObject], bytes], frozenset[str]]] = {
    "encrypted file": (_mutated_file, frozenset()),
    "archive": (_mutated_archive, frozenset()),
    "re-signed manifest": (_re_signed_manifest, frozenset()),
    "re-signed revisions": (_re_signed_revisions, frozenset({"revision-invalid"})),
}


@pytest.mark.parametrize("mutation", list(MUTATIONS))
def test_mutated_bundles_are_refused_or_import_unchanged(scene: Scene, mutation: str) -> None:
    mutate, aimed_at = MUTATIONS[mutation]
    outcomes: Counter[str] = Counter()

    @PROPERTY
    @given(data=st.data())
    def example(data: st.DataObject) -> None:
        outcomes[_import_cleanly(scene, mutate(scene, data))] += 1

    example()
    assert "bundle-id-reused" not in outcomes, outcomes
    # More than one way through the import, unless every example reached the check aimed at.
    assert len(outcomes) > 1 or set(outcomes) <= aimed_at, outcomes
    assert not aimed_at or aimed_at & set(outcomes), outcomes


def _keys(manifest: dict[str, Any]) -> set[str]:
    return set(manifest) - {"members"}  # members are rehashed by the attacker anyway


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_the_parsers_raise_only_their_own_errors_on_any_bytes(data: bytes) -> None:
    for parse, errors in (
        (read_archive, BundleError),
        (parse_signature, SignatureError),
        (KeyCard.from_file_bytes, KeyCardError),
    ):
        with contextlib.suppress(errors):
            parse(data)


def test_an_archive_claiming_a_zip_version_python_lacks_is_refused_as_such(
    scene: Scene,
) -> None:
    """Found by the archive mutations: zipfile raises NotImplementedError, not its own
    error, for a directory entry's "version needed to extract" it does not know."""
    archive = bytearray(bt.zip_entries(scene.parts.items()))
    directory = int.from_bytes(archive[-6:-2], "little")
    archive[directory + 6] = 64  # the first entry's version needed: 6.4
    with pytest.raises(BundleError) as refused:
        read_archive(bytes(archive))
    assert refused.value.code == "not-an-archive"
