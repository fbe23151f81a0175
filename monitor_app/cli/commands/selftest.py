"""`trial-monitor self-test`: check that this installation works, end to end, in a
throw-away folder — above all that a frozen build (PyInstaller) carries everything it needs.

It makes two vaults (an observer's and a coordinator's) in a temporary folder, writes an
observation with an attachment and reads it back after reopening, exchanges key cards,
exports a bundle and imports it on the other side (cryptography, pyrage and SQLite), then
starts Qt, writes the trial's report as PDF and DOCX and reads both back, loads the Russian
translations and the icon, builds the main window and renders it (the platform plugin,
fonts, styles). Nothing of the user's is read or written, apart
from the log file every command writes. One line per step on stdout; exit 0, or exit 1
with one line naming the step that failed and why.
"""

from __future__ import annotations

import argparse
import datetime
import logging
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor_app import __version__
from monitor_app.cli.common import PROG, CliError
from monitor_app.cli.session import Session
from monitor_app.core.resources import resource_path, resources_dir
from monitor_app.core.vault import crypto

log = logging.getLogger(__name__)

PASSPHRASE = "self-test passphrase, not a secret"  # noqa: S105 (a throw-away test vault)
NOTE_TEXT = "Self-test note: the defendant could not hear the judge."
ATTACHMENT = b"self-test attachment \x00\x01\x02"
TRANSLATED_LANGUAGE = "ru"
# A line of the About box in Russian: proves our .qm file is in use.
ABOUT_RU = "Версия {version}"
MIN_WINDOW_COLOURS = 3  # a background, text and its anti-aliasing at the very least

Step = Callable[[], str]


