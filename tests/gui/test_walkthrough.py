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
screen, and that no English is left where the catalogue has a translation. With
TRIAL_MONITOR_WALKTHROUGH_SHOTS=<folder> each step is saved there as NN-step-<lang>.png
(scripts/walkthrough.sh runs this under Xvfb on a 1366×768 screen).

The screen: Qt's offscreen platform has one 800×800 screen unless told otherwise at start,
so on any other screen the test runs itself again in a process of its own on a 1366×768 one
(as tests/gui/test_window_fit.py does).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.records.records import HearingStatus
from monitor_app.core.records.totals import EntryCount
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.app import build
from monitor_app.gui.common.count_words import entry_count_text
from monitor_app.gui.common.layout import ScrollingBody, screen_room
from monitor_app.gui.common.models import condition_label, format_duration
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import PlainLabel, ZonedDateTimeEdit
from monitor_app.gui.coordinator.models import (
    ObserversModel,
    SessionTotalsModel,
    TimelineModel,
)
from monitor_app.gui.coordinator.window import CoordinatorWindow
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.main_window import MainWindow
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.models import HearingsModel, ObservationsModel
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.setup.wizard import SetupWizard
from monitor_app.gui.sync.contacts_dialog import ContactsDialog
from monitor_app.gui.sync.fingerprint_dialog import AddContactDialog
from monitor_app.gui.sync.import_dialog import ImportDialog
from monitor_app.gui.sync.models import ContactsModel
from monitor_app.gui.sync.sync_dialog import SyncDialog
from monitor_app.gui.workspace.first_steps import DONE_MARK, TO_DO_MARK, FirstStepsPanel
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.coordinator_helpers import wait_loaded
from tests.gui.helpers import (
    CATALOGUES,
    ROOT,
    SLOW,
    SMALL_LAPTOP,
    WhenModal,
    activate,
    child,
    click,
    column,
    confirm_code,
    confirm_fingerprint,
    describe,
    drop_on,
    message,
    messages,
    own_widgets,
    remove_translators,
    settled,
    type_into,
    type_text,
    visible_dialog,
)
from tests.gui.test_main_window import visible_texts
from tests.gui.workspace.test_note_column import MIN_NOTE_WIDTH, note_in_view
from tests.layers import PASSPHRASE
from tests.pdf_text import pdf_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh"
)

SHOTS = "TRIAL_MONITOR_WALKTHROUGH_SHOTS"  # a folder: a PNG of each step goes there
# Set in the process this test starts on a 1366×768 screen: it must not start another.
ON_SMALL_SCREEN = "TRIAL_MONITOR_WALKTHROUGH_SCREEN"

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


def small_laptop(app: QApplication) -> bool:
    return app.primaryScreen().availableGeometry() == QRect(0, 0, *SMALL_LAPTOP)


# ---- what each step checks ------------------------------------------------------------


