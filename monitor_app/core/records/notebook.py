"""The observer's notebook: every operation on trials, hearings, observations, checklists
and attachments, validated, and saved durably as revisions. The CLI and the GUI both
call this; neither touches the store directly."""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import PurePath
from typing import Any, TypeVar, Unpack

from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records import ownership
from monitor_app.core.records.chain import ChainProblem, verify_chains
from monitor_app.core.records.entry_values import clean_list, clean_text, one_of
from monitor_app.core.records.readable import Unreadable, sort_readable, values_problem
from monitor_app.core.records.records import (
    NOT_HELD,
    SOURCES,
    Answer,
    Attachment,
    Attendance,
    ChecklistAnswer,
    Hearing,
    HearingChanges,
    HearingFields,
    HearingMode,
    HearingStatus,
    HearingType,
    Observation,
    ObservationFields,
    ObservationValues,
    Record,
    Trial,
    TrialChanges,
    TrialFields,
)
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import Taxonomy, load_taxonomy
from monitor_app.core.records.timeutil import local_zone_name, utc_now, zone
from monitor_app.core.records.totals import HearingTotals, TrialDelay, hearing_totals, trial_delay
from monitor_app.core.records.value_checks import check_revision_values, instant_text
from monitor_app.core.vault import crypto
from monitor_app.core.vault.vault import Vault

R = TypeVar("R", bound=Record)

MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
_DRAFT_PREFIX = "draft:"


