"""An update to a trial's report: what changed in its "Sentence and restrictions" section
after the report was issued, and the section as it stands on the update's day.

A sentence goes on for years after the final report: an appeal is decided, a court answers a
request for clarification, a violation is alleged and punished, a ban ends. The update lists
each sentence element and proceeding that became known to this vault since the date of the
report it updates: new, revised by its author, withdrawn by its author, or annotated by
someone else (their words, under their name). "Became known" is when a revision reached
this vault: when the bundle that brought it was imported, or when it was saved here. So a
violation an observer recorded before the report, but whose bundle came after it, is news.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.coordination.report_common import (
    Namer,
    ReportOptions,
    distinct,
    report_words,
    utc_text,
)
from monitor_app.core.coordination.report_sentences import (
    ChangeKind,
    DefendantSentence,
    ReportChange,
    element_name,
    field_changes,
    sentence_section,
)
from monitor_app.core.coordination.reports import CsvSection, defuse_csv_cell, report_observers
from monitor_app.core.records import ownership
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.readable import values_problem
from monitor_app.core.records.records import Proceeding, SentenceElement
from monitor_app.core.records.revision import Revision, pick_head
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import from_utc_text, utc_now
from monitor_app.core.sync.importer import Importer

_KINDS = {SentenceElement.KIND: CsvSection.SENTENCE, Proceeding.KIND: CsvSection.PROCEEDING}


@dataclass(frozen=True)
class TrialUpdate:
    """An update to the report on a trial (and every trial linked to it)."""

    title: str
    trial_ids: tuple[str, ...]  # none in a public update
    case_numbers: tuple[str, ...]
    courts: tuple[str, ...]
    countries: tuple[str, ...]
    defendants: tuple[str, ...]
    since_utc: str  # the date of the report it updates
    generated_utc: str  # the date of the update
    options: ReportOptions
    observers: tuple[str, ...]
    changes: tuple[ReportChange, ...]  # in the order they became known
    sentence_and_restrictions: tuple[DefendantSentence, ...]  # as it stands now
    detention_days: int
    unreadable: int = 0

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def trial_update(
    index: CoordinatorIndex,
    trial_id: str,
    statuses: Sequence[ObserverStatus],
    importer: Importer,
    options: ReportOptions | None = None,
    *,
    since: datetime,
    now: datetime | None = None,
) -> TrialUpdate:
    """What changed in the trial's sentence and what followed it since ``since`` (aware),
    the date of the report this updates. It covers the whole section: an annex's standard,
    if given, is not applied."""
    options = dataclasses.replace(options or ReportOptions(), standard="")
    now = now or utc_now()
    group = index.group(trial_id)
    name = Namer({s.author: s for s in statuses}, options)
    observers = report_observers(index, trial_id, statuses, index.timeline(trial_id))
    labels = tuple(name(o) for o in observers)
    sentence = sentence_section(index, trial_id, name, options, now)
    changes = _Changes(index, importer, name, options, since=since).of_trials(group.ids)
    trials = group.trials
    return TrialUpdate(
        title=group.title,
        trial_ids=() if options.public else tuple(t.id for t in trials),
        case_numbers=distinct(t.case_number for t in trials),
        courts=distinct(t.court for t in trials),
        countries=distinct(t.country for t in trials),
        defendants=distinct(d for t in trials for d in t.defendants),
        since_utc=utc_text(since),
        generated_utc=utc_text(now),
        options=options,
        observers=labels,
        changes=changes,
        sentence_and_restrictions=sentence,
        detention_days=sum(d.detention_days for d in sentence),
        unreadable=len(index.unreadable),
    )


def sentence_changes(
    index: CoordinatorIndex,
    importer: Importer,
    name: Namer,
    options: ReportOptions,
    *,
    histories: Iterable[Sequence[Revision]],
    known_before: Callable[[Revision], bool],
) -> tuple[ReportChange, ...]:
    """The changes to sentence elements and proceedings, each given with its whole
    history, since a report that knew the revisions ``known_before`` says it knew (an
    issued stage: those of its snapshot); in the order they became known."""
    changes = _Changes(index, importer, name, options, known_before=known_before)
    return changes.of_histories(h for h in histories if h and h[0].kind in _KINDS)


class _Changes:
    """The changes to the sentence elements and proceedings of trials since a report: by
    default, since the report of ``since`` (what reached this vault after it)."""

    def __init__(
        self,
        index: CoordinatorIndex,
        importer: Importer,
        name: Namer,
        options: ReportOptions,
        *,
        since: datetime | None = None,
        known_before: Callable[[Revision], bool] | None = None,
    ) -> None:
        self.index = index
        self.importer = importer
        self.store = RevisionStore(importer.vault)
        self.name = name
        self.options = options
        self.since = since
        self.known = known_before

    def known_before(self, revision: Revision) -> bool:
        """Whether the report updated knew the revision: it reached this vault before the
        report's date, or the report's snapshot holds it."""
        if self.known is not None:
            return self.known(revision)
        return self.since is not None and self.arrived(revision) < self.since

    def arrived(self, revision: Revision) -> datetime:
        """When a revision reached this vault: its bundle's import, or its saving here."""
        bundle = self.importer.provenance(revision.rev_id)
        return from_utc_text(bundle.imported_utc if bundle else revision.created_utc)

    def of_trials(self, trial_ids: Iterable[str]) -> tuple[ReportChange, ...]:
        """In the order they became known."""
        return self.of_histories(
            self.store.history(head.record_id)
            for trial_id in sorted(trial_ids)
            for kind in _KINDS
            for head in self.store.heads(kind, trial_id, include_deleted=True)
        )

    def of_histories(self, histories: Iterable[Sequence[Revision]]) -> tuple[ReportChange, ...]:
        """The changes of records given by their histories, in the order they became known."""
        found: list[tuple[datetime, ReportChange]] = []
        for history in histories:
            found += self.of_record(history)
        found.sort(key=lambda item: (item[0], item[1].defendant, item[1].what))
        return tuple(change for _, change in found)

    def of_record(self, history: Sequence[Revision]) -> list[tuple[datetime, ReportChange]]:
        """One record's changes; none from a revision whose values break the rules (the
        report counts such records as unreadable)."""
        readable = [r for r in history if r.deleted or values_problem(r) is None]
        owner = ownership.owner(history)
        current = ownership.current(history)
        if owner is None or current is None or current not in readable:
            return []
        known = [r for r in readable if r.author == owner and self.known_before(r)]
        before = pick_head(known) if known else None
        was_live = before is not None and not before.deleted
        changes = []
        if current is not before:
            if current.deleted:
                if before is not None and was_live:
                    changes.append(
                        self.change(current, before, ChangeKind.WITHDRAWN, reason=current.reason)
                    )
            elif before is not None and was_live:
                fields = field_changes(self.index, before.body, current.body, self.options)
                if fields:
                    changes.append(self.change(current, current, ChangeKind.REVISED, fields=fields))
            else:
                changes.append(self.change(current, current, ChangeKind.NEW))
        for other in ownership.annotations_of(history):
            if other in readable and not self.known_before(other):
                fields = (
                    ()
                    if other.deleted
                    else field_changes(self.index, current.body, other.body, self.options)
                )
                changes.append(
                    self.change(
                        other, current, ChangeKind.ANNOTATED, fields=fields, reason=other.reason
                    )
                )
        return changes

    def change(
        self, revision: Revision, shown: Revision, kind: ChangeKind, **more: Any
    ) -> tuple[datetime, ReportChange]:
        """``revision`` as a change of the record as ``shown`` tells it."""
        when, lang = self.arrived(revision), self.options.lang
        return when, ReportChange(
            received_utc=utc_text(when),
            change=kind,
            change_label=report_words(lang)[f"change.{kind}"],
            section=_KINDS[revision.kind],
            defendant=str(shown.body.get("defendant", "")),
            what=_what(shown, lang),
            record_id="" if self.options.public else revision.record_id,
            by=self.name(revision.author),
            **more,
        )


