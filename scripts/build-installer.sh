#!/usr/bin/env bash
# Set up (idempotent), then build the self-contained app, self-test it and package it:
# dist/trial-monitor/, and on Linux dist/trial-monitor-VERSION-linux-MACHINE.tar.gz and
# dist/trial-monitor_VERSION_ARCH.deb. Arguments go to scripts/build_installer.py
# (--dist DIR, --work DIR, --no-packages). See docs/installer.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/python" "$ROOT/scripts/build_installer.py" "$@"
