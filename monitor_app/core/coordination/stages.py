"""Staged reports: a trial's report issued as a pre-trial briefing, a preliminary report and
a final report, each frozen when issued so that it always renders the same.

Issuing a stage saves an `IssuedReport`, the coordinator's own signed record (synced like
any other), whose ``snapshot`` names exactly what the report was made from:

- ``revisions``: the ids of every revision of the trial group's records held at the time
  (the trials, hearings, observations, checklist answers, sentence elements, proceedings,
  and the coordinator's and assessors' own decisions, assessments and conclusions, each
  with its whole history, others' annotations included), in chunks of `IDS_PER_CHUNK`
  32-character ids; ``count`` of them. A revision never changes, so the same ids are the
  same records. ``snapshot_sha256`` is the SHA-256 of their ids and content hashes
  (`snapshot_digest`), checked again at every rendering;
- ``trials`` and ``links``: the trial group as it was (its trial records and their links);
- ``observers``: for each author, the pseudonym the report gave them, the bundles that
  brought their records here and when the first and the last were imported, and the
  problems found in their hash chain: what the report said of them, fixed;
- ``since``: the earlier stage the report compares itself with ("What changed since the
  preliminary report"), by the id of that stage's revision;
- ``taxonomy``: the taxonomy's version, for the record.

Rendering an issued stage (`staged_report`) reads exactly those revisions, builds the index
from them alone, and makes the report as of the time it was issued: later bundles change
nothing in it. A snapshot whose revisions are no longer all held here (purged, or never
received by this vault) is refused, saying how many are missing. Real names, which never
travel in a bundle, are not in the snapshot: a private report with real names shows the
names noted now.

Stages go forward: briefing, preliminary, final. One may be skipped (a trial first
watched mid-way has no briefing), but none is issued once a later one has been, and a
stage already issued is issued again only when asked (a re-issue: a new revision of the
same record, the earlier one kept in its history).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor_app.core.coordination.coordinator_data import CoordinatorReading
from monitor_app.core.coordination.event_decisions import DecidedEvent, decided_events
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.coordination.report_common import (
    Namer,
    ReportOptions,
    report_duration,
    report_words,
    utc_text,
)
from monitor_app.core.coordination.report_summary import (
    ChangesSince,
    FigureChange,
    IssuedFacts,
    ReportFinding,
    ReportSummary,
    StageChanges,
)
from monitor_app.core.coordination.report_updates import sentence_changes
from monitor_app.core.coordination.reports import ReceivedFacts, TrialReport, trial_report
from monitor_app.core.coordination.trial_links import TrialLink, TrialLinks
from monitor_app.core.errors import RecordNotFound, ValidationError, VaultCorrupt
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.readable import sort_readable
from monitor_app.core.records.records import IssuedReport, ReportStage
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import from_utc_text, local_zone_name, utc_now
from monitor_app.core.records.value_checks import MAX_LIST_ITEMS, MAX_TEXT_CHARS
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.vault import Vault

SNAPSHOT_FORMAT = 1
STAGES = tuple(ReportStage)  # in the order a trial moves through them
ID_CHARS = 32  # a revision id: 128 bits as hex (`crypto.new_id`)
IDS_PER_CHUNK = 3_000  # 96,000 characters: within a text's 100,000
MAX_REVISIONS = IDS_PER_CHUNK * MAX_LIST_ITEMS
MAX_SUMMARY_CHARS = 20_000
# What a report is made from: the trial group's records of these kinds, with their history.
SNAPSHOT_KINDS = frozenset(
    (
        "trial",
        "hearing",
        "observation",
        "checklist",
        "sentence",
        "proceeding",
        "event-decision",
        "assessment",
        "conclusion",
    )
)
_ID = re.compile(f"[0-9a-f]{{{ID_CHARS}}}")
_IDS = re.compile(f"(?:[0-9a-f]{{{ID_CHARS}}})+")


@dataclass(frozen=True)
class IssuedStage:
    """One stage of a trial's report as issued, by whom, and how many times."""

    record: IssuedReport
    issued_by: str  # the author of the record (its owner)
    issue: int  # 1 when first issued; 2, 3… after re-issues (its owner's revisions)
    history: tuple[Revision, ...]  # its owner's revisions, the earliest first

    @property
    def stage(self) -> str:
        return self.record.stage

    @property
    def rev_id(self) -> str:
        return self.record.revision.rev_id if self.record.revision else ""


def stage_rank(stage: str) -> int:
    """Where a stage comes in the order; a stage this version does not know, last."""
    codes = [s.value for s in STAGES]
    return codes.index(stage) if stage in codes else len(codes)


