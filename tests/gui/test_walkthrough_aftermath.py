"""Issue 14 walked as users go, through the real windows, on a 1366×768 screen, in Russian
and English: what follows Alnur Ilyashev's verdict (tests/aftermath_cases.py), typed by his
trial's observer and read by their coordinator.

The observer (their vault set up, the coordinator's card added: issue 12's walk does that)
has the trial and its verdict, 18 months ago. On the trial's "Sentence and follow-up" tab they
enter the five-year ban on civil and public activities with its words verbatim (the end
worked out as they type), his request for clarification (may he recite poetry?) and the
court's answer, and the proceedings for an alleged violation (a peaceful opposition event)
with "Add a hearing for it…" making its hearing, today. They log that hearing in live mode,
mark it held, and set the outcome: five days of detention, to be appealed within ten days,
which their coming-up list then shows. A bundle goes to the coordinator, who finds the ban
in force on the Restrictions tab (its end, the days of detention), the deadline under
Coming up, and writes the report: its "Sentence and restrictions" section has the words of
the judgment and of the court. Later the observer records a pardon that ends the ban; the
coordinator imports it and writes an update to the report.

At every step (`Walk`, tests/gui/walkthrough_tools.py) the window fits the screen and shows
no English where the catalogue has a translation; with TRIAL_MONITOR_WALKTHROUGH_SHOTS set,
each step is saved as aftermath-NN-step-<lang>.png (scripts/walkthrough.sh).

The days are counted back from today in Almaty, so the ban is in force whenever this runs.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.report_common import report_words
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import (
    AllegedConduct,
    BannedActivity,
    HearingMode,
    HearingStatus,
    HearingType,
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
)
from monitor_app.core.records.terms import add_term, today_in
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.upcoming import UpcomingKind
from monitor_app.core.sync.card_export import save_key_card
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.identity import KeyCard
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.models import RECORD_ID_ROLE, RecordTableModel
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.coordinator.restrictions import RestrictionsModel, RestrictionsPage
from monitor_app.gui.coordinator.window import CoordinatorWindow
from monitor_app.gui.live.screen import LiveHearingWidget
from monitor_app.gui.main_window import MainWindow
from monitor_app.gui.records.aftermath_models import ProceedingsModel, SentenceModel
from monitor_app.gui.records.date_field import DateField
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
from monitor_app.gui.records.sentence_dialog import SentenceDialog
from monitor_app.gui.workspace.aftermath_pane import AftermathPane
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.aftermath_cases import (
    ALMATY,
    ILYASHEV,
    ILYASHEV_BAN_WORDING,
    ILYASHEV_EVENT,
    ILYASHEV_POETRY_ANSWER,
    ILYASHEV_POETRY_REQUEST,
    KZ_SPEECH_BAN,
)
from tests.gui.helpers import (
    activate,
    child,
    click,
    settled,
    tick,
    type_text,
    type_wall_time,
    visible_dialog,
)
from tests.gui.records.aftermath_scene import (
    box_hides,
    check_item,
    combo_cuts,
    cut_columns,
    type_date,
    type_number,
)
from tests.gui.walkthrough_tools import (
    Walk,
    answer_box,
    answer_the_court_question,
    choose_code,
    import_bundle,
    open_app,
    open_findings,
    send_bundle,
    unlock,
    walk_on_a_small_laptop,
    write_report,
)
from tests.layers import PASSPHRASE
from tests.pdf_text import pdf_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh"
)

OBSERVER, COORDINATOR = "Observer Aigerim", "Coordinator Dauren"
# What the observer types, in each language walked: in English the case's own words; in
# Russian, the language the court spoke, as the observer heard them.
WORDS = {
    "en": {
        "trial": "The State v. Alnur Ilyashev",
        "court": "Medeu District Court of Almaty",
        "defendant": ILYASHEV,
        "charge": "Criminal Code art. 274(2)(3): dissemination of knowingly false information",
        "wording": ILYASHEV_BAN_WORDING,
        "request": ILYASHEV_POETRY_REQUEST,
        "answer": ILYASHEV_POETRY_ANSWER,
        "event": ILYASHEV_EVENT,
        "brought_by": "Almaty police",
        "venue": "Medeu District Court, courtroom 3",
        "repeated": "Up to ten days for a repeated violation.",
        "note": "The video of the event was not shown; counsel could not question the officer.",
    },
    "ru": {
        "trial": "Государство против Алнура Ильяшева",
        "court": "Медеуский районный суд города Алматы",
        "defendant": "Алнур Ильяшев",
        "charge": "УК РК ст. 274 ч. 2 п. 3: распространение заведомо ложной информации",  # noqa: RUF001
        "wording": (
            "заниматься гражданской и общественной деятельностью … [а также] создавать "  # noqa: RUF001
            "политические партии, общественные объединения и фонды и участвовать в их "
            "деятельности"
        ),
        "request": "Запрещено ли ему даже читать стихи.",
        "answer": "если вы считаете, что вам запрещено … то запрещено",
        "event": "Участвовал в мирном мероприятии оппозиции",
        "brought_by": "Полиция Алматы",
        "venue": "Медеуский районный суд, зал 3",
        "repeated": "До десяти суток за повторное нарушение.",
        "note": "Видеозапись мероприятия не показали; защитнику не дали допросить полицейского.",
    },
}
BAN_YEARS = 5
DETENTION_DAYS = 5
APPEAL_DAYS = 10  # to appeal the detention
PUBLIC_EXCLUDED, EVIDENCE_DENIED = "public.excluded", "evidence.access_denied"
F_KEYS = {PUBLIC_EXCLUDED: Qt.Key.Key_F7, EVIDENCE_DENIED: Qt.Key.Key_F6}

# Found by this walk in files other work owns, and reported there: the walk goes on past
# them. Drop a line once its fix lands.
KNOWN_ELSEWHERE: tuple[str, ...] = ()


@dataclass(frozen=True)
class Days:
    """The case's days, counted back from today on the court's calendar."""

    today: date
    verdict: date
    clarification: date
    ban_end: date
    appeal_by: date

    @classmethod
    def from_today(cls) -> Days:
        today = today_in(ALMATY, utc_now())
        verdict = today - timedelta(days=540)  # Ilyashev's: June 2020; the event: December 2021
        return cls(
            today=today,
            verdict=verdict,
            clarification=verdict + timedelta(days=115),
            ban_end=add_term(verdict, years=BAN_YEARS),
            appeal_by=today + timedelta(days=APPEAL_DAYS),
        )


@dataclass
class Case:
    """What the walk made, to find again."""

    trial_id: str
    days: Days
    ban_id: str = ""
    violation_id: str = ""
    hearing_id: str = ""


# ---- the test ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "en"])
def test_after_the_verdict_from_the_observers_forms_to_the_coordinators_update(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    walk_on_a_small_laptop(
        request,
        qapp,
        tmp_path,
        lambda walk: walk_through(qtbot, qapp, tmp_path, walk),
        language=language,
        name="aftermath-",
        known_elsewhere=KNOWN_ELSEWHERE,
    )


def walk_through(qtbot: QtBot, qapp: QApplication, tmp_path: Path, walk: Walk) -> None:
    words = WORDS[walk.language]
    stick = tmp_path / "stick"  # what travels between the two: cards, bundles
    observer, coordinator = tmp_path / "observer", tmp_path / "coordinator"
    card, case = before_the_walk(observer, coordinator, stick, words)

    main = open_app(qtbot, qapp, walk, observer)
    page = unlock(qtbot, main, walk, "observer-unlock", PASSPHRASE)
    pane = sentence_tab(qtbot, page, case)
    enter_the_ban(qtbot, page, pane, walk, words, case)
    enter_the_clarification(qtbot, pane, walk, words, case)
    enter_the_violation(qtbot, page, pane, walk, words, case)
    observe_the_violation_hearing(qtbot, main, walk, words, case)
    pane = sentence_tab(qtbot, page, case)
    set_the_outcome(qtbot, page, pane, walk, words, case)
    bundle = send_bundle(qtbot, page, walk, card, stick / "outbox")
    close(main)

    main = open_app(qtbot, qapp, walk, coordinator)
    page = unlock(qtbot, main, walk, "coordinator-unlock", PASSPHRASE)
    import_bundle(qtbot, page, walk, bundle)
    window = open_findings(qtbot, page, walk)
    ban_in_force(qtbot, window, walk, words, case)
    coming_up_for_the_coordinator(qtbot, window, walk, words, case)
    report(qtbot, window, walk, words, tmp_path / "report.pdf")
    click(qtbot, window, "closeButton")
    close(main)

    main = open_app(qtbot, qapp, walk, observer)
    page = unlock(qtbot, main, walk, "observer-unlock-again", PASSPHRASE)
    pane = sentence_tab(qtbot, page, case)
    enter_the_pardon(qtbot, pane, walk, case)
    bundle = send_bundle(qtbot, page, walk, card, stick / "outbox-later", sent=2)
    close(main)

    main = open_app(qtbot, qapp, walk, coordinator)
    page = unlock(qtbot, main, walk, "coordinator-unlock-again", PASSPHRASE)
    import_bundle(qtbot, page, walk, bundle)
    window = open_findings(qtbot, page, walk)
    ban_ended_by_the_pardon(qtbot, window, walk, words, case)
    update(qtbot, window, walk, words, tmp_path / "update.pdf", tmp_path / "report.pdf")
    click(qtbot, window, "closeButton")
    close(main)


def before_the_walk(
    observer: Path, coordinator: Path, stick: Path, words: dict[str, str]
) -> tuple[KeyCard, Case]:
    """Two vaults that know each other's cards, and in the observer's the trial with its
    hearings up to the verdict. Returns the coordinator's card and the case."""
    stick.mkdir()
    cards = {}
    for folder, name in ((observer, OBSERVER), (coordinator, COORDINATOR)):
        with Vault.create(folder, PASSPHRASE, name, kdf=KDF_FLOOR)[0] as vault:
            save_key_card(vault, stick / f"{folder.name}.json")
        cards[folder] = KeyCard.from_file_bytes((stick / f"{folder.name}.json").read_bytes())
    for folder, other in ((observer, coordinator), (coordinator, observer)):
        with Vault.open(folder) as vault:
            vault.unlock(PASSPHRASE)
            Contacts(vault).add(cards[other])
    days = Days.from_today()
    with Vault.open(observer) as vault:
        vault.unlock(PASSPHRASE)
        notebook = Notebook(vault)
        trial = notebook.add_trial(
            words["trial"],
            case_number="7511-20-00-1/215",
            court=words["court"],
            country="KZ",
            defendants=(words["defendant"],),
            charges=(words["charge"],),
        )
        for day, kind in ((days.verdict - timedelta(days=14), HearingType.TRIAL),
                          (days.verdict, HearingType.VERDICT)):  # fmt: skip
            notebook.add_hearing(
                trial.id,
                datetime(day.year, day.month, day.day, 5, tzinfo=UTC),  # 10:00 in Almaty
                HearingMode.REMOTE,
                ALMATY,
                hearing_type=kind,
                status=HearingStatus.HELD,
                platform="Zoom",
            )
    return cards[coordinator], Case(trial.id, days)


