"""Findings by standard (issue 15): figures worked out from events, checked against scenes
counted by hand (one outage two observers logged counts once; a hearing with no private
channel to counsel; two refusals in one hearing are one hearing affected); the same figures
whatever order bundles arrived in and whoever else logged the same thing (hypothesis); the
assessors' words under their own names; the figures across trials by country and period,
and their CSV read back; the seed scenario through real vaults and bundles."""

from __future__ import annotations

import csv
import io
import os
import random
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.assessment import load_trial_assessment, save_assessment
from monitor_app.core.coordination.event_decisions import decided_events
from monitor_app.core.coordination.figures_across import (
    ALL,
    CSV_ALL,
    CSV_COLUMNS,
    UNKNOWN_COUNTRY,
    FiguresAcross,
    Grouping,
    PeriodLength,
    country_key,
    figures_across_trials,
    figures_csv,
    period_key,
    write_figures_csv,
)
from monitor_app.core.coordination.findings import (
    Figure,
    TrialFindings,
    Unit,
    figure_keys,
    figure_label,
    figure_text,
    findings_words,
    load_findings,
    trial_findings,
)
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.trial_links import TrialLink, TrialLinks
from monitor_app.core.errors import ValidationError
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.taxonomy import load_taxonomy
from monitor_app.core.records.timeutil import to_utc_text
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched
from tests.kazakh import not_kazakh

TAXONOMY = load_taxonomy()
A, B, C = "a" * 32, "b" * 32, "c" * 32
COORDINATOR = "d" * 32  # observed no sitting: their decisions apply
MINSK, ALMATY = "Europe/Minsk", "Asia/Almaty"


# ---- scenes built as revisions, as the coordinator's index reads them ----------------------


@dataclass
class Scene:
    """Records of several observers, as revisions: trials, their hearings, observations,
    checklist answers and coordinators' decisions."""

    revisions: list[Revision] = field(default_factory=list)
    links: list[TrialLink] = field(default_factory=list)
    count: int = 0

    def _add(self, kind: str, author: str, parent: str | None, **body: object) -> str:
        self.count += 1
        record_id = f"{kind[:2]}{self.count:030d}"
        self.revisions.append(
            Revision(
                rev_id=f"{record_id}-1", record_id=record_id, kind=kind, parent_id=parent,
                number=1, base=None, author=author, author_seq=self.count,
                created_utc=to_utc_text(datetime(2026, 1, 1, tzinfo=UTC)
                                        + timedelta(seconds=self.count)),
                tz=MINSK, prev_hash=None, deleted=False, reason="", body=body,
            )
        )  # fmt: skip
        return record_id

    def trial(self, author: str, title: str, country: str = "BY") -> str:
        return self._add("trial", author, None, title=title, country=country)

    def hearing(
        self,
        author: str,
        trial: str,
        day: datetime,
        *,
        mode: str = "in-person",
        status: str = "held",
        tz: str = MINSK,
        interpreter: str = "",
    ) -> str:
        return self._add(
            "hearing", author, trial, trial_id=trial, scheduled_start=to_utc_text(day), tz=tz,
            mode=mode, status=status, interpreter=interpreter,
        )  # fmt: skip

    def note(
        self,
        author: str,
        trial: str,
        hearing: str,
        code: str,
        at: datetime,
        end: datetime | None = None,
        *,
        interval: bool | None = None,
        response: str | None = None,
    ) -> str:
        is_interval = end is not None if interval is None else interval
        return self._add(
            "observation", author, hearing, trial_id=trial, hearing_id=hearing, code=code,
            at=to_utc_text(at), interval=is_interval,
            end=to_utc_text(end) if end else None, court_response=response,
        )  # fmt: skip

    def checklist(self, author: str, hearing: str) -> str:
        return self._add(
            "checklist", author, hearing, hearing_id=hearing, question="defendant_could_hear",
            answer="no",
        )  # fmt: skip

    def reject(self, author: str, trial: str, session: str, members: Sequence[str]) -> str:
        return self._add(
            "event-decision", author, trial, trial_id=trial, session=session, action="reject",
            members=list(members),
        )  # fmt: skip

    def link(self, first: str, second: str) -> None:
        self.links.append(TrialLink(first, second, "2026-01-01T00:00:00Z"))

    def index(self, revisions: Sequence[Revision] | None = None) -> CoordinatorIndex:
        return CoordinatorIndex(self.revisions if revisions is None else revisions,
                                self.links, TAXONOMY)  # fmt: skip