class Walk:
    """The steps walked in one language: each step's windows must fit the screen and show
    no English the catalogue translates; with a shots folder, each step is saved as a PNG.
    Problems are gathered, so one run reports all of them."""

    def __init__(self, language: str, shots: Path | None) -> None:
        self.language = language
        self.shots = shots
        self.number = 0
        self.problems: list[str] = []
        self.seen: list[QWidget] = []  # the windows met so far
        self.catalogue = (
            messages(next(c for c in CATALOGUES if c.stem.endswith(f"_{language}")))
            if language != "en"
            else {}
        )
        # English sources whose translation differs (brand names such as "Trial Monitor" stay).
        self.english = {
            source
            for (_context, source), found in self.catalogue.items()
            if found.findtext("translation") not in ("", source)
        }

    def tr(self, context: str, source: str) -> str:
        """``source`` as the catalogue translates it in ``context`` (as itself in English)."""
        found = self.catalogue.get((context, source))
        return (found.findtext("translation") or source) if found is not None else source

    def step(self, name: str, window: QWidget) -> None:
        """A step's ``window`` as the user sees it: saved, fitted, read for English."""
        settled(window)
        self.number += 1
        label = f"{self.number:02d}-{name}"
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        if not screen.contains(frame):
            self.problems.append(f"{label}: {type(window).__name__} frame {frame} off {screen}")
        opened = window not in self.seen  # a body may scroll once a message grows it
        self.seen.append(window)
        self.problems.extend(f"{label}: {found}" for found in out_of_view(window, opened))
        if self.english:
            shown = visible_texts(window) + table_texts(window)
            left = sorted({text for text in shown if text in self.english})
            if left:
                self.problems.append(f"{label}: English left: {left}")
        if self.shots is not None:
            self.save(window, self.shots / f"{label}-{self.language}.png")

    @staticmethod
    def save(window: QWidget, path: Path) -> None:
        """The screen as the user sees it (every window on it) where the platform can grab
        it (X11), else the window itself."""
        if QGuiApplication.platformName() == "xcb":
            picture = window.screen().grabWindow(0)
        else:
            picture = window.grab()
        assert picture.save(str(path)), path


def out_of_view(window: QWidget, opened: bool) -> list[str]:
    """What the user must scroll to see although the screen has room to show it: a
    dialog's body scrolled sideways, or down as the window opens, while the window could
    be larger; a table's columns scrolled sideways."""
    room = screen_room(window)
    found = []
    for widget in own_widgets(window):
        if not widget.isVisible():
            continue
        if isinstance(widget, ScrollingBody):
            if widget.horizontalScrollBar().isVisible() and window.width() < room.width():
                found.append(f"{describe(window)}: its body scrolls sideways, {window.width()} px")
            tall = widget.verticalScrollBar().isVisible() and window.height() < room.height()
            if opened and tall:
                found.append(f"{describe(window)}: its body scrolls, {window.height()} px tall")
        elif isinstance(widget, QTableView) and widget.horizontalScrollBar().isVisible():
            found.append(f"{describe(widget)}: its columns scroll sideways")
    return found


def table_texts(window: QWidget) -> list[str]:
    """The column headings and cells of the tables shown in ``window``."""
    texts = []
    for view in own_widgets(window):
        model = view.model() if isinstance(view, QAbstractItemView) else None
        if model is None or not view.isVisible():
            continue
        # A list model's column count is private in Qt: it has one.
        listed = isinstance(model, QAbstractListModel)
        columns = 1 if listed else model.columnCount(QModelIndex())
        rows = model.rowCount(QModelIndex())
        for number in range(columns):
            texts.append(str(model.headerData(number, Qt.Orientation.Horizontal) or ""))
        for row in range(rows):
            for number in range(columns):
                value = model.index(row, number).data()
                if isinstance(value, str):
                    texts.append(value)
    return [t for t in texts if t]


def choose_file(walk: Walk, step: str, path: Path) -> WhenModal[QFileDialog]:
    """Type ``path`` into the next file dialog's file name and accept it, as a user does
    (keep the object). A dialog that stays open is closed, for the test to fail at once."""

    def pick(chooser: QFileDialog) -> None:
        walk.step(step, chooser)
        name = child(chooser, QLineEdit, "fileNameEdit")
        name.clear()
        type_text(name, str(path))
        chooser.accept()
        if chooser.isVisible():
            chooser.reject()

    return WhenModal(QFileDialog, pick)


def answer_box(walk: Walk, step: str, button: str, texts: list[str]) -> WhenModal[QMessageBox]:
    """Click ``button`` in the next message box, once seen (keep it)."""

    def answer(box: QMessageBox) -> None:
        walk.step(step, box)
        texts.append(box.text())
        child(box, QPushButton, button).click()

    return WhenModal(QMessageBox, answer)


