"""The after-the-verdict commands (issue 14), run in-process through ``main``: ``sentence
add|edit|delete|list|show``, ``proceeding add|edit|delete|list|show`` and ``upcoming``, with
a real vault. Ilyashev's case entered by hand as an observer would type it; dates read
strictly; a coordinator cannot change an observer's records; plain refusals."""

from __future__ import annotations

import json
import re
import shlex
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.records.terms import add_term, today_in
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.vault.vault import Vault
from tests.aftermath_cases import (
    ALMATY,
    ILYASHEV,
    ILYASHEV_BAN_WORDING,
    ILYASHEV_EVENT,
    ILYASHEV_POETRY_ANSWER,
    ILYASHEV_POETRY_REQUEST,
    SeedCase,
)
from tests.cli.clitools import Result, add_hearing, write_secret
from tests.cli.conftest import Run
from tests.restrictions_scene import send_seed_cases
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def trial(cli: Run) -> str:
    """Ilyashev's trial, with its verdict hearing in Almaty (the zone its records take)."""
    trial = cli(
        "trial", "add", "--title", "The State v. Alnur Ilyashev", "--country", "KZ",
        "--defendant", ILYASHEV,
    ).id  # fmt: skip
    add_hearing(cli, trial, "2020-06-22T15:00", "remote", "--tz", ALMATY, "--type", "verdict")
    return trial


def add_ban(cli: Run, trial: str, *extra: str) -> Result:
    return cli(
        "sentence", "add", "--trial", trial, "--defendant", ILYASHEV, "--element", "activity-ban",
        *extra,
    )  # fmt: skip


def almaty_today() -> date:
    return today_in(ALMATY, utc_now())


def test_ilyashevs_ban_clarification_and_violation(cli: Run, trial: str) -> None:
    ban = add_ban(
        cli, trial,
        "--activity", "social-activism", "--activity", "associations",
        "--activity", "social-media",
        "--judgment-court", "Medeu District Court of Almaty", "--judgment-date", "2020-06-22",
        "--start", "2020-06-22", "--term", "5y", "--wording", ILYASHEV_BAN_WORDING,
    ).id  # fmt: skip
    clarification = cli(
        "proceeding", "add", "--trial", trial, "--type", "clarification", "--sentence", ban,
        "--date", "2020-10-15", "--request", "May he recite poetry?",
        "--answer", ILYASHEV_POETRY_ANSWER,
    ).id  # fmt: skip
    hearing = add_hearing(
        cli, trial, "2021-12-17T11:00", "in-person", "--tz", ALMATY, "--type", "ban-violation"
    ).id
    violation = cli(
        "proceeding", "add", "--trial", trial, "--type", "violation", "--sentence", ban,
        "--hearing", hearing, "--date", "2021-12-17", "--conduct", "event",
        "--conduct-detail", ILYASHEV_EVENT, "--outcome", "detention", "--detention-days", "5",
    ).id  # fmt: skip

    shown = cli("sentence", "show", ban)
    assert shown.code == 0, shown.err
    assert "Ban on engaging in activities" in shown.out
    assert f"“{ILYASHEV_BAN_WORDING}”" in shown.out
    assert "2025-06-22" in shown.out
    assert "5 years" in shown.out
    assert "ICCPR 19" in shown.out
    assert "HRC GC 34" in shown.out
    assert "Administrative detention (5 days)" in shown.out

    data = json.loads(cli("sentence", "show", ban, "--json").out)
    assert data["sentence"]["wording"] == ILYASHEV_BAN_WORDING
    assert data["sentence"]["activities"] == ["social-activism", "associations", "social-media"]
    assert data["sentence"]["term"]["end"] == "2025-06-22"
    assert data["sentence"]["term"]["in_force"] is False
    assert data["sentence"]["revision"]["tz"] == ALMATY
    assert [p["id"] for p in data["proceedings"]] == [clarification, violation]
    assert data["proceedings"][0]["answer"] == ILYASHEV_POETRY_ANSWER
    assert data["proceedings"][1]["detention_days"] == 5
    assert data["proceedings"][1]["defendant"] == ILYASHEV  # from the element

    listed = cli("proceeding", "list", "--trial", trial)
    assert listed.out.index(clarification) < listed.out.index(violation)
    assert "Alleged violation of a restriction" in listed.out
    russian = cli("proceeding", "list", "--trial", trial, "--lang", "ru")
    assert "Административный арест (5 days)" in russian.out
    as_json = json.loads(cli("proceeding", "list", "--trial", trial, "--json").out)
    assert [(p["proceeding_type"], p["hearing_id"]) for p in as_json] == [
        ("clarification", None),
        ("violation", hearing),
    ]


