"""The PDF report read back as text by a real PDF tool (poppler's pdftotext), in English
and Russian: its words are there, in reading order, and nothing from a record became
markup."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from monitor_app.core.coordination import CoordinatorIndex
from monitor_app.core.importer import Importer
from monitor_app.core.observer_status import observer_statuses
from monitor_app.core.reports import ReportOptions, to_html, trial_report
from monitor_app.core.trial_links import TrialLinks
from monitor_app.core.vault import Vault
from monitor_app.gui.report_pdf import write_pdf
from tests.coordination_scene import watch_one_trial

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh"
)


def _pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("options", "expected", "absent"),
    [
        (
            ReportOptions(),
            [
                "Trial monitoring report",
                "Observer A",
                "Observer B",
                "Connection lost",
                "Public excluded",
                "ICCPR 14(1)",
                "1-77/2026",
                "Minsk City Court",
                "Provenance",
            ],
            ["Observer 1"],
        ),
        (
            ReportOptions(lang="ru", public=True),
            # Russian words are the point here, Cyrillic "о" included.
            ["Отчёт о мониторинге", "Наблюдатель 1", "Связь прервалась", "ICCPR 14(3)(d)"],  # noqa: RUF001
            ["Observer A", "Observer B"],
        ),
    ],
    ids=["private-en", "public-ru"],
)
def test_the_pdf_reads_back(
    qapp: object,
    vault: Vault,
    second_observer: Vault,
    coordinator: Vault,
    tmp_path: Path,
    options: ReportOptions,
    expected: list[str],
    absent: list[str],
) -> None:
    scene = watch_one_trial(vault, second_observer, coordinator, tmp_path / "bundles")
    TrialLinks(coordinator).link(scene.trial_a, scene.trial_b)
    report = trial_report(
        CoordinatorIndex.load(coordinator),
        scene.trial_a,
        observer_statuses(coordinator),
        Importer(coordinator),
        options,
    )
    target = tmp_path / "report.pdf"
    write_pdf(to_html(report), report.title, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.stat().st_mode & 0o777 == 0o600
    text = " ".join(_pdf_text(target).split())
    for words in expected:
        assert words in text
    for words in absent:
        assert words not in text
    assert text.index("10:05") < text.index("10:07") < text.index("11:00")