def minsk(day: int, hour: int, minute: int, month: int = 11, year: int = 2026) -> datetime:
    """A time in Minsk (UTC+3)."""
    return datetime(year, month, day, hour - 3, minute, tzinfo=UTC)


def almaty(day: int, month: int, hour: int, minute: int, year: int = 2025) -> datetime:
    """A time in Almaty (UTC+5)."""
    return datetime(year, month, day, hour - 5, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Ivanova:
    scene: Scene
    trial: str
    trial_b: str
    ids: dict[str, str]


def ivanova() -> Ivanova:
    """One trial in Belarus, three observers (each with their own trial record, linked),
    counted by hand in `test_figures_by_standard_counted_by_hand`:

    - 24 Nov, remote (Zoom), held: A and B log one connection loss, 10:05-10:25 (A: the
      court went on) and 10:07-10:20 (B: paused); B the video frozen 11:00-11:10 (paused);
      A no private channel to counsel at 10:30; A a free note; C only a checklist answer.
    - 25 Nov, in person, held: A a defence motion refused at 10:00 and access to evidence
      denied at 11:00; B and C the defendant in a cage at 10:01 and 10:02; A and B each
      searched at the door (09:50, 09:51).
    - 26 Nov: A's record says postponed; A logs the postponement at 10:00.
    - 27 Nov: A's record, scheduled; nobody has been there.
    """
    s = Scene()
    trial = s.trial(A, "State v. Ivanova")
    trial_b = s.trial(B, "Ivanova case")
    trial_c = s.trial(C, "Ivanova")
    s.link(trial, trial_b)
    s.link(trial, trial_c)
    own = {A: trial, B: trial_b, C: trial_c}
    ids: dict[str, str] = {}

    def day(observer: str, d: int, **kw: object) -> str:
        return s.hearing(observer, own[observer], minsk(d, 10, 0), **kw)  # type: ignore[arg-type]

    h0 = {o: day(o, 24, mode="remote") for o in (A, B, C)}
    ids["lost_a"] = s.note(A, trial, h0[A], "remote.connection_lost", minsk(24, 10, 5),
                           minsk(24, 10, 25), response="continued")  # fmt: skip
    ids["lost_b"] = s.note(B, trial_b, h0[B], "remote.connection_lost", minsk(24, 10, 7),
                           minsk(24, 10, 20), response="paused")  # fmt: skip
    ids["frozen"] = s.note(B, trial_b, h0[B], "remote.video_frozen", minsk(24, 11, 0),
                           minsk(24, 11, 10), response="paused")  # fmt: skip
    ids["channel"] = s.note(A, trial, h0[A], "counsel.no_private_channel", minsk(24, 10, 30))
    s.note(A, trial, h0[A], "general.note", minsk(24, 10, 40))
    s.checklist(C, h0[C])
    h1 = {o: day(o, 25) for o in (A, B, C)}
    ids["motion"] = s.note(A, trial, h1[A], "equality.defence_motion_refused", minsk(25, 10, 0))
    ids["evidence"] = s.note(A, trial, h1[A], "evidence.access_denied", minsk(25, 11, 0))
    ids["cage_b"] = s.note(B, trial_b, h1[B], "innocence.cage", minsk(25, 10, 1))
    ids["cage_c"] = s.note(C, trial_c, h1[C], "innocence.cage", minsk(25, 10, 2))
    ids["searched_a"] = s.note(A, trial, h1[A], "observer.searched", minsk(25, 9, 50))
    ids["searched_b"] = s.note(B, trial_b, h1[B], "observer.searched", minsk(25, 9, 51))
    h2 = day(A, 26, status="postponed")
    ids["postponed"] = s.note(A, trial, h2, "delay.postponed", minsk(26, 10, 0))
    day(A, 27, status="scheduled")
    return Ivanova(s, trial, trial_b, ids)


def figures(findings: TrialFindings, standard: str) -> dict[str, tuple[int, int | None]]:
    found = findings.standard(standard)
    assert found is not None, standard
    return {f.key: (f.value, f.of) for f in found.figures}


def cited(findings: TrialFindings, standard: str) -> dict[str, tuple[int, ...]]:
    found = findings.standard(standard)
    assert found is not None, standard
    return {f.key: f.events for f in found.figures}


# ---- one trial, counted by hand -------------------------------------------------------------


def test_events_are_numbered_in_time_order() -> None:
    scene = ivanova()
    findings = trial_findings(scene.scene.index(), scene.trial)
    labels = [(n.label, n.event.codes) for n in findings.events]
    assert labels == [
        ("E1", ("remote.connection_lost",)),
        ("E2", ("counsel.no_private_channel",)),
        ("E3", ("remote.video_frozen",)),
        ("E4", ("observer.searched",)),
        ("E5", ("observer.searched",)),
        ("E6", ("equality.defence_motion_refused",)),
        ("E7", ("innocence.cage",)),
        ("E8", ("evidence.access_denied",)),
        ("E9", ("delay.postponed",)),
    ]
    first = findings.event(1)
    assert first.event.seen_by == (2, 3)  # C was there: a checklist answer
    assert (first.date, first.tz) == ("2026-11-24", MINSK)
    assert findings.event(7).event.seen_by == (2, 3)
    assert (findings.hearings, findings.held, findings.called_off) == (4, 2, 1)
    # Either linked trial's id names the same findings.
    assert trial_findings(scene.scene.index(), scene.trial_b) == findings


def test_figures_by_standard_counted_by_hand() -> None:
    scene = ivanova()
    findings = trial_findings(scene.scene.index(), scene.trial)
    # Only the treaty and the Committee's comments: manuals and guidelines are sources.
    assert [s.standard for s in findings.standards] == [
        "ICCPR 7",
        "ICCPR 9(3)",
        "ICCPR 14(1)",
        "ICCPR 14(2)",
        "ICCPR 14(3)(a)",
        "ICCPR 14(3)(b)",
        "ICCPR 14(3)(c)",
        "ICCPR 14(3)(d)",
        "ICCPR 14(3)(e)",
        "ICCPR 14(3)(g)",
        "ICCPR 19",
        "GC32 para 8",
        "GC32 para 13",
        "GC32 para 30",
        "GC32 para 31",
        "GC32 para 32",
        "GC32 para 33",
        "GC32 para 34",
        "GC32 para 35",
        "GC32 para 36",
        "GC32 para 37",
        "GC32 para 38",
        "GC32 para 39",
        "GC32 para 41",
    ]
    # 14(3)(d): the remote link, and counsel. One outage two observers logged is one event;
    # its two intervals merged are 20 minutes, and the frozen video 10 more; the court went
    # on through A's 20 minutes only.
    assert figures(findings, "ICCPR 14(3)(d)") == {
        "events": (3, None),
        "corroborated": (1, 3),
        "hearings_affected": (1, 2),
        "time_lost": (1800, 2),
        "hearings_with_time_lost": (1, 2),
        "time_lost_court_continued": (1200, None),
        "remote_hearings": (1, 2),
        "remote_hearings_with_outages": (1, 1),
        "no_private_consultation": (1, 2),
        "counsel_absent": (0, 2),
    }
    assert cited(findings, "ICCPR 14(3)(d)") == {
        "events": (1, 2, 3),
        "corroborated": (1,),
        "hearings_affected": (1, 2, 3),
        "time_lost": (1, 3),
        "hearings_with_time_lost": (1, 3),
        "time_lost_court_continued": (1,),
        "remote_hearings": (),
        "remote_hearings_with_outages": (1, 3),
        "no_private_consultation": (2,),
        "counsel_absent": (),
    }
    # 14(1): the motion refused; the observers searched are counted apart from the trial's
    # events; a refusal of access to evidence does not bear on 14(1).
    assert figures(findings, "ICCPR 14(1)") == {
        "events": (3, None),
        "corroborated": (0, 3),
        "hearings_affected": (1, 2),
        "time_lost": (0, 2),
        "hearings_with_time_lost": (0, 2),
        "time_lost_court_continued": (0, None),
        "requests_refused": (1, None),
        "hearings_with_requests_refused": (1, 2),
        "public_excluded": (0, 2),
        "observers_obstructed": (1, 2),
    }
    assert cited(findings, "ICCPR 14(1)")["hearings_affected"] == (6,)
    assert cited(findings, "ICCPR 14(1)")["observers_obstructed"] == (4, 5)
    # 14(3)(b): two refusals... one of them bears on it; counsel's channel.
    assert figures(findings, "ICCPR 14(3)(b)") == {
        "events": (2, None),
        "corroborated": (0, 2),
        "hearings_affected": (2, 2),
        "no_private_consultation": (1, 2),
        "counsel_absent": (0, 2),
        "requests_refused": (1, None),
        "hearings_with_requests_refused": (1, 2),
    }
    # The cage, two observers: one event, one hearing.
    assert figures(findings, "ICCPR 14(2)") == {
        "events": (1, None),
        "corroborated": (1, 1),
        "hearings_affected": (1, 2),
        "cage": (1, 2),
        "restraints": (0, 2),
    }
    # The postponement: an event of a hearing not held; the hearings called off are out of
    # those held or called off (the one still scheduled is neither).
    assert figures(findings, "ICCPR 14(3)(c)") == {
        "events": (1, None),
        "corroborated": (0, 1),
        "hearings_affected": (0, 2),
        "hearings_postponed": (1, 3),
    }
    assert cited(findings, "ICCPR 14(3)(c)")["hearings_postponed"] == (9,)
    standard = findings.standard("ICCPR 14(3)(d)")
    assert standard is not None
    assert standard.events == (1, 2, 3)


def test_two_refusals_in_one_hearing_are_one_hearing_affected() -> None:
    s = Scene()
    trial = s.trial(A, "State v. Petrov")
    hearing = s.hearing(A, trial, minsk(3, 10, 0))
    for minute in (0, 40):  # two refusals, 40 minutes apart: two events
        s.note(A, trial, hearing, "equality.defence_witness_refused", minsk(3, 11, minute))
    findings = trial_findings(s.index(), trial)
    assert figures(findings, "ICCPR 14(3)(e)") == {
        "events": (2, None),
        "corroborated": (0, 2),
        "hearings_affected": (1, 1),
        "requests_refused": (2, None),
        "hearings_with_requests_refused": (1, 1),
    }


def test_a_rejected_event_counts_nowhere_and_numbers_close_up() -> None:
    scene = ivanova()
    s = scene.scene
    s.reject(COORDINATOR, scene.trial, f"{scene.trial}:2026-11-24", [scene.ids["frozen"]])
    findings = trial_findings(s.index(), scene.trial)
    assert len(findings.events) == 8
    assert findings.event(3).event.codes == ("observer.searched",)
    counts = figures(findings, "ICCPR 14(3)(d)")
    assert counts["events"] == (2, None)
    assert counts["time_lost"] == (1200, 2)  # the frozen video's 10 minutes are gone
    assert cited(findings, "ICCPR 14(3)(d)")["time_lost"] == (1,)


def test_an_interval_still_open_without_an_end_is_not_measured() -> None:
    s = Scene()
    trial = s.trial(A, "State v. Open")
    hearing = s.hearing(A, trial, minsk(3, 10, 0), mode="remote")
    s.note(A, trial, hearing, "remote.audio_lost", minsk(3, 10, 0), minsk(3, 10, 6))
    s.note(A, trial, hearing, "remote.audio_lost", minsk(3, 12, 0), interval=True)
    findings = trial_findings(s.index(), trial)
    standard = findings.standard("GC32 para 36")
    assert standard is not None
    lost = standard.figure("time_lost")
    assert lost == Figure("time_lost", Unit.SECONDS, 360, 1, (1, 2), unmeasured=1)
    assert figure_text(lost, "en") == (
        "6 min 00 s in all; 6 min 00 s per hearing held; still open, not measured: 1"
    )


def test_free_notes_are_in_no_figure() -> None:
    s = Scene()
    trial = s.trial(A, "State v. Notes")
    hearing = s.hearing(A, trial, minsk(3, 10, 0))
    for minute in range(5):
        s.note(A, trial, hearing, "general.note", minsk(3, 10, minute))
    findings = trial_findings(s.index(), trial)
    assert findings.events == ()
    assert findings.standards == ()
    assert (findings.hearings, findings.held) == (1, 1)  # the notes say someone was there
    across = figures_across_trials(s.index())
    total = across.rows[-1]
    assert [(f.key, f.value) for f in total.figures if f.value] == [("hearings_held", 1)]


def test_hostile_values_break_no_figure() -> None:
    """A hearing of a mode and status no version knows, a trial whose country is no code,
    a condition from a newer taxonomy and a record whose values break the rules: the
    figures are worked out, and the record is counted as unreadable."""
    s = Scene()
    trial = s.trial(A, "State v. Odd", country="=HYPERLINK(1)")
    odd = s.hearing(A, trial, minsk(3, 10, 0), mode="telepathy", status="??")
    s.note(A, trial, odd, "future.thing", minsk(3, 10, 0))
    s.note(A, trial, odd, "innocence.cage", minsk(3, 10, 5))
    s._add("observation", A, odd, trial_id=trial, hearing_id=odd, code="innocence.cage",
           at="not a time")  # fmt: skip
    index = s.index()
    assert len(index.unreadable) == 1
    findings = trial_findings(index, trial)
    assert findings.unreadable == 1
    assert [n.event.codes for n in findings.events] == [("future.thing",), ("innocence.cage",)]
    assert findings.event(1).standards == ()
    assert figures(findings, "ICCPR 14(2)")["cage"] == (1, 1)  # someone was there: held
    across = figures_across_trials(index)
    assert [r.country for r in across.rows] == [UNKNOWN_COUNTRY, ALL]
    assert across.unreadable == 1
    assert "HYPERLINK" not in figures_csv(across)


# ---- across trials ----------------------------------------------------------------------------


def two_countries() -> tuple[Ivanova, str]:
    """Ivanova's trial (Belarus, November 2026) and one in Kazakhstan: 10 March 2025 in
    person with an interpreter, who was absent 10:00-10:30; 5 November 2025 by video link,
    no condition logged (a checklist answer: someone was there)."""
    scene = ivanova()
    s = scene.scene
    trial = s.trial(C, "State v. Nurlanova", country="kz ")
    first = s.hearing(C, trial, almaty(10, 3, 10, 0), tz=ALMATY, interpreter="Ms. Abenova")
    s.note(C, trial, first, "interpretation.interpreter_absent", almaty(10, 3, 10, 0),
           almaty(10, 3, 10, 30))  # fmt: skip
    second = s.hearing(C, trial, almaty(5, 11, 10, 0), tz=ALMATY, mode="remote")
    s.checklist(C, second)
    return scene, trial


def row_figures(
    view: FiguresAcross, country: str, period: str
) -> dict[str, tuple[int, int | None]]:
    row = next(r for r in view.rows if (r.country, r.period) == (country, period))
    return {f.key: (f.value, f.of) for f in row.figures}


def test_figures_across_trials_by_country_and_year() -> None:
    scene, _ = two_countries()
    view = figures_across_trials(scene.scene.index())
    assert [(r.country, r.period, r.trials) for r in view.rows] == [
        ("BY", "2026", 1),
        ("KZ", "2025", 1),
        (ALL, ALL, 2),
    ]
    assert row_figures(view, "BY", "2026") == {
        "events": (9, None),
        "corroborated": (2, 9),
        "hearings_held": (2, None),
        "time_lost": (1800, 2),
        "hearings_with_time_lost": (1, 2),
        "time_lost_court_continued": (1200, None),
        "remote_hearings": (1, 2),
        "remote_hearings_with_outages": (1, 1),
        "no_private_consultation": (1, 2),
        "counsel_absent": (0, 2),
        "requests_refused": (2, None),
        "hearings_with_requests_refused": (1, 2),
        "public_excluded": (0, 2),
        "cage": (1, 2),
        "restraints": (0, 2),
        "no_interpreter": (0, 0),
        "observers_obstructed": (1, 2),
        "hearings_postponed": (1, 3),
    }
    kz = row_figures(view, "KZ", "2025")
    assert kz["hearings_held"] == (2, None)
    assert kz["time_lost"] == (1800, 2)  # the interpreter's absence is time lost
    assert kz["remote_hearings_with_outages"] == (0, 1)
    assert kz["no_interpreter"] == (1, 1)
    total = row_figures(view, ALL, ALL)
    assert total["hearings_held"] == (4, None)
    assert total["time_lost"] == (3600, 4)
    assert total["remote_hearings_with_outages"] == (1, 2)
    assert [f.events for r in view.rows for f in r.figures if f.events] == []  # not numbered


def test_figures_across_trials_by_quarter_and_country_filter() -> None:
    scene, _ = two_countries()
    index = scene.scene.index()
    by_period = figures_across_trials(index, Grouping.PERIOD, PeriodLength.QUARTER)
    assert [(r.country, r.period, r.trials) for r in by_period.rows] == [
        (ALL, "2025-Q1", 1),
        (ALL, "2025-Q4", 1),
        (ALL, "2026-Q4", 1),
        (ALL, ALL, 2),
    ]
    assert row_figures(by_period, ALL, "2025-Q4")["remote_hearings"] == (1, 1)
    by_country = figures_across_trials(index, Grouping.COUNTRY, country=" kz")
    assert by_country.country == "KZ"
    assert [(r.country, r.period) for r in by_country.rows] == [("KZ", ALL), ("KZ", ALL)]
    assert row_figures(by_country, "KZ", ALL)["hearings_held"] == (2, None)
    nowhere = figures_across_trials(index, Grouping.BOTH, country="FR")
    assert [(r.country, r.period, r.trials) for r in nowhere.rows] == [("FR", ALL, 0)]


def test_country_and_period_keys() -> None:
    assert country_key(" by ") == "BY"
    assert [country_key(c) for c in ("", "Belarus", "B1", "=1+1")] == [UNKNOWN_COUNTRY] * 4
    assert period_key("2026-11-24", PeriodLength.YEAR) == "2026"
    assert [period_key(f"2026-{m:02d}-01", PeriodLength.QUARTER) for m in (1, 3, 4, 12)] == [
        "2026-Q1",
        "2026-Q1",
        "2026-Q2",
        "2026-Q4",
    ]


def test_the_csv_reads_back(tmp_path: Path) -> None:
    scene, _ = two_countries()
    view = figures_across_trials(scene.scene.index(), Grouping.COUNTRY)
    path = tmp_path / "figures.csv"
    write_figures_csv(path, view, "ru")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    keys = [k for k in figure_keys(TAXONOMY) if k != "hearings_affected"]
    assert len(rows) == 3 * len(keys)  # BY, KZ and all, each every figure
    by = {r["figure"]: r for r in rows if r["country"] == "BY"}
    assert by["remote_hearings"] == {
        "country": "BY",
        "period": CSV_ALL,
        "trials": "1",
        "figure": "remote_hearings",
        "label": "Заседания с использованием ВКС",  # noqa: RUF001 (Russian)
        "unit": "hearings",
        "value": "1",
        "of": "2",
        "percent": "50.0",
    }
    assert by["time_lost"]["value"] == "1800"
    assert by["time_lost"]["percent"] == ""
    assert by["events"]["of"] == ""
    assert {r["country"] for r in rows} == {"BY", "KZ", CSV_ALL}
    # The same view, written again: the same bytes.
    again = tmp_path / "again.csv"
    write_figures_csv(again, view, "ru")
    assert again.read_bytes() == path.read_bytes()


# ---- the words --------------------------------------------------------------------------------


def test_every_figure_has_a_name_in_every_language() -> None:
    for lang in LANGUAGES:
        words = findings_words(lang)
        assert sorted(words) == sorted(findings_words("en"))
        for key in figure_keys(TAXONOMY):
            assert figure_label(key, lang) != key, (lang, key)
        placeholders = {
            key: sorted(re.findall(r"\{[a-z_]*\}", text)) for key, text in words.items()
        }
        assert placeholders == {
            key: sorted(re.findall(r"\{[a-z_]*\}", text))
            for key, text in findings_words("en").items()
        }, lang
    kazakh, russian = findings_words("kk"), findings_words("ru")
    assert [k for k, text in kazakh.items() if not_kazakh(text, russian[k])] == []
    with pytest.raises(ValidationError):
        findings_words("fr")


def test_figures_read_as_text() -> None:
    assert figure_text(Figure("cage", Unit.HEARINGS, 2, 5), "en") == "2 of 5 (40%)"
    assert figure_text(Figure("cage", Unit.HEARINGS, 0, 0), "ru") == "0 из 0"
    assert figure_text(Figure("events", Unit.EVENTS, 7), "kk") == "7"
    assert figure_text(Figure("time_lost", Unit.SECONDS, 3725, 2), "en") == (
        "1 h 02 min 05 s in all; 31 min 02 s per hearing held"
    )
    assert figure_text(Figure("time_lost", Unit.SECONDS, 0, 0), "en") == "0 s"


# ---- properties ---------------------------------------------------------------------------------

CODES = (
    "remote.connection_lost",
    "remote.audio_lost",
    "counsel.no_private_channel",
    "equality.defence_motion_refused",
    "innocence.cage",
    "public.excluded",
    "interpretation.interpreter_absent",
    "general.note",
)
NOTES = st.lists(
    st.tuples(
        st.sampled_from((A, B, C)),
        st.integers(0, 2),  # the day
        st.sampled_from(CODES),
        st.integers(0, 6 * 3600),  # seconds after 09:00
        st.one_of(st.none(), st.integers(0, 3600)),  # an interval's length
    ),
    max_size=25,
)


def generated(notes: Sequence[tuple[str, int, str, int, int | None]]) -> tuple[Scene, str]:
    """One trial, every observer's record linked; a hearing per observer per day (day 1
    remote, day 2 postponed by A's record)."""
    s = Scene()
    trials = {o: s.trial(o, f"Trial of {o[0]}") for o in (A, B, C)}
    for o in (B, C):
        s.link(trials[A], trials[o])
    hearings = {
        (o, d): s.hearing(
            o, trials[o], minsk(24 + d, 9, 0), mode="remote" if d == 1 else "in-person",
            status="postponed" if (d, o) == (2, A) else "scheduled",
        )
        for o in (A, B, C) for d in range(3)
    }  # fmt: skip
    for observer, d, code, start, length in notes:
        at = minsk(24 + d, 9, 0) + timedelta(seconds=start)
        timing = TAXONOMY.item(code).timing
        interval = timing == "interval" or (timing == "either" and length is not None)
        end = at + timedelta(seconds=length or 0) if interval and length is not None else None
        s.note(observer, trials[observer], hearings[(observer, d)], code, at, end,
               interval=interval)  # fmt: skip
    return s, trials[A]


def counts(findings: TrialFindings) -> dict[tuple[str, str], tuple[int, int | None, int]]:
    return {
        (s.standard, f.key): (f.value, f.of, f.unmeasured)
        for s in findings.standards
        for f in s.figures
    }


@settings(max_examples=60, deadline=None)
@given(NOTES, st.randoms(use_true_random=False))
def test_figures_do_not_depend_on_the_order_bundles_arrived_in(
    notes: list[tuple[str, int, str, int, int | None]], rng: random.Random
) -> None:
    s, trial = generated(notes)
    arrived = list(s.revisions)
    rng.shuffle(arrived)
    first = trial_findings(s.index(), trial)
    second = trial_findings(s.index(arrived), trial)
    assert second == first
    assert figures_across_trials(s.index(arrived)) == figures_across_trials(s.index())


@settings(max_examples=60, deadline=None)
@given(NOTES, st.data())
def test_another_observers_duplicate_changes_no_count(
    notes: list[tuple[str, int, str, int, int | None]], data: st.DataObject
) -> None:
    """Another observer present logs the same condition at the same times as one already
    logged: the same events (one more observer each), the same figures but corroboration."""
    s, trial = generated(notes)
    before = trial_findings(s.index(), trial)
    if not before.events:
        return
    chosen = data.draw(st.sampled_from(before.events))
    member = chosen.event.members[0]
    observation = member.observation
    others = [o for o in (A, B, C) if o != member.observer]
    other = data.draw(st.sampled_from(others))
    assert member.hearing is not None
    day = next(d for d in range(3) if f"2026-11-{24 + d}" == chosen.date)
    hearing = next(
        r.record_id for r in s.revisions
        if r.kind == "hearing" and r.author == other
        and r.body["scheduled_start"] == to_utc_text(minsk(24 + day, 9, 0))
    )  # fmt: skip
    s.note(other, trial, hearing, observation.code,
           datetime.fromisoformat(observation.at),
           datetime.fromisoformat(observation.end) if observation.end else None,
           interval=observation.interval)  # fmt: skip
    after = trial_findings(s.index(), trial)
    assert len(after.events) == len(before.events)
    assert sum(len(n.event.members) for n in after.events) == 1 + sum(
        len(n.event.members) for n in before.events
    )
    changed = {
        key: (counts(before)[key], value)
        for key, value in counts(after).items()
        if counts(before).get(key) != value
    }
    # Only corroboration may change: the event is now seen by one more.
    assert {key[1] for key in changed} <= {"corroborated"}


# ---- real vaults and bundles ------------------------------------------------------------------


def test_the_seed_scenario_one_zoom_outage_counted_once(
    watched: Watched, coordinator: Vault
) -> None:
    """Two observers of one Zoom outage (tests.coordination_scene): one event, seen by 2
    of 2, its 20 minutes counted once; an assessor's words under the assessor's name, and
    another's comment under theirs."""
    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    index = CoordinatorIndex.load(coordinator)
    notebook = Notebook(coordinator)
    events = decided_events(index, watched.trial_a)
    outage = next(e for e in events if e.event.codes == ("remote.connection_lost",))
    save_assessment(
        notebook, index, watched.trial_a, standard="GC32 para 36", concern="serious",
        reasoning="The defendant lost the link for twenty minutes; the court went on.",
        events=[outage.id],
    )  # fmt: skip
    names = {coordinator.observer_id: "Lead assessor"}
    findings = load_findings(coordinator, index, watched.trial_a, names=names)
    (seen,) = [n for n in findings.events if n.event.codes == ("remote.connection_lost",)]
    assert seen.event.seen_by == (2, 2)
    para36 = findings.standard("GC32 para 36")
    assert para36 is not None
    assert figures(findings, "GC32 para 36")["time_lost"] == (1200, 1)
    assert figures(findings, "GC32 para 36")["time_lost_court_continued"] == (1200, None)
    assert figures(findings, "GC32 para 36")["remote_hearings_with_outages"] == (1, 1)
    (text,) = para36.assessments
    assert (text.author, text.name, text.comment) == (
        coordinator.observer_id,
        "Lead assessor",
        False,
    )
    assert (text.concern, text.events, text.events_not_found) == ("serious", (seen.number,), 0)
    assert text.reasoning.startswith("The defendant lost the link")
    assert figures(findings, "ICCPR 14(1)")["public_excluded"] == (1, 1)
    # The assessment read separately says the same.
    assessment = load_trial_assessment(coordinator, index, watched.trial_a, events=events)
    assert (
        trial_findings(index, watched.trial_a, events=events, assessment=assessment, names=names)
        == findings
    )
