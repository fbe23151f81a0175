"""On the coordinator's command line: a public report, in every format, holds no record id
(ids are the same in every vault holding the record, so they would link a published report
to a seized vault, and they are what a contact needs to write revisions of someone else's
records); and `verify` fails when revisions that arrived were removed with `sqlite3`."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.authorship_tools import write_own_revision
from tests.cli.clitools import Result, Run, write_secret
from tests.coordination_scene import Watched
from tests.pdf_text import pdf_text
from tests.sync_layers import COORDINATOR_PASSPHRASE


@pytest.fixture
def coord(coordinator: Vault, run_cli: Run, tmp_path: Path) -> Run:
    secret = write_secret(tmp_path / "coordinator-passphrase", COORDINATOR_PASSPHRASE)

    def run(*argv: str) -> Result:
        return run_cli("--vault", str(coordinator.folder), "--passphrase-file", str(secret), *argv)

    return run


@pytest.fixture
def annotated(
    watched: Watched, second_observer: Vault, coordinator: Vault, tmp_path: Path
) -> Watched:
    """The shared scene, and observer B's revision of observer A's outage note."""
    head = Notebook(coordinator).find(watched.outage_a)
    body = {**head.body, "text": "B says: it was fine"}
    write_own_revision(second_observer, head, number=head.number + 1, base=head.rev_id, body=body)
    (to_coordinator,) = Contacts(second_observer).list()
    folder = tmp_path / "annotation"
    folder.mkdir()
    bundle = export_bundle(second_observer, [to_coordinator], folder)
    (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED
    return watched


@pytest.mark.parametrize("fmt", ["json", "csv", "pdf"])
def test_a_public_report_holds_no_record_id_in_any_format(
    qapp: object, coord: Run, coordinator: Vault, annotated: Watched, tmp_path: Path, fmt: str
) -> None:
    revisions = list(RevisionStore(coordinator).all_revisions())
    ids = {r.record_id for r in revisions} | {r.rev_id for r in revisions}
    ids |= {b.bundle_id for b in Importer(coordinator).received_bundles()}
    private, public = tmp_path / f"private.{fmt}", tmp_path / f"public.{fmt}"
    for path, extra in ((private, ()), (public, ("--public",))):
        result = coord(
            "report", "--trial", annotated.trial_a, "--format", fmt, "--out", str(path), *extra
        )
        assert result.code == 0, result.err
    written = public.read_bytes()
    readable = pdf_text(public) if fmt == "pdf" else written.decode()
    # The annotation is there (a PDF's lines wrap, and its text has ligatures).
    assert "B says: it was fine" in " ".join(unicodedata.normalize("NFKC", readable).split())
    for record_id in ids:
        assert record_id.encode() not in written
        assert record_id[:8] not in readable
    if fmt == "json":  # the private one keeps them, for the coordinator's own use
        assert annotated.outage_a in private.read_text()
        report = json.loads(written)
        assert report["trial_ids"] == []
        assert all(e["id"] == e["trial_id"] == "" for e in report["entries"])


def test_verify_fails_when_an_authors_last_revisions_were_removed(
    coord: Run, coordinator: Vault, watched: Watched
) -> None:
    assert coord("verify").code == 0
    with sqlite3.connect(coordinator.database.path) as conn:
        conn.execute(
            "DELETE FROM revisions WHERE author = ? AND author_seq = "
            "(SELECT MAX(author_seq) FROM revisions WHERE author = ?)",
            (watched.observer_b, watched.observer_b),
        )
    result = coord("verify")
    assert result.code != 0
    assert "arrived in bundles but are not here" in result.out
    observers = json.loads(coord("observers", "--json").out)
    (b,) = [o for o in observers if o["author"] == watched.observer_b]
    assert not b["chain_ok"]
    assert any("no longer here" in gap for gap in b["gaps"])
