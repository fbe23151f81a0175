"""Forwarding up the chain (issue 16): a regional coordinator passes what observers sent on
to a head office, each bundle with its author's own signature, and the head office checks
who wrote every revision, not only who forwarded it. Real vaults, real keys, real files.

The forwarder is trusted to forward, never to write: a revision it alters, drops or puts
in another order is refused (its author's signature no longer holds), and a bundle it
leaves out shows as a gap. Arriving both directly and forwarded, in any order, a revision
is held once."""

from __future__ import annotations

import base64
import json
import secrets
import sqlite3
import subprocess
import sys
import tempfile
import threading
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync import bundle_format
from monitor_app.core.sync.bundle_format import FORMAT_VERSION, FORWARD_FORMAT
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import Cancelled, SentBundles
from monitor_app.core.sync.forward import (
    NOT_KEPT,
    NothingToForward,
    forward_bundles,
    plan_forward,
)
from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.importer import (
    ALREADY_HAD,
    IMPORTED,
    QUARANTINED,
    REFUSED,
    Importer,
    ImportResult,
)
from monitor_app.core.sync.minisign import parse_signature
from monitor_app.core.vault.storage import DB_FILENAME
from monitor_app.core.vault.vault import Vault
from tests import bundle_tools as bt
from tests.forward_scene import (
    HEAD_OFFICE,
    HEAD_PASSPHRASE,
    PANEL,
    PANEL_PASSPHRASE,
    Chain,
    contact,
    copied_vault,
    enter_trial,
    link,
    make_chain,
    new_vault,
    send,
    take,
)
from tests.sync_layers import card_of

REPOSITORY = Path(__file__).resolve().parents[3]
# Readers of earlier versions, from the repository's history: the app before issue 14
# (format 1 only) and the app that brought format 2, before forwarding.
BEFORE_ISSUE_14 = "716618bf4d577fce13c26836d7a09ba499816c6f"
BEFORE_FORWARDING = "18dcc479caf5b2c8072a03bafda28df42fec1e9b"


@pytest.fixture(scope="session")
def head_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "head"
    new_vault(folder, HEAD_OFFICE, HEAD_PASSPHRASE).close()
    return folder


@pytest.fixture
def head(head_template: Path, tmp_path: Path) -> Iterator[Vault]:
    vault = copied_vault(head_template, tmp_path / "head", HEAD_PASSPHRASE)
    yield vault
    vault.close()


@pytest.fixture
def chain(
    vault: Vault, second_observer: Vault, coordinator: Vault, head: Vault, tmp_path: Path
) -> Chain:
    return make_chain(vault, second_observer, coordinator, head, tmp_path / "files")


def forward(chain: Chain, name: str, **choice: Any) -> list[Path]:
    """What the regional coordinator forwards to the head office, written to a folder."""
    folder = chain.out(name)
    result = forward_bundles(chain.regional, contact(chain.regional, chain.head), folder, **choice)
    return [folder / part.file_name for part in result.parts]


def refusal(result: ImportResult) -> str:
    """Why a file was refused: its error's code."""
    assert result.status == REFUSED, result.message
    assert result.error is not None
    return result.error.code


def held(vault: Vault) -> dict[str, str]:
    """Every revision held, by id, with its hash."""
    return {r.rev_id: r.hash for r in Notebook(vault).store.all_revisions()}


# ---- the chain, end to end ----------------------------------------------------------------


