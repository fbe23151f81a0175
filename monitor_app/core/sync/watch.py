"""A watch folder: a folder the coordinator names (one synced by Syncthing or Nextcloud, a
network share, a USB stick) where new bundles are imported as they appear, with the same
results as a manual import; the folders in it too, one level down (one synced folder per
observer, say: docs/sync-engines.md). The GUI polls it on a timer and on file-system
notices.

Whatever fills the folder, a file may be seen half written or growing. So a file is only
tried once it has settled (`arriving.SETTLE_SECONDS` old, and the same size, time and inode
as at the last look); one that then reads as cut short (`arriving.INCOMPLETE_CODES`) is
"not yet", not hostile: it waits, and is tried again when it changes, or once more when it
has stayed unchanged for `arriving.STABLE_SECONDS`, and only then reported. Temporary
names (`arriving.is_temporary`) are never looked at. A conflict copy is imported like any
file (a copy of a bundle already held is recognised as held); one cut short beside its
original is the engine's spare, dropped quietly. Each file is reported once (until it
changes); `waiting` says which files a look left for later, and why.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.errors import ValidationError
from monitor_app.core.sync.arriving import (
    INCOMPLETE_CODES,
    SETTLE_SECONDS,
    STABLE_SECONDS,
    conflict_original,
    is_temporary,
)
from monitor_app.core.sync.export import CancelFlag
from monitor_app.core.sync.files import SYNC_SUFFIX
from monitor_app.core.sync.importer import CANCELLED, REFUSED, Importer, ImportResult

__all__ = ["CHANGING", "INCOMPLETE", "SETTLE_SECONDS", "STABLE_SECONDS", "Waiting", "WatchFolder"]

log = logging.getLogger(__name__)

# Why a file waits.
CHANGING = "changing"  # young, or changed since the last look: still being written
INCOMPLETE = "incomplete"  # tried: it reads as cut short, and has not stayed unchanged long


@dataclass(frozen=True)
class Waiting:
    """A file a look left for a later one."""

    name: str  # as found under the watch folder: "NAME.age", or "FOLDER/NAME.age"
    reason: str  # CHANGING or INCOMPLETE


@dataclass
class _Look:
    """What the watch knows of one file, as long as it keeps one signature."""

    signature: tuple[int, int, int]  # size, modification time (ns), inode
    since: float  # when (the watch's own clock) this signature was first seen
    tried: bool = False  # an import found it cut short
    done: bool = False  # reported (or dropped): not looked at again until it changes


class WatchFolder:
    def __init__(
        self, importer: Importer, folder: Path, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """``clock`` measures how long a file has been watched unchanged (a monotonic
        clock; tests give their own); a file's age is judged from the wall clock."""
        if not folder.is_dir():
            raise ValidationError("not-a-folder", path=str(folder))
        self.importer = importer
        self.folder = folder
        self.clock = clock
        self.waiting: tuple[Waiting, ...] = ()  # as the last look left them
        self._looks: dict[str, _Look] = {}
        self._looked_at = 0.0  # the clock at the last look

    def pending(self, now: float | None = None) -> list[Path]:
        """Sync files to try now: new or changed, settled, and not yet concluded. Sets
        `waiting` to the others that are not concluded either."""
        now = time.time() if now is None else now
        clock = self._looked_at = self.clock()
        looks: dict[str, _Look] = {}
        ready: list[Path] = []
        waiting: list[Waiting] = []
        for name, stat in self._sync_files():
            signature = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
            look = self._looks.get(name)
            changed = look is not None and look.signature != signature
            if look is None or changed:
                look = _Look(signature, clock)
            looks[name] = look
            if look.done:
                continue
            watched = clock - look.since
            young = now - stat.st_mtime < SETTLE_SECONDS and watched < STABLE_SECONDS
            if changed or young:
                waiting.append(Waiting(name, CHANGING))
            elif look.tried and watched < STABLE_SECONDS:
                waiting.append(Waiting(name, INCOMPLETE))
            else:
                ready.append(self.folder / name)
        self._looks = looks  # a file that went is forgotten
        self.waiting = tuple(waiting)
        return ready

    def poll(
        self, cancel: CancelFlag | None = None, now: float | None = None
    ) -> list[ImportResult]:
        """Import what is pending; return what became of each file concluded (a file still
        arriving is left in `waiting`, and reported once it has been imported, or has
        stopped changing and is still bad)."""
        files = self.pending(now)
        results = self.importer.import_paths(files, cancel=cancel)
        reported = []
        waiting = list(self.waiting)
        for path, result in zip(files, results, strict=True):
            name = path.relative_to(self.folder).as_posix()
            look = self._looks[name]
            if result.status == CANCELLED:  # tried again at the next look
                reported.append(result)
                continue
            if _cut_short(result):
                if self._looked_at - look.since < STABLE_SECONDS:
                    look.tried = True
                    waiting.append(Waiting(name, INCOMPLETE))
                    continue
                if _spare(path):
                    look.done = True
                    log.info("watch folder: an incomplete conflict copy left alone")
                    continue
            look.done = True
            reported.append(result)
        self.waiting = tuple(sorted(waiting, key=lambda w: w.name))
        return reported

    def _sync_files(self) -> list[tuple[str, os.stat_result]]:
        """The sync files under their own names in the folder and in the folders in it (not
        hidden ones, such as Syncthing's `.stversions`), sorted, each with what stat says."""
        found: list[tuple[str, os.stat_result]] = []
        for name, entry in _entries(self.folder):
            if _is_folder(entry):
                for inner, inner_entry in _entries(Path(entry.path)):
                    stat = _sync_file_stat(inner, inner_entry)
                    if stat is not None:
                        found.append((f"{name}/{inner}", stat))
            else:
                stat = _sync_file_stat(name, entry)
                if stat is not None:
                    found.append((name, stat))
        return sorted(found, key=lambda item: item[0])


def _sync_file_stat(name: str, entry: os.DirEntry[str]) -> os.stat_result | None:
    """What stat says of a sync file under its own name; None for anything else."""
    if not name.endswith(SYNC_SUFFIX):
        return None
    try:
        return entry.stat() if entry.is_file() else None
    except OSError:  # gone meanwhile
        return None


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _entries(folder: Path) -> list[tuple[str, os.DirEntry[str]]]:
    """A folder's entries but hidden and temporary ones; none if it cannot be listed (an
    unmounted share, a folder gone meanwhile)."""
    try:
        with os.scandir(folder) as entries:
            return [(e.name, e) for e in entries if not is_temporary(e.name)]
    except OSError:
        log.info("watch folder: cannot list a folder")
        return []


def _spare(path: Path) -> bool:
    """Whether ``path`` is a conflict copy whose original is beside it."""
    original = conflict_original(path.name)
    return original is not None and (path.parent / original).is_file()


def _cut_short(result: ImportResult) -> bool:
    return (
        result.status == REFUSED
        and result.error is not None
        and result.error.code in INCOMPLETE_CODES
    )
