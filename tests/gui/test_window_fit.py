"""Issue 12: every window and dialog fits a 1366×768 and a 1280×720 screen in every language
the app speaks, with long content in it, scrolling inside instead of growing.

Qt's offscreen platform has one 800×800 screen unless told otherwise, and is told only at
start (``-platform offscreen:configfile=…``). So each screen size is a process of its own
(``python -m tests.gui.test_window_fit``) on a screen of exactly that size: windows size
themselves against the real screen they are on, as they would on a laptop, and the test
compares each window's frame (title bar and borders included) with the screen's available
geometry. Checking against a target size in the test's own 800×800 process would not show
what a window does on the screen it is on.

Each window is opened as the app opens it (its own size, never resized by the test), with
long content: every inline message showing forty lines, the demo trial's notes made long,
and in each language of `core.languages.LANGUAGES`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from monitor_app.core.coordination.event_decisions import every_decided_event
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ProceedingType
from monitor_app.core.vault.vault import Vault
from monitor_app.demo.trial import DemoIds
from monitor_app.gui.app import build
from monitor_app.gui.common.i18n import resolve_language
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.tool_dialog import ToolDialog
from monitor_app.gui.common.widgets import SaveDialog
from monitor_app.gui.coordinator.events import (
    AnnotateEventDialog,
    EventDecisionDialog,
    MergeEventsDialog,
    SplitEventDialog,
)
from monitor_app.gui.coordinator.window import CoordinatorWindow
from monitor_app.gui.live.compact_logger import CompactLogger
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.main_window import MainWindow
from monitor_app.gui.records.hearing_dialog import HearingDialog, PostponeDialog
from monitor_app.gui.records.history_dialog import HistoryDialog
from monitor_app.gui.records.observation_editor import ObservationEditor
from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
from monitor_app.gui.records.reason_dialog import ReasonDialog
from monitor_app.gui.records.search_dialog import SearchDialog
from monitor_app.gui.records.sentence_dialog import SentenceDialog
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.setup.settings_dialog import ChangePassphraseDialog, SettingsDialog
from monitor_app.gui.setup.share_recovery import ShareRecoveryDialog
from monitor_app.gui.setup.trustees_dialog import MakeSharesDialog
from monitor_app.gui.setup.unlock import RecoveryDialog
from monitor_app.gui.sync.forward_dialog import ForwardDialog
from tests.gui.helpers import (
    ROOT,
    SYNC_DIALOGS,
    child,
    remove_translators,
    settled,
    sync_screen,
    unlock_session,
)
from tests.layers import PASSPHRASE

SCREENS = {"1366x768": (1366, 768), "1280x720": (1280, 720)}
STATUS_LINES = 40
LONG_NOTE = "Защитник просил приобщить доказательства; суд отказал без объяснения причин. " * 40


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_window_fits_the_screen_in_every_language(
    demo: tuple[Path, DemoIds], tmp_path: Path, screen: str
) -> None:
    folder, ids = demo
    width, height = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": screen, "x": 0, "y": 0, "width": width, "height": height}]}
        )
    )
    env = dict(
        os.environ,  # the test's own home and settings folders (tests/conftest.py)
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        PYTHONPATH=str(ROOT),
    )
    env.pop("QT_SCALE_FACTOR", None)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui.test_window_fit",
            str(folder),
            ids.trial,
            ids.hearing,
            ids.outage,
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["screen"] == [0, 0, width, height], "the screen size was not applied"
    assert sorted(report["languages"]) == sorted(LANGUAGES)
    too_big = [line for line in report["windows"] if not line["fits"]]
    assert too_big == [], "\n".join(
        f"{w['language']} {w['window']}: frame {w['frame']}, tabs off their bar {w['tabs_off']}"
        for w in too_big
    )
    # Every window the app has was opened in every language.
    assert len(report["windows"]) == len(LANGUAGES) * (len(LOCKED_WINDOWS) + len(WINDOWS))


# ---- the process on a screen of the size under test ------------------------------------

# Each opens its window over the unlocked main window of the demo vault in ``folder``.
Open = Callable[[MainWindow, DemoIds, Path], QWidget]


def _live(main: MainWindow, ids: DemoIds, _folder: Path) -> QWidget:
    assert main.workspace is not None
    main.workspace.enter_live_mode(ids.hearing)
    return main


def _compact(main: MainWindow, ids: DemoIds, folder: Path) -> QWidget:
    _live(main, ids, folder)
    return CompactLogger(child(main, LiveHearingWidget, "liveHearing").controller, main)


def _sync(name: str) -> Open:
    return lambda main, _ids, folder: sync_screen(main.session, folder, name, main)


def _clarification(main: MainWindow, ids: DemoIds, _folder: Path) -> QWidget:
    """The proceeding form with the most fields shown: a request for clarification."""
    dialog = ProceedingDialog(main.session, ids.trial, None, main)
    dialog.type_combo.set_code(ProceedingType.CLARIFICATION)
    return dialog


def _assessment(main: MainWindow, _ids: DemoIds, folder: Path) -> QWidget:
    """The findings window on its Assessment tab, its conclusion and grade shown."""
    window = sync_screen(main.session, folder, "coordinator", main)
    assert isinstance(window, CoordinatorWindow)
    window.tabs.setCurrentWidget(window.assessment)
    window.assessment.sections.setCurrentIndex(1)
    return window


def _findings_tab(name: str) -> Open:
    """The findings window on its Findings or Across trials tab."""

    def open_(main: MainWindow, _ids: DemoIds, folder: Path) -> QWidget:
        window = sync_screen(main.session, folder, "coordinator", main)
        assert isinstance(window, CoordinatorWindow)
        window.tabs.setCurrentWidget(getattr(window, name))
        return window

    return open_


def _event_dialog(kind: type[EventDecisionDialog]) -> Open:
    """A dialog of the Events tab, on the demo trial's event with the most observations."""

    def open_(main: MainWindow, ids: DemoIds, _folder: Path) -> QWidget:
        index = CoordinatorIndex.load(main.session.vault)
        events = every_decided_event(index)
        chosen = max(
            events.of_group(index.group(ids.trial).key), key=lambda e: len(e.event.members)
        )
        others = [e for e in events.session_of(chosen) if e.id != chosen.id]
        lang = resolve_language(AppSettings().language)
        return kind(main.session, events, chosen, others=others, lang=lang, parent=main)

    return open_


