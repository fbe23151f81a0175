"""A watch folder imports each new bundle once, when it has finished arriving, with the
results a manual import gives; a broken file is reported once, not on every round."""

from __future__ import annotations

import os
import time
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Trial
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, REFUSED, Importer
from monitor_app.core.sync.watch import SETTLE_SECONDS, WatchFolder
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import Pairing


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_new_bundles_are_imported_once_when_settled(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    synced = tmp_path / "Sync" / "trial-monitor"
    synced.mkdir(parents=True)
    watch = WatchFolder(Importer(coordinator), synced)
    assert watch.poll() == []

    bundle = synced / export_bundle(notebook.vault, [paired.coordinator_contact], synced).file_name
    assert watch.poll() == []  # still arriving, as far as anyone can tell
    (result,) = watch.poll(now=time.time() + SETTLE_SECONDS + 1)
    assert (result.status, result.source) == (IMPORTED, bundle.name)
    assert watch.poll(now=time.time() + 60) == []

    (synced / "partial.age.syncthing.tmp").write_bytes(b"half")  # not a sync file: ignored
    broken = synced / "broken.age"
    broken.write_bytes(b"not a bundle")
    _age(broken, 60)
    (refused,) = watch.poll()
    assert refused.status == REFUSED
    assert watch.poll() == []  # reported once
    broken.write_bytes(b"changed, still not a bundle")
    _age(broken, 30)
    assert [r.status for r in watch.poll()] == [REFUSED]  # a changed file is looked at again
