"""Nothing a user typed reaches the disk in plaintext.

Distinctive strings go into every field a user can fill; then every byte under the vault
folder and the app's config, cache, data, state and log folders (all redirected under
tmp_path by the root conftest) is scanned for them, while the vault is open (WAL present)
and after it is closed. The scanned folders include the desktop's list of recent files
(GTK's ``$XDG_DATA_HOME/recently-used.xbel``, where a desktop file dialog would note each
chosen file as a percent-encoded URI, so markers are looked for in that form too)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault import crypto
from monitor_app.core.vault.vault import Vault

MARKERS = {
    "display_name": "Marker-Pseudonym-Kestrel",
    "passphrase": "marker passphrase Vellichor 42",
    "title": "Marker-Title-Zanzibar",
    "case_number": "Marker-Case-991177",
    "court": "Marker-Court-Ouagadougou",
    "defendant": "Маркер-Подсудимый-Щукин",
    "charge": "Marker-Charge-Sedition",
    "platform": "Marker-Platform-Jitsi",
    "venue": "Marker-Venue-Room-404",
    "judge": "Marker-Judge-Abernathy",
    "note": "Marker-Note-defendant-could-not-hear",
    "field": "Marker-Field-missed-testimony",
    "reason": "Marker-Reason-entered-twice",
    "comment": "Marker-Comment-glass-cage",
    "attachment": "Marker-Attachment-Bytes-PNG",
    "filename": "Marker-Filename-screenshot",
    "edit": "Marker-Edited-text-Quokka",
}


def _encodings(text: str) -> list[bytes]:
    return [
        text.encode("utf-8"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
        quote(text).encode("ascii"),  # as in a file:// URI (GTK's recent files)
    ]


def desktop_recent_files() -> Path:
    """GTK's list of recently used files, where its file dialog records every choice."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "recently-used.xbel"


def scan(
    roots: list[Path], markers: dict[str, str] = MARKERS, *, recent_files: Path | None = None
) -> list[str]:
    """ "<marker name> in <file>" for every marker found in any encoding under ``roots``,
    which must include the desktop's list of recent files (``recent_files``, by default
    where this process's XDG_DATA_HOME puts it)."""
    recent = recent_files or desktop_recent_files()
    assert any(recent.is_relative_to(root) for root in roots), f"{recent} is not scanned"
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for name, marker in markers.items():
                if any(encoded in data for encoded in _encodings(marker)):
                    found.append(f"{name} in {path}")
    return found


def fill_with_markers(notebook: Notebook) -> str:
    """A marker in every field a user can fill; returns the edited outage's id."""
    trial = notebook.add_trial(
        MARKERS["title"],
        case_number=MARKERS["case_number"],
        court=MARKERS["court"],
        defendants=(MARKERS["defendant"],),
        charges=(MARKERS["charge"],),
    )
    hearing = notebook.add_hearing(
        trial.id,
        datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        "remote",
        "Europe/Moscow",
        platform=MARKERS["platform"],
        venue=MARKERS["venue"],
        judges=(MARKERS["judge"],),
    )
    outage = notebook.start_interval(
        hearing.id,
        "remote.connection_lost",
        text=MARKERS["note"],
        parties=("defendant",),
        fields={"what_was_missed": MARKERS["field"]},
    )
    notebook.stop_interval(outage.id, court_response="continued")
    notebook.update_observation(outage.id, text=MARKERS["edit"])
    notebook.add_attachment(
        outage.id, MARKERS["filename"] + ".png", MARKERS["attachment"].encode() * 50
    )
    duplicate = notebook.add_observation(hearing.id, "general.note", text="dup")
    notebook.delete(duplicate.id, MARKERS["reason"])
    question = notebook.taxonomy.checklist[0].id
    notebook.set_checklist_answer(hearing.id, question, "no", MARKERS["comment"])
    return outage.id


def test_nothing_typed_reaches_disk_in_plaintext(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(
        folder, MARKERS["passphrase"], MARKERS["display_name"], kdf=crypto.KDF_FLOOR
    )
    notebook = Notebook(vault)
    outage_id = fill_with_markers(notebook)

    assert (folder / "vault.sqlite3-wal").exists()
    assert scan([tmp_path]) == []
    vault.close()
    assert scan([tmp_path]) == []

    with Vault.open(folder) as reopened:
        reopened.unlock(MARKERS["passphrase"])
        notebook = Notebook(reopened)
        assert notebook.get_observation(outage_id).text == MARKERS["edit"]
        assert reopened.display_name == MARKERS["display_name"]


def test_the_scan_finds_a_chosen_file_in_the_desktops_recent_files(tmp_path: Path) -> None:
    """What GTK's dialog would write after choosing an attachment: the scan must see it."""
    recent = desktop_recent_files()
    recent.parent.mkdir(parents=True, exist_ok=True)
    uri = "file:///home/observer/" + quote(MARKERS["defendant"]) + ".png"
    recent.write_text(f'<xbel version="1.0"><bookmark href="{uri}"/></xbel>\n')
    assert scan([tmp_path]) == [f"defendant in {recent}"]
