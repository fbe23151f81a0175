"""Hostile and broken bundles: each is refused with a message naming the reason, nothing is
imported, nothing is quarantined, and the file is left exactly as it was.

Forgeries are built from a real bundle by decrypting it, changing it, and (where the case
needs a valid signature) signing it again with a real key, as an attacker holding that key
would."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import REFUSED, Importer
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.sync_layers import Pairing, card_of


@dataclass
class Forge:
    """What a case may use: the real bundle's parts and the keys around it."""

    parts: dict[str, bytes]
    author: Identity  # the observer who wrote the real bundle
    other: Identity  # another observer, also the coordinator's contact

    @property
    def manifest(self) -> dict[str, Any]:
        return bt.manifest_of(self.parts)

    def resigned(self, manifest: dict[str, Any], parts: dict[str, bytes] | None = None) -> dict:
        parts = parts if parts is not None else self.parts
        return bt.signed(parts, bt.rehash(manifest, parts), self.author.signing)

    def with_revisions(self, edit: Callable[[list[dict[str, Any]]], None]) -> dict:
        lines = [json.loads(line) for line in self.parts["revisions.jsonl"].splitlines()]
        edit(lines)
        data = b"".join(
            json.dumps(line, sort_keys=True, separators=(",", ":")).encode() + b"\n"
            for line in lines
        )
        parts = {**self.parts, "revisions.jsonl": data}
        return self.resigned(self.manifest, parts)


def _future_format(f: Forge) -> dict:
    return f.resigned({**f.manifest, "format": 2})


def _same_id_other_content(f: Forge) -> dict:
    return f.resigned({**f.manifest, "app_version": "0.0.0-forged"})


def _claims_other_author(f: Forge) -> dict:
    return f.resigned({**f.manifest, "author": f.other.card().body()})


def _tampered_member(f: Forge) -> dict:
    return {**f.parts, "revisions.jsonl": f.parts["revisions.jsonl"].replace(b"1-", b"9-", 1)}


def _tampered_not_resigned(f: Forge) -> dict:
    parts = _tampered_member(f)
    manifest = bt.rehash(f.manifest, parts)
    data = (json.dumps(manifest, sort_keys=True, indent=1) + "\n").encode()
    return {**parts, "manifest.json": data}


def _wrong_field_type(f: Forge) -> dict:
    def edit(lines: list[dict[str, Any]]) -> None:
        lines[0]["body"]["title"] = 5

    return f.with_revisions(edit)


def _broken_link(f: Forge) -> dict:
    def edit(lines: list[dict[str, Any]]) -> None:
        lines[1]["prev_hash"] = "0" * 64

    return f.with_revisions(edit)


def _another_author_inside(f: Forge) -> dict:
    def edit(lines: list[dict[str, Any]]) -> None:
        lines[0]["author"] = f.other.author

    return f.with_revisions(edit)


def _edit_revision(key: str, value: Any, *, body: bool = False) -> Callable[[Forge], dict]:
    def make(f: Forge) -> dict:
        def edit(lines: list[dict[str, Any]]) -> None:
            (lines[-1]["body"] if body else lines[-1])[key] = value

        return f.with_revisions(edit)

    return make


def _edit_body(kind: str, key: str, value: Any) -> Callable[[Forge], dict]:
    def make(f: Forge) -> dict:
        def edit(lines: list[dict[str, Any]]) -> None:
            next(line for line in lines if line["kind"] == kind)["body"][key] = value

        return f.with_revisions(edit)

    return make


def _count_mismatch(f: Forge) -> dict:
    def edit(lines: list[dict[str, Any]]) -> None:
        del lines[-1]

    return f.with_revisions(edit)


def _unlisted_member(f: Forge) -> dict:
    return {**f.parts, "attachments/" + "ab" * 16: b"smuggled"}


def _malformed_manifest(f: Forge) -> dict:
    return {**f.parts, "manifest.json": b'{"type": "trial-monitor-bundle", '}


def _no_signature(f: Forge) -> dict:
    return {k: v for k, v in f.parts.items() if k != "manifest.json.minisig"}


def _entries(f: Forge, *extra: tuple[str, bytes]) -> list[tuple[str, bytes]]:
    return [*f.parts.items(), *extra]


