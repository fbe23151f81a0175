"""Coordinator benchmarks (issue 5): a coordinator's vault holding ~100k observations from 50
observers over ~20 trials. Times the import of the 50 bundles, `CoordinatorIndex.load` (the
decrypt-everything step), the dashboard, timeline filters, a trial's report as PDF (and as
DOCX, issue 15; and as issue 15 lays it out: its body, at most ~40 pages in < 2 s, and its
annex of events and chronology, at >= 300 pages/s) and `observer_statuses`, each against
the issue's targets. Prints figures;
asserts nothing (see docs/benchmarks.md).

Building the vault (50 observer vaults filled through `Notebook`, a bundle exported from
each, all imported by the coordinator, the trial records of each trial linked) takes
minutes, so it is cached with --cache DIR and reused until --rebuild or other build options.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_coordinator.py \
         --cache /tmp/coordinator-cache [--repeat 5] [--profile 20] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_sync import note_text, profile, vocabulary

from monitor_app.core.coordination.coordinator_data import (
    load_coordinator_data,
    programme_figures,
)
from monitor_app.core.coordination.dashboard_figures import work_out_dashboard
from monitor_app.core.coordination.dashboard_snapshot import load_snapshot, vault_state
from monitor_app.core.coordination.index import CoordinatorIndex, TimelineFilter
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import (
    Heading,
    ReportDocument,
    report_document,
    report_documents,
)
from monitor_app.core.coordination.reports import trial_report
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import load_taxonomy
from monitor_app.core.records.timeutil import zone
from monitor_app.core.sync.author_state import ITEM_ID as CHAINS_ITEM
from monitor_app.core.sync.author_state import author_chains
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

PASSPHRASE = "benchmark passphrase of decent length"
CACHE_FORMAT = 1  # bump when the data built changes, so old caches are rebuilt
TARGETS_S = {"dashboard": 1.0, "filter": 0.1, "pdf": 2.0, "statuses": 0.5, "tabs": 1.0}
# Issue 15: the report's two parts; issue 16: the coordinator's window on this vault.
TARGETS = {"body_pages": 40, "annex_pages_per_s": 300, "window_mib": 500}

# (country, zone, court) of the trials: where remote and closed trials are watched.
COURTS = (
    ("BY", "Europe/Minsk", "Minsk City Court"),
    ("BY", "Europe/Minsk", "Leninsky District Court of Minsk"),
    ("BY", "Europe/Minsk", "Gomel Regional Court"),
    ("RU", "Europe/Moscow", "Moscow City Court"),
    ("RU", "Europe/Moscow", "Second Western District Military Court"),
    ("RU", "Asia/Yekaterinburg", "Sverdlovsk Regional Court"),
    ("KZ", "Asia/Almaty", "Almaly District Court of Almaty"),
    ("AZ", "Asia/Baku", "Baku Grave Crimes Court"),
    ("TJ", "Asia/Dushanbe", "Supreme Court of Tajikistan"),
    ("GE", "Asia/Tbilisi", "Tbilisi City Court"),
)
CHARGES = (
    "Art. 361-1: participation in an extremist formation",
    "Art. 342: organising actions grossly violating public order",
    "Art. 130: incitement to hatred",
    "Art. 207.3: public dissemination of knowingly false information",
    "Art. 280.3: discrediting the armed forces",
    "Art. 174: money laundering",
)
TITLES = ("Prosecutor v. {d}", "{d} case", "State v. {d}", "Case of {d} ({c})", "{d} et al.")
REASONS = (
    "a prosecution witness did not appear",
    "the judge is ill",
    "the defence asked for time to study the case file",
    "the escort did not bring the defendant",
    "the video link to the detention centre failed",
    "no reason given",
)
PHRASES = (
    "the witness's answer",
    "the judge's ruling on the motion",
    "the prosecutor's questions",
    "the reading of the expert report",
    "the last part of the defendant's statement",
    "a motion to exclude evidence",
    "the transcript of the search",
    "the defence's request for an adjournment",
)
NAMES = (
    "Ivanova", "Kovalenko", "Aliyev", "Nazarbekova", "Petrov", "Sokolova", "Rahimov", "Bondar",
    "Gasimova", "Lebedev", "Tsikhanouski", "Mammadli", "Orlova", "Kuznetsov", "Beridze",
    "Yusupova", "Shevchuk", "Abdullaev", "Makarova", "Volkov",
)  # fmt: skip
WITNESSES = ("Witness K.", "Witness P. (police officer)", "Expert S.", "Witness M. (anonymous)")


def _phrase(rng: random.Random) -> str:
    return rng.choice(PHRASES)


# (taxonomy code, relative weight, the structured fields an observer fills in). Intervals
# follow the item's timing in the taxonomy ("either": now and then an interval).
KINDS: tuple[tuple[str, int, Callable[[random.Random], dict[str, Any]]], ...] = (
    ("general.note", 40, lambda r: {}),
    (
        "remote.connection_lost",
        6,
        lambda r: {
            "who_lost_connection": r.choice(("defendant", "defendant", "defence_counsel")),
            "platform": r.choice(("court_system", "trueconf", "zoom")),
            "what_was_missed": _phrase(r),
        },
    ),
    (
        "remote.audio_lost",
        4,
        lambda r: {"who_affected": "defendant", "platform": r.choice(("court_system", "zoom"))},
    ),
    (
        "remote.audio_unintelligible",
        3,
        lambda r: {"who_affected": r.choice(("defendant", "public"))},
    ),
    (
        "remote.video_frozen",
        3,
        lambda r: {"who_affected": "defendant", "what_was_missed": _phrase(r)},
    ),
    ("remote.defendant_muted", 1, lambda r: {"reason_given": "to keep order"}),
    (
        "participation.defendant_cannot_hear",
        2,
        lambda r: {"cause": r.choice(("glass_box", "noise"))},
    ),
    ("hearing.recess", 4, lambda r: {"reason_given": r.choice(("technical problems", "lunch"))}),
    ("hearing.start_delayed", 2, lambda r: {"reason_given": "the escort was late"}),
    (
        "counsel.no_private_channel",
        3,
        lambda r: {"who_remote": "defendant", "requested": r.random() < 0.5},
    ),
    ("counsel.consultation_blocked", 2, lambda r: {"obstacle": r.choice(("glass_box", "guards"))}),
    (
        "evidence.access_denied",
        3,
        lambda r: {
            "item": r.choice(("expert report", "search video", "phone extraction")),
            "requested_by": "defence_counsel",
            "ruling": r.choice(("refused", "deferred", "no_ruling")),
        },
    ),
    (
        "equality.defence_motion_refused",
        4,
        lambda r: {
            "motion": _phrase(r),
            "reason_given": "not relevant",
            "prosecution_similar_granted": r.random() < 0.3,
        },
    ),
    (
        "equality.cross_examination_limited",
        2,
        lambda r: {"witness": r.choice(WITNESSES), "questions_disallowed": r.randint(1, 12)},
    ),
    ("tribunal.prejudging_remarks", 2, lambda r: {"by_whom": "judge", "what_was_said": _phrase(r)}),
    (
        "public.capacity_limited",
        2,
        lambda r: {"admitted": r.randint(5, 20), "turned_away": r.randint(0, 40)},
    ),
    (
        "public.excluded",
        1,
        lambda r: {"who_excluded": ["press", "public"], "ground_given": "public_order"},
    ),
    ("innocence.cage", 2, lambda r: {"enclosure": "glass_box", "defence_objected": True}),
    ("innocence.restraints", 1, lambda r: {"restraints": ["handcuffs"]}),
    (
        "interpretation.interpreter_absent",
        1,
        lambda r: {"who_affected": "defendant", "language": "Uzbek"},
    ),
    ("observer.devices_restricted", 1, lambda r: {"restricted": ["phone", "laptop"]}),
)
COURT_RESPONSES = ("paused", "continued", "continued", "repeated", "unknown")


# ---- the plan: trials, sessions, who watches what -----------------------------------------


@dataclass(frozen=True)
class Session:
    start: datetime  # UTC
    mode: str
    status: str
    reason: str
    next_start: datetime | None


@dataclass(frozen=True)
class Case:
    number: str
    country: str
    tz: str
    court: str
    defendant: str
    charge: str
    sessions: tuple[Session, ...]


def plan_cases(rng: random.Random, trials: int) -> list[Case]:
    cases = []
    for t in range(trials):
        country, tz, court = COURTS[t % len(COURTS)]
        day = date(2025, 3, 3) + timedelta(days=11 * t)
        starts = []
        for _ in range(rng.randint(25, 55)):
            while day.weekday() >= 5:
                day += timedelta(days=1)
            local = datetime(day.year, day.month, day.day, 10, 0, tzinfo=zone(tz))
            starts.append(local.astimezone(UTC))
            day += timedelta(days=rng.choice((2, 3, 5, 7, 7, 14)))
        sessions = []
        for s, start in enumerate(starts):
            roll = rng.random()
            status = "held" if roll < 0.88 else "postponed" if roll < 0.96 else "adjourned"
            sessions.append(
                Session(
                    start=start,
                    mode=rng.choice(("remote", "remote", "in-person", "hybrid")),
                    status=status,
                    reason=rng.choice(REASONS) if status != "held" else "",
                    next_start=starts[s + 1] if status != "held" and s + 1 < len(starts) else None,
                )
            )
        cases.append(
            Case(
                number=f"1-{101 + 17 * t}/2025",
                country=country,
                tz=tz,
                court=court,
                defendant=f"{rng.choice('ABDEKMNPSTV')}. {NAMES[t % len(NAMES)]}",
                charge=rng.choice(CHARGES),
                sessions=tuple(sessions),
            )
        )
    return cases


def plan_watching(rng: random.Random, observers: int, trials: int) -> list[list[int]]:
    """Which trials each observer watches: 1 to 3, the well-known trials more often. The
    first 2 x trials observers go round-robin so that every trial has at least two."""
    weights = [1 / (t + 1) ** 0.9 for t in range(trials)]
    watching = []
    for i in range(observers):
        picked = [i % trials] if i < 2 * trials else []
        want = rng.choices((1, 2, 3), (3, 5, 2))[0]
        while len(picked) < want:
            t = rng.choices(range(trials), weights)[0]
            if t not in picked:
                picked.append(t)
        watching.append(sorted(picked))
    return watching


@dataclass(frozen=True)
class Event:
    """One thing that happened in a session, as any observer might log it."""

    kind: int
    offset_s: int  # from the session's start
    minutes: int  # length, for an interval
    severity: str | None
    parties: tuple[str, ...]
    response: str
    fields: dict[str, Any]


def make_event(rng: random.Random, length_s: int) -> Event:
    kind = rng.choices(range(len(KINDS)), [w for _, w, _ in KINDS])[0]
    code = KINDS[kind][0]
    return Event(
        kind=kind,
        offset_s=rng.randint(0, length_s),
        minutes=max(1, int(rng.lognormvariate(1.6, 0.9))),
        severity=None if code == "general.note" else rng.choice(("low", "medium", "high")),
        parties=("defendant",) if rng.random() < 0.8 else ("defendant", "defence_counsel"),
        response=rng.choice(COURT_RESPONSES),
        fields=KINDS[kind][2](rng),
    )


def session_events(seed: int, case: int, session: int) -> list[Event]:
    """What happened in one sitting, the same for every observer who was there."""
    rng = random.Random(f"{seed}:{case}:{session}")
    return [make_event(rng, 6 * 3600) for _ in range(40)]


def session_answers(seed: int, case: int, session: int, questions: list[str]) -> dict[str, str]:
    rng = random.Random(f"{seed}:{case}:{session}:checklist")
    asked = rng.sample(questions, 10)
    return {q: rng.choice(("yes", "yes", "no", "unclear")) for q in asked}


# ---- building -------------------------------------------------------------------------


@dataclass(frozen=True)
class ObserverJob:
    index: int
    folder: Path
    bundles: Path
    coordinator_card: bytes
    cases: list[Case]
    watching: list[int]
    observations: int
    seed: int


Hearings = list[tuple[str, int, int, Session]]  # (hearing id, case, session number, session)


def record_trials(
    job: ObserverJob, notebook: Notebook, rng: random.Random
) -> tuple[dict[int, str], Hearings]:
    """The observer's own trial record of each trial they watch, a hearing record of each
    sitting they attended (about 3 in 5: observers take turns) and its checklist."""
    questions = [q.id for q in notebook.taxonomy.checklist]
    trial_ids = {}
    hearings: Hearings = []
    for c in job.watching:
        case = job.cases[c]
        title = rng.choice(TITLES).format(d=case.defendant, c=case.charge.split(":")[0])
        trial = notebook.add_trial(
            title,
            case_number=case.number,
            court=case.court,
            country=case.country,
            defendants=(case.defendant,),
            charges=(case.charge,),
        )
        trial_ids[c] = trial.id
        for s, session in enumerate(case.sessions):
            if rng.random() > 0.6:
                continue
            held = session.status == "held"
            hearing = notebook.add_hearing(
                trial.id, session.start, session.mode, case.tz,
                status=session.status, judges=("Judge A. Ivanova",), language="Russian",
                platform="TrueConf" if session.mode != "in-person" else "",
                venue=f"{case.court}, Courtroom {1 + c % 9}",
                attendance="remote" if session.mode == "remote" else "in-person",
                actual_start=session.start + timedelta(minutes=20) if held else None,
                actual_end=session.start + timedelta(hours=6) if held else None,
                postponement_reason=session.reason, next_date=session.next_start,
            )  # fmt: skip
            hearings.append((hearing.id, c, s, session))
            for question, truth in session_answers(job.seed, c, s, questions).items():
                disagree = rng.random() < 0.12  # observers disagree now and then
                answer = rng.choice(("yes", "no", "unclear")) if disagree else truth
                notebook.set_checklist_answer(hearing.id, question, answer)
    return trial_ids, hearings


def record_observations(
    job: ObserverJob, notebook: Notebook, rng: random.Random, hearings: Hearings
) -> tuple[list[str], int]:
    """~N observations, more in held sittings than in postponed ones: about half of them
    what happened in the sitting (the same events for every observer, each with their own
    clock), the rest the observer's own; intervals started and stopped as in live mode."""
    words = vocabulary()
    weights = [rng.uniform(0.5, 1.5) if h[3].status == "held" else 0.05 for h in hearings]
    per_hearing = [0] * len(hearings)
    for h in rng.choices(range(len(hearings)), weights, k=job.observations):
        per_hearing[h] += 1
    made: list[str] = []
    intervals = 0
    for (hearing_id, c, s, session), count in zip(hearings, per_hearing, strict=True):
        shared = session_events(job.seed, c, s)
        rng.shuffle(shared)
        for n in range(count):
            if n < len(shared) and rng.random() < 0.5:
                event = shared[n]
                offset = event.offset_s + rng.randint(-180, 180)
            else:
                event = make_event(rng, 6 * 3600)
                offset = event.offset_s
            code = KINDS[event.kind][0]
            timing = notebook.taxonomy.item(code).timing
            at = session.start + timedelta(minutes=20, seconds=max(0, offset))
            values: dict[str, Any] = {
                "fields": event.fields,
                "text": note_text(rng, words),
                "parties": event.parties,
                "severity": event.severity,
                "quote": rng.random() < 0.05,
            }
            if rng.random() < 0.03:
                values["source"], values["source_detail"] = "reported", "the defendant's mother"
            if timing == "interval" or (timing == "either" and rng.random() < 0.05):
                opened = notebook.start_interval(hearing_id, code, at, **values)
                end = at + timedelta(minutes=event.minutes)
                notebook.stop_interval(opened.id, end, court_response=event.response)
                made.append(opened.id)
                intervals += 1
            else:
                made.append(notebook.add_observation(hearing_id, code, at, **values).id)
    return made, intervals


