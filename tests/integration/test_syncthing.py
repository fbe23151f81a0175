"""Bundles over a real sync engine: two real Syncthing instances (Debian's `syncthing`,
installed by scripts/setup.sh) on loopback only, one the observer's and one the
coordinator's, each with its own home, API key and ports, and nothing that reaches
further: global and local discovery, relays, NAT traversal, usage and crash reporting off;
each device's address given explicitly. The observer's outbox is shared send-only to the
observer's folder in the coordinator's watch folder (receive-only), and the coordinator's
receipts folder for the observer back the same way (docs/sync-engines.md).

Through the app's own core (real vaults, real export, the watch folder's import as the
Watch folder tab runs it, real receipts and purge): bundles exported into the outbox arrive
and are imported by the watch folder on its own; a receipt comes back and the observer's
purge then works; Syncthing's temporary files and a real conflict copy are neither imported
twice nor reported as bad; a bundle still being written is waited for, not refused; and
when either instance stops in the middle of a large bundle's transfer (the receiver killed,
the sender shut down), the bundle arrives whole once it is back, and is imported once.
Transfers to the coordinator are throttled (1 MB/s, on loopback too) so that a 4 MB bundle
is caught in transit. The instances are stopped (killed if need be) whatever happens."""

from __future__ import annotations

import contextlib
import copy
import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.sync.export import SentBundle, export_bundle
from monitor_app.core.sync.importer import ALREADY_HAD, IMPORTED, Importer, ImportResult
from monitor_app.core.sync.receipts import (
    export_receipt,
    import_receipt,
    purge_candidates,
    purge_trials,
)
from monitor_app.core.sync.watch import INCOMPLETE, WatchFolder
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import Pairing

SYNCTHING = shutil.which("syncthing")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SYNCTHING is None, reason="the syncthing binary is installed by scripts/setup.sh"
    ),
]

PATIENCE = 90.0  # seconds any one step may take before the test gives up on it
STOP_PATIENCE = 20.0  # seconds an instance has to shut down before it is killed
COORDINATOR_KBPS = 1000  # what the coordinator's instance takes in, in KiB/s
LARGE = 4_000_000  # bytes of random attachment: a bundle that takes seconds to cross
BUNDLES, RECEIPTS = "trial-monitor-bundles", "trial-monitor-receipts"
PR_SET_PDEATHSIG = 1  # prctl(2)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Share:
    folder_id: str
    path: Path
    kind: str  # sendonly / receiveonly


