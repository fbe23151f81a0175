"""What a stranger can make a coordinator spend (issue 13): the quarantine is capped by count
and by size, and a refusal keeps nothing; ``revisions.jsonl`` is streamed, so a newline bomb
or an endless line is refused with its reason and within a stated memory bound (measured in
a child process: a bound on memory, not a timing)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.archive_head import HeadReader
from monitor_app.core.sync.bundle_format import (
    MAX_BLANK_LINES,
    MAX_LINE_BYTES,
    BundleError,
    jsonl_lines,
    jsonl_objects,
)
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import IMPORTED, QUARANTINED, REFUSED, Importer
from monitor_app.core.sync.quarantine_limits import (
    QuarantineLimits,
    quarantine_limits,
    set_quarantine_limits,
)
from monitor_app.core.sync.watch import WatchFolder
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.sync_layers import COORDINATOR_PASSPHRASE, Pairing, card_of

MIB = 1024**2


# ---- a stranger: someone who is not a contact, signing validly -----------------------------


class Stranger:
    """A vault that is not among the coordinator's contacts but has the coordinator's
    public card, as anyone may: each `bundle` is a new, validly signed bundle."""

    def __init__(self, folder: Path, coordinator: Vault) -> None:
        self.vault, _ = Vault.create(
            folder / "stranger", "stranger's passphrase 1", "Eve", kdf=KDF_FLOOR
        )
        self.contact = Contacts(self.vault).add(card_of(coordinator))
        notebook = Notebook(self.vault)
        self.trial = notebook.add_trial("A trial", country="BY")
        self.out = folder / "stranger-out"
        self.out.mkdir()

    def bundle(self, folder: Path, attachment_bytes: int = 0) -> Path:
        notebook = Notebook(self.vault)
        if attachment_bytes:
            hearing = notebook.add_hearing(
                self.trial.id, datetime(2026, 9, 1, 7, tzinfo=UTC), "in-person", "UTC"
            )
            observation = notebook.add_observation(hearing.id, "general.note", text="x")
            notebook.add_attachment(observation.id, "photo.bin", os.urandom(attachment_bytes))
        sent = export_bundle(self.vault, [self.contact], folder, everything=True)
        return folder / sent.file_name


@pytest.fixture
def stranger(tmp_path: Path, coordinator: Vault) -> Iterator[Stranger]:
    made = Stranger(tmp_path, coordinator)
    yield made
    made.vault.close()


def _vault_bytes(vault: Vault) -> dict[str, bytes]:
    """The vault's files, but SQLite's shared-memory index (which any read touches)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(vault.folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm")
    }


def _vault_content(vault: Vault) -> tuple[int, int, int]:
    importer = Importer(vault)
    return (
        Notebook(vault).store.count(),
        len(importer.quarantined()),
        len(importer.received_bundles()),
    )


def _refused_keeping_nothing(coordinator: Vault, path: Path, code: str) -> None:
    before = _vault_bytes(coordinator)
    kept = Importer(coordinator).quarantined()
    (result,) = Importer(coordinator).import_paths([path])
    assert result.status == REFUSED, result
    assert result.error is not None
    assert result.error.code == code
    assert "Settings" in result.message  # says how to make room
    assert Importer(coordinator).quarantined() == kept
    assert _vault_bytes(coordinator) == before


# ---- the caps -----------------------------------------------------------------------------


def test_the_quarantine_refuses_a_bundle_past_its_count(
    coordinator: Vault, stranger: Stranger, tmp_path: Path
) -> None:
    set_quarantine_limits(coordinator, QuarantineLimits(count=2, megabytes=200))
    first, second, third = (stranger.bundle(tmp_path) for _ in range(3))
    results = Importer(coordinator).import_paths([first, second])
    assert [r.status for r in results] == [QUARANTINED, QUARANTINED]
    _refused_keeping_nothing(coordinator, third, "quarantine-full-count")
    # Making room (discarding one) lets the next one in.
    importer = Importer(coordinator)
    importer.drop_quarantined(importer.quarantined()[0].item_id)
    assert importer.import_paths([third])[0].status == QUARANTINED
    # The same bundle again replaces itself: it does not count against itself.
    assert importer.import_paths([third])[0].status == QUARANTINED


