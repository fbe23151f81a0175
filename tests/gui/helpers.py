"""Helpers the GUI tests share: finding, clicking and typing into named widgets, answering
modal dialogs, holding background tasks back, confirming a recovery code, unlocking a
session, reading the translation catalogues; opening the demo trial's screens (and its
exchange of bundles) and the accessibility and layout checks on them. Not a test module
(``python -m tests.gui.helpers`` runs the 200% layout check)."""

from __future__ import annotations

import contextlib
import json
import re
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Generic, TypeVar

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractItemModel,
    QElapsedTimer,
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextDocument,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QStyle,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.identity import Identity, KeyCard
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.recovery_codes import RECOVERY_GROUPS
from monitor_app.core.vault.vault import Vault
from monitor_app.demo.sync import COORDINATOR, fill_sync_demo
from monitor_app.demo.trial import DemoIds, fill_demo_vault
from monitor_app.gui.app import build
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.navigation import Screen as ToolScreen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.widgets import ZonedDateTimeEdit, plain_name
from monitor_app.gui.coordinator.window import CoordinatorWindow
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.log import LiveLogModel
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.main_window import MainWindow
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.observation_editor import ObservationEditor
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.setup.recovery_code import CodeHandover, RecoveryCodeConfirm
from monitor_app.gui.setup.settings_dialog import SettingsDialog
from monitor_app.gui.sync.contacts_dialog import ContactsDialog
from monitor_app.gui.sync.fingerprint_dialog import AddContactDialog
from monitor_app.gui.sync.import_dialog import ImportDialog
from monitor_app.gui.sync.purge_dialog import PurgeDialog
from monitor_app.gui.sync.sync_dialog import SyncDialog
from monitor_app.gui.workspace.navigator import Navigator
from tests.layers import PASSPHRASE

SLOW = 60_000  # ms: real Argon2id calibration on a busy two-core machine
ROOT = Path(__file__).parents[2]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("trial_monitor_*.ts"))

W = TypeVar("W", bound=QWidget)


# ---- widgets --------------------------------------------------------------------------


def shown(qtbot: QtBot, widget: W, size: tuple[int, int] | None = None, exposed: bool = False) -> W:
    """``widget`` handed to qtbot and shown (at ``size``; ``exposed``: once on screen)."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    if exposed:
        qtbot.waitExposed(widget)
    return widget


def open_tool_screen(
    qtbot: QtBot, session: VaultSession, screen: ToolScreen, kind: type[W], size: tuple[int, int]
) -> W:
    """A tool screen opened as the workspace opens it: through the navigator, which then
    opens the screens it asks for."""
    dialog = Navigator(session, AppSettings()).open(screen, None)
    assert isinstance(dialog, kind)
    return shown(qtbot, dialog, size)


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    button = child(parent, QPushButton, name)
    assert button.isVisible(), f"{name} is not shown"
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, parent: QWidget, name: str) -> None:
    """Click a check box on its box (a wide one's middle may be past its text)."""
    box = child(parent, QCheckBox, name)
    assert box.isVisible(), f"{name} is not shown"
    assert box.isEnabled(), f"{name} is disabled"
    x = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 1
    if box.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        x = box.width() - 1 - x
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(x, box.height() // 2))


# ---- typing ---------------------------------------------------------------------------


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str, enter: bool = False) -> None:
    edit = child(parent, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (QTest's key clicks take ASCII only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def type_wall_time(qtbot: QtBot, parent: QWidget, name: str, digits: str) -> None:
    """Type a date and time into a date-time editor, section by section (yyyyMMddHHmm)."""
    edit = child(parent, ZonedDateTimeEdit, name).edit
    edit.setFocus()
    edit.setSelectedSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, digits)


def type_zone(qtbot: QtBot, parent: QWidget, zone_name: str) -> None:
    """Type over the time zone in ``parent``'s zone box."""
    zone = child(parent, QComboBox, "zoneCombo").lineEdit()
    zone.clear()
    qtbot.keyClicks(zone, zone_name)


# ---- modal dialogs --------------------------------------------------------------------


class WhenModal(Generic[W]):
    """Calls ``act`` with the next modal widget of ``kind`` once it is up: a modal dialog
    runs its own event loop, so the test cannot reach it directly. Keep the object."""

    def __init__(self, kind: type[W], act: Callable[[W], None]) -> None:
        self.kind = kind
        self.act = act
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(10)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, self.kind):
            # Another modal window may be the "active" one (offscreen, after earlier tests):
            # the dialog of this kind that is up counts too.
            widget = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, self.kind) and w.isVisible() and w.isModal()
                ),
                None,
            )
        if isinstance(widget, self.kind):
            self.timer.stop()
            self.act(widget)


