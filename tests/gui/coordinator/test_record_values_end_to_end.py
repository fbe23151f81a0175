"""Issue 13, end to end: times, dates, zones, numbers and strings in every field of every
record kind (issue 14's sentence elements and proceedings too), written into a real signed
bundle, imported by a coordinator, then read by every coordinator command (the CLI's
main(), in this process) and every tab of the window.

Each example appends one revision to a real observer's bundle (an edit of one of its
records, linked to the chain and signed again with the observer's key, as the observer's
own app would sign it), with one value drawn for one field. The properties:

- one validation: the import accepts the revision exactly when the rules an observer's app
  saves by (`value_checks`) accept its values, and when it refuses, it names the same
  problem those rules name;
- readers never fall over: after an accepted import, every command exits 0 and the window
  loads, with nothing unreadable (the import let nothing through that readers refuse).

Each example imports into a fresh copy of the coordinator's vault, so no example is
refused merely as the replay of an earlier one; the test counts that both outcomes were
reached."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from monitor_app.cli import main
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.errors import TrialMonitorError, ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    DATE_FIELDS,
    RECORD_TYPES,
    EventDecision,
    Hearing,
    IssuedReport,
    StandardAssessment,
    TrialConclusion,
)
from monitor_app.core.records.value_checks import NUMBER_BOUNDS, check_revision_values, instant
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import IMPORTED, Importer, ImportResult
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests import bundle_tools as bt
from tests.aftermath_cases import enter_ilyashev
from tests.gui.helpers import SLOW
from tests.sync_layers import COORDINATOR_PASSPHRASE, Pairing

EXAMPLES = 30
MISFILED = "record-misfiled"  # imported, but shown by no reader (`readable.misfiled`)
# Fields whose change import refuses for what they point at, not for their value.
ATTACHMENT_LINKS = frozenset({"blob_id", "sha256", "size"})
# Issue 14's kinds name their trial in the body too: filed under another, they are refused
# for where they are filed (before their values are looked at).
PARENT_FIELDS = dict.fromkeys(
    ("sentence", "proceeding", "event-decision", "assessment", "conclusion", "issued-report"),
    "trial_id",
)

instants = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
        lambda d: d.isoformat() + "Z"
    ),
    st.sampled_from(
        [
            "2026-99-99T99:99:99Z",
            "9999-12-31T23:59:59Z",
            "0001-01-01T00:00:00Z",
            "1899-12-31T23:59:59Z",
            "1900-01-01T00:00:00Z",
            "2199-12-31T23:59:59Z",
            "2200-01-01T00:00:00Z",
            "2026-02-29T10:00:00Z",
            "2028-02-29T10:00:00Z",
            "2026-11-24T10:00:00.123456789Z",
            "2026-11-24 10:00:00Z",
            "2026-11-24T10:00:00+05:00",
            "",
        ]
    ),
)
# Calendar dates (issue 14): a day, written "YYYY-MM-DD".
dates = st.one_of(
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.sampled_from(
        [
            "2026-02-30",
            "2026-13-01",
            "0001-01-01",
            "9999-12-31",
            "1899-12-31",
            "1900-01-01",
            "2199-12-31",
            "2200-01-01",
            "2028-02-29",
            "2026-1-1",
            "2026-11-24T10:00:00Z",
            "",
        ]
    ),
)
# A term's parts and days of detention, around their bounds.
term_numbers = st.sampled_from([-1, 0, 5, 100, 101, 1_200, 1_201, 36_600, 36_601, 10**9, True])
zones = st.sampled_from(
    [
        "Asia/Almaty",
        "Europe/Minsk",
        "UTC",
        "Pacific/Kiritimati",
        "America/Adak",
        "Etc/GMT+12",
        "Mars/Olympus_Mons",
        "localtime",
        "../../etc/passwd",
        "",
    ]
)
numbers = st.one_of(
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, -1, 2**40, 2**40 + 1, 2**53, 2**53 + 1]),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
)
strings = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["\x00", "a\x07b", "\r\n", "\u202eevil", "line\nbreak\ttab", "x" * 100_001]),
)
scalars = st.one_of(st.none(), instants, zones, numbers, strings)
values = st.one_of(
    scalars,
    st.lists(scalars, max_size=3),
    st.dictionaries(
        st.text(max_size=5), st.one_of(scalars, st.lists(scalars, max_size=2)), max_size=3
    ),
)


@dataclass
class Scene:
    parts: dict[str, bytes]
    lines: list[dict[str, Any]]
    author: Identity
    coordinator: Vault
    recipient: str
    secret: Path


@pytest.fixture
def scene(
    notebook: Notebook, hearing: Hearing, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> Scene:
    """One record of every kind, sent to the coordinator in one bundle (not imported):
    issue 14's sentence elements and proceedings too, in Ilyashev's case."""
    note = notebook.start_interval(hearing.id, "remote.connection_lost", parties=("defendant",))
    notebook.stop_interval(note.id, court_response="continued")
    notebook.add_attachment(note.id, "door.png", b"\x89PNG closed door")
    notebook.set_checklist_answer(hearing.id, notebook.taxonomy.checklist[0].id, "no")
    enter_ilyashev(notebook)
    # The kinds a coordinator writes (issue 15), as any author may send them.
    trial_id = hearing.trial_id
    for record in (
        EventDecision(trial_id=trial_id, action="confirm", members=(note.id,), note="one"),
        StandardAssessment(trial_id=trial_id, standard="iccpr-14-1", reasoning="why"),
        TrialConclusion(trial_id=trial_id, conclusion="what"),
        IssuedReport(trial_id=trial_id, issued_utc="2026-11-25T10:00:00Z", summary="first"),
    ):
        notebook.save_record(record, parent_id=trial_id, tz="UTC")
    bundle = export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path)
    parts = bt.members(bt.decrypt((tmp_path / bundle.file_name).read_bytes(), coordinator))
    lines = [json.loads(line) for line in parts["revisions.jsonl"].splitlines()]
    coordinator.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    secret = tmp_path / "coordinator-passphrase"
    secret.write_text(COORDINATOR_PASSPHRASE + "\n", encoding="utf-8")
    return Scene(
        parts,
        lines,
        Identity(notebook.vault),
        coordinator,
        Identity(coordinator).age_recipient,
        secret,
    )


def _with_edit(scene: Scene, kind: str, key: str, value: Any, revision_level: bool) -> bytes:
    """The bundle with one more revision: an edit of the newest record of ``kind`` with
    ``key`` set to ``value`` (in its body, or on the revision itself), chained and signed."""
    last_raw = scene.parts["revisions.jsonl"].splitlines()[-1]
    edited = json.loads(json.dumps([line for line in scene.lines if line["kind"] == kind][-1]))
    last = scene.lines[-1]
    edited.update(
        rev_id=hashlib.sha256(repr((kind, key, value)).encode()).hexdigest()[:32],
        number=edited["number"] + 1,
        base=edited["rev_id"],
        author_seq=last["author_seq"] + 1,
        prev_hash=hashlib.sha256(last_raw).hexdigest(),
    )
    (edited if revision_level else edited["body"])[key] = value
    revisions = scene.parts["revisions.jsonl"] + json.dumps(edited, sort_keys=True).encode() + b"\n"
    parts = {**scene.parts, "revisions.jsonl": revisions}
    manifest = bt.manifest_of(scene.parts)
    counted = Counter(line["kind"] for line in [*scene.lines, edited])
    manifest["revisions"] = {
        **manifest["revisions"],
        "count": len(scene.lines) + 1,
        "last_seq": edited["author_seq"],
        "kinds": dict(sorted(counted.items())),
    }
    signed = bt.signed(parts, bt.rehash(manifest, parts), scene.author.signing)
    return bt.encrypt(bt.zip_entries(signed.items()), scene.recipient)


def _rules_say(kind: str, key: str, value: Any, revision_level: bool, line: dict) -> str | None:
    """The problem code the rules an observer's app saves by give the edited revision."""
    if not revision_level and PARENT_FIELDS.get(kind) == key and value != line["parent_id"]:
        return "revision-parent-mismatch"
    body = dict(line["body"]) if revision_level else {**line["body"], key: value}
    tz = value if revision_level and key == "tz" else line["tz"]
    try:
        if revision_level and key == "created_utc":
            if not isinstance(value, str):
                return "revision-field-type"
            instant("created_utc", value)
        if not isinstance(tz, str):
            return "revision-field-type"
        check_revision_values(kind, body, tz)
    except ValidationError as problem:
        return problem.code
    if _names_another_parent(kind, body, line["parent_id"]):
        return MISFILED
    return None


