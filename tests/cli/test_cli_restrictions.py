"""Issue 14, across cases, from the command line: `trial-monitor restrictions` over the four
seed cases imported from an observer (tests.restrictions_scene), as a table, JSON and CSV,
filtered, public; and `trial-monitor upcoming` over the coordinator's imported records."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ProceedingType
from monitor_app.core.records.terms import today_in
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.aftermath_cases import ALMATY, ILYASHEV, MAMAY, UTEPOVA, ZHEKSEBAEV, SeedCases
from tests.cli.clitools import Result, Run, write_secret
from tests.restrictions_scene import BAN_ENDS, IN_FORCE_BANS, forge_unreadable_ban, send_seed_cases
from tests.sync_layers import COORDINATOR_PASSPHRASE

ON = "2024-01-01"  # tests.restrictions_scene.NOW's day


@pytest.fixture
def seeded(vault: Vault, coordinator: Vault, tmp_path: Path) -> SeedCases:
    return send_seed_cases(vault, coordinator, tmp_path / "bundles")


@pytest.fixture
def coord(seeded: SeedCases, coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


def test_json_lists_every_ban_with_its_end_state_and_detention(coord: Run) -> None:
    done = coord("restrictions", "--on", ON, "--type", "activity-ban", "--json")
    assert done.code == 0, done.err
    view = json.loads(done.out)
    bans = {r["person"]: r for r in view["rows"]}
    assert {p: r["end"] for p, r in bans.items()} == BAN_ENDS
    assert {p for p, r in bans.items() if r["in_force"]} == set(IN_FORCE_BANS)
    assert bans[UTEPOVA]["state"] == "ended"
    assert bans[ILYASHEV]["detention_days"] == 5
    assert view["detention"] == [
        {
            "person": ILYASHEV,
            "trial": "The State v. Alnur Ilyashev",
            "country": "KZ",
            "days": 5,
            "violations": 1,
        }
    ]
    assert view["by_end_year"] == {"2023": 1, "2025": 1, "2026": 1, "2029": 1}


def test_filters_and_the_table(coord: Run) -> None:
    in_force = json.loads(coord("restrictions", "--on", ON, "--in-force", "--json").out)
    assert [r["person"] for r in in_force["rows"]] == [ILYASHEV, ZHEKSEBAEV, MAMAY, MAMAY]
    assert in_force["by_type"] == {"activity-ban": 3, "suspended-sentence": 1}
    assert json.loads(coord("restrictions", "--country", "BY", "--json").out)["rows"] == []
    table = coord("restrictions", "--on", ON, "--in-force", "--lang", "ru")
    assert table.code == 0, table.err
    assert "Лишение права заниматься определённой деятельностью" in table.out
    assert "действует" in table.out
    assert "By end year" in table.out
    assert "Days of detention for alleged violations" in table.out
    refused = coord("restrictions", "--type", "fine")
    assert refused.code != 0
    assert "--on takes a date" in coord("restrictions", "--on", "soon").error_line


def test_csv_file_private_and_public(coord: Run, tmp_path: Path) -> None:
    private = tmp_path / "restrictions.csv"
    done = coord("restrictions", "--on", ON, "--in-force", "--csv", str(private))
    assert done.code == 0, done.err
    assert "Wrote 4 restriction(s) as private CSV" in done.err
    assert private.stat().st_mode & 0o077 == 0
    rows = list(csv.DictReader(io.StringIO(private.read_text(encoding="utf-8"))))
    assert [r["person"] for r in rows] == [ILYASHEV, ZHEKSEBAEV, MAMAY, MAMAY]
    assert coord("restrictions", "--csv", str(private)).code != 0  # it exists: --force
    public = coord("restrictions", "--on", ON, "--public", "--csv", str(private), "--force")
    assert public.code == 0, public.err
    text = private.read_text(encoding="utf-8")
    for name in ("Ilyashev", "Mamay", "Utepova", "Zheksebaev"):
        assert name not in text
    assert {r["person"] for r in csv.DictReader(io.StringIO(text))} == {
        f"Person {n}" for n in range(1, 5)
    }
    listed = json.loads(coord("restrictions", "--public", "--json").out)
    assert ZHEKSEBAEV not in json.dumps(listed, ensure_ascii=False)


def test_an_unreadable_record_is_named_and_left_out(
    coord: Run, coordinator: Vault, seeded: SeedCases
) -> None:
    forged = forge_unreadable_ban(coordinator, seeded)
    done = coord("restrictions", "--on", ON, "--json")
    assert done.code == 0, done.err
    assert len(json.loads(done.out)["rows"]) == 7
    assert f"unreadable sentence {forged[:8]}" in done.err


def test_upcoming_covers_what_the_coordinator_imported(
    coord: Run, vault: Vault, coordinator: Vault, seeded: SeedCases, tmp_path: Path
) -> None:
    """`trial-monitor upcoming` reads the vault's store, where imported records live: a
    deadline an observer noted reaches the coordinator's list with their next bundle."""
    today = today_in(ALMATY, utc_now())
    appeal = Aftermath(Notebook(vault)).add_proceeding(
        seeded.mamay.trial_id,
        ProceedingType.APPEAL,
        defendant=MAMAY,
        deadline=today + timedelta(days=10),
    )
    (contact,) = Contacts(vault).list()
    folder = tmp_path / "later"
    folder.mkdir()
    bundle = export_bundle(vault, [contact], folder)
    (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED, result
    done = coord("upcoming", "--days", "30", "--json")
    assert done.code == 0, done.err
    (item,) = [i for i in json.loads(done.out) if i["record_id"] == appeal.id]
    deadline = (today + timedelta(days=10)).isoformat()
    assert (item["kind"], item["day"], item["defendant"]) == ("deadline", deadline, MAMAY)
    assert item["trial_title"] == "The State v. Zhanbolat Mamay"
