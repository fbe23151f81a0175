"""A re-key is all or nothing: a process SIGKILLed halfway through re-encrypting leaves a
vault that opens with the old passphrase, every note intact, the history unbroken."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from monitor_app.core.errors import WrongPassphrase
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE

REKEYER = Path(__file__).with_name("kill_rekeyer.py")
NEW_PASSPHRASE = "a brand new passphrase"
# More notes than one batch of the re-key (512 rows), so halfway is after real updates.
NOTES = 600


@pytest.mark.slow
def test_sigkill_halfway_through_a_rekey_keeps_the_old_key_and_every_note(
    notebook: Notebook, hearing: Hearing, vault_dir: Path
) -> None:
    saved = {
        notebook.add_observation(hearing.id, "general.note", text=f"note {i}").id: f"note {i}"
        for i in range(NOTES)
    }
    notebook.vault.close()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.Popen(
        [sys.executable, str(REKEYER), str(vault_dir), PASSPHRASE, NEW_PASSPHRASE],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    timer = threading.Timer(120, proc.kill)  # a hung process must not hang the suite
    timer.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("halfway"), line
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    finally:
        timer.cancel()
    assert proc.returncode == -signal.SIGKILL
    # The kill came inside the transaction: part of it reached the WAL, none committed.
    done, total = map(int, line.split()[1:])
    assert 0 < done < total

    conn = sqlite3.connect(vault_dir / DB_FILENAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Vault.open(vault_dir) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(NEW_PASSPHRASE)
        vault.unlock(PASSPHRASE)
        reopened = Notebook(vault)
        assert {o.id: o.text for o in reopened.list_observations(hearing.id)} == saved
        assert reopened.verify() == []
        # And the re-key, run again, completes.
        assert vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE) is None
    with Vault.open(vault_dir) as vault:
        vault.unlock(NEW_PASSPHRASE)
        assert len(Notebook(vault).list_observations(hearing.id)) == NOTES
