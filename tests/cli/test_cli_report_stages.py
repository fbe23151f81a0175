"""`trial-monitor report issue | stages` and `report --stage`: a stage of a trial's report
issued, listed and written again exactly as issued, in every format; stages refused out of
order or twice unasked; the annex in a file of its own."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import Result, Run, write_secret
from tests.coordination_scene import Watched
from tests.docx_text import docx_text
from tests.pdf_text import needs_pdftotext, pdf_text
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(watched: Watched, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    linked = run("trial", "link", watched.trial_a, watched.trial_b)
    assert linked.code == 0, linked.err
    return run


def test_a_stage_is_issued_listed_and_written_as_issued(
    coord: Run, watched: Watched, tmp_path: Path
) -> None:
    issued = coord(
        "report", "issue", "--trial", watched.trial_a, "--stage", "preliminary",
        "--summary", "The link failed for twenty minutes.",
    )  # fmt: skip
    assert issued.code == 0, issued.err
    assert issued.err.startswith("Issued the preliminary report (") or issued.err.startswith(
        "Issued the preliminary report of "
    )
    listed = coord("report", "stages", "--trial", watched.trial_b, "--json")
    assert listed.code == 0, listed.err
    (stage,) = json.loads(listed.out)
    assert (stage["stage"], stage["issued_by"], stage["issue"]) == (
        "preliminary",
        "Coordinator C",
        1,
    )
    assert stage["summary"] == "The link failed for twenty minutes."
    human = coord("report", "stages", "--trial", watched.trial_a)
    assert "Preliminary report" in human.out
    assert "Coordinator C" in human.out

    out = tmp_path / "preliminary.json"
    made = coord(
        "report", "--trial", watched.trial_a, "--stage", "preliminary",
        "--format", "json", "--out", str(out),
    )  # fmt: skip
    assert made.code == 0, made.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["stage"]["stage"] == "preliminary"
    assert data["generated_utc"] == stage["issued_utc"]
    assert data["summary"]["text"] == "The link failed for twenty minutes."
    table = tmp_path / "preliminary.csv"
    made = coord(
        "report", "--trial", watched.trial_a, "--stage", "preliminary",
        "--format", "csv", "--out", str(table), "--public",
    )  # fmt: skip
    assert made.code == 0, made.err
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert {r["stage"] for r in rows} == {"preliminary"}
    assert "Coordinator C" not in table.read_text(encoding="utf-8")


def test_stages_refused_out_of_order_or_twice(coord: Run, watched: Watched) -> None:
    def issue(stage: str, *more: str) -> Result:
        return coord("report", "issue", "--trial", watched.trial_a, "--stage", stage, *more)

    assert issue("preliminary").code == 0
    twice = issue("preliminary")
    assert "The preliminary stage was issued on" in twice.error_line
    assert issue("preliminary", "--reissue", "--summary", "Again.").code == 0
    assert issue("final").code == 0
    backwards = issue("briefing")
    assert "Stages go forward" in backwards.error_line
    listed = json.loads(coord("report", "stages", "--trial", watched.trial_a, "--json").out)
    assert [(s["stage"], s["issue"]) for s in listed] == [("preliminary", 2), ("final", 1)]
    assert listed[1]["since"]["stage"] == "preliminary"


def test_a_stage_not_issued_and_options_that_do_not_apply_are_refused(
    coord: Run, watched: Watched, tmp_path: Path
) -> None:
    out = str(tmp_path / "x.pdf")
    missing = coord("report", "--trial", watched.trial_a, "--stage", "final", "--format", "pdf",
                    "--out", out)  # fmt: skip
    assert "No final stage has been issued for this trial" in missing.error_line
    assert "Give --format and --out" in coord("report", "--trial", watched.trial_a).error_line
    assert "Give --trial ID" in coord("report", "--format", "pdf", "--out", out).error_line
    annex = coord("report", "--trial", watched.trial_a, "--format", "csv", "--out",
                  str(tmp_path / "x.csv"), "--annex", "separate")  # fmt: skip
    assert "in a PDF or DOCX only" in annex.error_line


@needs_pdftotext
def test_the_annex_in_a_file_beside_the_report(
    coord: Run, watched: Watched, tmp_path: Path
) -> None:
    assert coord("report", "issue", "--trial", watched.trial_a, "--stage", "final").code == 0
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"final.{fmt}"
        made = coord(
            "report", "--trial", watched.trial_a, "--stage", "final", "--format", fmt,
            "--out", str(out), "--annex", "separate",
        )  # fmt: skip
        assert made.code == 0, made.err
        annex = tmp_path / f"final-annex.{fmt}"
        assert f"its annex to {annex}" in made.err
        assert annex.stat().st_mode & 0o777 == 0o600
        read = pdf_text if fmt == "pdf" else docx_text
        body, rest = read(out), read(annex)
        assert "Summary" in body
        assert "Chronology of observations" not in body
        assert "Chronology of observations" in rest
        assert "the defendant's video froze" in rest
        assert "Final report" in body
