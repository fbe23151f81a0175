"""The sync commands end to end: key cards and contacts, bundle export and import,
quarantine, receipts and purge, between an observer's and a coordinator's vault."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.card_export import key_card_exported
from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import PASSPHRASE, Result, Run, add_note, write_secret
from tests.cli.conftest import Scene
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(coordinator_template: Path, tmp_path: Path, run_cli: Run) -> Run:
    """The CLI on the coordinator's vault (the observer's is the default one)."""
    folder = tmp_path / "coordinator"
    shutil.copytree(coordinator_template, folder)
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(folder), "--passphrase-file", str(secret), *argv)

    return run


@pytest.fixture
def cards(cli: Run, coord: Run, tmp_path: Path) -> tuple[Path, Path]:
    observer_card, coordinator_card = tmp_path / "observer.card", tmp_path / "coordinator.card"
    assert cli("identity", "export", "--out", str(observer_card)).code == 0
    assert coord("identity", "export", "--out", str(coordinator_card)).code == 0
    return observer_card, coordinator_card


@pytest.fixture
def paired(cli: Run, coord: Run, cards: tuple[Path, Path]) -> None:
    observer_card, coordinator_card = cards
    cli("contacts", "add", str(coordinator_card), "--yes").id  # noqa: B018 (asserts one id)
    coord("contacts", "add", str(observer_card), "--yes").id  # noqa: B018


def _export(cli: Run, folder: Path, *extra: str) -> Path:
    folder.mkdir(exist_ok=True)
    result = cli("bundle", "export", "--to", "Coordinator C", "--out", str(folder), *extra)
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.parent == folder
    assert path.is_file()
    return path


def test_identity_show_and_a_card_whose_fingerprint_the_contact_sees(
    cli: Run, coord: Run, cards: tuple[Path, Path]
) -> None:
    shown = json.loads(cli("identity", "show", "--json").out)
    assert shown["display_name"] == "Test Observer"
    observer_card, _ = cards
    assert observer_card.stat().st_mode & 0o777 == 0o600
    added = coord("contacts", "add", str(observer_card), "--yes")
    assert added.code == 0
    assert f"Fingerprint: {shown['fingerprint']}" in added.err
    listed = json.loads(coord("contacts", "list", "--json").out)
    assert [(c["display_name"], c["fingerprint"]) for c in listed] == [
        ("Test Observer", shown["fingerprint"])
    ]
    assert coord("contacts", "remove", "Test Observer").code == 0
    assert json.loads(coord("contacts", "list", "--json").out) == []


def test_exporting_the_key_card_ticks_off_that_first_step(
    cli: Run, cards: tuple[Path, Path], vault_dir: Path
) -> None:
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        assert key_card_exported(vault)


def test_trusting_a_key_or_writing_the_secret_key_needs_confirmation(
    cli: Run, cards: tuple[Path, Path], tmp_path: Path
) -> None:
    _, coordinator_card = cards
    refused = cli("contacts", "add", str(coordinator_card))
    assert refused.code == 1
    assert refused.err.splitlines()[-1].endswith("add --yes.")  # after the fingerprint
    assert json.loads(cli("contacts", "list", "--json").out) == []
    key = tmp_path / "age-key.txt"
    assert "add --yes" in cli("identity", "export-age-key", "--out", str(key)).error_line
    assert not key.exists()
    assert cli("identity", "export-age-key", "--out", str(key), "--yes").code == 0
    assert key.read_text().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    assert key.stat().st_mode & 0o777 == 0o600


def test_a_bundle_goes_from_observer_to_coordinator_once(
    cli: Run, coord: Run, scene: Scene, paired: None, tmp_path: Path
) -> None:
    add_note(cli, scene.hearing, "general.note", "--text", "microphone cut").id  # noqa: B018
    out = tmp_path / "usb"
    path = _export(cli, out)
    nothing = cli("bundle", "export", "--to", "Coordinator C", "--out", str(out))
    assert (nothing.code, nothing.out) == (0, "")
    assert "Nothing has changed" in nothing.err

    imported = coord("bundle", "import", str(out), "--json")
    assert imported.code == 0, imported.err
    (entry,) = json.loads(imported.out)
    assert (entry["status"], entry["new_revisions"], entry["source"]) == ("imported", 3, path.name)
    again = coord("bundle", "import", str(path))
    assert again.code == 0
    assert "already-had" in again.out
    notes = json.loads(coord("note", "list", "--hearing", scene.hearing, "--json").out)
    assert [n["text"] for n in notes] == ["microphone cut"]
    received = json.loads(coord("bundle", "received", "--json").out)
    assert [(b["author_name"], b["seq"]) for b in received] == [("Test Observer", 1)]
    (history,) = json.loads(coord("note", "history", notes[0]["id"], "--json").out)
    assert history["provenance"]["file_name"] == path.name
    assert "from Test Observer's bundle" in coord("note", "history", notes[0]["id"]).out
    assert json.loads(cli("note", "history", notes[0]["id"], "--json").out)[0]["provenance"] is None
    assert "OK:" in coord("verify").out


def test_a_refused_file_is_reported_and_the_rest_still_import(
    cli: Run, coord: Run, scene: Scene, paired: None, tmp_path: Path
) -> None:
    out = tmp_path / "usb"
    _export(cli, out)
    (out / "0000.age").write_bytes(b"not a bundle")
    result = coord("bundle", "import", str(out))
    assert result.code == 1
    assert "1 file(s) refused" in result.err
    assert "refused" in result.out
    assert "imported" in result.out
    assert "Traceback" not in result.err


def test_a_stranger_is_quarantined_until_their_card_is_added(
    cli: Run, coord: Run, scene: Scene, cards: tuple[Path, Path], tmp_path: Path
) -> None:
    observer_card, coordinator_card = cards
    cli("contacts", "add", str(coordinator_card), "--yes").id  # noqa: B018
    out = tmp_path / "usb"
    _export(cli, out)
    held = coord("bundle", "import", str(out))
    assert held.code == 0
    assert "quarantined" in held.out
    (waiting,) = json.loads(coord("bundle", "quarantine", "--json").out)
    assert waiting["claimed_name"] == "Test Observer"
    added = coord("contacts", "add", str(observer_card), "--yes")
    assert "1 quarantined bundle(s) from them can now be imported" in added.err
    retried = coord("bundle", "import", "--quarantined", "--json")
    assert [r["status"] for r in json.loads(retried.out)] == ["imported"]
    assert json.loads(coord("bundle", "quarantine", "--json").out) == []


def test_discarding_a_quarantined_bundle(
    cli: Run, coord: Run, scene: Scene, cards: tuple[Path, Path], tmp_path: Path
) -> None:
    cli("contacts", "add", str(cards[1]), "--yes").id  # noqa: B018
    out = tmp_path / "usb"
    _export(cli, out)
    coord("bundle", "import", str(out))
    (waiting,) = json.loads(coord("bundle", "quarantine", "--json").out)
    assert coord("bundle", "discard", waiting["item_id"]).code == 0
    assert json.loads(coord("bundle", "quarantine", "--json").out) == []
    assert "No quarantined bundle" in coord("bundle", "discard", waiting["item_id"]).error_line


def test_a_receipt_lets_the_observer_purge_what_arrived(
    cli: Run, coord: Run, scene: Scene, paired: None, tmp_path: Path
) -> None:
    out = tmp_path / "usb"
    _export(cli, out)
    coord("bundle", "import", str(out))
    receipt = coord("receipt", "export", "--to", "Test Observer", "--out", str(tmp_path))
    assert receipt.code == 0, receipt.err
    accepted = cli("receipt", "import", receipt.out.strip())
    assert "confirms 1 more bundle(s)" in accepted.err
    (sent,) = json.loads(cli("bundle", "sent", "--json").out)
    assert list(sent["acknowledged"]) != []

    (candidate,) = json.loads(cli("purge", "--json").out)
    assert (candidate["trial_id"], candidate["purgeable"]) == (scene.trial, True)
    assert "add --yes" in cli("purge", "--trial", scene.trial).error_line
    assert cli("trial", "list", "--json").out != "[]\n"
    purged = cli("purge", "--trial", scene.trial, "--yes")
    assert purged.code == 0, purged.err
    assert "Removed 2 revision(s)" in purged.err
    assert json.loads(cli("trial", "list", "--json").out) == []
    assert "2 removed after receipts" in cli("verify").out
    # The coordinator still has everything.
    assert [t["id"] for t in json.loads(coord("trial", "list", "--json").out)] == [scene.trial]


def test_an_unknown_contact_is_one_clear_line(cli: Run, tmp_path: Path) -> None:
    result = cli("bundle", "export", "--to", "Nobody", "--out", str(tmp_path))
    assert "No contact 'Nobody'" in result.error_line


def test_a_value_an_older_version_saved_is_corrected_then_sent(
    cli: Run, coord: Run, paired: None, scene: Scene, vault_dir: Path, tmp_path: Path
) -> None:
    """Issue 13: `bundle export` names the record no coordinator would take and the command
    that corrects it; `correct` says what to write, refuses what the rules refuse, and
    once corrected the bundle is written and imported."""
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        store = RevisionStore(vault)
        head = store.head(scene.hearing)
        store.append(
            "hearing",
            scene.hearing,
            scene.trial,
            {**head.body, "scheduled_start": "0001-01-01T00:00:00Z"},
            head.tz,
        )
    out = tmp_path / "out"
    out.mkdir()
    refused = cli("bundle", "export", "--to", "Coordinator C", "--out", str(out))
    assert refused.code != 0
    assert "1 of your records hold values saved by an older version" in refused.err
    assert f"trial-monitor correct {scene.hearing}" in refused.err
    assert list(out.iterdir()) == []

    shown = cli("correct", scene.hearing)
    assert shown.code == 0
    assert "field: scheduled_start" in shown.out
    assert "now:   0001-01-01T00:00:00Z" in shown.out
    assert "a UTC time such as 2026-11-24T10:30:00Z (needed)" in shown.out
    wrong = cli("correct", scene.hearing, "--set", "scheduled_start=2026-11-24 10:00")
    assert wrong.code != 0
    assert "not written as a UTC time" in wrong.err
    assert "Traceback" not in wrong.err
    fixed = cli("correct", scene.hearing, "--set", "scheduled_start=2026-11-24T07:00:00Z")
    assert fixed.code == 0, fixed.err
    assert "it can be sent" in fixed.err

    imported = coord("bundle", "import", str(_export(cli, tmp_path / "sent")), "--json")
    assert imported.code == 0, imported.err
    assert [r["status"] for r in json.loads(imported.out)] == ["imported"]
