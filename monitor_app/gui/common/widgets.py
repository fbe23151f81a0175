"""Small shared widgets and helpers: plain-text labels, error messages, code and zone
combos, a date-time editor bound to a time zone, the base of record dialogs, and the
table-view setup every list in the app uses."""

from __future__ import annotations

import logging
import zoneinfo
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.timeutil import in_zone, local_zone_name, utc_now
from monitor_app.core.textsafe import one_line, scrub
from monitor_app.gui.common.field_widgets import (
    instant_from_wall_clock,
    make_datetime_edit,
    to_qdatetime,
    wall_clock,
)
from monitor_app.gui.common.models import RECORD_ID_ROLE, FoldingFilterProxy, RecordTableModel

log = logging.getLogger(__name__)


# ---- text ------------------------------------------------------------------------------


class PlainLabel(QLabel):
    """A label that never interprets its text as rich text: for anything a user typed or a
    bundle carried. Control and bidi-override characters are shown as U+FFFD."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = True):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_plain(text)

    def set_plain(self, text: str, multi_line: bool = False) -> None:
        self.setText(scrub(text, keep_newlines=True) if multi_line else one_line(text))


def line_edit(object_name: str, accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    return edit


def search_edit(object_name: str, accessible_name: str, placeholder: str) -> QLineEdit:
    """A line to type words to look for, with a button that clears it."""
    edit = line_edit(object_name, accessible_name, placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def text_box(object_name: str, accessible_name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line box about ``lines`` lines tall; Tab moves on rather than typing a tab."""
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setAccessibleName(accessible_name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 4 * box.frameWidth() + 8)
    return box


def lines_of(edit: QPlainTextEdit) -> list[str]:
    """The non-blank lines of a one-item-per-line box (defendants, judges ...)."""
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def plain_name(text: str) -> str:
    """A control's text without its mnemonic marker, for its accessible name."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def make_button(
    text: str, object_name: str, slot: Callable[[], object] | None = None
) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAccessibleName(plain_name(text))
    if slot is not None:
        button.clicked.connect(slot)
    return button


# ---- messages --------------------------------------------------------------------------


def show_error(parent: QWidget | None, message: str, title: str = "") -> None:
    """A calm warning with a core error's message, shown as plain text."""
    box = QMessageBox(parent)
    box.setObjectName("errorMessage")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Trial Monitor"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(scrub(message, keep_newlines=True))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setObjectName("okButton")
    box.exec()
    box.deleteLater()


def confirm(
    parent: QWidget,
    object_name: str,
    title: str,
    text: str,
    action: str,
    *,
    detail: str = "",
) -> bool:
    """Ask before a step that trusts a key or cannot be undone; True only if the user
    pressed ``action`` (button ``confirmButton``). Cancel (``cancelButton``) is the
    default, so Enter or Escape changes nothing. Everything is shown as plain text."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(scrub(text, keep_newlines=True))
    if detail:
        box.setInformativeText(scrub(detail, keep_newlines=True))
    box.setTextFormat(Qt.TextFormat.PlainText)  # after both: it applies to both labels
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("confirmButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    confirmed = box.clickedButton() is go
    box.deleteLater()
    return confirmed


def attempt(parent: QWidget | None, action: Callable[[], object], title: str = "") -> bool:
    """Run a core action; on a core error show its message and return False."""
    try:
        action()
    except TrialMonitorError as exc:
        log.info("action refused: %s", type(exc).__name__)
        show_error(parent, str(exc), title)
        return False
    return True


class InlineError(QWidget):
    """A warning icon and a plain-text message inside a dialog; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = PlainLabel("", self)
        self.label.setObjectName("errorText")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_message(self, message: str) -> None:
        self.label.set_plain(message, multi_line=True)
        self.setAccessibleDescription(self.label.text())
        self.setVisible(bool(message))


# ---- choices ---------------------------------------------------------------------------


