"""After the verdict (issue 14): sentence elements and proceedings entered through
`Aftermath` into a real vault: the seed cases read back as entered, entry cleaned and
checked (one test per refusal), the zone a revision is kept in, and authorship."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from monitor_app.core.error_messages import TEMPLATES
from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    BannedActivity,
    HearingType,
    ProceedingOutcome,
    ProceedingType,
    Record,
    SentenceElement,
    SentenceElementType,
    Trial,
)
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import local_zone_name
from monitor_app.core.records.value_checks import MAX_TEXT_CHARS
from monitor_app.core.vault.vault import Vault
from tests.aftermath_cases import (
    ALMATY,
    ILYASHEV,
    ILYASHEV_BAN_WORDING,
    ILYASHEV_EVENT,
    ILYASHEV_POETRY_ANSWER,
    MAMAY,
    UTEPOVA,
    ZHEKSEBAEV,
    SeedCases,
    enter_seed_cases,
)

BAN = SentenceElementType.ACTIVITY_BAN
DEFENDANT = "A. Journalist"


def zone_of(record: Record) -> str:
    """The zone the record's revision was made in."""
    assert record.revision is not None
    return record.revision.tz


@pytest.fixture
def aftermath(notebook: Notebook) -> Aftermath:
    return Aftermath(notebook)


@pytest.fixture
def seeded(notebook: Notebook) -> SeedCases:
    return enter_seed_cases(notebook)


@pytest.fixture
def ban(aftermath: Aftermath, trial: Trial) -> SentenceElement:
    return aftermath.add_sentence_element(
        trial.id,
        DEFENDANT,
        BAN,
        activities=(BannedActivity.JOURNALISM,),
        judgment_date=date(2026, 11, 24),
        start_date=date(2026, 11, 24),
        years=2,
    )


# ---- the seed cases -------------------------------------------------------------------


def test_ilyashev_ban_clarification_and_violation_read_back(
    aftermath: Aftermath, notebook: Notebook, seeded: SeedCases
) -> None:
    case = seeded.ilyashev
    ban = aftermath.get_sentence_element(case.ban_id)
    assert (ban.defendant, ban.element, ban.years) == (ILYASHEV, BAN, 5)
    assert ban.wording == ILYASHEV_BAN_WORDING
    assert set(ban.activities) >= {BannedActivity.SOCIAL_MEDIA, BannedActivity.ASSOCIATIONS}
    assert {"ICCPR 19", "ICCPR 22", "ICCPR 25", "HRC GC 34", "HRC GC 25"} <= set(ban.standards)
    clarification = aftermath.get_proceeding(case.clarification_id)
    assert clarification.proceeding_type == ProceedingType.CLARIFICATION
    assert clarification.answer == ILYASHEV_POETRY_ANSWER
    violation = aftermath.get_proceeding(case.violation_id)
    assert (violation.outcome, violation.detention_days) == (ProceedingOutcome.DETENTION, 5)
    assert (violation.conduct, violation.conduct_detail) == ("event", ILYASHEV_EVENT)
    assert violation.sentence_id == ban.id
    heard = notebook.get_hearing(violation.hearing_id or "")
    assert heard.hearing_type == HearingType.BAN_VIOLATION
    assert [p.id for p in aftermath.proceedings(case.trial_id)] == list(case.proceeding_ids)


def test_every_seed_case_has_a_ban_on_social_media(aftermath: Aftermath, seeded: SeedCases) -> None:
    bans = {case.defendant: aftermath.get_sentence_element(case.ban_id) for case in seeded.all()}
    assert all(BannedActivity.SOCIAL_MEDIA in ban.activities for ban in bans.values())
    assert {name: (ban.years, ban.start_date) for name, ban in bans.items()} == {
        ILYASHEV: (5, "2020-06-22"),
        MAMAY: (6, "2023-04-14"),
        UTEPOVA: (2, "2021-04-06"),
        ZHEKSEBAEV: (5, "2021-03-17"),
    }
    # Kept in the court's zone: every case's hearings are in Almaty.
    assert {zone_of(ban) for ban in bans.values()} == {ALMATY}
    situations = [aftermath.get_proceeding(i).situation for i in seeded.zheksebaev.situation_ids]
    assert situations == ["left-country", "asylum"]


