"""Re-key benchmark: change the passphrase of a vault holding --notes observations (and an
attachment), timing the whole change and its parts: the Argon2id work before the
transaction, re-encrypting every sealed value, and the commit with the WAL checkpoint.
Prints figures; asserts nothing (see docs/benchmarks.md).

Run: .venv/bin/python bench/bench_rekey.py [--notes 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault

PASSPHRASES = ("benchmark passphrase of decent length", "another benchmark passphrase, long")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, object] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault, _ = Vault.create(folder, PASSPHRASES[0], "Bench")
        results["kdf"] = vault.kdf_params().to_dict()
        notebook = Notebook(vault)
        trial = notebook.add_trial("Bench trial", country="BY")
        hearing = notebook.add_hearing(
            trial.id, datetime(2026, 11, 24, 7, tzinfo=UTC), "remote", "Europe/Minsk"
        )
        for i in range(args.notes):
            notebook.add_observation(hearing.id, "general.note", text=f"note {i} " * 8)
        results["vault_bytes"] = sum(p.stat().st_size for p in folder.iterdir())

        runs = []
        for run in range(args.repeat):
            marks: list[float] = []
            totals: list[int] = []

            def progress(
                done: int, total: int, marks: list[float] = marks, totals: list[int] = totals
            ) -> None:
                marks.append(time.perf_counter())
                totals.append(total)

            old, new = PASSPHRASES[run % 2], PASSPHRASES[(run + 1) % 2]
            started = time.perf_counter()
            vault.change_passphrase(old, new, progress=progress)
            finished = time.perf_counter()
            runs.append(
                {
                    "total_s": round(finished - started, 3),
                    "before_transaction_s": round(marks[0] - started, 3),
                    "reencrypt_s": round(marks[-1] - marks[0], 3),
                    "commit_and_checkpoint_s": round(finished - marks[-1], 3),
                    "sealed_values": totals[0],
                }
            )
        results["runs"] = runs
        results["sealed_values_per_s"] = round(
            max(r["sealed_values"] / max(r["reencrypt_s"], 1e-9) for r in runs)
        )
        vault.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
