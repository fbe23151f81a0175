"""What the whole-hearing walkthroughs share (tests/gui/test_walkthrough.py, issue 12;
tests/gui/test_walkthrough_aftermath.py, issue 14): a `Walk` checks each step's windows as
a user sees them (they fit the screen, nothing that could be shown scrolls, no English
where the catalogue has a translation) and, with TRIAL_MONITOR_WALKTHROUGH_SHOTS=<folder>,
saves a PNG of each step there (scripts/walkthrough.sh runs the walks under Xvfb on a
1366×768 screen); `walk_on_a_small_laptop` runs a walk on such a screen; and the steps the
walks take alike: unlocking, sending a bundle, importing it, the coordinator's window, a
report written.

The screen: Qt's offscreen platform has one 800×800 screen unless told otherwise at start,
so on any other screen a walk runs itself again in a process of its own on a 1366×768 one
(as tests/gui/test_window_fit.py does).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.sync.identity import KeyCard
from monitor_app.gui.app import build
from monitor_app.gui.common.layout import ScrollingBody, screen_room
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import ZonedDateTimeEdit
from monitor_app.gui.coordinator.window import CoordinatorWindow
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.main_window import MainWindow
from monitor_app.gui.sync.import_dialog import ImportDialog
from monitor_app.gui.sync.sync_dialog import SyncDialog
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.coordinator_helpers import wait_loaded
from tests.gui.helpers import (
    CATALOGUES,
    ROOT,
    SLOW,
    SMALL_LAPTOP,
    WhenModal,
    child,
    click,
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

SHOTS = "TRIAL_MONITOR_WALKTHROUGH_SHOTS"  # a folder: a PNG of each step goes there
# Set in the process a walk starts on a 1366×768 screen: it must not start another.
ON_SMALL_SCREEN = "TRIAL_MONITOR_WALKTHROUGH_SCREEN"


def small_laptop(app: QApplication) -> bool:
    return app.primaryScreen().availableGeometry() == QRect(0, 0, *SMALL_LAPTOP)


# ---- what each step checks ------------------------------------------------------------


class Walk:
    """The steps walked in one language: each step's windows must fit the screen and show
    no English the catalogue translates; with a shots folder, each step is saved as a PNG,
    ``name``NN-step-<language>.png. Problems are gathered, so one run reports all of them."""

    def __init__(self, language: str, shots: Path | None, name: str = "") -> None:
        self.language = language
        self.shots = shots
        self.name = name
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
            shown = visible_texts(window) + table_texts(window) + field_texts(window)
            left = sorted({text for text in shown if text in self.english})
            if left:
                self.problems.append(f"{label}: English left: {left}")
        if self.shots is not None:
            self.save(window, self.shots / f"{self.name}{label}-{self.language}.png")

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
            lacking, spare = tables_could_give(widget)
            if 0 < lacking <= spare:
                found.append(
                    f"{describe(window)}: its body scrolls {lacking} px where its tables "
                    f"could give up {spare} px"
                )
        elif isinstance(widget, QTableView) and widget.horizontalScrollBar().isVisible():
            found.append(f"{describe(widget)}: its columns scroll sideways")
    return found


def tables_could_give(scrolling: ScrollingBody) -> tuple[int, int]:
    """How far ``scrolling``'s body is scrolled down out of view, and how much height the
    tables and lists shown in it have above their minimum: a body that scrolls although
    its tables could be shorter pushes the rest (a chart, the buttons under a table) out
    of view for nothing."""
    body = scrolling.widget()
    if body is None or not scrolling.verticalScrollBar().isVisible():
        return 0, 0
    lacking = body.height() - scrolling.viewport().height()
    views = [v for v in body.findChildren(QAbstractItemView) if v.isVisible()]
    spare = sum(
        max(0, v.height() - max(v.minimumHeight(), v.minimumSizeHint().height()))
        for v in views
        if not any(v is not o and o.isAncestorOf(v) for o in views)
    )
    return lacking, spare


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


def field_texts(window: QWidget) -> list[str]:
    """What the visible fields of ``window`` offer: each combo's choices, and the hints in
    its text boxes."""
    texts: list[str] = []
    for widget in own_widgets(window):
        if not widget.isVisible():
            continue
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
    return [t for t in texts if t]


# ---- running a walk -------------------------------------------------------------------


def walk_on_a_small_laptop(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    tmp_path: Path,
    walk: Callable[[Walk], None],
    *,
    language: str,
    name: str = "",
    known_elsewhere: Sequence[str] = (),
) -> None:
    """Run ``walk`` in ``language`` on a 1366×768 screen (in a pytest of its own when this
    one has another screen) and fail with every problem it met, but those
    ``known_elsewhere`` (found in files other work owns, and reported there)."""
    if not small_laptop(qapp):
        assert not os.environ.get(ON_SMALL_SCREEN), "the 1366x768 screen was not applied"
        again_on_a_small_screen(tmp_path, request.node.nodeid)
        return
    shots = os.environ.get(SHOTS)
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
    walked = Walk(language, Path(shots) if shots else None, name)
    try:
        walk(walked)
    finally:
        remove_translators(qapp)
    unexpected = [p for p in walked.problems if not any(k in p for k in known_elsewhere)]
    assert unexpected == [], "\n".join(unexpected)


def again_on_a_small_screen(tmp_path: Path, node: str) -> None:
    """The test ``node``, run by pytest in a process of its own on a 1366×768 offscreen
    screen."""
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
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp",
         str(tmp_path / "run"), node],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-4000:]


# ---- doing as a user does -------------------------------------------------------------


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


def answer_the_court_question(qtbot: QtBot, live: LiveHearingWidget, answer: str) -> None:
    """Answer "What did the court do meanwhile?" by the key its button shows (Ctrl+N)."""
    assert live.court.isVisible()
    button = live.court.buttons[answer]
    key = re.search(r"\((Ctrl\+(\d))\)$", button.text())
    assert key is not None, button.text()
    number = Qt.Key(Qt.Key.Key_0.value + int(key.group(2)))
    qtbot.keyClick(live.note_edit, number, Qt.KeyboardModifier.ControlModifier)
    assert not live.court.isVisible()


# ---- steps the walks share ------------------------------------------------------------


def open_app(qtbot: QtBot, qapp: QApplication, walk: Walk, folder: Path | None) -> MainWindow:
    """The app started in the walk's language on the vault in ``folder`` (None: the
    default place)."""
    AppSettings().language = walk.language
    main = build(qapp, folder)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def unlock(qtbot: QtBot, main: MainWindow, walk: Walk, step: str, passphrase: str) -> WorkspacePage:
    """The unlock screen seen, the passphrase typed; returns the workspace."""
    walk.step(step, main)
    type_into(qtbot, main, "passphraseEdit", passphrase)
    with qtbot.waitSignal(main.session.unlocked, timeout=SLOW):
        click(qtbot, main, "unlockButton")
    page = main.workspace
    assert page is not None
    return page


def send_bundle(
    qtbot: QtBot, page: WorkspacePage, walk: Walk, card: KeyCard, outbox: Path, sent: int = 1
) -> Path:
    """A bundle for the coordinator (the one contact, ticked) written to ``outbox`` through
    the Sync window; ``sent``: the bundles listed as sent once it is. Returns the bundle."""
    click(qtbot, page, "syncButton")
    sync = visible_dialog(page, SyncDialog)
    assert sync.windowTitle() == walk.tr("SyncDialog", "Sync")
    assert sync.recipients.checked_ids() == [card.author]
    outbox.mkdir()
    type_into(qtbot, sync, "exportFolderEdit", str(outbox))
    walk.step("sync", sync)
    click(qtbot, sync, "exportButton")
    qtbot.waitUntil(lambda: not sync.progress.is_busy, timeout=SLOW)
    [bundle] = outbox.iterdir()
    status = message(sync, "exportStatus")
    assert bundle.name in status
    assert card.display_name in status
    assert sync.sent.rowCount() == sent
    walk.step("bundle-sent", sync)
    click(qtbot, sync, "closeButton")
    return bundle


def import_bundle(qtbot: QtBot, page: WorkspacePage, walk: Walk, bundle: Path) -> None:
    """``bundle`` dropped on the coordinator's Import window, and imported."""
    click(qtbot, page, "importButton")
    importer = visible_dialog(page, ImportDialog)
    assert importer.windowTitle() == walk.tr("ImportDialog", "Import bundles")
    assert drop_on(importer, [QUrl.fromLocalFile(str(bundle))]) == (True, True)
    qtbot.waitUntil(lambda: not importer.progress.is_busy, timeout=SLOW)
    [result] = importer.shown_results()
    assert result.status == "imported"
    walk.step("imported", importer)
    click(qtbot, importer, "closeButton")


def open_findings(qtbot: QtBot, page: WorkspacePage, walk: Walk) -> CoordinatorWindow:
    """The coordinator's "Findings and reports" window, once read."""
    click(qtbot, page, "coordinatorButton")
    window = visible_dialog(page, CoordinatorWindow)
    assert window.windowTitle() == walk.tr("CoordinatorWindow", "Findings and reports")
    wait_loaded(qtbot, window)
    assert window.width() == screen_room(window).width()  # the tables want all of it
    return window


def write_report(
    qtbot: QtBot, window: CoordinatorWindow, walk: Walk, step: str, target: Path
) -> str:
    """The report chosen on the Report tab written to ``target``; returns what it said."""
    report = window.report
    type_into(qtbot, report, "reportFileEdit", str(target))
    click(qtbot, report, "writeReportButton")
    qtbot.waitUntil(lambda: not report.busy.is_busy, timeout=SLOW)
    status = message(report, "reportStatus")
    assert str(target) in status, status
    walk.step(step, window)
    return status