# ---- entry ----------------------------------------------------------------------------


def test_text_is_trimmed_activities_once_and_dates_kept_as_days(
    aftermath: Aftermath, trial: Trial
) -> None:
    element = aftermath.add_sentence_element(
        trial.id,
        f"  {DEFENDANT} ",
        BAN,
        activities=("journalism", " ", "social-media", "journalism"),
        judgment_court=" Regional court ",
        judgment_date=date(2026, 11, 24),
        end_date=date(2028, 2, 29),
        wording="  «заниматься журналистской деятельностью»  ",
    )
    assert element.defendant == DEFENDANT
    assert element.activities == ("journalism", "social-media")
    assert element.judgment_court == "Regional court"
    assert (element.judgment_date, element.end_date) == ("2026-11-24", "2028-02-29")
    assert element.wording == "«заниматься журналистской деятельностью»"
    assert aftermath.get_sentence_element(element.id) == element


def test_standards_default_to_the_vocabularys_and_follow_the_element(
    aftermath: Aftermath, trial: Trial, ban: SentenceElement
) -> None:
    vocabulary = aftermath.vocabulary
    assert ban.standards == vocabulary.standards_for(BAN, ("journalism",))
    assert "ICCPR 19" in ban.standards
    travel = aftermath.update_sentence_element(
        ban.id, element=SentenceElementType.TRAVEL_BAN, activities=()
    )
    assert travel.standards == vocabulary.standards_for("travel-ban", ())
    assert "ICCPR 12" in travel.standards
    chosen = aftermath.update_sentence_element(ban.id, standards=("ECHR 10", " "))
    assert chosen.standards == ("ECHR 10",)
    # Standards a user chose stay when the element changes.
    assert aftermath.update_sentence_element(ban.id, years=3).standards == ("ECHR 10",)
    # None given is the vocabulary's again.
    assert aftermath.update_sentence_element(ban.id, standards=()).standards == travel.standards


def test_an_update_is_a_revision_and_a_date_can_be_cleared(
    aftermath: Aftermath, notebook: Notebook, ban: SentenceElement
) -> None:
    changed = aftermath.update_sentence_element(ban.id, start_date=None, months=6)
    assert (changed.start_date, changed.months, changed.id) == (None, 6, ban.id)
    assert [r.number for r in notebook.history(ban.id)] == [1, 2]


def test_elements_sort_by_defendant_then_judgment_then_kind(
    aftermath: Aftermath, trial: Trial
) -> None:
    def add(defendant: str, element: str, judged: date | None) -> str:
        return aftermath.add_sentence_element(trial.id, defendant, element, judgment_date=judged).id

    undated = add("b", "fine", None)
    later = add("B", "fine", date(2027, 1, 1))
    ban = add("b", BAN, date(2026, 1, 1))
    prison = add("b", "imprisonment", date(2026, 1, 1))
    first = add("a", "fine", None)
    assert [e.id for e in aftermath.sentence_elements(trial.id)] == [
        first,
        prison,
        ban,
        later,
        undated,
    ]


def test_proceedings_sort_by_date_undated_last(
    aftermath: Aftermath, trial: Trial, ban: SentenceElement
) -> None:
    def add(day: date | None) -> str:
        return aftermath.add_proceeding(trial.id, "appeal", sentence_id=ban.id, date=day).id

    undated, late, early = add(None), add(date(2027, 3, 1)), add(date(2027, 1, 5))
    assert [p.id for p in aftermath.proceedings(trial.id)] == [early, late, undated]