def stage_label(stage: str, lang: str) -> str:
    return report_words(lang).get(f"stage.{stage}", stage)


def trial_stages(vault: Vault, trial_ids: Iterable[str]) -> list[IssuedStage]:
    """Every stage issued for a trial group (by whoever issued it: a coordinator's issued
    stage reaches other coordinators like any record), in stage order, then as issued.
    Records whose values break the rules are left out."""
    store = RevisionStore(vault)
    heads = [h for t in sorted(set(trial_ids)) for h in store.heads(IssuedReport.KIND, t)]
    readable, _ = sort_readable(heads)
    stages = []
    for head in readable:
        history = store.history(head.record_id)
        own = tuple(
            sorted(
                (r for r in history if r.author == head.author and not r.deleted),
                key=lambda r: r.number,
            )
        )
        record = IssuedReport.from_revision(head)
        stages.append(IssuedStage(record, head.author, len(own), own))
    stages.sort(key=lambda s: (stage_rank(s.stage), s.record.issued_utc, s.record.id))
    return stages


def current_stage(stages: Sequence[IssuedStage], stage: str) -> IssuedStage | None:
    """The stage as it stands: of its records, the one issued last."""
    found = [s for s in stages if s.stage == stage]
    return max(found, key=lambda s: (s.record.issued_utc, s.record.id)) if found else None


# ---- issuing ------------------------------------------------------------------------------


@cycle_collector_paused()  # the snapshot's thousands of ids and provenance, none in a cycle
def issue_stage(
    reading: CoordinatorReading,
    trial_id: str,
    stage: str,
    summary: str = "",
    *,
    reissue: bool = False,
    now: datetime | None = None,
) -> IssuedStage:
    """Issue ``stage`` of the trial's report, frozen as things stand (`reading`, read just
    before). Refused out of order, or twice without ``reissue``."""
    if stage not in {s.value for s in STAGES}:
        raise ValidationError("stage-unknown", stage=stage, stages=", ".join(STAGES))
    summary = summary.strip()
    if len(summary) > MAX_SUMMARY_CHARS:
        raise ValidationError("text-too-long", field="summary", max_chars=MAX_SUMMARY_CHARS)
    vault, index = reading.vault, reading.index
    group = index.group(trial_id)
    stages = trial_stages(vault, group.ids)
    later = [s for s in stages if stage_rank(s.stage) > stage_rank(stage)]
    if later:
        raise ValidationError("stage-out-of-order", stage=stage, later=later[-1].stage)
    same = [s for s in stages if s.stage == stage]
    if same and not reissue:
        raise ValidationError(
            "stage-already-issued", stage=stage, issued=same[-1].record.issued_utc
        )
    moment = utc_text(now or utc_now())
    revisions = snapshot_revisions(reading.revisions, group.ids)
    snapshot = _snapshot(reading, group.ids, revisions)
    earlier = [s for s in stages if stage_rank(s.stage) < stage_rank(stage)]
    if earlier:
        before = max(earlier, key=lambda s: (stage_rank(s.stage), s.record.issued_utc))
        snapshot["since"] = {
            "stage": before.stage,
            "rev_id": before.rev_id,
            "issued_utc": before.record.issued_utc,
        }
    own = next((s for s in same if s.issued_by == vault.observer_id), None)
    record = IssuedReport(
        id=own.record.id if own else "",
        trial_id=group.key,
        stage=stage,
        issued_utc=moment,
        summary=summary,
        snapshot=snapshot,
        snapshot_sha256=snapshot_digest(revisions),
    )
    saved = Notebook(vault, index.taxonomy).save_record(record, group.key, local_zone_name())
    issued = [s for s in trial_stages(vault, group.ids) if s.record.id == saved.id]
    return issued[0]


@cycle_collector_paused()  # a map of every record held, none in a cycle
def snapshot_revisions(revisions: Iterable[Revision], trial_ids: Iterable[str]) -> list[Revision]:
    """Every revision of the trial group's records of `SNAPSHOT_KINDS`, by id: the trials
    and everything under them (hearings, their observations and checklist answers...)."""
    of_record: dict[str, list[Revision]] = {}
    parent_of: dict[str, str | None] = {}
    for revision in revisions:
        if revision.kind not in SNAPSHOT_KINDS:
            continue
        held = of_record.get(revision.record_id)
        if held is None:
            of_record[revision.record_id] = [revision]
            parent_of[revision.record_id] = revision.parent_id
        else:
            held.append(revision)
    children: dict[str, list[str]] = {}
    for record_id, parent in parent_of.items():
        if parent:
            children.setdefault(parent, []).append(record_id)
    wanted = set(trial_ids)
    frontier = list(wanted)
    while frontier:
        found = [c for parent in frontier for c in children.get(parent, ()) if c not in wanted]
        wanted.update(found)
        frontier = found
    chosen = [r for record_id in wanted for r in of_record.get(record_id, ())]
    if len(chosen) > MAX_REVISIONS:
        raise ValidationError("stage-too-big", count=len(chosen), max=MAX_REVISIONS)
    return sorted(chosen, key=lambda r: r.rev_id)


