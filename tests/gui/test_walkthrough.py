"""Issue 12's last point: one hearing taken from a first start to the coordinator's report,
through the real windows, as a new user goes, on a 1366×768 screen, in each language.

The seed scenario of the issue: an observer in Almaty sets up the app (the wizard, the
recovery code), adds the coordinator's key card (comparing the fingerprint) and exports
their own, creates the trial (Kazakhstan) and a remote hearing on Zoom, logs it in live
mode (the connection lost, the defendant cannot hear and the audio lost at once; no private
channel with counsel; evidence denied; a note in the UI's language; what the court did, by
key; a line from the compact logger), marks it held, and sends a bundle. The coordinator
unlocks their vault, imports the bundle, finds the hearing and its figures in their tabs
(the figures the observer saw) and writes the report as PDF and JSON.

At each step: what a user would see (titles, labels, counts), that the window fits the
screen, and that no English is left where the catalogue has a translation (`Walk`, in
tests/gui/walkthrough_tools.py). With TRIAL_MONITOR_WALKTHROUGH_SHOTS=<folder> each step is
saved there as NN-step-<lang>.png (scripts/walkthrough.sh runs this under Xvfb on a
1366×768 screen).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from monitor_app.core.records.records import HearingStatus
from monitor_app.core.records.totals import EntryCount
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.count_words import entry_count_text
from monitor_app.gui.common.models import condition_label, format_duration
from monitor_app.gui.common.widgets import PlainLabel, ZonedDateTimeEdit
from monitor_app.gui.coordinator.models import (
    ObserversModel,
    SessionTotalsModel,
    TimelineModel,
)
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.main_window import MainWindow
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.models import HearingsModel, ObservationsModel
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.setup.wizard import SetupWizard
from monitor_app.gui.sync.contacts_dialog import ContactsDialog
from monitor_app.gui.sync.fingerprint_dialog import AddContactDialog
from monitor_app.gui.sync.models import ContactsModel
from monitor_app.gui.workspace.first_steps import DONE_MARK, TO_DO_MARK, FirstStepsPanel
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.helpers import (
    SLOW,
    activate,
    child,
    click,
    column,
    confirm_code,
    confirm_fingerprint,
    message,
    settled,
    type_into,
    type_text,
    visible_dialog,
)
from tests.gui.walkthrough_tools import (
    Walk,
    answer_box,
    answer_the_court_question,
    choose_code,
    choose_file,
    import_bundle,
    open_app,
    open_findings,
    send_bundle,
    type_hour,
    unlock,
    walk_on_a_small_laptop,
    write_report,
)
from tests.gui.workspace.test_note_column import MIN_NOTE_WIDTH, note_in_view
from tests.layers import PASSPHRASE
from tests.pdf_text import pdf_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh"
)

OBSERVER_PASSPHRASE = "quiet river under paper lanterns"
# What the observer and the coordinator type, in each language walked.
WORDS = {
    "ru": {
        "observer": "Наблюдатель Айгерим",
        "coordinator": "Координатор Даурен",
        "trial": "Государство против А. Журналиста",  # noqa: RUF001 (Cyrillic)
        "court": "Алмалинский районный суд",
        "note": "Защитник просил приобщить доказательства; суд отказал без объяснений.",
        "compact": "Судья отключил микрофон защитника",
    },
    "kk": {
        "observer": "Бақылаушы Әйгерім",
        "coordinator": "Үйлестіруші Дәурен",
        "trial": "Мемлекет пен А. Журналист",  # noqa: RUF001 (Cyrillic)
        "court": "Алмалы аудандық соты",
        "note": "Қорғаушы дәлелдемелерді қосуды сұрады; сот түсіндірмей бас тартты.",  # noqa: RUF001 (Cyrillic)
        "compact": "Судья қорғаушының микрофонын өшірді",
    },
    "en": {
        "observer": "Observer Aigerim",
        "coordinator": "Coordinator Dauren",
        "trial": "The State v. A. Journalist",
        "court": "Almaly District Court",
        "note": "Counsel asked to admit evidence; the court refused without reasons.",
        "compact": "The judge muted defence counsel",
    },
}
CONNECTION, AUDIO, CANNOT_HEAR = (
    "remote.connection_lost",
    "remote.audio_lost",
    "participation.defendant_cannot_hear",
)
POINTS = ("counsel.no_private_channel", "evidence.access_denied")
F_KEYS = {
    CONNECTION: Qt.Key.Key_F1,
    AUDIO: Qt.Key.Key_F2,
    CANNOT_HEAR: Qt.Key.Key_F4,
    POINTS[0]: Qt.Key.Key_F5,
    POINTS[1]: Qt.Key.Key_F6,
}
# What the court did while each interval ran, answered by its key.
COURT = {CONNECTION: "paused", AUDIO: "continued", CANNOT_HEAR: "continued"}


# Found by this walk in files other work owns, and reported there: the walk goes on past
# them. Drop a line once its fix lands.
KNOWN_ELSEWHERE: tuple[str, ...] = ()


@dataclass(frozen=True)
class Seen:
    """What the observer's workspace showed of the hearing, for the coordinator's side."""

    logged: EntryCount  # observations and free notes
    figures: dict[str, str]  # the totals as shown, by the report's names for them
    seconds: dict[str, int]


# ---- the test ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_a_new_observer_takes_a_hearing_to_the_coordinators_report(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    walk_on_a_small_laptop(
        request,
        qapp,
        tmp_path,
        lambda walk: walk_through(qtbot, qapp, tmp_path, walk),
        language=language,
        known_elsewhere=KNOWN_ELSEWHERE,
    )


def walk_through(qtbot: QtBot, qapp: QApplication, tmp_path: Path, walk: Walk) -> None:
    words = WORDS[walk.language]
    stick = tmp_path / "stick"  # what travels between the two: cards, the bundle
    stick.mkdir()
    coordinator_folder = tmp_path / "coordinator"
    coordinator_card = stick / "coordinator-card.json"
    with Vault.create(coordinator_folder, PASSPHRASE, words["coordinator"], kdf=KDF_FLOOR)[0] as v:
        coordinator_card.write_bytes(Identity(v).card_file_bytes())
    card = KeyCard.from_file_bytes(coordinator_card.read_bytes())

    main = open_app(qtbot, qapp, walk, None)  # no vault yet, in the default place: the wizard
    assert main.windowTitle() == walk.tr("MainWindow", "Trial Monitor")
    set_up(qtbot, main, walk, words)
    observer_card = first_steps(qtbot, main, walk, card, coordinator_card, stick)
    hearing_id = trial_and_hearing(qtbot, main, walk, words)
    live_hearing(qtbot, main, walk, words, hearing_id)
    seen = held_in_the_workspace(qtbot, main, walk, words, hearing_id)
    assert main.workspace is not None
    bundle = send_bundle(qtbot, main.workspace, walk, card, stick / "outbox")
    main.close()  # and locked
    assert not main.session.is_unlocked

    with Vault.open(coordinator_folder) as v:  # the coordinator adds the observer's card
        v.unlock(PASSPHRASE)
        Contacts(v).add(KeyCard.from_file_bytes(observer_card.read_bytes()))
    coordinator = open_app(qtbot, qapp, walk, coordinator_folder)
    try:
        coordinator_side(qtbot, coordinator, walk, words, bundle, seen, tmp_path)
    finally:
        coordinator.session.lock()


def set_up(qtbot: QtBot, main: MainWindow, walk: Walk, words: dict[str, str]) -> None:
    wizard = main.pages.currentWidget()
    assert isinstance(wizard, SetupWizard)
    steps = walk.tr("SetupWizard", "Step {step} of {steps}")
    assert child(wizard, QLabel, "stepLabel").text() == steps.format(step=1, steps=4)
    walk.step("wizard-name", main)
    type_text(child(wizard, QLineEdit, "nameEdit"), words["observer"])
    click(qtbot, wizard, "nextButton")
    assert child(wizard, QLabel, "stepLabel").text() == steps.format(step=2, steps=4)
    type_into(qtbot, wizard, "newPassphraseEdit", OBSERVER_PASSPHRASE)
    type_into(qtbot, wizard, "repeatPassphraseEdit", OBSERVER_PASSPHRASE)
    walk.step("wizard-passphrase", main)
    click(qtbot, wizard, "nextButton")
    assert wizard.pages.currentWidget() is wizard.folder_page
    assert str(main.session.folder) in child(wizard, QLabel, "folderPath").text()
    walk.step("wizard-folder", main)
    click(qtbot, wizard, "nextButton")  # Create vault: Argon2id calibrated for real
    qtbot.waitUntil(lambda: wizard.handover is not None, timeout=SLOW)
    handover = wizard.handover
    assert handover is not None
    walk.step("recovery-code", main)
    confirm_code(qtbot, handover)
    walk.step("recovery-code-confirmed", main)
    with qtbot.waitSignal(main.session.unlocked):
        click(qtbot, handover, "finishButton")
    assert isinstance(main.pages.currentWidget(), WorkspacePage)
    assert main.session.vault.display_name == words["observer"]


def first_steps(
    qtbot: QtBot, main: MainWindow, walk: Walk, card: KeyCard, coordinator_card: Path, stick: Path
) -> Path:
    """The first-steps panel: the coordinator's card added, the observer's own exported.
    Returns the observer's card file."""
    page = main.workspace
    assert page is not None
    panel = child(page, FirstStepsPanel, "firstStepsPanel")

    def marks() -> list[str]:
        keys = ("contact", "card", "trial")
        return [child(panel, QLabel, f"firstStep_{key}Mark").text() for key in keys]

    assert panel.isVisible()
    assert marks() == [TO_DO_MARK] * 3
    walk.step("first-steps", main)

    click(qtbot, page, "firstStepsContactsButton")
    contacts = visible_dialog(page, ContactsDialog)
    assert contacts.windowTitle() == walk.tr("ContactsDialog", "Contacts")
    walk.step("contacts", contacts)
    _picking = choose_file(walk, "choose-coordinator-card", coordinator_card)
    click(qtbot, contacts, "addContactButton")
    qtbot.waitUntil(lambda: not contacts.contacts_busy.is_busy, timeout=SLOW)
    adding = visible_dialog(contacts, AddContactDialog)
    walk.step("fingerprint", adding)
    with qtbot.waitSignal(contacts.contact_added):
        confirm_fingerprint(qtbot, contacts, card)
    assert column(contacts.model, ContactsModel.NAME) == [card.display_name]
    assert card.display_name in message(contacts, "contactsStatus")

    own = stick / "observer-card.json"
    _saving = choose_file(walk, "save-own-card", own)
    click(qtbot, contacts, "exportCardButton")
    qtbot.waitUntil(lambda: not contacts.card_busy.is_busy, timeout=SLOW)
    assert own.name in message(contacts, "cardStatus")
    walk.step("card-exported", contacts)
    click(qtbot, contacts, "closeButton")
    qtbot.waitUntil(lambda: marks() == [DONE_MARK, DONE_MARK, TO_DO_MARK])
    assert panel.isVisible()
    walk.step("first-steps-two-done", main)
    return own


