"""A hearing's checklist: every standard question, answered yes / no / unclear with a
comment. Each answer is saved (durably) the moment it is given."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.messages import error_text, show_error
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel, make_table_view
from monitor_app.gui.records.models import ChecklistModel

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_CHOOSE_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Select})


class AnswerDelegate(QStyledItemDelegate):
    """Draws an answer cell as a radio button and chooses it on a click anywhere in the
    cell or on Space: one click per answer."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        checked = item.checkState == Qt.CheckState.Checked
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        radio = QStyleOptionButton()
        radio.rect = self._indicator_rect(option, style)
        radio.state = option.state | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter, widget)

    @staticmethod
    def _indicator_rect(option: QStyleOptionViewItem, style: QStyle) -> QRect:
        width = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        height = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
        rect = QRect(0, 0, width, height)
        rect.moveCenter(option.rect.center())
        return rect

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        chosen = (
            isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
        ) or (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _CHOOSE_KEYS
        )
        if not chosen:
            return False
        return model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


class ChecklistView(QWidget):
    """The checklist of one hearing; saves each answer at once and announces it."""

    def __init__(
        self, session: VaultSession, hearing_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistView")
        self.session = session
        self.hearing_id = hearing_id
        self._saving = False
        notebook = session.notebook
        lang = ui_language()
        self.model = ChecklistModel(notebook.taxonomy, lang, self)
        self.model.answer_edited.connect(self._save)
        self.model.dataChanged.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)

        self.table = make_table_view(
            "checklistTable", self.model, self.tr("Checklist"), sortable=False
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(ChecklistModel.YES, AnswerDelegate(self.table))
        self.table.setItemDelegateForColumn(ChecklistModel.NO, AnswerDelegate(self.table))
        self.table.setItemDelegateForColumn(ChecklistModel.UNCLEAR, AnswerDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in ChecklistModel.ANSWER_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        hint = PlainLabel(
            self.tr(
                "Click an answer or press Space on it; double-click a comment or start typing "
                "to write one. Each answer is saved at once."
            ),
            self,
        )
        hint.setObjectName("checklistHint")
        self.summary = PlainLabel("", self)
        self.summary.setObjectName("checklistSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        session.records_changed.connect(self._records_changed)
        self.reload()

    def reload(self) -> None:
        """Show the answers as saved in the vault."""
        self.model.set_records(self.session.notebook.checklist(self.hearing_id))

    def _records_changed(self, kind: str) -> None:
        if kind == "checklist" and not self._saving and self.session.is_unlocked:
            self.reload()  # answered elsewhere (live mode, an import)

    def _update_summary(self, *_args: Any) -> None:
        total = len(self.model.questions)
        answered = len(self.model.records())
        self.summary.set_plain(
            self.tr("{answered} of {total} questions answered").format(
                answered=answered, total=total
            )
        )

    def _save(self, question: str, answer: str, comment: str) -> None:
        try:
            saved = self.session.notebook.set_checklist_answer(
                self.hearing_id, question, answer, comment
            )
        except TrialMonitorError as exc:
            log.info("checklist answer refused: %s", type(exc).__name__)
            message = error_text(exc)
            # Shown after the edit that caused it has finished (an editor may be committing).
            QTimer.singleShot(0, self, lambda: self._refused(message))
            return
        self.model.update_answer(saved)
        self._saving = True
        try:
            self.session.changed("checklist")
        finally:
            self._saving = False

    def _refused(self, message: str) -> None:
        show_error(self, message)
        if self.session.is_unlocked:
            self.reload()
