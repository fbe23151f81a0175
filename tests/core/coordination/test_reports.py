"""Reports from the coordinator's records: what they show and, as much, what they do not —
no real name unless asked for, no observer named in a public report, nothing from a record
turned into markup or a spreadsheet formula; and the document the PDF prints, in order."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.coordination.dashboard_figures import work_out_dashboard
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import (
    BulletList,
    Heading,
    PageBreak,
    Paragraph,
    ReportDocument,
    Span,
    Table,
    Text,
    report_document,
    text,
)
from monitor_app.core.coordination.reports import TrialReport, to_csv, trial_report
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import Importer
from monitor_app.core.textsafe import REPLACEMENT, scrub
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched, at

REAL_NAME = "Maryia Kalesnikava-Realname"
NOTE = '=HYPERLINK("http://x.invalid","click") <script>alert(1)</script>\r\n\x1b[31mred'


@pytest.fixture
def watched(watched: Watched, coordinator: Vault) -> Watched:
    """The shared scene, its two trial records linked and observer A's real name known."""
    scene = watched
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


def _texts(document: ReportDocument) -> list[str]:
    """Every text of the document in reading order: headings, lines, cells."""

    def lines(value: Text) -> list[str]:
        return ["".join(span.text for span in line) for line in value]

    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Paragraph):
            out += lines(block.lines)
        elif isinstance(block, BulletList):
            out += lines(block.items)
        elif isinstance(block, Table):
            out += [c.heading for c in block.columns]
            out += [line for row in block.rows for cell in row for line in lines(cell)]
    return out


def _all_text(report: TrialReport) -> str:
    document = "\n".join(_texts(report_document(report)))
    return json.dumps(report.to_json(), ensure_ascii=False) + to_csv([report]) + document


def test_a_report_tells_the_trial_hearing_by_hearing(watched: Watched, coordinator: Vault) -> None:
    report = _report(coordinator, watched.trial_b)
    assert set(report.trial_ids) == {watched.trial_a, watched.trial_b}
    assert report.case_numbers == ("1-77/2026",)
    assert report.observers == ("Observer A", "Observer B")
    (session,) = report.sessions
    assert (session.date, session.seconds_lost, session.seconds_could_not_follow) == (
        "2026-11-24",
        20 * 60,
        20 * 60,
    )
    assert (session.lost, session.could_not_follow) == ("20 min 00 s", "20 min 00 s")
    assert session.checklist[0][2] is True  # the two observers disagree
    assert [(e.time, e.observer, e.code) for e in report.entries] == [
        ("2026-11-24 10:05", "Observer A", "remote.connection_lost"),
        ("2026-11-24 10:07", "Observer B", "remote.connection_lost"),
        ("2026-11-24 11:00", "Observer B", "public.excluded"),
    ]
    assert (report.entries[0].seconds, report.entries[0].duration) == (20 * 60, "20 min 00 s")
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
    document = report_document(_report(coordinator, watched.trial_a, lang="ru", public=True))
    texts = _texts(document)
    assert "Хронология наблюдений" in texts
    assert "Связь прервалась" in texts
    assert "Наблюдатель 1" in "\n".join(texts)
    assert document.page_footer == "Страница {page} из {pages}"


def test_the_document_tells_the_report_in_order(watched: Watched, coordinator: Vault) -> None:
    """The summary first, then the findings by standard citing events, the hearings, the
    delay and the provenance; the events, the chronology and the checklists are the
    annex, on a page of their own."""
    report = _report(coordinator, watched.trial_b)
    document = report_document(report)
    headings = [(b.level, b.text) for b in document.blocks if isinstance(b, Heading)]
    standards = [(4, f.standard) for f in report.findings]
    assert headings == [
        (1, "Trial monitoring report"),
        (2, report.title),
        (3, "Summary"),
        (4, "Concerns by standard"),
        (4, "Grade"),
        (3, "Findings by standard"),
        *standards,
        (3, "Hearings"),
        (3, "Delay and postponements"),
        (3, "Provenance"),
        (2, "Annex: events and chronology"),
        (3, "Events"),
        (4, "2026-11-24"),
        (3, "Chronology of observations"),
        (4, "2026-11-24"),
        (3, "Checklists"),
        (4, "2026-11-24"),
    ]
    annex = document.blocks.index(Heading(2, "Annex: events and chronology"))
    assert isinstance(document.blocks[annex - 1], PageBreak)
    tables = [b for b in document.blocks if isinstance(b, Table)]
    concerns, hearings, provenance, events, chronology, checklist = tables
    assert [c.heading for c in concerns.columns] == ["Standard", "Concern", "Events"]
    assert [c.heading for c in chronology.columns] == [
        "Time",
        "Observer",
        "Condition",
        "Details",
        "Standards",
    ]
    assert [c.nowrap for c in chronology.columns] == [True, False, False, False, True]
    assert len(chronology.rows) == len(report.entries) == 3
    time, observer, condition, details, _ = chronology.rows[0]
    assert time == ((Span("#1"),), (Span("2026-11-24"),), (Span("10:05"),))
    assert observer == ((Span("Observer A"),),)
    assert condition[0] == (Span("Connection lost", bold=True),)
    assert (Span("the defendant's video froze"),) in details
    assert len(hearings.rows) == 1
    assert len(provenance.rows) == 2
    # The two observers' outage is one event, seen by 2 of 2, citing both notes by number.
    assert [e.number for e in report.events] == [1, 2]
    outage = events.rows[0]
    assert outage[0] == ((Span("E1"),), (Span("10:05\u201310:25"),))
    assert (Span("seen by 2 of 2 observers present", bold=True),) in outage[2]
    assert outage[3] == ((Span("#1, #2"),),)
    # Each standard's part cites the events by number, not the observations again.
    for finding in report.findings:
        at = document.blocks.index(Heading(4, finding.standard))
        cited = ", ".join(f"E{n}" for n in finding.events)
        line = f"Events ({len(finding.events)}): {cited}"
        assert document.blocks[at + 2] == Paragraph(((Span(line),),))
    disagreed = [row[0][-1][-1] for row in checklist.rows if row[0][-1][-1].bold]
    assert disagreed == [Span(" (observers disagree)", bold=True)]
    facts = next(b for b in document.blocks if isinstance(b, Paragraph) and len(b.lines) > 2)
    assert (Span("Case number:", bold=True), Span(" 1-77/2026")) in facts.lines
    assert document.page_footer == "Page {page} of {pages}"