def close(main: MainWindow) -> None:
    main.close()  # and locked
    assert not main.session.is_unlocked


# ---- doing as a user does ---------------------------------------------------------------


def row_of(view: QTableView, record_id: str) -> int:
    """The row of ``view`` that shows ``record_id``."""
    model = view.model()
    rows = [
        r for r in range(model.rowCount()) if model.index(r, 0).data(RECORD_ID_ROLE) == record_id
    ]
    assert rows, f"{record_id} is not listed in {view.objectName()}"
    return rows[0]


def cell(view: QTableView, record_id: str, column: int) -> str:
    """What ``view`` shows of ``record_id`` in ``column``."""
    return str(view.model().index(row_of(view, record_id), column).data())


def click_record(qtbot: QtBot, view: QTableView, record_id: str) -> None:
    """Click the row showing ``record_id``, on its first column shown."""
    model = view.model()
    shown = next(c for c in range(model.columnCount()) if not view.isColumnHidden(c))
    index = model.index(row_of(view, record_id), shown)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.currentIndex().row() == index.row()


def type_line(parent: QWidget, name: str, text: str) -> None:
    """Type over a line edit's text, in any script."""
    edit = child(parent, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)


def click_tab(qtbot: QtBot, tabs: QTabWidget, page: QWidget) -> None:
    """Click ``page``'s tab, which must be in view on the tab bar."""
    bar = tabs.tabBar()
    spot = bar.tabRect(tabs.indexOf(page))
    assert bar.rect().contains(spot), f"{bar.tabText(tabs.indexOf(page))!r} is off its tab bar"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=spot.center())
    assert tabs.currentWidget() is page


