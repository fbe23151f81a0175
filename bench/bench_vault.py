"""Vault benchmarks: unlock (KDF and the rest), durable note save p50/p99, and decrypting
and listing 10k observations. Prints figures; asserts nothing (see docs/benchmarks.md).

Run: .venv/bin/python bench/bench_vault.py [--notes 10000] [--saves 500]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault import crypto
from monitor_app.core.vault.vault import Vault

PASSPHRASE = "benchmark passphrase of decent length"


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=500)
    args = parser.parse_args()
    results: dict[str, object] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
    }

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault, _ = Vault.create(folder, PASSPHRASE, "Bench")
        params = vault.kdf_params()
        results["kdf"] = params.to_dict()
        vault.close()

        started = time.perf_counter()
        crypto.derive_key(crypto.passphrase_bytes(PASSPHRASE), bytes(16), params)
        kdf_seconds = time.perf_counter() - started
        started = time.perf_counter()
        vault = Vault.open(folder)
        vault.unlock(PASSPHRASE)
        unlock_seconds = time.perf_counter() - started
        results["unlock_total_ms"] = round(unlock_seconds * 1000, 1)
        results["unlock_kdf_ms"] = round(kdf_seconds * 1000, 1)
        results["unlock_rest_ms"] = round((unlock_seconds - kdf_seconds) * 1000, 1)

        notebook = Notebook(vault)
        trial = notebook.add_trial("Bench trial", country="BY")
        hearing = notebook.add_hearing(
            trial.id, datetime(2026, 11, 24, 7, tzinfo=UTC), "remote", "Europe/Minsk"
        )
        save_ms = []
        for i in range(args.saves):
            started = time.perf_counter()
            notebook.add_observation(
                hearing.id,
                "remote.connection_lost",
                text=f"connection dropped, defendant could not hear the witness ({i})",
                parties=("defendant",),
                severity="high",
            )
            save_ms.append((time.perf_counter() - started) * 1000)
        results["save_p50_ms"] = round(statistics.median(save_ms), 2)
        results["save_p99_ms"] = round(percentile(save_ms, 99), 2)
        results["save_max_ms"] = round(max(save_ms), 2)

        # Fill up to --notes observations; timed as bulk throughput of durable saves.
        started = time.perf_counter()
        for i in range(args.notes - args.saves):
            notebook.add_observation(hearing.id, "general.note", text=f"note {i} " * 8)
        fill_seconds = time.perf_counter() - started
        results["fill_saves_per_s"] = round((args.notes - args.saves) / max(fill_seconds, 1e-9))

        vault.close()
        vault = Vault.open(folder)
        vault.unlock(PASSPHRASE)
        notebook = Notebook(vault)
        list_seconds = []
        for _ in range(5):
            started = time.perf_counter()
            observations = notebook.list_observations(hearing.id)
            list_seconds.append(time.perf_counter() - started)
        assert len(observations) == args.notes
        results[f"list_{args.notes}_best_s"] = round(min(list_seconds), 3)
        results[f"list_{args.notes}_median_s"] = round(statistics.median(list_seconds), 3)
        results["vault_bytes"] = sum(p.stat().st_size for p in folder.iterdir())
        vault.close()

    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
