#!/usr/bin/env bash
# One hearing walked from a first start to the coordinator's report, through the real
# windows (tests/gui/test_walkthrough.py), under Xvfb on a 1366x768 screen with X11 windows,
# in each language walked; a PNG of the screen at each step, NN-step-<lang>.png, goes to
# the folder given (default /tmp/walkthrough). Look at them as a user would.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "${1:-/tmp/walkthrough}"
SHOTS="$(cd "${1:-/tmp/walkthrough}" && pwd)"
cd "$ROOT"
xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
    TRIAL_MONITOR_WALKTHROUGH_SHOTS="$SHOTS" \
    .venv/bin/python -m pytest -q -p no:cacheprovider tests/gui/test_walkthrough.py
echo "The steps, as PNG files: $SHOTS"
