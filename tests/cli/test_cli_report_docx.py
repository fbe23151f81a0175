"""`trial-monitor report --format docx` over one trial two observers watched: a Word file
only its owner can read, in Word's heading and table styles, in English, Russian or Kazakh;
a public one names no observer and holds no record id, in its text or anywhere in the
package; an update as DOCX too; and a DOCX of every trial at once is refused like a PDF."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import Result, Run, write_secret
from tests.coordination_scene import Watched
from tests.docx_text import document_language, docx_text, footer_fields, open_docx
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(watched: Watched, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    linked = run("trial", "link", watched.trial_a, watched.trial_b)
    assert linked.code == 0, linked.err
    return run


def test_a_private_report_as_docx(coord: Run, watched: Watched, tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    made = coord("report", "--trial", watched.trial_a, "--format", "docx", "--out", str(target))
    assert made.code == 0, made.err
    assert made.err.startswith("Wrote a private DOCX report (1 trial(s), ")
    assert target.stat().st_mode & 0o777 == 0o600
    word = open_docx(target)
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert headings[0] == ("Heading 1", "Trial monitoring report")
    assert ("Heading 3", "Chronology of observations") in headings
    assert ("Heading 4", "2026-11-24") in headings
    chronology = next(t for t in word.tables if t.rows[0].cells[0].text == "Time")
    assert chronology.rows[0]._tr.trPr is not None  # its heading row, repeated on each page
    whole = docx_text(target)
    for words in ("Test Observer", "Observer B", "Connection lost", "the defendant's video froze"):
        assert words in whole
    assert document_language(word) == "en-GB"
    assert footer_fields(word) == ["PAGE", "NUMPAGES"]


@pytest.mark.parametrize(
    ("lang", "language", "expected"),
    [("ru", "ru-RU", "Наблюдатель 1"), ("kk", "kk-KZ", "1-бақылаушы")],
)
def test_a_public_report_as_docx_names_no_one(
    coord: Run, watched: Watched, tmp_path: Path, lang: str, language: str, expected: str
) -> None:
    target = tmp_path / f"public-{lang}.docx"
    made = coord(
        "report",
        "--trial",
        watched.trial_b,
        "--format",
        "docx",
        "--public",
        "--lang",
        lang,
        "--out",
        str(target),
    )
    assert made.code == 0, made.err
    assert made.err.startswith("Wrote a public DOCX report")
    whole = docx_text(target)
    assert expected in whole
    assert "journalists told to leave" in whole
    assert document_language(open_docx(target)) == language
    names = ("Test Observer", "Observer B")
    ids = (
        watched.trial_a,
        watched.trial_b,
        watched.hearing_a,
        watched.outage_a,
        watched.outage_b,
        watched.excluded_b,
        watched.observer_a,
        watched.observer_b,
    )
    with zipfile.ZipFile(target) as package:
        for member in package.namelist():
            content = package.read(member).decode("utf-8", errors="replace")
            for secret in (*names, *ids):
                assert secret not in content, (member, secret)


def test_an_update_as_docx(coord: Run, watched: Watched, tmp_path: Path) -> None:
    target = tmp_path / "update.docx"
    made = coord(
        "report",
        "--trial",
        watched.trial_a,
        "--format",
        "docx",
        "--update-since",
        "2026-11-01",
        "--out",
        str(target),
    )
    assert made.code == 0, made.err
    assert made.err.startswith("Wrote a private DOCX update")
    first = open_docx(target).paragraphs[0]
    assert (first.style.name, first.text) == ("Heading 1", "Update to the trial monitoring report")


def test_every_trial_at_once_is_not_one_docx(coord: Run, tmp_path: Path) -> None:
    refused = coord("report", "--all", "--format", "docx", "--out", str(tmp_path / "x.docx"))
    assert "A DOCX is one trial's report: give --trial ID" in refused.error_line
    assert not (tmp_path / "x.docx").exists()