def test_sentence_list_shows_ends_and_days_left(cli: Run, trial: str) -> None:
    today = almaty_today()
    start = today - timedelta(days=10)
    running = add_ban(cli, trial, "--start", start.isoformat(), "--term", "1y2m").id
    ended = cli(
        "sentence", "add", "--trial", trial, "--defendant", ILYASHEV,
        "--element", "restricted-freedom", "--start", "2020-06-22", "--term", "3y",
    ).id  # fmt: skip
    pardoned = cli(
        "sentence", "add", "--trial", trial, "--defendant", ILYASHEV, "--element", "travel-ban",
        "--start", start.isoformat(), "--end", "2199-12-31",
    ).id  # fmt: skip
    pardon = cli(
        "proceeding", "add", "--trial", trial, "--type", "pardon", "--sentence", pardoned,
        "--date", today.isoformat(), "--outcome", "granted",
    ).id  # fmt: skip

    table = cli("sentence", "list", "--trial", trial)
    assert table.code == 0, table.err
    lines = {line.split()[0]: line for line in table.out.splitlines()[1:]}
    end = add_term(start, 1, 2)
    assert end.isoformat() in lines[running]
    left = re.search(r"in force, (\d+) days left", lines[running])
    assert left is not None
    # Today in Almaty, give or take the midnight the command may have run across.
    assert int(left.group(1)) in {(end - today).days, (end - today).days - 1}
    assert "1 year 2 months" in lines[running]
    assert lines[ended].rstrip().endswith("ended")
    assert "2023-06-22" in lines[ended]
    assert "ended early (Pardon)" in lines[pardoned]

    data = {e["id"]: e for e in json.loads(cli("sentence", "list", "--trial", trial, "--json").out)}
    assert data[running]["term"]["in_force"] is True
    assert data[ended]["term"] == {
        "end": "2023-06-22", "in_force": False, "days_left": data[ended]["term"]["days_left"],
        "ended_by": None,
    }  # fmt: skip
    assert data[pardoned]["term"]["ended_by"] == pardon
    assert data[running]["label"] == "Ban on engaging in activities"
    kazakh = cli("sentence", "list", "--trial", trial, "--lang", "kk")
    assert "Бас бостандығын шектеу" in kazakh.out


def test_upcoming(cli: Run, trial: str) -> None:
    today = almaty_today()
    add_hearing(
        cli, trial, f"{today + timedelta(days=3)}T10:00", "in-person", "--tz", ALMATY,
        "--type", "ban-violation",
    )  # fmt: skip
    ban = add_ban(
        cli, trial, "--start", (today - timedelta(days=100)).isoformat(),
        "--end", (today + timedelta(days=40)).isoformat(),
    ).id  # fmt: skip
    appeal = cli(
        "proceeding", "add", "--trial", trial, "--type", "appeal",
        "--deadline", (today + timedelta(days=10)).isoformat(),
    ).id  # fmt: skip

    result = cli("upcoming")
    assert result.code == 0, result.err
    assert "hearing ban-violation" in result.out
    assert "deadline Appeal" in result.out
    assert ban not in result.out  # 40 days away
    assert appeal in result.out
    assert ILYASHEV in result.out

    items = json.loads(cli("upcoming", "--days", "45", "--json").out)
    assert [item["kind"] for item in items] == ["hearing", "deadline", "term-end"]
    assert items[2]["record_id"] == ban
    assert items[2]["label"] == "Ban on engaging in activities"
    assert items[1]["days_away"] in {9, 10}  # the run may cross Almaty's midnight
    assert json.loads(cli("upcoming", "--days", "0", "--json").out) == []
    russian = cli("upcoming", "--lang", "ru")
    assert "Апелляция" in russian.out