def snapshot_digest(revisions: Iterable[Revision]) -> str:
    """SHA-256 over each revision's id and content hash, a line each, by id: the same
    revisions, and only they, give the same digest."""
    lines = sorted(f"{r.rev_id} {r.hash}\n" for r in revisions)
    return hashlib.sha256("".join(lines).encode("ascii")).hexdigest()


def _snapshot(
    reading: CoordinatorReading, trial_ids: frozenset[str], revisions: Sequence[Revision]
) -> dict[str, Any]:
    ids = "".join(r.rev_id for r in revisions)
    chunk = IDS_PER_CHUNK * ID_CHARS
    links = [
        f"{k.first} {k.second}"
        for k in TrialLinks(reading.vault).all()
        if k.first in trial_ids and k.second in trial_ids
    ]
    return {
        "format": SNAPSHOT_FORMAT,
        "trials": sorted(trial_ids),
        "links": sorted(links),
        "count": len(revisions),
        "revisions": [ids[i : i + chunk] for i in range(0, len(ids), chunk)],
        "observers": _observers(reading, revisions),
        "taxonomy": reading.taxonomy.version,
    }


def _observers(
    reading: CoordinatorReading, revisions: Sequence[Revision]
) -> dict[str, dict[str, str]]:
    """Each author's name, bundles and chain problems, as the report says them now."""
    statuses = {s.author: s for s in reading.statuses}
    importer = reading.importer
    bundles: dict[str, dict[str, str]] = {}  # author -> bundle id -> imported
    for revision in revisions:
        bundle = importer.provenance(revision.rev_id)
        theirs = bundles.setdefault(revision.author, {})
        if bundle is not None:
            theirs[bundle.bundle_id] = bundle.imported_utc
    authors = sorted({*bundles, reading.vault.observer_id})
    if len(authors) > MAX_LIST_ITEMS:
        raise ValidationError("stage-too-many-observers", count=len(authors), max=MAX_LIST_ITEMS)
    observers = {}
    for author in authors:
        status = statuses.get(author)
        received = sorted(bundles.get(author, {}).items(), key=lambda b: (b[1], b[0]))
        listed = " ".join(b for b, _ in received)
        if len(listed) > MAX_TEXT_CHARS:  # thousands of bundles: the latest that fit
            listed = listed[len(listed) - MAX_TEXT_CHARS :].partition(" ")[2]
        observers[author] = {
            "name": status.name if status else "",
            "bundles": listed,
            "first": received[0][1] if received else "",
            "last": received[-1][1] if received else "",
            "problems": "\n".join(status.chain_problems)[:MAX_TEXT_CHARS] if status else "",
        }
    return observers


# ---- rendering an issued stage --------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """An issued stage's snapshot, read back and checked (it may have come in a bundle)."""

    trials: tuple[str, ...]
    links: tuple[TrialLink, ...]
    rev_ids: tuple[str, ...]
    observers: Mapping[str, Mapping[str, str]]
    since_rev: str
    since_stage: str
    since_utc: str


def read_snapshot(record: IssuedReport) -> Snapshot:
    """The snapshot as issued; refused whole when anything in it is not as issuing
    writes it."""
    data = record.snapshot

    def bad(what: str) -> VaultCorrupt:
        return VaultCorrupt("stage-snapshot-malformed", what=what)

    if data.get("format") != SNAPSHOT_FORMAT:
        raise VaultCorrupt("stage-snapshot-format", got=str(data.get("format"))[:20])
    trials = data.get("trials")
    if (
        not isinstance(trials, list)
        or not trials
        or not all(isinstance(t, str) and _ID.fullmatch(t) for t in trials)
    ):
        raise bad("trials")
    links = []
    for link in data.get("links") or []:
        parts = link.split(" ") if isinstance(link, str) else []
        if len(parts) != 2 or not all(p in trials for p in parts):  # noqa: PLR2004
            raise bad("links")
        links.append(TrialLink(parts[0], parts[1], ""))
    chunks = data.get("revisions")
    if not isinstance(chunks, list) or not all(
        isinstance(c, str) and _IDS.fullmatch(c) for c in chunks
    ):
        raise bad("revisions")
    ids = "".join(chunks)
    rev_ids = tuple(ids[i : i + ID_CHARS] for i in range(0, len(ids), ID_CHARS))
    if data.get("count") != len(rev_ids) or len(set(rev_ids)) != len(rev_ids):
        raise bad("count")
    observers = data.get("observers")
    if not isinstance(observers, dict) or not all(
        isinstance(o, dict) and all(isinstance(v, str) for v in o.values())
        for o in observers.values()
    ):
        raise bad("observers")
    since = data.get("since") or {}
    if not isinstance(since, dict) or not all(isinstance(v, str) for v in since.values()):
        raise bad("since")
    since_rev = since.get("rev_id", "")
    if since_rev and not _ID.fullmatch(since_rev):
        raise bad("since")
    return Snapshot(
        trials=tuple(trials),
        links=tuple(links),
        rev_ids=rev_ids,
        observers=observers,
        since_rev=since_rev,
        since_stage=since.get("stage", ""),
        since_utc=since.get("issued_utc", ""),
    )