@dataclass
class Syncthing:
    """One Syncthing instance with its own home, run as a child process."""

    home: Path
    name: str
    device_id: str = ""
    gui_port: int = field(default_factory=_free_port)
    port: int = field(default_factory=_free_port)
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    process: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        # STMONITORED: syncthing itself, without the monitor process it otherwise starts
        # first (the variable that monitor sets for it), so the process signalled is the one
        # that syncs. Should a syncthing ignore it, `stop` still reaches both.
        self.env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STMONITORED": "1"}
        self.log = self.home.parent / f"{self.name}.log"
        subprocess.run(
            [SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder"],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        self.device_id = subprocess.run(
            [SYNCTHING, "serve", f"--home={self.home}", "--device-id"],
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.strip()

    def configure(self, peer: Syncthing, shares: list[Share], recv_kbps: int = 0) -> None:
        """Rewrite the config `syncthing generate` made: loopback only, the peer at its
        address, the shared folders (each from the config's own folder defaults)."""
        path = self.home / "config.xml"
        tree = ET.parse(path)  # noqa: S314 (the file syncthing itself just wrote)
        root = tree.getroot()
        gui = _child(root, "gui")
        gui.set("tls", "false")
        _child(gui, "address").text = f"127.0.0.1:{self.gui_port}"
        _child(gui, "apikey").text = self.api_key
        options = _child(root, "options")
        for key, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "announceLANAddresses": "false",
            "urAccepted": "-1",  # usage reporting refused
            "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0",
            "startBrowser": "false",
            "reconnectionIntervalS": "1",
            "limitBandwidthInLan": "true",
            "maxRecvKbps": str(recv_kbps),
        }.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        for server in options.findall("globalAnnounceServer"):
            options.remove(server)
        defaults = _child(root, "defaults")
        device = copy.deepcopy(_child(defaults, "device"))
        device.attrib.update({"id": peer.device_id, "name": peer.name})
        _child(device, "address").text = f"tcp://127.0.0.1:{peer.port}"
        root.insert(0, device)
        for share in shares:
            folder = copy.deepcopy(_child(defaults, "folder"))
            folder.attrib.update(
                {
                    "id": share.folder_id,
                    "label": share.folder_id,
                    "path": str(share.path),
                    "type": share.kind,
                    "rescanIntervalS": "10",
                    "fsWatcherEnabled": "true",
                    "fsWatcherDelayS": "1",
                }
            )
            for member in folder.findall("device"):
                folder.remove(member)
            for device_id in (self.device_id, peer.device_id):
                member = ET.SubElement(folder, "device", {"id": device_id, "introducedBy": ""})
                ET.SubElement(member, "encryptionPassword")
            _child(folder, "pullerPauseS").text = "1"
            root.insert(0, folder)
            (share.path / ".stfolder").mkdir(parents=True, exist_ok=True)
        tree.write(path)

    def start(self) -> None:
        assert self.process is None
        self.process = subprocess.Popen(
            [
                SYNCTHING,
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                f"--logfile={self.log}",
                "--logflags=3",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a session of its own, all of which `stop` signals
            preexec_fn=_die_with_parent,  # noqa: PLW1509 (no threads in the child before exec)
        )
        process = self.process
        wait_for(lambda: process.poll() is not None or self._answers(), f"{self.name} to start")
        assert process.poll() is None, f"{self.name} exited: {tail(self.log)}"

    def _answers(self) -> bool:
        try:
            self.api("/rest/system/ping")
        except OSError:
            return False
        return True

    def api(self, path: str) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
            return json.loads(response.read())

    def connected_to(self, peer: Syncthing) -> bool:
        connections = self.api("/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def stop(self, how: signal.Signals = signal.SIGTERM) -> None:
        """Signal the instance (its monitor process and the syncthing the monitor runs, the
        session started for it) and wait until both have gone; killed if they take longer
        than `STOP_PATIENCE`."""
        process, self.process = self.process, None
        if process is None:
            return
        _signal_session(process.pid, how)
        deadline = time.monotonic() + STOP_PATIENCE
        while process.poll() is None or _session(process.pid):
            if time.monotonic() > deadline:
                _signal_session(process.pid, signal.SIGKILL)
                process.wait(timeout=STOP_PATIENCE)
                break
            time.sleep(0.05)


def _die_with_parent() -> None:
    """In the child before exec: be killed if the test process dies (a timeout that ends
    it without running the fixture's cleanup), so no instance outlives a test run."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _session(session: int) -> list[int]:
    """The processes of ``session`` still running (a zombie is not)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # gone meanwhile
            continue
        state, _parent, _group, its_session = text[text.rindex(")") + 2 :].split()[:4]
        if int(its_session) == session and state != "Z":
            found.append(int(stat.parent.name))
    return found


def _signal_session(session: int, how: signal.Signals) -> None:
    for pid in _session(session):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, how)


def _child(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.find(tag)
    assert found is not None, f"no <{tag}> in syncthing's config"
    return found


def tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_for(condition: Callable[[], object], what: str, patience: float = PATIENCE) -> None:
    """Until ``condition`` holds; a step that never comes fails the test, saying which."""
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


@dataclass
class Link:
    """The observer's and the coordinator's instances, and the folders they share."""

    observer: Syncthing
    coordinator: Syncthing
    outbox: Path  # the observer's, send-only
    watched: Path  # this observer's folder in the coordinator's watch folder, receive-only
    receipts_out: Path  # the coordinator's for this observer, send-only
    receipts_in: Path  # the observer's, receive-only

    def arrived(self, sent: Path, at: Path) -> bool:
        """Whether ``sent`` is at ``at`` under its own name, whole (the same bytes)."""
        here = at / sent.name
        try:
            return here.stat().st_size == sent.stat().st_size and (
                here.read_bytes() == sent.read_bytes()
            )
        except OSError:
            return False


@pytest.fixture
def link(tmp_path: Path) -> Iterator[Link]:
    observer_side, coordinator_side = tmp_path / "observer-side", tmp_path / "coordinator-side"
    link = Link(
        observer=Syncthing(observer_side / "syncthing", "observer"),
        coordinator=Syncthing(coordinator_side / "syncthing", "coordinator"),
        outbox=observer_side / "outbox",
        watched=coordinator_side / "incoming" / "observer-a",
        receipts_out=coordinator_side / "receipts" / "observer-a",
        receipts_in=observer_side / "receipts",
    )
    link.observer.configure(
        link.coordinator,
        [Share(BUNDLES, link.outbox, "sendonly"), Share(RECEIPTS, link.receipts_in, "receiveonly")],
    )
    link.coordinator.configure(
        link.observer,
        [
            Share(BUNDLES, link.watched, "receiveonly"),
            Share(RECEIPTS, link.receipts_out, "sendonly"),
        ],
        recv_kbps=COORDINATOR_KBPS,
    )
    try:
        link.observer.start()
        link.coordinator.start()
        wait_for(lambda: link.observer.connected_to(link.coordinator), "the devices to connect")
        yield link
    finally:
        for instance in (link.observer, link.coordinator):
            instance.stop()
            print(f"--- {instance.name}'s log ---\n{tail(instance.log)}")  # shown on failure


class Coordinator:
    """The coordinator's app: a watch folder polled as the Watch folder tab polls it, with
    every result it ever gave kept."""

    def __init__(self, vault: Vault, folder: Path) -> None:
        self.watch = WatchFolder(Importer(vault), folder)
        self.results: list[ImportResult] = []

    def look(self) -> list[ImportResult]:
        results = self.watch.poll()
        self.results.extend(results)
        return results

    def look_until(self, condition: Callable[[], bool], what: str) -> None:
        def looked() -> bool:
            self.look()
            return condition()

        wait_for(looked, what)

    def imported(self, bundle: SentBundle) -> bool:
        return any(r.bundle_id == bundle.bundle_id and r.status == IMPORTED for r in self.results)

    def check_nothing_bad(self) -> None:
        """Every result an import or a recognition; no bundle imported twice."""
        assert {r.status for r in self.results} <= {IMPORTED, ALREADY_HAD}, [
            (r.source, r.status, r.message) for r in self.results
        ]
        imported = Counter(r.bundle_id for r in self.results if r.status == IMPORTED)
        assert set(imported.values()) == {1}, imported


class Observer:
    def __init__(self, notebook: Notebook, hearing: Hearing, paired: Pairing) -> None:
        self.notebook, self.hearing, self.paired = notebook, hearing, paired

    def export(self, out: Path, text: str, attachment: bytes = b"") -> SentBundle:
        note = self.notebook.add_observation(self.hearing.id, "general.note", text=text)
        if attachment:
            self.notebook.add_attachment(note.id, "recording.bin", attachment)
        return export_bundle(self.notebook.vault, [self.paired.coordinator_contact], out)


def test_bundles_go_and_receipts_come_back_over_syncthing(
    link: Link,
    notebook: Notebook,
    trial: Trial,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
    tmp_path: Path,
) -> None:
    started = time.monotonic()
    observer = Observer(notebook, hearing, paired)
    desk = Coordinator(coordinator, link.watched.parent)
    staging = tmp_path / "observer-side" / "staging"  # not synced
    staging.mkdir()

    # A bundle exported into the outbox arrives and is imported by the watch folder.
    first = observer.export(link.outbox, "the judge read the verdict in ten minutes")
    desk.look_until(lambda: desk.imported(first), "the first bundle to be imported")

    # A bundle written into the outbox bit by bit (a copy in place, not the app's own
    # atomic write): what arrives cut short waits; the whole file is imported.
    second = observer.export(staging, "the defendant was not allowed to speak")
    data = (staging / second.file_name).read_bytes()
    arriving = link.outbox / second.file_name
    with arriving.open("wb") as out:
        out.write(data[: len(data) // 2])
    wait_for(
        lambda: (
            (link.watched / second.file_name).is_file()
            and (link.watched / second.file_name).stat().st_size == len(data) // 2
        ),
        "half of the second bundle to arrive",
    )
    desk.look_until(
        lambda: any(
            w.name == f"observer-a/{second.file_name}" and w.reason == INCOMPLETE
            for w in desk.watch.waiting
        ),
        "the cut-short bundle to be tried and left waiting",
    )
    assert not any(r.source == second.file_name for r in desk.results)
    with arriving.open("ab") as out:
        out.write(data[len(data) // 2 :])
    desk.look_until(lambda: desk.imported(second), "the completed second bundle to be imported")

    # A real conflict copy: the first bundle's file is changed on the coordinator's side
    # (touched), and the observer then puts another bundle under its name. Syncthing keeps
    # the coordinator's version aside as NAME.sync-conflict-....age: held already.
    landed = link.watched / first.file_name
    later = time.time() + 5
    os.utime(landed, (later, later))
    wait_for(
        lambda: link.coordinator.api(f"/rest/db/status?folder={BUNDLES}").get(
            "receiveOnlyChangedFiles"
        ),
        "the coordinator's instance to see its local change",
    )
    third = observer.export(staging, "the hearing was closed to the public")
    (staging / third.file_name).replace(link.outbox / first.file_name)

    def conflict_copies() -> list[str]:
        return [p.name for p in link.watched.iterdir() if ".sync-conflict-" in p.name]

    desk.look_until(
        lambda: desk.imported(third) and any(r.source in conflict_copies() for r in desk.results),
        "the third bundle and the conflict copy to be looked at",
    )
    [copy_name] = conflict_copies()
    held = [r for r in desk.results if r.source == copy_name]
    assert [(r.status, r.bundle_id) for r in held] == [(ALREADY_HAD, first.bundle_id)]

    # Syncthing's temporary files were never looked at; nothing was refused or imported
    # twice; each bundle's revisions are in the coordinator's vault once.
    desk.look()
    desk.check_nothing_bad()
    assert not [r for r in desk.results if r.source.startswith((".", "~"))]
    received = Importer(coordinator).received_bundles(paired.observer_contact.author)
    assert sorted(b.bundle_id for b in received) == sorted(
        b.bundle_id for b in (first, second, third)
    )

    # The coordinator's receipt comes back; the observer's purge then works.
    receipt = export_receipt(coordinator, paired.observer_contact, link.receipts_out)
    wait_for(lambda: link.arrived(receipt, link.receipts_in), "the receipt to arrive")
    acknowledged = import_receipt(notebook.vault, link.receipts_in / receipt.name)
    assert acknowledged.newly_acknowledged == 3
    [candidate] = purge_candidates(notebook.vault)
    assert (candidate.trial_id, candidate.purgeable) == (trial.id, True)
    assert purge_trials(notebook.vault, [trial.id]) == candidate.revisions
    assert notebook.list_trials() == []
    print(f"round trip over Syncthing: {time.monotonic() - started:.1f} s")


@pytest.mark.parametrize("who", ["coordinator", "observer"])
def test_a_large_bundle_survives_a_restart_mid_transfer(
    who: str,
    link: Link,
    notebook: Notebook,
    hearing: Hearing,
    coordinator: Vault,
    paired: Pairing,
) -> None:
    """The coordinator's instance is killed (SIGKILL, as a crash or a pulled plug would);
    the observer's is shut down (SIGTERM, as a laptop closing). Either way the transfer
    resumes once it is back, and the bundle is imported once, whole."""
    started = time.monotonic()
    observer = Observer(notebook, hearing, paired)
    desk = Coordinator(coordinator, link.watched.parent)
    victim, how = (
        (link.coordinator, signal.SIGKILL)
        if who == "coordinator"
        else (link.observer, signal.SIGTERM)
    )

    recording = os.urandom(LARGE)
    large = observer.export(link.outbox, "a recording of the hearing", recording)
    final = link.watched / large.file_name

    def in_transit() -> list[Path]:
        return [p for p in link.watched.iterdir() if p.name.startswith(".syncthing.")]

    wait_for(in_transit, "the transfer to begin")
    assert desk.look() == []  # Syncthing's temporary file is not looked at
    assert desk.watch.waiting == ()
    victim.stop(how)
    assert in_transit()
    assert not final.exists(), "the transfer ended before the instance was stopped"

    victim.start()
    wait_for(lambda: link.observer.connected_to(link.coordinator), "the devices to reconnect")
    desk.look_until(lambda: desk.imported(large), "the large bundle to be imported")
    desk.check_nothing_bad()
    [result] = [r for r in desk.results if r.bundle_id == large.bundle_id]
    assert result.new_revisions >= 2  # the observation and its attachment, and what came before
    assert final.read_bytes() == (link.outbox / large.file_name).read_bytes()
    assert not in_transit()
    print(f"restart of the {who}'s instance mid-transfer: {time.monotonic() - started:.1f} s")