CASES: dict[str, tuple[Callable[[Forge], Any], str]] = {
    "future format version": (_future_format, "newer Trial Monitor"),
    "replayed id, other content": (_same_id_other_content, "different bundle with this"),
    "signed by one contact, claims another": (_claims_other_author, "claims to be from"),
    "member altered": (_tampered_member, "was altered: its hash does not match"),
    "altered and rehashed, not re-signed": (_tampered_not_resigned, "signature does not match"),
    "a field of the wrong type": (_wrong_field_type, "wrong type"),
    "a broken hash chain": (_broken_link, "does not link"),
    "a revision by another author": (_another_author_inside, "another author"),
    "revision count mismatch": (_count_mismatch, "count does not match"),
    "a lone surrogate in a note": (
        _edit_revision("text", "\ud800", body=True),
        "a character no text may hold",
    ),
    "a huge sequence number": (_edit_revision("author_seq", 2**50), "out of range"),
    "a string where a flag belongs": (_edit_revision("deleted", "false"), "wrong type"),
    "a malformed time in a note": (
        _edit_revision("at", "yesterday", body=True),
        "The time at ('yesterday') is not written as a UTC time",
    ),
    "non-ASCII digits in a time": (
        _edit_revision("created_utc", "\uff12\uff10\uff12\uff16-12-01T10:00:00Z"),
        "The time created_utc",
    ),
    "an unknown time zone": (_edit_revision("tz", "Mars/Olympus_Mons"), "Unknown time zone"),
    # Issue 13: each passed the old pattern check, then broke every coordinator's reader.
    "a date that does not exist": (
        _edit_body("hearing", "scheduled_start", "2026-99-99T99:99:99Z"),
        "The time scheduled_start ('2026-99-99T99:99:99Z') is not a real date and time.",
    ),
    "a date too far ahead to show in every zone": (
        _edit_body("hearing", "scheduled_start", "9999-12-31T23:59:59Z"),
        "The time scheduled_start must fall within the years 1900 to 2199.",
    ),
    "a date before any court sat": (
        _edit_body("hearing", "next_date", "0001-01-01T00:00:00Z"),
        "The time next_date must fall within the years 1900 to 2199.",
    ),
    "a NUL in a title": (
        _edit_body("trial", "title", "State\x00v. X"),
        "a character no text may hold",
    ),
    "a note's end before its start": (
        _edit_body("observation", "end", "2000-01-01T00:00:00Z"),
        "An interval cannot end before it starts.",
    ),
    "an unlisted member": (_unlisted_member, "do not match its manifest"),
    "malformed manifest JSON": (_malformed_manifest, "not valid JSON"),
    "no signature": (_no_signature, "no manifest.json.minisig"),
    "path traversal": (lambda f: _entries(f, ("../evil", b"x")), "unsafe name"),
    "absolute path": (lambda f: _entries(f, ("/etc/evil", b"x")), "unsafe name"),
    "nested traversal": (lambda f: _entries(f, ("attachments/../../x", b"x")), "unsafe name"),
    "backslash path": (lambda f: _entries(f, ("..\\evil", b"x")), "unsafe name"),
    "unexpected member": (lambda f: _entries(f, ("notes.txt", b"x")), "unexpected member"),
    "duplicate members": (
        lambda f: _entries(f, ("revisions.jsonl", f.parts["revisions.jsonl"])),
        "twice",
    ),
    "oversized member": (
        lambda f: _entries(f, ("attachments/" + "cd" * 16, bytes(65 * 1024 * 1024))),
        "larger than the format allows",
    ),
    "decompression bomb": (
        lambda f: [
            (k, v if k != "revisions.jsonl" else bytes(40 * 1024 * 1024))
            for k, v in f.parts.items()
        ],
        "decompression bomb",
    ),
}


@pytest.fixture
def scene(
    notebook: Notebook,
    hearing: Hearing,
    coordinator: Vault,
    second_observer: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> tuple[Path, Forge]:
    for text in ("the judge cut the defendant's microphone", "counsel was not admitted"):
        notebook.add_observation(hearing.id, "general.note", text=text)
    (tmp_path / "out").mkdir()
    export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path / "out")
    path = bt.only_bundle(tmp_path / "out")
    Contacts(coordinator).add(card_of(second_observer))
    parts = bt.members(bt.decrypt(path.read_bytes(), coordinator))
    return path, Forge(parts, Identity(notebook.vault), Identity(second_observer))


