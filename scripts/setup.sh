#!/usr/bin/env bash
# Bootstrap a fresh Debian/Ubuntu machine for Trial Monitor, idempotently:
#   1. the Debian packages the app and its tests need (only those missing; apt-get update only then),
#   2. a virtual environment in .venv with exactly the packages requirements/lock.txt pins
#      (hashes checked): the app's dependencies, its test tools and PyInstaller (the suite builds
#      the installer); then the app itself, editable. Skipped while the lock and pyproject.toml
#      are those of the last successful install (a stamp in .venv says which).
# Runs as root (CI) or as a normal user (apt through sudo). Fast when everything is in place.
# The lock is made by scripts/update-lock.sh (docs/installer.md, "Pinned dependencies").
# On a machine without dpkg/apt (macOS, other distributions) step 1 is skipped with a warning.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LOCK="$ROOT/requirements/lock.txt"
# What the last successful install was made from: a digest of the lock and pyproject.toml.
STAMP="$VENV/.trial-monitor-lock.sha256"
PYTHON="${PYTHON:-python3}"

log() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# Debian packages, by purpose. Every name here exists in Debian 12 (bookworm).
APT_PACKAGES=(
    # Qt's offscreen platform (tests, headless runs): libraries PySide6's wheel does not bundle.
    libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
    # Real windows under X11/Xvfb: the xcb platform plugin's libraries (read off `ldd libqxcb.so`),
    # plus Xvfb and xauth for xvfb-run screenshots.
    xvfb xauth libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
    # Interop: the standard tools that must be able to read our data without the app.
    age minisign sqlite3
    # pdftotext/pdftoppm, for report tests.
    poppler-utils
    # Bundles over a real sync engine: two Syncthing instances on loopback
    # (tests/integration/test_syncthing.py, docs/sync-engines.md).
    syncthing
    # The self-contained build (scripts/build_installer.py): PyInstaller runs objdump and strip,
    # the spec readelf; the Wayland plugin's libraries, so the .deb's dependencies can be read
    # off this machine.
    binutils libwayland-client0 libwayland-cursor0 libwayland-egl1
)

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

install_debian_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        log "warning: no dpkg/apt here; install Python >= 3.11, Qt's runtime libraries, age, minisign, sqlite3, poppler and syncthing yourself"
        return 0
    fi

    local wanted=("${APT_PACKAGES[@]}") missing=() pkg
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        wanted+=(python3 python3-venv)
    elif ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        # Debian splits ensurepip out of python3; without it `python3 -m venv` fails.
        wanted+=(python3-venv)
    fi
    for pkg in "${wanted[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        log "Debian packages: all present"
        return 0
    fi

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo; install as root: ${missing[*]}"
        sudo=(sudo)
    fi
    log "Debian packages to install: ${missing[*]}"
    log "apt-get update"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    log "apt-get install (this can take a few minutes on a fresh machine)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

check_python() {
    command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "$PYTHON is $("$PYTHON" -V 2>&1); Trial Monitor needs Python >= 3.11 (set PYTHON=...)"
}

make_venv() {
    if [[ -x "$VENV/bin/python" ]] \
        && "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
        return 0
    fi
    if [[ -e "$VENV" ]]; then
        log "removing a broken or outdated $VENV"
        rm -rf "$VENV"
    fi
    log "creating $VENV with $("$PYTHON" -V 2>&1)"
    # No `pip install --upgrade pip`: the lock pins pip too, and the first install brings it.
    "$PYTHON" -m venv "$VENV"
}

lock_digest() {
    "$VENV/bin/python" -c '
import hashlib, sys
digest = hashlib.sha256()
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        digest.update(hashlib.sha256(f.read()).digest())
print(digest.hexdigest())' "$LOCK" "$ROOT/pyproject.toml"
}

install_project() {
    [[ -r "$LOCK" ]] || die "$LOCK is missing (scripts/update-lock.sh makes it)"
    local want have=""
    want="$(lock_digest)"
    [[ -r "$STAMP" ]] && have="$(<"$STAMP")"
    if [[ "$want" == "$have" ]]; then
        log "Python packages: as locked (requirements/lock.txt and pyproject.toml unchanged)"
        return 0
    fi
    rm -f "$STAMP"
    # -qq: errors only (warnings such as setuptools' editable-install notice would print
    # on every run); a failure still prints pip's error and stops the script (set -e), and
    # the missing stamp makes the next run try again.
    log "pip install --require-hashes -r requirements/lock.txt"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install \
        -qq --progress-bar off --require-hashes --requirement "$LOCK"
    # The app alone: its dependencies are the lock's. --no-build-isolation builds it with the
    # setuptools the lock just installed, instead of fetching an unpinned one.
    log "pip install --no-deps -e ."
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install \
        -qq --progress-bar off --no-deps --no-build-isolation --editable "$ROOT"
    printf '%s\n' "$want" >"$STAMP"
}

install_debian_packages
check_python
make_venv
install_project
log "ready: $VENV"
