"""A watch folder imports each new bundle once, when it has finished arriving, with the
results a manual import gives. Whatever fills the folder (a sync engine, a network share,
a USB stick being copied), a file written in parts, growing, or cut short while still
arriving waits and is tried again; only a file that has stopped changing and is still bad
is reported, and once. Temporary names are never looked at; a conflict copy of a bundle
already held is recognised as held, and one of a new bundle is imported once."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.arriving import conflict_original, is_temporary
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import ALREADY_HAD, IMPORTED, REFUSED, Importer
from monitor_app.core.sync.watch import (
    CHANGING,
    INCOMPLETE,
    SETTLE_SECONDS,
    STABLE_SECONDS,
    Waiting,
    WatchFolder,
)
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import Pairing

SYNCTHING_CONFLICT = ".sync-conflict-20261124-101500-7QFXNBA"
LATER = 10 * SETTLE_SECONDS  # seconds ahead of the wall clock: every file has settled by then


class Clock:
    """The watch's own clock (how long a file has been seen unchanged), moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _later() -> float:
    return time.time() + LATER


class Observer:
    """The observer's side: each `bundle` is a new bundle for the coordinator, its bytes
    as they would arrive."""

    def __init__(self, notebook: Notebook, hearing: Hearing, paired: Pairing, out: Path):
        self.notebook, self.hearing, self.paired, self.out = notebook, hearing, paired, out
        out.mkdir()

    def bundle(self, text: str, attachment: bytes = b"") -> bytes:
        note = self.notebook.add_observation(self.hearing.id, "general.note", text=text)
        if attachment:
            self.notebook.add_attachment(note.id, "scan.bin", attachment)
        sent = export_bundle(self.notebook.vault, [self.paired.coordinator_contact], self.out)
        return (self.out / sent.file_name).read_bytes()


@pytest.fixture
def observer(notebook: Notebook, hearing: Hearing, paired: Pairing, tmp_path: Path) -> Observer:
    return Observer(notebook, hearing, paired, tmp_path / "outbox")