def trial_and_hearing(qtbot: QtBot, main: MainWindow, walk: Walk, words: dict[str, str]) -> str:
    """New trial (Kazakhstan), then its remote hearing; returns the hearing's id."""
    page = main.workspace
    assert page is not None
    click(qtbot, page, "firstStepsTrialButton")
    trial = visible_dialog(page, TrialDialog)
    assert trial.windowTitle() == walk.tr("TrialDialog", "New trial")
    type_text(child(trial, QLineEdit, "titleEdit"), words["trial"])
    type_text(child(trial, QLineEdit, "courtEdit"), words["court"])
    type_into(qtbot, trial, "countryEdit", "KZ")
    walk.step("new-trial", trial)
    click(qtbot, trial, "okButton")
    assert not child(page, FirstStepsPanel, "firstStepsPanel").isVisible()  # all done
    assert child(page, PlainLabel, "trialTitle").text() == words["trial"]
    walk.step("trial-created", main)

    click(qtbot, page, "newHearingButton")
    dialog = visible_dialog(page, HearingDialog)
    assert dialog.windowTitle() == walk.tr("HearingDialog", "New hearing")
    zone = child(dialog, QComboBox, "zoneCombo")
    assert zone.currentText() == "Asia/Almaty"  # the trial's country's, not this computer's
    time_zone = walk.tr("ZonedDateTimeEdit", "{zone} time").format(zone="Asia/Almaty")
    assert child(dialog, QLabel, "scheduledStartZone").text() == time_zone
    choose_code(child(dialog, QComboBox, "modeCombo"), "remote")
    assert child(dialog, QComboBox, "attendanceCombo").currentData() == "remote"  # follows
    type_hour(qtbot, dialog, "scheduledStart", "1000")
    start_text = child(dialog, ZonedDateTimeEdit, "scheduledStart").edit.findChild(QLineEdit)
    assert start_text is not None
    assert start_text.text().endswith(" 10:00")
    type_into(qtbot, dialog, "platformEdit", "Zoom")
    walk.step("new-hearing", dialog)
    with qtbot.waitSignal(main.session.records_changed):
        click(qtbot, dialog, "okButton")
    hearing_id = page.current_hearing_id()
    assert hearing_id is not None
    hearing = main.session.notebook.get_hearing(hearing_id)
    assert (hearing.tz, hearing.mode, hearing.attendance) == ("Asia/Almaty", "remote", "remote")
    walk.step("hearing-created", main)
    return hearing_id


