#!/usr/bin/env bash
# The whole-hearing walks through the real windows, under Xvfb on a 1366x768 screen with X11
# windows, in each language walked; a PNG of the screen at each step goes to the folder
# given (default /tmp/walkthrough). Look at them as a user would.
#
#   scripts/walkthrough.sh [folder] [hearing|aftermath|all]
#
# hearing: one hearing from a first start to the coordinator's report
#   (tests/gui/test_walkthrough.py), NN-step-<lang>.png;
# aftermath: what follows a verdict, from the observer's forms to the coordinator's update
#   (tests/gui/test_walkthrough_aftermath.py), aftermath-NN-step-<lang>.png;
# all (the default): both.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${2:-all}" in
    hearing) TESTS=(tests/gui/test_walkthrough.py) ;;
    aftermath) TESTS=(tests/gui/test_walkthrough_aftermath.py) ;;
    all) TESTS=(tests/gui/test_walkthrough.py tests/gui/test_walkthrough_aftermath.py) ;;
    *) echo "usage: $0 [folder] [hearing|aftermath|all]" >&2; exit 2 ;;
esac
mkdir -p "${1:-/tmp/walkthrough}"
SHOTS="$(cd "${1:-/tmp/walkthrough}" && pwd)"
cd "$ROOT"
status=0  # the PNGs are there to look at whether or not a walk failed
xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
    TRIAL_MONITOR_WALKTHROUGH_SHOTS="$SHOTS" \
    .venv/bin/python -m pytest -q -p no:cacheprovider "${TESTS[@]}" || status=$?
echo "The steps, as PNG files: $SHOTS"
exit "$status"