def fill_observer(job: ObserverJob) -> dict[str, Any]:
    """One observer's vault: trials, hearings, checklists, observations, 1 in 25 of them
    edited afterwards and 1 in 200 deleted, then a bundle of everything for the
    coordinator. Runs in a worker process; only the bundle is kept."""
    started = time.perf_counter()
    rng = random.Random(f"{job.seed}:observer:{job.index}")
    name = f"Observer {job.index + 1:02d}"
    vault, _ = Vault.create(job.folder, PASSPHRASE, name, kdf=KDF_FLOOR)
    notebook = Notebook(vault, load_taxonomy())
    trial_ids, hearings = record_trials(job, notebook, rng)
    made, intervals = record_observations(job, notebook, rng, hearings)
    edited = rng.sample(made, len(made) // 25)
    for observation_id in edited:
        notebook.update_observation(observation_id, severity="high")
    deleted = rng.sample(made, len(made) // 200)
    for observation_id in deleted:
        notebook.delete(observation_id, "logged twice by mistake")
    fill_s = time.perf_counter() - started
    contact = Contacts(vault).add(KeyCard.from_file_bytes(job.coordinator_card))
    started = time.perf_counter()
    sent = export_bundle(vault, [contact], job.bundles, everything=True)
    export_s = time.perf_counter() - started
    card = Identity(vault).card_file_bytes()
    vault.close()
    shutil.rmtree(job.folder)
    return {
        "index": job.index,
        "name": name,
        "card": card.decode("latin-1"),
        "trial_ids": {str(c): t for c, t in trial_ids.items()},
        "hearings": len(hearings),
        "observations": len(made) - len(deleted),
        "intervals": intervals,
        "edits": len(edited),
        "deletes": len(deleted),
        "revisions": sent.revisions,
        "bundle": sent.file_name,
        "bundle_bytes": (job.bundles / sent.file_name).stat().st_size,
        "fill_s": round(fill_s, 2),
        "export_s": round(export_s, 3),
    }


def build_parameters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "format": CACHE_FORMAT,
        "observers": args.observers,
        "trials": args.trials,
        "observations": args.observations,
        "seed": args.seed,
    }


def build(cache: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The coordinator's vault (cache/coordinator), the same before any import
    (cache/coordinator-empty), the bundles (cache/bundles) and build.json."""
    shutil.rmtree(cache, ignore_errors=True)
    (cache / "bundles").mkdir(parents=True)
    work = cache / "observers"
    work.mkdir()
    total_started = time.perf_counter()
    rng = random.Random(args.seed)
    cases = plan_cases(rng, args.trials)
    watching = plan_watching(rng, args.observers, args.trials)
    coordinator, _ = Vault.create(cache / "coordinator", PASSPHRASE, "Coordinator", kdf=KDF_FLOOR)
    coordinator_card = Identity(coordinator).card_file_bytes()
    jobs = [
        ObserverJob(
            i, work / f"{i:02d}", cache / "bundles", coordinator_card, cases,
            watching[i], args.observations, args.seed,
        )
        for i in range(args.observers)
    ]  # fmt: skip
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        observers = list(pool.map(fill_observer, jobs))
    fill_wall_s = time.perf_counter() - started
    shutil.rmtree(work)
    contacts = Contacts(coordinator)
    for observer in observers:
        contact = contacts.add(KeyCard.from_file_bytes(observer["card"].encode("latin-1")))
        if observer["index"] % 5 == 0:
            contacts.set_real_name(contact.author, f"Real Name {observer['index'] + 1}")
    coordinator.close()
    shutil.copytree(cache / "coordinator", cache / "coordinator-empty")

    coordinator = unlocked(cache / "coordinator")
    bundles = [cache / "bundles" / o["bundle"] for o in observers]
    per_bundle = import_all(coordinator, bundles)
    started = time.perf_counter()
    links = TrialLinks(coordinator)
    linked = 0
    for c in range(args.trials):
        ids = [o["trial_ids"][str(c)] for o in observers if str(c) in o["trial_ids"]]
        for other in ids[1:]:
            links.link(ids[0], other)
            linked += 1
    links_s = time.perf_counter() - started
    coordinator.close()
    built = {
        "parameters": build_parameters(args),
        "built_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "build_total_s": round(time.perf_counter() - total_started, 1),
        "fill_and_export_wall_s": round(fill_wall_s, 1),
        "jobs": args.jobs,
        "observers": observers,
        "watching": watching,
        "cases": [
            {"number": c.number, "country": c.country, "sessions": len(c.sessions)} for c in cases
        ],
        "import_first_s": per_bundle,
        "links": linked,
        "links_s": round(links_s, 2),
    }
    (cache / "build.json").write_text(json.dumps(built, indent=1), encoding="utf-8")
    return built


def unlocked(folder: Path) -> Vault:
    vault = Vault.open(folder)
    vault.unlock(PASSPHRASE)
    return vault


def import_all(vault: Vault, bundles: list[Path]) -> list[float]:
    """Each bundle in turn, as a coordinator imports a folder of them; seconds per bundle."""
    importer = Importer(vault)
    seconds = []
    for bundle in bundles:
        started = time.perf_counter()
        [result] = importer.import_paths([bundle])
        seconds.append(round(time.perf_counter() - started, 4))
        assert result.status == IMPORTED, result
    return seconds


def cached_build(cache: Path, args: argparse.Namespace) -> dict[str, Any]:
    manifest = cache / "build.json"
    if manifest.is_file() and not args.rebuild:
        built: dict[str, Any] = json.loads(manifest.read_text(encoding="utf-8"))
        if built["parameters"] == build_parameters(args):
            built["cached"] = True
            return built
        print("build options differ from the cache's: rebuilding", file=sys.stderr)
    print(f"building the coordinator's vault in {cache} ...", file=sys.stderr)
    built = build(cache, args)
    built["cached"] = False
    return built


# ---- measuring ------------------------------------------------------------------------


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def sampled(call: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    samples, value = [], None
    for _ in range(repeat):
        seconds, value = timed(call)
        samples.append(seconds)
    return samples, value


def figure(samples: list[float]) -> dict[str, Any]:
    """Median and range, in ms (s from 10 s up)."""
    if statistics.median(samples) >= 10:
        return {
            "median_s": round(statistics.median(samples), 2),
            "range_s": [round(min(samples), 2), round(max(samples), 2)],
            "runs": len(samples),
        }
    digits = 2 if statistics.median(samples) < 0.01 else 1
    return {
        "median_ms": round(statistics.median(samples) * 1000, digits),
        "range_ms": [round(min(samples) * 1000, digits), round(max(samples) * 1000, digits)],
        "runs": len(samples),
    }


def target(samples: list[float], limit_s: float) -> dict[str, Any]:
    median = statistics.median(samples)
    return {
        "median_s": round(median, 4),
        "range_s": [round(min(samples), 4), round(max(samples), 4)],
        "target": f"< {limit_s:g} s",
        "met": median < limit_s,
        "x_target": round(median / limit_s, 2),
    }


COLD = """
import json, sys, time
t0 = time.perf_counter()
from monitor_app.core.coordination.coordinator_data import (
    load_coordinator_data,
    programme_figures,
)
from monitor_app.core.coordination.dashboard_figures import work_out_dashboard
from monitor_app.core.coordination.dashboard_snapshot import load_snapshot, vault_state
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.vault.vault import Vault
t1 = time.perf_counter()
vault = Vault.open(__import__("pathlib").Path(sys.argv[1]))
vault.unlock(sys.argv[2])
t2 = time.perf_counter()
index = CoordinatorIndex.load(vault)
t3 = time.perf_counter()
work_out_dashboard(index)
t4 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3]))
"""


def window_to_dashboard(vault: Vault, repeat: int) -> list[float]:
    """The coordinator's window, from being made to its dashboard tab painted with the
    kept figures; each time the reading behind it is let finish (untimed) before the next."""
    from PySide6.QtWidgets import QApplication

    from monitor_app.gui.common import collector
    from monitor_app.gui.common.session import VaultSession
    from monitor_app.gui.common.settings import AppSettings
    from monitor_app.gui.coordinator.window import CoordinatorWindow
    from monitor_app.render.pdf import ensure_gui_application

    ensure_gui_application()
    app = QApplication.instance()
    assert app is not None
    guard = collector.install(app)
    session = VaultSession(vault.folder)
    session.open_unlocked(vault)
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        window = CoordinatorWindow(session, AppSettings())
        window.tabs.setCurrentWidget(window.dashboard)
        window.show()
        app.processEvents()
        samples.append(time.perf_counter() - started)
        assert window.dashboard.summary.text()
        assert window.data is None
        while window.data is None:
            app.processEvents()
            time.sleep(0.01)
        window.close()
        window.deleteLater()
        app.processEvents()
    guard.stop()
    return samples


# The coordinator's window in a fresh process (the benchmark's own holds every trial's index,
# 2 GB, which its collector walks): made N times, each time until every tab shows current
# data (the first trial read, every trial listed; issue 16's "unlock -> every other tab");
# then, its kept figures dropped, every tab visited (the dashboard and the figures across
# trials worked out trial by trial) and a second trial chosen; its peak memory.
WINDOW_OPENING = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common import collector
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.coordinator.window import CoordinatorWindow
from monitor_app.render.pdf import ensure_gui_application

def peak():
    # This process's own peak (VmHWM, KiB): ru_maxrss would carry the benchmark's over
    # from before the exec.
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024

ensure_gui_application()
app = QApplication.instance()
guard = collector.install(app)
vault = Vault.open(Path(sys.argv[1]))
vault.unlock(sys.argv[2])
unlocked = peak()
session = VaultSession(vault.folder)
session.open_unlocked(vault)

def settle(window):
    while window.data is None or window.is_loading or window.programme_busy.is_busy:
        app.processEvents()
        time.sleep(0.002)

openings = []
for _ in range(int(sys.argv[3])):
    started = time.perf_counter()
    window = CoordinatorWindow(session, AppSettings())
    window.tabs.setCurrentWidget(window.timeline)
    window.show()
    while window.data is None or window.is_loading:
        app.processEvents()
        time.sleep(0.002)
    openings.append(time.perf_counter() - started)
    assert window.timeline.rows()
    assert window.sessions.session_combo.count()
    settle(window)
    window.close()
    window.deleteLater()
    app.processEvents()
SealedTable(vault, "derived").delete("dashboard")
window = CoordinatorWindow(session, AppSettings())
window.show()
settle(window)
started = time.perf_counter()
for page in range(window.tabs.count()):
    window.tabs.setCurrentIndex(page)
    settle(window)
combo = window.sessions.trial_combo
combo.setCurrentIndex(combo.count() - 1)  # another trial, read in its turn
settle(window)
print(json.dumps({
    "openings_s": openings,
    "rss_after_unlock_mib": round(unlocked),
    "peak_rss_mib": round(peak()),
    "tabs_and_second_trial_s": round(time.perf_counter() - started, 2),
}))
guard.stop()
"""


