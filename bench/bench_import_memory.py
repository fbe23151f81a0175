"""Import peak memory: what one bundle costs the coordinator's process, for hostile bundles
and for a real one (issue 13). Each import runs in a child process of its own, into a fresh
copy of the coordinator's vault; the child resets its peak RSS (Linux ``/proc/self/clear_refs``)
once the vault is unlocked, so the figure is the import's own, not the key derivation's.
Prints a table; asserts nothing (see docs/benchmarks.md, "Import peak memory").

The cases:

- newline bomb: a contact's signed bundle whose ``revisions.jsonl`` is nothing but newlines,
  deflated (flushed every few KiB) to just under the 200:1 bomb check, as in the issue;
- huge line: ``revisions.jsonl`` one line of hundreds of MB, likewise deflated;
- many members: the most members the format allows, each a tiny attachment;
- stranger: a bundle of large attachments, validly self-signed by someone who is not a
  contact and addressed to the coordinator's key (a quarantine candidate);
- real: an observer's bundle of 10,000 observations (bench_sync's vault).

Run: .venv/bin/python bench/bench_import_memory.py [--observations 10000] [--bomb-mb 500]
     [--line-mb 200] [--stranger-mb 300]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import secrets
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from bench_sync import PASSPHRASE, Setup
from pyrage import x25519

from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault

MIB = 1024**2
BOMB_RATIO = 190  # just under the importer's 200:1 decompression-bomb check
MAX_MEMBERS = 50_000  # the format's limit, manifest and signature included


# ---- a ZIP written by hand, as an attacker would ------------------------------------------


@dataclass(frozen=True)
class Member:
    name: str
    chunks: Iterable[bytes]  # the plaintext, in pieces (never held whole)
    deflate_every: int = 0  # flush the deflate stream every so many bytes; 0: stored


def _deflated(chunks: Iterable[bytes], every: int) -> Iterator[bytes]:
    """Raw deflate flushed every ``every`` bytes: each flush costs a few bytes, so the
    compression ratio lands where the attacker wants it, under any ratio check."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    for chunk in chunks:
        for start in range(0, len(chunk), every):
            yield compressor.compress(chunk[start : start + every])
            yield compressor.flush(zlib.Z_FULL_FLUSH)
    yield compressor.flush()


def flush_interval(byte: bytes, ratio: int) -> int:
    """The flush interval that deflates runs of ``byte`` at about ``ratio``:1."""
    best = 64
    for every in range(64, 65536, 16):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        out = b"".join(
            compressor.compress(byte * every) + compressor.flush(zlib.Z_FULL_FLUSH)
            for _ in range(32)
        )
        if 32 * every / len(out) > ratio:
            return best
        best = every
    return best


def write_zip(out: io.BytesIO, members: Iterable[Member]) -> None:
    central = []
    for member in members:
        tap = _Tap()
        plain = tap.through(member.chunks)
        pieces = _deflated(plain, member.deflate_every) if member.deflate_every else plain
        data = b"".join(pieces)
        method = ZIP_DEFLATE if member.deflate_every else 0
        name = member.name.encode()
        offset = out.tell()
        out.write(
            struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, tap.crc, len(data),
                        tap.size, len(name), 0)
        )  # fmt: skip
        out.write(name)
        out.write(data)
        central.append(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0x21,
                tap.crc,
                len(data),
                tap.size,
                len(name),
                0,
                0,
                0,
                0,
                0o600 << 16,
                offset,
            )
            + name
        )
    start = out.tell()
    for entry in central:
        out.write(entry)
    out.write(
        struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central),
                    out.tell() - start, start, 0)
    )  # fmt: skip


ZIP_DEFLATE = 8  # the ZIP method number of deflate


class _Tap:
    """CRC-32 and size of the plaintext as it goes by."""

    def __init__(self) -> None:
        self.crc, self.size = 0, 0

    def through(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            self.crc = zlib.crc32(chunk, self.crc)
            self.size += len(chunk)
            yield chunk


def repeated(byte: bytes, total: int) -> Iterator[bytes]:
    piece = byte * MIB
    for start in range(0, total, MIB):
        yield piece[: min(MIB, total - start)]


# ---- signed bundles -----------------------------------------------------------------------


def member_entries(members: list[Member]) -> dict[str, dict[str, Any]]:
    """Size and SHA-256 of each member, read once (the chunks are made again to write)."""
    entries = {}
    for member in members:
        digest, size = hashlib.sha256(), 0
        for chunk in member.chunks:
            digest.update(chunk)
            size += len(chunk)
        entries[member.name] = {"size": size, "sha256": digest.hexdigest()}
    return entries


def write_bundle(
    path: Path,
    author: Identity,
    coordinator: Identity,
    members: list[Member],
    revisions: int,
) -> Path:
    """A bundle signed by ``author`` for ``coordinator``: a valid manifest and signature, so
    the importer gets as far as the members."""
    manifest = {
        "type": "trial-monitor-bundle",
        "format": 1,
        "id": secrets.token_hex(16),
        "app_version": "bench",
        "created_utc": "2026-12-01T00:00:00.000000Z",
        "author": author.card().body(),
        "recipients": [
            {
                "author": coordinator.author,
                "display_name": "Coordinator",
                "age_recipient": coordinator.age_recipient,
                "seq": 1,
            }
        ],
        "members": member_entries(members),
        "revisions": {"count": revisions},
        "attachments": sum(m.name.startswith("attachments/") for m in members),
    }
    manifest_bytes = (
        json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    ).encode()
    signature = author.signing.sign(manifest_bytes, "bench")
    plaintext = io.BytesIO()
    write_zip(
        plaintext,
        [Member("manifest.json", [manifest_bytes]), Member("manifest.json.minisig", [signature]),
         *members],
    )  # fmt: skip
    plaintext.seek(0)
    with path.open("wb") as out:
        pyrage.encrypt_io(plaintext, out, [x25519.Recipient.from_str(coordinator.age_recipient)])
    return path


# ---- the child: one import, its peak memory -----------------------------------------------


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child(vault_dir: Path, bundle: Path) -> None:
    vault = Vault.open(vault_dir)
    vault.unlock(PASSPHRASE)
    importer = Importer(vault)
    baseline = _status_kib("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # peak RSS := current RSS
    started = time.perf_counter()
    [result] = importer.import_paths([bundle])
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "status": result.status,
                "message": result.message[:100],
                "seconds": round(seconds, 2),
                "baseline_mib": round(baseline / 1024),
                "peak_mib": round(_status_kib("VmHWM") / 1024),
            }
        )
    )
    vault.close()


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(pristine: Path, root: Path, name: str, bundle: Path) -> dict[str, Any]:
    target = root / f"coordinator-{name}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(pristine, target)
    before = folder_bytes(target)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(target), str(bundle)],
        check=False,  # a failure is reported with the child's own words
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{name}: the import's process failed:\n{done.stderr}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["vault_growth_mib"] = round((folder_bytes(target) - before) / MIB, 1)
    figures["file_mib"] = round(bundle.stat().st_size / MIB, 1)
    shutil.rmtree(target)
    return figures