WINDOWS: dict[str, Open] = {
    "workspace": lambda m, _ids, _folder: m,
    "new trial": lambda m, _ids, _folder: TrialDialog(m.session, None, m),
    "trial": lambda m, ids, _folder: TrialDialog(m.session, ids.trial, m),
    "new hearing": lambda m, ids, _folder: HearingDialog(m.session, ids.trial, None, m),
    "hearing": lambda m, ids, _folder: HearingDialog(m.session, ids.trial, ids.hearing, m),
    "postpone": lambda m, ids, _folder: PostponeDialog(m.session, ids.hearing, m),
    "new sentence element": lambda m, ids, _f: SentenceDialog(m.session, ids.trial, None, m),
    "new proceeding": _clarification,
    "editor": lambda m, ids, _f: ObservationEditor(m.session, ids.hearing, ids.outage, m),
    "history": lambda m, ids, _folder: HistoryDialog(m.session, ids.outage, m),
    "search": lambda m, _ids, _folder: SearchDialog(m.session, m),
    "reason": lambda m, _ids, _folder: ReasonDialog(LONG_NOTE[:60], LONG_NOTE, m),
    "settings": lambda m, _ids, _f: SettingsDialog(m.session, AppSettings(), m.idle_lock, m),
    "change passphrase": lambda m, _ids, _folder: ChangePassphraseDialog(m.session, m),
    "recovery": lambda m, _ids, _folder: RecoveryDialog(m.session.folder, m),
    "make shares": lambda m, _ids, _folder: MakeSharesDialog(m.session, m),
    "share recovery": lambda m, _ids, _folder: ShareRecoveryDialog(m.session.folder, m),
    **{name: _sync(name) for name in SYNC_DIALOGS},
    "forward": lambda m, _ids, _folder: ForwardDialog(m.session, m),
    "assessment": _assessment,
    "findings": _findings_tab("findings"),
    "across trials": _findings_tab("figures"),
    "report": _findings_tab("report"),
    "events": _findings_tab("events"),
    "annotate event": _event_dialog(AnnotateEventDialog),
    "split event": _event_dialog(SplitEventDialog),
    "merge events": _event_dialog(MergeEventsDialog),
    # Last: they change the main window.
    "live": _live,
    "compact": _compact,
}
# Before unlocking: the main window's own pages.
LOCKED_WINDOWS = ("wizard", "unlock")