def test_observer_to_regional_to_head_office(chain: Chain) -> None:
    trial = enter_trial(chain.observer, "State v. Forwarded", notes=3, attachment=True)
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))

    paths = forward(chain, "to-head")
    [result] = Importer(chain.head).import_paths(paths)

    assert result.status == IMPORTED, result.message
    observer = chain.observer.observer_id
    assert result.new_revisions == len(held(chain.observer))
    assert result.author_name == "Coordinator C"  # who forwarded it ...
    assert [(a, name) for a, name, _ in result.written_by] == [(observer, "Observer A")]
    assert "written by Observer A, forwarded by Coordinator C" in result.message
    # ... and every revision as its author wrote it: same ids, same hashes, chains whole.
    assert held(chain.head) == held(chain.observer)
    assert Notebook(chain.head).verify() == []
    assert Importer(chain.head).missing(observer).describe() == ()
    index = CoordinatorIndex.load(chain.head)
    assert set(index.trials) == {trial}
    assert set(index.creators.values()) == {observer}
    notes = Notebook(chain.head)
    [attachment] = notes.store.heads("attachment")
    assert notes.read_attachment(attachment.record_id)[1].startswith(b"\x89PNG")

    # Provenance, kept sealed: written by the observer, forwarded by the regional, when.
    importer = Importer(chain.head)
    source = importer.provenance(next(iter(held(chain.head))))
    assert source is not None
    assert (source.author, source.author_name) == (observer, "Observer A")
    assert (source.forwarded_by, source.forwarded_by_name) == (
        chain.regional.observer_id,
        "Coordinator C",
    )
    assert source.forwarded_in == result.bundle_id
    assert source.forwarded_utc.endswith("Z")
    [sent] = SentBundles(chain.regional).all()
    assert sent.forwarded == (source.bundle_id,)
    assert (sent.first_seq, sent.last_seq) == (0, 0)  # none of the regional's own


def test_the_authors_own_signature_is_carried_and_verifies(chain: Chain) -> None:
    """Inside the forwarded bundle, the observer's signed manifest and signature, as they
    made them: their key verifies it, and its hash of the revisions is the revisions'."""
    enter_trial(chain.observer, "State v. Signed")
    [original] = send(chain.observer, [chain.regional], chain.out("to-regional"))
    take(chain.regional, [original])
    [path] = forward(chain, "to-head")

    parts = bt.members(bt.decrypt(path.read_bytes(), chain.head))
    manifest = bt.manifest_of(parts)
    assert (manifest["type"], manifest["format"]) == ("trial-monitor-bundle", FORWARD_FORMAT)
    assert manifest["author"]["author"] == chain.regional.observer_id
    [entry] = manifest["forwarded"]
    signed = base64.b64decode(entry["manifest"])
    signature = base64.b64decode(entry["signature"])
    as_sent = bt.members(bt.decrypt(original.read_bytes(), chain.observer))
    assert (signed, signature) == (as_sent["manifest.json"], as_sent["manifest.json.minisig"])
    observer_key = Identity(chain.observer).signing.public
    observer_key.verify(signed, signature)  # raises if it does not hold
    assert parse_signature(signature).key_id == observer_key.key_id
    assert parts["revisions.jsonl"] == as_sent["revisions.jsonl"]


def test_a_head_office_forwards_again_to_a_panel(chain: Chain, tmp_path: Path) -> None:
    """What the head office received forwarded, it can forward on: the authors' own
    signatures travel every hop, and the panel sees who wrote it and who passed it on."""
    enter_trial(chain.observer, "State v. Two Hops", notes=2)
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))
    take(chain.head, forward(chain, "to-head"))
    panel = new_vault(tmp_path / "panel", PANEL, PANEL_PASSPHRASE)
    try:
        to_panel, _ = link(chain.head, panel)
        Contacts(panel).add(card_of(chain.observer))
        folder = chain.out("to-panel")
        result = forward_bundles(chain.head, to_panel, folder)
        [imported] = take(panel, [folder / p.file_name for p in result.parts])
        assert imported.status == IMPORTED
        assert held(panel) == held(chain.observer)
        source = Importer(panel).provenance(next(iter(held(panel))))
        assert source is not None
        assert (source.author_name, source.forwarded_by_name) == ("Observer A", HEAD_OFFICE)
    finally:
        panel.close()


# ---- choosing what to forward --------------------------------------------------------------