def test_nothing_from_a_record_becomes_markup_or_a_formula(
    vault: Vault, watched: Watched, coordinator: Vault, tmp_path: Path
) -> None:
    notebook = Notebook(vault)
    notebook.add_observation(
        watched.hearing_a,
        "general.note",
        at(12, 0),
        text=NOTE,
    )
    (contact,) = Contacts(vault).list()
    (tmp_path / "next").mkdir()
    Importer(coordinator).import_paths(
        [tmp_path / "next" / export_bundle(vault, [contact], tmp_path / "next").file_name]
    )
    report = _report(coordinator, watched.trial_a)
    # The document has no markup to become: the note is plain text, a line a line,
    # its controls replaced.
    (details,) = [
        row[3]
        for block in report_document(report).blocks
        if isinstance(block, Table) and [c.heading for c in block.columns][3:4] == ["Details"]
        for row in block.rows
        if any("<script>" in span.text for line in row[3] for span in line)
    ]
    assert details[-2:] == (
        (Span('=HYPERLINK("http://x.invalid","click") <script>alert(1)</script>'),),
        (Span(f"{REPLACEMENT}[31mred"),),
    )
    rows = list(csv.DictReader(io.StringIO(to_csv([report]))))
    (note,) = [r for r in rows if r["code"] == "general.note"]
    assert note["text"].startswith("'=HYPERLINK")


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("\n\r\x1b\u2028")))
def test_a_text_is_its_lines_scrubbed_none_with_a_break_or_a_control(value: str) -> None:
    lines = text(value, bold=True)
    assert "\n".join("".join(s.text for s in line) for line in lines) == scrub(
        value, keep_newlines=True
    )
    for line in lines:
        for span in line:
            assert span.bold
            assert not set(span.text) & set("\n\r\x1b\u2028")


def test_free_notes_are_context_not_findings(
    vault: Vault, notebook: Notebook, trial: Trial, hearing: Hearing
) -> None:
    """A free note stays in the chronology, but is no category counted on the dashboard
    and no finding under any standard."""
    start = datetime(2026, 11, 24, 7, 5, tzinfo=UTC)
    outage = notebook.add_observation(
        hearing.id, "remote.connection_lost", start, end=start + timedelta(minutes=2)
    )
    note = notebook.add_observation(hearing.id, "general.note", start, text="Judge came in")
    index = CoordinatorIndex.load(vault)
    dashboard = work_out_dashboard(index)
    assert dashboard.by_category == {"remote": 1}
    assert (dashboard.observations, dashboard.notes) == (1, 1)
    assert sum(dashboard.by_country.values()) == sum(dashboard.by_month.values()) == 1

    report = trial_report(index, trial.id, observer_statuses(vault), Importer(vault))
    entries = {e.id: e for e in report.entries}
    assert set(entries) == {outage.id, note.id}  # both in the chronology
    assert entries[note.id].standards == ()
    assert report.by_standard
    assert all(entries[note.id].number not in ns for ns in report.by_standard.values())
    assert all(entries[outage.id].number in ns for ns in report.by_standard.values())
    assert "ODIHR Trial Monitoring Manual" not in report.by_standard  # cited by notes alone


def test_reports_print_labels_not_codes(watched: Watched, coordinator: Vault) -> None:
    """Hearing mode, type and status, checklist answers, durations and yes/no are written
    in the report's language; JSON keeps the codes beside the labels."""
    for lang, labels, answers in (
        ("en", ("Trial", "Remote", "Held", "20 min 00 s"), {"Yes", "No"}),
        (
            "ru",
            ("Рассмотрение по существу", "Дистанционный", "Состоялось", "20 мин 00 с"),  # noqa: RUF001
            {"Да", "Нет"},
        ),
    ):
        report = _report(coordinator, watched.trial_a, lang=lang)
        (session,) = report.sessions
        assert (session.mode, session.hearing_type, session.status) == ("remote", "trial", "held")
        hearings = next(
            b
            for b in report_document(report).blocks
            if isinstance(b, Table) and len(b.columns) == 8
        )
        (row,) = hearings.rows
        cells = ["".join(span.text for line in cell for span in line) for cell in row]
        assert (cells[1], cells[2], cells[3], cells[5]) == labels
        assert {answer for _, shown, _ in session.checklist for _, answer in shown} == answers
    ru = _report(coordinator, watched.trial_a, lang="ru")
    rows = list(csv.DictReader(io.StringIO(to_csv([ru]))))
    assert (rows[0]["seconds"], rows[0]["duration"]) == ("1200", "20 мин 00 с")  # noqa: RUF001
    assert (rows[0]["severity"], rows[0]["parties"], rows[0]["court_response"]) == (
        "Высокая",
        "Подсудимый",
        "Продолжил заседание",
    )