def choose_in_file_dialog(dialog: QFileDialog, chosen: Path) -> None:
    """Type ``chosen`` into a file dialog's name box, as a user would, and accept; while the
    dialog still lists its folder (in a thread) it may stay open, so try again shortly."""
    name_box = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_box is not None
    name_box.setText(str(chosen))
    dialog.accept()
    if dialog.isVisible():
        QTimer.singleShot(50, lambda: choose_in_file_dialog(dialog, chosen))


class MessageBoxAnswer(WhenModal[QMessageBox]):
    """Clicks ``button_name`` in the next message box; ``texts`` gets what it said."""

    def __init__(self, button_name: str) -> None:
        self.texts: list[str] = []

        def answer(box: QMessageBox) -> None:
            self.texts.append(box.text())
            child(box, QPushButton, button_name).click()

        super().__init__(QMessageBox, answer)


# ---- background tasks -----------------------------------------------------------------


class _Blocker(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def run(self) -> None:
        self.release.wait(SLOW / 1000)


@contextlib.contextmanager
def thread_pool_held() -> Iterator[None]:
    """Every thread of Qt's pool busy until the block ends: a task started inside waits
    in the queue, so a test can cancel it before it runs, deterministically."""
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    blockers = [_Blocker(release) for _ in range(pool.maxThreadCount())]
    for blocker in blockers:
        blocker.setAutoDelete(False)
        pool.start(blocker)
    try:
        yield
    finally:
        release.set()
        pool.waitForDone(SLOW)


# ---- the vault ------------------------------------------------------------------------


def unlock_session(session: VaultSession) -> None:
    """Unlock ``session``'s vault with the test passphrase, as the unlock screen would."""
    vault = Vault.open(session.folder)
    vault.unlock(PASSPHRASE)
    session.open_unlocked(vault)


def shown_code(confirm: RecoveryCodeConfirm) -> str:
    """The code as the screen shows it, group by group."""
    return "-".join(
        child(confirm, QLabel, f"codeGroup{i}").text() for i in range(1, RECOVERY_GROUPS + 1)
    )


def confirm_code(qtbot: QtBot, handover: CodeHandover) -> str:
    """Write the code down, type the two asked groups back sloppily (lower case, O for 0:
    forgiven), and return the code."""
    confirm = handover.confirm
    code = shown_code(confirm)
    groups = code.split("-")
    click(qtbot, confirm, "writtenDownButton")
    with qtbot.waitSignal(confirm.confirmed):
        for position, number in enumerate(confirm.asked_groups, start=1):
            sloppy = groups[number - 1].lower().replace("0", "o")
            type_into(qtbot, confirm, f"confirmGroupEdit{position}", sloppy)
    assert confirm.is_confirmed
    return code


# ---- sync -------------------------------------------------------------------------------


def finish(qtbot: QtBot, task: Task | None) -> None:
    """Wait until a task a screen started has answered (its callbacks have run)."""
    assert task is not None, "no task was started"
    with qtbot.waitSignal(task.finished, timeout=SLOW):
        pass


def visible_dialog(parent: QWidget, kind: type[W]) -> W:
    """The one shown dialog of ``kind`` that ``parent`` opened (they open without blocking)."""
    dialogs = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1, f"expected one open {kind.__name__}, found {len(dialogs)}"
    return dialogs[0]


def card_file(session: VaultSession, folder: Path) -> Path:
    """The session's own key card as its owner exports it, in ``folder``."""
    path = folder / f"{session.folder.name}-card.json"
    path.write_bytes(Identity(session.vault).card_file_bytes())
    return path


def card_of(session: VaultSession) -> KeyCard:
    return KeyCard.from_file_bytes(Identity(session.vault).card_file_bytes())


def pair(observer: VaultSession, coordinator: VaultSession) -> None:
    """Each adds the other's key card (what the contacts screen does once they compared)."""
    Contacts(observer.vault).add(card_of(coordinator))
    Contacts(coordinator.vault).add(card_of(observer))


def confirm_fingerprint(qtbot: QtBot, parent: QWidget, card: KeyCard) -> None:
    """In the fingerprint dialog ``parent`` opened: check it shows ``card``'s groups, that
    it adds nothing before the match is confirmed, then confirm."""
    dialog = visible_dialog(parent, AddContactDialog)
    groups = [child(dialog, QLabel, f"fingerprintGroup{i}").text() for i in range(1, 9)]
    assert " ".join(groups) == card.fingerprint
    ok = child(dialog, QPushButton, "addContactOkButton")
    assert not ok.isEnabled()
    dialog.accept()  # Enter, say: not without the tick
    assert dialog.isVisible()
    tick(qtbot, dialog, "fingerprintMatchCheck")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())  # closed (and deleted)