def test_upcoming_with_nothing_coming(cli: Run) -> None:
    result = cli("upcoming")
    assert (result.code, result.out) == (0, "(none)\n")


# ---- edit, show, delete ---------------------------------------------------------------


def shown_element(cli: Run, element: str) -> Any:
    return json.loads(cli("sentence", "show", element, "--json").out)["sentence"]


def test_editing_an_element_changes_its_end(cli: Run, trial: str) -> None:
    ban = add_ban(
        cli, trial, "--activity", "journalism", "--start", "2020-02-29", "--term", "5y"
    ).id
    assert shown_element(cli, ban)["term"]["end"] == "2025-02-28"

    edited = cli("sentence", "edit", ban, "--term", "6y", "--judgment-court", "Medeu Court")
    assert (edited.code, edited.out) == (0, f"Saved sentence element {ban} (revision 2).\n")
    element = shown_element(cli, ban)
    assert element["term"]["end"] == "2026-02-28"
    assert (element["years"], element["judgment_court"]) == (6, "Medeu Court")
    assert element["activities"] == ["journalism"]  # what was not given is kept
    assert element["revision"]["number"] == 2

    # A day the judgment names wins over the term; "" clears it again.
    cli("sentence", "edit", ban, "--end", "2024-12-31")
    assert shown_element(cli, ban)["term"]["end"] == "2024-12-31"
    cli("sentence", "edit", ban, "--end", "")
    assert shown_element(cli, ban)["term"]["end"] == "2026-02-28"
    cli("sentence", "edit", ban, "--term", "")
    cleared = shown_element(cli, ban)
    assert (cleared["years"], cleared["term"]["end"]) == (0, None)

    # No longer a ban: the activities it banned go with it (the history keeps them).
    cli("sentence", "edit", ban, "--element", "fine", "--amount", "500 MCI")
    fine = shown_element(cli, ban)
    assert (fine["element"], fine["activities"], fine["amount"]) == ("fine", [], "500 MCI")
    assert fine["label"] == "Fine"


def test_editing_a_proceeding_and_showing_it(cli: Run, trial: str) -> None:
    ban = add_ban(cli, trial, "--start", "2020-06-22", "--term", "5y").id
    clarification = cli(
        "proceeding", "add", "--trial", trial, "--type", "clarification", "--sentence", ban,
        "--date", "2020-10-15", "--request", ILYASHEV_POETRY_REQUEST,
    ).id  # fmt: skip
    edited = cli(
        "proceeding", "edit", clarification, "--answer", ILYASHEV_POETRY_ANSWER,
        "--outcome", "other", "--brought-by", ILYASHEV,
    )  # fmt: skip
    assert edited.out == f"Saved proceeding {clarification} (revision 2).\n"

    shown = cli("proceeding", "show", clarification)
    assert shown.code == 0, shown.err
    assert "Request for clarification of the sentence" in shown.out
    assert f"“{ILYASHEV_POETRY_REQUEST}”" in shown.out
    assert f"“{ILYASHEV_POETRY_ANSWER}”" in shown.out
    assert f"{ban} (Ban on engaging in activities, ended)" in shown.out

    data = json.loads(cli("proceeding", "show", clarification, "--json").out)
    assert data["proceeding"]["id"] == clarification
    assert data["proceeding"]["answer"] == ILYASHEV_POETRY_ANSWER
    assert data["proceeding"]["request"] == ILYASHEV_POETRY_REQUEST
    assert data["proceeding"]["defendant"] == ILYASHEV  # from the element
    assert data["proceeding"]["revision"]["number"] == 2
    assert data["proceeding"]["label"] == "Request for clarification of the sentence"
    assert data["sentence"]["id"] == ban
    assert data["sentence"]["term"]["end"] == "2025-06-22"
    russian = json.loads(cli("proceeding", "show", clarification, "--json", "--lang", "ru").out)
    assert russian["proceeding"]["label"] != data["proceeding"]["label"]

    # A violation turned into an appeal: the conduct and the days of detention go with it.
    violation = cli(
        "proceeding", "add", "--trial", trial, "--type", "violation", "--sentence", ban,
        "--conduct", "event", "--conduct-detail", ILYASHEV_EVENT, "--outcome", "detention",
        "--detention-days", "5",
    ).id  # fmt: skip
    cli("proceeding", "edit", violation, "--type", "appeal", "--outcome", "upheld")
    appeal = json.loads(cli("proceeding", "show", violation, "--json").out)["proceeding"]
    assert (appeal["proceeding_type"], appeal["conduct"], appeal["conduct_detail"]) == (
        "appeal",
        "",
        "",
    )
    assert (appeal["outcome"], appeal["detention_days"]) == ("upheld", 0)
    standalone = cli("proceeding", "add", "--trial", trial, "--type", "pardon").id
    assert json.loads(cli("proceeding", "show", standalone, "--json").out)["sentence"] is None


