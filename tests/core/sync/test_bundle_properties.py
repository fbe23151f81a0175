"""Property tests: real bundles mutated at random either import unchanged or are refused
cleanly — never a crash (an exception that is not the core's own), never half an import.

Four kinds of mutation: bytes of the encrypted file; bytes of the decrypted archive
(re-encrypted, so age lets them through); values of the manifest; and values of revisions
(both re-signed with the author's real key, so the signature lets them through and the
deeper checks are what is tested). Plus the parsers on arbitrary bytes."""

from __future__ import annotations

import contextlib
import json
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
from monitor_app.core.sync.importer import ALREADY_HAD, IMPORTED, Importer
from monitor_app.core.sync.minisign import SignatureError, parse_signature
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.sync_layers import Pairing

PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

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
    bundle = export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path)
    raw = (tmp_path / bundle.file_name).read_bytes()
    parts = bt.members(bt.decrypt(raw, coordinator))
    rev_ids = {json.loads(line)["rev_id"] for line in parts["revisions.jsonl"].splitlines()}
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


def _import_cleanly(scene: Scene, raw: bytes) -> None:
    """Import ``raw``: accepted means the vault holds exactly the genuine revisions;
    refused means a core error and the vault as it was."""
    before = _held(scene.coordinator)
    try:
        result = Importer(scene.coordinator).import_bytes(raw, "mutated.age")
    except TrialMonitorError as exc:
        message = str(exc)
    else:
        message = ""
    if message:  # refused, with a message for the user
        assert _held(scene.coordinator) == before
        return
    assert result.status in (IMPORTED, ALREADY_HAD), result
    assert _held(scene.coordinator) == scene.rev_ids


def _reseal(scene: Scene, parts: dict[str, bytes]) -> bytes:
    return bt.encrypt(bt.zip_entries(parts.items()), scene.recipient)


@PROPERTY
@given(data=st.data())
def test_mutated_encrypted_files_are_refused_or_import_unchanged(scene: Scene, data: Any) -> None:
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
    _import_cleanly(scene, bytes(raw))


@PROPERTY
@given(data=st.data())
def test_mutated_archives_are_refused_or_import_unchanged(scene: Scene, data: Any) -> None:
    archive = bytearray(bt.zip_entries(scene.parts.items()))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(archive) - 1))
        archive[position] = data.draw(st.integers(0, 255))
    _import_cleanly(scene, bt.encrypt(bytes(archive), scene.recipient))


@PROPERTY
@given(data=st.data())
def test_re_signed_manifests_with_random_values_are_refused_or_import_unchanged(
    scene: Scene, data: Any
) -> None:
    manifest = bt.manifest_of(scene.parts)
    target = manifest
    path = data.draw(st.lists(st.sampled_from(sorted(_keys(manifest))), min_size=1, max_size=1))
    key = path[0]
    if isinstance(target.get(key), dict) and target[key] and data.draw(st.booleans()):
        target = target[key]
        key = data.draw(st.sampled_from(sorted(target)))
    target[key] = data.draw(json_values)
    parts = bt.signed(scene.parts, manifest, scene.author.signing)
    _import_cleanly(scene, _reseal(scene, parts))


@PROPERTY
@given(data=st.data())
def test_re_signed_revisions_with_random_values_are_refused_or_import_unchanged(
    scene: Scene, data: Any
) -> None:
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
    _import_cleanly(scene, _reseal(scene, bt.signed(parts, manifest, scene.author.signing)))


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
