"""The record commands of the CLI, run in-process through ``main``: trials, hearings, notes,
outages, the checklist, the taxonomy and verify. Vault-level commands (init, passwd,
recover) and failure modes are in test_cli_vault.py; real subprocesses in
test_cli_subprocess.py."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from monitor_app import __version__
from tests.cli.clitools import Result, add_hearing, add_note, set_answer
from tests.cli.conftest import Run, Scene

# ---- no vault needed ------------------------------------------------------------------


def test_version(run_cli: Run) -> None:
    result = run_cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"trial-monitor {__version__}"


def test_usage_errors_exit_2(run_cli: Run) -> None:
    # No command at all starts the desktop app (tests/gui/test_main_window.py).
    assert run_cli("no-such-command").code == 2
    result = run_cli("trial", "add")  # --title is required
    assert result.code == 2
    assert "--title" in result.err
    assert "Traceback" not in result.err


def test_taxonomy_list_needs_no_vault(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("--vault", str(tmp_path / "nowhere"), "taxonomy", "list")
    assert result.code == 0, result.err
    assert "remote.connection_lost" in result.out
    assert "Connection lost" in result.out
    assert not (tmp_path / "nowhere").exists()


def test_taxonomy_list_json_and_russian(run_cli: Run) -> None:
    categories = json.loads(run_cli("taxonomy", "list", "--json").out)
    codes = {item["code"] for category in categories for item in category["items"]}
    assert "remote.connection_lost" in codes
    lost = next(
        item
        for category in categories
        for item in category["items"]
        if item["code"] == "remote.connection_lost"
    )
    assert lost["participation_loss"] is True
    assert "what_was_missed" in {f["key"] for f in lost["fields"]}
    russian = run_cli("taxonomy", "list", "--lang", "ru")
    assert russian.code == 0
    assert "Связь" in russian.out or "связ" in russian.out


# ---- trials ---------------------------------------------------------------------------


def test_trial_add_list_show_edit_delete(cli: Run) -> None:
    trial = cli(
        "trial",
        "add",
        "--title",
        "Case of Ivanov",
        "--case-number",
        "1-23/2026",
        "--court",
        "District court",
        "--country",
        "ru",
        "--defendant",
        "I. Ivanov",
        "--defendant",
        "P. Petrov",
        "--charge",
        "Art. 280",
    ).id

    listed = cli("trial", "list")
    assert listed.code == 0
    assert trial in listed.out
    assert "Case of Ivanov" in listed.out

    [record] = json.loads(cli("trial", "list", "--json").out)
    assert record["id"] == trial
    assert record["kind"] == "trial"
    assert record["country"] == "RU"
    assert record["defendants"] == ["I. Ivanov", "P. Petrov"]
    assert record["revision"]["number"] == 1
    assert record["revision"]["created_utc"].endswith("Z")

    shown = cli("trial", "show", trial)
    assert "1-23/2026" in shown.out
    assert "I. Ivanov; P. Petrov" in shown.out
    assert "Hearings" in shown.out
    assert "Delay" in shown.out

    edited = cli("trial", "edit", trial, "--title", "Case of I. Ivanov", "--charge", "Art. 205")
    assert edited.code == 0, edited.err
    data = json.loads(cli("trial", "show", trial, "--json").out)
    assert data["trial"]["title"] == "Case of I. Ivanov"
    assert data["trial"]["charges"] == ["Art. 205"]
    assert data["trial"]["defendants"] == ["I. Ivanov", "P. Petrov"]  # untouched
    assert data["trial"]["revision"]["number"] == 2
    assert data["hearings"] == []
    assert data["delay"]["hearings"] == 0

    assert cli("trial", "edit", trial).error_line.endswith("(see --help).")

    deleted = cli("trial", "delete", trial, "--reason", "entered twice")
    assert deleted.code == 0
    assert json.loads(cli("trial", "list", "--json").out) == []
    assert "No trial" in cli("trial", "show", trial).error_line
    history = cli("note", "history", trial)
    assert "DELETED — reason: entered twice" in history.out


def test_delete_needs_a_reason_and_the_right_kind(cli: Run, scene: Scene) -> None:
    assert cli("trial", "delete", scene.trial).code == 2
    assert "No trial" in cli("trial", "delete", scene.hearing, "--reason", "x").error_line
    assert "No hearing" in cli("hearing", "show", scene.trial).error_line


def test_a_core_refusal_is_one_line_of_plain_english(cli: Run) -> None:
    """The core raises a code and params; the CLI prints the code's English words, with the
    value filled in (the GUI translates the same code)."""
    refused = cli("trial", "add", "--title", "T", "--country", "Belarus")
    assert refused.error_line == (
        "trial-monitor: error: Country must be a two-letter ISO code such as RU or BY "
        "(got 'Belarus')."
    )


# ---- hearings -------------------------------------------------------------------------


def test_hearing_times_are_read_and_shown_in_its_zone(cli: Run, scene: Scene) -> None:
    data = json.loads(cli("hearing", "show", scene.hearing, "--json").out)
    hearing = data["hearing"]
    assert hearing["scheduled_start"] == "2026-11-24T07:00:00Z"
    assert hearing["tz"] == "Europe/Moscow"
    assert hearing["local"]["scheduled_start"] == "2026-11-24T10:00:00+03:00"
    assert data["totals"]["observations"] == 0

    shown = cli("hearing", "show", scene.hearing)
    assert "2026-11-24 10:00 Europe/Moscow" in shown.out
    assert "Zoom" in shown.out
    assert "The defendant could not follow  0 s" in shown.out

    listed = cli("hearing", "list", "--trial", scene.trial)
    assert scene.hearing in listed.out
    assert "2026-11-24 10:00 Europe/Moscow" in listed.out


def test_hearing_with_offset_and_default_zone(
    cli: Run, scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Almaty")
    hearing = add_hearing(
        cli,
        scene.trial,
        "2026-12-01T09:30+03:00",
        "in-person",
        "--venue",
        "Room 12",
        "--judge",
        "Judge A",
        "--judge",
        "Judge B",
        "--type",
        "verdict",
        "--language",
        "Russian",
        "--attendance",
        "in-person",
    ).id
    record = json.loads(cli("hearing", "show", hearing, "--json").out)["hearing"]
    assert record["tz"] == "Asia/Almaty"
    assert record["scheduled_start"] == "2026-12-01T06:30:00Z"
    assert record["judges"] == ["Judge A", "Judge B"]
    assert record["hearing_type"] == "verdict"
    assert [
        h["id"] for h in json.loads(cli("hearing", "list", "--trial", scene.trial, "--json").out)
    ] == [scene.hearing, hearing]


def test_hearing_edit_postpone_and_trial_delay(cli: Run, scene: Scene) -> None:
    edited = cli(
        "hearing",
        "edit",
        scene.hearing,
        "--actual-start",
        "2026-11-24T10:40",
        "--actual-end",
        "2026-11-24T12:00",
        "--status",
        "held",
        "--venue",
        "Room 3",
    )
    assert edited.code == 0, edited.err
    record = json.loads(cli("hearing", "show", scene.hearing, "--json").out)["hearing"]
    assert record["actual_start"] == "2026-11-24T07:40:00Z"
    assert record["status"] == "held"
    assert record["revision"]["number"] == 2

    later = add_hearing(cli, scene.trial, "2026-12-08T10:00", "hybrid", "--tz", "Europe/Moscow").id
    postponed = cli(
        "hearing",
        "postpone",
        later,
        "--reason",
        "prosecutor ill",
        "--requested-by",
        "prosecution",
        "--next",
        "2027-01-15T10:00",
    )
    assert postponed.code == 0, postponed.err

    data = json.loads(cli("trial", "show", scene.trial, "--json").out)
    delay = data["delay"]
    assert delay["hearings"] == 2
    assert delay["held"] == 1
    [postponement] = delay["postponements"]
    assert postponement["reason"] == "prosecutor ill"
    assert postponement["requested_by"] == "prosecution"
    assert postponement["next_date"] == "2027-01-15T07:00:00Z"
    assert postponement["local"]["next_date"] == "2027-01-15T10:00:00+03:00"

    shown = cli("trial", "show", scene.trial)
    assert "prosecutor ill" in shown.out
    assert "2027-01-15 10:00 Europe/Moscow" in shown.out
    assert "Postponements    1" in shown.out

    assert cli("hearing", "delete", later, "--reason", "wrong trial").code == 0
    assert cli("hearing", "list", "--trial", scene.trial).out.count("Europe/Moscow") == 1


def test_hearing_input_errors(cli: Run, scene: Scene) -> None:
    bad_date = add_hearing(cli, scene.trial, "24/11/2026", "remote")
    assert "is not a date and time" in bad_date.error_line
    bad_zone = add_hearing(cli, scene.trial, "2026-11-24T10:00", "remote", "--tz", "Mars/Olympus")
    assert "Unknown time zone" in bad_zone.error_line
    no_trial = add_hearing(cli, "0" * 32, "2026-11-24T10:00", "remote")
    assert "0" * 32 in no_trial.error_line
    backwards = cli("hearing", "edit", scene.hearing, "--end", "2026-11-24T09:00")
    assert "before" in backwards.error_line
    assert add_hearing(cli, scene.trial, "2026-11-24T10:00", "carrier-pigeon").code == 2


# ---- notes ----------------------------------------------------------------------------


def test_note_add_list_show(cli: Run, scene: Scene) -> None:
    note = add_note(
        cli,
        scene.hearing,
        "remote.connection_lost",
        "--at",
        "2026-11-24T10:15",
        "--end",
        "2026-11-24T10:27",
        "--party",
        "defendant",
        "--severity",
        "high",
        "--court-response",
        "continued",
        "--field",
        "who_lost_connection=defendant",
        "--field",
        "what_was_missed=a ruling",
        "--text",
        "The screen went black.\nThe judge went on reading.",
    ).id
    point = add_note(
        cli,
        scene.hearing,
        "general.note",
        *("--at", "2026-11-24T10:05", "--text", "Judge said: enough."),
        *("--quote", "--reported-by", "a relative"),
    ).id

    listed = cli("note", "list", "--hearing", scene.hearing)
    assert listed.out.index(point) < listed.out.index(note)  # time order
    assert "AT (Europe/Moscow)" in listed.out
    assert "10:15" in listed.out
    assert "10:27" in listed.out

    records = json.loads(cli("note", "list", "--hearing", scene.hearing, "--json").out)
    lost = next(r for r in records if r["id"] == note)
    assert lost["at"] == "2026-11-24T07:15:00Z"
    assert lost["local"]["end"] == "2026-11-24T10:27:00+03:00"
    # A value for the retired "who was affected" field is taken as a party (taxonomy 2026.2).
    assert lost["fields"] == {"what_was_missed": "a ruling"}
    assert lost["parties"] == ["defendant"]
    assert lost["interval"] is True
    quoted = next(r for r in records if r["id"] == point)
    assert quoted["quote"] is True
    assert quoted["source"] == "reported"
    assert quoted["source_detail"] == "a relative"

    shown = cli("note", "show", note)
    assert "remote.connection_lost — Connection lost" in shown.out
    assert "2026-11-24 10:15 Europe/Moscow" in shown.out
    assert "The screen went black.\n" in shown.out  # multi-line text keeps its lines
    assert "Field what_was_missed" in shown.out
    assert "Attachments" in shown.out

    data = json.loads(cli("note", "show", note, "--json").out)
    assert data["observation"]["id"] == note
    assert data["attachments"] == []

    totals = json.loads(cli("hearing", "show", scene.hearing, "--json").out)["totals"]
    assert (totals["observations"], totals["notes"]) == (1, 1)  # the note counted apart
    assert totals["seconds_lost"] == 12 * 60
    assert totals["seconds_defendant_could_not_follow"] == 12 * 60
    assert totals["seconds_continued_regardless"] == 12 * 60


def test_note_about_a_whole_trial(cli: Run, scene: Scene) -> None:
    note = cli(
        *("note", "add", "--trial", scene.trial, "--code", "general.note"),
        *("--text", "Case file not served"),
    ).id
    records = json.loads(cli("note", "list", "--trial", scene.trial, "--json").out)
    assert [r["id"] for r in records] == [note]
    assert records[0]["hearing_id"] is None
    assert cli("note", "list", "--hearing", scene.hearing, "--json").out.strip() == "[]"
    # --trial must name a trial, not a hearing
    assert (
        "No trial"
        in cli("note", "add", "--trial", scene.hearing, "--code", "general.note").error_line
    )
    assert cli("note", "add", "--code", "general.note").code == 2  # needs --hearing or --trial


def test_note_edit_merges_fields(cli: Run, scene: Scene) -> None:
    note = add_note(
        cli,
        scene.hearing,
        "remote.connection_lost",
        *("--at", "2026-11-24T10:15"),
        *("--field", "who_lost_connection=defendant", "--field", "what_was_missed=a ruling"),
    ).id
    assert (
        cli(
            "note",
            "edit",
            note,
            "--field",
            "what_was_missed=the verdict",
            "--text",
            "new text",
            "--severity",
            "low",
        ).code
        == 0
    )
    record = json.loads(cli("note", "show", note, "--json").out)["observation"]
    assert record["fields"] == {"what_was_missed": "the verdict"}
    assert record["parties"] == ["defendant"]  # the retired field's value, as a party
    assert record["text"] == "new text"
    assert record["severity"] == "low"

    assert cli("note", "edit", note, "--field", "what_was_missed=", "--severity", "").code == 0
    record = json.loads(cli("note", "show", note, "--json").out)["observation"]
    assert record["fields"] == {}
    assert record["severity"] is None
    assert record["revision"]["number"] == 3

    assert cli("note", "edit", note, "--at", "2026-11-24T10:10").code == 0
    record = json.loads(cli("note", "show", note, "--json").out)["observation"]
    assert record["at"] == "2026-11-24T07:10:00Z"  # read in the hearing's zone


def test_note_input_errors(cli: Run, scene: Scene) -> None:
    def add(code: str, *extra: str) -> Result:
        return add_note(cli, scene.hearing, code, *extra)

    assert "Unknown condition code" in add("remote.teleport_failed").error_line
    assert "not a date and time" in add("general.note", "--at", "yesterday").error_line
    unknown_key = add("remote.connection_lost", "--field", "colour=red")
    assert "Unknown field 'colour'" in unknown_key.error_line
    bad_value = add("remote.connection_lost", "--field", "platform=martian")
    assert "martian" in bad_value.error_line
    assert "Severity" in add("general.note", "--severity", "apocalyptic").error_line
    assert "party" in add("general.note", "--party", "aliens").error_line
    no_equals = add("general.note", "--field", "justtext")
    assert no_equals.code == 2
    assert "KEY=VALUE" in no_equals.err
    backwards = add(
        "remote.connection_lost", "--at", "2026-11-24T10:30", "--end", "2026-11-24T10:00"
    )
    assert "cannot end before" in backwards.error_line
    assert "0" * 32 in cli("note", "show", "0" * 32).error_line
    assert "0" * 32 in cli("note", "list", "--hearing", "0" * 32).error_line
    assert json.loads(cli("note", "list", "--hearing", scene.hearing, "--json").out) == []


def test_note_delete_and_history(cli: Run, scene: Scene) -> None:
    note = add_note(
        cli, scene.hearing, "general.note", "--at", "2026-11-24T10:05", "--text", "first words"
    ).id
    assert cli("note", "edit", note, "--text", "second words").code == 0
    assert cli("note", "delete", note, "--reason").code == 2
    deleted = cli("note", "delete", note, "--reason", "wrong hearing")
    assert deleted.code == 0, deleted.err

    assert "No observation" in cli("note", "show", note).error_line
    assert json.loads(cli("note", "list", "--hearing", scene.hearing, "--json").out) == []
    assert "No observation" in cli("note", "delete", note, "--reason", "again").error_line

    history = cli("note", "history", note)
    assert history.code == 0
    lines = history.out.splitlines()
    assert lines[0].startswith("#1  ")
    assert "UTC" in lines[0]
    assert "Europe/Moscow" in lines[0]
    assert "(you)" in lines[0]
    assert "created (note)" in history.out
    assert "text: first words → second words" in history.out
    assert "DELETED — reason: wrong hearing" in history.out

    revisions = json.loads(cli("note", "history", note, "--json").out)
    assert [r["number"] for r in revisions] == [1, 2, 3]
    assert revisions[1]["changes"] == {"text": {"old": "first words", "new": "second words"}}
    assert revisions[2]["deleted"] is True
    assert revisions[2]["reason"] == "wrong hearing"
    assert revisions[1]["base"] == revisions[0]["rev_id"]
    assert revisions[0]["local"].endswith("+03:00")


def test_attachments(cli: Run, scene: Scene, tmp_path: Path) -> None:
    note = add_note(cli, scene.hearing, "general.note").id
    source = tmp_path / "screenshot.png"
    content = bytes(range(256)) * 40
    source.write_bytes(content)

    attachment = cli("note", "attach", note, str(source)).id
    shown = cli("note", "show", note)
    assert attachment in shown.out
    assert "screenshot.png" in shown.out
    assert "image/png" in shown.out
    [listed] = json.loads(cli("note", "show", note, "--json").out)["attachments"]
    assert listed["id"] == attachment
    assert listed["size"] == len(content)

    out = tmp_path / "out" / "copy.png"
    out.parent.mkdir()
    written = cli("note", "attachment", attachment, "--out", str(out))
    assert written.code == 0, written.err
    assert written.out == ""
    assert out.read_bytes() == content
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["copy.png"]  # no temp file left

    out.write_bytes(b"keep me")
    refused = cli("note", "attachment", attachment, "--out", str(out))
    assert "already exists" in refused.error_line
    assert out.read_bytes() == b"keep me"
    assert cli("note", "attachment", attachment, "--out", str(out), "--force").code == 0
    assert out.read_bytes() == content

    missing = cli("note", "attach", note, str(tmp_path / "absent.png"))
    assert "Cannot read" in missing.error_line
    assert "0" * 32 in cli("note", "attachment", "0" * 32, "--out", str(tmp_path / "x")).error_line


# ---- outages --------------------------------------------------------------------------


def test_outage_start_list_stop(cli: Run, scene: Scene) -> None:
    outage = cli(
        *("outage", "start", "--hearing", scene.hearing, "--at", "2026-11-24T10:30"),
        *("--party", "defendant", "--text", "frozen"),
    ).id
    open_list = cli("outage", "list", "--hearing", scene.hearing)
    assert outage in open_list.out
    assert "open" in open_list.out
    [record] = json.loads(cli("outage", "list", "--hearing", scene.hearing, "--json").out)
    assert record["code"] == "remote.connection_lost"
    assert record["end"] is None

    stopped = cli(
        "outage", "stop", outage, "--at", "2026-11-24T10:42", "--court-response", "continued"
    )
    assert stopped.code == 0, stopped.err
    assert "It lasted 12 min 00 s." in stopped.err
    assert json.loads(cli("outage", "list", "--hearing", scene.hearing, "--json").out) == []
    assert "not an open interval" in cli("outage", "stop", outage).error_line

    totals = json.loads(cli("hearing", "show", scene.hearing, "--json").out)["totals"]
    assert totals["intervals"] == 1
    assert totals["open_intervals"] == 0
    assert totals["seconds_lost"] == 12 * 60
    assert totals["seconds_continued_regardless"] == 12 * 60

    audio = cli("outage", "start", "--hearing", scene.hearing, "--code", "remote.audio_lost").id
    assert (
        json.loads(cli("outage", "list", "--hearing", scene.hearing, "--json").out)[0]["id"]
        == audio
    )
    assert (
        "Unknown condition code"
        in cli("outage", "start", "--hearing", scene.hearing, "--code", "remote.nope").error_line
    )


# ---- checklist ------------------------------------------------------------------------


def test_checklist(cli: Run, scene: Scene) -> None:
    answer = set_answer(
        cli, scene.hearing, "defendant_present", "no", "--comment", "by video from jail"
    ).id
    again = set_answer(cli, scene.hearing, "defendant_present", "unclear").id
    assert again == answer  # answering again revises the same record

    shown = cli("checklist", "show", "--hearing", scene.hearing)
    lines = {line.split()[0]: line for line in shown.out.splitlines()[1:]}
    assert "unclear" in lines["defendant_present"]
    assert "—" in lines["started_on_time"]

    data = json.loads(cli("checklist", "show", "--hearing", scene.hearing, "--json").out)
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["defendant_present"]["answer"] == "unclear"
    assert by_id["started_on_time"]["answer"] is None
    assert len(by_id) > 10

    russian = cli("checklist", "show", "--hearing", scene.hearing, "--lang", "ru")
    assert "подсудимый" in russian.out.lower()
    unknown = set_answer(cli, scene.hearing, "nope", "yes")
    assert "Unknown checklist question" in unknown.error_line
    assert set_answer(cli, scene.hearing, "defendant_present", "maybe").code == 2


# ---- verify ---------------------------------------------------------------------------


def test_verify_passes_on_a_fresh_vault(cli: Run) -> None:
    result = cli("verify")
    assert result.code == 0, result.err
    assert result.out.startswith("OK:")
    assert json.loads(cli("verify", "--json").out)["ok"] is True


def test_verify_reports_a_removed_revision(cli: Run, scene: Scene, vault_dir: Path) -> None:
    note = add_note(cli, scene.hearing, "general.note").id
    assert cli("note", "edit", note, "--text", "later").code == 0
    with sqlite3.connect(vault_dir / "vault.sqlite3") as conn:  # what an attacker can do
        conn.execute("DELETE FROM revisions WHERE record_id = ? AND number = 1", (note,))
    conn.close()
    result = cli("verify")
    assert result.code == 1
    assert result.out.strip()
    assert all("revision #" in line for line in result.out.splitlines())
    assert "problem" in result.err
    assert "Traceback" not in result.err


# ---- untrusted text -------------------------------------------------------------------


def test_terminal_escapes_never_reach_the_terminal(cli: Run, scene: Scene) -> None:
    hostile = "ok\x1b[2J\x1b]0;owned\x07 \u202etxt.exe\r\nnext line\x9b"
    note = add_note(
        cli, scene.hearing, "general.note", "--text", hostile, "--reported-by", "x\x1b[31m"
    ).id
    trial = cli("trial", "add", "--title", "T\x1b[5m", "--defendant", "\u2066D\u2069").id
    outputs = [
        cli("note", "show", note),
        cli("note", "list", "--hearing", scene.hearing),
        cli("note", "history", note),
        cli("trial", "list"),
        cli("trial", "show", trial),
        cli("note", "show", note, "--json"),
        cli("trial", "list", "--json"),
    ]
    for result in outputs:
        assert result.code == 0, result.err
        text = result.out + result.err
        for bad in ("\x1b", "\x07", "\x9b", "\r", "\u202e", "\u2066", "\u2069"):
            assert bad not in text
    assert "next line" in outputs[0].out
    assert json.loads(outputs[5].out)["observation"]["text"] == hostile  # stored as typed


def test_no_note_content_in_the_log(cli: Run, scene: Scene) -> None:
    secret = "SECRET-WITNESS-NAME"
    note = add_note(cli, scene.hearing, "general.note", "--text", secret).id
    cli("note", "show", note)
    cli("note", "edit", note, "--field", f"{secret}=1")  # refused: unknown field
    cli("trial", "edit", scene.trial, "--title", secret)
    logs = list(Path(os.environ["XDG_STATE_HOME"]).rglob("trial-monitor.log"))
    assert logs
    text = logs[0].read_text()
    assert "note add: started" in text
    assert secret not in text
