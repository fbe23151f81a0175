"""A watch folder: a folder the coordinator names (one synced by Syncthing or Nextcloud,
say) where new bundles are imported as they appear, with the same results as a manual
import. The GUI polls it on a timer and on file-system notices; the CLI can too."""

from __future__ import annotations

import time
from pathlib import Path

from monitor_app.core.errors import ValidationError
from monitor_app.core.sync.export import CancelFlag
from monitor_app.core.sync.importer import CANCELLED, Importer, ImportResult, expand_paths

# A file younger than this may still be arriving (a copy in progress): it waits a round.
SETTLE_SECONDS = 2.0


class WatchFolder:
    def __init__(self, importer: Importer, folder: Path) -> None:
        if not folder.is_dir():
            raise ValidationError("not-a-folder", path=str(folder))
        self.importer = importer
        self.folder = folder
        self._seen: dict[Path, tuple[int, int]] = {}  # path -> (size, mtime in ns)

    def pending(self, now: float | None = None) -> list[Path]:
        """Sync files that are new or changed since they were last looked at, and settled."""
        now = time.time() if now is None else now
        found = []
        for path in expand_paths([self.folder]):
            try:
                stat = path.stat()
            except OSError:  # gone meanwhile
                continue
            signature = (stat.st_size, stat.st_mtime_ns)
            if self._seen.get(path) != signature and now - stat.st_mtime >= SETTLE_SECONDS:
                found.append(path)
        return found

    def poll(
        self, cancel: CancelFlag | None = None, now: float | None = None
    ) -> list[ImportResult]:
        """Import what is pending; each file is looked at once (until it changes)."""
        files = self.pending(now)
        results = self.importer.import_paths(files, cancel=cancel)
        for path, result in zip(files, results, strict=True):
            if result.status == CANCELLED:
                continue
            try:
                stat = path.stat()
            except OSError:  # moved away after the import: nothing to remember
                continue
            self._seen[path] = (stat.st_size, stat.st_mtime_ns)
        return results