class Notebook:
    """Records of one unlocked vault."""

    def __init__(self, vault: Vault, taxonomy: Taxonomy | None = None) -> None:
        self.vault = vault
        self.store = RevisionStore(vault)
        self.taxonomy = taxonomy or load_taxonomy()

    # ---- generic ----------------------------------------------------------------------

    def save_record(self, record: R, parent_id: str | None, tz: str) -> R:
        body = record.to_body()
        # The rules a coordinator's import checks too: what is saved here, it accepts.
        check_revision_values(record.KIND, body, tz)
        revision = self.store.append(record.KIND, record.id or None, parent_id, body, tz)
        return type(record).from_revision(revision)

    def get_record(self, cls: type[R], record_id: str) -> R:
        revision = self.store.head(record_id)
        if revision.kind != cls.KIND or revision.deleted:
            raise RecordNotFound("no-such-record-of-kind", kind=cls.KIND, id=record_id)
        if values_problem(revision) is not None:
            raise RecordNotFound("record-values-unreadable", kind=cls.KIND, id=record_id)
        return cls.from_revision(revision)

    def list_records(self, cls: type[R], parent_id: str | None = None) -> list[R]:
        readable, _ = sort_readable(self.store.heads(cls.KIND, parent_id))
        return [cls.from_revision(r) for r in readable]

    def unreadable(self, kind: str, parent_id: str | None = None) -> list[Unreadable]:
        """The records of ``kind`` (under ``parent_id``) whose stored values break the
        rules, which the lists leave out (see `readable`)."""
        return sort_readable(self.store.heads(kind, parent_id))[1]

    def delete(self, record_id: str, reason: str) -> Revision:
        """Leave a tombstone with the reason; the history stays readable.

        A record that still has live records under it (a trial with hearings, a note with
        attachments) is refused, so one slip never hides a whole trial."""
        reason = clean_text(reason, "reason")
        if not reason:
            raise ValidationError("deletion-reason-missing")
        head = self.store.head(record_id)
        if head.deleted:
            raise RecordNotFound("already-deleted", id=record_id)
        children = self.store.live_children(record_id)
        if children:
            raise ValidationError(
                "has-children",
                kind=head.kind,
                count=len(children),
                kinds=", ".join(sorted({c.kind for c in children})),
            )
        return self.store.append(
            head.kind, record_id, head.parent_id, head.body, head.tz, deleted=True, reason=reason
        )

    def history(self, record_id: str) -> list[Revision]:
        return self.store.history(record_id)

    def annotations(self, record_id: str) -> list[Revision]:
        """Revisions of the record by others than its author: theirs, never current."""
        return ownership.annotations_of(self.store.history(record_id))

    def conflicts(self, record_id: str) -> list[Revision]:
        """Revisions edited from the same base (kept, shown as a conflict)."""
        return self.store.conflicts(record_id)

    def verify(self) -> list[ChainProblem]:
        """Every author's chain, counting the links of revisions purged after a receipt."""
        return verify_chains([*self.store.all_revisions(), *self.store.purged_links()])

    def find(self, record_id: str) -> Revision:
        """The current revision of any record, whatever its kind."""
        return self.store.head(record_id)

    # ---- trials -----------------------------------------------------------------------

    def add_trial(self, title: str, **fields: Unpack[TrialFields]) -> Trial:
        return self.save_record(
            self._valid_trial(Trial(title=title, **fields)), None, local_zone_name()
        )

    def update_trial(self, trial_id: str, **changes: Unpack[TrialChanges]) -> Trial:
        trial = dataclasses.replace(self.get_trial(trial_id), **changes)
        return self.save_record(self._valid_trial(trial), None, local_zone_name())

    def get_trial(self, trial_id: str) -> Trial:
        return self.get_record(Trial, trial_id)

    def list_trials(self) -> list[Trial]:
        return sorted(self.list_records(Trial), key=lambda t: (t.title.casefold(), t.id))

    def _valid_trial(self, trial: Trial) -> Trial:
        title = clean_text(trial.title, "title")
        if not title:
            raise ValidationError("trial-title-missing")
        country = trial.country.strip().upper()
        if country and not re.fullmatch("[A-Z]{2}", country):
            raise ValidationError("country-code", got=trial.country)
        return dataclasses.replace(
            trial,
            title=title,
            case_number=clean_text(trial.case_number, "case_number"),
            court=clean_text(trial.court, "court"),
            country=country,
            defendants=clean_list(trial.defendants),
            charges=clean_list(trial.charges),
            notes=clean_text(trial.notes, "notes"),
        )

    # ---- hearings ---------------------------------------------------------------------

    def add_hearing(
        self,
        trial_id: str,
        scheduled_start: datetime,
        mode: str,
        tz: str,
        **fields: Unpack[HearingFields],
    ) -> Hearing:
        self.get_trial(trial_id)
        hearing = Hearing(
            trial_id=trial_id,
            scheduled_start=instant_text("scheduled_start", scheduled_start),
            mode=mode,
            tz=tz,
            **_instants(fields),
        )
        hearing = self._valid_hearing(hearing)
        return self.save_record(hearing, trial_id, hearing.tz)

    def update_hearing(self, hearing_id: str, **changes: Unpack[HearingChanges]) -> Hearing:
        hearing = dataclasses.replace(self.get_hearing(hearing_id), **_instants(changes))
        hearing = self._valid_hearing(hearing)
        return self.save_record(hearing, hearing.trial_id, hearing.tz)

    def postpone_hearing(
        self,
        hearing_id: str,
        reason: str,
        requested_by: str = "",
        next_date: datetime | None = None,
        status: str = HearingStatus.POSTPONED,
    ) -> Hearing:
        """Record that a hearing did not go ahead (or was adjourned), and why."""
        if status not in NOT_HELD:
            raise ValidationError("not-held-status")
        return self.update_hearing(
            hearing_id,
            status=status,
            postponement_reason=reason,
            postponement_requested_by=requested_by,
            next_date=next_date,
        )

    def get_hearing(self, hearing_id: str) -> Hearing:
        return self.get_record(Hearing, hearing_id)

    def list_hearings(self, trial_id: str) -> list[Hearing]:
        return sorted(self.list_records(Hearing, trial_id), key=lambda h: (h.scheduled_start, h.id))

    def _valid_hearing(self, hearing: Hearing) -> Hearing:
        zone(hearing.tz)
        one_of(hearing.mode, HearingMode, error_code="mode-invalid")
        one_of(hearing.attendance, Attendance, error_code="attendance-invalid")
        one_of(hearing.status, HearingStatus, error_code="status-invalid")
        one_of(hearing.hearing_type, HearingType, error_code="hearing-type-invalid")
        return dataclasses.replace(
            hearing,
            platform=clean_text(hearing.platform, "platform"),
            venue=clean_text(hearing.venue, "venue"),
            judges=clean_list(hearing.judges),
            defence_counsel=clean_list(hearing.defence_counsel),
            prosecutor=clean_text(hearing.prosecutor, "prosecutor"),
            language=clean_text(hearing.language, "language"),
            interpreter=clean_text(hearing.interpreter, "interpreter"),
            postponement_reason=clean_text(hearing.postponement_reason, "postponement_reason"),
            postponement_requested_by=clean_text(hearing.postponement_requested_by, "Requested by"),
            notes=clean_text(hearing.notes, "notes"),
        )

    # ---- observations -----------------------------------------------------------------

    def add_observation(
        self,
        parent_id: str,
        code: str,
        at: datetime | None = None,
        *,
        end: datetime | None = None,
        interval: bool = False,
        fields: Mapping[str, object] | None = None,
        **values: Unpack[ObservationValues],
    ) -> Observation:
        """Record a condition on a hearing (or on a trial as a whole). ``at`` defaults to
        now; an interval is open until `stop_interval` gives its end."""
        trial_id, hearing_id, tz = self._observation_parent(parent_id)
        observation = Observation(
            trial_id=trial_id,
            hearing_id=hearing_id,
            code=code,
            at=instant_text("at", at or utc_now()),
            interval=interval or end is not None,
            end=instant_text("end", end) if end else None,
            fields=dict(fields or {}),
            **values,
        )
        return self.save_record(self._valid_observation(observation), parent_id, tz)

    def start_interval(
        self,
        hearing_id: str,
        code: str,
        at: datetime | None = None,
        **values: Unpack[ObservationValues],
    ) -> Observation:
        return self.add_observation(hearing_id, code, at, interval=True, **values)

    def stop_interval(
        self, observation_id: str, at: datetime | None = None, court_response: str | None = None
    ) -> Observation:
        observation = self.get_observation(observation_id)
        if not observation.is_open:
            raise ValidationError("not-open-interval")
        changes: dict[str, Any] = {"end": at or utc_now()}
        if court_response is not None:
            changes["court_response"] = court_response
        return self.update_observation(observation_id, **changes)

    def update_observation(
        self, observation_id: str, **changes: Unpack[ObservationFields]
    ) -> Observation:
        current = self.get_observation(observation_id)
        values: dict[str, Any] = dict(changes)
        if "fields" in values:
            values["fields"] = dict(values["fields"] or {})
        for key in ("at", "end"):
            if isinstance(values.get(key), datetime):
                values[key] = instant_text(key, values[key])
        if values.get("end"):
            values["interval"] = True
        observation = self._valid_observation(dataclasses.replace(current, **values))
        parent = observation.hearing_id or observation.trial_id
        tz = current.revision.tz if current.revision else "UTC"
        return self.save_record(observation, parent, tz)

    def get_observation(self, observation_id: str) -> Observation:
        return self.taxonomy.with_retired_fields_as_parties(
            self.get_record(Observation, observation_id)
        )

    def list_observations(self, parent_id: str) -> list[Observation]:
        """Observations of a hearing, or those about a trial as a whole, in time order;
        those stamped in the same second, in the order they were entered."""
        folded = self.taxonomy.with_retired_fields_as_parties
        observations = map(folded, self.list_records(Observation, parent_id))
        entered = self.store.first_saved(Observation.KIND, parent_id)
        return sorted(observations, key=lambda o: (o.at, entered.get(o.id, ""), o.id))

    def open_intervals(self, hearing_id: str) -> list[Observation]:
        return [o for o in self.list_observations(hearing_id) if o.is_open]

    def _observation_parent(self, parent_id: str) -> tuple[str, str | None, str]:
        revision = self.store.head(parent_id)
        if revision.deleted or revision.kind not in ("hearing", "trial"):
            raise RecordNotFound("no-such-parent", id=parent_id)
        if revision.kind == "trial":
            return parent_id, None, local_zone_name()
        hearing = Hearing.from_revision(revision)
        return hearing.trial_id, hearing.id, hearing.tz

    def _valid_observation(self, obs: Observation) -> Observation:
        taxonomy = self.taxonomy
        taxonomy.item(obs.code)
        obs = taxonomy.with_retired_fields_as_parties(obs)
        if obs.severity is not None and not taxonomy.is_severity(obs.severity):
            raise ValidationError(
                "severity-invalid",
                allowed=", ".join(c.code for c in taxonomy.severities),
                got=obs.severity,
            )
        for party in obs.parties:
            if not taxonomy.is_party(party):
                raise ValidationError(
                    "party-invalid", allowed=", ".join(c.code for c in taxonomy.parties), got=party
                )
        if obs.court_response is not None and not taxonomy.is_court_response(obs.court_response):
            raise ValidationError(
                "court-response-invalid",
                allowed=", ".join(c.code for c in taxonomy.court_responses),
                got=obs.court_response,
            )
        one_of(obs.source, SOURCES, error_code="source-invalid")
        return dataclasses.replace(
            obs,
            parties=tuple(dict.fromkeys(obs.parties)),
            fields=taxonomy.validate_fields(obs.code, obs.fields),
            text=clean_text(obs.text, "text"),
            source_detail=clean_text(obs.source_detail, "source_detail"),
        )

    # ---- checklist --------------------------------------------------------------------

    def set_checklist_answer(
        self, hearing_id: str, question: str, answer: str, comment: str = ""
    ) -> ChecklistAnswer:
        """Answer one checklist question; answering again makes a new revision."""
        hearing = self.get_hearing(hearing_id)
        self.taxonomy.question(question)
        one_of(answer, Answer, error_code="answer-invalid")
        # One's own answer is revised; another observer's of the same hearing is theirs.
        own = self.vault.observer_id
        existing = next(
            (a for a in self.checklist(hearing_id) if a.question == question and a.author == own),
            None,
        )
        record = ChecklistAnswer(
            id=existing.id if existing else "",
            hearing_id=hearing_id,
            question=question,
            answer=answer,
            comment=clean_text(comment, "comment"),
        )
        return self.save_record(record, hearing_id, hearing.tz)

    def checklist(self, hearing_id: str) -> list[ChecklistAnswer]:
        order = {q.id: i for i, q in enumerate(self.taxonomy.checklist)}
        answers = self.list_records(ChecklistAnswer, hearing_id)
        return sorted(answers, key=lambda a: (order.get(a.question, len(order)), a.question))

    # ---- attachments ------------------------------------------------------------------

    def add_attachment(
        self, observation_id: str, filename: str, data: bytes, media_type: str | None = None
    ) -> Attachment:
        """Store a file (a screenshot, a photo of a document) sealed, linked to an
        observation. Only the base name of ``filename`` is kept."""
        observation = self.get_observation(observation_id)
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError("attachment-too-large", mib=MAX_ATTACHMENT_BYTES // (1024 * 1024))
        name = PurePath(filename.replace("\\", "/")).name or "attachment"
        media_type = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        blob_id = crypto.new_id()
        record = Attachment(
            observation_id=observation_id,
            filename=name,
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            blob_id=blob_id,
        )
        tz = observation.revision.tz if observation.revision else "UTC"
        check_revision_values(Attachment.KIND, record.to_body(), tz)
        revision = self.store.append(
            Attachment.KIND, None, observation_id, record.to_body(), tz, blobs={blob_id: data}
        )
        return Attachment.from_revision(revision)

    def list_attachments(self, observation_id: str) -> list[Attachment]:
        return sorted(
            self.list_records(Attachment, observation_id), key=lambda a: (a.filename, a.id)
        )

    def read_attachment(self, attachment_id: str) -> tuple[Attachment, bytes]:
        attachment = self.get_record(Attachment, attachment_id)
        data = self.store.get_blob(attachment.blob_id, attachment.id)
        if hashlib.sha256(data).hexdigest() != attachment.sha256:
            raise ValidationError("attachment-checksum")
        return attachment, data

    # ---- drafts -----------------------------------------------------------------------

    def save_draft(self, key: str, text: str) -> None:
        """Keep half-typed text (sealed like everything else) so a lock, a closed window or
        a crash loses nothing. Empty text removes the draft."""
        name = _DRAFT_PREFIX + key
        if text:
            self.vault.set_secret(name, text.encode("utf-8"))
        else:
            self.vault.delete_secret(name)

    def load_draft(self, key: str) -> str:
        name = _DRAFT_PREFIX + key
        if not self.vault.has_secret(name):
            return ""
        return self.vault.get_secret(name).decode("utf-8")

    def draft_keys(self, prefix: str = "") -> list[str]:
        """The keys of the drafts kept (those starting with ``prefix``), sorted."""
        names = self.vault.secret_names(_DRAFT_PREFIX + prefix)
        return [name.removeprefix(_DRAFT_PREFIX) for name in names]

    # ---- analysis ---------------------------------------------------------------------

    def hearing_totals(self, hearing_id: str, now: datetime | None = None) -> HearingTotals:
        hearing = self.get_hearing(hearing_id)
        return hearing_totals(
            hearing, self.list_observations(hearing_id), self.taxonomy, now or utc_now()
        )

    def trial_delay(self, trial_id: str) -> TrialDelay:
        self.get_trial(trial_id)
        return trial_delay(self.list_hearings(trial_id))


def _instants(values: Mapping[str, Any]) -> dict[str, Any]:
    """Datetimes given for a hearing's time fields, stored as UTC text."""
    return {k: instant_text(k, v) if isinstance(v, datetime) else v for k, v in values.items()}
