#!/usr/bin/env bash
# Refresh the translation catalogues from the source and compile them:
#   1. pyside6-lupdate collects every tr()/translate() string of monitor_app/gui, and the
#      core's error templates (QT_TRANSLATE_NOOP in monitor_app/core/error_messages/), into
#      resources/translations/trial_monitor_<lang>.ts (new strings arrive "unfinished";
#      strings no longer in the code are dropped with -no-obsolete);
#   2. a translator fills them in (Qt Linguist: .venv/bin/pyside6-linguist FILE.ts);
#   3. pyside6-lrelease compiles each .ts to the .qm the app loads.
# tests/gui/test_translations.py fails when a catalogue is stale or unfinished.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mapfile -t SOURCES < <(find monitor_app/gui -name '*.py' | sort; find monitor_app/core/error_messages -name '*_words.py' | sort)
for ts in resources/translations/trial_monitor_*.ts; do
    .venv/bin/pyside6-lupdate -no-obsolete -locations none "${SOURCES[@]}" -ts "$ts"
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
