"""The records an observer keeps: plain, typed values built from revisions.

Each record type knows its kind and how to turn itself into the body of a revision and
back. Validation of what a user typed lives in `notebook`, which builds these.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, TypedDict, TypeVar

from monitor_app.core.records.revision import Revision


# The shared vocabularies of records, defined once: the GUI labels them, the CLI offers them
# as choices, the notebook refuses anything else. Members are strings, as stored.
class HearingMode(StrEnum):
    IN_PERSON = "in-person"
    REMOTE = "remote"
    HYBRID = "hybrid"


class Attendance(StrEnum):
    """How the observer attended."""

    IN_PERSON = "in-person"
    REMOTE = "remote"


class HearingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    ADJOURNED = "adjourned"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


# A hearing that did not go ahead (as planned): what `Notebook.postpone_hearing` records.
NOT_HELD = (HearingStatus.POSTPONED, HearingStatus.ADJOURNED, HearingStatus.CANCELLED)


class HearingType(StrEnum):
    PRELIMINARY = "preliminary"
    TRIAL = "trial"
    VERDICT = "verdict"
    SENTENCING = "sentencing"
    APPEAL = "appeal"
    CASSATION = "cassation"
    DETENTION = "detention"
    BAN_VIOLATION = "ban-violation"
    OTHER = "other"


class SentenceElementType(StrEnum):
    """One element of a sentence, as the judgment imposes it (see `SentenceElement`)."""

    IMPRISONMENT = "imprisonment"
    RESTRICTED_FREEDOM = "restricted-freedom"
    PROBATION = "probation"
    SUSPENDED = "suspended-sentence"
    FINE = "fine"
    COMMUNITY_SERVICE = "community-service"
    ACTIVITY_BAN = "activity-ban"
    TRAVEL_BAN = "travel-ban"
    ASSET_FREEZE = "asset-freeze"
    OTHER = "other"


class BannedActivity(StrEnum):
    """What an activity ban forbids: several may apply to one ban."""

    JOURNALISM = "journalism"
    SOCIAL_ACTIVISM = "social-activism"
    POLITICAL_ACTIVISM = "political-activism"
    SOCIAL_MEDIA = "social-media"
    PROFESSION = "profession"
    PUBLIC_OFFICE = "public-office"
    ASSOCIATIONS = "associations"


class ProceedingType(StrEnum):
    """What follows a judgment (see `Proceeding`)."""

    APPEAL = "appeal"
    CASSATION = "cassation"
    CLARIFICATION = "clarification"  # a request to the court to explain the sentence
    VIOLATION = "violation"  # proceedings for an alleged breach of a restriction
    REPORTING = "reporting"  # a date the defendant must report (probation)
    EARLY_RELEASE = "early-release"
    PARDON = "pardon"
    AMNESTY = "amnesty"
    RESTRICTION_ENDED = "restriction-ended"
    SITUATION = "situation"  # the defendant's situation: work refused, left the country
    OTHER = "other"


class ProceedingOutcome(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"
    OVERTURNED = "overturned"
    REDUCED = "reduced"
    DISMISSED = "dismissed"
    GRANTED = "granted"
    REFUSED = "refused"
    WARNING = "warning"
    DETENTION = "detention"  # days of administrative detention (`Proceeding.detention_days`)
    CONDITIONS_TIGHTENED = "conditions-tightened"
    REPLACED_WITH_PRISON = "replaced-with-prison"
    OTHER = "other"


class AllegedConduct(StrEnum):
    """What a violation proceeding says the defendant did."""

    POST = "post"
    EVENT = "event"
    INTERVIEW = "interview"
    OTHER = "other"


class DefendantSituation(StrEnum):
    WORK_REFUSED = "work-refused"
    LEFT_COUNTRY = "left-country"
    ASYLUM = "asylum"
    OTHER = "other"


class Answer(StrEnum):
    """An answer to a checklist question."""

    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


class EventAction(StrEnum):
    """What a coordinator decides about an event the app grouped (see `EventDecision`)."""

    CONFIRM = "confirm"  # these observations are one event
    SPLIT = "split"  # these members are an event of their own, apart from the rest
    MERGE = "merge"  # these members (of several events) are one event
    REJECT = "reject"  # this is no event: not counted, not cited
    ANNOTATE = "annotate"  # a remark only: the grouping stands


class ConcernLevel(StrEnum):
    """An assessor's level of concern about one standard in one trial."""

    NONE = "none"
    MINOR = "minor"
    SERIOUS = "serious"
    GRAVE = "grave"


class ReportStage(StrEnum):
    """The stages a trial's report is issued in, in order."""

    BRIEFING = "briefing"  # before the trial
    PRELIMINARY = "preliminary"
    FINAL = "final"


# Body fields that hold an instant, as UTC text ("2026-11-24T07:05:00Z").
TIME_FIELDS = (
    "scheduled_start",
    "scheduled_end",
    "actual_start",
    "actual_end",
    "next_date",
    "at",
    "end",
    "issued_utc",
)
# Body fields that hold a calendar date, as text ("2026-11-24"): a judgment's date, a term's
# start and end, a deadline. A date is a day in the record's zone, never an instant.
DATE_FIELDS = ("judgment_date", "start_date", "end_date", "date", "deadline")
SOURCES = ("direct", "reported")

