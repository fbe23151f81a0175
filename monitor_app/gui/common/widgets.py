"""Small shared widgets and helpers: plain-text labels, paragraphs and headings, line and
text fields, buttons, code and zone combos, a date-time editor bound to a time zone, the
table-view setup every list in the app uses, and the base of record dialogs."""

from __future__ import annotations

import html
import logging
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.form_drafts import FormKey, FormState
from monitor_app.core.records.timeutil import in_zone, local_zone_name, utc_now
from monitor_app.core.textsafe import one_line, scrub
from monitor_app.gui.common.drafts import FormDraftKeeper
from monitor_app.gui.common.field_widgets import (
    instant_from_wall_clock,
    make_datetime_edit,
    to_qdatetime,
    wall_clock,
)
from monitor_app.gui.common.layout import ScrollingBody, fit_on_screen, text_size
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.models import RECORD_ID_ROLE, FoldingFilterProxy, RecordTableModel
from monitor_app.gui.common.session import VaultSession

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


HEADING_SCALE = 1.5


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """Explanatory text: plain (never markup), wrapping."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A screen's title: a `paragraph` in a larger, bold font."""
    label = paragraph(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(True)
    label.setFont(font)
    return label


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (the letter after "&") focuses ``buddy``."""
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    return label


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


class TextBox(QPlainTextEdit):
    """A multi-line box that asks for the height it is made for, not Qt's dozen lines, so
    a form of several opens within a small screen; it grows with the window."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def text_box(object_name: str, accessible_name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line box about ``lines`` lines tall; Tab moves on rather than typing a tab."""
    box = TextBox()
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
        self._all_zones = sorted(zoneinfo.available_timezones())
        self.addItems(self._all_zones)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.set_zone_name(local_zone_name())

    def zone_name(self) -> str:
        return self.currentText().strip()

    def offer_first(self, zones: Sequence[str]) -> None:
        """List ``zones`` (a country's) at the top, above a line, then all the others."""
        chosen = self.zone_name()
        self.clear()
        self.addItems(list(zones))
        if zones:
            self.insertSeparator(len(zones))
        self.addItems([name for name in self._all_zones if name not in zones])
        self.set_zone_name(chosen)

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
        # Whose clock the time is on, beside it: the hearing's zone, not this computer's.
        self.zone_label = PlainLabel("", self, wrap=False)
        self.zone_label.setObjectName(object_name + "Zone")
        if self.known is not None:
            self.known.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.zone_label)
        self.set_zone(tz)
        self.set_value(None)

    def set_zone(self, tz: str) -> None:
        """Read the shown wall time in another zone (it is what the user typed)."""
        self._tz = tz
        self.zone_label.set_plain(self.tr("{zone} time").format(zone=tz))

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


# ---- tables and dialogs ----------------------------------------------------------------


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


CAPPED_COLUMN_CHARS = 30  # a cell wider than this is cut short with "…" (`fit_columns_capped`)
NARROWEST_COLUMN_CHARS = 4  # no column is squeezed narrower, however narrow the table


class _CappedColumns(QObject):
    """Keeps a view's columns fitted (`fit_columns_capped`) as its rows change and as it is
    resized; a child of the view, so it goes with it."""

    def __init__(self, view: QTableView, stretch: int, chars: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.chars = chars
        self.wanted: dict[int, int] = {}  # column -> its width, capped, once fitted
        model = view.model()
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)
        model.rowsInserted.connect(self.refit)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.pending = False  # filled while hidden: fitted when shown
        self.refit()

    def refit(self) -> None:
        """Measure what each column shows, then share the table's width out. A table not
        on screen is measured when it shows: Qt measures every row of a hidden one (the
        rows around those in view of a shown one), seconds for a coordinator's timeline
        filled on another tab."""
        view, header = self.view, self.view.horizontalHeader()
        self.pending = not view.isVisible()
        if self.pending:
            return
        widest = view.fontMetrics().averageCharWidth() * self.chars
        self.wanted = {
            column: min(widest, max(_column_hint(view, column), header.sectionSizeHint(column)))
            for column in range(view.model().columnCount())
            if not view.isColumnHidden(column)
        }
        self.share_out()

    def share_out(self) -> None:
        """Each column its width, unless together they are wider than the table: then the
        widest are made narrower, to the same width, until they fit (the stretch column
        among them, taking what is left)."""
        view = self.view
        narrowest = view.fontMetrics().averageCharWidth() * NARROWEST_COLUMN_CHARS
        level = _water_level(list(self.wanted.values()), view.viewport().width(), narrowest)
        for column, width in self.wanted.items():
            if column != self.stretch and view.columnWidth(column) != min(width, level):
                view.setColumnWidth(column, min(width, level))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only a change of width: a column the user widened shows a scroll bar, which
        # makes the table shorter, and that must not take the width back.
        if watched is self.view:
            if event.type() == QEvent.Type.Show and self.pending:
                self.refit()
            return False
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self.share_out()
        return False


