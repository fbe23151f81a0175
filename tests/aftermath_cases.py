"""The four cases issue 14 was written for, entered into a notebook through `Aftermath` as
an observer would: the trial, its hearings, each defendant's sentence and what followed.
Shared by the core, CLI, GUI, report and bundle tests (imported as ``tests.aftermath_cases``;
no Qt). Dates are the cases' own as far as published accounts give them; the rest (the day
of a clarification, an appeal) are plausible days around them.

Every case returns a `SeedCase` with the ids it created, so a test can find "Ilyashev's
ban" or "the violation proceeding" again. The quoted wordings are constants, so a report
test can look for them verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    AllegedConduct,
    BannedActivity,
    DefendantSituation,
    HearingMode,
    HearingStatus,
    HearingType,
    ProceedingOutcome,
    ProceedingType,
    SentenceElementType,
)

ALMATY = "Asia/Almaty"
KZ_SPEECH_BAN = (
    BannedActivity.SOCIAL_ACTIVISM,
    BannedActivity.POLITICAL_ACTIVISM,
    BannedActivity.SOCIAL_MEDIA,
)

ILYASHEV = "Alnur Ilyashev"
ILYASHEV_BAN_WORDING = (
    "engaging in civil and public activities … [and] on creating and taking part in the "
    "activities of political parties, public associations and foundations"
)
ILYASHEV_POETRY_REQUEST = "Whether the ban forbids him even to recite poetry."
ILYASHEV_POETRY_ANSWER = "if you think that you are prohibited … then it is prohibited"
ILYASHEV_EVENT = "Took part in a peaceful opposition event"
MAMAY = "Zhanbolat Mamay"
MAMAY_BAN_WORDING = "social and political activism, including posting on social media"
UTEPOVA = "Aigul Utepova"
UTEPOVA_BAN_WORDING = "speech and activism, including posting on social media"
ZHEKSEBAEV = "Askhat Zheksebaev"


@dataclass(frozen=True)
class SeedCase:
    """What one case put in the notebook."""

    trial_id: str
    defendant: str
    ban_id: str  # the activity ban: every seed case has one, social media included
    element_ids: tuple[str, ...]  # every element of the sentence, the ban too
    hearing_ids: tuple[str, ...]  # in time order
    proceeding_ids: tuple[str, ...] = ()  # in the order entered
    clarification_id: str = ""
    violation_id: str = ""
    violation_hearing_id: str = ""
    situation_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeedCases:
    ilyashev: SeedCase
    mamay: SeedCase
    utepova: SeedCase
    zheksebaev: SeedCase

    def all(self) -> tuple[SeedCase, ...]:
        return (self.ilyashev, self.mamay, self.utepova, self.zheksebaev)


def almaty(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A time on the clock of a courtroom in Almaty."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(ALMATY))


def _held(notebook: Notebook, trial_id: str, start: datetime, mode: str, kind: str) -> str:
    hearing = notebook.add_hearing(
        trial_id, start, mode, ALMATY, hearing_type=kind, status=HearingStatus.HELD
    )
    return hearing.id


def enter_ilyashev(notebook: Notebook) -> SeedCase:
    """Convicted in June 2020 for social-media posts after a trial held over Zoom: three
    years of restricted freedom and a five-year ban on civic activity and on parties,
    associations and foundations; a clarification he asked for (may he recite poetry?);
    then five days' detention for taking part in a peaceful opposition event."""
    aftermath = Aftermath(notebook)
    trial = notebook.add_trial(
        "The State v. Alnur Ilyashev",
        case_number="7511-20-00-1/215",
        court="Medeu District Court of Almaty",
        country="KZ",
        defendants=(ILYASHEV,),
        charges=("Criminal Code art. 274(2)(3): dissemination of knowingly false information",),
    )
    hearings = (
        _held(notebook, trial.id, almaty(2020, 6, 8), HearingMode.REMOTE, HearingType.TRIAL),
        _held(notebook, trial.id, almaty(2020, 6, 22, 15), HearingMode.REMOTE, HearingType.VERDICT),
    )
    judged = {"judgment_court": trial.court, "judgment_date": date(2020, 6, 22)}
    freedom = aftermath.add_sentence_element(
        trial.id,
        ILYASHEV,
        SentenceElementType.RESTRICTED_FREEDOM,
        start_date=date(2020, 6, 22),
        years=3,
        **judged,
    )
    ban = aftermath.add_sentence_element(
        trial.id,
        ILYASHEV,
        SentenceElementType.ACTIVITY_BAN,
        activities=(*KZ_SPEECH_BAN, BannedActivity.ASSOCIATIONS),
        start_date=date(2020, 6, 22),
        years=5,
        wording=ILYASHEV_BAN_WORDING,
        **judged,
    )
    appeal = aftermath.add_proceeding(
        trial.id,
        ProceedingType.APPEAL,
        sentence_id=ban.id,
        date=date(2020, 8, 20),
        brought_by="The defence",
        outcome=ProceedingOutcome.UPHELD,
    )
    clarification = aftermath.add_proceeding(
        trial.id,
        ProceedingType.CLARIFICATION,
        sentence_id=ban.id,
        date=date(2020, 10, 15),
        brought_by=ILYASHEV,
        request=ILYASHEV_POETRY_REQUEST,
        answer=ILYASHEV_POETRY_ANSWER,
        outcome=ProceedingOutcome.OTHER,
    )
    violation_hearing = _held(
        notebook,
        trial.id,
        almaty(2021, 12, 17, 11),
        HearingMode.IN_PERSON,
        HearingType.BAN_VIOLATION,
    )
    violation = aftermath.add_proceeding(
        trial.id,
        ProceedingType.VIOLATION,
        sentence_id=ban.id,
        hearing_id=violation_hearing,
        date=date(2021, 12, 17),
        brought_by="Almaty police",
        conduct=AllegedConduct.EVENT,
        conduct_detail=ILYASHEV_EVENT,
        outcome=ProceedingOutcome.DETENTION,
        detention_days=5,
        notes="Up to ten days for a repeated violation.",
    )
    return SeedCase(
        trial_id=trial.id,
        defendant=ILYASHEV,
        ban_id=ban.id,
        element_ids=(freedom.id, ban.id),
        hearing_ids=(*hearings, violation_hearing),
        proceeding_ids=(appeal.id, clarification.id, violation.id),
        clarification_id=clarification.id,
        violation_id=violation.id,
        violation_hearing_id=violation_hearing,
    )


