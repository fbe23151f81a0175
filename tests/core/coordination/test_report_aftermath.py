"""Issue 14: the trial report's "Sentence and restrictions" section, over the four seed cases
an observer entered and the coordinator imported (tests.restrictions_scene): each element
with its term and where it stands on the report's day, the judgment's words verbatim, what
followed in date order, the days of detention; in every format (the PDF read back with
pdftotext), in Russian, public, with another observer's revision shown as theirs, and with a
record whose stored values break the rules left out rather than taking the section down."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import Paragraph, report_document
from monitor_app.core.coordination.report_sentences import DefendantSentence, SentenceState
from monitor_app.core.coordination.reports import TrialReport, to_csv, trial_report
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ProceedingOutcome, ProceedingType
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.render.pdf import pdf_bytes
from tests.aftermath_cases import (
    ALMATY,
    ILYASHEV_BAN_WORDING,
    ILYASHEV_EVENT,
    ILYASHEV_POETRY_ANSWER,
    ILYASHEV_POETRY_REQUEST,
    MAMAY_BAN_WORDING,
    UTEPOVA_BAN_WORDING,
    SeedCase,
    SeedCases,
)
from tests.authorship_tools import write_own_revision
from tests.pdf_text import needs_pdftotext, pdf_text
from tests.restrictions_scene import NOW, forge_unreadable_ban, send_seed_cases
from tests.sync_layers import card_of

DAY = date(2024, 1, 1)  # NOW, in Almaty
LIGATURES = str.maketrans({"\ufb01": "fi", "\ufb02": "fl"})  # as fonts draw "fi", "fl"


@pytest.fixture
def seeded(vault: Vault, coordinator: Vault, tmp_path: Path) -> SeedCases:
    return send_seed_cases(vault, coordinator, tmp_path / "bundles")


def report_of(coordinator: Vault, case: SeedCase, **options: object) -> TrialReport:
    return trial_report(
        CoordinatorIndex.load(coordinator),
        case.trial_id,
        observer_statuses(coordinator),
        Importer(coordinator),
        ReportOptions(**options),  # type: ignore[arg-type]
        now=NOW,
    )


def printed(report: TrialReport, folder: Path) -> str:
    """The report as a PDF, read back by pdftotext, its lines joined (a cell wraps) and
    its ligatures ("ﬁ") as letters."""
    path = folder / "report.pdf"
    path.write_bytes(pdf_bytes(report_document(report), report.title))
    return " ".join(pdf_text(path).translate(LIGATURES).split())


def only(report: TrialReport) -> DefendantSentence:
    (defendant,) = report.sentence_and_restrictions
    return defendant


@needs_pdftotext
def test_ilyashevs_ban_its_wording_the_courts_answer_and_five_days(
    coordinator: Vault, seeded: SeedCases, tmp_path: Path
) -> None:
    report = report_of(coordinator, seeded.ilyashev)
    ilyashev = only(report)
    freedom, ban = ilyashev.elements
    assert (freedom.state, freedom.end_date) == (SentenceState.ENDED, "2023-06-22")
    assert (ban.state, ban.end_date, ban.term) == (SentenceState.IN_FORCE, "2025-06-22", "5 years")
    assert ban.days_left == (date(2025, 6, 22) - DAY).days
    assert ban.recorded_by == "Observer A"
    assert [p.proceeding_type for p in ilyashev.proceedings] == [
        "appeal",
        "clarification",
        "violation",
    ]
    assert (ilyashev.detention_days, report.detention_days) == (5, 5)

    text = printed(report, tmp_path)
    assert "Sentence and restrictions" in text
    assert "Ban on engaging in activities" in text
    assert f"“{ILYASHEV_BAN_WORDING}” (verbatim)" in text
    assert "Parties, public associations and foundations" in text
    assert f"In force; runs to 2025-06-22; days left: {ban.days_left}" in text
    assert "Ended on 2023-06-22" in text
    assert "ICCPR 19" in text
    assert "ICCPR 25" in text
    # What followed, in date order: the appeal, the clarification, the violation.
    assert (
        text.index("Appeal")
        < text.index("Request for clarification")
        < text.index("Alleged violation of a restriction")
    )
    assert f"Request: “{ILYASHEV_POETRY_REQUEST}” (verbatim)" in text
    assert f"The court's answer: “{ILYASHEV_POETRY_ANSWER}” (verbatim)" in text
    assert f"Conduct alleged: Taking part in an event — {ILYASHEV_EVENT}" in text
    assert "Brought by: Almaty police" in text
    assert "Heard: 2021-12-17" in text
    assert "Administrative detention Days of detention: 5" in text
    assert "Days of detention for alleged violations: 5" in text
    assert "Recorded by Observer A" in text
    # The section comes before the long chronology, where a reader finds it.
    assert text.index("Sentence and restrictions") < text.index("Chronology of observations")


@needs_pdftotext
def test_mamays_six_year_ban_utepovas_two_and_zheksebaev_who_left(
    coordinator: Vault, seeded: SeedCases, tmp_path: Path
) -> None:
    mamay = report_of(coordinator, seeded.mamay)
    suspended, ban = only(mamay).elements
    assert (suspended.element, ban.element) == ("suspended-sentence", "activity-ban")
    assert (ban.term, ban.end_date, ban.state) == ("6 years", "2029-04-14", "in-force")
    text = printed(mamay, tmp_path)
    assert "Posting on social media" in text
    assert "Political activities" in text
    assert f"“{MAMAY_BAN_WORDING}” (verbatim)" in text
    assert "Term: 6 years" in text
    assert f"days left: {(date(2029, 4, 14) - DAY).days}" in text
    assert "Days of detention" not in text  # no violation alleged

    utepova = report_of(coordinator, seeded.utepova)
    freedom, ban = only(utepova).elements
    assert (freedom.term, ban.term) == ("1 year", "2 years")
    assert (ban.state, ban.end_date, ban.days_left) == ("ended", "2023-04-06", None)
    text = printed(utepova, tmp_path)
    assert f"“{UTEPOVA_BAN_WORDING}” (verbatim)" in text
    assert "Term: 2 years" in text
    assert "Ended on 2023-04-06" in text
    assert "Journalism" in text

    zheksebaev = report_of(coordinator, seeded.zheksebaev)
    left, asylum = only(zheksebaev).proceedings
    assert (left.situation, asylum.situation) == ("left-country", "asylum")
    assert left.outcome_label == ""  # a situation awaits no decision
    assert left.concerns == "Ban on engaging in activities (2021-03-17)"
    text = printed(zheksebaev, tmp_path)
    assert "Situation: Left the country" in text
    assert "Situation: Sought asylum abroad" in text
    assert "The restrictions were too onerous and too unclear to live with." in text
    assert "In force; runs to 2026-03-17" in text


@needs_pdftotext
def test_in_russian(coordinator: Vault, seeded: SeedCases, tmp_path: Path) -> None:
    report = report_of(coordinator, seeded.ilyashev, lang="ru")
    ban = only(report).elements[1]
    assert ban.element_label == "Лишение права заниматься определённой деятельностью"
    assert ban.term == "5 г."  # noqa: RUF001
    text = printed(report, tmp_path)
    assert "Приговор и ограничения" in text
    assert "Лишение права заниматься определённой деятельностью" in text
    assert "Размещение публикаций в социальных сетях" in text
    assert f"«{ILYASHEV_BAN_WORDING}» (дословно)" in text  # the court's words, as pronounced
    assert f"Действует; срок истекает 2025-06-22; осталось дней: {ban.days_left}" in text
    assert "Ходатайство о разъяснении приговора" in text  # noqa: RUF001
    assert f"Ответ суда: «{ILYASHEV_POETRY_ANSWER}» (дословно)" in text
    assert "Административный арест" in text
    assert "Дней административного ареста за предполагаемые нарушения: 5" in text
    assert "Записал(а): Observer A" in text  # noqa: RUF001
    left = printed(report_of(coordinator, seeded.zheksebaev, lang="ru"), tmp_path)
    assert "Положение: Выехал из страны" in left


@needs_pdftotext
def test_the_section_is_as_of_the_courts_day_the_day_its_countdown_counts(
    coordinator: Vault, seeded: SeedCases, tmp_path: Path
) -> None:
    """At 20:00 UTC on 1 January it is already 2 January in Almaty: the days left are
    counted from the 2nd there, and the section says it is as of the 2nd, not of the UTC
    date the report was generated on."""
    late = datetime(2024, 1, 1, 20, 0, tzinfo=UTC)
    report = trial_report(
        CoordinatorIndex.load(coordinator),
        seeded.ilyashev.trial_id,
        observer_statuses(coordinator),
        Importer(coordinator),
        ReportOptions(lang="ru"),
        now=late,
    )
    ban = only(report).elements[1]
    assert (ban.as_of, ban.tz) == ("2024-01-02", ALMATY)
    assert ban.days_left == (date(2025, 6, 22) - date(2024, 1, 2)).days
    assert report.generated_utc.startswith("2024-01-01")
    text = printed(report, tmp_path)
    assert f"По состоянию на 2024-01-02 ({ALMATY})." in text


def test_json_and_csv_carry_the_section_codes_beside_labels(
    coordinator: Vault, seeded: SeedCases
) -> None:
    report = report_of(coordinator, seeded.ilyashev)
    data = json.loads(json.dumps(report.to_json(), ensure_ascii=False))
    (ilyashev,) = data["sentence_and_restrictions"]
    assert ilyashev["defendant"] == "Alnur Ilyashev"
    assert ilyashev["detention_days"] == data["detention_days"] == 5
    ban = ilyashev["elements"][1]
    assert (ban["id"], ban["element"], ban["years"]) == (seeded.ilyashev.ban_id, "activity-ban", 5)
    assert ban["activities"] == [
        "social-activism",
        "political-activism",
        "social-media",
        "associations",
    ]
    assert (ban["end_date"], ban["state"], ban["wording"]) == (
        "2025-06-22",
        "in-force",
        ILYASHEV_BAN_WORDING,
    )
    violation = ilyashev["proceedings"][2]
    assert (violation["id"], violation["outcome"], violation["detention_days"]) == (
        seeded.ilyashev.violation_id,
        "detention",
        5,
    )
    assert (violation["conduct"], violation["hearing_date"]) == ("event", "2021-12-17")

    rows = list(csv.DictReader(io.StringIO(to_csv([report]))))
    assert {r["section"] for r in rows} == {"observation", "sentence", "proceeding"} - {
        "observation"  # the seed cases hold hearings, no observation
    }
    sentence = [r for r in rows if r["section"] == "sentence"]
    assert [(r["code"], r["end_date"]) for r in sentence] == [
        ("restricted-freedom", "2023-06-22"),
        ("activity-ban", "2025-06-22"),
    ]
    assert (sentence[1]["text"], sentence[1]["quote"]) == (ILYASHEV_BAN_WORDING, "yes")
    clarification = next(r for r in rows if r["code"] == "clarification")
    assert (clarification["text"], clarification["quote"]) == (ILYASHEV_POETRY_ANSWER, "yes")
    assert ILYASHEV_POETRY_REQUEST in clarification["details"]
    violation_row = next(r for r in rows if r["code"] == "violation")
    assert (violation_row["detention_days"], violation_row["date"]) == ("5", "2021-12-17")


@needs_pdftotext
def test_a_public_report_names_no_observer_and_gives_no_id(
    coordinator: Vault, seeded: SeedCases, vault: Vault, tmp_path: Path
) -> None:
    case = seeded.ilyashev
    report = report_of(coordinator, case, public=True)
    shown = (
        json.dumps(report.to_json(), ensure_ascii=False)
        + to_csv([report])
        + printed(report, tmp_path)
    )
    assert "Recorded by Observer 1" in shown
    ids = (
        case.trial_id,
        *case.element_ids,
        *case.proceeding_ids,
        *case.hearing_ids,
        vault.observer_id,
    )
    for secret in (*ids, "Observer A"):
        assert secret not in shown
    assert only(report).elements[1].id == ""


def test_another_observers_revision_of_the_ban_is_theirs_never_the_ban(
    coordinator: Vault, seeded: SeedCases, second_observer: Vault, vault: Vault, tmp_path: Path
) -> None:
    """A co-observer rewrites the ban's wording and end: the report keeps the author's
    record and shows the other's words apart, under their name."""
    head = RevisionStore(vault).head(seeded.ilyashev.ban_id)
    body = {**head.body, "wording": "a ban on poetry", "end_date": "2030-01-01"}
    write_own_revision(second_observer, head, number=2, base=head.rev_id, body=body)
    contact = Contacts(second_observer).add(card_of(coordinator))
    Contacts(coordinator).add(card_of(second_observer))
    folder = tmp_path / "from-b"
    folder.mkdir()
    bundle = export_bundle(second_observer, [contact], folder)
    (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED, result

    report = report_of(coordinator, seeded.ilyashev)
    ban = only(report).elements[1]
    assert (ban.wording, ban.end_date, ban.recorded_by) == (
        ILYASHEV_BAN_WORDING,
        "2025-06-22",
        "Observer A",
    )
    (annotation,) = ban.annotations
    assert annotation.observer == "Observer B"
    assert annotation.text == "End: 2030-01-01; Wording: “a ban on poetry”"
    assert "Observer B" in report.observers
    assert (
        "Observer B revised this record, not being its author (it stands as its author "
        "recorded it): End: 2030-01-01; Wording: “a ban on poetry”"
    ) in to_csv([report])


def test_a_record_with_unreadable_values_leaves_the_rest_of_the_section(
    coordinator: Vault, seeded: SeedCases
) -> None:
    forge_unreadable_ban(coordinator, seeded)
    report = report_of(coordinator, seeded.mamay)
    assert report.unreadable == 1
    suspended, ban = only(report).elements
    assert [suspended.id, ban.id] == list(seeded.mamay.element_ids)
    texts = [
        "".join(span.text for span in line)
        for block in report_document(report).blocks
        if isinstance(block, Paragraph)
        for line in block.lines
    ]
    assert any("could not be read" in t for t in texts)


def test_an_annex_for_one_standard_keeps_the_elements_bearing_on_it(
    coordinator: Vault, seeded: SeedCases
) -> None:
    annex = report_of(coordinator, seeded.ilyashev, standard="ICCPR 19")
    (ilyashev,) = annex.sentence_and_restrictions
    assert [e.element for e in ilyashev.elements] == ["activity-ban"]
    assert len(ilyashev.proceedings) == 3
    assert (
        report_of(coordinator, seeded.ilyashev, standard="ICCPR 9").sentence_and_restrictions == ()
    )


def test_two_defendants_each_with_their_sentence_and_the_days_in_all(coordinator: Vault) -> None:
    """A coordinator's own records count too; each defendant has their part, and the days
    of detention are totalled for each and for all."""
    notebook = Notebook(coordinator)
    trial = notebook.add_trial("Two activists", country="KZ", defendants=("B. Two", "A. One"))
    aftermath = Aftermath(notebook)
    for defendant, days in (("A. One", 3), ("B. Two", 10), ("a.  one", 2)):
        aftermath.add_proceeding(
            trial.id,
            ProceedingType.VIOLATION,
            defendant=defendant,
            date=date(2022, 1, days),
            outcome=ProceedingOutcome.DETENTION,
            detention_days=days,
        )
    report = trial_report(
        CoordinatorIndex.load(coordinator),
        trial.id,
        observer_statuses(coordinator),
        Importer(coordinator),
        now=NOW,
    )
    # In the order the trial names them; "a.  one" is A. One, as written another way.
    assert [(d.defendant, d.detention_days) for d in report.sentence_and_restrictions] == [
        ("B. Two", 10),
        ("A. One", 5),
    ]
    assert report.detention_days == 15
    lines = [
        "".join(span.text for span in line)
        for block in report_document(report).blocks
        if isinstance(block, Paragraph)
        for line in block.lines
    ]
    assert "Days of detention for alleged violations, all defendants: 15" in lines
