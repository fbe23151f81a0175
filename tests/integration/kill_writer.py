"""Writer process for the SIGKILL durability test: saves notes as fast as it can and
prints the id of each one only after the save has returned."""

from __future__ import annotations

import sys
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault


def main() -> None:
    folder, passphrase, hearing_id, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    vault = Vault.open(Path(folder))
    vault.unlock(passphrase)
    notebook = Notebook(vault)
    print("ready", flush=True)
    i = start
    while True:
        note = notebook.add_observation(hearing_id, "general.note", text=f"durable note {i}")
        print(f"{i} {note.id}", flush=True)
        i += 1


if __name__ == "__main__":
    main()