def _reason(exc: BaseException) -> str:
    from monitor_app.core.errors import TrialMonitorError

    if isinstance(exc, TrialMonitorError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class SelfTest:
    """The steps, in order; each returns a short detail for its line, or raises."""

    def __init__(self, folder: Path, screenshot: Path | None) -> None:
        self.folder = folder
        self.screenshot = screenshot
        self._open: list[Any] = []  # vaults to close at the end
        self._app: Any = None
        self._window: Any = None

    def steps(self) -> list[tuple[str, Step]]:
        return [
            ("resources", self.resources),
            ("vault", self.vault),
            ("observation", self.observation),
            ("bundle", self.bundle),
            ("qt", self.qt),
            ("report", self.report),
            ("translations", self.translations),
            ("icon", self.icon),
            ("window", self.window),
        ]

    # ---- the core -----------------------------------------------------------------------

    def resources(self) -> str:
        from monitor_app.core.coordination.grading import load_grading_scale
        from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
        from monitor_app.core.records.taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
        load_aftermath_vocabulary()  # the data files beside it: a build must carry them too
        scale = load_grading_scale()
        catalogue = resource_path("translations", f"trial_monitor_{TRANSLATED_LANGUAGE}.qm")
        if not catalogue.is_file():
            raise CliError(f"the translation catalogue is missing from {resources_dir()}")
        return (
            f"taxonomy {taxonomy.version}, {len(taxonomy.items())} codes, "
            f"{len(scale.grades)} grades, in {resources_dir()}"
        )

    def vault(self) -> str:
        from monitor_app.core.vault.vault import Vault

        self.observer_dir = self.folder / "observer"
        self.coordinator_dir = self.folder / "coordinator"
        observer, _ = Vault.create(self.observer_dir, PASSPHRASE, "Observer", kdf=crypto.KDF_FLOOR)
        observer.close()
        coordinator, _ = Vault.create(
            self.coordinator_dir, PASSPHRASE, "Coordinator", kdf=crypto.KDF_FLOOR
        )
        self._open.append(coordinator)
        self.coordinator = coordinator
        self.observer = self._unlocked(self.observer_dir)
        return "two vaults created (Argon2id, AES-256-GCM, SQLite); one closed and unlocked again"

    def _unlocked(self, folder: Path) -> Any:
        from monitor_app.core.vault.vault import Vault

        vault = Vault.open(folder)
        self._open.append(vault)
        vault.unlock(PASSPHRASE)
        return vault

    def observation(self) -> str:
        from monitor_app.core.records.notebook import Notebook

        notebook = Notebook(self.observer)
        trial = notebook.add_trial("Self-test trial", case_number="1/2026")
        start = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        hearing = notebook.add_hearing(trial.id, start, "remote", "Europe/Minsk")
        note = notebook.add_observation(hearing.id, "general.note", text=NOTE_TEXT)
        attachment = notebook.add_attachment(note.id, "self-test.bin", ATTACHMENT)
        self.trial_id, self.note_id = trial.id, note.id
        self._open.remove(self.observer)
        self.observer.close()
        self.observer = self._unlocked(self.observer_dir)
        again = Notebook(self.observer)
        if again.get_observation(note.id).text != NOTE_TEXT:
            raise CliError("the observation read back differs from what was written")
        if again.read_attachment(attachment.id)[1] != ATTACHMENT:
            raise CliError("the attachment read back differs from what was written")
        if again.verify():
            raise CliError("the observer's hash chain does not verify")
        return "written with an attachment, read back after reopening, hash chain verified"

    def bundle(self) -> str:
        from monitor_app.core.records.notebook import Notebook
        from monitor_app.core.sync.contacts import Contacts
        from monitor_app.core.sync.export import export_bundle
        from monitor_app.core.sync.files import open_sync_bytes, read_sync_file
        from monitor_app.core.sync.identity import Identity, KeyCard
        from monitor_app.core.sync.importer import IMPORTED, Importer

        observer_card = KeyCard.from_file_bytes(Identity(self.observer).card_file_bytes())
        coordinator_card = KeyCard.from_file_bytes(Identity(self.coordinator).card_file_bytes())
        coordinator = Contacts(self.observer).add(coordinator_card)
        Contacts(self.coordinator).add(observer_card)
        out = self.folder / "bundles"
        out.mkdir()
        sent = export_bundle(self.observer, [coordinator], out)
        path = out / sent.file_name
        manifest = open_sync_bytes(read_sync_file(path), Identity(self.coordinator)).manifest
        if manifest.get("app_version") != __version__:
            raise CliError(f"the bundle says app version {manifest.get('app_version')!r}")
        results = Importer(self.coordinator).import_paths([out])
        if [r.status for r in results] != [IMPORTED]:
            raise CliError("; ".join(f"{r.status}: {r.message}" for r in results) or "no bundle")
        received = Notebook(self.coordinator)
        if received.get_observation(self.note_id).text != NOTE_TEXT:
            raise CliError("the imported observation differs from the one sent")
        if received.verify():
            raise CliError("the imported hash chain does not verify")
        return (
            f"{sent.revisions} revisions exported (age, Ed25519) and imported; "
            f"manifest app_version {__version__}"
        )

    # ---- Qt -----------------------------------------------------------------------------

    def qt(self) -> str:
        if (
            sys.platform.startswith("linux")
            and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: Qt would abort
        from PySide6 import __version__ as pyside_version
        from PySide6.QtGui import QFontDatabase, QFontMetrics
        from PySide6.QtWidgets import QApplication

        from monitor_app.core import paths

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([PROG])
        app.setApplicationName(paths.APP_NAME)
        self._app = app
        families = QFontDatabase.families()
        if not families:
            raise CliError("Qt found no fonts (is fontconfig installed?)")
        if QFontMetrics(app.font()).horizontalAdvance("Trial Monitor") <= 0:
            raise CliError("Qt cannot measure text in the default font")
        return f"PySide6 {pyside_version}, platform {app.platformName()}, {len(families)} fonts"

    def report(self) -> str:
        """The imported trial's report as PDF (Qt) and as DOCX (python-docx, lxml and the
        template a frozen build must carry), each read back."""
        import io

        from docx import Document

        from monitor_app.core.coordination.coordinator_data import CoordinatorReading
        from monitor_app.core.coordination.report_common import ReportOptions
        from monitor_app.core.coordination.report_document import report_document
        from monitor_app.core.coordination.reports import trial_report
        from monitor_app.core.records.taxonomy import load_taxonomy
        from monitor_app.render.docx import docx_bytes
        from monitor_app.render.pdf import pdf_bytes

        reading = CoordinatorReading(self.coordinator, load_taxonomy(), trial=self.trial_id)
        report = trial_report(
            reading.index, self.trial_id, reading.statuses, reading.importer, ReportOptions()
        )
        document = report_document(report)
        pdf = pdf_bytes(document, report.title)
        if not pdf.startswith(b"%PDF-"):
            raise CliError("the PDF report is not a PDF")
        docx = docx_bytes(document, report.title)
        words = "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
        if report.title not in words:
            raise CliError("the DOCX report read back does not hold the trial's title")
        return f"PDF ({len(pdf) // 1024} KB) and DOCX ({len(docx) // 1024} KB), read back"

    def translations(self) -> str:
        from monitor_app.gui.app import translated_about

        loaded, about = translated_about(self._app, TRANSLATED_LANGUAGE, self.coordinator_dir)
        if loaded != 2:  # noqa: PLR2004 (ours and Qt's own)
            raise CliError(
                f"{loaded} of 2 {TRANSLATED_LANGUAGE} catalogues loaded (the app's and Qt's qtbase)"
            )
        if ABOUT_RU.format(version=__version__) not in about:
            raise CliError(f"the {TRANSLATED_LANGUAGE} catalogue does not translate the About box")
        return f"{TRANSLATED_LANGUAGE}: ours and Qt's own catalogue; About box shows {__version__}"

    def icon(self) -> str:
        from PySide6.QtGui import QIcon, QImage

        from monitor_app.gui.app import ICON

        path = resource_path(*ICON)
        image = QImage(str(path))
        if image.isNull() or QIcon(str(path)).isNull():
            raise CliError(f"the icon {path} cannot be read")
        return f"{image.width()}x{image.height()} PNG"

    def window(self) -> str:
        from monitor_app.gui.app import build

        window = build(self._app, self.coordinator_dir)  # an existing vault: the unlock page
        self._window = window
        page = window.pages.currentWidget()
        shown = page.objectName() if page is not None else "no page"
        pixmap = window.grab()
        image = pixmap.toImage()
        if image.isNull() or image.width() == 0:
            raise CliError("the main window could not be rendered")
        colours = len(set(memoryview(image.constBits()).cast("I")))
        if colours < MIN_WINDOW_COLOURS:
            raise CliError(f"the main window rendered blank ({colours} colours: no text?)")
        if self.screenshot is not None and not pixmap.save(str(self.screenshot), "PNG"):
            raise CliError(f"the screenshot could not be written to {self.screenshot}")
        return f"{shown} rendered at {image.width()}x{image.height()} with {colours} colours"

    # ---- the end ------------------------------------------------------------------------

    def close(self) -> None:
        if self._window is not None:
            self._window.close()  # locks its session
            self._window.deleteLater()
            self._app.processEvents()
        for vault in self._open:
            vault.close()
        self._open.clear()


def _where() -> str:
    kind = "frozen build" if getattr(sys, "frozen", False) else "source install"
    return (
        f"{PROG} {__version__} ({kind}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )


def cmd_self_test(args: argparse.Namespace, session: Session) -> int:
    print(f"self-test: {_where()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="trial-monitor-self-test-") as folder:
        test = SelfTest(Path(folder), args.screenshot)
        try:
            for name, step in test.steps():
                try:
                    detail = step()
                except Exception as exc:
                    log.exception("self-test: the %s step failed", name)
                    raise CliError(f"self-test failed at {name}: {_reason(exc)}") from exc
                print(f"self-test: {name}: ok ({detail})", flush=True)
        finally:
            test.close()
    print("self-test: passed", flush=True)
    return 0