def held_revisions(vault: Vault, record: IssuedReport, snapshot: Snapshot) -> list[Revision]:
    """Exactly the revisions the stage was made from; refused when any is no longer held
    here, or when they are not what was issued."""
    store = RevisionStore(vault)
    with vault.database.reading() as conn:
        found = store.by_ids(conn, snapshot.rev_ids)
    if len(found) != len(snapshot.rev_ids):
        raise RecordNotFound(
            "stage-revisions-missing",
            stage=record.stage,
            missing=len(snapshot.rev_ids) - len(found),
            count=len(snapshot.rev_ids),
        )
    if snapshot_digest(found) != record.snapshot_sha256:
        raise VaultCorrupt("stage-snapshot-mismatch", stage=record.stage)
    return sorted(found, key=lambda r: r.rev_id)


@dataclass(frozen=True)
class _Frozen:
    """What an issued stage's report is made from, read back."""

    record: IssuedReport
    snapshot: Snapshot
    revisions: list[Revision]
    index: CoordinatorIndex


def _frozen(vault: Vault, record: IssuedReport, taxonomy: Taxonomy) -> _Frozen:
    snapshot = read_snapshot(record)
    revisions = held_revisions(vault, record, snapshot)
    # As its issuer read it: their own decisions apply wherever the stage is rendered.
    index = CoordinatorIndex(revisions, snapshot.links, taxonomy, record.author)
    if not index.trials:
        raise RecordNotFound("stage-trial-unreadable", stage=record.stage)
    return _Frozen(record, snapshot, revisions, index)


@cycle_collector_paused()  # its revisions read and indexed, none in a cycle
def staged_report(
    vault: Vault,
    issued: IssuedStage,
    taxonomy: Taxonomy,
    options: ReportOptions | None = None,
) -> TrialReport:
    """The report of an issued stage, exactly as issued: made from its snapshot's
    revisions alone, as of the time it was issued."""
    options = options or ReportOptions()
    frozen = _frozen(vault, issued.record, taxonomy)
    record, snapshot, index = frozen.record, frozen.snapshot, frozen.index
    statuses = _statuses(vault, snapshot, options)
    importer = Importer(vault)
    trial_id = min(index.trials)
    changes = None
    if snapshot.since_rev:
        earlier = _earlier(vault, snapshot, taxonomy)
        changes = _changes_since(frozen, earlier, statuses, importer, options)
    return trial_report(
        index,
        trial_id,
        statuses,
        importer,
        options,
        assessment_revisions=frozen.revisions,
        received={
            author: ReceivedFacts(
                bundle_ids=tuple(facts.get("bundles", "").split()),
                first_import_utc=facts.get("first") or None,
                last_import_utc=facts.get("last") or None,
            )
            for author, facts in snapshot.observers.items()
        },
        issued=IssuedFacts(
            stage=record.stage,
            issued_utc=record.issued_utc,
            issued_by=issued.issued_by,
            issue=issued.issue,
            records=len(frozen.revisions),
            snapshot_sha256=record.snapshot_sha256,
            summary=record.summary,
        ),
        changes=changes,
    )


def _statuses(vault: Vault, snapshot: Snapshot, options: ReportOptions) -> list[ObserverStatus]:
    """The observers as the stage named them; real names (never in a snapshot) as noted
    now, and only when asked for."""
    real = {}
    if options.real_names:
        real = {c.author: c.real_name for c in Contacts(vault).list()}
    return [
        ObserverStatus(
            author=author,
            name=facts.get("name", "") or f"observer {author[:8]}",
            real_name=real.get(author, ""),
            is_contact=author in real,
            bundles=len(facts.get("bundles", "").split()),
            last_bundle_utc=facts.get("last") or None,
            gaps=(),
            chain_problems=tuple(p for p in facts.get("problems", "").split("\n") if p),
            quarantined=0,
            revisions=0,
        )
        for author, facts in sorted(snapshot.observers.items())
    ]