def window_opening(folder: Path, repeat: int) -> dict[str, Any]:
    """`WINDOW_OPENING` on a copy of the vault (its kept figures dropped there)."""
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp) / "coordinator"
        shutil.copytree(folder, copy)
        out = subprocess.run(
            [sys.executable, "-P", "-c", WINDOW_OPENING, str(copy), PASSPHRASE, str(repeat)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def cold_runs(folder: Path, repeat: int) -> dict[str, Any]:
    """'Open the dashboard' in a fresh process: imports, open and unlock (KDF floor),
    load, dashboard; the file system cache is warm."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run(  # -P: monitor_app as installed or on PYTHONPATH, not from cwd
            [sys.executable, "-P", "-c", COLD, str(folder), PASSPHRASE],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout))
    parts = ("imports", "open_and_unlock_kdf_floor", "load", "dashboard")
    result = {p: figure([r[i] for r in runs]) for i, p in enumerate(parts)}
    result["load_plus_dashboard"] = figure([r[2] + r[3] for r in runs])
    return result


def pdf_facts(data: bytes, last_section: str = "") -> dict[str, Any]:
    """Pages (pdfinfo) and whether the document's last section heading is on the last
    pages (pdftotext): a layout that gave up partway leaves it out."""
    if shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        return {}
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        info = subprocess.run(["pdfinfo", fh.name], capture_output=True, text=True, check=False)
        pages = next(
            (int(line.split()[1]) for line in info.stdout.splitlines() if line[:6] == "Pages:"), 0
        )
        last = [str(max(1, pages - 3)), str(pages)]
        text = subprocess.run(
            ["pdftotext", "-f", last[0], "-l", last[1], fh.name, "-"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    return {"pages": pages, "ends_with_last_section": bool(last_section) and last_section in text}


def last_section(document: ReportDocument) -> str:
    """The text of the document's last heading (its last section's last group)."""
    return next((b.text for b in reversed(document.blocks) if isinstance(b, Heading)), "")


def body_and_annex(
    index: CoordinatorIndex,
    group_key: str,
    statuses: Any,
    importer: Importer,
    repeat: int,
) -> dict[str, Any]:
    """A trial's report as its two files (issue 15): the body (summary, findings by
    standard, hearings, sentence, provenance) from the model on, and the annex (events,
    chronology, checklists) alone, in pages per second of wall time and of this process's
    CPU time (the machine is shared: CPU time is what the painter itself took)."""
    from monitor_app.render.pdf import pdf_bytes

    model_s, report = sampled(
        lambda: trial_report(index, group_key, statuses, importer, ReportOptions()), repeat
    )
    documents_s, documents = sampled(lambda: report_documents(report, separate_annex=True), repeat)
    body, annex = documents
    body_s, body_pdf = sampled(lambda: pdf_bytes(body, report.title), repeat)
    body_totals = [statistics.median(model_s) + statistics.median(documents_s) + s for s in body_s]
    annex_s: list[float] = []
    annex_cpu_s: list[float] = []
    annex_pdf = b""
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        annex_pdf = pdf_bytes(annex, report.title)
        annex_s.append(time.perf_counter() - wall)
        annex_cpu_s.append(time.process_time() - cpu)
    body_facts = pdf_facts(body_pdf, last_section(body))
    annex_facts = pdf_facts(annex_pdf, last_section(annex))
    annex_pages = annex_facts.get("pages", 0)
    return {
        "entries": len(report.entries),
        "events": len(report.events),
        "standards": len(report.findings),
        "model_trial_report": figure(model_s),
        "report_documents": figure(documents_s),
        "body_pdf": {**figure(body_s), "pdf_bytes": len(body_pdf), **body_facts},
        "body_total": figure(body_totals),
        "annex_pdf": {**figure(annex_s), "pdf_bytes": len(annex_pdf), **annex_facts},
        "annex_pdf_cpu": figure(annex_cpu_s),
        "annex_pages_per_s": round(annex_pages / statistics.median(annex_s)),
        "annex_pages_per_cpu_s": round(annex_pages / statistics.median(annex_cpu_s)),
        "_body_totals": body_totals,
    }


def issued_stage(folder: Path, group_key: str, repeat: int) -> dict[str, Any]:
    """A stage of a trial's report issued (frozen: the ids of its revisions) and rendered
    again from them alone, in a copy of the coordinator's vault (the cached one stays as
    built): what `report issue` and `report --stage` take."""
    from monitor_app.core.coordination.coordinator_data import CoordinatorReading
    from monitor_app.core.coordination.stages import issue_stage, staged_report

    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp) / "coordinator"
        shutil.copytree(folder, copy)
        vault = unlocked(copy)
        taxonomy = load_taxonomy()

        def read() -> CoordinatorReading:
            reading = CoordinatorReading(vault, taxonomy)
            _ = reading.index, reading.statuses  # what `report issue` works from
            return reading

        reading_s, reading = sampled(read, 1)
        issue_s, issued = sampled(lambda: issue_stage(reading, group_key, "preliminary"), 1)
        render_s, report = sampled(lambda: staged_report(vault, issued, taxonomy), repeat)
        vault.close()
    return {
        "reading_index_and_statuses_before_issue": figure(reading_s),
        "issue_stage": figure(issue_s),
        "revisions_frozen": issued.record.snapshot["count"],
        "issued_record_chars": len(json.dumps(issued.record.to_body())),
        "staged_report_from_its_revisions": figure(render_s),
        "entries": len(report.entries),
    }


def at_least(value: float, floor: float, unit: str) -> dict[str, Any]:
    return {"value": value, "target": f">= {floor:g} {unit}", "met": value >= floor}


def at_most(value: float, ceiling: float, unit: str) -> dict[str, Any]:
    return {"value": value, "target": f"<= {ceiling:g} {unit}", "met": value <= ceiling}


def main() -> None:  # noqa: PLR0915 (one benchmark, read top to bottom)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, help="keep the built vault here (default: temp)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--observers", type=int, default=50)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--observations", type=int, default=2000, help="per observer")
    parser.add_argument("--jobs", type=int, default=2, help="processes filling observer vaults")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fast-repeat", type=int, default=30, help="for the ms-scale steps")
    parser.add_argument("--pdf-repeat", type=int, default=3)
    parser.add_argument("--docx-repeat", type=int, default=3)
    parser.add_argument("--cold", type=int, default=3, help="fresh-process dashboard runs")
    parser.add_argument(
        "--import-repeat", type=int, default=0, help="import all bundles again into N fresh copies"
    )
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print top N")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    temp = None
    if args.cache is None:
        temp = tempfile.TemporaryDirectory()
        args.cache = Path(temp.name) / "cache"
    cache: Path = args.cache
    built = cached_build(cache, args)
    observers = built["observers"]
    results: dict[str, Any] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cache": str(cache),
        "cached": built["cached"],
        "data": {
            "observers": len(observers),
            "trials_recorded": sum(len(w) for w in built["watching"]),
            "trials_linked_into": len(built["cases"]),
            "hearings": sum(o["hearings"] for o in observers),
            "observations": sum(o["observations"] for o in observers),
            "intervals": sum(o["intervals"] for o in observers),
            "edits": sum(o["edits"] for o in observers),
            "deletes": sum(o["deletes"] for o in observers),
            "revisions": sum(o["revisions"] for o in observers),
            "bundle_bytes_total": sum(o["bundle_bytes"] for o in observers),
            "vault_bytes": sum(p.stat().st_size for p in (cache / "coordinator").iterdir()),
        },
        "build": {
            "built_utc": built["built_utc"],
            "total_s": built["build_total_s"],
            "fill_and_export_wall_s": built["fill_and_export_wall_s"],
            "jobs": built["jobs"],
            "fill_per_observer_median_s": round(
                statistics.median(o["fill_s"] for o in observers), 2
            ),
            "export_per_observer_median_s": round(
                statistics.median(o["export_s"] for o in observers), 3
            ),
            "links": built["links"],
            "links_s": built["links_s"],
        },
    }
    per_bundle = built["import_first_s"]
    imports: dict[str, Any] = {
        "first_build": {
            "total_s": round(sum(per_bundle), 2),
            "per_bundle_median_s": round(statistics.median(per_bundle), 3),
            "per_bundle_first_last_s": [per_bundle[0], per_bundle[-1]],
            "revisions_per_s": round(results["data"]["revisions"] / sum(per_bundle)),
        }
    }
    if args.import_repeat:
        bundles = [cache / "bundles" / o["bundle"] for o in observers]
        totals = []
        for attempt in range(args.import_repeat):
            target_folder = cache / f"import-{attempt}"
            shutil.rmtree(target_folder, ignore_errors=True)
            shutil.copytree(cache / "coordinator-empty", target_folder)
            vault = unlocked(target_folder)
            totals.append(sum(import_all(vault, bundles)))
            vault.close()
            shutil.rmtree(target_folder)
        imports["again_into_fresh_copies"] = figure(totals)
    results["import_50_bundles"] = imports

    vault = unlocked(cache / "coordinator")
    taxonomy = load_taxonomy()
    profiles: list[tuple[str, str]] = []

    # (1) load, (2) dashboard, (3) both, as the first opening does.
    load_s, index = sampled(lambda: CoordinatorIndex.load(vault, taxonomy), args.repeat)
    dashboard_s, dashboard = sampled(lambda: work_out_dashboard(index), args.repeat)

    def first_opening() -> tuple[CoordinatorIndex, Any]:
        fresh = CoordinatorIndex.load(vault, taxonomy)
        return fresh, work_out_dashboard(fresh)  # the index is freed outside the timing

    first_s, _ = sampled(first_opening, args.repeat)
    # The same in two steps, as the app does it: read (decrypt) every revision once, then
    # the index (and, below, the observers' chain checks) from what was read.
    read_s, revisions = sampled(lambda: RevisionStore(vault).read_all(), args.repeat)
    from_read_s, _ = sampled(lambda: CoordinatorIndex.load(vault, taxonomy, revisions), args.repeat)

    # Every trial read, as "All trials" in the timeline reads them (the dashboard kept).
    def app_opening() -> Any:
        return load_coordinator_data(vault, taxonomy, trial=None)

    app_s, _ = sampled(app_opening, args.repeat)

    # What the window shows before it has read anything: the figures kept at the last
    # reading (just now, above), current since nothing changed.
    def kept_figures() -> Any:
        snapshot = load_snapshot(vault)
        assert snapshot is not None
        assert snapshot.is_current(vault_state(vault, taxonomy))
        return snapshot

    kept_s, _ = sampled(kept_figures, args.fast_repeat)
    window_s = window_to_dashboard(vault, args.repeat)
    one_trial_s, one_trial = sampled(lambda: load_coordinator_data(vault, taxonomy), args.repeat)
    programme_s, _ = sampled(lambda: programme_figures(vault, taxonomy), min(args.repeat, 3))
    opening = window_opening(cache / "coordinator", args.repeat)
    tabs_s = opening.pop("openings_s")
    results["load"] = figure(load_s)
    results["of_which_read_all_revisions"] = figure(read_s)
    results["of_which_index_from_revisions_read"] = figure(from_read_s)
    results["dashboard_on_loaded_index"] = figure(dashboard_s)
    results["open_dashboard_load_plus_dashboard"] = figure(first_s)
    results["reading_of_every_trial_load_coordinator_data_all"] = figure(app_s)
    results["kept_dashboard_figures_read_and_checked"] = figure(kept_s)
    results["open_dashboard_in_app_window_to_dashboard_painted"] = figure(window_s)
    results["window_to_every_tab_current_first_trial_read_fresh_process"] = figure(tabs_s)
    results["reading_of_one_trial_load_coordinator_data"] = {
        **figure(one_trial_s),
        "entries": len(one_trial.index.entries),
    }
    results["figures_across_every_trial_trial_by_trial_programme_figures"] = figure(programme_s)
    results["coordinator_window_memory_fresh_process"] = opening
    if args.cold:
        results["open_dashboard_fresh_process"] = cold_runs(cache / "coordinator", args.cold)
    results["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    results["index"] = {
        "entries": len(index.entries),
        "groups": dashboard.trials,
        "sessions_with_time_lost": len(dashboard.seconds_lost_by_session),
    }

    # (4) timeline filters on a typical and on the biggest trial.
    groups = sorted(index.trial_groups(), key=lambda g: len(index.timeline(g.key)))
    chosen = {"typical": groups[len(groups) // 2], "biggest": groups[-1]}
    filters: dict[str, Any] = {}
    slowest_filter: tuple[list[float], Callable[[], Any]] = ([0.0], lambda: None)
    for which, group in chosen.items():
        entries = index.timeline(group.key)
        observer = sorted(group.observers)[0]
        keeps = {
            "none": None,
            "category_remote": TimelineFilter(categories=frozenset({"remote"})),
            "one_observer": TimelineFilter(observers=frozenset({observer})),
            "severity_high": TimelineFilter(severities=frozenset({"high"})),
        }
        figures: dict[str, Any] = {
            "trial_records": len(group.trials),
            "observers": len(group.observers),
            "sessions": len(index.sessions(group.key)),
            "entries": len(entries),
        }
        for name, keep in keeps.items():
            call = lambda k=keep, g=group: index.timeline(g.key, k)  # noqa: E731
            samples, kept = sampled(call, args.fast_repeat)
            figures[name] = {**figure(samples), "kept": len(kept)}
            if statistics.median(samples) > statistics.median(slowest_filter[0]):
                slowest_filter = (samples, call)
        filters[which] = figures
    results["timeline_filter"] = filters

    # (6) observer statuses; also an input of the report. First as a vault that kept no
    # chains reads them (every chain verified, then kept): by itself, and from the
    # revisions the app has read already. Then from the chains kept, as every later call.
    def without_kept_chains(call: Callable[[], Any]) -> list[float]:
        samples = []
        for _ in range(min(args.repeat, 3)):
            SealedTable(vault, "derived").delete(CHAINS_ITEM)
            seconds, _ = timed(call)
            samples.append(seconds)
        return samples

    first_statuses_s = without_kept_chains(lambda: observer_statuses(vault))
    shared_s = without_kept_chains(lambda: observer_statuses(vault, revisions))
    chains = author_chains(vault)
    assert not chains.verified  # kept, and current
    assert not chains.caught_up
    statuses_s, statuses = sampled(lambda: observer_statuses(vault), args.repeat)
    assert statuses == observer_statuses(vault, revisions)
    results["observer_statuses"] = {**figure(statuses_s), "authors": len(statuses)}
    results["observer_statuses_first_call_nothing_kept"] = figure(first_statuses_s)
    results["observer_statuses_first_call_nothing_kept_revisions_read"] = figure(shared_s)

    # (5) a trial's report: model, document, PDF drawn with Qt; the same document as DOCX.
    from monitor_app.render.docx import docx_bytes
    from monitor_app.render.pdf import ensure_gui_application, pdf_bytes

    ensure_gui_application()
    importer = Importer(vault)
    reports: dict[str, Any] = {}
    pdf_totals: dict[str, list[float]] = {}
    for which, group in chosen.items():
        report_s, report = sampled(
            lambda g=group: trial_report(index, g.key, statuses, importer, ReportOptions()),
            args.repeat,
        )
        document_s, document = sampled(lambda r=report: report_document(r), args.repeat)
        pdf_s, pdf = sampled(lambda d=document, r=report: pdf_bytes(d, r.title), args.pdf_repeat)
        pdf_totals[which] = [
            statistics.median(report_s) + statistics.median(document_s) + s for s in pdf_s
        ]
        docx_s, docx = sampled(
            lambda d=document, r=report: docx_bytes(d, r.title), args.docx_repeat
        )
        docx_totals = [
            statistics.median(report_s) + statistics.median(document_s) + s for s in docx_s
        ]
        reports[which] = {
            "entries": len(report.entries),
            "sessions": len(report.sessions),
            "trial_report": figure(report_s),
            "report_document": {**figure(document_s), "blocks": len(document.blocks)},
            "pdf_bytes": {
                **figure(pdf_s),
                "pdf_bytes": len(pdf),
                **pdf_facts(pdf, last_section(document)),
            },
            "total": figure(pdf_totals[which]),
            "docx_bytes": {**figure(docx_s), "docx_bytes": len(docx)},
            "docx_total": figure(docx_totals),
        }
    results["trial_pdf"] = reports
    # The report as issue 15 lays it out: its body and its annex, each a file of its own.
    staged = body_and_annex(index, chosen["typical"].key, statuses, importer, args.pdf_repeat)
    body_totals = staged.pop("_body_totals")
    results["report_body_and_annex_typical_trial"] = staged
    results["issued_stage_typical_trial"] = issued_stage(
        cache / "coordinator", chosen["typical"].key, args.pdf_repeat
    )

    results["targets"] = {
        "issue_16": {
            "unlock_to_dashboard_painted_kept_figures": target(window_s, TARGETS_S["dashboard"]),
            "unlock_to_every_other_tab_current": target(tabs_s, TARGETS_S["tabs"]),
            "observer_statuses": target(statuses_s, TARGETS_S["statuses"]),
            "peak_memory_of_the_window": at_most(
                opening["peak_rss_mib"], TARGETS["window_mib"], "MiB"
            ),
            "import_and_export": "bench/bench_sync.py prints these three",
        },
        "open_dashboard_load_plus_dashboard": target(first_s, TARGETS_S["dashboard"]),
        "open_dashboard_in_app": target(window_s, TARGETS_S["dashboard"]),
        "timeline_filter_slowest_of_above": target(slowest_filter[0], TARGETS_S["filter"]),
        "pdf_typical_trial": target(pdf_totals["typical"], TARGETS_S["pdf"]),
        "pdf_biggest_trial": target(pdf_totals["biggest"], TARGETS_S["pdf"]),
        "observer_statuses": target(statuses_s, TARGETS_S["statuses"]),
        "report_body_typical_trial": target(body_totals, TARGETS_S["pdf"]),
        "report_body_pages_typical_trial": at_most(
            staged["body_pdf"].get("pages", 0), TARGETS["body_pages"], "pages"
        ),
        "annex_pages_per_s_typical_trial": at_least(
            staged["annex_pages_per_s"], TARGETS["annex_pages_per_s"], "pages/s"
        ),
    }
    if args.profile:
        biggest = chosen["biggest"].key
        report = trial_report(index, biggest, statuses, importer, ReportOptions())
        document = report_document(report)
        typical_document = report_document(
            trial_report(index, chosen["typical"].key, statuses, importer, ReportOptions())
        )
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("CoordinatorIndex.load", lambda: CoordinatorIndex.load(vault, taxonomy)),
            ("load_coordinator_data, every trial", app_opening),
            ("load_coordinator_data, one trial", lambda: load_coordinator_data(vault, taxonomy)),
            ("dashboard", index.dashboard),
            ("timeline, slowest filter", slowest_filter[1]),
            ("observer_statuses", lambda: observer_statuses(vault)),
            (
                "trial_report, biggest trial",
                lambda: trial_report(index, biggest, statuses, importer, ReportOptions()),
            ),
            ("report_document, biggest trial", lambda: report_document(report)),
            ("pdf_bytes, biggest trial", lambda: pdf_bytes(document, report.title)),
            ("pdf_bytes, typical trial", lambda: pdf_bytes(typical_document, "typical")),
            ("docx_bytes, typical trial", lambda: docx_bytes(typical_document, "typical")),
        ]
        profiles = [(name, profile(call, args.profile)) for name, call in steps]
    vault.close()
    print(json.dumps(results, indent=2, ensure_ascii=False))
    for name, text in profiles:
        print(f"\n==== profile: {name} ====\n{text}")
    if temp is not None:
        temp.cleanup()


if __name__ == "__main__":
    main()
