"""Hostile and broken bundles: each is refused with a message naming the reason, nothing is
imported, nothing is quarantined, and the file is left exactly as it was.

Forgeries are built from a real bundle by decrypting it, changing it, and (where the case
needs a valid signature) signing it again with a real key, as an attacker holding that key
would."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.bundle_format import FORMAT_VERSION
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import REFUSED, Importer
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.aftermath_cases import enter_ilyashev
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
    return f.resigned({**f.manifest, "format": FORMAT_VERSION + 1})


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


# ---- after the verdict: sentence elements and proceedings (issue 14) --------------------
#
# A bundle holding them is format 2 and declares the kinds it holds (docs/bundle-format.md,
# "Record kinds and format versions"). Hostile values in their fields are refused by the
# rules an observer's app saves by, naming the field; a kind this version does not know is
# refused as a newer app's.


def _edit_current(kind: str, key: str, value: Any) -> Callable[[Forge], dict]:
    """Set ``key`` of the body of the last revision of a record of ``kind``: the record's
    current values, which no later revision replaces (a replaced one is kept as history)."""

    def make(f: Forge) -> dict:
        def edit(lines: list[dict[str, Any]]) -> None:
            last = {line["record_id"]: line for line in lines}
            next(line for line in reversed(last.values()) if line["kind"] == kind)["body"][key] = (
                value
            )

        return f.with_revisions(edit)

    return make


def _edit_revisions_of(kind: str, key: str, value: Any) -> Callable[[Forge], dict]:
    """Set ``key`` of every revision of ``kind`` itself (not of its body)."""

    def make(f: Forge) -> dict:
        def edit(lines: list[dict[str, Any]]) -> None:
            for line in lines:
                if line["kind"] == kind:
                    line[key] = value

        return f.with_revisions(edit)

    return make


def _declared(f: Forge, kinds: Any, **manifest: Any) -> dict:
    revisions = {**f.manifest["revisions"], "kinds": kinds}
    return f.resigned({**f.manifest, "revisions": revisions, **manifest})


def _kinds(f: Forge) -> dict[str, int]:
    return dict(f.manifest["revisions"]["kinds"])


def _a_kind_from_a_newer_app(f: Forge) -> dict:
    """A newer app's bundle, signed by its author: one more revision, of a kind this version
    does not know, chained after the rest and declared."""
    raw = f.parts["revisions.jsonl"].splitlines()
    last = json.loads(raw[-1])
    newer = {
        **last,
        "rev_id": "ab" * 16,
        "record_id": "cd" * 16,
        "kind": "verdict-appeal-x",
        "number": 1,
        "base": None,
        "author_seq": last["author_seq"] + 1,
        "prev_hash": hashlib.sha256(raw[-1]).hexdigest(),
        "body": {"trial_id": last["parent_id"], "grounds": "a kind from a newer version"},
    }
    lines = f.parts["revisions.jsonl"] + json.dumps(newer, sort_keys=True).encode() + b"\n"
    parts = {**f.parts, "revisions.jsonl": lines}
    summary = {
        **f.manifest["revisions"],
        "count": len(raw) + 1,
        "last_seq": newer["author_seq"],
        "kinds": {**_kinds(f), "verdict-appeal-x": 1},
    }
    return f.resigned({**f.manifest, "revisions": summary}, parts)


AFTERMATH_CASES: dict[str, tuple[Callable[[Forge], Any], str]] = {
    # What the bundle says it holds.
    "a kind this version does not know": (
        _a_kind_from_a_newer_app,
        "made by a newer Trial Monitor. Update the app to import it",
    ),
    "a sentence in a format 1 bundle": (
        lambda f: f.resigned({**f.manifest, "format": 1}),
        "Its kind 'sentence' is not one the bundle's manifest and format declare.",
    ),
    "a kind left undeclared": (
        lambda f: _declared(f, {k: n for k, n in _kinds(f).items() if k != "proceeding"}),
        "Its kind 'proceeding' is not one",
    ),
    "a declared count that is wrong": (
        lambda f: _declared(f, {**_kinds(f), "sentence": _kinds(f)["sentence"] + 1}),
        "count of revisions by kind does not match",
    ),
    "no kinds declared": (
        lambda f: _declared(f, {}),
        "does not say rightly which kinds",
    ),
    "kinds declared as a list": (
        lambda f: _declared(f, sorted(_kinds(f))),
        "does not say rightly which kinds",
    ),
    "a kind declared with a flag for its count": (
        lambda f: _declared(f, {**_kinds(f), "sentence": True}),
        "does not say rightly which kinds",
    ),
    "a kind name with a control character": (
        lambda f: _declared(f, {**_kinds(f), "verdict\x1b[2J": 1}),
        "does not say rightly which kinds",
    ),
    # Dates: real days, written as such, in the years every zone can show.
    "a judgment on 30 February": (
        _edit_current("sentence", "judgment_date", "2026-02-30"),
        "The date judgment_date ('2026-02-30') is not a real day.",
    ),
    "a term starting in month 13": (
        _edit_current("sentence", "start_date", "2026-13-01"),
        "The date start_date ('2026-13-01') is not a real day.",
    ),
    "a term starting in the year 1": (
        _edit_current("sentence", "start_date", "0001-01-01"),
        "start_date must fall within the years 1900 to 2199.",
    ),
    "a term ending in 9999": (
        _edit_current("sentence", "end_date", "9999-12-31"),
        "end_date must fall within the years 1900 to 2199.",
    ),
    "a date without its zeros": (
        _edit_current("sentence", "judgment_date", "2026-1-1"),
        "is not written as a date such as 2026-11-24",
    ),
    "an instant where a date belongs": (
        _edit_current("sentence", "end_date", "2026-11-24T10:00:00Z"),
        "is not written as a date such as 2026-11-24",
    ),
    "a term ending before it starts": (
        _edit_current("sentence", "end_date", "1999-12-31"),
        "The term cannot end before it starts.",
    ),
    "a proceeding on 29 February 2026": (
        _edit_current("proceeding", "date", "2026-02-29"),
        "The date date ('2026-02-29') is not a real day.",
    ),
    "a deadline in 9999": (
        _edit_current("proceeding", "deadline", "9999-12-31"),
        "deadline must fall within the years 1900 to 2199.",
    ),
    "a date given as a number": (
        _edit_current("proceeding", "deadline", 20261124),
        "field deadline has the wrong type",
    ),
    # Numbers: whole, within a term's bounds, never a flag or a fraction.
    "a term of a billion years": (
        _edit_current("sentence", "years", 10**9),
        "years must be a whole number from 0 to 100.",
    ),
    "a term of more months than a century": (
        _edit_current("sentence", "months", 1_201),
        "months must be a whole number from 0 to 1200.",
    ),
    "a term of minus one day": (
        _edit_current("sentence", "days", -1),
        "days must be a whole number from 0 to 36600.",
    ),
    "a flag for a number of years": (
        _edit_current("sentence", "years", True),
        "field years has the wrong type",
    ),
    "a fraction of a year": (
        _edit_current("sentence", "years", 2.5),
        "field years has the wrong type",
    ),
    "minus one day of detention": (
        _edit_current("proceeding", "detention_days", -1),
        "detention_days must be a whole number from 0 to 36600.",
    ),
    "a billion days of detention": (
        _edit_current("proceeding", "detention_days", 10**9),
        "detention_days must be a whole number from 0 to 36600.",
    ),
    "a flag for days of detention": (
        _edit_current("proceeding", "detention_days", False),
        "field detention_days has the wrong type",
    ),
    # Text and lists.
    "an activity given as text, not a list": (
        _edit_current("sentence", "activities", "social-media"),
        "field activities has the wrong type",
    ),
    "a number among the activities": (
        _edit_current("sentence", "activities", ["social-media", 5]),
        "field activities has the wrong type",
    ),
    "a NUL in the wording of a ban": (
        _edit_current("sentence", "wording", "engaging in civil\x00 activities"),
        "a character no text may hold",
    ),
    "half a character in the court's answer": (
        _edit_current("proceeding", "answer", "then it is \ud800prohibited"),
        "a character no text may hold",
    ),
    "a defendant's name of 100,001 characters": (
        _edit_current("sentence", "defendant", "x" * 100_001),
        "longer than",
    ),
    "a sentence element named by a number": (
        _edit_current("proceeding", "sentence_id", 5),
        "field sentence_id has the wrong type",
    ),
    # Where they are filed: under the trial their body names.
    "a sentence filed under another record": (
        _edit_current("sentence", "trial_id", "ef" * 16),
        "filed under another record than the one its trial_id names",
    ),
    "a proceeding filed under nothing": (
        _edit_revisions_of("proceeding", "parent_id", None),
        "filed under another record than the one its trial_id names",
    ),
}


@pytest.fixture
def aftermath_scene(
    notebook: Notebook,
    coordinator: Vault,
    second_observer: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> Forge:
    """Ilyashev's case as an observer entered it (sentence, clarification, violation),
    sent to the coordinator: a real format 2 bundle to forge from."""
    enter_ilyashev(notebook)
    (tmp_path / "out").mkdir()
    export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path / "out")
    path = bt.only_bundle(tmp_path / "out")
    Contacts(coordinator).add(card_of(second_observer))
    parts = bt.members(bt.decrypt(path.read_bytes(), coordinator))
    assert bt.manifest_of(parts)["format"] == 2
    return Forge(parts, Identity(notebook.vault), Identity(second_observer))


@pytest.mark.parametrize("case", list(AFTERMATH_CASES))
def test_a_hostile_sentence_or_proceeding_is_refused_and_changes_nothing(
    aftermath_scene: Forge, coordinator: Vault, tmp_path: Path, case: str
) -> None:
    make, reason = AFTERMATH_CASES[case]
    _assert_refused(coordinator, _write(tmp_path, make(aftermath_scene), coordinator), reason)


def test_the_genuine_aftermath_bundle_imports(
    aftermath_scene: Forge, coordinator: Vault, tmp_path: Path
) -> None:
    """The bundle every case above forges from is accepted as it is."""
    path = _write(tmp_path, aftermath_scene.parts, coordinator)
    (result,) = Importer(coordinator).import_paths([path])
    assert result.status == "imported", result.message
