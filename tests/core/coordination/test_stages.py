"""Staged reports: a trial's report issued as a briefing, a preliminary and a final report,
each frozen when issued. The same issued stage renders the same report (its PDF's text and
its DOCX's text, byte for byte) however many observations arrive after it; stages go
forward; a stage issued twice only on request, the earlier issue kept; a snapshot whose
records are not all held here is refused, saying so; a later stage says what changed since
the earlier one; the issued stage is the coordinator's own record, synced like any other."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor_app.core.coordination.coordinator_data import CoordinatorReading
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import (
    Heading,
    PageBreak,
    report_document,
    report_documents,
)
from monitor_app.core.coordination.reports import TrialReport, to_csv
from monitor_app.core.coordination.stages import (
    IDS_PER_CHUNK,
    IssuedStage,
    issue_stage,
    read_snapshot,
    snapshot_digest,
    staged_report,
    trial_stages,
)
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import RecordNotFound, ValidationError, VaultCorrupt
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import IssuedReport
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import load_taxonomy
from monitor_app.core.records.value_checks import check_revision_values
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from monitor_app.render.docx import write_docx
from monitor_app.render.pdf import write_pdf
from tests.coordination_scene import Watched, at
from tests.docx_text import docx_text
from tests.pdf_text import needs_pdftotext, pdf_text
from tests.sync_layers import card_of

TAXONOMY = load_taxonomy()
SECOND_COORDINATOR_PASSPHRASE = "the second coordinator's passphrase"


@pytest.fixture
def watched(watched: Watched, coordinator: Vault) -> Watched:
    """The shared scene, its two trial records linked (one trial, as reported)."""
    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    return watched


def _issue(
    coordinator: Vault, trial: str, stage: str, summary: str = "", **kw: bool
) -> IssuedStage:
    return issue_stage(CoordinatorReading(coordinator, TAXONOMY), trial, stage, summary, **kw)


def _render(coordinator: Vault, trial: str, stage: str, **options: object) -> TrialReport:
    found = [s for s in trial_stages(coordinator, _group(coordinator, trial)) if s.stage == stage]
    return staged_report(coordinator, found[-1], TAXONOMY, ReportOptions(**options))  # type: ignore[arg-type]


def _group(coordinator: Vault, trial: str) -> frozenset[str]:
    return CoordinatorReading(coordinator, TAXONOMY).index.group(trial).ids


def _more_observations(observer: Vault, coordinator: Vault, hearing: str, folder: Path) -> None:
    """The observer notes another outage and a remark, and sends them: they arrive."""
    notebook = Notebook(observer)
    lost = notebook.start_interval(hearing, "remote.audio_lost", at(12, 0), text="no sound")
    notebook.stop_interval(lost.id, at(12, 10))
    notebook.add_observation(hearing, "public.excluded", at(12, 30), text="relatives sent out")
    contact = next(c for c in Contacts(observer).list() if c.author == card_of(coordinator).author)
    folder.mkdir()
    bundle = export_bundle(observer, [contact], folder)
    (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED, result


def _files(report: TrialReport, folder: Path) -> tuple[str, str, bytes, bytes]:
    """The report written as PDF and DOCX: their text read back, and their bytes."""
    folder.mkdir()
    document = report_document(report)
    write_pdf(document, report.title, folder / "report.pdf")
    write_docx(document, report.title, folder / "report.docx")
    return (
        pdf_text(folder / "report.pdf"),
        docx_text(folder / "report.docx"),
        (folder / "report.pdf").read_bytes(),
        (folder / "report.docx").read_bytes(),
    )


@needs_pdftotext
def test_an_issued_stage_renders_the_same_after_new_observations_arrive(
    watched: Watched, coordinator: Vault, vault: Vault, qapp: object, tmp_path: Path
) -> None:
    issued = _issue(coordinator, watched.trial_a, "preliminary", "Outages cut the defendant off.")
    assert (issued.stage, issued.issue, issued.issued_by) == (
        "preliminary",
        1,
        coordinator.observer_id,
    )
    first = _render(coordinator, watched.trial_a, "preliminary")
    assert first.generated_utc == issued.record.issued_utc
    pdf, word, pdf_bytes, docx_bytes = _files(first, tmp_path / "first")
    assert "Preliminary report" in pdf
    assert "Outages cut the defendant off." in word

    _more_observations(vault, coordinator, watched.hearing_a, tmp_path / "later")
    live = CoordinatorReading(coordinator, TAXONOMY).index.timeline(watched.trial_a)
    assert len(live) == len(first.entries) + 2  # they are here now, for a live report

    again = _render(coordinator, watched.trial_a, "preliminary")
    assert again == first
    pdf_again, word_again, pdf_bytes_again, docx_bytes_again = _files(again, tmp_path / "again")
    assert pdf_again == pdf
    assert word_again == word
    # The files themselves: their times are the time of issue, their ids worked out.
    assert pdf_bytes_again == pdf_bytes
    assert docx_bytes_again == docx_bytes
    assert "no sound" not in pdf_again + word_again


def test_stages_go_forward_and_a_stage_is_issued_again_only_when_asked(
    watched: Watched, coordinator: Vault
) -> None:
    _issue(coordinator, watched.trial_a, "preliminary")
    with pytest.raises(ValidationError) as twice:
        _issue(coordinator, watched.trial_b, "preliminary")  # the other id: the same trial
    assert twice.value.code == "stage-already-issued"
    again = _issue(coordinator, watched.trial_a, "preliminary", "Corrected.", reissue=True)
    assert (again.issue, again.record.summary) == (2, "Corrected.")
    assert [r.body["summary"] for r in again.history] == ["", "Corrected."]  # kept
    (preliminary,) = trial_stages(coordinator, _group(coordinator, watched.trial_a))
    assert preliminary.record.id == again.record.id  # one record, two revisions
    _issue(coordinator, watched.trial_a, "final")
    with pytest.raises(ValidationError) as backwards:
        _issue(coordinator, watched.trial_a, "briefing")
    assert backwards.value.code == "stage-out-of-order"
    with pytest.raises(ValidationError) as reissued:
        _issue(coordinator, watched.trial_a, "preliminary", reissue=True)
    assert reissued.value.code == "stage-out-of-order"
    stages = trial_stages(coordinator, _group(coordinator, watched.trial_a))
    assert [s.stage for s in stages] == ["preliminary", "final"]


def test_a_briefing_may_be_skipped_but_an_unknown_stage_is_refused(
    watched: Watched, coordinator: Vault
) -> None:
    assert _issue(coordinator, watched.trial_a, "final").stage == "final"
    with pytest.raises(ValidationError) as unknown:
        _issue(coordinator, watched.trial_a, "draft")
    assert unknown.value.code == "stage-unknown"


def test_the_snapshot_names_every_revision_within_the_rules(
    watched: Watched, coordinator: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small chunks, so that this small trial's ids run over several.
    monkeypatch.setattr("monitor_app.core.coordination.stages.IDS_PER_CHUNK", 2)
    issued = _issue(coordinator, watched.trial_a, "briefing")
    record = issued.record
    snapshot = read_snapshot(record)
    assert len(record.snapshot["revisions"]) == -(-len(snapshot.rev_ids) // 2) > 1
    # The trials, hearings, notes and checklist answers of both observers, with history.
    held = {r.rev_id: r for r in RevisionStore(coordinator).all_revisions()}
    kinds = {held[r].kind for r in snapshot.rev_ids}
    assert kinds == {"trial", "hearing", "observation", "checklist"}
    assert record.snapshot_sha256 == snapshot_digest(held[r] for r in snapshot.rev_ids)
    assert set(snapshot.trials) == {watched.trial_a, watched.trial_b}
    assert len(snapshot.links) == 1
    names = {o["name"] for o in snapshot.observers.values()}
    assert {"Observer A", "Observer B"} <= names
    check_revision_values(IssuedReport.KIND, record.to_body(), "UTC")
    assert IDS_PER_CHUNK * 32 <= 100_000  # a chunk is a text within the rules


def test_a_later_stage_says_what_changed_since_the_earlier(
    watched: Watched, coordinator: Vault, vault: Vault, tmp_path: Path
) -> None:
    _issue(coordinator, watched.trial_a, "preliminary")
    _more_observations(vault, coordinator, watched.hearing_a, tmp_path / "later")
    _issue(coordinator, watched.trial_a, "final", "The court went on without the defendant.")
    final = _render(coordinator, watched.trial_a, "final")
    changes = final.changes
    assert changes is not None
    assert (changes.since_stage, changes.since_label) == (
        "preliminary",
        "What changed since the preliminary report",
    )
    figures = {c.what: (c.then, c.now) for c in changes.figures}
    assert figures["Observations"] == ("3", "5")
    assert figures["Events"] == ("2", "4")
    assert len(changes.new_events) == 2
    headings = [b.text for b in report_document(final).blocks if isinstance(b, Heading)]
    assert headings.index("What changed since the preliminary report") < headings.index(
        "Findings by standard"
    )
    # The preliminary itself says nothing of it, and the Russian final in Russian.
    assert _render(coordinator, watched.trial_a, "preliminary").changes is None
    kazakh = _render(coordinator, watched.trial_a, "final", lang="kk")
    assert kazakh.changes is not None
    assert kazakh.changes.since_label == "Алдын ала есептен кейін не өзгерді"
    assert kazakh.stage is not None
    assert kazakh.stage.stage_label == "Қорытынды есеп"
    russian = _render(coordinator, watched.trial_a, "final", lang="ru")
    assert russian.changes is not None
    assert russian.changes.since_label == "Что изменилось после предварительного отчёта"
    assert russian.stage is not None
    assert russian.stage.stage_label == "Итоговый отчёт"


def test_json_and_csv_carry_the_stage_public_and_private(
    watched: Watched, coordinator: Vault
) -> None:
    issued = _issue(coordinator, watched.trial_a, "preliminary", "Summary.")
    private = _render(coordinator, watched.trial_a, "preliminary")
    data = json.loads(json.dumps(private.to_json()))
    assert data["stage"]["stage"] == "preliminary"
    assert data["stage"]["issued_utc"] == issued.record.issued_utc
    assert data["stage"]["issued_by"] == "Coordinator C"
    assert data["stage"]["snapshot_sha256"] == issued.record.snapshot_sha256
    assert data["summary"]["text"] == "Summary."
    assert data["events"][0]["id"]
    rows = list(csv.DictReader(io.StringIO(to_csv([private]))))
    assert {(r["stage"], r["issued_utc"]) for r in rows} == {
        ("preliminary", issued.record.issued_utc)
    }
    assert [r["event"] for r in rows] == ["E1", "E1", "E2"]

    public = _render(coordinator, watched.trial_a, "preliminary", public=True)
    text = json.dumps(public.to_json(), ensure_ascii=False) + to_csv([public])
    for secret in ("Coordinator C", "Observer A", "Observer B", watched.trial_a):
        assert secret not in text
    assert public.stage is not None
    assert public.stage.issued_by.startswith("Observer ")
    assert all(e.id == "" for e in public.events)


def test_the_annex_in_a_file_of_its_own(watched: Watched, coordinator: Vault) -> None:
    _issue(coordinator, watched.trial_a, "preliminary")
    report = _render(coordinator, watched.trial_a, "preliminary")
    (together,) = report_documents(report)
    body, annex = report_documents(report, separate_annex=True)
    assert any(isinstance(b, PageBreak) for b in together.blocks)
    assert not any(isinstance(b, PageBreak) for b in body.blocks + annex.blocks)
    body_headings = [b.text for b in body.blocks if isinstance(b, Heading)]
    annex_headings = [b.text for b in annex.blocks if isinstance(b, Heading)]
    assert "Summary" in body_headings
    assert "Chronology of observations" not in body_headings
    assert annex_headings[:2] == ["Annex: events and chronology", report.title]
    assert "Chronology of observations" in annex_headings
    assert body.made_utc == annex.made_utc == report.generated_utc


# ---- synced, and held or not -------------------------------------------------------------


@pytest.fixture(scope="session")
def second_coordinator_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    Vault.create(folder, SECOND_COORDINATOR_PASSPHRASE, "Coordinator D", kdf=KDF_FLOOR)[0].close()
    return folder


@pytest.fixture
def second_coordinator(second_coordinator_template: Path, tmp_path: Path) -> Iterator[Vault]:
    shutil.copytree(second_coordinator_template, tmp_path / "second-coordinator")
    vault = Vault.open(tmp_path / "second-coordinator")
    vault.unlock(SECOND_COORDINATOR_PASSPHRASE)
    yield vault
    vault.close()


def _send(sender: Vault, to: Vault, folder: Path, *, everything: bool = False) -> None:
    contacts = Contacts(sender)
    contact = next((c for c in contacts.list() if c.author == to.observer_id), None)
    if contact is None:
        contact = contacts.add(card_of(to))
    receiving = Contacts(to)
    if not any(c.author == sender.observer_id for c in receiving.list()):
        receiving.add(card_of(sender))
    folder.mkdir()
    bundle = export_bundle(sender, [contact], folder, everything=everything)
    (result,) = Importer(to).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED, result


def test_an_issued_stage_reaches_another_coordinator_and_renders_there_when_held(
    watched: Watched,
    coordinator: Vault,
    vault: Vault,
    second_observer: Vault,
    second_coordinator: Vault,
    tmp_path: Path,
) -> None:
    issued = _issue(coordinator, watched.trial_a, "preliminary", "Ours.")
    here = _render(coordinator, watched.trial_a, "preliminary")
    _send(coordinator, second_coordinator, tmp_path / "stage")
    (there,) = trial_stages(second_coordinator, [min(watched.trial_a, watched.trial_b)])
    assert (there.stage, there.issued_by) == ("preliminary", coordinator.observer_id)
    assert there.record.snapshot_sha256 == issued.record.snapshot_sha256
    # Without the observers' records, it cannot be rendered: said, not guessed.
    with pytest.raises(RecordNotFound) as missing:
        staged_report(second_coordinator, there, TAXONOMY)
    assert missing.value.code == "stage-revisions-missing"
    assert missing.value.params["missing"] == missing.value.params["count"] > 0
    # Once their bundles arrive, it renders as issued (names as the stage gave them).
    _send(vault, second_coordinator, tmp_path / "a", everything=True)
    _send(second_observer, second_coordinator, tmp_path / "b", everything=True)
    rendered = staged_report(second_coordinator, there, TAXONOMY)
    assert rendered.entries == here.entries
    assert rendered.summary == here.summary
    assert rendered.generated_utc == here.generated_utc


def test_a_snapshot_not_as_issued_is_refused(watched: Watched, coordinator: Vault) -> None:
    issued = _issue(coordinator, watched.trial_a, "preliminary")
    record = issued.record
    for broken in (
        {**record.snapshot, "format": 2},
        {**record.snapshot, "count": record.snapshot["count"] + 1},
        {**record.snapshot, "revisions": ["not an id"]},
        {**record.snapshot, "trials": []},
    ):
        with pytest.raises(VaultCorrupt):
            read_snapshot(IssuedReport(**{**record.to_body(), "snapshot": broken}))
    # The digest covers the revisions: a snapshot naming others is refused.
    forged = IssuedReport(**{**record.to_body(), "snapshot_sha256": "0" * 64})
    with pytest.raises(VaultCorrupt) as mismatch:
        staged_report(coordinator, IssuedStage(forged, issued.issued_by, 1, ()), TAXONOMY)
    assert mismatch.value.code == "stage-snapshot-mismatch"
