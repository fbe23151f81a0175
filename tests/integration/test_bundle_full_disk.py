"""A full disk while a bundle is written: one clear message, no file that looks like a
bundle, nothing recorded as sent — and the next export, with space again, works.

The disk is "filled" with RLIMIT_FSIZE in a child process: a write past the limit fails
with EFBIG exactly as a write to a full disk fails with ENOSPC, at a point we choose."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.export import SentBundles, export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE
from tests.sync_layers import Pairing

CHILD = """
import json, resource, signal, sys
from pathlib import Path
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.vault.vault import Vault

folder, out, passphrase, limit = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
vault = Vault.open(Path(folder))
vault.unlock(passphrase)
contacts = Contacts(vault).list()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing us
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    export_bundle(vault, contacts, out)
except TrialMonitorError as exc:
    print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
else:
    print(json.dumps({"error": None}))
"""


def test_a_full_disk_leaves_no_bundle_and_records_nothing(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    note = notebook.add_observation(hearing.id, "general.note", text="before the disk filled")
    notebook.add_attachment(note.id, "video-still.png", os.urandom(3 * 1024 * 1024))
    vault = notebook.vault
    vault.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "usb-stick"
    out.mkdir()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault.folder), str(out), PASSPHRASE, str(1024 * 1024)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.returncode == 0, child.stderr
    outcome = json.loads(child.stdout)
    assert outcome["error"] == "StorageError"
    assert "No file was left" in outcome["message"]
    assert "Traceback" not in child.stderr
    assert list(out.iterdir()) == []  # neither a bundle nor a hidden temporary file
    assert SentBundles(vault).all() == []

    bundle = export_bundle(vault, [paired.coordinator_contact], out)
    assert [p.name for p in out.iterdir()] == [bundle.file_name]
    assert Importer(coordinator).import_paths([out])[0].status == IMPORTED
