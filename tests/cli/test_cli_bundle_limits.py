"""The CLI's side of issue 13's bundle limits: the quarantine's caps shown and set
(`bundle quarantine-limits`), and an export past one bundle listed part by part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor_app.core.sync import bundle_format
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.sync.quarantine_limits import QuarantineLimits, quarantine_limits
from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import PASSPHRASE, Run, add_note
from tests.cli.conftest import Scene


def test_the_quarantine_limits_are_shown_with_their_defaults_and_set(
    cli: Run, vault_dir: Path
) -> None:
    shown = json.loads(cli("bundle", "quarantine-limits", "--json").out)
    assert shown == {
        "count_limit": 20,
        "size_limit_mb": 200,
        "bundles_kept": 0,
        "megabytes_used": 0.0,
    }
    table = cli("bundle", "quarantine-limits")
    assert table.code == 0
    assert "bundles" in table.out
    assert "200" in table.out

    changed = cli("bundle", "quarantine-limits", "--count", "5")
    assert changed.code == 0, changed.err
    assert "changed" in changed.err
    assert json.loads(cli("bundle", "quarantine-limits", "--json").out)["count_limit"] == 5
    assert cli("bundle", "quarantine-limits", "--size-mb", "50").code == 0
    with Vault.open(vault_dir) as vault:
        vault.unlock(PASSPHRASE)
        assert quarantine_limits(vault) == QuarantineLimits(count=5, megabytes=50)


def test_a_limit_out_of_range_is_refused_and_nothing_changes(cli: Run) -> None:
    refused = cli("bundle", "quarantine-limits", "--count", "0", "--size-mb", "10")
    assert "bundle limit must be from 1 to 1000, not 0" in refused.error_line
    shown = json.loads(cli("bundle", "quarantine-limits", "--json").out)
    assert (shown["count_limit"], shown["size_limit_mb"]) == (20, 200)


def test_an_export_past_one_bundle_prints_every_part_and_each_imports(
    cli: Run,
    scene: Scene,
    coordinator: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coordinator_card = tmp_path / "coordinator.card"
    coordinator_card.write_bytes(Identity(coordinator).card_file_bytes())
    assert cli("contacts", "add", str(coordinator_card), "--yes").code == 0
    observer_card = tmp_path / "observer.card"
    assert cli("identity", "export", "--out", str(observer_card)).code == 0
    Contacts(coordinator).add(KeyCard.from_file_bytes(observer_card.read_bytes()))
    for number in range(5):
        assert add_note(cli, scene.hearing, "general.note", "--text", f"note {number}").code == 0
    monkeypatch.setattr(bundle_format, "MAX_REVISION_LINES", 3)  # for both sides
    out = tmp_path / "usb"
    out.mkdir()

    exported = cli("bundle", "export", "--to", "Coordinator C", "--out", str(out), "--all")
    assert exported.code == 0, exported.err
    paths = [Path(line) for line in exported.out.splitlines()]
    assert sorted(paths) == sorted(out.iterdir())
    assert len(paths) >= 3  # a trial, a hearing and five notes, at most three a bundle
    assert f"in {len(paths)} bundles" in exported.err
    assert f"(bundles #1-#{len(paths)})" in exported.err
    sent = json.loads(cli("bundle", "sent", "--json").out)
    assert len(sent) == len(paths)
    results = Importer(coordinator).import_paths(reversed(paths))
    assert [r.status for r in results] == [IMPORTED] * len(paths)