def message(parent: QWidget, name: str) -> str:
    """What an inline message (`MessageLabel` ``name``) says; "" while it is hidden."""
    label = child(parent, MessageLabel, name)
    return label.text() if label.isVisible() else ""


def drop_on(widget: QWidget, urls: list[QUrl]) -> tuple[bool, bool]:
    """Drag ``urls`` onto ``widget`` and drop them there, as a file manager would; whether
    the widget accepted the drag, and the drop (only offered if the drag was accepted)."""
    mime = QMimeData()
    mime.setUrls(urls)
    action, button, keys = (
        Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )  # fmt: skip
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, button, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(20, 20), action, mime, button, keys)
    QApplication.sendEvent(widget, drop)
    return True, drop.isAccepted()


def column(model: QAbstractItemModel, number: int) -> list[str]:
    """What a table shows in one column, row by row."""
    return [str(model.index(row, number).data()) for row in range(model.rowCount())]


# ---- translation catalogues -----------------------------------------------------------


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """The messages of a Qt Linguist catalogue by (context, English source)."""
    tree = ET.parse(ts)  # noqa: S314 (our own file, in the repository)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


# ---- the demo trial's screens ---------------------------------------------------------
# Every main screen, built from the fictional demo trial (monitor_app.demo.trial) as
# scripts/screenshots.py builds it, for the accessibility and layout checks. Nothing here
# needs qtbot, so a process of its own (the 200% check) can use it too.

SMALL_LAPTOP = (1366, 768)  # logical pixels: the smallest screen the app must fit
SCREENS = (
    "wizard",  # first page
    "unlock",
    "workspace",  # the demo trial and its held hearing chosen
    "live",  # live mode, the detail panel open on the outage
    "compact",  # the compact logger, at its own size
    "editor",  # the observation editor on the outage
    "settings",
    "trial",
    "hearing",
    "contacts",  # the coordinator and a second observer added (monitor_app.demo.sync)
    "add-contact",  # the fingerprint to compare, for the coordinator's card
    "sync",  # two bundles sent, the first confirmed by a receipt
    "purge",  # the demo trial, which the receipt confirms
    "import",  # the demo inbox imported: one bundle in, one quarantined
    "coordinator",  # the demo inbox imported, then every tab of the coordinator's screen
)
SYNC_DIALOGS = ("contacts", "add-contact", "sync", "purge", "import", "coordinator")
INBOX = "inbox"  # beside a demo vault's folder: bundles addressed to it (demo.sync)


@dataclass
class Screen:
    main: MainWindow  # holds the session: lock it when done
    window: QWidget  # the screen's own window: the main window, a dialog, the logger


