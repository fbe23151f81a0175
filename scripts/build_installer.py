"""Build Trial Monitor as one self-contained folder, check it, and package it.

    bash scripts/build-installer.sh                  # scripts/setup.sh first, then this
    .venv/bin/python scripts/build_installer.py [--dist DIR] [--work DIR] [--no-packages]

1. PyInstaller builds DIST/trial-monitor/ from build_installer.spec (DIST: dist/, WORK: build/).
2. The built app runs `trial-monitor self-test` offscreen, its per-user folders redirected to
   a temporary folder; a failure stops here.
3. On Linux: DIST/trial-monitor-VERSION-linux-MACHINE.tar.gz (the folder) and
   DIST/trial-monitor_VERSION_ARCH.deb (/opt/trial-monitor, /usr/bin/trial-monitor, the menu
   entry and icons; Depends computed from the libraries the build leaves to the system),
   and DIST/SHA256SUMS.
Prints what it made and how big it is. See docs/installer.md.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from elfinfo import glibc_needed, is_elf, needed_libraries

ROOT = Path(__file__).resolve().parents[1]
NAME = "trial-monitor"
SPEC = ROOT / "build_installer.spec"
LINUX = ROOT / "packaging" / "linux"
DESCRIPTION = """Structured, encrypted, offline notes for trial observers
 Trial Monitor keeps an observer's notes on hearings of criminal trials (conditions coded with
 a fair-trial taxonomy, checklists, attachments) in an encrypted vault, and syncs them to a
 coordinator as signed, encrypted age bundles. Self-contained: Python, Qt and the app's
 libraries are inside /opt/trial-monitor."""
MAINTAINER = os.environ.get("DEB_MAINTAINER", "Trial Monitor maintainers <trial-monitor@localhost>")
# Where shared libraries live on Debian and its derivatives, /usr-merged or not.
_LIBDIR_PREFIXES = ("/usr/lib/", "/lib/")


def log(message: str) -> None:
    print(f"build-installer: {message}", flush=True)


def die(message: str) -> None:
    print(f"build-installer: error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def folder_size(folder: Path) -> int:
    """Bytes in the folder's files (symbolic links not followed), like `du -sb`."""
    return sum(p.lstat().st_size for p in folder.rglob("*"))


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


# ---- build and check ----------------------------------------------------------------------


def build(dist: Path, work: Path) -> Path:
    log(f"PyInstaller: {SPEC.name} -> {dist}")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work / 'pyinstaller'}",
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    log(f"built in {time.monotonic() - started:.0f} s")
    return dist / NAME


def frozen_command(dist: Path) -> Path:
    """The built executable that prints to a terminal."""
    if sys.platform == "darwin":
        return dist / "Trial Monitor.app" / "Contents" / "MacOS" / NAME
    if sys.platform == "win32":
        return dist / NAME / f"{NAME}-cli.exe"
    return dist / NAME / NAME


def isolated_env(home: Path) -> dict[str, str]:
    """The environment with HOME and the XDG folders under ``home``: nothing of the
    builder's own (vault, settings, log) is read or written."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    for name in ("TRIAL_MONITOR_VAULT", "TRIAL_MONITOR_PASSPHRASE"):
        env.pop(name, None)
    return env


def self_test(command: Path) -> None:
    log(f"self-test: {command}")
    with tempfile.TemporaryDirectory(prefix="tm-build-check-") as home:
        result = subprocess.run(
            [str(command), "self-test"], env=isolated_env(Path(home)), check=False, timeout=300
        )
    if result.returncode != 0:
        die(f"the built app failed its self-test (exit status {result.returncode})")


# ---- Linux packages -----------------------------------------------------------------------


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o755 if info.isdir() or info.mode & 0o100 else 0o644
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        info.mtime = int(epoch)
    return info


def tarball(folder: Path, out: Path, level: int = 9) -> Path:
    """The folder as ``trial-monitor/`` in a .tar.gz, owner root, names sorted."""
    log(f"tar.gz: {out.name}")
    with (
        out.open("wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=level, mtime=0) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(folder, arcname=NAME, filter=_tar_filter, recursive=False)
        for path in sorted(folder.rglob("*")):
            tar.add(path, arcname=f"{NAME}/{path.relative_to(folder)}", filter=_tar_filter,
                    recursive=False)  # fmt: skip
    return out


def _ldconfig_paths() -> dict[str, list[str]]:
    """soname -> paths, from the dynamic linker's cache (64-bit entries first)."""
    listing = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, list[str]] = {}
    for line in listing.splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match:
            name, flags, path = match.groups()
            wanted_64 = "64" in flags
            found.setdefault(name, []).insert(0 if wanted_64 else len(found.get(name, [])), path)
    return found