def test_forward_by_trial_and_by_observer(chain: Chain) -> None:
    first = enter_trial(chain.observer, "State v. First")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("a1")))
    second = enter_trial(chain.observer, "State v. Second")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("a2")))
    theirs = enter_trial(chain.second, "State v. Theirs")
    take(chain.regional, send(chain.second, [chain.regional], chain.out("b1")))
    to_head = contact(chain.regional, chain.head)

    plan = plan_forward(chain.regional, to_head, trials=[second])
    assert (len(plan.originals), plan.trials, plan.extra_trials) == (1, (second,), ())
    take(chain.head, forward(chain, "second", trials=[second]))
    assert set(CoordinatorIndex.load(chain.head).trials) == {second}

    only_b = [contact(chain.regional, chain.second)]
    take(chain.head, forward(chain, "theirs", observers=only_b))
    assert set(CoordinatorIndex.load(chain.head).trials) == {second, theirs}
    # The first trial's bundle came before the second's: its revisions 1-3 still missing.
    gaps = Importer(chain.head).missing(chain.observer.observer_id)
    assert gaps.revisions == ((1, 3),)

    take(chain.head, forward(chain, "rest"))
    assert set(CoordinatorIndex.load(chain.head).trials) == {first, second, theirs}
    assert not Importer(chain.head).missing(chain.observer.observer_id)
    with pytest.raises(NothingToForward) as nothing:
        forward(chain, "again")
    assert nothing.value.code == NothingToForward.ALREADY


def test_a_trial_whose_bundle_carries_another_names_the_other(chain: Chain) -> None:
    """An author signs a bundle whole: forwarding one trial of a bundle that holds two
    forwards both, and the plan names the other before anything is written."""
    first = enter_trial(chain.observer, "State v. One")
    second = enter_trial(chain.observer, "State v. Other")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("both")))
    plan = plan_forward(chain.regional, contact(chain.regional, chain.head), trials=[first])
    assert (plan.trials, plan.extra_trials) == (tuple(sorted([first, second])), (second,))


def test_an_unknown_trial_is_refused(chain: Chain) -> None:
    with pytest.raises(Exception, match="No trial with id") as refused:
        plan_forward(chain.regional, contact(chain.regional, chain.head), trials=["0" * 32])
    assert getattr(refused.value, "code", None) == "no-such-trial"


def test_a_bundle_received_before_originals_were_kept_is_left_out_until_sent_again(
    chain: Chain,
) -> None:
    """A bundle imported by a version that kept no signed originals (made here by removing
    what this one kept, with plain sqlite3) cannot be forwarded with its author's
    signature: the plan says so and why, nothing is written; importing the same file
    again keeps it, and then it forwards."""
    enter_trial(chain.observer, "State v. Older")
    paths = send(chain.observer, [chain.regional], chain.out("to-regional"))
    take(chain.regional, paths)
    conn = sqlite3.connect(chain.regional.folder / DB_FILENAME)
    with conn:
        conn.execute("DELETE FROM signed_manifests")
    conn.close()

    plan = plan_forward(chain.regional, contact(chain.regional, chain.head))
    assert plan.originals == ()
    [left] = plan.left_out
    assert (left.reason, left.name, left.bundles) == (NOT_KEPT, "Observer A", 1)
    assert "arrived before this version" in str(left.error())
    with pytest.raises(NothingToForward) as nothing:
        forward(chain, "nothing")
    assert nothing.value.code == NothingToForward.NONE_USABLE
    assert "Nothing was forwarded" in str(nothing.value)
    assert list(chain.out("nothing").iterdir()) == []

    assert [r.status for r in Importer(chain.regional).import_paths(paths)] == [ALREADY_HAD]
    take(chain.head, forward(chain, "now"))
    assert held(chain.head) == held(chain.observer)


# ---- directly and forwarded, in any order ---------------------------------------------------