def live_hearing(
    qtbot: QtBot, main: MainWindow, walk: Walk, words: dict[str, str], hearing_id: str
) -> None:
    page = main.workspace
    assert page is not None
    click(qtbot, page.detail, "liveModeButton")
    live = child(main, LiveHearingWidget, "liveHearing")
    assert live.isVisible()
    activate(qtbot, main)
    walk.step("live", main)
    size = main.size()  # the window keeps it while the hearing runs
    taxonomy = live.controller.taxonomy
    names = {code: condition_label(taxonomy, code, walk.language) for code in F_KEYS}

    for code in (CONNECTION, CANNOT_HEAR, AUDIO):  # three losses at once
        qtbot.keyClick(live.note_edit, F_KEYS[code])
    running = {line.split(": ")[0] for line in live.losses.text().splitlines()}
    assert running == {names[CONNECTION], names[CANNOT_HEAR], names[AUDIO]}
    assert live.losses.font().bold()
    for code in POINTS:
        qtbot.keyClick(live.note_edit, F_KEYS[code])
    type_text(live.note_edit, words["note"])
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    assert live.note_edit.text() == ""
    walk.step("live-three-losses", main)

    notebook = main.session.notebook
    for code in (CONNECTION, AUDIO, CANNOT_HEAR):
        qtbot.keyClick(live.note_edit, F_KEYS[code])  # stopped: what did the court do?
        assert live.court.isVisible()
        if code == CONNECTION:
            walk.step("court-question", main)
        assert main.size() == size, "the window changed its size for the court's question"
        answer_the_court_question(qtbot, live, COURT[code])
        answered = [o for o in notebook.list_observations(hearing_id) if o.code == code]
        assert [o.court_response for o in answered] == [COURT[code]]
    assert live.losses.text() == walk.tr("LiveMode", "Participation not interrupted")

    click(qtbot, live, "compactLoggerButton")
    compact = live.compact_logger
    assert isinstance(compact, CompactLogger)
    qtbot.waitExposed(compact)
    activate(qtbot, compact)
    type_text(compact.note_edit, words["compact"])
    qtbot.keyClick(compact.note_edit, Qt.Key.Key_Return)
    note = condition_label(taxonomy, "general.note", walk.language)
    assert compact.saved_notice.text().endswith(note)
    walk.step("compact-logger", compact)
    walk.step("live-with-compact-logger", main)

    texts: list[str] = []
    _held = answer_box(walk, "mark-held", "confirmButton", texts)
    activate(qtbot, main)
    click(qtbot, live, "leaveLiveButton")
    assert texts, "leaving did not offer to mark the hearing held"
    qtbot.waitUntil(lambda: not shiboken6.isValid(compact) or not compact.isVisible())
    assert notebook.get_hearing(hearing_id).status == HearingStatus.HELD