def enter_mamay(notebook: Notebook) -> SeedCase:
    """A journalist: a six-year suspended sentence and a six-year ban on social and
    political activism, posting on social media included (April 2023)."""
    aftermath = Aftermath(notebook)
    trial = notebook.add_trial(
        "The State v. Zhanbolat Mamay",
        court="Almaly District Court of Almaty",
        country="KZ",
        defendants=(MAMAY,),
        charges=("Criminal Code art. 274(4)", "Criminal Code art. 378(2)"),
    )
    verdict = _held(
        notebook, trial.id, almaty(2023, 4, 14), HearingMode.IN_PERSON, HearingType.VERDICT
    )
    judged = {
        "judgment_court": trial.court,
        "judgment_date": date(2023, 4, 14),
        "start_date": date(2023, 4, 14),
        "years": 6,
    }
    suspended = aftermath.add_sentence_element(
        trial.id, MAMAY, SentenceElementType.SUSPENDED, **judged
    )
    ban = aftermath.add_sentence_element(
        trial.id,
        MAMAY,
        SentenceElementType.ACTIVITY_BAN,
        activities=KZ_SPEECH_BAN,
        wording=MAMAY_BAN_WORDING,
        **judged,
    )
    return SeedCase(
        trial_id=trial.id,
        defendant=MAMAY,
        ban_id=ban.id,
        element_ids=(suspended.id, ban.id),
        hearing_ids=(verdict,),
    )


def enter_utepova(notebook: Notebook) -> SeedCase:
    """A journalist (April 2021): a year of restricted freedom and a two-year ban on
    speech and activism, social media included."""
    aftermath = Aftermath(notebook)
    trial = notebook.add_trial(
        "The State v. Aigul Utepova",
        court="Saryarka District Court of Nur-Sultan",
        country="KZ",
        defendants=(UTEPOVA,),
        charges=("Criminal Code art. 405(2)",),
    )
    verdict = _held(
        notebook, trial.id, almaty(2021, 4, 6), HearingMode.IN_PERSON, HearingType.VERDICT
    )
    judged = {
        "judgment_court": trial.court,
        "judgment_date": date(2021, 4, 6),
        "start_date": date(2021, 4, 6),
    }
    freedom = aftermath.add_sentence_element(
        trial.id, UTEPOVA, SentenceElementType.RESTRICTED_FREEDOM, years=1, **judged
    )
    ban = aftermath.add_sentence_element(
        trial.id,
        UTEPOVA,
        SentenceElementType.ACTIVITY_BAN,
        activities=(BannedActivity.JOURNALISM, *KZ_SPEECH_BAN),
        years=2,
        wording=UTEPOVA_BAN_WORDING,
        **judged,
    )
    return SeedCase(
        trial_id=trial.id,
        defendant=UTEPOVA,
        ban_id=ban.id,
        element_ids=(freedom.id, ban.id),
        hearing_ids=(verdict,),
    )


def enter_zheksebaev(notebook: Notebook) -> SeedCase:
    """A five-year ban so onerous and unclear that he left the country and sought asylum."""
    aftermath = Aftermath(notebook)
    trial = notebook.add_trial(
        "The State v. Askhat Zheksebaev",
        court="Specialised Inter-District Criminal Court of Almaty",
        country="KZ",
        defendants=(ZHEKSEBAEV,),
        charges=("Criminal Code art. 405(2)",),
    )
    verdict = _held(
        notebook, trial.id, almaty(2021, 3, 17), HearingMode.IN_PERSON, HearingType.VERDICT
    )
    ban = aftermath.add_sentence_element(
        trial.id,
        ZHEKSEBAEV,
        SentenceElementType.ACTIVITY_BAN,
        activities=KZ_SPEECH_BAN,
        judgment_court=trial.court,
        judgment_date=date(2021, 3, 17),
        start_date=date(2021, 3, 17),
        years=5,
    )
    left = aftermath.add_proceeding(
        trial.id,
        ProceedingType.SITUATION,
        sentence_id=ban.id,
        date=date(2022, 2, 10),
        situation=DefendantSituation.LEFT_COUNTRY,
        notes="The restrictions were too onerous and too unclear to live with.",
    )
    asylum = aftermath.add_proceeding(
        trial.id,
        ProceedingType.SITUATION,
        sentence_id=ban.id,
        date=date(2022, 3, 1),
        situation=DefendantSituation.ASYLUM,
    )
    return SeedCase(
        trial_id=trial.id,
        defendant=ZHEKSEBAEV,
        ban_id=ban.id,
        element_ids=(ban.id,),
        hearing_ids=(verdict,),
        proceeding_ids=(left.id, asylum.id),
        situation_ids=(left.id, asylum.id),
    )


def enter_seed_cases(notebook: Notebook) -> SeedCases:
    """All four cases, into one notebook."""
    return SeedCases(
        ilyashev=enter_ilyashev(notebook),
        mamay=enter_mamay(notebook),
        utepova=enter_utepova(notebook),
        zheksebaev=enter_zheksebaev(notebook),
    )