def _names_another_parent(kind: str, body: dict, parent_id: str | None) -> bool:
    """A record of the kinds older than the import's parent rule, naming another trial or
    hearing than it is filed under: imported, and set aside by every reader."""
    if kind == "observation":
        return (body.get("hearing_id") or body.get("trial_id")) != parent_id
    if kind == "checklist":
        return body.get("hearing_id") != parent_id
    return kind == "hearing" and body.get("trial_id") != parent_id


@contextlib.contextmanager
def _fresh_copy(vault: Vault) -> Iterator[Vault]:
    """A copy of ``vault`` (its contacts, no revisions yet), unlocked, for one example."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "vault"
        shutil.copytree(vault.folder, folder)
        with Vault.open(folder) as fresh:
            fresh.unlock(COORDINATOR_PASSPHRASE)
            yield fresh


def _imported(vault: Vault, raw: bytes) -> ImportResult | TrialMonitorError:
    """What the import made of ``raw``: its result, or the core's refusal (anything else
    fails the test)."""
    try:
        return Importer(vault).import_bytes(raw, "edited.age")
    except TrialMonitorError as refused:
        return refused


def _run(capsys: pytest.CaptureFixture[str], vault: Vault, secret: Path, *argv: str) -> str:
    """A coordinator command through the CLI's main(); it must succeed. Returns stdout."""
    capsys.readouterr()
    code = main(["--vault", str(vault.folder), "--passphrase-file", str(secret), *argv])
    out, err = capsys.readouterr()
    assert code == 0, (argv, err)
    assert "could not be read" not in err, (argv, err)
    return out