def held_in_the_workspace(
    qtbot: QtBot, main: MainWindow, walk: Walk, words: dict[str, str], hearing_id: str
) -> Seen:
    """The workspace after live mode: held, the note in its column, the totals. Returns
    the figures it shows."""
    page = main.workspace
    assert page is not None
    assert page.stack.currentWidget() is page.browse_page
    hearing = main.session.notebook.get_hearing(hearing_id)
    held = page.hearings_model.display(hearing, HearingsModel.STATUS)
    assert column(page.hearings_model, HearingsModel.STATUS) == [held]
    pane = page.detail
    notes = column(pane.model, ObservationsModel.TEXT)
    assert words["note"] in notes
    assert words["compact"] in notes
    assert note_in_view(pane.view) >= MIN_NOTE_WIDTH
    row = notes.index(words["note"])
    pane.view.selectRow(pane.proxy.mapFromSource(pane.model.index(row, 0)).row())
    settled(main)
    assert pane.note_preview.isVisible()
    assert pane.note_preview.text() == words["note"]
    totals = main.session.notebook.hearing_totals(hearing_id)
    assert totals.entries == EntryCount(len(F_KEYS), 2)  # and two notes
    assert pane.model.rowCount() == totals.entries.total
    assert totals.open_intervals == 0
    seconds = {
        "lost": totals.seconds_lost,
        "could_not_follow": totals.seconds_defendant_could_not_follow,
        "continued": totals.seconds_continued_regardless,
    }
    seen = Seen(totals.entries, {k: format_duration(n) for k, n in seconds.items()}, seconds)
    shown = child(pane, PlainLabel, "hearingTotalsLabel").text()
    for figure in (entry_count_text(seen.logged), *seen.figures.values()):
        assert figure in shown, (figure, shown)
    walk.step("workspace-held", main)
    return seen


