"""`trustees make/status/remove` and `recover --shares`: sheets written privately, any k
restore access, and every refusal one line."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.cli.clitools import NEW_PASSPHRASE, PASSPHRASE, Result, Run, write_secret
from tests.cli.test_cli_vault import RECOVERY_CODE, fake_getpass, snapshot


def _make(cli: Run, out: Path, *options: str) -> list[Path]:
    out.mkdir(exist_ok=True)
    result = cli("trustees", "make", "--out", str(out), *options)
    assert result.code == 0, result.err
    assert result.out == ""
    assert "Set fingerprint:" in result.err
    return sorted(out.iterdir())


def _recover(cli: Run, sheets: list[Path], new_passphrase_file: Path) -> Result:
    files = [arg for sheet in sheets for arg in ("--share-file", str(sheet))]
    return cli("recover", *files, "--new-passphrase-file", str(new_passphrase_file))


def test_make_writes_private_sheets_and_any_two_restore(cli: Run, tmp_path: Path) -> None:
    sheets = _make(cli, tmp_path / "sheets")
    assert [p.name for p in sheets] == [f"trustee-share-{n}-of-3.txt" for n in (1, 2, 3)]
    for sheet in sheets:
        assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    assert "Share 2 of 3" in sheets[1].read_text()

    status = cli("trustees", "status", "--json")
    assert status.code == 0, status.err
    facts = json.loads(status.out)
    assert (facts["threshold"], facts["count"]) == (2, 3)
    assert facts["fingerprint"] in sheets[0].read_text()

    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    recovered = _recover(cli, [sheets[2], sheets[0]], new)
    assert recovered.code == 0, recovered.err
    assert RECOVERY_CODE.match(recovered.out)
    assert "shares still work" in recovered.err
    assert cli("trial", "list", "--passphrase-file", str(new)).code == 0


def test_recover_refuses_too_few_mixed_and_retired_shares(
    cli: Run, vault_dir: Path, tmp_path: Path
) -> None:
    first = _make(cli, tmp_path / "first")
    second = _make(cli, tmp_path / "second", "--threshold", "3", "--count", "4")
    assert "2 of 3" not in second[0].read_text()
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    before = snapshot(vault_dir)
    assert "needs 3 different shares; 2 given" in _recover(cli, second[:2], new).error_line
    assert "different set of shares" in _recover(cli, [second[0], first[1]], new).error_line
    assert "same share as share 1" in _recover(cli, [second[0], second[0]], new).error_line
    assert "do not open this vault" in _recover(cli, first[:2], new).error_line
    spoiled = tmp_path / "spoiled.txt"
    spoiled.write_text(second[0].read_text().replace(" 3. ", " 3. zzzz "))
    assert "word 3 is not a share word" in _recover(cli, [spoiled, *second[1:3]], new).error_line
    assert snapshot(vault_dir) == before
    assert _recover(cli, second[1:], new).code == 0


def test_recover_with_typed_shares(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheets = _make(cli, tmp_path / "sheets")
    words = [
        " ".join(t for t in sheet.read_text().split("--- share words ---")[1].split()[:40])
        for sheet in sheets
    ]
    monkeypatch.delenv("TRIAL_MONITOR_PASSPHRASE")
    prompts = fake_getpass(monkeypatch, [words[1], words[2], NEW_PASSPHRASE, NEW_PASSPHRASE])
    result = cli("recover", "--shares")
    assert prompts[:2] == ["Share 1 (its words): ", "Share 2 (its words): "]
    assert "This set needs 2 shares." in result.err
    assert RECOVERY_CODE.match(result.out)


def test_remove_retires_the_shares(cli: Run, tmp_path: Path) -> None:
    sheets = _make(cli, tmp_path / "sheets")
    removed = cli("trustees", "remove")
    assert removed.code == 0, removed.err
    assert "no longer work" in removed.err
    assert cli("trustees", "status").out == "No trustee shares.\n"
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    assert "has no trustee shares" in _recover(cli, sheets[:2], new).error_line
    assert "has no trustee shares" in cli("trustees", "remove").error_line


def test_make_refuses_before_changing_anything(
    cli: Run, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(vault_dir)
    out = tmp_path / "sheets"
    assert "is not a folder" in cli("trustees", "make", "--out", str(out)).error_line
    out.mkdir()
    (out / "trustee-share-2-of-3.txt").write_text("mine")
    assert "already exists" in cli("trustees", "make", "--out", str(out)).error_line
    assert (
        "between 2 and 16"
        in cli("trustees", "make", "--out", str(tmp_path), "--threshold", "1").error_line
    )
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", "not the passphrase at all")
    assert "not correct" in cli("trustees", "make", "--out", str(tmp_path)).error_line
    assert snapshot(vault_dir) == before
    monkeypatch.setenv("TRIAL_MONITOR_PASSPHRASE", PASSPHRASE)
    assert cli("trustees", "status").out == "No trustee shares.\n"


def test_passwd_keeps_the_shares(cli: Run, tmp_path: Path) -> None:
    sheets = _make(cli, tmp_path / "sheets")
    new = write_secret(tmp_path / "new.txt", NEW_PASSPHRASE)
    changed = cli("passwd", "--new-passphrase-file", str(new))
    assert changed.code == 0, changed.err
    assert "re-keyed" in changed.err
    third = write_secret(tmp_path / "third.txt", "a third passphrase, long enough")
    assert _recover(cli, sheets[1:], third).code == 0