@pytest.fixture(scope="module")
def both_ways(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    """An observer who sends some bundles to the regional coordinator, some to the head
    office directly and one to both, and the regional coordinator's forwarded bundles
    (one after each of its imports, and one of everything again): the files, the head
    office as it was before any arrived (closed, to copy), and what the observer holds."""
    root = tmp_path_factory.mktemp("both-ways")
    observer = new_vault(root / "observer", "Observer A", "observer passphrase for tests")
    second = new_vault(root / "second", "Observer B", "second observer passphrase here")
    regional = new_vault(root / "regional", "Coordinator C", "coordinator passphrase for tests")
    head = new_vault(root / "head", HEAD_OFFICE, HEAD_PASSPHRASE)
    chain = make_chain(observer, second, regional, head, root / "files")
    files: dict[str, list[Path]] = {}  # what reaches the head office, directly or forwarded
    to_regional: dict[str, list[Path]] = {}
    to_head = contact(regional, head)
    enter_trial(observer, "State v. Both Ways", notes=2, attachment=True)
    to_regional["regional-1"] = send(observer, [regional], chain.out("r1"))
    files["direct-1"] = send(observer, [head], chain.out("d1"))
    enter_trial(observer, "State v. Later", notes=2)
    files["both"] = to_regional["both"] = send(observer, [regional, head], chain.out("both"))
    enter_trial(observer, "State v. Last", notes=1)
    to_regional["regional-2"] = send(observer, [regional], chain.out("r2"))
    for name in ("regional-1", "both", "regional-2"):
        take(regional, to_regional[name])
        folder = chain.out(f"forwarded-{name}")
        files[f"forwarded-{name}"] = [
            folder / p.file_name for p in forward_bundles(regional, to_head, folder).parts
        ]
    folder = chain.out("forwarded-again")
    files["forwarded-again"] = [
        folder / p.file_name
        for p in forward_bundles(regional, to_head, folder, everything=True).parts
    ]
    expected = held(observer)
    for opened in (observer, second, regional, head):
        opened.close()
    return root / "head", files, expected


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_direct_and_forwarded_in_any_order_hold_each_revision_once(
    both_ways: tuple[Path, dict, dict], data: st.DataObject
) -> None:
    template, files, expected = both_ways
    names = data.draw(st.permutations(sorted(files)))
    with tempfile.TemporaryDirectory() as scratch:
        head = copied_vault(template, Path(scratch) / "head", HEAD_PASSPHRASE)
        try:
            for name in names:
                for result in Importer(head).import_paths(files[name]):
                    assert result.status in (IMPORTED, ALREADY_HAD), (name, result.message)
            assert held(head) == expected
            assert Notebook(head).verify() == []
            importer = Importer(head)
            observer = next(b.author for b in importer.received_bundles() if not b.forwarded)
            assert not importer.missing(observer), importer.missing(observer)
            # Bundles sent to the head office keep their numbers, whichever way they came.
            direct = sorted(b.seq for b in importer.received_bundles(observer) if b.seq)
            assert direct == [1, 2]
        finally:
            head.close()


# ---- a forwarder who alters, drops or re-orders -------------------------------------------


def _forged(chain: Chain, edit: Callable[[dict[str, bytes], dict[str, Any]], None]) -> Path:
    """The regional coordinator's forwarded bundle, opened, changed by ``edit`` (its
    members and manifest), and signed again with the regional coordinator's own key and
    encrypted to the head office: what a forwarder could make."""
    [path] = forward(chain, "honest", everything=True)
    parts = bt.members(bt.decrypt(path.read_bytes(), chain.head))
    manifest = bt.manifest_of(parts)
    edit(parts, manifest)
    manifest = bt.rehash(manifest, parts)
    parts = bt.signed(parts, manifest, Identity(chain.regional).signing)
    head = ["manifest.json", "manifest.json.minisig"]
    order = [*head, *sorted(set(parts) - set(head))]
    archive = bt.zip_entries((name, parts[name]) for name in order)
    forged = chain.out("forged") / "forged.age"
    forged.write_bytes(bt.encrypt(archive, Identity(chain.head).age_recipient))
    return forged


def _lines(parts: dict[str, bytes]) -> list[bytes]:
    return parts["revisions.jsonl"].splitlines()


def _set_lines(parts: dict[str, bytes], lines: list[bytes]) -> None:
    parts["revisions.jsonl"] = b"".join(line + b"\n" for line in lines)


def _altered_text(parts: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    _set_lines(parts, [line.replace(b"note 1", b"note 9") for line in _lines(parts)])


def _dropped_line(parts: dict[str, bytes], manifest: dict[str, Any]) -> None:
    lines = _lines(parts)
    del lines[2]
    _set_lines(parts, lines)
    manifest["revisions"]["count"] -= 1


def _reordered(parts: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    lines = _lines(parts)
    lines[1], lines[2] = lines[2], lines[1]
    _set_lines(parts, lines)


def _altered_attachment(parts: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    [name] = [n for n in parts if n.startswith("attachments/")]
    parts[name] = parts[name] + b" changed"


def _recanonicalised(parts: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    """The same revisions, written as equal JSON with spaces: not the signed bytes."""
    lines = [json.dumps(json.loads(line)).encode() for line in _lines(parts)]
    _set_lines(parts, lines)


@pytest.mark.parametrize(
    "edit",
    [_altered_text, _dropped_line, _reordered, _altered_attachment, _recanonicalised],
    ids=lambda f: f.__name__.strip("_"),
)
def test_a_forwarder_who_alters_drops_or_reorders_a_revision_is_refused(
    chain: Chain, edit: Callable[[dict[str, bytes], dict[str, Any]], None]
) -> None:
    enter_trial(chain.observer, "State v. Tampered", notes=3, attachment=True)
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))
    [result] = Importer(chain.head).import_paths([_forged(chain, edit)])

    assert refusal(result) == "forwarded-altered"
    assert "records of Observer A that are not what Observer A signed" in result.message
    assert held(chain.head) == {}
    assert Importer(chain.head).received_bundles() == []


def test_a_forwarder_who_signs_an_authors_words_themselves_is_refused(chain: Chain) -> None:
    """The regional coordinator writes a manifest of its own saying the observer wrote
    it, and signs it with its own key: the signature is not the observer's."""
    enter_trial(chain.observer, "State v. Impersonated")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))

    def own_words(parts: dict[str, bytes], manifest: dict[str, Any]) -> None:
        [entry] = manifest["forwarded"]
        original = json.loads(base64.b64decode(entry["manifest"]))
        signed = bt.signed({}, original, Identity(chain.regional).signing)
        entry["manifest"] = base64.b64encode(signed["manifest.json"]).decode()
        entry["signature"] = base64.b64encode(signed["manifest.json.minisig"]).decode()

    [result] = Importer(chain.head).import_paths([_forged(chain, own_words)])
    assert refusal(result) == "signer-mismatch"
    assert held(chain.head) == {}


def test_a_forwarder_who_leaves_out_a_bundle_leaves_a_gap(chain: Chain) -> None:
    enter_trial(chain.observer, "State v. First Half")
    first = send(chain.observer, [chain.regional], chain.out("a1"))
    enter_trial(chain.observer, "State v. Second Half")
    later = send(chain.observer, [chain.regional], chain.out("a2"))
    take(chain.regional, first + later)

    def only_the_later(parts: dict[str, bytes], manifest: dict[str, Any]) -> None:
        entries = manifest["forwarded"]
        count = json.loads(base64.b64decode(entries[0]["manifest"]))["revisions"]["count"]
        _set_lines(parts, _lines(parts)[count:])
        manifest["forwarded"] = entries[1:]
        manifest["revisions"]["count"] -= count
        manifest["revisions"]["kinds"] = {"hearing": 1, "observation": 1, "trial": 1}

    [result] = Importer(chain.head).import_paths([_forged(chain, only_the_later)])
    assert result.status == IMPORTED, result.message
    [(_, _, gaps)] = result.written_by
    assert gaps.revisions == ((1, 3),)
    assert "Observer A: revision(s) 1-3 missing" in result.gaps


def test_bundles_forwarded_in_another_order_import_the_same(chain: Chain) -> None:
    enter_trial(chain.observer, "State v. One")
    first = send(chain.observer, [chain.regional], chain.out("a1"))
    enter_trial(chain.observer, "State v. Two")
    take(chain.regional, first + send(chain.observer, [chain.regional], chain.out("a2")))

    def swapped(parts: dict[str, bytes], manifest: dict[str, Any]) -> None:
        entries = manifest["forwarded"]
        count = json.loads(base64.b64decode(entries[0]["manifest"]))["revisions"]["count"]
        lines = _lines(parts)
        _set_lines(parts, lines[count:] + lines[:count])
        manifest["forwarded"] = entries[::-1]

    [result] = Importer(chain.head).import_paths([_forged(chain, swapped)])
    assert result.status == IMPORTED, result.message
    assert held(chain.head) == held(chain.observer)
    assert Notebook(chain.head).verify() == []


# ---- who the head office knows -------------------------------------------------------------


def test_an_author_the_head_office_does_not_know_is_named_and_nothing_imported(
    vault: Vault, coordinator: Vault, head: Vault, tmp_path: Path
) -> None:
    enter_trial(vault, "State v. Stranger")
    link(vault, coordinator)
    link(coordinator, head)  # the head office knows the regional, not the observer
    take(coordinator, send(vault, [coordinator], tmp_path / "to-regional"))
    folder = tmp_path / "to-head"
    folder.mkdir()
    paths = [
        folder / p.file_name
        for p in forward_bundles(coordinator, contact(coordinator, head), folder).parts
    ]

    [result] = Importer(head).import_paths(paths)
    assert refusal(result) == "forwarded-author-unknown"
    fingerprint = card_of(vault).fingerprint
    assert "records written by Observer A" in result.message
    assert fingerprint in result.message
    assert held(head) == {}
    assert Importer(head).received_bundles() == []
    assert Importer(head).quarantined() == []

    Contacts(head).add(card_of(vault))
    [result] = Importer(head).import_paths(paths)
    assert result.status == IMPORTED, result.message
    assert held(head) == held(vault)


def test_a_forwarder_who_is_not_a_contact_is_quarantined(
    vault: Vault, coordinator: Vault, head: Vault, tmp_path: Path
) -> None:
    enter_trial(vault, "State v. Unknown Forwarder")
    link(vault, coordinator)
    link(vault, head)
    Contacts(coordinator).add(card_of(head))  # the head office does not have the regional
    take(coordinator, send(vault, [coordinator], tmp_path / "to-regional"))
    folder = tmp_path / "to-head"
    folder.mkdir()
    forward_bundles(coordinator, contact(coordinator, head), folder)
    [result] = Importer(head).import_paths([folder])
    assert result.status == QUARANTINED
    Contacts(head).add(card_of(coordinator))
    [result] = Importer(head).import_quarantined()
    assert result.status == IMPORTED, result.message


def test_own_records_forwarded_back_are_refused(chain: Chain) -> None:
    """The head office's own bundle to the regional coordinator, forwarded back to it."""
    enter_trial(chain.head, "The head office's own notes")
    take(chain.regional, send(chain.head, [chain.regional], chain.out("from-head")))
    plan = plan_forward(chain.regional, contact(chain.regional, chain.head))
    assert plan.originals == ()  # the forwarder leaves them out

    def head_bundle_back(parts: dict[str, bytes], manifest: dict[str, Any]) -> None:
        [original] = list(chain.out("from-head").iterdir())
        own = bt.members(bt.decrypt(original.read_bytes(), chain.head))
        manifest["forwarded"] = [
            {
                "manifest": base64.b64encode(own["manifest.json"]).decode(),
                "signature": base64.b64encode(own["manifest.json.minisig"]).decode(),
            }
        ]
        parts.clear()
        parts["revisions.jsonl"] = own["revisions.jsonl"]
        summary = json.loads(own["manifest.json"])["revisions"]
        manifest["revisions"] = {"count": summary["count"], "kinds": summary["kinds"]}

    enter_trial(chain.observer, "State v. Anything")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))
    [result] = Importer(chain.head).import_paths([_forged(chain, head_bundle_back)])
    assert refusal(result) == "forwarded-own-bundle"