@pytest.fixture
def synced(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync" / "trial-monitor"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def watch(coordinator: Vault, synced: Path, clock: Clock) -> WatchFolder:
    return WatchFolder(Importer(coordinator), synced, clock=clock)


@pytest.mark.usefixtures("trial")
def test_new_bundles_are_imported_once_when_settled(
    notebook: Notebook, coordinator: Vault, paired: Pairing, synced: Path, watch: WatchFolder
) -> None:
    assert watch.poll() == []
    bundle = synced / export_bundle(notebook.vault, [paired.coordinator_contact], synced).file_name
    assert watch.poll() == []  # still arriving, as far as anyone can tell
    assert watch.waiting == (Waiting(bundle.name, CHANGING),)
    (result,) = watch.poll(now=time.time() + SETTLE_SECONDS + 1)
    assert (result.status, result.source) == (IMPORTED, bundle.name)
    assert watch.waiting == ()
    assert watch.poll(now=_later()) == []

    # a copy of it under another name: looked at, and recognised as held
    (synced / "again.age").write_bytes(bundle.read_bytes())
    assert [r.status for r in watch.poll(now=_later())] == [ALREADY_HAD]
    assert watch.poll(now=_later()) == []


def test_a_file_written_in_parts_is_imported_when_whole(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    data = observer.bundle("written in three goes", os.urandom(200_000))
    arriving = synced / "0f3c.age"
    thirds = [data[: len(data) // 3], data[len(data) // 3 : 2 * len(data) // 3]]
    with arriving.open("wb") as out:
        for part in thirds:
            out.write(part)
            out.flush()
            assert watch.poll(now=_later()) == []  # new: tried; grown: left a round
            clock.advance(3)
            assert watch.poll(now=_later()) == []  # tried: cut short, left for later
            assert watch.waiting == (Waiting(arriving.name, INCOMPLETE),)
            clock.advance(3)
            assert watch.poll(now=_later()) == []  # not tried again while unchanged
        out.write(data[2 * len(data) // 3 :])
    assert watch.poll(now=_later()) == []  # changed since the last look: one more round
    assert watch.waiting == (Waiting(arriving.name, CHANGING),)
    clock.advance(3)
    (result,) = watch.poll(now=_later())
    assert result.status == IMPORTED
    assert watch.waiting == ()
    assert watch.poll(now=_later()) == []


def test_a_young_file_waits_even_when_it_reads_whole(
    observer: Observer, synced: Path, watch: WatchFolder
) -> None:
    path = synced / "fresh.age"
    path.write_bytes(observer.bundle("just copied"))
    assert watch.poll() == []  # its time is now: a copy may still be under way
    assert watch.waiting == (Waiting(path.name, CHANGING),)
    assert [r.status for r in watch.poll(now=time.time() + SETTLE_SECONDS)] == [IMPORTED]


def test_a_truncated_file_that_later_completes_is_imported_once(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    data = observer.bundle("cut short, then whole")
    path = synced / "a1b2.age"
    for cut in (0, 10, 200, len(data) - 1):  # empty, part of age's header, mid-stream
        path.write_bytes(data[:cut])
        _age(path, 600)  # an old time, as a copy that keeps the sender's may show
        watch.poll(now=_later())  # seen (this size is new)
        clock.advance(STABLE_SECONDS / 2)
        assert watch.poll(now=_later()) == []  # tried: incomplete, not refused
        assert watch.waiting == (Waiting(path.name, INCOMPLETE),)
    # The sync engine puts the whole file in its place (a new file, by rename).
    whole = synced / ".syncthing.a1b2.age.tmp"
    whole.write_bytes(data)
    assert watch.poll(now=_later()) == []  # the temporary name is not looked at
    whole.replace(path)
    watch.poll(now=_later())
    (result,) = watch.poll(now=_later())
    assert result.status == IMPORTED
    clock.advance(2 * STABLE_SECONDS)
    assert watch.poll(now=_later()) == []


def test_a_file_that_stays_cut_short_is_reported_once_it_has_stopped_changing(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    data = observer.bundle("never finished")
    stuck = synced / "stuck.age"
    stuck.write_bytes(data[: len(data) // 2])
    junk = synced / "junk.age"
    junk.write_bytes(b"not a bundle")
    assert watch.poll(now=_later()) == []
    assert {w.reason for w in watch.waiting} == {INCOMPLETE}
    clock.advance(STABLE_SECONDS - 1)
    assert watch.poll(now=_later()) == []
    clock.advance(1)
    results = watch.poll(now=_later())  # unchanged for a minute: tried once more, reported
    assert {(r.source, r.status) for r in results} == {
        ("stuck.age", REFUSED),
        ("junk.age", REFUSED),
    }
    assert {r.source: r.error.code for r in results if r.error is not None} == {
        "stuck.age": "file-altered",
        "junk.age": "not-an-age-file",
    }
    assert watch.waiting == ()
    clock.advance(STABLE_SECONDS)
    assert watch.poll(now=_later()) == []  # reported once
    stuck.write_bytes(data)  # ... until it changes
    watch.poll(now=_later())
    assert [r.status for r in watch.poll(now=_later())] == [IMPORTED]


def test_a_whole_file_that_is_bad_is_reported_at_once(synced: Path, watch: WatchFolder) -> None:
    """Only a file cut short waits: a whole age file for someone else is refused at its
    first look, as an import would."""
    stranger = x25519.Identity.generate()
    (synced / "elsewhere.age").write_bytes(pyrage.encrypt(b"x" * 100, [stranger.to_public()]))
    (result,) = watch.poll(now=_later())
    assert result.status == REFUSED
    assert result.error is not None
    assert result.error.code == "not-addressed-here"


def test_temporary_names_are_never_looked_at(
    observer: Observer, synced: Path, watch: WatchFolder
) -> None:
    data = observer.bundle("moved into place")
    temporary = [
        ".syncthing.5e6f.age.tmp",
        "~syncthing~5e6f.age.tmp",
        ".tm-k2j3h4.part",
        ".5e6f.age",  # hidden: an rsync or Nextcloud download in progress
        "5e6f.age.part",
    ]
    for name in temporary:
        (synced / name).write_bytes(data[:100])
        _age(synced / name, 600)
    (synced / ".hidden-whole.age").write_bytes(data)
    assert watch.poll(now=_later()) == []
    assert watch.waiting == ()
    (synced / ".syncthing.5e6f.age.tmp").write_bytes(data)
    (synced / ".syncthing.5e6f.age.tmp").replace(synced / "5e6f.age")  # as Syncthing does
    (result,) = watch.poll(now=_later())
    assert (result.source, result.status) == ("5e6f.age", IMPORTED)
    assert watch.poll(now=_later()) == []


def test_a_conflict_copy_is_held_once(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    first = observer.bundle("the first bundle")
    (synced / "c0de.age").write_bytes(first)
    assert [r.status for r in watch.poll(now=_later())] == [IMPORTED]

    # Syncthing keeps the older version aside when the file changed on both sides: a copy
    # of what was imported is recognised as held; a new bundle under its name is imported.
    second = observer.bundle("the second bundle")
    (synced / f"c0de{SYNCTHING_CONFLICT}.age").write_bytes(first)
    (synced / "c0de.age").write_bytes(second)
    results = {r.source: r for r in watch.poll(now=_later()) + watch.poll(now=_later())}
    assert {name: r.status for name, r in results.items()} == {
        f"c0de{SYNCTHING_CONFLICT}.age": ALREADY_HAD,
        "c0de.age": IMPORTED,
    }
    assert results[f"c0de{SYNCTHING_CONFLICT}.age"].new_revisions == 0

    # A conflict copy holding a bundle not yet imported is imported once; the same bundle
    # under its own name after it is already held.
    third = observer.bundle("the third bundle")
    nextcloud = "d00d (conflicted copy 2026-11-24 101500).age"
    (synced / nextcloud).write_bytes(third)
    (result,) = watch.poll(now=_later())
    assert (result.source, result.status, result.new_revisions) == (nextcloud, IMPORTED, 1)
    (synced / "d00d.age").write_bytes(third)
    (again,) = watch.poll(now=_later())
    assert (again.status, again.new_revisions) == (ALREADY_HAD, 0)


def test_a_conflict_copy_cut_short_beside_its_original_is_never_reported(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    data = observer.bundle("the whole one is here")
    (synced / "beef.age").write_bytes(data)
    (synced / f"beef{SYNCTHING_CONFLICT}.age").write_bytes(data[:300])
    (synced / f"f00d{SYNCTHING_CONFLICT}.age").write_bytes(data[:300])  # no original
    assert [(r.source, r.status) for r in watch.poll(now=_later())] == [("beef.age", IMPORTED)]
    clock.advance(STABLE_SECONDS)
    (result,) = watch.poll(now=_later())  # the copy beside its original: dropped quietly
    assert (result.source, result.status) == (f"f00d{SYNCTHING_CONFLICT}.age", REFUSED)
    assert watch.waiting == ()
    clock.advance(STABLE_SECONDS)
    assert watch.poll(now=_later()) == []


def test_a_file_dated_ahead_is_taken_once_it_has_stayed_unchanged(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    """A sender whose clock runs an hour fast, through an engine that keeps file times."""
    path = synced / "ahead.age"
    path.write_bytes(observer.bundle("from a fast clock"))
    ahead = time.time() + 3600
    os.utime(path, (ahead, ahead))
    assert watch.poll() == []
    clock.advance(STABLE_SECONDS - 1)
    assert watch.poll() == []
    assert watch.waiting == (Waiting(path.name, CHANGING),)
    clock.advance(1)
    assert [r.status for r in watch.poll()] == [IMPORTED]


def test_a_waiting_file_that_goes_is_forgotten(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    path = synced / "gone.age"
    path.write_bytes(observer.bundle("replaced meanwhile")[:500])
    assert watch.poll(now=_later()) == []
    assert watch.waiting == (Waiting(path.name, INCOMPLETE),)
    path.unlink()
    clock.advance(STABLE_SECONDS)
    assert watch.poll(now=_later()) == []
    assert watch.waiting == ()


def test_the_folders_in_the_watch_folder_are_watched_one_level_down(
    observer: Observer, synced: Path, watch: WatchFolder, clock: Clock
) -> None:
    """One synced folder per observer under the watch folder (docs/sync-engines.md); not
    the sync engine's hidden folders, and not deeper."""
    first, second = observer.bundle("the first"), observer.bundle("the second")
    mine = synced / "observer-a"
    for folder in (mine, synced / ".stversions", mine / "older"):
        folder.mkdir()
    (synced / ".stversions" / "kept.age").write_bytes(first)
    (mine / "older" / "deeper.age").write_bytes(first)
    (mine / ".syncthing.b2.age.tmp").write_bytes(second)
    (mine / "b2.age").write_bytes(second[:400])
    (mine / "a1.age").write_bytes(first)
    assert [(r.source, r.status) for r in watch.poll(now=_later())] == [("a1.age", IMPORTED)]
    assert watch.waiting == (Waiting("observer-a/b2.age", INCOMPLETE),)
    (mine / ".syncthing.b2.age.tmp").replace(mine / "b2.age")
    watch.poll(now=_later())
    assert [(r.source, r.status) for r in watch.poll(now=_later())] == [("b2.age", IMPORTED)]
    clock.advance(STABLE_SECONDS)
    assert watch.poll(now=_later()) == []
    assert watch.waiting == ()


def test_a_folder_that_goes_away_is_an_empty_look(synced: Path, watch: WatchFolder) -> None:
    synced.rmdir()  # an unmounted share
    assert watch.poll(now=_later()) == []


@pytest.mark.parametrize(
    ("name", "temporary"),
    [
        (".syncthing.0f3c.age.tmp", True),
        ("~syncthing~0f3c.age.tmp", True),
        (".tm-abc123.part", True),
        (".0f3c.age.Xy12Zq", True),
        ("0f3c.age.crdownload", True),
        ("0f3c.age", False),
        (f"0f3c{SYNCTHING_CONFLICT}.age", False),
    ],
)
def test_temporary_names(name: str, temporary: bool) -> None:
    assert is_temporary(name) is temporary


@pytest.mark.parametrize(
    ("name", "original"),
    [
        (f"0f3c{SYNCTHING_CONFLICT}.age", "0f3c.age"),
        ("0f3c (conflicted copy 2026-11-24 101500).age", "0f3c.age"),
        ("0f3c (Anna's conflicted copy 2026-11-24).age", "0f3c.age"),
        ("0f3c_conflict-20261124-101500.age", "0f3c.age"),
        ("0f3c.age", None),
        ("0f3c.sync-conflict-2026.age", None),
    ],
)
def test_conflict_copy_names(name: str, original: str | None) -> None:
    assert conflict_original(name) == original
