"""Render the main screens into docs/screenshots/, from a vault holding the fictional demo
trial (monitor_app/demo/trial.py). Real windows: run it under Xvfb, as scripts/screenshots.sh does.

    .venv/bin/python scripts/screenshots.py --lang en|ru|kk [--rtl] [--suffix NAME]

Per-user folders are redirected to a temporary directory, so your own settings and vault
are never touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "demo passphrase for screenshots"  # noqa: S105 (a throwaway demo vault)


def _isolate() -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="tm-shots-"))
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(tmp / name.lower())
        Path(os.environ[name]).mkdir(parents=True)
    return tmp


def main() -> None:  # noqa: PLR0915 (one screen after another, top to bottom)
    sys.path.insert(0, str(ROOT))
    from monitor_app.core.languages import LANGUAGES

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout check")
    parser.add_argument("--suffix", default="", help="added to file names, e.g. -200pct")
    args = parser.parse_args()
    tmp = _isolate()

    from PySide6.QtCore import Qt, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from monitor_app.core.records.notebook import Notebook
    from monitor_app.core.vault.crypto import KDF_FLOOR
    from monitor_app.core.vault.vault import Vault
    from monitor_app.demo.sync import COORDINATOR, fill_sync_demo
    from monitor_app.demo.trial import fill_demo_vault
    from monitor_app.gui.app import build
    from monitor_app.gui.common.settings import AppSettings

    folder = tmp / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, "Observer 7", kdf=KDF_FLOOR)
    ids = fill_demo_vault(Notebook(vault))
    sync_demo = fill_sync_demo(vault, tmp / "sync")
    vault.close()

    app = QApplication(sys.argv[:1])
    if args.rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    AppSettings().language = args.lang
    OUT.mkdir(parents=True, exist_ok=True)
    tag = f"{args.lang}{'-rtl' if args.rtl else ''}{args.suffix}"

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(OUT / f"{name}-{tag}.png"))
        print(OUT / f"{name}-{tag}.png")

    def shot_dialog(dialog: QDialog, name: str) -> None:
        dialog.show()
        shot(dialog, name)
        dialog.reject()

    def settle(busy: Callable[[], bool]) -> None:
        """Let a screen's background work answer before it is shot."""
        while busy():
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(10)

    # First run: the setup wizard, at the default (per-user) vault folder.
    wizard_window = build(app)
    wizard_window.show()
    shot(wizard_window, "setup-wizard")
    wizard_window.close()

    window = build(app, folder)
    window.show()
    shot(window, "unlock")

    locked = window.session
    unlocked_vault = Vault.open(folder)
    unlocked_vault.unlock(PASSPHRASE)
    locked.open_unlocked(unlocked_vault)
    workspace = window.workspace
    if workspace is None:
        raise SystemExit("the workspace did not open after unlocking")
    workspace.select(ids.trial, ids.hearing)
    shot(window, "workspace")

    from monitor_app.gui.records.history_dialog import HistoryDialog
    from monitor_app.gui.records.observation_editor import ObservationEditor
    from monitor_app.gui.setup.settings_dialog import SettingsDialog

    shot_dialog(ObservationEditor(locked, ids.hearing, ids.outage, window), "observation-editor")
    shot_dialog(HistoryDialog(locked, ids.outage, window), "history")
    shot_dialog(SettingsDialog(locked, AppSettings(), window.idle_lock, window), "settings")

    workspace.enter_live_mode(ids.hearing)
    shot(window, "live-mode")
    from monitor_app.gui.live.compact_logger import CompactLogger
    from monitor_app.gui.live.screen import LiveHearingWidget

    live = window.findChild(LiveHearingWidget)
    if live is None:
        raise SystemExit("live mode did not open")
    logger = CompactLogger(live.controller, window)
    logger.show()
    shot(logger, "compact-logger")
    logger.close()
    workspace.leave_live_mode()

    # Sync: contacts, a card's fingerprint to compare, sending, removing, importing.
    from monitor_app.core.sync.contacts import Contacts
    from monitor_app.gui.sync.contacts_dialog import ContactsDialog
    from monitor_app.gui.sync.fingerprint_dialog import AddContactDialog
    from monitor_app.gui.sync.import_dialog import ImportDialog
    from monitor_app.gui.sync.purge_dialog import PurgeDialog
    from monitor_app.gui.sync.sync_dialog import SyncDialog

    shot_dialog(ContactsDialog(locked, window), "contacts")
    coordinator = next(c for c in Contacts(locked.vault).list() if c.name == COORDINATOR)
    shot_dialog(AddContactDialog(coordinator.card, window), "add-contact")
    sync = SyncDialog(locked, window)
    sync.folder_edit.setText("/media/observer/USB STICK")
    shot_dialog(sync, "sync")
    purge = PurgeDialog(locked, window)
    settle(lambda: purge.is_loading)
    shot_dialog(purge, "purge")
    importer = ImportDialog(locked, window)
    importer.import_paths([sync_demo.inbox])
    settle(lambda: importer.progress.is_busy)
    shot_dialog(importer, "import")
    # Last of the observer's: what it adds changes no count shown above.
    aftermath_shots(window, ids.trial, shot, shot_dialog)

    locked.lock()

    # The coordinator's screen, on a vault of its own that three observers sent bundles to.
    from monitor_app.demo.coordinator import ASSESSED_STANDARD, DEMO_NOW, fill_coordinator_demo
    from monitor_app.gui.common.session import VaultSession
    from monitor_app.gui.coordinator.window import CoordinatorWindow

    coordinator_folder = tmp / "coordinator"
    coordinator_vault, _ = Vault.create(coordinator_folder, PASSPHRASE, COORDINATOR, kdf=KDF_FLOOR)
    fill_coordinator_demo(coordinator_vault, tmp / "observers")
    coordinator_session = VaultSession(coordinator_folder)
    coordinator_session.open_unlocked(coordinator_vault)
    screen = CoordinatorWindow(coordinator_session, AppSettings())
    screen.resize(1280, 760)
    screen.show()
    settle(lambda: screen.data is None or screen.is_loading)
    for dated in (screen.restrictions, screen.coming_up):  # the demo's own "today"
        dated.clock = lambda: DEMO_NOW
        dated.refresh()
    shot(screen, "coordinator-observers")
    for page, name in (
        (screen.trials, "coordinator-trials"),
        (screen.timeline, "coordinator-timeline"),
        (screen.sessions, "coordinator-sessions"),
        (screen.events, "coordinator-events"),
        (screen.dashboard, "coordinator-dashboard"),
        (screen.findings, "coordinator-findings"),
        (screen.figures, "coordinator-across-trials"),
        (screen.assessment, "coordinator-assessment"),
        (screen.restrictions, "coordinator-restrictions"),
        (screen.coming_up, "coordinator-coming-up"),
        (screen.report, "coordinator-report"),
    ):
        screen.tabs.setCurrentWidget(page)
        if page is screen.timeline:
            screen.timeline.show_filtered(trial=screen.timeline.trial_combo.itemData(1))
        if page is screen.events:  # the outage, confirmed: its observations side by side
            screen.events.select(screen.events.events()[0].id)
        if page is screen.findings:  # the standard the demo's coordinator assessed
            screen.findings.choose_standard(ASSESSED_STANDARD)
        if page is screen.assessment:
            screen.assessment.select_standard(ASSESSED_STANDARD)
        shot(screen, name)
    screen.tabs.setCurrentWidget(screen.watch)
    inbox = tmp / "observers" / "inbox"
    for bundle in inbox.iterdir():  # settled long ago: the first look takes them all
        os.utime(bundle, (bundle.stat().st_mtime - 60, bundle.stat().st_mtime - 60))
    screen.watch.start(inbox)
    settle(lambda: screen.watch.task is not None)
    settle(lambda: screen.is_loading)
    screen.resize(1280, 760)
    shot(screen, "coordinator-watch")
    screen.watch.stop()
    if not args.rtl and not args.suffix:  # a PDF looks the same whatever the screen's layout
        report_pages(screen.data, coordinator_vault, tmp, args.lang, tag)
    coordinator_session.lock()
    QTimer.singleShot(0, app.quit)
    app.exec()