def _write(folder: Path, forged: Any, coordinator: Vault) -> Path:
    entries = forged.items() if isinstance(forged, dict) else forged
    archive = bt.zip_entries(entries)
    path = folder / ("f" * 32 + ".age")
    path.write_bytes(bt.encrypt(archive, Identity(coordinator).age_recipient))
    return path


def _assert_refused(coordinator: Vault, path: Path, reason: str) -> None:
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    importer = Importer(coordinator)
    (result,) = importer.import_paths([path])
    assert result.status == REFUSED, result
    assert reason in result.message
    assert result.source == path.name
    assert Notebook(coordinator).store.count() == 0
    assert importer.received_bundles() == []
    assert importer.quarantined() == []
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("case", list(CASES))
def test_a_forged_or_broken_bundle_is_refused_and_changes_nothing(
    scene: tuple[Path, Forge], coordinator: Vault, tmp_path: Path, case: str
) -> None:
    _, forge = scene
    make, reason = CASES[case]
    path = _write(tmp_path, make(forge), coordinator)
    if case == "replayed id, other content":
        genuine = _write(tmp_path / "out", forge.parts, coordinator)
        assert Importer(coordinator).import_paths([genuine])[0].status == "imported"
        count = Notebook(coordinator).store.count()
        (result,) = Importer(coordinator).import_paths([path])
        assert result.status == REFUSED
        assert reason in result.message
        assert Notebook(coordinator).store.count() == count
        return
    _assert_refused(coordinator, path, reason)


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda raw: raw[: len(raw) // 2], "damaged"),
        (lambda raw: raw[:-1], "damaged"),
        (lambda raw: raw[:60], "damaged"),
        (lambda raw: raw[:-40] + bytes([raw[-40] ^ 0x01]) + raw[-39:], "damaged or was altered"),
        (lambda raw: b"PK\x03\x04" + raw, "not an age file"),
        (lambda raw: b"", "not an age file"),
    ],
    ids=["truncated half", "truncated one byte", "header only", "bit flip", "not age", "empty"],
)
def test_a_damaged_file_is_refused(
    scene: tuple[Path, Forge], coordinator: Vault, tmp_path: Path, damage: Any, reason: str
) -> None:
    real, _ = scene
    path = tmp_path / real.name
    path.write_bytes(damage(real.read_bytes()))
    _assert_refused(coordinator, path, reason)


def test_a_bundle_re_encrypted_to_another_coordinator_is_refused(
    scene: tuple[Path, Forge], coordinator: Vault, second_observer: Vault, tmp_path: Path
) -> None:
    """The first coordinator passes the decrypted bundle on, re-encrypted with age to a
    second: the signed recipient list does not name the second, so it is refused."""
    real, forge = scene
    Contacts(second_observer).add(card_of(forge.author.vault))
    plaintext = bt.decrypt(real.read_bytes(), coordinator)
    path = tmp_path / "passed-on.age"
    path.write_bytes(bt.encrypt(plaintext, Identity(second_observer).age_recipient))
    (result,) = Importer(second_observer).import_paths([path])
    assert result.status == REFUSED
    assert "not written for this vault" in result.message
    assert Notebook(second_observer).store.count() == 0


def test_zip_members_compressed_with_an_unknown_method_are_refused(
    scene: tuple[Path, Forge], coordinator: Vault, tmp_path: Path
) -> None:
    _, forge = scene
    archive = bytearray(bt.zip_entries(forge.parts.items(), zipfile.ZIP_STORED))
    # Set every local and central header's method field to 99 (not a real method).
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := archive.find(signature, start)) != -1:
            archive[start + offset : start + offset + 2] = (99).to_bytes(2, "little")
            start += 4
    path = tmp_path / "method.age"
    path.write_bytes(bt.encrypt(bytes(archive), Identity(coordinator).age_recipient))
    _assert_refused(coordinator, path, "")
