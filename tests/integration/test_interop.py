"""Standard tools open our sync files without this app: the real `age` decrypts a bundle
with the identity `identity export-age-key` writes, the content is plain JSON in a ZIP, and
the real `minisign` verifies the author's signature. And a bundle that `age` re-encrypts to
someone it was not written for is refused by import."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import IMPORTED, REFUSED, Importer
from monitor_app.core.sync.minisign import PublicKey
from monitor_app.core.sync.receipts import export_receipt
from monitor_app.core.vault.vault import Vault
from tests.cli.clitools import run_subprocess
from tests.layers import PASSPHRASE
from tests.sync_layers import COORDINATOR_PASSPHRASE, Pairing, card_of

pytestmark = pytest.mark.skipif(
    not (shutil.which("age") and shutil.which("minisign")),
    reason="the age and minisign binaries are installed by scripts/setup.sh",
)


def _run(*argv: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(a) for a in argv], cwd=cwd, capture_output=True, timeout=60, check=False
    )


@pytest.fixture
def bundle(notebook: Notebook, hearing: Hearing, paired: Pairing, tmp_path: Path) -> Path:
    note = notebook.add_observation(
        hearing.id, "general.note", text="the defendant could not hear the judge"
    )
    notebook.add_attachment(note.id, "frozen.png", b"\x89PNG a frozen call")
    out = tmp_path / "out"
    out.mkdir()
    return out / export_bundle(notebook.vault, [paired.coordinator_contact], out).file_name


def test_age_decrypts_a_bundle_and_minisign_verifies_it(
    bundle: Path, coordinator: Vault, vault: Vault, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    # The coordinator's identity, written the way the CLI writes it (a real subprocess).
    coordinator.close()
    exported = run_subprocess(
        "--vault",
        str(coordinator.folder),
        "identity",
        "export-age-key",
        "--out",
        str(work / "key.txt"),
        "--yes",
        env={"TRIAL_MONITOR_PASSPHRASE": COORDINATOR_PASSPHRASE},
    )
    assert exported.code == 0, exported.err
    assert (work / "key.txt").stat().st_mode & 0o777 == 0o600

    decrypted = _run("age", "-d", "-i", "key.txt", "-o", "bundle.zip", bundle, cwd=work)
    assert decrypted.returncode == 0, decrypted.stderr
    with zipfile.ZipFile(work / "bundle.zip") as archive:
        archive.extractall(work / "unzipped")
    unzipped = work / "unzipped"
    manifest = json.loads((unzipped / "manifest.json").read_text())
    assert manifest["type"] == "trial-monitor-bundle"
    assert manifest["author"]["display_name"] == "Observer A"
    lines = [json.loads(line) for line in (unzipped / "revisions.jsonl").read_text().splitlines()]
    assert any(
        line["body"].get("text") == "the defendant could not hear the judge" for line in lines
    )
    (attachment,) = (unzipped / "attachments").iterdir()
    assert attachment.read_bytes() == b"\x89PNG a frozen call"

    # The author's minisign public key, from the key card's "signing_key" line.
    signing_key = PublicKey.from_base64(manifest["author"]["signing_key"])
    (work / "author.pub").write_text(signing_key.to_file_text())
    verified = _run(
        "minisign",
        "-V",
        "-p",
        "author.pub",
        "-m",
        unzipped / "manifest.json",
        "-x",
        unzipped / "manifest.json.minisig",
        cwd=work,
    )
    assert verified.returncode == 0, verified.stderr
    assert b"trial-monitor trial-monitor-bundle" in verified.stdout
    # Any change to the signed manifest fails minisign's check.
    (unzipped / "manifest.json").write_bytes(
        (unzipped / "manifest.json").read_bytes().replace(b"Observer A", b"Observer Z")
    )
    tampered = _run(
        "minisign", "-V", "-p", "author.pub", "-m", unzipped / "manifest.json", cwd=work
    )
    assert tampered.returncode != 0
    assert Identity(vault).signing.public.to_base64() == manifest["author"]["signing_key"]


def test_a_bundle_age_re_encrypts_to_the_wrong_recipient_is_refused(
    bundle: Path, coordinator: Vault, second_observer: Vault, vault: Vault, tmp_path: Path
) -> None:
    key = tmp_path / "key.txt"
    key.write_text(Identity(coordinator).age_identity_file_text())
    Contacts(second_observer).add(card_of(vault))
    wrong = tmp_path / "wrong.age"
    decrypt = subprocess.Popen(
        ["age", "-d", "-i", str(key), str(bundle)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    encrypted = subprocess.run(
        ["age", "-r", Identity(second_observer).age_recipient, "-o", str(wrong)],
        stdin=decrypt.stdout,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert decrypt.wait(timeout=60) == 0
    assert encrypted.returncode == 0, encrypted.stderr
    (result,) = Importer(second_observer).import_paths([wrong])
    assert result.status == REFUSED
    assert "not written for this vault" in result.message
    assert Notebook(second_observer).store.count() == 0


def test_a_bundle_age_re_encrypts_to_its_real_recipient_still_imports(
    bundle: Path, coordinator: Vault, tmp_path: Path
) -> None:
    """Only the plaintext counts: what `age` writes is as good as what pyrage writes."""
    key = tmp_path / "key.txt"
    key.write_text(Identity(coordinator).age_identity_file_text())
    plain = tmp_path / "bundle.zip"
    assert _run("age", "-d", "-i", key, "-o", plain, bundle, cwd=tmp_path).returncode == 0
    again = tmp_path / "again.age"
    recipient = Identity(coordinator).age_recipient
    assert _run("age", "-a", "-r", recipient, "-o", again, plain, cwd=tmp_path).returncode == 0
    (result,) = Importer(coordinator).import_paths([again])
    assert result.status == IMPORTED


def test_minisign_signatures_of_the_real_tool_verify_with_our_code(tmp_path: Path) -> None:
    made = _run("minisign", "-G", "-W", "-p", "k.pub", "-s", "k.key", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    (tmp_path / "m.txt").write_bytes(b"a receipt's manifest")
    signed = _run(
        "minisign", "-S", "-s", "k.key", "-m", "m.txt", "-t", "by the real tool", cwd=tmp_path
    )
    assert signed.returncode == 0, signed.stderr
    key = PublicKey.from_base64((tmp_path / "k.pub").read_text().splitlines()[1])
    comment = key.verify(b"a receipt's manifest", (tmp_path / "m.txt.minisig").read_bytes())
    assert comment == "by the real tool"


def test_a_receipt_opens_with_age_too(
    bundle: Path, coordinator: Vault, paired: Pairing, vault: Vault, tmp_path: Path
) -> None:
    Importer(coordinator).import_paths([bundle])
    receipt = export_receipt(coordinator, paired.observer_contact, tmp_path)
    key = tmp_path / "observer-key.txt"
    key.write_text(Identity(vault).age_identity_file_text())
    plain = tmp_path / "receipt.zip"
    assert _run("age", "-d", "-i", key, "-o", plain, receipt, cwd=tmp_path).returncode == 0
    with zipfile.ZipFile(plain) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["type"] == "trial-monitor-receipt"
    assert [b["bundle_id"] for b in manifest["bundles"]] != []
    assert PASSPHRASE not in plain.read_text(errors="replace")
