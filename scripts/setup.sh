#!/usr/bin/env bash
# Bootstrap a fresh Debian/Ubuntu machine for Trial Monitor, idempotently:
#   1. the Debian packages the app and its tests need (only those missing; apt-get update only then),
#   2. a virtual environment in .venv with the app installed editable, plus its test tools
#      and PyInstaller (the suite builds the installer).
# Runs as root (CI) or as a normal user (apt through sudo). Fast when everything is in place.
# On a machine without dpkg/apt (macOS, other distributions) step 1 is skipped with a warning.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
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
        log "warning: no dpkg/apt here; install Python >= 3.11, Qt's runtime libraries, age, minisign, sqlite3 and poppler yourself"
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
    "$PYTHON" -m venv "$VENV"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install -qq --upgrade pip
}

install_project() {
    log "pip install -e '.[test,installer]'"
    # -qq: errors only (warnings such as setuptools' editable-install notice would print
    # on every run); a failure still prints pip's error and stops the script (set -e).
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install \
        -qq --progress-bar off --editable "$ROOT[test,installer]"
}

install_debian_packages
check_python
make_venv
install_project
log "ready: $VENV"
