"""The self-contained build: its size, and how fast it starts, beside the source install.
Prints figures; asserts nothing. Build first: `bash scripts/build-installer.sh`.

- size: the folder's bytes (`du -sb`) and disk use (`du -s`), the .tar.gz and the .deb;
- `--version`: process start to exit (no Qt), median of N, warm caches;
- first window: process start to the main window shown, offscreen, on an existing vault
  (the unlock page): the moment Qt's offscreen plugin prints "This plugin does not support
  propagateSizeHints()", which it does when a window is shown; median of N, warm;
- `self-test`: start to exit.
Every run has HOME and the XDG folders in a temporary folder.

Run: .venv/bin/python bench/bench_installer.py [--dist dist] [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "trial-monitor"
PASSPHRASE = "benchmark passphrase of decent length"
SHOWN_MARKER = "propagateSizeHints"


def isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRIAL_MONITOR_PASSPHRASE=PASSPHRASE)
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("TRIAL_MONITOR_VAULT", None)
    return env


def timed_exit(argv: list[str], env: dict[str, str], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.monotonic()
        subprocess.run(argv, env=env, capture_output=True, check=True)
        samples.append(time.monotonic() - started)
    return samples


def timed_first_window(argv: list[str], env: dict[str, str], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.monotonic()
        child = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
        assert child.stderr is not None
        for line in child.stderr:
            if SHOWN_MARKER in line:
                samples.append(time.monotonic() - started)
                break
        child.terminate()
        child.wait(timeout=30)
    if len(samples) != runs:
        raise SystemExit("bench_installer: the window was not shown (no offscreen marker)")
    return samples


def ms(samples: list[float]) -> str:
    values = sorted(s * 1000 for s in samples)
    return (
        f"median {statistics.median(values):.0f} ms "
        f"(min {values[0]:.0f}, max {values[-1]:.0f}, n={len(values)})"
    )


def size(path: Path) -> str:
    if path.is_dir():
        entries = [p.lstat() for p in path.rglob("*")]
        apparent = sum(e.st_size for e in entries)
        disk = sum(e.st_blocks * 512 for e in entries)
        return (
            f"{apparent / 1e6:.1f} MB apparent ({apparent / 2**20:.1f} MiB), "
            f"{disk / 2**20:.1f} MiB on disk"
        )
    return f"{path.stat().st_size / 1e6:.1f} MB ({path.stat().st_size / 2**20:.1f} MiB)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    frozen = args.dist / NAME / NAME
    source = Path(sys.executable).with_name(NAME)
    if not frozen.exists():
        raise SystemExit(f"bench_installer: no build at {frozen}; run scripts/build-installer.sh")

    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"folder {args.dist / NAME}: {size(args.dist / NAME)}")
    for package in sorted(args.dist.glob(f"{NAME}*.tar.gz")) + sorted(args.dist.glob("*.deb")):
        print(f"{package.name}: {size(package)}")

    with tempfile.TemporaryDirectory(prefix="tm-bench-installer-") as tmp:
        env = isolated_env(Path(tmp))
        vault = Path(tmp) / "vault"
        subprocess.run(
            [str(frozen), "--vault", str(vault), "init", "--name", "Bench"],
            env=env,
            capture_output=True,
            check=True,
        )
        for label, command in (("frozen", frozen), ("source", source)):
            timed_exit([str(command), "--version"], env, 2)  # warm the page cache
            print(
                f"{label} --version: {ms(timed_exit([str(command), '--version'], env, args.runs))}"
            )
            shown = timed_first_window([str(command), "--vault", str(vault)], env, args.runs)
            print(f"{label} first window (offscreen): {ms(shown)}")
            print(f"{label} self-test: {ms(timed_exit([str(command), 'self-test'], env, 3))}")


if __name__ == "__main__":
    main()