def choose_code(combo: QComboBox, code: str) -> None:
    """Choose an item by keyboard, as a user would: Down until it is current."""
    target = combo.findData(code)
    assert target >= 0, f"{code} is not offered by {combo.objectName()}"
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


def type_hour(qtbot: QtBot, dialog: QWidget, name: str, hour_and_minute: str) -> None:
    """A click on the hour of a date-time editor, then the time typed (HHmm)."""
    edit = child(dialog, ZonedDateTimeEdit, name).edit
    text = edit.findChild(QLineEdit)
    assert text is not None
    date = text.text().split(" ")[0]
    x = text.cursorRect().width() + text.fontMetrics().horizontalAdvance(date + " ")
    QTest.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(x, text.height() // 2))
    qtbot.keyClicks(edit, hour_and_minute)


# ---- the test ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_a_new_observer_takes_a_hearing_to_the_coordinators_report(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    if not small_laptop(qapp):
        assert not os.environ.get(ON_SMALL_SCREEN), "the 1366x768 screen was not applied"
        again_on_a_small_screen(tmp_path, language)
        return
    shots = os.environ.get(SHOTS)
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
    walk = Walk(language, Path(shots) if shots else None)
    try:
        walk_through(qtbot, qapp, tmp_path, walk)
    finally:
        remove_translators(qapp)
    unexpected = [p for p in walk.problems if not any(k in p for k in KNOWN_ELSEWHERE)]
    assert unexpected == [], "\n".join(unexpected)


def again_on_a_small_screen(tmp_path: Path, language: str) -> None:
    """This test, run by pytest in a process of its own on a 1366×768 offscreen screen."""
    config = tmp_path / "screen.json"
    width, height = SMALL_LAPTOP
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(
        os.environ,  # the test's own home and settings folders (tests/conftest.py)
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        PYTHONPATH=str(ROOT),
        **{ON_SMALL_SCREEN: "1"},
    )
    env.pop("QT_SCALE_FACTOR", None)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    test = test_a_new_observer_takes_a_hearing_to_the_coordinators_report.__name__
    node = f"{Path(__file__).relative_to(ROOT)}::{test}[{language}]"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp",
         str(tmp_path / "run"), node],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-4000:]


def walk_through(qtbot: QtBot, qapp: QApplication, tmp_path: Path, walk: Walk) -> None:
    words = WORDS[walk.language]
    stick = tmp_path / "stick"  # what travels between the two: cards, the bundle
    stick.mkdir()
    coordinator_folder = tmp_path / "coordinator"
    coordinator_card = stick / "coordinator-card.json"
    with Vault.create(coordinator_folder, PASSPHRASE, words["coordinator"], kdf=KDF_FLOOR)[0] as v:
        coordinator_card.write_bytes(Identity(v).card_file_bytes())
    card = KeyCard.from_file_bytes(coordinator_card.read_bytes())

    AppSettings().language = walk.language
    main = build(qapp)  # no vault yet, in the default place: the setup wizard
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.windowTitle() == walk.tr("MainWindow", "Trial Monitor")
    set_up(qtbot, main, walk, words)
    observer_card = first_steps(qtbot, main, walk, card, coordinator_card, stick)
    hearing_id = trial_and_hearing(qtbot, main, walk, words)
    live_hearing(qtbot, main, walk, words, hearing_id)
    seen = held_in_the_workspace(qtbot, main, walk, words, hearing_id)
    bundle = send_bundle(qtbot, main, walk, words, card, stick)
    main.close()  # and locked
    assert not main.session.is_unlocked

    with Vault.open(coordinator_folder) as v:  # the coordinator adds the observer's card
        v.unlock(PASSPHRASE)
        Contacts(v).add(KeyCard.from_file_bytes(observer_card.read_bytes()))
    coordinator = build(qapp, coordinator_folder)
    qtbot.addWidget(coordinator)
    coordinator.show()
    qtbot.waitExposed(coordinator)
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
        button = live.court.buttons[COURT[code]]
        key = re.search(r"\((Ctrl\+(\d))\)$", button.text())
        assert key is not None, button.text()
        number = Qt.Key(Qt.Key.Key_0.value + int(key.group(2)))
        qtbot.keyClick(live.note_edit, number, Qt.KeyboardModifier.ControlModifier)
        assert not live.court.isVisible()
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


