"""The self-contained app: scripts/build_installer.py builds it with PyInstaller from
build_installer.spec and packages it; then the built executable — no Python, no venv —
must pass `trial-monitor self-test` offscreen (vaults, an observation, a bundle round trip,
Qt's platform plugin, fonts, translations, the icon, the main window), find a vault the
source install made in the per-user folders, and write nothing beside itself.

A broken freeze (a missing hidden import, a resource not found, Qt plugins missing) fails
here. The build takes a minute or two: the tests that need it are marked `slow`; the default
run (and CI) includes them, `-m 'not slow'` leaves them out.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor_app.core.languages import LANGUAGES
from monitor_app.core.vault.storage import DB_FILENAME
from tests.conftest import UserDirs

ROOT = Path(__file__).resolve().parents[2]
NAME = "trial-monitor"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
PASSPHRASE = "installer test passphrase"
# The installer issue's target was under 120 MiB unpacked on Linux; Word reports (issue 15)
# need lxml's etree (5.3 MB), which nothing can trim: restated to 125 MiB (docs/installer.md).
MAX_UNPACKED = 125 * 2**20
STAYS_UP_SECONDS = 4
STEPS = (
    "resources",
    "vault",
    "observation",
    "bundle",
    "qt",
    "report",
    "translations",
    "icon",
    "window",
)

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the packaging tested here is Linux's"
)


@dataclass(frozen=True)
class Built:
    dist: Path
    folder: Path
    executable: Path
    tarball: Path
    deb: Path
    log: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """One build for the module, in a temporary folder; PyInstaller's cache there too."""
    root = tmp_path_factory.mktemp("installer")
    home = root / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PYINSTALLER_CONFIG_DIR": str(root / "pyinstaller-cache"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    dist, work = root / "dist", root / "work"
    build = run(
        [sys.executable, "scripts/build_installer.py", "--dist", dist, "--work", work, "--fast"],
        env=env,
        timeout=1800,
    )
    output = build.stdout + build.stderr
    assert build.returncode == 0, output[-4000:]
    machine = os.uname().machine
    debs = list(dist.glob(f"{NAME}_{VERSION}_*.deb"))
    assert len(debs) == 1, sorted(p.name for p in dist.iterdir())
    return Built(
        dist=dist,
        folder=dist / NAME,
        executable=dist / NAME / NAME,
        tarball=dist / f"{NAME}-{VERSION}-linux-{machine}.tar.gz",
        deb=debs[0],
        log=output,
    )


