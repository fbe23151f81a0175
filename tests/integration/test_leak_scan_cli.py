"""The same leak scan, through the real command line in separate processes: vault, logs,
settings, caches and temporary files all live under one folder, which is then scanned."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.integration.test_leak_scan import MARKERS, scan

CLI = [sys.executable, "-m", "monitor_app"]
XDG_HOMES = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def test_cli_leaves_no_plaintext_anywhere(tmp_path: Path) -> None:
    scanned = tmp_path / "scanned"
    outside = tmp_path / "outside"  # where the user's own files live
    (scanned / "tmp").mkdir(parents=True)
    outside.mkdir()
    env = dict(
        os.environ,
        **{name: str(scanned / name.lower()) for name in XDG_HOMES},
        TRIAL_MONITOR_VAULT=str(scanned / "vault"),
        TRIAL_MONITOR_PASSPHRASE=MARKERS["passphrase"],
        TMPDIR=str(scanned / "tmp"),
        PYTHONPATH=str(Path(__file__).parents[2]),
    )

    def run(*args: str, ok: bool = True) -> str:
        done = subprocess.run(
            [*CLI, *args], env=env, capture_output=True, text=True, check=False, timeout=120
        )
        assert (done.returncode == 0) == ok, done.stderr
        assert "Traceback" not in done.stderr
        return done.stdout.strip()

    run("init", "--name", MARKERS["display_name"])
    trial = run(
        "trial", "add", "--title", MARKERS["title"], "--case-number", MARKERS["case_number"],
        "--court", MARKERS["court"], "--defendant", MARKERS["defendant"],
        "--charge", MARKERS["charge"],
    )  # fmt: skip
    hearing = run(
        "hearing", "add", "--trial", trial, "--start", "2026-11-24T10:00", "--tz", "Europe/Moscow",
        "--mode", "remote", "--platform", MARKERS["platform"], "--venue", MARKERS["venue"],
        "--judge", MARKERS["judge"],
    )  # fmt: skip
    outage = run(
        "outage", "start", "--hearing", hearing, "--party", "defendant", "--text", MARKERS["note"]
    )
    run("outage", "stop", outage, "--court-response", "continued")
    run("note", "edit", outage, "--text", MARKERS["edit"], "--field",
        f"what_was_missed={MARKERS['field']}")  # fmt: skip
    source = outage_file = outside / f"{MARKERS['filename']}.png"
    outage_file.write_bytes(MARKERS["attachment"].encode() * 50)
    run("note", "attach", outage, str(source))
    duplicate = run("note", "add", "--hearing", hearing, "--code", "general.note", "--text", "dup")
    run("note", "delete", duplicate, "--reason", MARKERS["reason"])
    run("checklist", "set", "--hearing", hearing, "--question", "defendant_in_cage",
        "--answer", "yes", "--comment", MARKERS["comment"])  # fmt: skip
    # Reading, and failing, must not leave traces either.
    assert MARKERS["edit"] in run("note", "show", outage)
    run("note", "history", outage)
    run("hearing", "show", hearing, "--json")
    run("note", "add", "--hearing", hearing, "--code", "no.such_code", "--text",
        MARKERS["note"], ok=False)  # fmt: skip
    run("trial", "add", "--title", MARKERS["title"], "--country", MARKERS["court"], ok=False)

    logs = list(scanned.rglob("*.log"))
    assert logs, "the CLI should have written a log file, so the scan covers it"
    recent_files = scanned / "xdg_data_home" / "recently-used.xbel"
    assert scan([scanned], recent_files=recent_files) == []
