#!/usr/bin/env bash
# Render docs/screenshots/ under Xvfb (real windows): English, Russian, Kazakh, right-to-left,
# 200%.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
run() { xvfb-run -a -s "-screen 0 2400x1600x24" env "$@"; }
run QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py --lang en
run QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py --lang ru
run QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py --lang kk
run QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py --lang ru --rtl
run QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 .venv/bin/python scripts/screenshots.py --lang ru --suffix=-200pct