def _earlier(vault: Vault, snapshot: Snapshot, taxonomy: Taxonomy) -> _Frozen:
    """The earlier stage a later one compares itself with, as it was issued."""
    store = RevisionStore(vault)
    with vault.database.reading() as conn:
        found = store.by_ids(conn, [snapshot.since_rev])
    if not found or found[0].kind != IssuedReport.KIND:
        raise RecordNotFound("stage-earlier-missing", stage=snapshot.since_stage)
    return _frozen(vault, IssuedReport.from_revision(found[0]), taxonomy)


def _changes_since(
    later: _Frozen,
    earlier: _Frozen,
    statuses: Sequence[ObserverStatus],
    importer: Importer,
    options: ReportOptions,
) -> ChangesSince:
    """What changed between the earlier stage's snapshot and this one: worked out by the
    report once it has named everyone (so a public report numbers observers alike)."""
    lang = options.lang
    words = report_words(lang)
    earlier_record = earlier.record
    earlier_trial = min(earlier.index.trials)
    then = trial_report(
        earlier.index,
        earlier_trial,
        statuses,
        importer,
        ReportOptions(lang=lang, standard=options.standard),
        assessment_revisions=earlier.revisions,
        received={},
        now=from_utc_text(earlier_record.issued_utc),
    )
    then_events = {e.id for e in decided_events(earlier.index, earlier_trial) if e.counted}
    known = frozenset(r.rev_id for r in earlier.revisions)
    histories: dict[str, list[Revision]] = {}
    for revision in later.revisions:
        histories.setdefault(revision.record_id, []).append(revision)

    def changes(
        name: Namer,
        summary: ReportSummary,
        findings: Sequence[ReportFinding],
        decided: Sequence[DecidedEvent],
    ) -> StageChanges:
        return StageChanges(
            since_stage=earlier_record.stage,
            since_label=words.get(f"changed_since.{earlier_record.stage}", earlier_record.stage),
            since_utc=earlier_record.issued_utc,
            figures=_figure_changes(then.summary, summary, lang),
            concerns=_concern_changes(then.findings, findings, lang),
            grade=_grade_change(then.summary, summary, lang),
            new_events=tuple(e.number for e in decided if e.counted and e.id not in then_events),
            sentence=sentence_changes(
                later.index,
                importer,
                name,
                options,
                histories=histories.values(),
                known_before=lambda r: r.rev_id in known,
            ),
        )

    return changes


def _figure_changes(
    before: ReportSummary | None, after: ReportSummary, lang: str
) -> tuple[FigureChange, ...]:
    """The summary's figures that changed."""
    if before is None:
        return ()
    words = report_words(lang)
    figures = (
        ("fig.hearings", before.hearings, after.hearings),
        ("fig.held", before.held, after.held),
        ("fig.postponed", before.called_off, after.called_off),
        ("fig.observed", before.observed, after.observed),
        ("fig.observations", before.observations, after.observations),
        ("fig.all_events", before.events, after.events),
        ("fig.corroborated", before.corroborated, after.corroborated),
    )
    changed = [FigureChange(words[key], str(a), str(b)) for key, a, b in figures if a != b]
    if before.seconds_lost != after.seconds_lost:
        changed.append(
            FigureChange(
                words["fig.total_lost"],
                report_duration(before.seconds_lost, lang),
                report_duration(after.seconds_lost, lang),
            )
        )
    return tuple(changed)


def _concern_changes(
    before: Sequence[ReportFinding], after: Sequence[ReportFinding], lang: str
) -> tuple[FigureChange, ...]:
    """The standards whose level of concern changed (or was first given)."""
    words = report_words(lang)
    then = {f.standard: f.concern_label for f in before}
    unassessed = words["concern.unassessed"]
    return tuple(
        FigureChange(
            words["concern_of"].format(standard=f.standard),
            then.get(f.standard, unassessed),
            f.concern_label,
        )
        for f in after
        if f.concern and then.get(f.standard, unassessed) != f.concern_label
    )


def _grade_change(
    before: ReportSummary | None, after: ReportSummary, lang: str
) -> FigureChange | None:
    then = before.grade if before else ""
    if then == after.grade:
        return None
    return FigureChange(report_words(lang)["grade"], then or "—", after.grade or "—")