def send_bundle(
    qtbot: QtBot, main: MainWindow, walk: Walk, words: dict[str, str], card: KeyCard, stick: Path
) -> Path:
    page = main.workspace
    assert page is not None
    click(qtbot, page, "syncButton")
    sync = visible_dialog(page, SyncDialog)
    assert sync.windowTitle() == walk.tr("SyncDialog", "Sync")
    assert sync.recipients.checked_ids() == [card.author]  # the one contact, ticked
    outbox = stick / "outbox"
    outbox.mkdir()
    type_into(qtbot, sync, "exportFolderEdit", str(outbox))
    walk.step("sync", sync)
    click(qtbot, sync, "exportButton")
    qtbot.waitUntil(lambda: not sync.progress.is_busy, timeout=SLOW)
    [bundle] = outbox.iterdir()
    status = message(sync, "exportStatus")
    assert bundle.name in status
    assert card.display_name in status
    assert sync.sent.rowCount() == 1
    walk.step("bundle-sent", sync)
    click(qtbot, sync, "closeButton")
    return bundle


def coordinator_side(
    qtbot: QtBot,
    main: MainWindow,
    walk: Walk,
    words: dict[str, str],
    bundle: Path,
    seen: Seen,
    tmp_path: Path,
) -> None:
    walk.step("coordinator-unlock", main)
    type_into(qtbot, main, "passphraseEdit", PASSPHRASE)
    with qtbot.waitSignal(main.session.unlocked, timeout=SLOW):
        click(qtbot, main, "unlockButton")
    page = main.workspace
    assert page is not None
    click(qtbot, page, "importButton")
    importer = visible_dialog(page, ImportDialog)
    assert importer.windowTitle() == walk.tr("ImportDialog", "Import bundles")
    assert drop_on(importer, [QUrl.fromLocalFile(str(bundle))]) == (True, True)
    qtbot.waitUntil(lambda: not importer.progress.is_busy, timeout=SLOW)
    [result] = importer.shown_results()
    assert result.status == "imported"
    walk.step("imported", importer)
    click(qtbot, importer, "closeButton")

    click(qtbot, page, "coordinatorButton")
    window = visible_dialog(page, CoordinatorWindow)
    assert window.windowTitle() == walk.tr("CoordinatorWindow", "Coordinator")
    wait_loaded(qtbot, window)
    assert window.width() == screen_room(window).width()  # the tables want all of it
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
    assert len(timeline.rows()) == seen.logged.total
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
    report = window.report
    written: dict[str, Path] = {}
    for fmt in ("pdf", "json"):
        report.choose(trial=key, fmt=fmt, lang=walk.language)
        target = tmp_path / f"report.{fmt}"
        type_into(qtbot, report, "reportFileEdit", str(target))
        click(qtbot, report, "writeReportButton")
        qtbot.waitUntil(lambda: not report.busy.is_busy, timeout=SLOW)
        status = message(report, "reportStatus")
        assert str(target) in status, status
        assert entry_count_text(seen.logged) in status
        written[fmt] = target
        walk.step(f"report-{fmt}", window)
    pdf = pdf_text(written["pdf"])
    for text in (words["trial"], words["note"]):
        assert " ".join(text.split()) in " ".join(pdf.split()), text
    data = json.loads(written["json"].read_text(encoding="utf-8"))
    [reported] = data["sessions"]
    assert len(data["entries"]) == seen.logged.total
    assert {k: reported[f"seconds_{k}"] for k in seen.seconds} == seen.seconds
    click(qtbot, window, "closeButton")
