#!/usr/bin/env bash
# Set up (idempotent), lint, check the import layers, type-check, and run the test suite
# headless; arguments go to pytest.
# Exits non-zero on a lint error, a failing test, or a run that collected no tests (pytest's 5).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8
export LC_ALL=C.UTF-8

echo "run-tests: ruff check" >&2
.venv/bin/ruff check .

echo "run-tests: import contracts (.importlinter: layers, no Qt in core, no SQL in the GUI)" >&2
.venv/bin/lint-imports --no-cache

echo "run-tests: mypy (strict, the whole package)" >&2
.venv/bin/mypy

echo "run-tests: pytest" >&2
exec .venv/bin/python -m pytest "$@"