def fill_demo(vault_folder: Path) -> DemoIds:
    """Put the demo trial into the (test passphrase's) vault in ``vault_folder``, and its
    exchange of bundles (contacts, bundles sent, an inbox beside the folder)."""
    with Vault.open(vault_folder) as vault:
        vault.unlock(PASSPHRASE)
        ids = fill_demo_vault(Notebook(vault))
        fill_sync_demo(vault, vault_folder.parent)
        return ids


def wait_for(condition: Callable[[], bool], timeout_ms: int = SLOW) -> None:
    """Turn the event loop until ``condition`` holds (background tasks answer through it),
    for code without qtbot: the screens of the checks, the 200% process."""
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        assert timer.elapsed() < timeout_ms, "timed out"
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10)


def sync_screen(session: VaultSession, folder: Path, name: str, main: MainWindow) -> QDialog:
    """A sync screen of the demo vault, once its background work has answered."""
    if name == "add-contact":
        coordinator = next(c for c in Contacts(session.vault).list() if c.name == COORDINATOR)
        return AddContactDialog(coordinator.card, main)
    if name == "import":
        dialog = ImportDialog(session, main)
        dialog.import_paths([folder.parent / INBOX])
        wait_for(lambda: not dialog.progress.is_busy)
        return dialog
    if name == "coordinator":
        Importer(session.vault).import_paths([folder.parent / INBOX])
        coordinator = CoordinatorWindow(session, AppSettings(), main)
        wait_for(lambda: coordinator.data is not None and not coordinator.is_loading)
        return coordinator
    if name == "purge":
        purge = PurgeDialog(session, main)
        wait_for(lambda: not purge.is_loading)
        return purge
    tools: dict[str, Callable[[], QDialog]] = {
        "contacts": lambda: ContactsDialog(session, main),
        "sync": lambda: SyncDialog(session, main),
    }
    return tools[name]()


def open_screen(
    app: QApplication, folder: Path, ids: DemoIds, name: str, size: tuple[int, int] = SMALL_LAPTOP
) -> Screen:
    """Show screen ``name`` (one of SCREENS) of the demo vault in ``folder``, unlocked as the
    unlock screen would, its window at ``size`` (the compact logger keeps its own)."""
    main = build(app, folder.parent / "no-vault-here" if name == "wizard" else folder)
    main.setWindowState(Qt.WindowState.WindowNoState)  # not maximised on the test's screen
    main.resize(*size)
    main.show()
    QTest.qWaitForWindowExposed(main)
    if name in ("wizard", "unlock"):
        return Screen(main, settled(main))
    unlock_session(main.session)
    workspace = main.workspace
    assert workspace is not None
    workspace.select(ids.trial, ids.hearing)
    if name == "workspace":
        return Screen(main, settled(main))
    if name in ("live", "compact"):
        workspace.enter_live_mode(ids.hearing)
        live = child(main, LiveHearingWidget, "liveHearing")
        if name == "compact":
            return Screen(main, _exposed(CompactLogger(live.controller, main)))
        show_details(live, ids.outage)
        return Screen(main, settled(main))
    session = main.session
    if name in SYNC_DIALOGS:
        tool = sync_screen(session, folder, name, main)
        tool.resize(*size)
        return Screen(main, _exposed(tool))
    dialogs: dict[str, Callable[[], QDialog]] = {
        "editor": lambda: ObservationEditor(session, ids.hearing, ids.outage, main),
        "settings": lambda: SettingsDialog(session, AppSettings(), main.idle_lock, main),
        "trial": lambda: TrialDialog(session, ids.trial, main),
        "hearing": lambda: HearingDialog(session, ids.trial, ids.hearing, main),
    }
    dialog = dialogs[name]()
    dialog.resize(*size)
    return Screen(main, _exposed(dialog))


def _exposed(window: W) -> W:
    window.show()
    QTest.qWaitForWindowExposed(window)
    return settled(window)