def test_a_forwarded_bundle_inside_a_forwarded_bundle_is_refused(chain: Chain) -> None:
    enter_trial(chain.observer, "State v. Nested")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))
    [inner] = forward(chain, "inner")
    inner_parts = bt.members(bt.decrypt(inner.read_bytes(), chain.head))

    def nested(parts: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["forwarded"].append(
            {
                "manifest": base64.b64encode(inner_parts["manifest.json"]).decode(),
                "signature": base64.b64encode(inner_parts["manifest.json.minisig"]).decode(),
            }
        )

    [result] = Importer(chain.head).import_paths([_forged(chain, nested)])
    assert refusal(result) == "forwarded-entry-not-original"


def test_too_many_originals_are_refused_before_any_is_read(chain: Chain) -> None:
    enter_trial(chain.observer, "State v. Many")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))

    def many(_parts: dict[str, bytes], manifest: dict[str, Any]) -> None:
        manifest["forwarded"] = [
            {"manifest": base64.b64encode(secrets.token_bytes(30)).decode(), "signature": "AA=="}
            for _ in range(10_001)
        ]

    [result] = Importer(chain.head).import_paths([_forged(chain, many)])
    assert refusal(result) == "forwarded-list-malformed"


# ---- idempotency, and older apps ------------------------------------------------------------