COLUMN_FIT_ROWS = 200  # a column is as wide as the widest of this many rows from the top


def _column_hint(view: QTableView, column: int) -> int:
    """What Qt's `sizeHintForColumn` says, of the rows from the top row in view and
    `COLUMN_FIT_ROWS` on: Qt's own measures every row of a table whose row header is hidden
    (as all of ours are), over half a second for a coordinator's timeline of thousands."""
    model = view.model()
    top = max(0, view.rowAt(0))
    rows = range(top, min(model.rowCount(), top + COLUMN_FIT_ROWS))
    widest = max((view.sizeHintForIndex(model.index(r, column)).width() for r in rows), default=0)
    return widest + 1 if view.showGrid() else widest


def _water_level(widths: Sequence[int], room: int, floor: int) -> int:
    """The width no column may exceed for ``widths`` to fit in ``room`` (the narrower ones
    keeping theirs), but no less than ``floor``; any width when they fit as they are."""
    if sum(widths) <= room:
        return max(widths, default=0)
    left, count = room, len(widths)
    for width in sorted(widths):
        if width * count > left:  # this one and every wider one: an equal share
            return max(floor, left // count)
        left -= width
        count -= 1
    return max(floor, left)


class ElidedTextTips(QStyledItemDelegate):
    """Cells as usual; a cell cut short with "…" shows its whole text as a tooltip (as
    plain text: it may be untrusted). A cell whose model gives a tooltip shows that."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = self.cut_short(view, option, index)
        if text:
            QToolTip.showText(event.globalPos(), _plain_tip(text), view)
        else:
            QToolTip.hideText()
        return True

    def cut_short(
        self,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> str:
        """The cell's text if it does not fit its cell (it is shown cut short), else ""."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, view)
        # The margin the style leaves either side of the text.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, shown, view) + 1)
        text = shown.text
        fits = shown.fontMetrics.horizontalAdvance(text) <= room.width() - margin
        return "" if fits else text


def _plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it as it is, never as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def fit_columns_capped(view: QTableView, stretch: int, chars: int = CAPPED_COLUMN_CHARS) -> None:
    """Every column as wide as what it shows but none wider than ``chars`` average
    characters (a longer cell is cut short with "…", its whole text a tooltip), and
    ``stretch``, which takes the rest. Where the table is too narrow even so (a narrow
    window, a longer language), the widest columns give up width until all fit: no column
    is pushed out of view. Kept so as the rows change and the table is resized; the user
    may still widen a column."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * NARROWEST_COLUMN_CHARS)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(ElidedTextTips(view))
    _CappedColumns(view, stretch, chars)


class SaveDialog(QDialog):
    """A dialog that saves through the core when OK is pressed: a core error is shown
    inline and the dialog stays open with what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = MessageLabel("errorLabel", self)
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
        """Lay out ``body`` and the error line below it (scrolling together when the screen
        is too small for them; an error shown scrolls into view), then the buttons, always
        in view."""
        scrolled = QWidget(self)
        scrolled.setObjectName("dialogBody")
        inner = QVBoxLayout(scrolled)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(body, 1)
        inner.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingBody(scrolled, self), 1)
        layout.addWidget(self.buttons)
        fit_on_screen(self, self.sizeHint().expandedTo(text_size(self, 70, 0)))

    def save(self) -> None:
        """Save through the core (raising its error if refused)."""
        raise NotImplementedError

    def form_state(self) -> FormState:
        """What is typed, as plain values: what a draft keeps."""
        raise NotImplementedError

    def set_form_state(self, state: FormState) -> None:
        raise NotImplementedError

    def keep_drafts(
        self, session: VaultSession, key: FormKey, is_saved: Callable[[], bool]
    ) -> None:
        """What is typed is drafted (sealed) as it is typed, so a crash loses none of it;
        a draft a crash or a lock left is put back now. Call once the form is built."""
        self.drafts = FormDraftKeeper(session, self, key, self.form_state, is_saved)
        self.drafts.watch(self)
        self.drafts.restore(self.set_form_state, self.error)

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
            self.error.show_error(error_text(exc))
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