class CodeComboBox(QComboBox):
    """A choice among codes shown by their labels. A code it does not list (from a newer
    version, in a bundle) is added as itself, so editing a record never loses it."""

    def __init__(
        self,
        choices: Mapping[str, str],
        object_name: str,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, text in choices.items():
            self.addItem(text, code)

    def code(self) -> str:
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        found = self.findData(code)
        if found < 0:
            self.addItem(one_line(code), code)
            found = self.count() - 1
        self.setCurrentIndex(found)


class ZoneComboBox(QComboBox):
    """An IANA time zone, typed with completion or picked from the list."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Time zone"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(sorted(zoneinfo.available_timezones()))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.set_zone_name(local_zone_name())

    def zone_name(self) -> str:
        return self.currentText().strip()

    def set_zone_name(self, name: str) -> None:
        self.setEditText(one_line(name))


class ZonedDateTimeEdit(QWidget):
    """A wall-clock date and time read in a given IANA zone (the hearing's, not this
    computer's). Optional ones have a check box: unchecked means "not known"."""

    def __init__(
        self,
        object_name: str,
        accessible_name: str,
        tz: str,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._tz = tz
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The check box comes first on screen, so it is created first: Tab follows
        # creation order among siblings.
        self.known: QCheckBox | None = None
        if optional:
            self.known = QCheckBox(self.tr("Known"), self)
            self.known.setObjectName(object_name + "Known")
            self.known.setAccessibleName(self.tr("{what} is known").format(what=accessible_name))
            layout.addWidget(self.known)
        self.edit = make_datetime_edit(self)  # a floating wall time, see field_widgets
        self.edit.setObjectName(object_name + "Edit")
        self.edit.setAccessibleName(accessible_name)
        if self.known is not None:
            self.known.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.edit, 1)
        self.set_value(None)

    def set_zone(self, tz: str) -> None:
        """Read the shown wall time in another zone (it is what the user typed)."""
        self._tz = tz

    def set_value(self, utc_text: str | None) -> None:
        """Show a stored UTC instant in the zone; None leaves an optional one unset (and a
        required one at this hour)."""
        if utc_text:
            self.set_wall_time(in_zone(utc_text, self._tz))
        else:
            self.edit.setDateTime(wall_clock(utc_now().replace(minute=0, second=0), self._tz))
        if self.known is not None:
            self.known.setChecked(bool(utc_text))
            self.edit.setEnabled(bool(utc_text))

    def set_wall_time(self, local: datetime) -> None:
        """Show a wall-clock time (its own zone, if any, is ignored)."""
        self.edit.setDateTime(to_qdatetime(local.replace(second=0, microsecond=0)))

    def instant(self) -> datetime:
        """The instant shown, in the zone (raises the core's error for an unknown zone)."""
        return instant_from_wall_clock(self.edit.dateTime(), self._tz)

    def value(self) -> datetime | None:
        """The instant shown, or None when an optional one is not known."""
        if self.known is not None and not self.known.isChecked():
            return None
        return self.instant()


# ---- layout ---------------------------------------------------------------------------


class FlowLayout(QLayout):
    """Left to right (mirrored right to left), wrapping onto more lines when the row is too
    narrow: rows of buttons that must survive long translations and narrow panes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        margins = self.contentsMargins()
        visible = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(size.width() for size in visible) + self._gap() * max(len(visible) - 1, 0)
        height = max((size.height() for size in visible), default=0)
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        """The widest item: everything else can wrap."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QApplication.style()
        return max(style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing), 0)

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Place the items (or only measure); returns the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        x, y, line_height = area.x(), area.y(), 0
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        )
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint().boundedTo(QSize(area.width(), item.sizeHint().height()))
            if x > area.x() and x + size.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + gap, 0
            if place:
                item.setGeometry(QStyle.visualRect(direction, area, QRect(QPoint(x, y), size)))
            x += size.width() + gap
            line_height = max(line_height, size.height())
        margins = self.contentsMargins()
        return y + line_height - rect.y() + margins.bottom()


