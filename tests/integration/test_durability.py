"""A save that returned survives a crash: kill a writer with SIGKILL mid-stream, many
times, and check that the vault opens and every acknowledged note is intact."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests.layers import PASSPHRASE

WRITER = Path(__file__).with_name("kill_writer.py")
ROUNDS = 12


def _run_and_kill(vault_dir: Path, hearing_id: str, start: int, kill_after: int) -> list[str]:
    """Start a writer, let it acknowledge ``kill_after`` notes (plus whatever it manages
    while we react), SIGKILL it, and return the acknowledged lines."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(vault_dir), PASSPHRASE, hearing_id, str(start)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    acknowledged: list[str] = []
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    timer = threading.Timer(30, proc.kill)  # a hung writer must not hang the suite
    timer.start()
    try:
        for line in proc.stdout:
            acknowledged.append(line.strip())
            if len(acknowledged) >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
        # Lines already written before the kill were acknowledged too.
        rest, _ = proc.communicate(timeout=30)
        acknowledged.extend(line.strip() for line in rest.splitlines() if line.strip())
    finally:
        timer.cancel()
    assert proc.returncode == -signal.SIGKILL
    return acknowledged


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_note(vault_dir: Path, hearing: Hearing) -> None:
    hearing_id = hearing.id
    rng = random.Random(20261124)
    acknowledged: dict[str, str] = {}
    next_index = 0
    for _ in range(ROUNDS):
        lines = _run_and_kill(vault_dir, hearing_id, next_index, rng.randint(1, 40))
        for line in lines:
            index, note_id = line.split()
            acknowledged[note_id] = f"durable note {index}"
            next_index = max(next_index, int(index) + 1)

    conn = sqlite3.connect(vault_dir / DB_FILENAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        notebook = Notebook(vault)
        saved = {o.id: o.text for o in notebook.list_observations(hearing_id)}
        assert notebook.verify() == []
    assert len(acknowledged) >= ROUNDS
    missing = {k: v for k, v in acknowledged.items() if saved.get(k) != v}
    assert missing == {}
