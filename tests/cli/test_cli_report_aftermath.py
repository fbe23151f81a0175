"""Issue 14 from the command line: `report` carries the "Sentence and restrictions" section
in every format, and `report --update-since WHEN` writes an update listing what changed in
it since the report of that date."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ProceedingType, SentenceElementType
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.aftermath_cases import (
    ILYASHEV_BAN_WORDING,
    ILYASHEV_POETRY_ANSWER,
    MAMAY_BAN_WORDING,
    SeedCases,
)
from tests.cli.clitools import Result, Run, write_secret
from tests.pdf_text import needs_pdftotext, pdf_text
from tests.restrictions_scene import send_seed_cases
from tests.sync_layers import COORDINATOR_PASSPHRASE, card_of


@pytest.fixture
def seeded(vault: Vault, coordinator: Vault, tmp_path: Path) -> SeedCases:
    return send_seed_cases(vault, coordinator, tmp_path / "bundles")


@pytest.fixture
def coord(coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


def written(coord: Run, out: Path, *argv: str) -> Result:
    made = coord("report", *argv, "--out", str(out))
    assert made.code == 0, made.err
    return made


@needs_pdftotext
def test_every_format_carries_the_sentence_and_what_followed(
    coord: Run, seeded: SeedCases, vault: Vault, tmp_path: Path
) -> None:
    ilyashev = seeded.ilyashev.trial_id
    pdf = tmp_path / "ilyashev.pdf"
    written(coord, pdf, "--trial", ilyashev, "--format", "pdf")
    text = " ".join(pdf_text(pdf).split())
    assert "Sentence and restrictions" in text
    assert f"“{ILYASHEV_BAN_WORDING}” (verbatim)" in text
    assert f"The court's answer: “{ILYASHEV_POETRY_ANSWER}” (verbatim)" in text
    assert "Days of detention for alleged violations: 5" in text

    russian = tmp_path / "mamay-ru.pdf"
    written(coord, russian, "--trial", seeded.mamay.trial_id, "--format", "pdf", "--lang", "ru")
    text = " ".join(pdf_text(russian).split())
    assert "Приговор и ограничения" in text
    assert "Размещение публикаций в социальных сетях" in text
    assert f"«{MAMAY_BAN_WORDING}» (дословно)" in text
    assert "Срок: 6 г." in text  # noqa: RUF001

    public = tmp_path / "public.json"
    written(coord, public, "--trial", ilyashev, "--format", "json", "--public")
    shown = public.read_text(encoding="utf-8")
    (section,) = json.loads(shown)["sentence_and_restrictions"]
    assert section["detention_days"] == 5
    assert {e["recorded_by"] for e in section["elements"]} == {"Observer 1"}
    for secret in (ilyashev, *seeded.ilyashev.element_ids, vault.observer_id, "Test Observer"):
        assert secret not in shown

    table = tmp_path / "all.csv"
    written(coord, table, "--all", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    bans = [r for r in rows if r["code"] == SentenceElementType.ACTIVITY_BAN]
    assert len(bans) == 4
    assert {r["defendant"] for r in rows if r["section"] == "proceeding"} == {
        "Alnur Ilyashev",
        "Askhat Zheksebaev",
    }


def test_an_update_lists_what_changed_since_the_report(
    coord: Run, seeded: SeedCases, vault: Vault, coordinator: Vault, tmp_path: Path
) -> None:
    case = seeded.zheksebaev
    issued = utc_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    returned = Aftermath(Notebook(vault)).add_proceeding(
        case.trial_id,
        ProceedingType.SITUATION,
        date=date(2024, 5, 1),
        situation="other",
        notes="Granted asylum.",
    )
    contact = next(c for c in Contacts(vault).list() if c.author == card_of(coordinator).author)
    (tmp_path / "later").mkdir()
    bundle = export_bundle(vault, [contact], tmp_path / "later")
    (result,) = Importer(coordinator).import_paths([tmp_path / "later" / bundle.file_name])
    assert result.status == IMPORTED

    changes = tmp_path / "update.csv"
    made = written(
        coord, changes, "--trial", case.trial_id, "--format", "csv", "--update-since", issued
    )
    assert "update (1 trial(s), 1 change(s) since" in made.err
    (row,) = csv.DictReader(io.StringIO(changes.read_text(encoding="utf-8")))
    assert (row["change"], row["what"], row["record_id"]) == (
        "New",
        "The defendant's situation (2024-05-01)",
        returned.id,
    )
    data = tmp_path / "update.json"
    written(coord, data, "--trial", case.trial_id, "--format", "json", "--update-since", issued)
    update = json.loads(data.read_text(encoding="utf-8"))
    assert update["since_utc"] == issued[:19] + "Z"
    assert len(update["sentence_and_restrictions"][0]["proceedings"]) == 3
    # A day long past: everything recorded is news.
    everything = tmp_path / "everything.csv"
    written(coord, everything, "--all", "--format", "csv", "--update-since", "2000-01-01")
    rows = list(csv.DictReader(io.StringIO(everything.read_text(encoding="utf-8"))))
    assert {r["change"] for r in rows} == {"New"}
    assert len(rows) == sum(len(c.element_ids) + len(c.proceeding_ids) for c in seeded.all()) + 1

    refused = coord(
        "report",
        "--trial",
        case.trial_id,
        "--format",
        "csv",
        "--out",
        str(tmp_path / "x"),
        "--update-since",
        "yesterday",
    )
    assert "yesterday" in refused.error_line
    annex = coord(
        "report",
        "--trial",
        case.trial_id,
        "--format",
        "csv",
        "--out",
        str(tmp_path / "y"),
        "--update-since",
        issued,
        "--standard",
        "ICCPR 19",
    )
    assert "leave out --standard" in annex.error_line
