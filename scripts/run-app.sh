#!/usr/bin/env bash
# Set up (idempotent, quick when done before) and start Trial Monitor; arguments go to the app.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/trial-monitor" "$@"