@pytest.mark.parametrize("kind", ["sentence", "proceeding"])
def test_deleting_leaves_a_tombstone_with_the_reason(cli: Run, trial: str, kind: str) -> None:
    ban = add_ban(cli, trial).id
    appeal = cli("proceeding", "add", "--trial", trial, "--type", "appeal").id
    record = ban if kind == "sentence" else appeal
    words = "sentence element" if kind == "sentence" else "proceeding"

    deleted = cli(kind, "delete", record, "--reason", "Entered twice")
    assert deleted.out == f"Deleted {words} {record}. Its history is kept.\n"
    listed = json.loads(cli(kind, "list", "--trial", trial, "--json").out)
    assert record not in [r["id"] for r in listed]
    gone = f"No {kind} with id {record}."
    assert gone in cli(kind, "show", record).error_line
    history = cli("note", "history", record)
    assert f"created ({words})" in history.out
    assert "DELETED — reason: Entered twice" in history.out
    revisions = json.loads(cli("note", "history", record, "--json").out)
    assert [(r["deleted"], r["reason"]) for r in revisions] == [
        (False, ""),
        (True, "Entered twice"),
    ]
    assert gone in cli(kind, "delete", record, "--reason", "again").error_line


# ---- a coordinator and an observer's records ------------------------------------------


@pytest.fixture
def coordinators_ilyashev(vault: Vault, coordinator: Vault, tmp_path: Path) -> SeedCase:
    """The seed cases, entered by the observer (``vault``) and imported by the coordinator."""
    return send_seed_cases(vault, coordinator, tmp_path / "bundles").ilyashev


@pytest.fixture
def coord(coordinator: Vault, tmp_path: Path, run_cli: Run) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("sentence edit BAN --term 7y", "sentence"),
        ("sentence delete BAN --reason mine-now", "sentence"),
        ("proceeding edit VIOLATION --outcome warning", "proceeding"),
        ("proceeding delete CLARIFICATION --reason mine-now", "proceeding"),
    ],
)
def test_only_the_author_changes_or_deletes_a_record(
    coord: Run, coordinators_ilyashev: SeedCase, typed: str, kind: str
) -> None:
    case = coordinators_ilyashev
    names = {
        "BAN": case.ban_id,
        "VIOLATION": case.violation_id,
        "CLARIFICATION": case.clarification_id,
    }
    before = coord("sentence", "show", case.ban_id, "--json").out
    refused = coord(*(names.get(word, word) for word in typed.split()))
    assert (
        f"This {kind} was recorded by someone else: only its author can change or delete it. "
        "Nothing was saved."
    ) in refused.error_line
    assert coord("sentence", "show", case.ban_id, "--json").out == before


# ---- refusals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--start", "2026-02-30", "The date --start ('2026-02-30') is not a real day."),
        ("--start", "2026-2-3", "The date --start ('2026-2-3') is not written as a date"),
        ("--judgment-date", "24.11.2026", "--judgment-date ('24.11.2026') is not written"),
        ("--end", "1899-12-31", "1900"),
        ("--term", "five years", "The term 'five years' is not written as a term"),
        ("--term", "0d", "is not written as a term"),
    ],
)
def test_a_bad_date_or_term_is_one_plain_line(
    cli: Run, trial: str, option: str, value: str, words: str
) -> None:
    result = add_ban(cli, trial, option, value)
    assert words in result.error_line
    assert json.loads(cli("sentence", "list", "--trial", trial, "--json").out) == []