def test_a_proceedings_defendant_comes_from_its_element_or_the_trials_only_defendant(
    aftermath: Aftermath, notebook: Notebook, trial: Trial, ban: SentenceElement
) -> None:
    other = aftermath.add_sentence_element(trial.id, "Someone Else", "fine")
    assert aftermath.add_proceeding(trial.id, "appeal", sentence_id=other.id).defendant == (
        "Someone Else"
    )
    assert aftermath.add_proceeding(trial.id, "pardon").defendant == DEFENDANT  # the only one
    several = notebook.add_trial("Two defendants", defendants=("X", "Y"))
    with pytest.raises(ValidationError) as refused:
        aftermath.add_proceeding(several.id, "appeal")
    assert refused.value.code == "proceeding-defendant-missing"
    assert aftermath.add_proceeding(several.id, "appeal", defendant=" Y ").defendant == "Y"


def test_the_zone_is_the_latest_hearings_else_this_computers(
    aftermath: Aftermath, notebook: Notebook
) -> None:
    trial = notebook.add_trial("No hearing yet", defendants=(DEFENDANT,))
    early = aftermath.add_sentence_element(trial.id, DEFENDANT, "fine")
    assert zone_of(early) == local_zone_name()
    notebook.add_hearing(trial.id, datetime(2026, 3, 2, 5, tzinfo=UTC), "in-person", ALMATY)
    notebook.add_hearing(trial.id, datetime(2026, 9, 1, 5, tzinfo=UTC), "in-person", "Asia/Aqtau")
    notebook.add_hearing(trial.id, datetime(2026, 5, 1, 5, tzinfo=UTC), "remote", "UTC")
    appeal = aftermath.add_proceeding(trial.id, "appeal")
    assert zone_of(appeal) == "Asia/Aqtau"
    revised = aftermath.update_sentence_element(early.id, amount="500 MCI")
    assert zone_of(revised) == "Asia/Aqtau"


def test_unknown_trial_and_records_of_another_kind_are_not_found(
    aftermath: Aftermath, trial: Trial, ban: SentenceElement
) -> None:
    with pytest.raises(RecordNotFound):
        aftermath.add_sentence_element("0" * 32, DEFENDANT, "fine")
    with pytest.raises(RecordNotFound):
        aftermath.get_proceeding(ban.id)
    with pytest.raises(RecordNotFound):
        aftermath.add_proceeding(trial.id, "appeal", sentence_id=trial.id)


# ---- refusals -------------------------------------------------------------------------

ELEMENT_REFUSALS: dict[str, tuple[str, dict[str, Any]]] = {
    "sentence-defendant-missing": ("   ", {}),
    "sentence-element-invalid": (DEFENDANT, {"element": "flogging"}),
    "banned-activity-invalid": (DEFENDANT, {"activities": ("journalism", "knitting")}),
    "activities-only-on-ban": (DEFENDANT, {"element": "fine", "activities": ("journalism",)}),
    "term-end-before-start": (
        DEFENDANT,
        {"start_date": date(2026, 3, 1), "end_date": date(2026, 2, 28)},
    ),
    "number-out-of-range": (DEFENDANT, {"years": 101}),
    "date-out-of-range": (DEFENDANT, {"judgment_date": date(1899, 12, 31)}),
    "date-malformed": (DEFENDANT, {"start_date": datetime(2026, 3, 1, tzinfo=UTC)}),
    "text-too-long": (DEFENDANT, {"wording": "x" * (MAX_TEXT_CHARS + 1)}),
    "record-field-type": (DEFENDANT, {"months": True}),
}


@pytest.mark.parametrize("code", ELEMENT_REFUSALS)
def test_an_element_is_refused(
    aftermath: Aftermath, notebook: Notebook, trial: Trial, code: str
) -> None:
    defendant, fields = ELEMENT_REFUSALS[code]
    element = fields.pop("element", BAN)
    count = notebook.store.count()
    with pytest.raises(ValidationError) as refused:
        aftermath.add_sentence_element(trial.id, defendant, element, **fields)
    assert refused.value.code == code
    assert notebook.store.count() == count


def test_negative_terms_are_refused_on_update_too(
    aftermath: Aftermath, ban: SentenceElement
) -> None:
    with pytest.raises(ValidationError) as refused:
        aftermath.update_sentence_element(ban.id, days=-1)
    assert refused.value.code == "number-out-of-range"