def test_the_same_forwarded_bundle_twice_changes_nothing(chain: Chain) -> None:
    enter_trial(chain.observer, "State v. Twice")
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))
    paths = forward(chain, "to-head")
    take(chain.head, paths)
    before = Importer(chain.head).received_bundles()
    [again] = Importer(chain.head).import_paths(paths)
    assert again.status == ALREADY_HAD
    assert Importer(chain.head).received_bundles() == before

    everything = forward(chain, "everything", everything=True)
    [result] = Importer(chain.head).import_paths(everything)
    assert result.status == ALREADY_HAD
    assert held(chain.head) == held(chain.observer)
    # Its number in the regional's series to the head office is 2: no gap from them.
    assert not Importer(chain.head).missing(chain.regional.observer_id)


def _reader_at(commit: str) -> types.ModuleType:
    """`bundle_format` as the app had it at ``commit``, from the repository's history."""
    try:
        source = subprocess.run(
            ["git", "show", f"{commit}:monitor_app/core/sync/bundle_format.py"],
            cwd=REPOSITORY,
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("the repository's history is not here (a copy without .git, or shallow)")
    module = types.ModuleType(f"bundle_format_at_{commit[:8]}")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    try:
        exec(compile(source, f"bundle_format.py ({commit[:8]})", "exec"), module.__dict__)  # noqa: S102 (our own code, from our own history)
    finally:
        del sys.modules[module.__name__]
    return module


@pytest.mark.parametrize("commit", [BEFORE_ISSUE_14, BEFORE_FORWARDING], ids=["v1", "v2"])
def test_an_older_app_refuses_a_forwarded_bundle_as_made_by_a_newer_one(
    chain: Chain, commit: str
) -> None:
    enter_trial(chain.observer, "State v. Newer", attachment=True)
    take(chain.regional, send(chain.observer, [chain.regional], chain.out("to-regional")))
    [path] = forward(chain, "to-head")
    old = _reader_at(commit)
    with pytest.raises(old.FutureFormat) as refused:
        old.read_archive(bt.decrypt(path.read_bytes(), chain.head))
    assert refused.value.code == "format-too-new"
    assert f"format version {FORWARD_FORMAT}, made by a newer Trial Monitor" in str(refused.value)
    assert FORMAT_VERSION == FORWARD_FORMAT


# ---- more than one forwarded bundle may carry ----------------------------------------------


@pytest.fixture
def three_bundles(chain: Chain, monkeypatch: pytest.MonkeyPatch) -> Chain:
    """Three bundles of three revisions received, and bundles that take at most four lines
    (the limit an import checks, lowered): each original needs a forwarded bundle of its own."""
    for title in ("First", "Second", "Third"):
        enter_trial(chain.observer, f"State v. {title}")
        take(chain.regional, send(chain.observer, [chain.regional], chain.out(title)))
    monkeypatch.setattr(bundle_format, "MAX_REVISION_LINES", 4)
    return chain


def test_what_one_forwarded_bundle_cannot_carry_goes_in_parts_imported_in_any_order(
    three_bundles: Chain,
) -> None:
    chain = three_bundles
    paths = forward(chain, "parts")
    assert len(paths) == 3
    sent = SentBundles(chain.regional).all()
    assert sorted(b.sequence_for(chain.head.observer_id) or 0 for b in sent) == [1, 2, 3]
    for path in reversed(paths):
        [result] = Importer(chain.head).import_paths([path])
        assert result.status == IMPORTED, result.message
    assert held(chain.head) == held(chain.observer)
    assert not Importer(chain.head).missing(chain.regional.observer_id)


def test_a_cancelled_forward_leaves_no_file_and_nothing_remembered(three_bundles: Chain) -> None:
    chain = three_bundles
    cancel = threading.Event()
    calls: list[int] = []

    def progress(done: int, _total: int) -> None:
        calls.append(done)
        if len(calls) == 2:  # after the first part was written
            cancel.set()

    folder = chain.out("cancelled")
    with pytest.raises(Cancelled):
        forward_bundles(
            chain.regional,
            contact(chain.regional, chain.head),
            folder,
            progress=progress,
            cancel=cancel,
        )
    assert list(folder.iterdir()) == []
    assert SentBundles(chain.regional).all() == []