def _every_command(capsys: pytest.CaptureFixture[str], vault: Vault, scene: Scene) -> None:
    trial_id = next(line["record_id"] for line in scene.lines if line["kind"] == "trial")
    run = functools.partial(_run, capsys, vault, scene.secret)
    assert json.loads(run("dashboard", "--json"))["unreadable"] == 0
    run("observers")
    for command in ("timeline", "sessions", "show"):
        run("trial", command, trial_id)
        run("trial", command, trial_id, "--json")
    run("trial", "list")
    run("hearing", "list", "--trial", trial_id)
    for event in json.loads(run("events", "list", "--trial", trial_id, "--json")):
        run("events", "show", event["id"], "--json")
        run("events", "show", event["id"])
    out = Path(vault.folder).parent / "reports"
    out.mkdir(exist_ok=True)
    for number, fmt in enumerate(("pdf", "csv", "json")):
        run("report", "--trial", trial_id, "--format", fmt, "--out", str(out / f"{number}.{fmt}"))
    for fmt in ("csv", "json"):
        run("report", "--all", "--format", fmt, "--out", str(out / f"all.{fmt}"))


def _every_tab(qtbot: QtBot, vault: Vault) -> None:
    session = VaultSession(vault.folder)
    session.open_unlocked(vault)
    window = CoordinatorWindow(session, AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None and not window.is_loading, timeout=SLOW)
    assert not window.banner.isVisible(), window.banner.text()
    assert not window.unreadable.isVisible(), window.unreadable.text()
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
    window.close()


def test_import_accepts_what_the_rules_accept_and_every_reader_shows_it(
    scene: Scene, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    reached: Counter[str] = Counter()
    fields = {
        kind: [f.name for f in dataclasses.fields(cls) if f.name not in ("id", "revision")]
        for kind, cls in RECORD_TYPES.items()
    }

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(data=st.data())
    def example(data: st.DataObject) -> None:
        kind = data.draw(st.sampled_from(sorted(fields)))
        revision_level = data.draw(st.booleans())
        key = data.draw(st.sampled_from(["tz", "created_utc"] if revision_level else fields[kind]))
        value = data.draw(st.one_of(_specific(key), values) if key in _TYPED else values)
        line = [line for line in scene.lines if line["kind"] == kind][-1]
        expected = _rules_say(kind, key, value, revision_level, line)
        raw = _with_edit(scene, kind, key, value, revision_level)
        with _fresh_copy(scene.coordinator) as vault:
            outcome = _imported(vault, raw)
            if isinstance(outcome, TrialMonitorError):
                assert expected is not None or kind == "attachment", outcome
                assert expected is not None or key in ATTACHMENT_LINKS, outcome
                if expected is None:  # the attachment no longer matches its content
                    reached["refused: attachment link"] += 1
                    return
                assert outcome.code == "revision-invalid", outcome
                assert outcome.params["problem_code"] == expected, outcome
                reached["refused by the rules"] += 1
                return
            assert expected in (None, MISFILED), (expected, key, value)
            assert outcome.status == IMPORTED
            if expected == MISFILED:
                assert CoordinatorIndex.load(vault).unreadable[0].problem.code == MISFILED
                reached["accepted, set aside"] += 1
                return
            reached["accepted"] += 1
            _every_command(capsys, vault, scene)
            _every_tab(qtbot, vault)

    example()
    assert reached["accepted"], reached
    assert reached["refused by the rules"], reached


def _specific(key: str) -> st.SearchStrategy[Any]:
    """Values of a field's own type (and near misses), for a field in `_TYPED`."""
    if key == "tz":
        return zones
    if key in DATE_FIELDS:
        return dates
    if key in NUMBER_BOUNDS:
        return term_numbers
    return instants


# Fields that hold a time, a date, a zone or a bounded number: their own strategy, besides
# any value at all.
_TYPED = frozenset(
    {"tz", "created_utc", "scheduled_start", "scheduled_end", "actual_start", "actual_end"}
    | {"next_date", "at", "end"}
    | set(DATE_FIELDS)
    | set(NUMBER_BOUNDS)
)