# ---- the cases ----------------------------------------------------------------------------


def hostile_bundles(setup: Setup, args: argparse.Namespace) -> dict[str, Path]:
    observer = Identity(setup.observer)
    coordinator_vault = Vault.open(setup.pristine)
    coordinator_vault.unlock(PASSPHRASE)
    coordinator = Identity(coordinator_vault)
    folder = setup.root / "hostile"
    folder.mkdir()
    bomb = args.bomb_mb * MIB
    line = args.line_mb * MIB
    cases = {
        "newline bomb": write_bundle(
            folder / "bomb.age", observer, coordinator,
            [Member("revisions.jsonl", _Chunks(b"\n", bomb), flush_interval(b"\n", BOMB_RATIO))],
            revisions=1,
        ),
        "huge line": write_bundle(
            folder / "line.age", observer, coordinator,
            [Member("revisions.jsonl", _Chunks(b"a", line), flush_interval(b"a", BOMB_RATIO))],
            revisions=1,
        ),
        "many members": write_bundle(
            folder / "members.age", observer, coordinator,
            [Member("revisions.jsonl", [b"\n"])]
            + [Member(f"attachments/{secrets.token_hex(16)}", [os.urandom(64)])
               for _ in range(MAX_MEMBERS - 3)],
            revisions=1,
        ),
    }  # fmt: skip
    stranger_vault, _ = Vault.create(setup.root / "stranger", PASSPHRASE, "Stranger", kdf=KDF_FLOOR)
    piece = 60 * MIB
    attachments = [
        Member(f"attachments/{secrets.token_hex(16)}", _Chunks(os.urandom(1), piece, random=True))
        for _ in range(max(1, args.stranger_mb // 60))
    ]
    cases["stranger (quarantine)"] = write_bundle(
        folder / "stranger.age",
        Identity(stranger_vault),
        coordinator,
        [Member("revisions.jsonl", [b"\n"]), *attachments],
        revisions=1,
    )
    stranger_vault.close()
    coordinator_vault.close()
    return cases


class _Chunks:
    """The same plaintext each time it is iterated: ``total`` bytes of ``byte``, or of random
    bytes from a fixed seed."""

    def __init__(self, byte: bytes, total: int, *, random: bool = False) -> None:
        self.byte, self.total, self.random = byte, total, random
        self.seed = secrets.token_bytes(16)

    def __iter__(self) -> Iterator[bytes]:
        if not self.random:
            yield from repeated(self.byte, self.total)
            return
        for start in range(0, self.total, MIB):
            counter = self.seed + start.to_bytes(8, "big")
            yield hashlib.shake_256(counter).digest(min(MIB, self.total - start))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observations", type=int, default=10_000)
    parser.add_argument("--trials", type=int, default=4)
    parser.add_argument("--hearings", type=int, default=6, help="per trial")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--bomb-mb", type=int, default=500, help="MiB of newlines in the bomb")
    parser.add_argument("--line-mb", type=int, default=200, help="bytes in the huge line")
    parser.add_argument("--stranger-mb", type=int, default=300, help="the stranger's bundle")
    parser.add_argument("--json", action="store_true", help="print JSON, not a table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-memory-") as tmp:
        root = Path(tmp)
        setup = Setup(root, args)
        cases = hostile_bundles(setup, args)
        cases[f"real: {args.observations:,} observations"] = setup.export()
        results = {name: measure(setup.pristine, root, str(i), path)
                   for i, (name, path) in enumerate(cases.items())}  # fmt: skip
    if args.json:
        print(json.dumps({"python": platform.python_version(), "cases": results}, indent=1))
        return
    print("| case | file | result | time | peak RSS during import | vault growth |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['file_mib']} MiB | {r['status']}: {r['message'][:60]} "
            f"| {r['seconds']} s | {r['peak_mib'] - r['baseline_mib']} MiB over "
            f"{r['baseline_mib']} MiB | {r['vault_growth_mib']} MiB |"
        )


if __name__ == "__main__":
    main()
