"""Re-keying process for the SIGKILL test: changes the passphrase and, halfway through
re-encrypting (inside the one write transaction), says so and waits to be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from monitor_app.core.vault.vault import Vault


def main() -> None:
    folder, old_passphrase, new_passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
    vault = Vault.open(Path(folder))

    def progress(done: int, total: int) -> None:
        if total // 2 <= done < total:
            print(f"halfway {done} {total}", flush=True)
            time.sleep(60)  # the test kills us here

    vault.change_passphrase(old_passphrase, new_passphrase, progress=progress)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