def run(
    argv: list[str | Path],
    *,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """A program, stdin closed, output captured; ``env`` on top of os.environ (which holds
    the test's per-user folders)."""
    return subprocess.run(
        [str(arg) for arg in argv],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def stdout_of(*argv: str | Path) -> str:
    result = run(list(argv))
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_frozen(
    executable: Path, *argv: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The built app, offscreen."""
    return run([executable, *argv], cwd=cwd, env={"QT_QPA_PLATFORM": "offscreen", **(env or {})})


def run_source(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The source install: ``python -m monitor_app``."""
    return run([sys.executable, "-m", "monitor_app", *argv], env=env)


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry under ``folder``: size, modification time and mode."""
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns, p.lstat().st_mode)
        for p in folder.rglob("*")
    }


def assert_self_test_passed(result: subprocess.CompletedProcess[str], where: str) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"self-test: {NAME} {VERSION} (frozen build, ")
    assert [line.split(":")[1].strip() for line in lines[1:-1]] == list(STEPS)
    assert all(": ok (" in line for line in lines[1:-1]), result.stdout
    assert lines[-1] == "self-test: passed"
    assert f"in {where}" in lines[1], lines[1]  # resources found inside the frozen folder
    assert "Traceback" not in result.stderr


# ---- the built folder ---------------------------------------------------------------------


@pytest.mark.slow
@linux_only
def test_built_app_passes_its_self_test(built: Built, user_dirs: UserDirs, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = run_frozen(built.executable, "self-test", "--screenshot", str(shot), cwd=tmp_path)
    assert_self_test_passed(result, str(built.folder / "_internal" / "resources"))
    assert "platform offscreen" in result.stdout
    assert f"manifest app_version {VERSION}" in result.stdout
    assert f"About box shows {VERSION}" in result.stdout
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    # The build script ran the same self-test before packaging.
    assert "self-test: passed" in built.log


@pytest.mark.slow
@linux_only
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (scripts/setup.sh)")
def test_built_app_passes_its_self_test_on_x11(
    built: Built, user_dirs: UserDirs, tmp_path: Path
) -> None:
    """The xcb plugin: the bundled xcb-util libraries with the system's X11 and libxcb."""
    result = run(
        ["xvfb-run", "-a", built.executable, "self-test"],
        cwd=tmp_path,
        env={"QT_QPA_PLATFORM": "xcb"},
    )
    assert_self_test_passed(result, str(built.folder / "_internal" / "resources"))
    assert "platform xcb" in result.stdout


@pytest.mark.slow
@linux_only
def test_desktop_app_starts_and_keeps_running(
    built: Built, user_dirs: UserDirs, tmp_path: Path
) -> None:
    """No command: the desktop app (the setup wizard here, as there is no vault yet)."""
    app = subprocess.Popen(
        [str(built.executable)],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            app.wait(timeout=STAYS_UP_SECONDS)  # a crash at start-up would end it
    finally:
        app.terminate()
        _, err = app.communicate(timeout=30)
    assert "Traceback" not in err, err
    assert "error" not in err.lower(), err
    log_text = "".join(
        p.read_text("utf-8") for p in (user_dirs.state / "TrialMonitor").rglob("*.log")
    )
    assert "gui: started" in log_text


@pytest.mark.slow
@linux_only
def test_version_is_pyproject_s_everywhere(built: Built, tmp_path: Path) -> None:
    result = run_frozen(built.executable, "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, f"{NAME} {VERSION}\n")
    assert VERSION in built.tarball.name
    assert VERSION in built.deb.name
    assert stdout_of("dpkg-deb", "--field", built.deb, "Version").strip() == VERSION
    # The About box and bundle manifests: test_built_app_passes_its_self_test.


@pytest.mark.slow
@linux_only
def test_unused_qt_and_system_libraries_stay_out(built: Built) -> None:
    internal = built.folder / "_internal"
    names = {p.name for p in internal.rglob("*")}
    size = sum(p.lstat().st_size for p in built.folder.rglob("*"))
    assert size < MAX_UNPACKED, f"{size / 2**20:.1f} MiB"
    for left_out in (
        "libQt6Network.so.6",  # Qt modules the app does not use
        "libQt6Qml.so.6",
        "libqgtk3.so",  # the GTK theme plugin and GTK's stack
        "libcairo.so.2",
        "libqeglfs.so",  # embedded platforms
        "libqvnc.so",
        "libssl.so.3",  # no network, no TLS
        "libstdc++.so.6",  # from the system
        "libfontconfig.so.1",
        "libdbus-1.so.3",
        "trial_monitor_ru.ts",  # sources of resources
        "trial_monitor_kk.ts",
    ):
        assert left_out not in names, left_out
    for kept in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libxcb-cursor.so.0"):
        assert kept in names, kept
    qt_catalogues = sorted(p.name for p in internal.glob("PySide6/Qt/translations/*.qm"))
    # Qt's own catalogue for each of the app's languages but English, and no other.
    assert qt_catalogues == sorted(f"qtbase_{lang}.qm" for lang in LANGUAGES if lang != "en")
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


@pytest.mark.slow
@linux_only
def test_frozen_app_shares_the_source_install_s_vault_and_writes_nothing_beside_itself(
    built: Built, user_dirs: UserDirs, tmp_path: Path
) -> None:
    secret = {"TRIAL_MONITOR_PASSPHRASE": PASSPHRASE}
    made = run_source("init", "--name", "Observer 7", env=secret)
    assert made.returncode == 0, made.stderr
    vault = user_dirs.data / "TrialMonitor" / "vault"
    assert (vault / DB_FILENAME).is_file()  # the default place: no --vault, no variable
    source_trial = run_source("trial", "add", "--title", "Made by the source install", env=secret)
    assert source_trial.returncode == 0, source_trial.stderr

    before = snapshot(built.folder)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    listed = run_frozen(built.executable, "trial", "list", "--json", cwd=cwd, env=secret)
    assert listed.returncode == 0, listed.stderr
    assert [t["title"] for t in json.loads(listed.stdout)] == ["Made by the source install"]
    added = run_frozen(
        built.executable, "trial", "add", "--title", "Made by the frozen app", cwd=cwd, env=secret
    )
    assert added.returncode == 0, added.stderr
    assert run_frozen(built.executable, "self-test", cwd=cwd).returncode == 0

    titles = json.loads(run_source("trial", "list", "--json", env=secret).stdout)
    assert sorted(t["title"] for t in titles) == [
        "Made by the frozen app",
        "Made by the source install",
    ]
    assert snapshot(built.folder) == before
    assert list(cwd.iterdir()) == []
    # Its log goes where the source install's goes: the per-user state folder.
    assert list((user_dirs.state / "TrialMonitor").rglob("trial-monitor.log"))


# ---- the packages -------------------------------------------------------------------------


@pytest.mark.slow
@linux_only
def test_tarball_unpacks_to_a_folder_that_runs(built: Built, tmp_path: Path) -> None:
    with tarfile.open(built.tarball) as tar:
        members = tar.getmembers()
        assert {m.name.split("/")[0] for m in members} == {NAME}
        assert {(m.uid, m.gid) for m in members} == {(0, 0)}
        tar.extractall(tmp_path, filter="tar")
    result = run_frozen(tmp_path / NAME / NAME, "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, f"{NAME} {VERSION}\n")
    sums = (built.dist / "SHA256SUMS").read_text(encoding="utf-8")
    assert built.tarball.name in sums
    assert built.deb.name in sums


@pytest.mark.slow
@linux_only
def test_debian_package_installs_the_app_its_menu_entry_and_icons(
    built: Built, user_dirs: UserDirs, tmp_path: Path
) -> None:
    fields = stdout_of("dpkg-deb", "--field", built.deb)
    info = dict(line.split(": ", 1) for line in fields.splitlines() if ": " in line)
    assert info["Package"] == NAME
    assert info["Architecture"] == stdout_of("dpkg", "--print-architecture").strip()
    depends = {d.split(" ")[0] for d in info["Depends"].split(", ")}
    assert {"libc6", "libstdc++6", "libfontconfig1", "libx11-6", "libdbus-1-3"} <= depends
    assert info["Depends"].startswith("libc6 (>= ")

    listing = stdout_of("dpkg-deb", "--contents", built.deb)
    assert "./usr/bin/trial-monitor -> /opt/trial-monitor/trial-monitor" in listing
    for path in (
        "./opt/trial-monitor/trial-monitor",
        "./opt/trial-monitor/_internal/resources/taxonomy/taxonomy.json",
        "./usr/share/applications/trial-monitor.desktop",
        "./usr/share/icons/hicolor/48x48/apps/trial-monitor.png",
        "./usr/share/icons/hicolor/256x256/apps/trial-monitor.png",
        "./usr/share/icons/hicolor/scalable/apps/trial-monitor.svg",
    ):
        assert f" {path}\n" in listing or f" {path} " in listing, path
    assert " root/root " in listing.splitlines()[0]

    scratch = tmp_path / "root"
    stdout_of("dpkg", "--extract", built.deb, scratch)
    opt = scratch / "opt" / NAME
    assert_self_test_passed(
        run_frozen(opt / NAME, "self-test", cwd=tmp_path), str(opt / "_internal" / "resources")
    )
    # Started through a link, as /usr/bin/trial-monitor is: it still finds its folder.
    link = tmp_path / "bin" / NAME
    link.parent.mkdir()
    link.symlink_to(opt / NAME)
    result = run_frozen(link, "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, f"{NAME} {VERSION}\n")

    desktop = (scratch / "usr/share/applications/trial-monitor.desktop").read_text("utf-8")
    assert "\nExec=trial-monitor\n" in desktop
    assert "\nIcon=trial-monitor\n" in desktop
    if shutil.which("desktop-file-validate"):
        stdout_of("desktop-file-validate", scratch / "usr/share/applications/trial-monitor.desktop")


# ---- the icons the spec uses on every platform (no build needed) -------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_for_linux_windows_and_macos_are_in_place() -> None:
    icons = ROOT / "resources" / "icons"
    assert _png_size((icons / "trial-monitor.png").read_bytes()) == (256, 256)
    assert (icons / "trial-monitor.svg").read_text("utf-8").lstrip().startswith("<?xml")

    ico = (icons / "trial-monitor.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes

    icns = (icons / "trial-monitor.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic08" in icns  # 256 px
    assert b"ic10" in icns  # 1024 px (512 pt @2x)

    for size in (16, 32, 48, 64, 128, 256, 512):
        png = ROOT / "packaging" / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert _png_size((png / "trial-monitor.png").read_bytes()) == (size, size)