def _long_notes(folder: Path, ids: DemoIds) -> None:
    with Vault.open(folder) as vault:
        vault.unlock(PASSPHRASE)
        notebook = Notebook(vault)
        notebook.update_trial(ids.trial, notes=LONG_NOTE)
        notebook.update_hearing(ids.hearing, notes=LONG_NOTE)


def _with_long_messages(window: QWidget) -> None:
    """Every inline message of the window showing many lines, as after many imports, in
    the windows where status lines pile up: the main window, the tool screens (sync,
    contacts, import, findings ...) and the record dialogs."""
    if not isinstance(window, MainWindow | ToolDialog | SaveDialog):
        return
    lines = "\n".join(f"{n}. {LONG_NOTE[:90]}" for n in range(STATUS_LINES))
    for label in window.findChildren(MessageLabel):
        label.show_info(lines)


def _frame(window: QWidget) -> QRect:
    settled(window)
    _TABS_OFF[window.objectName()] = [
        tabs.tabText(n).replace("&", "")
        for tabs in window.findChildren(QTabWidget)
        if tabs.isVisible()
        for n in range(tabs.count())
        if not tabs.tabBar().rect().contains(tabs.tabBar().tabRect(n))
    ]
    return window.frameGeometry()


# Tabs not in view on their tab bar (behind Qt's scroll arrows), by window object name, as
# last measured: on a 1366-pixel-wide screen every tab of every window is in view.
_TABS_OFF: dict[str, list[str]] = {}
TABS_IN_VIEW_FROM = 1366


def _measure(
    app: QApplication, folder: Path, ids: DemoIds, language: str
) -> Iterator[tuple[str, QRect]]:
    """Each window in ``language``: the main window's pages, then the dialogs over it one
    at a time, then live mode and the compact logger (which change the main window)."""
    AppSettings().language = language
    wizard = build(app, folder.parent / "no-vault-here")
    yield "wizard", _frame(_shown(wizard))
    wizard.close()
    wizard.deleteLater()
    remove_translators(app)
    main = build(app, folder)
    yield "unlock", _frame(_shown(main))
    unlock_session(main.session)
    assert main.workspace is not None
    main.workspace.select(ids.trial, ids.hearing)
    for name, open_ in WINDOWS.items():
        window = open_(main, ids, folder)
        if window is main:
            _with_long_messages(main)
        else:
            _shown(window)
        yield name, _frame(window)
        if isinstance(window, QDialog):
            window.close()  # and deleted, as the app's own are (WA_DeleteOnClose)
    # The compact logger closes with the lock, as in the app.
    main.session.lock()
    main.close()
    main.deleteLater()
    remove_translators(app)


def _shown(window: QWidget) -> QWidget:
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settled(window)
    _with_long_messages(window)
    return window


def window_report(folder: Path, ids: DemoIds) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    _long_notes(folder, ids)
    screen = app.primaryScreen().availableGeometry()
    windows = []
    for language in LANGUAGES:
        for name, frame in _measure(app, folder, ids, language):
            tabs_off = [t for tabs in _TABS_OFF.values() for t in tabs]
            _TABS_OFF.clear()
            if screen.width() < TABS_IN_VIEW_FROM:
                tabs_off = []  # there, a long tab bar may scroll
            windows.append(
                {
                    "language": language,
                    "window": name,
                    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                    "tabs_off": tabs_off,
                    "fits": screen.contains(frame) and not tabs_off,
                }
            )
    return {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "languages": list(LANGUAGES),
        "windows": windows,
    }


if __name__ == "__main__":
    # python -m tests.gui.test_window_fit VAULT_FOLDER TRIAL HEARING OUTAGE
    _folder, _trial, _hearing, _outage = sys.argv[1:]
    print(json.dumps(window_report(Path(_folder), DemoIds(_trial, _hearing, "", _outage))))