def _variants(path: str) -> set[str]:
    """``path``, its real path, and their /usr-merged twins: dpkg knows only one of them."""
    variants = {path, os.path.realpath(path)}
    for candidate in list(variants):
        for prefix in _LIBDIR_PREFIXES:
            if candidate.startswith(prefix):
                rest = candidate.removeprefix(prefix)
                variants.update(f"{other}{rest}" for other in _LIBDIR_PREFIXES)
    return variants


def _owners(paths: set[str]) -> dict[str, str]:
    """path -> the Debian package that installed it, for those of ``paths`` dpkg knows."""
    listing = subprocess.run(
        ["dpkg-query", "--search", *sorted(paths)], capture_output=True, text=True, check=False
    ).stdout  # exit status 1 when some path is unknown: expected for the twins
    owners = {}
    for line in listing.splitlines():
        packages, _, path = line.partition(": ")
        if path in paths and "," not in packages:
            owners[path] = packages.split(":", 1)[0].strip()
    return owners


def system_libraries(folder: Path) -> dict[str, set[str]]:
    """Libraries the folder's ELF files need but do not carry: soname -> who needs it."""
    files = [p for p in folder.rglob("*") if is_elf(p)]
    carried = {p.name for p in folder.rglob("*")}
    wanted: dict[str, set[str]] = {}
    for path in files:
        for name in needed_libraries(path):
            if name not in carried:
                wanted.setdefault(name, set()).add(str(path.relative_to(folder)))
    return wanted


def debian_depends(folder: Path) -> str:
    """The Depends field: the packages that provide, on this (the build) system, every
    library the build leaves to the system; libc6 at least the newest glibc symbol version
    a file in the folder needs (the build's glibc floor)."""
    cache = _ldconfig_paths()
    wanted = system_libraries(folder)
    candidates = {
        name: [v for p in cache.get(name, []) for v in sorted(_variants(p))] for name in wanted
    }
    owners = _owners({path for paths in candidates.values() for path in paths})
    packages: set[str] = set()
    for name, users in sorted(wanted.items()):
        owner = next((owners[p] for p in candidates[name] if p in owners), None)
        if owner is None:
            die(f"{name}, needed by {sorted(users)[0]}, is not installed from a Debian package")
        packages.add(owner)
    floor = max((glibc_needed(p) for p in folder.rglob("*") if is_elf(p)), default=())
    fields = []
    for package in sorted(packages):
        if package == "libc6" and floor:
            fields.append(f"libc6 (>= {'.'.join(map(str, floor))})")
        else:
            fields.append(package)
    return ", ".join(fields)


def _normalise_modes(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o100
        path.chmod(0o755 if executable else 0o644)


def _installed_size_kib(root: Path) -> int:
    return sum(
        math.ceil(p.lstat().st_size / 1024) if p.is_file() and not p.is_symlink() else 1
        for p in root.rglob("*")
    )


def debian_package(
    folder: Path, work: Path, out: Path, version: str, arch: str, *, level: int = 6
) -> Path:
    log(f"deb: {out.name}")
    stage = work / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / NAME
    shutil.copytree(folder, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(LINUX / f"{NAME}.desktop", applications)
    icons = stage / "usr" / "share" / "icons"
    shutil.copytree(LINUX / "icons" / "hicolor", icons / "hicolor")
    scalable = icons / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / f"{NAME}.svg", scalable)
    _normalise_modes(stage)
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {_installed_size_kib(stage)}\n"
        f"Depends: {debian_depends(opt)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    control.chmod(0o644)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{level}", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def checksums(files: list[Path], out: Path) -> Path:
    lines = [f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n" for f in files]
    out.write_text("".join(lines), encoding="utf-8")
    return out


# ---- main ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch (build/)")
    parser.add_argument("--no-packages", action="store_true", help="the folder only")
    parser.add_argument(
        "--fast", action="store_true", help="compress the packages quickly, not small (tests)"
    )
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    version = project_version()
    os.umask(0o022)

    folder = build(dist, work)
    self_test(frozen_command(dist))
    made = [folder]
    if sys.platform.startswith("linux") and not args.no_packages:
        machine = platform.machine()
        gzip_level, xz_level = (1, 0) if args.fast else (9, 6)
        tar_name = f"{NAME}-{version}-linux-{machine}.tar.gz"
        packages = [tarball(folder, dist / tar_name, gzip_level)]
        if shutil.which("dpkg-deb") and shutil.which("dpkg-query"):
            arch = subprocess.run(
                ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
            ).stdout.strip()
            deb = dist / f"{NAME}_{version}_{arch}.deb"
            packages.append(debian_package(folder, work, deb, version, arch, level=xz_level))
        else:
            log("no dpkg-deb here: no .deb")
        made += [*packages, checksums(packages, dist / "SHA256SUMS")]
    for path in made:
        size = folder_size(path) if path.is_dir() else path.stat().st_size
        log(f"{path}: {mb(size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
