"""Reports from the coordinator's records: what they show and, as much, what they do not —
no real name unless asked for, no observer named in a public report, nothing from a record
turned into markup or a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from monitor_app.core.bundles import export_bundle
from monitor_app.core.contacts import Contacts
from monitor_app.core.coordination import CoordinatorIndex
from monitor_app.core.errors import ValidationError
from monitor_app.core.importer import Importer
from monitor_app.core.notebook import Notebook
from monitor_app.core.observer_status import observer_statuses
from monitor_app.core.reports import ReportOptions, TrialReport, to_csv, to_html, trial_report
from monitor_app.core.trial_links import TrialLinks
from monitor_app.core.vault import Vault
from tests.coordination_scene import Watched, at, watch_one_trial

REAL_NAME = "Maryia Kalesnikava-Realname"


@pytest.fixture
def watched(vault: Vault, second_observer: Vault, coordinator: Vault, tmp_path: Path) -> Watched:
    scene = watch_one_trial(vault, second_observer, coordinator, tmp_path / "bundles")
    TrialLinks(coordinator).link(scene.trial_a, scene.trial_b)
    Contacts(coordinator).set_real_name(scene.observer_a, REAL_NAME)
    return scene


def _report(coordinator: Vault, trial_id: str, **options: object) -> TrialReport:
    return trial_report(
        CoordinatorIndex.load(coordinator),
        trial_id,
        observer_statuses(coordinator),
        Importer(coordinator),
        ReportOptions(**options),  # type: ignore[arg-type]
    )


def _all_text(report: TrialReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False) + to_csv([report]) + to_html(report)


def test_a_report_tells_the_trial_hearing_by_hearing(watched: Watched, coordinator: Vault) -> None:
    report = _report(coordinator, watched.trial_b)
    assert set(report.trial_ids) == {watched.trial_a, watched.trial_b}
    assert report.case_numbers == ("1-77/2026",)
    assert report.observers == ("Observer A", "Observer B")
    (session,) = report.sessions
    assert (session.date, session.minutes_lost, session.minutes_could_not_follow) == (
        "2026-11-24",
        20,
        20,
    )
    assert session.checklist[0][2] is True  # the two observers disagree
    assert [(e.time, e.observer, e.code) for e in report.entries] == [
        ("2026-11-24 10:05", "Observer A", "remote.connection_lost"),
        ("2026-11-24 10:07", "Observer B", "remote.connection_lost"),
        ("2026-11-24 11:00", "Observer B", "public.excluded"),
    ]
    assert report.entries[0].minutes == pytest.approx(20)
    assert "ICCPR 14(1)" in report.entries[2].standards
    assert next(iter(report.by_standard)).startswith("ICCPR")
    assert [p.integrity for p in report.provenance] == [
        "signatures checked on import; hash chain intact"
    ] * 2
    assert all(len(p.bundle_ids) == 1 for p in report.provenance)
    assert REAL_NAME not in _all_text(report)


def test_a_real_name_only_on_request_and_never_in_public(
    watched: Watched, coordinator: Vault
) -> None:
    private = _report(coordinator, watched.trial_a, real_names=True)
    assert f"{REAL_NAME} (Observer A)" in private.observers
    public = _report(coordinator, watched.trial_a, public=True)
    text = _all_text(public)
    assert public.observers == ("Observer 1", "Observer 2")
    for secret in (REAL_NAME, "Observer A", "Observer B", watched.observer_a):
        assert secret not in text
    assert all(p.bundle_ids == () for p in public.provenance)
    with pytest.raises(ValidationError, match="never shows real names"):
        ReportOptions(public=True, real_names=True)


def test_an_annex_by_standard_holds_only_what_bears_on_it(
    watched: Watched, coordinator: Vault
) -> None:
    annex = _report(coordinator, watched.trial_a, standard="ICCPR 14(1)")
    assert [e.id for e in annex.entries] == [watched.excluded_b]
    assert annex.title == "Annex: observations bearing on ICCPR 14(1)"


def test_russian_reports_use_russian_words_and_labels(watched: Watched, coordinator: Vault) -> None:
    html = to_html(_report(coordinator, watched.trial_a, lang="ru", public=True))
    assert "Хронология наблюдений" in html
    assert "Связь прервалась" in html
    assert "Наблюдатель 1" in html


def test_nothing_from_a_record_becomes_markup_or_a_formula(
    vault: Vault, watched: Watched, coordinator: Vault, tmp_path: Path
) -> None:
    notebook = Notebook(vault)
    notebook.add_observation(
        watched.hearing_a,
        "general.note",
        at(12, 0),
        text='=HYPERLINK("http://x.invalid","click") <script>alert(1)</script>',
    )
    (contact,) = Contacts(vault).list()
    (tmp_path / "next").mkdir()
    Importer(coordinator).import_paths(
        [tmp_path / "next" / export_bundle(vault, [contact], tmp_path / "next").file_name]
    )
    report = _report(coordinator, watched.trial_a)
    html = to_html(report)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    rows = list(csv.DictReader(io.StringIO(to_csv([report]))))
    (note,) = [r for r in rows if r["code"] == "general.note"]
    assert note["text"].startswith("'=HYPERLINK")