R = TypeVar("R", bound="Record")


def changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """What changed from one revision body to the next: ``{name: (old, new)}``. Nested
    mappings (an observation's fields) are compared key by key as ``fields.KEY``."""
    changes: dict[str, tuple[Any, Any]] = {}
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if all(isinstance(side, Mapping | None) for side in (before, after)):
            # A mapping that appeared or changed is shown key by key, when it has any.
            nested = changed_fields(before or {}, after or {})
            if nested:
                changes.update({f"{key}.{name}": change for name, change in nested.items()})
                continue
        changes[key] = (before, after)
    return changes


@dataclass(frozen=True)
class Record:
    """Fields common to every record: its id and the revision it was read from."""

    KIND: ClassVar[str] = ""
    id: str = ""
    revision: Revision | None = field(default=None, compare=False, repr=False)

    def to_body(self) -> dict[str, Any]:
        body = {}
        for name in _body_fields(type(self)):
            value = getattr(self, name)
            body[name] = list(value) if isinstance(value, tuple) else value
        return body

    @classmethod
    def from_revision(cls: type[R], revision: Revision) -> R:
        body = revision.body
        values: dict[str, Any] = {}
        for name in _body_fields(cls):
            if name in body:
                value = body[name]
                values[name] = tuple(value) if isinstance(value, list) else value
        return cls(id=revision.record_id, revision=revision, **values)

    @property
    def author(self) -> str:
        return self.revision.author if self.revision else ""

    @property
    def updated_utc(self) -> str:
        return self.revision.created_utc if self.revision else ""


_BODY_FIELDS: dict[type[Record], tuple[str, ...]] = {}


def _body_fields(cls: type[Record]) -> tuple[str, ...]:
    """Names of a record type's body fields (cached: listing 10k notes calls this 10k times)."""
    names = _BODY_FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("id", "revision"))
        _BODY_FIELDS[cls] = names
    return names


# What the GUI and the CLI hand the notebook to add or change a record: every field is
# optional; instants are given as datetimes (the notebook keeps them as UTC text).
class TrialFields(TypedDict, total=False):
    case_number: str
    court: str
    country: str
    defendants: tuple[str, ...]
    charges: tuple[str, ...]
    notes: str


class TrialChanges(TrialFields, total=False):
    title: str


class HearingFields(TypedDict, total=False):
    hearing_type: str
    status: str
    scheduled_end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    platform: str
    venue: str
    judges: tuple[str, ...]
    prosecutor: str
    defence_counsel: tuple[str, ...]
    language: str
    interpreter: str
    attendance: str
    postponement_reason: str
    postponement_requested_by: str
    next_date: datetime | None
    notes: str


class HearingChanges(HearingFields, total=False):
    scheduled_start: datetime
    tz: str
    mode: str


class ObservationValues(TypedDict, total=False):
    severity: str | None
    parties: tuple[str, ...]
    court_response: str | None
    text: str
    quote: bool
    source: str
    source_detail: str


class ObservationFields(ObservationValues, total=False):
    code: str
    at: datetime
    end: datetime | None
    fields: Mapping[str, object] | None


@dataclass(frozen=True)
class Trial(Record):
    KIND: ClassVar[str] = "trial"
    title: str = ""
    case_number: str = ""
    court: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    defendants: tuple[str, ...] = ()
    charges: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Hearing(Record):
    KIND: ClassVar[str] = "hearing"
    trial_id: str = ""
    scheduled_start: str = ""  # UTC instant
    tz: str = "UTC"  # the hearing's IANA zone
    mode: str = HearingMode.IN_PERSON.value
    hearing_type: str = HearingType.TRIAL.value
    status: str = HearingStatus.SCHEDULED.value
    scheduled_end: str | None = None
    actual_start: str | None = None
    actual_end: str | None = None
    platform: str = ""
    venue: str = ""  # court building and courtroom
    judges: tuple[str, ...] = ()
    prosecutor: str = ""
    defence_counsel: tuple[str, ...] = ()
    language: str = ""
    interpreter: str = ""
    attendance: str = Attendance.IN_PERSON.value
    postponement_reason: str = ""
    postponement_requested_by: str = ""
    next_date: str | None = None  # UTC instant of the next hearing, when announced
    notes: str = ""


@dataclass(frozen=True)
class Observation(Record):
    KIND: ClassVar[str] = "observation"
    trial_id: str = ""
    hearing_id: str | None = None  # None: an observation about the trial as a whole
    code: str = "general.note"
    at: str = ""  # UTC instant it happened, or the start of an interval
    interval: bool = False
    end: str | None = None  # None while an interval is still open
    severity: str | None = None
    parties: tuple[str, ...] = ()
    court_response: str | None = None  # what the court did while the condition lasted
    fields: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    quote: bool = False  # text is a verbatim quotation
    source: str = "direct"
    source_detail: str = ""  # who reported it, when not seen directly

    @property
    def is_open(self) -> bool:
        return self.interval and self.end is None


