#!/usr/bin/env bash
# Re-resolve requirements/lock.txt, the hashed lock scripts/setup.sh installs (so CI's test run
# and the installer build get exactly it): pyproject.toml's dependencies, its `test` and
# `installer` extras and its build backend ([build-system] requires), pinned with the sha256 of
# every file, in one universal lock for every Python the project supports (>= 3.11) on Linux,
# Windows and macOS. uv comes into a throw-away venv; nothing else on the machine changes.
#
#   bash scripts/update-lock.sh                                    # after editing pyproject.toml
#   bash scripts/update-lock.sh --upgrade-package pyside6-essentials   # one package to its newest
#   bash scripts/update-lock.sh --upgrade                          # everything to its newest
#
# Versions already in the lock stay while pyproject.toml allows them; arguments go to
# `uv pip compile`. Then run `bash scripts/run-tests.sh` (setup.sh installs the new lock) and
# commit the lock with the change that needed it. See docs/installer.md, "Pinned dependencies".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="$ROOT/requirements/lock.txt"
PYTHON="${PYTHON:-python3}"
UV_VERSION="${UV_VERSION:-0.13.10}"

log() { printf 'update-lock: %s\n' "$*" >&2; }
die() { printf 'update-lock: error: %s\n' "$*" >&2; exit 1; }

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
    || die "$PYTHON must be Python >= 3.11 (set PYTHON=...)"

SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT

log "uv $UV_VERSION into a throw-away venv"
"$PYTHON" -m venv "$SCRATCH/venv"
PIP_DISABLE_PIP_VERSION_CHECK=1 "$SCRATCH/venv/bin/python" -m pip install \
    -qq --progress-bar off "uv==$UV_VERSION"
UV="$SCRATCH/venv/bin/uv"

# The build backend is locked too: setup.sh builds the editable install with
# --no-build-isolation from the setuptools the lock installs. uv reads these from stdin.
BUILD_REQUIRES="$("$SCRATCH/venv/bin/python" -c '
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print("\n".join(tomllib.load(f)["build-system"]["requires"]))' "$ROOT/pyproject.toml")"

# The lock in place seeds the resolution (uv keeps its versions unless told to upgrade).
mkdir -p "$(dirname "$LOCK")"
[[ -e "$LOCK" ]] && cp "$LOCK" "$SCRATCH/lock.txt"
COMPILE=(pip compile pyproject.toml - --extra test --extra installer
         --universal --generate-hashes)
log "uv ${COMPILE[*]}${*:+ $*}"
(cd "$ROOT" && "$UV" "${COMPILE[@]}" --no-header --quiet \
    --output-file "$SCRATCH/lock.txt" "$@" <<<"$BUILD_REQUIRES")

{
    printf '%s\n' \
        "# Do not edit: made by \`bash scripts/update-lock.sh\` (docs/installer.md, \"Pinned" \
        "# dependencies\") with $("$UV" --version | cut -d' ' -f1-2), as" \
        "#   uv ${COMPILE[*]}${*:+ $*}" \
        "# with pyproject.toml's [build-system] requires on stdin (${BUILD_REQUIRES//$'\n'/, })." \
        "# pyproject.toml's dependencies, its test and installer extras and its build backend, each" \
        "# pinned with the sha256 of every file, for every Python >= 3.11 on Linux, Windows, macOS." \
        "# scripts/setup.sh installs exactly this (pip install --require-hashes -r), so CI" \
        "# (scripts/run-tests.sh) and the installer build (scripts/build-installer.sh) get it."
    cat "$SCRATCH/lock.txt"
} >"$LOCK"
log "wrote $LOCK: $(grep -c '^[A-Za-z0-9]' "$LOCK") pins"