def settled(window: W, turns: int = 3) -> W:
    """``window`` once its layouts have caught up: a change (a panel shown, a tab page)
    shows widgets and posts layout requests on later turns of the event loop, one after
    another. Waits for ``turns`` turns in a row that change nothing."""
    before, quiet = None, 0
    for _ in range(50):
        QApplication.processEvents()
        shown = sum(w.isVisible() for w in window.findChildren(QWidget))
        now = (window.minimumSizeHint(), window.size(), shown)
        quiet = quiet + 1 if now == before else 0
        if quiet == turns:
            break
        before = now
    return window


def show_details(live: LiveHearingWidget, observation_id: str) -> None:
    """Click ``observation_id``'s line in live mode's log: its details show beside it."""
    rows = [r for r in range(live.model.rowCount()) if live.model.record(r).id == observation_id]
    assert rows, f"{observation_id} is not in live mode's log"
    cell = live.view.visualRect(live.model.index(rows[0], LiveLogModel.TIME))
    QTest.mouseClick(live.view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    QApplication.processEvents()
    assert live.detail_scroll.isVisible()


def each_tab(window: QWidget) -> Iterator[str]:
    """Show each enabled page of ``window``'s tab widgets in turn (one at a time, the others
    on their first page); yields the page's title. Leaves the first pages shown."""
    tab_widgets = [t for t in own_widgets(window) if isinstance(t, QTabWidget) and t.isVisible()]
    yield "" if not tab_widgets else plain_name(tab_widgets[0].tabText(0))
    for tabs in tab_widgets:
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != first and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                settled(window)
                yield plain_name(tabs.tabText(index))
        tabs.setCurrentIndex(first)
        settled(window)


def on_every_page(window: QWidget, check: Callable[[QWidget], list[str]]) -> list[str]:
    """``check``'s findings on each page of the window's tabs, each with its page."""
    return [
        f"{page}: {found}" if page else found
        for page in each_tab(window)
        for found in check(window)
    ]


def remove_translators(app: QApplication) -> None:
    """Undo the translation `build` installs for a language setting."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()


# ---- what the accessibility checks look at --------------------------------------------

# What a user works: one of these is a control.
CONTROLS = (
    QAbstractButton,  # push, tool, check and radio buttons
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date-time editors
    QAbstractItemView,  # tables, lists
)
# Widgets inside these are parts of one control, named and focused as a whole: a combo's
# or a spin box's line edit, a table's headers and corner button, a line edit's clear
# button, a tab bar's scroll arrows.
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTabBar, QScrollBar)
MAX_TAB_PRESSES = 300  # more than any screen has stops (a date-time editor takes ~6)


def own_widgets(window: QWidget) -> list[QWidget]:
    """``window`` and the widgets in it (not those of other windows it parents)."""
    return [w for w in [window, *window.findChildren(QWidget)] if w.window() is window]


def describe(widget: QWidget) -> str:
    """A widget as a failure message names it."""
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    name = widget.objectName() or "(no objectName)"
    return f"{type(widget).__name__} {name}" + (f" {plain_name(text)!r}" if text else "")


def is_part(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """The visible, enabled controls of ``window``, in the focus chain's order."""
    return [
        w
        for w in own_widgets(window)
        if isinstance(w, CONTROLS) and not is_part(w, window) and w.isVisible() and w.isEnabled()
    ]


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def unnamed(window: QWidget) -> list[str]:
    """Controls a screen reader could not name: no accessible name, no text of their own
    (buttons), no label whose buddy they are."""
    labelled = {
        label.buddy()
        for label in own_widgets(window)
        if isinstance(label, QLabel)
        and label.buddy() is not None
        and label.isVisible()
        and plain_name(label.text()).strip()
    }
    return [
        describe(w)
        for w in controls(window)
        if not w.accessibleName().strip()
        and not (isinstance(w, QAbstractButton) and plain_name(w.text()).strip())
        and w not in labelled
    ]


def shortcut_keys(window: QWidget) -> list[str]:
    """The keys of the shortcuts (QShortcut, QAction) that work in ``window`` now. While a
    tool window is active Qt keeps its parent window's shortcuts working too; a key two
    shortcuts claim is ambiguous, and Qt runs neither."""
    windows = [window]
    parent = window.parentWidget()
    if window.windowType() == Qt.WindowType.Tool and parent is not None:
        windows.append(parent.window())
    found = []
    for shortcut in [s for w in windows for s in w.findChildren(QShortcut)]:
        owner = shortcut.parent()
        if (
            shortcut.isEnabled()
            and isinstance(owner, QWidget)
            and owner.window() in windows
            and owner.isVisible()
        ):
            found.append(shortcut.key())
    for action in {a for w in windows for a in w.findChildren(QAction)}:
        shown_in = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if action.isEnabled() and any(w.window() in windows and w.isVisible() for w in shown_in):
            found.extend(action.shortcuts())
    native = QKeySequence.SequenceFormat.NativeText
    keys = [key.toString(native) for key in found if not key.isEmpty()]
    return [key for key in keys if keys.count(key) == 1]


def without_keyboard(window: QWidget) -> list[str]:
    """Controls Tab cannot reach that have no working shortcut either. A button that keeps
    the focus where the user types (live mode's quick buttons) must show a key that works:
    its own access key, or a shortcut of the window that its text or tool tip names."""
    keys = shortcut_keys(window)
    found = []
    for widget in controls(window):
        if takes_tab(widget):
            continue
        if isinstance(widget, QAbstractButton):
            if not widget.shortcut().isEmpty():
                continue
            shown = f"{widget.text()} {widget.toolTip()}"
            if any(re.search(rf"(?<!\w){re.escape(key)}(?!\w)", shown) for key in keys):
                continue
        found.append(describe(widget))
    return found


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Keys go to the active window, as for a user; offscreen it must be asked for."""
    window.activateWindow()
    # Not isActiveWindow(): a tool window (the compact logger) says yes while its parent is.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_stops(qtbot: QtBot, window: QWidget, start: QWidget) -> list[QWidget]:
    """The widgets Tab moves the focus to, pressed from ``start`` until it comes back."""
    activate(qtbot, window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focusWidget() is start)
    stops = [start]
    for _ in range(MAX_TAB_PRESSES):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        focused = window.focusWidget()
        # Tab stays in a date-time editor from section to section, and in a lone control.
        if focused is start and (len(stops) > 1 or not isinstance(start, QAbstractSpinBox)):
            return stops
        if focused is not stops[-1]:  # else the next section of a date-time editor
            stops.append(focused)
    raise AssertionError(
        f"Tab never came back to {describe(start)}: {[describe(w) for w in stops]}"
    )


def tab_group(widget: QWidget) -> object:
    """What Tab stops at once for: a radio button's exclusive group (arrows choose within)."""
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return group
        if widget.autoExclusive():
            return widget.parentWidget()
    return widget


def missed_by_tab(window: QWidget, stops: list[QWidget]) -> list[str]:
    """Controls that take the Tab focus but that Tab, pressed all the way round, skips."""
    reached = {tab_group(w) for w in stops}
    return [describe(w) for w in controls(window) if takes_tab(w) and tab_group(w) not in reached]


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def backwards_in_a_row(window: QWidget, stops: list[QWidget]) -> list[str]:
    """Tab steps that go against the reading direction between controls side by side (a
    scroll area holding the whole screen is no control)."""
    placed = [
        (w, rect_in(window, w))
        for w in stops
        if isinstance(w, QAbstractItemView) or not isinstance(w, QAbstractScrollArea)
    ]
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    found = []
    for (a, ra), (b, rb) in pairwise(placed):
        side_by_side = ra.top() < rb.bottom() and rb.top() < ra.bottom()
        back = rb.center().x() > ra.center().x() if rtl else rb.center().x() < ra.center().x()
        if side_by_side and back:
            found.append(f"{describe(a)} -> {describe(b)}")
    return found


def first_control(window: QWidget) -> QWidget:
    """The control a reader meets first: the top one, then the first along the line."""
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def place(w: QWidget) -> tuple[int, int]:
        rect = rect_in(window, w)
        return rect.top(), -rect.right() if rtl else rect.left()

    # A list or table is a control; a scroll area holding a whole page is not.
    candidates = [
        w
        for w in controls(window)
        if takes_tab(w)
        and (isinstance(w, QAbstractItemView) or not isinstance(w, QAbstractScrollArea))
    ]
    return min(candidates, key=place)


def after_the_buttons(dialog: QDialog, stops: list[QWidget]) -> list[str]:
    """Controls Tab reaches after the dialog's OK, Cancel or Close (a tab bar or a scroll
    area, which Tab also stops at, is no control)."""
    buttons = {
        b for box in own_widgets(dialog) if isinstance(box, QDialogButtonBox) for b in box.buttons()
    }
    first = next((i for i, w in enumerate(stops) if w in buttons), len(stops))
    return [describe(w) for w in stops[first:] if w not in buttons and isinstance(w, CONTROLS)]


def access_key(text: str) -> str | None:
    """The letter after "&" (Alt+letter), lower case; None without one."""
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def shared_access_keys(window: QWidget) -> list[str]:
    """Alt+letter keys that more than one visible control (or label) of ``window`` claims:
    Qt then only moves the focus between them, and none is pressed."""
    claims: dict[str, list[str]] = {}
    for widget in own_widgets(window):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i))
        for text in texts:
            key = access_key(text)
            if key is not None:
                claims.setdefault(key, []).append(plain_name(text))
    return [
        f"Alt+{key.upper()}: {', '.join(names)}" for key, names in claims.items() if len(names) > 1
    ]


