"""A bundle's lines need not be in the form this app writes them: another writer may escape,
space or order them otherwise, add fields, or put floats and huge numbers in a body. Whatever
the form, the coordinator's vault must hold each revision's canonical JSON as the standard
library writes it, so the author's chain verifies there as it does at home. The forms below
take both of the importer's roads: orjson's and the standard library's."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.records.chain import verify_chains
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.sync_layers import Pairing

KNOWN = (
    "format", "rev_id", "record_id", "kind", "parent_id", "number", "base", "author",
    "author_seq", "created_utc", "tz", "prev_hash", "deleted", "reason", "body",
)  # fmt: skip


def canonical(content: dict[str, Any]) -> bytes:
    """The definition (docs/vault-format.md): the revision's own fields, standard library."""
    known = {key: content[key] for key in KNOWN} | {"format": 1}
    return json.dumps(known, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def in_fields(**values: Any) -> Callable[[dict[str, Any]], None]:
    """Values in a note's fields as a newer app might name them: in a body field this
    version does not know (its own ``fields`` hold only what the rules allow there:
    text, whole numbers within ±2^53, yes/no; see core/records/value_checks.py)."""

    def edit(content: dict[str, Any]) -> None:
        if content["kind"] == "observation":
            content["body"].setdefault("fields_of_a_newer_app", {}).update(values)

    return edit


def compact(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "as exported": lambda content: None,
    "a field this version does not know": lambda content: content.update(comment="née «x»"),
    "the format as true": lambda content: content.update(format=True),
    "small and large floats": in_fields(ratio=0.00001, big=1e16, third=1 / 3, zero=-0.0),
    "integers past 64 bits": in_fields(count=2**70, low=-(2**64)),
    "NaN and infinity": in_fields(unknown=float("nan"), far=float("inf")),
    "nested floats in a new body field": lambda content: content["body"].update(
        extra=[{"a": [1.5, 2**65]}]
    ),
    "text JavaScript would escape": in_fields(note="\u2028\u2029\x7f\x1f😀"),
}
WRITERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "compact": compact,
    "ASCII escapes, spaces, keys unsorted": lambda content: json.dumps(
        dict(reversed(content.items())), indent=1
    ),
}


@pytest.fixture
def exported(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> tuple[dict[str, bytes], Identity]:
    notebook.add_observation(
        hearing.id, "public.capacity_limited", fields={"admitted": 12}, text="«двери закрыты»"
    )
    notebook.start_interval(hearing.id, "remote.connection_lost", parties=("defendant",))
    notebook.add_observation(hearing.id, "general.note", text="the judge left")
    bundle = export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path)
    raw = (tmp_path / bundle.file_name).read_bytes()
    return bt.members(bt.decrypt(raw, coordinator)), Identity(notebook.vault)


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize("edit", list(EDITS))
def test_the_vault_holds_the_standard_canonical_json_whatever_the_lines_form(
    exported: tuple[dict[str, bytes], Identity],
    coordinator: Vault,
    edit: str,
    writer: str,
) -> None:
    parts, author = exported
    contents = [json.loads(line) for line in parts["revisions.jsonl"].splitlines()]
    contents.sort(key=lambda content: content["author_seq"])
    previous = None
    for content in contents:  # edited, and the chain linked again as its author would
        EDITS[edit](content)
        content["prev_hash"] = previous
        previous = hashlib.sha256(canonical(content)).hexdigest()
    lines = "".join(WRITERS[writer](content).replace("\n", " ") + "\n" for content in contents)
    parts = {**parts, "revisions.jsonl": lines.encode()}
    manifest = bt.rehash(bt.manifest_of(parts), parts)
    archive = bt.zip_entries(bt.signed(parts, manifest, author.signing).items())
    raw = bt.encrypt(archive, Identity(coordinator).age_recipient)

    result = Importer(coordinator).import_bytes(raw, "other-writer.age")

    assert result.status == IMPORTED, result
    store = RevisionStore(coordinator)
    held = dict(
        (revision.rev_id, plaintext)
        for revision, plaintext in store.by_author_encoded(author.author)
    )
    assert held == {content["rev_id"]: canonical(content) for content in contents}
    assert verify_chains(store.all_revisions()) == []
