"""Issue 15's findings by standard from the command line, over the seed scene (two observers
of one Zoom outage, their trial records linked): `trial-monitor findings` as a person reads
it (English and Russian) and as JSON, with an assessor's words under their name; and
`trial-monitor figures` as a table, JSON and a CSV file read back."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest

from monitor_app.core.coordination.assessment import save_assessment
from monitor_app.core.coordination.event_decisions import decided_events
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from tests.assessment_scene import linked_index
from tests.cli.clitools import Result, Run, write_secret
from tests.coordination_scene import Watched
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(watched: Watched, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    index = linked_index(coordinator, watched)
    outage = next(
        e for e in decided_events(index, watched.trial_a)
        if e.event.codes == ("remote.connection_lost",)
    )  # fmt: skip
    save_assessment(
        Notebook(coordinator), index, watched.trial_a, standard="GC32 para 36",
        concern="grave", reasoning="Twenty minutes without the defendant.\nThe court went on.",
        events=[outage.id],
    )  # fmt: skip
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


def test_findings_as_json(coord: Run, watched: Watched, coordinator: Vault) -> None:
    done = coord("findings", "--trial", watched.trial_b, "--json")
    assert done.code == 0, done.err
    found = json.loads(done.out)
    assert [e["label"] for e in found["events"]] == ["E1", "E2"]
    outage, excluded = found["events"]
    assert outage["codes"] == ["remote.connection_lost"]
    assert outage["seen_by"] == [2, 2]
    assert excluded["seen_by"] == [1, 2]
    para36 = next(s for s in found["standards"] if s["standard"] == "GC32 para 36")
    figures = {f["key"]: (f["value"], f["of"], f["events"]) for f in para36["figures"]}
    assert figures["time_lost"] == (1200, 1, [1])
    assert figures["corroborated"] == (1, 1, [1])
    (text,) = para36["assessments"]
    assert text["author"] == coordinator.observer_id
    assert (text["concern"], text["events"], text["comment"]) == ("grave", [1], False)
    assert [s["standard"] for s in found["standards"]] == [
        "ICCPR 14(1)",
        "ICCPR 14(3)(d)",
        "GC32 para 28",
        "GC32 para 29",
        "GC32 para 36",
    ]


def test_findings_as_people_read_them(coord: Run, watched: Watched) -> None:
    done = coord("findings", "--trial", watched.trial_a)
    assert done.code == 0, done.err
    out = done.out
    assert "Hearings: 1 in all, 1 held, 0 postponed, adjourned or cancelled" in out
    assert "Video-link hearings with outages" in out
    assert "1 of 1 (100%)" in out
    assert "20 min 00 s in all; 20 min 00 s per hearing held" in out
    assert "Assessment by " in out
    assert "Grave concern" in out
    assert "    Twenty minutes without the defendant.\n    The court went on.\n" in out
    assert "Events relied on: E1" in out
    assert "Not assessed yet." in out  # the other standards
    assert "E1     2026-11-24 10:05\u201310:25 Europe/Minsk" in out
    assert "seen by 2 of 2 observers present" in out
    russian = coord("findings", "--trial", watched.trial_a, "--lang", "ru")
    assert russian.code == 0, russian.err
    assert "Заседания по ВКС со сбоями связи" in russian.out  # noqa: RUF001 (Russian)
    assert "Крайне серьёзная обеспокоенность" in russian.out
    missing = coord("findings", "--trial", "0" * 32)
    assert missing.code == 1
    assert "Traceback" not in missing.err


def test_figures_across_trials(coord: Run, tmp_path: Path) -> None:
    done = coord("figures", "--by", "country", "--json")
    assert done.code == 0, done.err
    view = json.loads(done.out)
    assert [(r["country"], r["period"], r["trials"]) for r in view["rows"]] == [
        ("BY", "", 1),
        ("", "", 1),
    ]
    by = {f["key"]: (f["value"], f["of"]) for f in view["rows"][0]["figures"]}
    assert by["events"] == (2, None)
    assert by["public_excluded"] == (1, 1)
    assert by["remote_hearings_with_outages"] == (1, 1)
    table = coord("figures", "--period", "quarter")
    assert table.code == 0, table.err
    assert "BY · 2026-Q4 · trials: 1" in table.out
    assert "Hearings held by video link" in table.out
    assert json.loads(coord("figures", "--country", "KZ", "--json").out)["rows"][0]["trials"] == 0
    target = tmp_path / "figures.csv"
    written = coord("figures", "--csv", str(target), "--lang", "kk")
    assert written.code == 0, written.err
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    cage = next(r for r in rows if r["country"] == "BY" and r["figure"] == "cage")
    assert cage["period"] == "2026"
    assert cage["label"] == "Сотталушы торда немесе шыны кабинада болған сот отырыстары"
    assert (cage["value"], cage["of"], cage["percent"]) == ("0", "1", "0.0")
    again = coord("figures", "--csv", str(target))
    assert again.code == 1
    assert "already exists" in again.err
    assert coord("figures", "--csv", str(target), "--force").code == 0
    assert coord("figures", "--by", "decade").code == 2
