"""`bundle forward` end to end: an observer's bundles, imported by a regional coordinator and
forwarded by trial or by observer to a head office, which imports them and sees who wrote
each record and who forwarded it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.clitools import Result, Run, add_note, write_secret
from tests.cli.conftest import Scene
from tests.forward_scene import HEAD_OFFICE, HEAD_PASSPHRASE, new_vault
from tests.sync_layers import COORDINATOR_PASSPHRASE


def _on(run_cli: Run, folder: Path, secret: Path) -> Run:
    def run(*argv: str) -> Result:
        return run_cli("--vault", str(folder), "--passphrase-file", str(secret), *argv)

    return run


@pytest.fixture
def regional(coordinator_template: Path, tmp_path: Path, run_cli: Run) -> Run:
    folder = tmp_path / "regional"
    shutil.copytree(coordinator_template, folder)
    return _on(run_cli, folder, write_secret(tmp_path / "regional-secret", COORDINATOR_PASSPHRASE))


@pytest.fixture
def head(tmp_path: Path, run_cli: Run) -> Run:
    new_vault(tmp_path / "head", HEAD_OFFICE, HEAD_PASSPHRASE).close()
    return _on(run_cli, tmp_path / "head", write_secret(tmp_path / "head-secret", HEAD_PASSPHRASE))


def _cards(tmp_path: Path, **runs: Run) -> dict[str, Path]:
    cards = {}
    for name, run in runs.items():
        cards[name] = tmp_path / f"{name}.card"
        assert run("identity", "export", "--out", str(cards[name])).code == 0
    return cards


def _add(run: Run, card: Path) -> None:
    assert run("contacts", "add", str(card), "--yes").code == 0


def _written(result: Result) -> list[str]:
    assert result.code == 0, result.err
    return result.out.split()


def test_forward_to_a_head_office_by_trial_then_the_rest(
    cli: Run, regional: Run, head: Run, scene: Scene, tmp_path: Path
) -> None:
    cards = _cards(tmp_path, observer=cli, regional=regional, head=head)
    _add(cli, cards["regional"])
    _add(regional, cards["observer"])
    _add(regional, cards["head"])
    _add(head, cards["regional"])
    _add(head, cards["observer"])  # to check who wrote what
    note = add_note(cli, scene.hearing, "general.note", "--text", "microphone cut").id
    out = tmp_path / "usb"
    out.mkdir()
    _written(cli("bundle", "export", "--to", "Coordinator C", "--out", str(out)))
    other = cli("trial", "add", "--title", "Another case", "--country", "RU").id
    _written(cli("bundle", "export", "--to", "Coordinator C", "--out", str(out)))
    assert regional("bundle", "import", str(out)).code == 0

    up = tmp_path / "up"
    up.mkdir()
    forwarded = regional(
        "bundle", "forward", "--to", HEAD_OFFICE, "--out", str(up), "--trial", scene.trial
    )
    [path] = _written(forwarded)
    assert "Forwarded 1 bundle(s) written by Test Observer" in forwarded.err
    assert "each with its author's signature) to Head Office." in forwarded.err
    imported = json.loads(head("bundle", "import", path, "--json").out)
    assert [(r["status"], r["author_name"]) for r in imported] == [("imported", "Coordinator C")]
    assert [w[1] for w in imported[0]["written_by"]] == ["Test Observer"]

    history = json.loads(head("note", "history", note, "--json").out)
    assert history[0]["provenance"]["author_name"] == "Test Observer"
    assert history[0]["provenance"]["forwarded_by"] == "Coordinator C"
    shown = head("note", "history", note)
    assert "forwarded by Coordinator C on " in shown.out

    rest = _written(
        regional(
            "bundle",
            "forward",
            "--to",
            HEAD_OFFICE,
            "--out",
            str(up),
            "--observer",
            "Test Observer",
        )
    )
    assert head("bundle", "import", *rest).code == 0
    assert other in {t["id"] for t in json.loads(head("trial", "list", "--json").out)}
    again = regional("bundle", "forward", "--to", HEAD_OFFICE, "--out", str(up))
    assert (again.code, again.out) == (0, "")
    assert "was forwarded to Head Office before" in again.err
    sent = json.loads(regional("bundle", "sent", "--json").out)
    assert [len(b["forwarded"]) for b in sent] == [1, 1]


def test_forwarding_a_trial_whose_bundle_carries_another_asks_first(
    cli: Run, regional: Run, head: Run, scene: Scene, tmp_path: Path
) -> None:
    cards = _cards(tmp_path, observer=cli, regional=regional, head=head)
    _add(cli, cards["regional"])
    _add(regional, cards["observer"])
    _add(regional, cards["head"])
    cli("trial", "add", "--title", "Signed together", "--country", "RU").id  # noqa: B018
    out = tmp_path / "usb"
    out.mkdir()
    _written(cli("bundle", "export", "--to", "Coordinator C", "--out", str(out)))
    assert regional("bundle", "import", str(out)).code == 0
    up = tmp_path / "up"
    up.mkdir()
    forward: Callable[..., Result] = lambda *extra: regional(  # noqa: E731
        "bundle", "forward", "--to", HEAD_OFFICE, "--out", str(up), "--trial", scene.trial, *extra
    )

    refused = forward()
    assert "also carry: Signed together." in refused.err
    assert refused.code == 1
    assert refused.err.splitlines()[-1].endswith("add --yes.")
    assert list(up.iterdir()) == []
    assert len(_written(forward("--yes"))) == 1


def test_forwarding_to_someone_who_is_not_a_contact_is_refused(
    regional: Run, tmp_path: Path
) -> None:
    result = regional("bundle", "forward", "--to", "Nobody", "--out", str(tmp_path))
    assert "No contact 'Nobody'" in result.error_line