def test_the_quarantine_refuses_a_bundle_past_its_size_from_the_size_on_disk(
    coordinator: Vault, stranger: Stranger, tmp_path: Path
) -> None:
    set_quarantine_limits(coordinator, QuarantineLimits(count=20, megabytes=1))
    small = stranger.bundle(tmp_path)
    large = stranger.bundle(tmp_path, attachment_bytes=MIB)  # with the rest: past 1 MB
    assert Importer(coordinator).import_paths([small])[0].status == QUARANTINED
    _refused_keeping_nothing(coordinator, large, "quarantine-full-size")
    (result,) = Importer(coordinator).import_paths([large])
    assert result.error is not None
    assert result.error.params["size"] == -(-large.stat().st_size // MIB)
    assert result.error.params["limit"] == 1


def test_the_caps_have_stated_defaults_and_are_the_vaults_own(coordinator: Vault) -> None:
    assert quarantine_limits(coordinator) == QuarantineLimits(count=20, megabytes=200)
    set_quarantine_limits(coordinator, QuarantineLimits(count=5, megabytes=50))
    assert quarantine_limits(coordinator) == QuarantineLimits(count=5, megabytes=50)
    for wrong in (QuarantineLimits(0, 50), QuarantineLimits(5, 0), QuarantineLimits(5, 10**6)):
        with pytest.raises(ValidationError):
            set_quarantine_limits(coordinator, wrong)
    assert quarantine_limits(coordinator) == QuarantineLimits(count=5, megabytes=50)


def test_a_watch_folder_flooded_by_strangers_keeps_the_cap_and_retries_nothing(
    coordinator: Vault, stranger: Stranger, tmp_path: Path
) -> None:
    set_quarantine_limits(coordinator, QuarantineLimits(count=3, megabytes=200))
    watched = tmp_path / "Sync"
    watched.mkdir()
    for _ in range(8):
        stranger.bundle(watched)
    watch = WatchFolder(Importer(coordinator), watched)
    later = time.time() + 60
    results = watch.poll(now=later)
    assert sorted(r.status for r in results) == [QUARANTINED] * 3 + [REFUSED] * 5
    assert {r.error.code for r in results if r.error is not None} == {"quarantine-full-count"}
    assert len(Importer(coordinator).quarantined()) == 3
    before = _vault_bytes(coordinator)
    assert watch.poll(now=later + 60) == []  # each refused file is looked at once
    assert _vault_bytes(coordinator) == before


# ---- streaming revisions.jsonl -------------------------------------------------------------


def _contact_bundle(
    scene_parts: dict[str, bytes], author: Identity, coordinator: Vault, jsonl: bytes, path: Path
) -> Path:
    """The observer's real bundle with ``revisions.jsonl`` replaced and signed again (a
    contact's key used against the coordinator), stored, so no ratio check stops it."""
    parts = {**scene_parts, "revisions.jsonl": jsonl}
    signed = bt.signed(parts, bt.rehash(bt.manifest_of(parts), parts), author.signing)
    archive = bt.zip_entries(signed.items(), zipfile.ZIP_STORED)
    path.write_bytes(bt.encrypt(archive, Identity(coordinator).age_recipient))
    return path


@pytest.fixture
def real_parts(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> dict[str, bytes]:
    notebook.add_observation(hearing.id, "general.note", text="the court sat late")
    (tmp_path / "out").mkdir()
    export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path / "out")
    return bt.members(bt.decrypt(bt.only_bundle(tmp_path / "out").read_bytes(), coordinator))


_CHILD = """
import json, sys
from pathlib import Path
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.vault import Vault

vault = Vault.open(Path(sys.argv[1]))
vault.unlock(sys.argv[3])
importer = Importer(vault)
status = Path("/proc/self/status")
def kib(field):
    return next(int(l.split()[1]) for l in status.read_text().splitlines() if l.startswith(field))
baseline = kib("VmRSS:")
Path("/proc/self/clear_refs").write_text("5")  # peak RSS := now: the import's own peak
[result] = importer.import_paths([Path(sys.argv[2])])
print(json.dumps({"status": result.status, "code": result.error and result.error.code,
                  "over_baseline": kib("VmHWM:") - baseline}))
"""


def _import_in_child(coordinator: Vault, path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(coordinator.folder), str(path), COORDINATOR_PASSPHRASE],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
    )
    measured: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return measured


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's peak RSS")
@pytest.mark.parametrize(
    ("jsonl", "code"),
    [
        (b"\n" * (64 * MIB), "revisions-blank-lines"),
        (b"[" * (48 * MIB), "revision-line-too-long"),
    ],
    ids=["newline bomb", "one endless line"],
)
def test_a_hostile_revisions_member_is_refused_within_the_memory_bound(
    real_parts: dict[str, bytes],
    notebook: Notebook,
    coordinator: Vault,
    tmp_path: Path,
    jsonl: bytes,
    code: str,
) -> None:
    """The bound (docs/bundle-format.md): an import holds the decrypted archive (about the
    file's size), never the encrypted file too, and of revisions.jsonl one chunk and one
    line; what it parses is capped apart. Here nothing gets parsed, so the file's size +
    32 MiB is the bound (measured: ~+5 MiB for the line, ~+3 MiB for the bomb). Before
    streaming, the 64 MiB newline bomb took ~640 MiB (a list of empty lines) and the
    48 MiB line ~145 MiB (three copies of it)."""
    author = Identity(notebook.vault)
    path = _contact_bundle(real_parts, author, coordinator, jsonl, tmp_path / "hostile.age")
    before = _vault_content(coordinator)
    measured = _import_in_child(coordinator, path)
    assert (measured["status"], measured["code"]) == (REFUSED, code)
    bound_kib = (path.stat().st_size + 32 * MIB) // 1024
    assert isinstance(measured["over_baseline"], int)
    assert measured["over_baseline"] < bound_kib, measured
    assert _vault_content(coordinator) == before  # (the child's closing checkpoints the log)


