"""Issue 14: "an update can be issued when something changes after the final report". After
the report on Ilyashev's trial, the observer sends what they learnt (a violation recorded
before the report but sent after it, a correction, a withdrawal, the ban's end) and a
co-observer revises the violation's days; the update lists each change, credited to whoever
made it, and the section as it stands on the update's day."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import update_document
from monitor_app.core.coordination.report_sentences import ChangeKind
from monitor_app.core.coordination.report_updates import TrialUpdate, trial_update, update_csv
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ProceedingOutcome, ProceedingType
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.render.pdf import pdf_bytes
from tests.aftermath_cases import ILYASHEV, SeedCase, SeedCases
from tests.authorship_tools import write_own_revision
from tests.pdf_text import needs_pdftotext, pdf_text
from tests.restrictions_scene import send_seed_cases
from tests.sync_layers import card_of

UPDATED = datetime(2025, 7, 1, 6, 0, tzinfo=UTC)  # after the ban's end
LIGATURES = str.maketrans({"\ufb01": "fi", "\ufb02": "fl"})  # as fonts draw "fi", "fl"


def send(sender: Vault, coordinator: Vault, folder: Path) -> None:
    contact = next(c for c in Contacts(sender).list() if c.author == card_of(coordinator).author)
    folder.mkdir()
    bundle = export_bundle(sender, [contact], folder)
    (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED, result


@dataclass(frozen=True)
class AfterTheReport:
    cases: SeedCases
    since: datetime  # when the final report was issued
    late_violation: str
    ended: str


@pytest.fixture
def after_the_report(
    vault: Vault, second_observer: Vault, coordinator: Vault, tmp_path: Path
) -> AfterTheReport:
    cases = send_seed_cases(vault, coordinator, tmp_path / "first")
    case = cases.ilyashev
    aftermath = Aftermath(Notebook(vault))
    # Recorded before the report, but the bundle bringing it came after it: news.
    late = aftermath.add_proceeding(
        case.trial_id,
        ProceedingType.VIOLATION,
        sentence_id=case.ban_id,
        date=date(2022, 3, 1),
        brought_by="Almaty police",
        outcome=ProceedingOutcome.DETENTION,
        detention_days=10,
    )
    since = utc_now()
    appeal, clarification, violation = case.proceeding_ids
    aftermath.update_proceeding(clarification, notes="The answer came by post.")
    Notebook(vault).delete(appeal, "entered twice")
    ended = aftermath.add_proceeding(
        case.trial_id,
        ProceedingType.RESTRICTION_ENDED,
        sentence_id=case.ban_id,
        date=date(2025, 5, 1),
    )
    send(vault, coordinator, tmp_path / "second")
    head = RevisionStore(vault).head(violation)
    body = {**head.body, "detention_days": 7}
    write_own_revision(second_observer, head, number=2, base=head.rev_id, body=body)
    Contacts(second_observer).add(card_of(coordinator))
    Contacts(coordinator).add(card_of(second_observer))
    send(second_observer, coordinator, tmp_path / "from-b")
    return AfterTheReport(cases, since, late.id, ended.id)


def update_of(
    coordinator: Vault, case: SeedCase, since: datetime, **options: object
) -> TrialUpdate:
    return trial_update(
        CoordinatorIndex.load(coordinator),
        case.trial_id,
        observer_statuses(coordinator),
        Importer(coordinator),
        ReportOptions(**options),  # type: ignore[arg-type]
        since=since,
        now=UPDATED,
    )


def test_the_update_lists_what_changed_each_by_whom(
    coordinator: Vault, after_the_report: AfterTheReport
) -> None:
    case = after_the_report.cases.ilyashev
    update = update_of(coordinator, case, after_the_report.since)
    appeal, clarification, violation = case.proceeding_ids
    changes = {(c.record_id, c.change): c for c in update.changes}
    assert set(changes) == {
        (after_the_report.late_violation, ChangeKind.NEW),
        (clarification, ChangeKind.REVISED),
        (appeal, ChangeKind.WITHDRAWN),
        (after_the_report.ended, ChangeKind.NEW),
        (violation, ChangeKind.ANNOTATED),
    }
    revised = changes[clarification, ChangeKind.REVISED]
    assert (revised.by, revised.fields) == (
        "Observer A",
        (("Notes", "", "The answer came by post."),),
    )
    withdrawn = changes[appeal, ChangeKind.WITHDRAWN]
    assert (withdrawn.what, withdrawn.reason, withdrawn.defendant) == (
        "Appeal (2020-08-20)",
        "entered twice",
        ILYASHEV,
    )
    annotated = changes[violation, ChangeKind.ANNOTATED]
    assert (annotated.by, annotated.fields) == ("Observer B", (("Days of detention", "5", "7"),))
    assert all(c.received_utc >= update.since_utc for c in update.changes)
    # The section as it stands on the update's day: the ban ended early, 5 + 10 days.
    (ilyashev,) = update.sentence_and_restrictions
    ban = ilyashev.elements[1]
    assert (ban.state, ban.ended_by, ban.end_date) == (
        "ended",
        "restriction-ended",
        "2025-05-01",
    )
    assert ilyashev.detention_days == update.detention_days == 15
    assert [p.proceeding_type for p in ilyashev.proceedings] == [
        "clarification",
        "violation",
        "violation",
        "restriction-ended",
    ]
    assert (update.generated_utc, update.since_utc[:4]) == ("2025-07-01T06:00:00Z", "2026")


def test_a_trial_where_nothing_changed_has_an_empty_update(
    coordinator: Vault, after_the_report: AfterTheReport
) -> None:
    update = update_of(coordinator, after_the_report.cases.mamay, after_the_report.since)
    assert update.changes == ()
    assert len(update.sentence_and_restrictions[0].elements) == 2
    # Since long before anything arrived, everything is new.
    everything = update_of(
        coordinator, after_the_report.cases.mamay, datetime(2000, 1, 1, tzinfo=UTC)
    )
    assert [c.change for c in everything.changes] == [ChangeKind.NEW] * 2


@needs_pdftotext
def test_the_update_as_pdf_json_and_csv(
    coordinator: Vault, after_the_report: AfterTheReport, tmp_path: Path
) -> None:
    case = after_the_report.cases.ilyashev
    update = update_of(coordinator, case, after_the_report.since)
    path = tmp_path / "update.pdf"
    path.write_bytes(pdf_bytes(update_document(update), update.title))
    text = " ".join(pdf_text(path).translate(LIGATURES).split())
    since = update.since_utc.replace("T", " ")
    assert "Update to the trial monitoring report" in text
    assert f"Updates the report of: {since}" in text
    assert "Generated: 2025-07-01 06:00:00Z" in text
    assert f"Changes since {since}" in text
    for words in (
        "Withdrawn by its author Appeal (2020-08-20)",
        "Why it was withdrawn: entered twice",
        "Revised by its author Request for clarification of the sentence (2020-10-15)",
        "Notes: — → The answer came by post.",
        "New Alleged violation of a restriction (2022-03-01)",
        "New Restriction ended (2025-05-01)",
        "Revised by someone other than its author",
        "Recorded by Observer B",
        "Days of detention: 5 → 7",
        "Sentence and restrictions",
        "Ended on 2025-05-01: Restriction ended",
        "Days of detention for alleged violations: 15",
    ):
        assert words in text, words
    assert text.index("Changes since") < text.index("Sentence and restrictions")

    data = json.loads(json.dumps(update.to_json()))
    assert data["since_utc"] == update.since_utc
    assert {c["change"] for c in data["changes"]} == set(ChangeKind)

    rows = list(csv.DictReader(io.StringIO(update_csv([update]))))
    assert len(rows) == 5
    withdrawn = next(r for r in rows if r["change"] == "Withdrawn by its author")
    assert (withdrawn["section"], withdrawn["reason"]) == ("proceeding", "entered twice")
    assert withdrawn["record_id"] == case.proceeding_ids[0]


def test_a_public_update_names_no_one_and_gives_no_id_and_speaks_russian(
    coordinator: Vault, after_the_report: AfterTheReport, vault: Vault, second_observer: Vault
) -> None:
    case = after_the_report.cases.ilyashev
    update = update_of(coordinator, case, after_the_report.since, public=True, lang="ru")
    shown = (
        json.dumps(update.to_json(), ensure_ascii=False)
        + update_csv([update])
        + repr(update_document(update))
    )
    for secret in (
        case.trial_id,
        *case.proceeding_ids,
        after_the_report.late_violation,
        vault.observer_id,
        second_observer.observer_id,
        "Observer A",
        "Observer B",
    ):
        assert secret not in shown
    assert {c.by for c in update.changes} == {"Наблюдатель 1", "Наблюдатель 2"}
    assert "Дополнение к отчёту о мониторинге судебного процесса" in shown  # noqa: RUF001
    assert "Отозвано автором" in shown