PROCEEDING_REFUSALS: dict[str, tuple[str, dict[str, Any]]] = {
    "proceeding-type-invalid": ("exorcism", {}),
    "proceeding-outcome-invalid": ("appeal", {"outcome": "maybe"}),
    "alleged-conduct-invalid": ("violation", {"conduct": "thought"}),
    "defendant-situation-invalid": ("situation", {"situation": "bored"}),
    "conduct-only-on-violation": ("appeal", {"conduct": "post"}),
    "situation-only-on-situation": ("appeal", {"situation": "asylum"}),
    "detention-days-without-detention": ("violation", {"outcome": "warning", "detention_days": 3}),
    "proceeding-defendant-differs": ("appeal", {"defendant": "Someone Else", "with_ban": True}),
    "number-out-of-range": ("violation", {"outcome": "detention", "detention_days": 36_601}),
    "date-not-real": ("appeal", {"deadline": "2026-02-30"}),
}


@pytest.mark.parametrize("code", PROCEEDING_REFUSALS)
def test_a_proceeding_is_refused(
    aftermath: Aftermath, trial: Trial, ban: SentenceElement, code: str
) -> None:
    kind, fields = PROCEEDING_REFUSALS[code]
    if fields.pop("with_ban", False):
        fields["sentence_id"] = ban.id
    with pytest.raises(ValidationError) as refused:
        aftermath.add_proceeding(trial.id, kind, **fields)
    assert refused.value.code == code


def test_a_proceeding_names_an_element_and_a_hearing_of_its_own_trial_only(
    aftermath: Aftermath, notebook: Notebook, trial: Trial, ban: SentenceElement
) -> None:
    other = notebook.add_trial("Another trial", defendants=(DEFENDANT,))
    hearing = notebook.add_hearing(other.id, datetime(2026, 3, 2, 5, tzinfo=UTC), "remote", "UTC")
    with pytest.raises(ValidationError) as refused:
        aftermath.add_proceeding(other.id, "appeal", sentence_id=ban.id)
    assert refused.value.code == "sentence-of-another-trial"
    with pytest.raises(ValidationError) as refused:
        aftermath.add_proceeding(trial.id, "appeal", hearing_id=hearing.id)
    assert refused.value.code == "hearing-of-another-trial"
    proceeding = aftermath.add_proceeding(other.id, "appeal", hearing_id=hearing.id)
    assert proceeding.hearing_id == hearing.id
    with pytest.raises(ValidationError) as refused:
        aftermath.update_proceeding(proceeding.id, sentence_id=ban.id)
    assert refused.value.code == "sentence-of-another-trial"


def test_every_refusal_has_its_words() -> None:
    codes = {*ELEMENT_REFUSALS, *PROCEEDING_REFUSALS}
    codes |= {"sentence-of-another-trial", "hearing-of-another-trial"}
    codes |= {"proceeding-defendant-missing", "term-malformed"}
    assert codes <= TEMPLATES.keys()


# ---- authorship -----------------------------------------------------------------------


def test_only_the_author_revises_an_element_or_a_proceeding(
    aftermath: Aftermath,
    notebook: Notebook,
    trial: Trial,
    ban: SentenceElement,
    second_observer: Vault,
) -> None:
    """Another observer holding my records (as an import leaves them) cannot revise them."""
    appeal = aftermath.add_proceeding(trial.id, "appeal", sentence_id=ban.id)
    mine = [notebook.find(record_id) for record_id in (trial.id, ban.id, appeal.id)]
    theirs = RevisionStore(second_observer)
    with second_observer.database.write_transaction() as conn:
        theirs.insert(conn, mine)
    at_theirs = Aftermath(Notebook(second_observer))
    assert at_theirs.get_sentence_element(ban.id) == ban
    with pytest.raises(ValidationError) as refused:
        at_theirs.update_sentence_element(ban.id, years=10)
    assert refused.value.code == "record-of-another-author"
    with pytest.raises(ValidationError) as refused:
        at_theirs.update_proceeding(appeal.id, outcome="overturned")
    assert refused.value.code == "record-of-another-author"
    assert at_theirs.get_proceeding(appeal.id) == appeal
