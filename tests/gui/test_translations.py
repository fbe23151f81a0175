"""The Russian catalogue is complete, current and compiled, and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.gui.helpers import CATALOGUES, ROOT, messages

BIN = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv" / "bin" / "pyside6-lupdate").parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d|&(?=\w)")


def test_there_is_a_russian_catalogue() -> None:
    assert [p.name for p in CATALOGUES] == ["trial_monitor_ru.ts"]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_is_complete_and_keeps_placeholders(ts: Path) -> None:
    problems = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        # A plural message has one <numerusform> per Russian plural form.
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if kind == "unfinished" or not text.strip():
                problems.append(f"untranslated: {context}: {source!r}")
            elif sorted(PLACEHOLDER.findall(source.replace("&&", ""))) != sorted(
                PLACEHOLDER.findall(text.replace("&&", ""))
            ):
                problems.append(f"placeholders differ: {context}: {source!r} -> {text!r}")
    assert problems == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_is_current_with_the_code(ts: Path, tmp_path: Path) -> None:
    """Every string in the code is in the catalogue (run scripts/update_translations.sh)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "monitor_app" / "gui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = set(messages(fresh)) - set(messages(ts))
    assert sorted(missing) == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_matches_its_source(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes()