def coordinator_side(
    qtbot: QtBot,
    main: MainWindow,
    walk: Walk,
    words: dict[str, str],
    bundle: Path,
    seen: Seen,
    tmp_path: Path,
) -> None:
    page = unlock(qtbot, main, walk, "coordinator-unlock", PASSPHRASE)
    import_bundle(qtbot, page, walk, bundle)
    window = open_findings(qtbot, page, walk)
    observers = window.observers.model
    assert words["observer"] in column(observers, ObserversModel.NAME)
    walk.step("coordinator-observers", window)
    window.tabs.setCurrentWidget(window.trials)
    walk.step("coordinator-trials", window)

    window.tabs.setCurrentWidget(window.timeline)
    timeline = window.timeline
    trial_index = timeline.trial_combo.findText(words["trial"])
    assert trial_index >= 0
    key = str(timeline.trial_combo.itemData(trial_index))
    choose_code(timeline.trial_combo, key)
    settled(window)
    assert len(timeline.entries()) == seen.logged.total
    assert entry_count_text(seen.logged) in child(timeline, PlainLabel, "timelineScope").text()
    assert words["note"] in column(timeline.model, TimelineModel.NOTE)
    totals = timeline.totals
    assert totals.rowCount() == 1
    figures = {
        "lost": totals.index(0, SessionTotalsModel.LOST).data(),
        "could_not_follow": totals.index(0, SessionTotalsModel.DEFENDANT).data(),
        "continued": totals.index(0, SessionTotalsModel.CONTINUED).data(),
    }
    assert figures == seen.figures  # what the observer saw
    walk.step("coordinator-timeline", window)
    window.tabs.setCurrentWidget(window.sessions)
    walk.step("coordinator-sessions", window)
    window.tabs.setCurrentWidget(window.dashboard)
    summary = child(window.dashboard, PlainLabel, "dashboardSummary").text()
    assert entry_count_text(seen.logged) in summary
    walk.step("coordinator-dashboard", window)

    window.tabs.setCurrentWidget(window.report)
    written: dict[str, Path] = {}
    for fmt in ("pdf", "json"):
        window.report.choose(trial=key, fmt=fmt, lang=walk.language)
        target = tmp_path / f"report.{fmt}"
        status = write_report(qtbot, window, walk, f"report-{fmt}", target)
        assert entry_count_text(seen.logged) in status
        written[fmt] = target
    pdf = pdf_text(written["pdf"])
    for text in (words["trial"], words["note"]):
        assert " ".join(text.split()) in " ".join(pdf.split()), text
    data = json.loads(written["json"].read_text(encoding="utf-8"))
    [reported] = data["sessions"]
    assert len(data["entries"]) == seen.logged.total
    assert {k: reported[f"seconds_{k}"] for k in seen.seconds} == seen.seconds
    click(qtbot, window, "closeButton")
