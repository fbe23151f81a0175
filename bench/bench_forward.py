"""Forwarding benchmark (issue 16): an observer's bundle of N notes, imported by a regional
coordinator and forwarded to a head office, against the same bundle sent to a head office
directly. Prints the time of each step and the sizes of the two files; asserts nothing
(see docs/benchmarks.md).

Run: .venv/bin/python bench/bench_forward.py [--observations 5000] [--trials 10]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.export import export_bundles
from monitor_app.core.sync.forward import forward_bundles, plan_forward
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault

PASSPHRASE = "benchmark passphrase of decent length"


def _vault(root: Path, name: str) -> Vault:
    return Vault.create(root / name.replace(" ", "-"), PASSPHRASE, name, kdf=KDF_FLOOR)[0]


def _link(a: Vault, b: Vault) -> Contact:
    """``a`` and ``b`` add each other's cards; ``b`` as ``a``'s contact."""
    card = KeyCard.from_file_bytes(Identity(b).card_file_bytes())
    Contacts(b).add(KeyCard.from_file_bytes(Identity(a).card_file_bytes()))
    return Contacts(a).add(card)


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = call()
    return round(time.perf_counter() - start, 3), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observations", type=int, default=5000)
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        observer, regional = _vault(root, "Observer 7"), _vault(root, "Regional")
        head, direct = _vault(root, "Head Office"), _vault(root, "Head Office, directly")
        to_regional, to_direct = _link(observer, regional), _link(observer, direct)
        to_head = _link(regional, head)
        _link(head, observer)
        notebook = Notebook(observer)
        start = datetime(2026, 11, 24, 7, tzinfo=UTC)
        for t in range(args.trials):
            trial = notebook.add_trial(f"Trial {t + 1}", country="BY")
            hearing = notebook.add_hearing(trial.id, start, "remote", "Europe/Minsk")
            for n in range(args.observations // args.trials):
                notebook.add_observation(
                    hearing.id, "general.note", start + timedelta(seconds=n), text=f"note {n} " * 20
                )
        out, up = root / "out", root / "up"
        out.mkdir()
        up.mkdir()
        sent = [out / p.file_name for p in export_bundles(observer, [to_regional], out)]
        straight = [out / p.file_name for p in export_bundles(observer, [to_direct], out)]
        figures: dict[str, Any] = {"revisions": notebook.store.count()}
        figures["regional_import_s"], _ = _timed(lambda: Importer(regional).import_paths(sent))
        figures["direct_import_s"], _ = _timed(lambda: Importer(direct).import_paths(straight))
        figures["plan_s"], _ = _timed(lambda: plan_forward(regional, to_head))
        figures["forward_s"], result = _timed(lambda: forward_bundles(regional, to_head, up))
        forwarded = [up / p.file_name for p in result.parts]
        figures["forwarded_import_s"], results = _timed(
            lambda: Importer(head).import_paths(forwarded)
        )
        assert all(r.status == IMPORTED for r in results), [r.message for r in results]
        figures["direct_file_bytes"] = sum(p.stat().st_size for p in straight)
        figures["forwarded_file_bytes"] = sum(p.stat().st_size for p in forwarded)
        for vault in (observer, regional, head, direct):
            vault.close()
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