# Each refusal as typed: TRIAL is the trial, OTHER another with no defendant, BAN its ban,
# APPEAL a pending appeal in it.
CORE_REFUSALS = {
    "Only an activity ban names banned activities": "sentence add --trial TRIAL "
    "--defendant D --element fine --activity journalism",
    "That element of the sentence belongs to another trial": "proceeding add --trial OTHER "
    "--type appeal --sentence BAN",
    "Days of detention go with the outcome 'detention' only": "proceeding add --trial TRIAL "
    "--type violation --detention-days 5 --outcome warning",
    "the defendant's name is missing": "proceeding add --trial OTHER --type appeal",
    "The term cannot end before it starts": "sentence add --trial TRIAL --defendant D "
    "--element travel-ban --start 2026-03-01 --end 2026-02-28",
    "detention_days must be a whole number from 0 to 36600": "proceeding add --trial TRIAL "
    "--type violation --outcome detention --detention-days 99999",
    "Only proceedings for a violation name the conduct alleged": "proceeding add "
    "--trial TRIAL --type appeal --conduct post",
    "No record with id": "sentence show 00000000000000000000000000000000",
}
EDIT_REFUSALS = {
    "Only an activity ban names banned activities (this element is 'fine')": "sentence edit "
    "BAN --element fine --activity journalism",
    "The term cannot end before it starts.": "sentence edit BAN --start 2026-03-01 "
    "--end 2026-02-28",
    "The date --deadline ('2026-13-01') is not a real day.": "proceeding edit APPEAL "
    "--deadline 2026-13-01",
    "Days of detention go with the outcome 'detention' only.": "proceeding edit APPEAL "
    "--detention-days 5",
    "Nothing to change: give at least one option": "sentence edit BAN",
    "No record with id 00000000000000000000000000000000.": "proceeding edit "
    "00000000000000000000000000000000 --notes x",
    "No sentence with id": "sentence delete APPEAL --reason typo",  # a proceeding's id
    "Give a reason for the deletion": "proceeding delete APPEAL --reason ' '",
}


@pytest.mark.parametrize(
    ("words", "typed"), [*CORE_REFUSALS.items(), *EDIT_REFUSALS.items()], ids=str
)
def test_refusals_of_the_core_are_plain_lines(cli: Run, trial: str, words: str, typed: str) -> None:
    names = {
        "TRIAL": trial,
        "OTHER": cli("trial", "add", "--title", "Another").id,
        "BAN": add_ban(cli, trial).id,
        "APPEAL": cli("proceeding", "add", "--trial", trial, "--type", "appeal").id,
    }
    argv = [names.get(word, word) for word in shlex.split(typed)]
    assert words in cli(*argv).error_line


@pytest.mark.parametrize(
    "argv",
    [
        ("sentence", "add", "--trial", "T", "--defendant", "D"),  # --element is required
        ("sentence", "add", "--trial", "T", "--defendant", "D", "--element", "flogging"),
        ("proceeding", "add", "--trial", "T", "--type", "violation", "--detention-days", "-1"),
        ("proceeding", "add", "--trial", "T", "--type", "appeal", "--outcome", "maybe"),
        ("upcoming", "--days", "\u0665"),
        ("upcoming", "--days", "-3"),
        ("sentence", "edit", "X", "--element", "flogging"),
        ("sentence", "delete", "X"),  # --reason is required
        ("proceeding", "edit", "X", "--detention-days", "5 days"),
        ("proceeding", "delete", "X", "--reason"),
        ("proceeding", "show"),
    ],
)
def test_usage_errors_exit_2(run_cli: Run, argv: tuple[str, ...]) -> None:
    result = run_cli(*argv)
    assert result.code == 2
    assert "Traceback" not in result.err