# ---- what the layout checks look at ---------------------------------------------------


def fits(size: QSize, limit: tuple[int, int]) -> bool:
    return size.width() <= limit[0] and size.height() <= limit[1]


def shown_text(widget: QLabel | QAbstractButton) -> str:
    """The text as drawn: an access key's "&" hidden, rich text as plain."""
    text = widget.text()
    if isinstance(widget, QLabel) and (
        widget.textFormat() == Qt.TextFormat.RichText
        or (widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    if isinstance(widget, QAbstractButton) or (
        isinstance(widget, QLabel) and widget.buddy() is not None
    ):
        return plain_name(text)
    return text


def clipped(window: QWidget) -> list[str]:
    """Visible labels that do not wrap, and buttons, narrower than a line of their text."""
    found = []
    for widget in own_widgets(window):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        lines = [line for line in shown_text(widget).splitlines() if line]
        if not lines:
            continue
        metrics = widget.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        if widget.width() < needed:
            found.append(f"{describe(widget)}: {widget.width()} px wide, needs {needed}")
    return found


def not_right_to_left(window: QWidget) -> list[str]:
    return [
        describe(w)
        for w in [window, *window.findChildren(QWidget)]
        if w.layoutDirection() != Qt.LayoutDirection.RightToLeft
    ]


def layout_report(folder: Path, ids: DemoIds, names: tuple[str, ...]) -> dict[str, object]:
    """In a process of its own (Qt reads QT_SCALE_FACTOR once, at start): each screen in
    ``names`` in Russian, its minimum size and what it clips, with the scale in force."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    AppSettings().language = "ru"
    screens: dict[str, object] = {}
    for name in names:
        screen = open_screen(app, folder, ids, name)
        hint = screen.window.minimumSizeHint().expandedTo(screen.window.minimumSize())
        screens[name] = {
            "device_pixel_ratio": screen.window.devicePixelRatioF(),
            "minimum": [hint.width(), hint.height()],
            "clipped": clipped(screen.window),
        }
        screen.main.session.lock()
        screen.main.close()
    return screens


if __name__ == "__main__":
    # python -m tests.gui.helpers VAULT_FOLDER TRIAL HEARING OUTAGE SCREEN...: the 200% check
    _folder, _trial, _hearing, _outage, *_names = sys.argv[1:]
    _ids = DemoIds(_trial, _hearing, "", _outage)
    print(json.dumps(layout_report(Path(_folder), _ids, tuple(_names))))