@dataclass(frozen=True)
class ChecklistAnswer(Record):
    KIND: ClassVar[str] = "checklist"
    hearing_id: str = ""
    question: str = ""
    answer: str = "unclear"
    comment: str = ""


@dataclass(frozen=True)
class Attachment(Record):
    KIND: ClassVar[str] = "attachment"
    observation_id: str = ""
    filename: str = ""
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    blob_id: str = ""


@dataclass(frozen=True)
class SentenceElement(Record):
    """One element of the sentence a judgment imposed on one defendant: a prison term, a
    fine, a ban on activities... Its end is ``end_date`` when the judgment names a day, or
    worked out from ``start_date`` and the term (`terms.element_end`). ``wording`` is the
    judgment's words as pronounced: always a verbatim quotation."""

    KIND: ClassVar[str] = "sentence"
    trial_id: str = ""
    defendant: str = ""
    element: str = SentenceElementType.OTHER.value
    activities: tuple[str, ...] = ()  # BannedActivity codes, for an activity ban
    judgment_court: str = ""
    judgment_date: str | None = None
    start_date: str | None = None
    years: int = 0
    months: int = 0
    days: int = 0
    end_date: str | None = None
    amount: str = ""  # a fine's amount, as pronounced ("500 MCI")
    wording: str = ""
    standards: tuple[str, ...] = ()  # the international standards it bears on
    notes: str = ""


@dataclass(frozen=True)
class Proceeding(Record):
    """What followed the judgment for one defendant: an appeal, a request to clarify the
    sentence and the court's answer, proceedings for an alleged violation of a restriction
    and their outcome, a pardon, the end of a ban, the defendant's situation. Linked to
    the trial; to the sentence element it concerns (``sentence_id``) and to the hearing
    where it was heard (``hearing_id``, observed like any other) when there is one."""

    KIND: ClassVar[str] = "proceeding"
    trial_id: str = ""
    proceeding_type: str = ProceedingType.OTHER.value
    defendant: str = ""
    sentence_id: str | None = None
    hearing_id: str | None = None
    date: str | None = None  # when it was brought, held or happened
    deadline: str | None = None  # the last day to appeal, to report...
    brought_by: str = ""
    conduct: str = ""  # AllegedConduct, for a violation
    conduct_detail: str = ""
    situation: str = ""  # DefendantSituation, for the defendant's situation
    request: str = ""  # what the court was asked (a clarification), verbatim
    answer: str = ""  # the court's answer, verbatim
    outcome: str = ProceedingOutcome.PENDING.value
    detention_days: int = 0
    notes: str = ""


@dataclass(frozen=True)
class EventDecision(Record):
    """A coordinator's decision about the app's grouping of observations into events
    (`coordination.events`): their own record, never an edit of the observers'. It names
    observations, not the grouping's event id alone, so it still applies when later bundles
    add members: ``members`` are the observations it concerns (the event's, for confirm,
    reject and annotate; those split off, for split; those joined, for merge)."""

    KIND: ClassVar[str] = "event-decision"
    trial_id: str = ""
    session: str = ""  # `HearingSession.key` of the session the event is in
    action: str = EventAction.CONFIRM.value
    event_id: str = ""  # the event as it was grouped when decided
    members: tuple[str, ...] = ()  # observation record ids
    note: str = ""


@dataclass(frozen=True)
class StandardAssessment(Record):
    """An assessor's assessment of one trial against one standard of the taxonomy: the
    level of concern, the reasoning, and the events relied on (their ids)."""

    KIND: ClassVar[str] = "assessment"
    trial_id: str = ""
    standard: str = ""  # a standard's code in the taxonomy
    concern: str = ConcernLevel.NONE.value
    reasoning: str = ""
    events: tuple[str, ...] = ()
    # One observation of each event in ``events`` (its first), in the same order: it finds
    # the event again when later notes regroup it under another id.
    observations: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrialConclusion(Record):
    """An assessor's overall conclusion on a trial, and the grade on the programme's scale
    (`coordination.grading`); ``grade`` is empty until one is issued."""

    KIND: ClassVar[str] = "conclusion"
    trial_id: str = ""
    conclusion: str = ""
    grade: str = ""
    recommendations: str = ""


@dataclass(frozen=True)
class IssuedReport(Record):
    """A stage of a trial's report as issued: what it was made from, frozen, so the same
    issued stage always renders the same report (`coordination.stages`)."""

    KIND: ClassVar[str] = "issued-report"
    trial_id: str = ""
    stage: str = ReportStage.PRELIMINARY.value
    issued_utc: str = ""  # the report's "generated" time, fixed at issue
    summary: str = ""  # the coordinator's text leading the report
    snapshot: dict[str, Any] = field(default_factory=dict)
    snapshot_sha256: str = ""


RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (
        Trial,
        Hearing,
        Observation,
        ChecklistAnswer,
        Attachment,
        SentenceElement,
        Proceeding,
        EventDecision,
        StandardAssessment,
        TrialConclusion,
        IssuedReport,
    )
}