def aftermath_shots(window: Any, trial_id: str, shot: Any, shot_dialog: Any) -> None:
    """The demo trial after its verdict (the story `demo.coordinator` tells its coordinator,
    on the same day): the "Sentence and follow-up" tab with the coming-up list beside the trials,
    and the forms of an element of the sentence and of a violation hearing's proceedings."""
    from datetime import date

    from monitor_app.core.records.aftermath import Aftermath
    from monitor_app.demo.coordinator import DEMO_NOW
    from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
    from monitor_app.gui.records.sentence_dialog import SentenceDialog

    session, workspace = window.session, window.workspace
    aftermath = Aftermath(session.notebook)
    name = "Maryna Karpenko"
    judged = date(2026, 11, 24)
    ban = aftermath.add_sentence_element(
        trial_id, name, "activity-ban", activities=("journalism", "social-media"), years=3,
        judgment_court="Leninsky District Court", judgment_date=judged, start_date=judged,
        wording="to deprive of the right to engage in journalism, including posting on the "
        "internet and in social networks, for a period of three years",
    )  # fmt: skip
    aftermath.add_sentence_element(
        trial_id, name, "restricted-freedom", years=2, judgment_date=judged, start_date=judged
    )
    clarification = aftermath.add_proceeding(
        trial_id, "clarification", sentence_id=ban.id, date=date(2026, 11, 26),
        brought_by="The defence", outcome="granted",
        request="Does the ban cover reposting other people's publications?",
        answer="Any placing of materials on the internet is journalism within the meaning of "
        "the sentence.",
    )  # fmt: skip
    violation = aftermath.add_proceeding(
        trial_id, "violation", sentence_id=ban.id, date=date(2026, 11, 28), brought_by="Police",
        conduct="post", conduct_detail="A repost of a human rights group's statement",
        outcome="detention", detention_days=10,
    )  # fmt: skip
    aftermath.add_proceeding(
        trial_id, "appeal", deadline=date(2026, 12, 8), brought_by="The defence"
    )
    pane = workspace.detail.aftermath
    for dated in (workspace.coming_up, pane.sentence_model):  # the demo's own "today"
        dated.clock = lambda: DEMO_NOW
    workspace.first_steps.dismiss()  # long done, months after the verdict: room for the tab
    workspace.select(trial_id)  # reads everything again
    workspace.detail.tabs.setCurrentWidget(pane)
    pane.select_record(clarification.id)  # the court's answer, quoted
    shot(window, "workspace-sentence")
    shot_dialog(
        SentenceDialog(session, trial_id, ban.id, window, clock=lambda: DEMO_NOW), "sentence-dialog"
    )
    shot_dialog(ProceedingDialog(session, trial_id, violation.id, window), "proceeding-dialog")
    workspace.detail.tabs.setCurrentIndex(0)


def report_pages(data: Any, vault: Any, tmp: Path, lang: str, tag: str) -> None:
    """The biggest trial's report as PDF, its first two pages as PNG."""
    from monitor_app.core.coordination.report_document import report_document
    from monitor_app.core.coordination.reports import ReportOptions, trial_report
    from monitor_app.core.sync.importer import Importer
    from monitor_app.render.pdf import write_pdf

    group = max(data.groups, key=lambda g: len(data.index.timeline(g.key)))
    report = trial_report(
        data.index, group.key, data.statuses, Importer(vault), ReportOptions(lang=lang)
    )
    pdf = tmp / "report.pdf"
    write_pdf(report_document(report), report.title, pdf)
    for page, name in ((1, "report-first-page"), (2, "report-second-page")):
        stem = OUT / f"{name}-{tag}"
        subprocess.run(  # noqa: S603 (our own file, fixed arguments)
            [  # noqa: S607 (poppler-utils from the system, installed by setup.sh)
                "pdftoppm",
                "-f",
                str(page),
                "-l",
                str(page),
                "-r",
                "80",
                "-png",
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        print(f"{stem}.png")


if __name__ == "__main__":
    main()
