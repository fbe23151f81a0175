"""Alnur Ilyashev's case (issue 14) as the after-the-verdict GUI tests enter it: his trial,
its verdict hearing over Zoom (so the court's days are Almaty's), and the words of the
judgment and of the court's answer to his request for clarification; and the ways those
tests fill the forms in, as a user does."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Trial
from monitor_app.gui.common.field_widgets import CheckListModel
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.widgets import PlainLabel
from monitor_app.gui.records.date_field import DateField
from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
from tests.aftermath_cases import (
    ALMATY,
    ILYASHEV,
    ILYASHEV_BAN_WORDING,
    ILYASHEV_POETRY_ANSWER,
    ILYASHEV_POETRY_REQUEST,
)
from tests.gui.helpers import child, tick

# His case's words as the seed cases keep them (tests.aftermath_cases), by shorter names.
BAN_WORDING = ILYASHEV_BAN_WORDING
QUESTION = ILYASHEV_POETRY_REQUEST
ANSWER = ILYASHEV_POETRY_ANSWER


def add_ilyashev(notebook: Notebook) -> Trial:
    trial = notebook.add_trial(
        "The State v. A. Ilyashev",
        case_number="1-1165/2020",
        court="Medeu District Court of Almaty",
        country="KZ",
        defendants=(ILYASHEV,),
    )
    verdict = datetime(2020, 6, 22, 5, 0, tzinfo=UTC)
    notebook.add_hearing(
        trial.id, verdict, "remote", ALMATY, hearing_type="verdict", status="held", platform="Zoom"
    )
    return trial


def type_date(qtbot: QtBot, parent: QWidget, name: str, day: date) -> None:
    """Say the date is known, and type it, section by section."""
    field = child(parent, DateField, name)
    if field.known.isVisible() and not field.known.isChecked():
        tick(qtbot, parent, f"{name}Known")
    edit = field.edit
    edit.setFocus()
    edit.setSelectedSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))


def type_number(qtbot: QtBot, parent: QWidget, name: str, number: int) -> None:
    spin = child(parent, QAbstractSpinBox, name)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(number))


def choose(parent: QWidget, name: str, code: str) -> None:
    combo = child(parent, QComboBox, name)
    index = combo.findData(code)
    assert index >= 0, f"{code} is not offered by {name}"
    combo.setCurrentIndex(index)


def check_item(qtbot: QtBot, parent: QWidget, name: str, code: str) -> None:
    """Tick one choice of a check list, as a user does: to it, then Space."""
    view = child(parent, QListView, name)
    model = view.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(CheckListModel.CodeRole) == code
    )
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def choose_radio(qtbot: QtBot, parent: QWidget, name: str) -> None:
    radio = child(parent, QRadioButton, name)
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    assert radio.isChecked()


def standing(dialog: QWidget) -> str:
    return child(dialog, PlainLabel, "computedEnd").text()


def inline_error(dialog: QWidget) -> str:
    error = child(dialog, MessageLabel, "errorLabel")
    return error.text() if error.isVisible() else ""


def combo_cuts(combo: QComboBox) -> str:
    """The text of ``combo``'s current item when its box is too narrow to show it whole
    (it is then cut short), else ""."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    text = combo.currentText()
    return text if combo.fontMetrics().horizontalAdvance(text) > field.width() else ""


def box_hides(box: QPlainTextEdit) -> bool:
    """Whether some of ``box``'s text is out of view, to be scrolled to."""
    return any(bar.maximum() > 0 for bar in (box.verticalScrollBar(), box.horizontalScrollBar()))


def cut_columns(view: QTableView) -> dict[int, int]:
    """The columns of ``view`` narrower than what they show (cut short with "…"), with
    their widths."""
    header = view.horizontalHeader()
    return {
        c: view.columnWidth(c)
        for c in range(header.count())
        if not view.isColumnHidden(c)
        and view.columnWidth(c) < max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
    }


def shown_rows(dialog: ProceedingDialog) -> set[str]:
    return {name for name, field in dialog.fields.items() if field.isVisibleTo(dialog)}