def type_since(qtbot: QtBot, page: QWidget, digits: str) -> None:
    """Click the year of the update's "since" field and type a time, digits only
    (yyyyMMddHHmmss): each part filled moves on to the next."""
    edit = child(page, QDateTimeEdit, "reportSinceEdit")
    text = edit.findChild(QLineEdit)
    assert text is not None
    spot = QPoint(text.cursorRect().width() + 3, text.height() // 2)
    if edit.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        spot.setX(text.width() - spot.x())
    QTest.mouseClick(text, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.keyClicks(edit, digits)


def click_page(qtbot: QtBot, dialog: QWidget, name: str, index: int) -> None:
    """Click the tab of page ``index`` of ``dialog``'s tab widget ``name``."""
    tabs = child(dialog, QTabWidget, name)
    page = tabs.widget(index)
    assert page is not None
    click_tab(qtbot, tabs, page)


def label(vocabulary: str, code: str, walk: Walk) -> str:
    """A code's label in the walk's language, as the vocabulary has it."""
    return load_aftermath_vocabulary().label(vocabulary, code, walk.language)


def quotations(pane: AftermathPane) -> list[str]:
    """The words quoted on the card of the record chosen, once shown (those of the one
    before, hidden, wait for their deletion)."""
    settled(pane.window())
    return [q.text() for q in pane.card.findChildren(PlainLabel, "quotation") if not q.isHidden()]


def listed(model: RecordTableModel) -> list[tuple[str, date, str, str]]:
    """What a coming-up list lists, in its order: kind, day, defendant, what."""
    items = [model.record(row) for row in range(model.rowCount())]
    return [(i.kind, i.day, i.defendant, i.what) for i in items]


# ---- the observer -----------------------------------------------------------------------


def sentence_tab(qtbot: QtBot, page: WorkspacePage, case: Case) -> AftermathPane:
    """The trial chosen in the list of trials, then its "Sentence and follow-up" tab."""
    click_record(qtbot, page.trials_view, case.trial_id)
    assert page.current_trial_id() == case.trial_id
    pane = page.detail.aftermath
    click_tab(qtbot, page.detail.tabs, pane)
    return pane


def enter_the_ban(
    qtbot: QtBot,
    page: WorkspacePage,
    pane: AftermathPane,
    walk: Walk,
    words: dict[str, str],
    case: Case,
) -> None:
    """The five-year ban, its end worked out as it is typed, its words verbatim."""
    days = case.days
    walk.step("sentence-tab", page.window())
    click(qtbot, pane, "addSentenceButton")
    dialog = visible_dialog(pane, SentenceDialog)
    assert dialog.windowTitle() == walk.tr("SentenceDialog", "New element of the sentence")
    assert child(dialog, QComboBox, "defendantCombo").currentText() == words["defendant"]
    choose_code(child(dialog, QComboBox, "elementCombo"), SentenceElementType.ACTIVITY_BAN)
    for activity in (*KZ_SPEECH_BAN, BannedActivity.ASSOCIATIONS):
        check_item(qtbot, dialog, "activitiesList", activity)
    type_date(qtbot, dialog, "judgmentDate", days.verdict)
    type_date(qtbot, dialog, "startDate", days.verdict)
    type_number(qtbot, dialog, "yearsSpin", BAN_YEARS)
    end = child(dialog, PlainLabel, "computedEnd").text()
    left = (days.ban_end - days.today).days
    assert days.ban_end.isoformat() in end, end
    assert str(left) in end, end
    walk.step("ban", dialog)
    click_page(qtbot, dialog, "sentenceTabs", 1)
    wording = child(dialog, QWidget, "wordingEdit")
    wording.setFocus()
    type_text(wording, words["wording"])
    walk.step("ban-wording", dialog)
    # The standards the ban bears on, suggested: every one in view, none cut at either end.
    assert not box_hides(child(dialog, QPlainTextEdit, "standardsEdit"))
    with qtbot.waitSignal(page.session.records_changed):
        click(qtbot, dialog, "okButton")
    ban = dialog.saved
    assert isinstance(ban, SentenceElement)
    case.ban_id = ban.id
    assert ban.wording == words["wording"]
    assert (ban.start_date, ban.years) == (days.verdict.isoformat(), BAN_YEARS)

    # Saved, it is the one chosen, shown whole with the judgment's words as a quotation.
    assert pane.chosen_id() == case.ban_id
    assert cell(pane.sentence_view, case.ban_id, SentenceModel.STANDING) == end
    quoted = quotations(pane)
    assert quoted == [pane.words.quoted(words["wording"])]
    walk.step("ban-saved", page.window())


def enter_the_clarification(
    qtbot: QtBot, pane: AftermathPane, walk: Walk, words: dict[str, str], case: Case
) -> None:
    """His request to the court, and its answer, both verbatim."""
    click(qtbot, pane, "addProceedingButton")
    dialog = visible_dialog(pane, ProceedingDialog)
    choose_code(child(dialog, QComboBox, "proceedingTypeCombo"), ProceedingType.CLARIFICATION)
    element = child(dialog, QComboBox, "sentenceCombo")
    choose_code(element, case.ban_id)
    assert combo_cuts(element) == ""  # the ban and its end, whole; its activities in its tooltip
    assert case.days.ban_end.isoformat() in element.currentText()
    # No deadline known: the day offered for one is the court's today, not this computer's.
    today = case.days.today
    deadline = child(dialog, DateField, "deadlineDate")
    assert deadline.edit.date() == QDate(today.year, today.month, today.day)
    type_date(qtbot, dialog, "proceedingDate", case.days.clarification)
    type_line(dialog, "broughtByEdit", words["defendant"])
    for name, text in (("requestEdit", words["request"]), ("answerEdit", words["answer"])):
        box = child(dialog, QWidget, name)
        box.setFocus()
        type_text(box, text)
    choose_code(child(dialog, QComboBox, "outcomeCombo"), ProceedingOutcome.OTHER)
    walk.step("clarification", dialog)
    with qtbot.waitSignal(pane.session.records_changed):
        click(qtbot, dialog, "okButton")
    clarification = dialog.saved
    assert isinstance(clarification, Proceeding)
    assert (clarification.request, clarification.answer) == (words["request"], words["answer"])
    quoted = quotations(pane)
    assert quoted == [pane.words.quoted(words["request"]), pane.words.quoted(words["answer"])]
    walk.step("clarification-saved", pane.window())


def enter_the_violation(
    qtbot: QtBot,
    page: WorkspacePage,
    pane: AftermathPane,
    walk: Walk,
    words: dict[str, str],
    case: Case,
) -> None:
    """The proceedings for the opposition event, with its hearing (today, 11:00) made from
    the proceeding's form; the coming-up list then shows the sitting, once (the hearing
    the proceeding names stands for it)."""
    today = case.days.today
    click(qtbot, pane, "addProceedingButton")
    dialog = visible_dialog(pane, ProceedingDialog)
    choose_code(child(dialog, QComboBox, "proceedingTypeCombo"), ProceedingType.VIOLATION)
    choose_code(child(dialog, QComboBox, "sentenceCombo"), case.ban_id)
    click(qtbot, dialog, "addHearingButton")
    hearing = visible_dialog(dialog, HearingDialog)
    assert hearing.type_combo.code() == HearingType.BAN_VIOLATION
    assert child(hearing, QComboBox, "zoneCombo").currentText() == ALMATY
    type_wall_time(qtbot, hearing, "scheduledStart", today.strftime("%Y%m%d") + "1100")
    type_line(hearing, "venueEdit", words["venue"])
    walk.step("violation-hearing", hearing)
    with qtbot.waitSignal(page.session.records_changed):
        click(qtbot, hearing, "okButton")
    assert hearing.saved is not None
    case.hearing_id = hearing.saved.id
    assert child(dialog, QComboBox, "hearingCombo").currentData() == case.hearing_id

    type_date(qtbot, dialog, "proceedingDate", today)
    type_line(dialog, "broughtByEdit", words["brought_by"])
    choose_code(child(dialog, QComboBox, "conductCombo"), AllegedConduct.EVENT)
    detail = child(dialog, QWidget, "conductDetailEdit")
    detail.setFocus()
    type_text(detail, words["event"])
    notes = child(dialog, QWidget, "notesEdit")
    notes.setFocus()
    type_text(notes, words["repeated"])
    assert dialog.outcome_combo.code() == ProceedingOutcome.PENDING
    walk.step("violation", dialog)
    with qtbot.waitSignal(page.session.records_changed):
        click(qtbot, dialog, "okButton")
    violation = dialog.saved
    assert isinstance(violation, Proceeding)
    case.violation_id = violation.id
    assert violation.hearing_id == case.hearing_id

    assert listed(page.coming_up.model) == [
        (UpcomingKind.HEARING, today, "", HearingType.BAN_VIOLATION)
    ]
    walk.step("coming-up-today", page.window())


def observe_the_violation_hearing(
    qtbot: QtBot, main: MainWindow, walk: Walk, words: dict[str, str], case: Case
) -> None:
    """The hearing chosen among the trial's, logged in live mode (the public shut out for
    a while, the video of the event refused, a note), then marked held on leaving."""
    page = main.workspace
    assert page is not None
    click_record(qtbot, page.hearings_view, case.hearing_id)
    assert page.current_hearing_id() == case.hearing_id
    click(qtbot, page.detail, "liveModeButton")
    live = child(main, LiveHearingWidget, "liveHearing")
    assert live.isVisible()
    activate(qtbot, main)
    qtbot.keyClick(live.note_edit, F_KEYS[PUBLIC_EXCLUDED])
    qtbot.keyClick(live.note_edit, F_KEYS[EVIDENCE_DENIED])
    type_text(live.note_edit, words["note"])
    qtbot.keyClick(live.note_edit, Qt.Key.Key_Return)
    assert live.note_edit.text() == ""
    walk.step("violation-live", main)
    qtbot.keyClick(live.note_edit, F_KEYS[PUBLIC_EXCLUDED])  # the public let back in
    walk.step("violation-court-question", main)
    answer_the_court_question(qtbot, live, "continued")

    texts: list[str] = []
    _held = answer_box(walk, "violation-mark-held", "confirmButton", texts)
    click(qtbot, live, "leaveLiveButton")
    assert texts, "leaving did not offer to mark the hearing held"
    qtbot.waitUntil(lambda: not shiboken6.isValid(live) or not live.isVisible())
    notebook = main.session.notebook
    assert notebook.get_hearing(case.hearing_id).status == HearingStatus.HELD
    logged = {o.code for o in notebook.list_observations(case.hearing_id)}
    assert {PUBLIC_EXCLUDED, EVIDENCE_DENIED} <= logged
    # Back in the workspace: the hearing's observations, just logged, not its sentence.
    assert page.detail.tabs.currentWidget() is page.detail.observations
    assert page.current_hearing_id() == case.hearing_id
    walk.step("violation-held", main)


def set_the_outcome(
    qtbot: QtBot,
    page: WorkspacePage,
    pane: AftermathPane,
    walk: Walk,
    words: dict[str, str],
    case: Case,
) -> None:
    """Five days of detention, ten days to appeal: the coming-up list shows the deadline."""
    click_record(qtbot, pane.proceedings_view, case.violation_id)
    click(qtbot, pane, "editProceedingButton")
    dialog = visible_dialog(pane, ProceedingDialog)
    assert dialog.proceeding_id == case.violation_id
    choose_code(child(dialog, QComboBox, "outcomeCombo"), ProceedingOutcome.DETENTION)
    type_number(qtbot, dialog, "detentionDaysSpin", DETENTION_DAYS)
    type_date(qtbot, dialog, "deadlineDate", case.days.appeal_by)
    walk.step("violation-outcome", dialog)
    with qtbot.waitSignal(page.session.records_changed):
        click(qtbot, dialog, "okButton")
    saved = dialog.saved
    assert isinstance(saved, Proceeding)
    assert (saved.outcome, saved.detention_days) == (ProceedingOutcome.DETENTION, DETENTION_DAYS)
    assert saved.deadline == case.days.appeal_by.isoformat()
    outcome = cell(pane.proceedings_view, case.violation_id, ProceedingsModel.OUTCOME)
    assert label("outcomes", ProceedingOutcome.DETENTION, walk) in outcome
    assert str(DETENTION_DAYS) in outcome

    assert listed(page.coming_up.model) == [
        (UpcomingKind.DEADLINE, case.days.appeal_by, words["defendant"], ProceedingType.VIOLATION)
    ]
    walk.step("coming-up-deadline", page.window())


def enter_the_pardon(qtbot: QtBot, pane: AftermathPane, walk: Walk, case: Case) -> None:
    """A pardon granted today ends the ban: the tab says so."""
    today = case.days.today
    click(qtbot, pane, "addProceedingButton")
    dialog = visible_dialog(pane, ProceedingDialog)
    choose_code(child(dialog, QComboBox, "proceedingTypeCombo"), ProceedingType.PARDON)
    choose_code(child(dialog, QComboBox, "sentenceCombo"), case.ban_id)
    type_date(qtbot, dialog, "proceedingDate", today)
    choose_code(child(dialog, QComboBox, "outcomeCombo"), ProceedingOutcome.GRANTED)
    walk.step("pardon", dialog)
    with qtbot.waitSignal(pane.session.records_changed):
        click(qtbot, dialog, "okButton")
    standing = cell(pane.sentence_view, case.ban_id, SentenceModel.STANDING)
    assert today.isoformat() in standing
    assert label("proceedings", ProceedingType.PARDON, walk) in standing
    walk.step("pardon-saved", pane.window())


# ---- the coordinator --------------------------------------------------------------------


def restrictions_tab(qtbot: QtBot, window: CoordinatorWindow) -> RestrictionsPage:
    page = window.restrictions
    click_tab(qtbot, window.tabs, page)
    return page


def ilyashevs_ban(page: RestrictionsPage, words: dict[str, str], walk: Walk) -> list[str]:
    """The ban's row, as the table shows it; [] when it is not listed."""
    ban = label("elements", SentenceElementType.ACTIVITY_BAN, walk)
    proxy = page.proxy
    for row in range(proxy.rowCount()):
        cells = [proxy.index(row, c).data() for c in range(proxy.columnCount())]
        if (cells[RestrictionsModel.PERSON], cells[RestrictionsModel.TYPE]) == (
            words["defendant"],
            ban,
        ):
            return cells
    return []


def ban_in_force(
    qtbot: QtBot, window: CoordinatorWindow, walk: Walk, words: dict[str, str], case: Case
) -> None:
    page = restrictions_tab(qtbot, window)
    assert page.in_force_check.isChecked()
    row = ilyashevs_ban(page, words, walk)
    assert row, "the ban is not listed"
    days = case.days
    assert row[RestrictionsModel.START] == days.verdict.isoformat()
    assert row[RestrictionsModel.END] == days.ban_end.isoformat()
    assert row[RestrictionsModel.DAYS_LEFT] == QLocale().toString((days.ban_end - days.today).days)
    assert row[RestrictionsModel.STATE] == walk.tr("RestrictionsModel", "In force")
    assert row[RestrictionsModel.DETENTION] == QLocale().toString(DETENTION_DAYS)
    walk.step("restrictions", window)


def coming_up_for_the_coordinator(
    qtbot: QtBot, window: CoordinatorWindow, walk: Walk, words: dict[str, str], case: Case
) -> None:
    """The deadline to appeal the detention, and nothing else, in the next 30 days."""
    page = window.coming_up
    click_tab(qtbot, window.tabs, page)
    assert listed(page.model) == [
        (UpcomingKind.DEADLINE, case.days.appeal_by, words["defendant"], ProceedingType.VIOLATION)
    ]
    assert cut_columns(page.view) == {}  # the trial's title whole: the table has room
    walk.step("coordinator-coming-up", window)


def choose_trial(window: CoordinatorWindow, words: dict[str, str]) -> str:
    combo = window.report.trial_combo
    index = combo.findText(words["trial"])
    assert index >= 0
    key = str(combo.itemData(index))
    choose_code(combo, key)
    return key


def report(
    qtbot: QtBot, window: CoordinatorWindow, walk: Walk, words: dict[str, str], target: Path
) -> None:
    """The trial's report as PDF: its "Sentence and restrictions" section quotes the
    judgment and the court's answer, and counts the days of detention."""
    click_tab(qtbot, window.tabs, window.report)
    key = choose_trial(window, words)
    window.report.choose(trial=key, fmt="pdf", lang=walk.language)
    write_report(qtbot, window, walk, "report", target)
    text = " ".join(pdf_text(target).split())
    said = report_words(walk.language)
    for expected in (
        said["sentence"],
        words["wording"],
        words["request"],
        words["answer"],
        words["event"],
        said["detention_total"].format(days=DETENTION_DAYS),
    ):
        assert " ".join(expected.split()) in text, expected


def ban_ended_by_the_pardon(
    qtbot: QtBot, window: CoordinatorWindow, walk: Walk, words: dict[str, str], case: Case
) -> None:
    """No longer in force; shown as ended early, by the pardon, once all are listed."""
    page = restrictions_tab(qtbot, window)
    assert ilyashevs_ban(page, words, walk) == []
    tick(qtbot, page, "restrictionsInForceCheck")
    assert not page.in_force_check.isChecked()
    row = ilyashevs_ban(page, words, walk)
    pardon = label("proceedings", ProceedingType.PARDON, walk)
    ended = walk.tr("RestrictionsModel", "Ended early ({how})").format(how=pardon)
    assert row[RestrictionsModel.STATE] == ended
    assert row[RestrictionsModel.DETENTION] == QLocale().toString(DETENTION_DAYS)
    walk.step("restrictions-after-pardon", window)


def update(
    qtbot: QtBot,
    window: CoordinatorWindow,
    walk: Walk,
    words: dict[str, str],
    target: Path,
    final: Path,
) -> None:
    """An update to today's report (``final``), as PDF: it follows the time printed on the
    report as generated, typed as printed, and lists the pardon."""
    page = window.report
    click_tab(qtbot, window.tabs, page)
    key = choose_trial(window, words)
    page.choose(trial=key, fmt="pdf", lang=walk.language)
    tick(qtbot, page, "reportUpdateCheck")
    assert page.since_edit.isEnabled()
    said = report_words(walk.language)
    generated = re.search(
        re.escape(said["generated"]) + r": (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)Z",
        " ".join(pdf_text(final).split()),
    )
    assert generated is not None, "the final report says when it was generated"
    type_since(qtbot, page, "".join(generated.groups()))
    write_report(qtbot, window, walk, "update", target)
    text = " ".join(pdf_text(target).split())
    since = "{}-{}-{} {}:{}:{}Z".format(*generated.groups())
    assert f"{said['updates_report_of']}: {since}" in text
    for expected in (
        said["update"],
        said["sentence"],
        label("proceedings", ProceedingType.PARDON, walk),
        words["wording"],
    ):
        assert " ".join(expected.split()) in text, expected