def _what(revision: Revision, lang: str) -> str:
    """A sentence element or proceeding in words: its type and its date."""
    if revision.kind == SentenceElement.KIND:
        return element_name(SentenceElement.from_revision(revision), lang)
    proceeding = Proceeding.from_revision(revision)
    kind = load_aftermath_vocabulary().label("proceedings", proceeding.proceeding_type, lang)
    return f"{kind} ({proceeding.date})" if proceeding.date else kind


# ---- CSV ------------------------------------------------------------------------------

UPDATE_CSV_COLUMNS = (
    "trial",
    "case_number",
    "since_utc",
    "generated_utc",
    "received_utc",
    "change",
    "section",
    "defendant",
    "what",
    "by",
    "fields",
    "reason",
    "record_id",
)


def change_fields_text(change: ReportChange, words: Mapping[str, str]) -> list[str]:
    """Each field a change touched, a line each: "Field: before → after"."""
    return [
        words["field_change"].format(field=f, before=b or "—", after=a or "—")
        for f, b, a in change.fields
    ]


def update_csv(updates: Iterable[TrialUpdate]) -> str:
    """One row per change. Cells a spreadsheet would run as a formula are defused."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=UPDATE_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for update in updates:
        words = report_words(update.options.lang)
        for c in update.changes:
            row = {
                "trial": update.title,
                "case_number": "; ".join(update.case_numbers),
                "since_utc": update.since_utc,
                "generated_utc": update.generated_utc,
                "received_utc": c.received_utc,
                "change": c.change_label,
                "section": c.section,
                "defendant": c.defendant,
                "what": c.what,
                "by": c.by,
                "fields": "; ".join(change_fields_text(c, words)),
                "reason": c.reason,
                "record_id": c.record_id,
            }
            writer.writerow({k: defuse_csv_cell(v) for k, v in row.items()})
    return out.getvalue()