def button_row(*buttons: QWidget) -> QWidget:
    """Buttons side by side, wrapping when there is no room."""
    row = QWidget()
    layout = FlowLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    return row


# ---- tables and dialogs ----------------------------------------------------------------


def text_size(widget: QWidget, chars: int, lines: int) -> QSize:
    """Room for ``chars`` average characters by ``lines`` lines in the widget's font: an
    initial size that grows with the font and the screen's scaling."""
    metrics = widget.fontMetrics()
    return QSize(metrics.averageCharWidth() * chars, metrics.lineSpacing() * lines)


def make_table_view(
    object_name: str, model: QAbstractItemModel, accessible_name: str, sortable: bool = True
) -> QTableView:
    """A read-only table of whole-row selection, one line per row, sorted by clicking a
    header, keyboard-navigable."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    view.setSortingEnabled(sortable)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def selected_id(view: QTableView) -> str | None:
    """The record id of a table's selected row (None when none is)."""
    rows = view.selectionModel().selectedRows()
    return str(rows[0].data(RECORD_ID_ROLE)) if rows else None


def select_id(
    view: QTableView, proxy: FoldingFilterProxy, model: RecordTableModel, record_id: str | None
) -> bool:
    """Select the row of ``record_id`` if it is listed (and not filtered out)."""
    row = model.row_of(record_id) if record_id else None
    index = proxy.mapFromSource(model.index(row, 0)) if row is not None else QModelIndex()
    if not index.isValid():
        view.clearSelection()
        return False
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
    return True


def sorted_table(
    object_name: str,
    model: RecordTableModel,
    accessible_name: str,
    sort_by: int,
    *,
    stretch: int,
    rows: int,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> tuple[QTableView, FoldingFilterProxy]:
    """A table of ``model`` through a sorting proxy, sorted by ``sort_by``, its ``stretch``
    column taking the room the others leave, never shorter than ``rows`` rows."""
    proxy = FoldingFilterProxy(model, model)
    view = make_table_view(object_name, proxy, accessible_name)
    view.sortByColumn(sort_by, order)
    fit_columns(view, stretch)
    show_rows(view, rows)
    return view, proxy


def show_rows(view: QTableView, rows: int) -> None:
    """Keep room for the header and ``rows`` rows, however the layout is squeezed."""
    height = view.horizontalHeader().sizeHint().height()
    height += rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()
    view.setMinimumHeight(height)


def fit_columns(view: QTableView, stretch: int) -> None:
    """Every column as wide as what it shows, but ``stretch``, which takes the rest."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class SaveDialog(QDialog):
    """A dialog that saves through the core when OK is pressed: a core error is shown
    inline and the dialog stays open with what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("dialogButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self._save_and_accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, body: QWidget) -> None:
        """Lay out ``body``, then the error line, then the buttons."""
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(self.sizeHint().expandedTo(text_size(self, 70, 0)))

    def save(self) -> None:
        """Save through the core (raising its error if refused)."""
        raise NotImplementedError

    def save_before_lock(self) -> None:
        """A lock must not lose what was typed: save it if the core accepts it as it is.
        (What the core refuses, e.g. a trial without a title, cannot be kept.)"""
        try:
            self.save()
        except TrialMonitorError as exc:
            log.info("not saved before lock: %s", type(exc).__name__)

    def _save_and_accept(self) -> None:
        try:
            self.save()
        except TrialMonitorError as exc:
            log.info("save refused: %s", type(exc).__name__)
            self.error.show_message(str(exc))
            return
        self.accept()


# Qt's own file dialog keeps recently visited folders in the "QtProject" settings. Folder
# names can say what a user works on, so they are removed after every use.
_FILE_DIALOG_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def forget_file_dialog_history() -> None:
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _FILE_DIALOG_KEYS:
        store.remove(key)
    store.sync()