class _Trickle:
    """A stream that hands out at most ``step`` bytes a read, as a member stream may: lines
    then straddle every boundary."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.step, self.at = data, step, 0

    def read(self, size: int) -> bytes:
        piece = self.data[self.at : self.at + min(size, self.step)]
        self.at += len(piece)
        return piece


_LINES = st.lists(
    st.one_of(
        st.just(b""), st.just(b" \t"), st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"x"))
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(lines=_LINES, trailing=st.booleans(), step=st.integers(1, 50))
def test_streamed_lines_are_the_lines_whatever_their_shape(
    lines: list[bytes], trailing: bool, step: int
) -> None:
    data = b"\n".join(lines) + (b"\n" if trailing and lines else b"")
    expected = data.split(b"\n")
    if expected and expected[-1] == b"":
        expected.pop()  # the last newline ends a line, it does not start one
    got = list(jsonl_lines(_Trickle(data, step)))
    assert got == list(enumerate(expected, 1))


@settings(max_examples=100, deadline=None)
@given(blank=st.integers(0, MAX_BLANK_LINES + 3), objects=st.integers(0, 3), step=st.integers(1, 9))
def test_blank_lines_are_forgiven_up_to_the_bound_only(blank: int, objects: int, step: int) -> None:
    data = b"\n" * blank + b'{"a":1}\n' * objects
    stream = _Trickle(data, step)
    if blank > MAX_BLANK_LINES:
        with pytest.raises(BundleError) as refused:
            list(jsonl_objects(stream))
        assert refused.value.code == "revisions-blank-lines"
    else:
        assert [value for value, _ in jsonl_objects(stream)] == [{"a": 1}] * objects


def test_a_line_past_the_limit_is_refused_wherever_it_falls() -> None:
    for data in (b"x" * (MAX_LINE_BYTES + 1), b"{}\n" + b"x" * (MAX_LINE_BYTES + 1) + b"\n{}"):
        with pytest.raises(BundleError) as refused:
            list(jsonl_lines(io.BytesIO(data)))
        assert refused.value.code == "revision-line-too-long"
    exactly = b"x" * MAX_LINE_BYTES
    assert list(jsonl_lines(io.BytesIO(exactly + b"\n" + exactly))) == [(1, exactly), (2, exactly)]


# ---- a stranger's bundle larger than the quarantine's room: screened from its head ---------


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's peak RSS")
def test_a_strangers_bundle_too_large_for_the_quarantine_is_refused_from_its_head(
    coordinator: Vault,
    stranger: Stranger,
    notebook: Notebook,
    hearing: Hearing,
    paired: Pairing,
    tmp_path: Path,
) -> None:
    """Who signed is inside the encryption; a file past the quarantine's free room is
    decrypted only as far as its manifest and signature (docs/bundle-format.md). Measured:
    ~+1 MiB for a 48 MiB file; decrypted whole first, it took ~+97 MiB. A quarter of the
    file is the bound here."""
    set_quarantine_limits(coordinator, QuarantineLimits(count=20, megabytes=1))
    large = stranger.bundle(tmp_path, attachment_bytes=48 * MIB)
    before = _vault_content(coordinator)
    measured = _import_in_child(coordinator, large)
    assert (measured["status"], measured["code"]) == (REFUSED, "quarantine-full-size")
    assert isinstance(measured["over_baseline"], int)
    assert measured["over_baseline"] < large.stat().st_size // 4 // 1024, measured
    assert _vault_content(coordinator) == before
    # A contact's bundle as large is screened the same way, found a contact's, and imported.
    observation = notebook.add_observation(hearing.id, "general.note", text="a photo")
    notebook.add_attachment(observation.id, "photo.bin", os.urandom(48 * MIB))
    (tmp_path / "out").mkdir()
    sent = export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path / "out")
    (result,) = Importer(coordinator).import_paths([tmp_path / "out" / sent.file_name])
    assert result.status == IMPORTED, result
    assert [b.bundle_id for b in Importer(coordinator).received_bundles()] == [sent.bundle_id]


def _archive(parts: dict[str, bytes]) -> bytes:
    return bt.zip_entries(parts.items())


@settings(  # the fixture's parts are only read
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cuts=st.lists(st.integers(1, 4000), max_size=30), first=st.booleans())
def test_the_head_is_read_however_the_bytes_arrive_and_whatever_comes_first(
    real_parts: dict[str, bytes], cuts: list[int], first: bool
) -> None:
    """Fed in any pieces, the reader finds the manifest and signature; members placed before
    them (as another ZIP writer might) are passed over."""
    head_names = ("manifest.json", "manifest.json.minisig")
    others = {n: d for n, d in real_parts.items() if n not in head_names}
    heads = {n: real_parts[n] for n in head_names}
    archive = _archive({**heads, **others} if first else {**others, **heads})
    reader = HeadReader()
    found = None
    at = 0
    for size in [*cuts, len(archive)]:
        found = reader.feed(archive[at : at + size])
        at += size
        if found is not None or at >= len(archive):
            break
    assert found is not None
    assert found.manifest_bytes == real_parts["manifest.json"]
    assert found.signature == real_parts["manifest.json.minisig"]
    assert found.manifest == json.loads(real_parts["manifest.json"])


def test_a_head_whose_sizes_come_after_the_data_is_refused(real_parts: dict[str, bytes]) -> None:
    """A ZIP written to a stream (sizes in data descriptors) cannot be screened: the reader
    would have to trust the data to find its own end."""

    class _Unseekable(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b: bytes) -> int:  # type: ignore[override]
            self.data += b
            return len(b)

    out = _Unseekable()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in real_parts.items():
            archive.writestr(name, data)
    with pytest.raises(BundleError) as refused:
        HeadReader().feed(bytes(out.data))
    assert refused.value.code == "archive-head-unreadable"
