"""Editors for an observation's taxonomy fields, one per `FieldSpec` type, and the pieces
the observation forms share: checkable lists and wall-clock date-time conversion.

Each `FieldEditor` reads and writes the value in its stored JSON form (what
`Taxonomy.validate_fields` returns), or None for "not recorded", so a form can hand
`FieldsForm.values()` straight to the notebook, which validates it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from monitor_app.core.records.taxonomy import (
    DURATION_KEYS,
    MAX_DURATION_PART,
    MAX_INT,
    Choice,
    FieldSpec,
    Item,
    Taxonomy,
    label,
)
from monitor_app.core.records.timeutil import zone
from monitor_app.core.records.value_checks import FIRST_YEAR, LAST_YEAR
from monitor_app.core.textsafe import one_line

CONTEXT = "FieldWidgets"
DATETIME_DISPLAY = "yyyy-MM-dd HH:mm"
VISIBLE_CHECK_ROWS = 6  # a check list taller than this scrolls
COMBO_MIN_CHARS = 12
AnyIndex = QModelIndex | QPersistentModelIndex


def choice_options(choices: Iterable[Choice], lang: str) -> list[tuple[str, str]]:
    """(code, label in ``lang``) for each choice."""
    return [(c.code, label(c.label, lang)) for c in choices]


# ---- wall-clock date-times -------------------------------------------------------------
# Date-time editors hold a wall-clock time in a QDateTime pinned to UTC: a "floating" value
# that Qt never shifts for the computer's own zone or its daylight-saving gaps. Python's
# zoneinfo alone decides what instant a wall-clock time in a hearing's zone means.


def to_qdatetime(wall: datetime) -> QDateTime:
    return QDateTime(
        QDate(wall.year, wall.month, wall.day),
        QTime(wall.hour, wall.minute, wall.second),
        QTimeZone.utc(),
    )


def from_qdatetime(value: QDateTime) -> datetime:
    """The naive wall-clock time an editor shows."""
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second())


def wall_clock(instant: datetime, zone_name: str) -> QDateTime:
    """An instant as ``zone_name``'s clock shows it, ready for a date-time editor."""
    return to_qdatetime(instant.astimezone(zone(zone_name)))


def instant_from_wall_clock(value: QDateTime, zone_name: str) -> datetime:
    """The aware instant a wall-clock time in ``zone_name`` stands for."""
    return from_qdatetime(value).replace(tzinfo=zone(zone_name))


class WallClockEdit(QDateTimeEdit):
    """A date-time editor where a click selects the part clicked (the hour, the day ...), so
    typing replaces it, as Tab into it does; Qt's own only places the cursor there, and what
    is typed then lands beside the digits already shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)  # the text takes the clicks, not the editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            self.setSelectedSection(self.currentSection())
        return super().eventFilter(watched, event)


def make_datetime_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    edit = WallClockEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    # Only wall times that are instants the vault takes (value_checks) in every zone: a
    # day's margin at either end, as no zone is a day away from UTC.
    edit.setMinimumDateTime(QDateTime(QDate(FIRST_YEAR, 1, 2), QTime(0, 0), QTimeZone.utc()))
    edit.setMaximumDateTime(QDateTime(QDate(LAST_YEAR, 12, 30), QTime(23, 59, 59), QTimeZone.utc()))
    edit.setDisplayFormat(DATETIME_DISPLAY)
    edit.setCalendarPopup(True)
    return edit


# ---- checkable lists -------------------------------------------------------------------


class CheckListModel(QAbstractListModel):
    """Choices with a check box each (parties, multiple-choice fields).

    Codes not among the choices (from a newer taxonomy, or another observer's vault) are
    added as rows labelled with the code, so saving never drops them silently."""

    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QObject | None = None):
        super().__init__(parent)
        self._rows = list(choices)
        self._checked: set[str] = set()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = code in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == self.CodeRole:
            return code
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        code = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked(self) -> list[str]:
        """The checked codes, in the list's order."""
        return [code for code, _ in self._rows if code in self._checked]

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(codes))
        known = {code for code, _ in self._rows}
        unknown = [code for code in wanted if code not in known]
        if unknown:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(unknown) - 1)
            self._rows.extend((code, one_line(code)) for code in unknown)
            self.endInsertRows()
        self._checked = set(wanted)
        if self._rows:
            last = self.index(len(self._rows) - 1)
            self.dataChanged.emit(self.index(0), last, [Qt.ItemDataRole.CheckStateRole])


class CheckListView(QListView):
    """A list of check boxes, as tall as its rows up to a few, then scrolling."""

    def __init__(self, model: CheckListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        rows = min(max(self.model().rowCount(), 1), VISIBLE_CHECK_ROWS)
        row_height = self.sizeHintForRow(0) if self.model().rowCount() else 20
        height = rows * max(row_height, 1) + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)


# ---- field editors ---------------------------------------------------------------------


class FieldEditor(QObject):
    """One field's editor widget, with its value in stored form (None: not recorded)."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        super().__init__(widget)  # lives and dies with its widget
        self.spec = spec
        self.widget = widget

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError


class _TextField(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None) -> None:
        edit = QLineEdit(parent)
        super().__init__(spec, edit)
        self.edit = edit
        self.edit.textChanged.connect(self.changed)

    def value(self) -> object:
        return self.edit.text().strip() or None

    def set_value(self, value: object) -> None:
        self.edit.setText("" if value is None else str(value))


class _ComboField(FieldEditor):
    """One of a few values, or "not recorded" (choice, party, yes/no)."""

    def __init__(
        self, spec: FieldSpec, options: Sequence[tuple[object, str]], parent: QWidget | None
    ) -> None:
        combo = QComboBox(parent)
        super().__init__(spec, combo)
        self.combo = combo
        # Long choices (Russian) must not widen a narrow panel: the popup shows them whole.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(COMBO_MIN_CHARS)
        self._values: list[object] = [None]
        self.combo.addItem(QCoreApplication.translate("FieldWidgets", "— not recorded —"))
        for value, text in options:
            self._values.append(value)
            self.combo.addItem(text)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> object:
        return self._values[max(self.combo.currentIndex(), 0)]

    def set_value(self, value: object) -> None:
        if value not in self._values:  # a value this taxonomy does not know: keep it
            self._values.append(value)
            self.combo.addItem(one_line(str(value)))
        self.combo.setCurrentIndex(self._values.index(value))


class _CheckListField(FieldEditor):
    def __init__(
        self, spec: FieldSpec, choices: Sequence[tuple[str, str]], parent: QWidget | None
    ) -> None:
        model = CheckListModel(choices)
        view = CheckListView(model, parent)
        model.setParent(view)
        super().__init__(spec, view)
        self.model = model
        self.model.dataChanged.connect(self.changed)

    def value(self) -> object:
        return self.model.checked() or None

    def set_value(self, value: object) -> None:
        if isinstance(value, str):
            value = value.split(",")
        codes = [str(v).strip() for v in value] if isinstance(value, list | tuple) else []
        self.model.set_checked(c for c in codes if c)


class _IntField(FieldEditor):
    NOT_RECORDED = -1

    def __init__(self, spec: FieldSpec, parent: QWidget | None) -> None:
        spin = QSpinBox(parent)
        super().__init__(spec, spin)
        self.spin = spin
        self.spin.setRange(self.NOT_RECORDED, MAX_INT)
        self.spin.setSpecialValueText(
            QCoreApplication.translate("FieldWidgets", "— not recorded —")
        )
        self.spin.setValue(self.NOT_RECORDED)
        self.spin.valueChanged.connect(self.changed)

    def value(self) -> object:
        number = self.spin.value()
        return None if number == self.NOT_RECORDED else number

    def set_value(self, value: object) -> None:
        self.spin.setValue(value if isinstance(value, int) else self.NOT_RECORDED)


class _DateTimeField(FieldEditor):
    """A check box "recorded" and a date-time; stored as naive ISO text (what was said)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None) -> None:
        box = QWidget(parent)
        super().__init__(spec, box)
        self.check = QCheckBox(QCoreApplication.translate("FieldWidgets", "Recorded"), box)
        self.edit = make_datetime_edit(box)
        self.edit.setDateTime(to_qdatetime(datetime.now().replace(second=0, microsecond=0)))
        self.edit.setEnabled(False)
        self._tz: tzinfo | None = None  # an offset the stored text had, kept on save
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateTimeChanged.connect(self.changed)

    def value(self) -> object:
        if not self.check.isChecked():
            return None
        return from_qdatetime(self.edit.dateTime()).replace(tzinfo=self._tz).isoformat()

    def set_value(self, value: object) -> None:
        parsed: datetime | None = None
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                parsed = None
        self.check.setChecked(parsed is not None)
        if parsed is not None:
            self._tz = parsed.tzinfo
            self.edit.setDateTime(to_qdatetime(parsed))


class _DurationField(FieldEditor):
    """Years, months and days (a term, a ban); all zero is "not recorded"."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None) -> None:
        box = QWidget(parent)
        super().__init__(spec, box)
        translate = QCoreApplication.translate
        suffixes = {
            "years": translate("FieldWidgets", " y"),
            "months": translate("FieldWidgets", " m"),
            "days": translate("FieldWidgets", " d"),
        }
        names = {
            "years": translate("FieldWidgets", "Years"),
            "months": translate("FieldWidgets", "Months"),
            "days": translate("FieldWidgets", "Days"),
        }
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        for key in DURATION_KEYS:
            spin = QSpinBox(box)
            spin.setRange(0, MAX_DURATION_PART)
            spin.setSuffix(suffixes[key])
            spin.setAccessibleName(names[key])
            spin.setToolTip(names[key])
            spin.valueChanged.connect(self.changed)
            layout.addWidget(spin)
            self.spins[key] = spin
        layout.addStretch(1)

    def value(self) -> object:
        parts = {key: spin.value() for key, spin in self.spins.items()}
        return parts if any(parts.values()) else None

    def set_value(self, value: object) -> None:
        parts = value if isinstance(value, Mapping) else {}
        for key, spin in self.spins.items():
            part = parts.get(key, 0)
            spin.setValue(part if isinstance(part, int) else 0)


def make_field_editor(
    spec: FieldSpec, parties: Sequence[Choice], lang: str, parent: QWidget | None = None
) -> FieldEditor:
    """The editor for one field of a condition, labels in ``lang``."""
    translate = QCoreApplication.translate
    editor: FieldEditor
    if spec.type == "choice":
        editor = _ComboField(spec, choice_options(spec.choices, lang), parent)
    elif spec.type == "party":
        editor = _ComboField(spec, choice_options(parties, lang), parent)
    elif spec.type == "bool":
        yes_no = [
            (True, translate("FieldWidgets", "Yes")),
            (False, translate("FieldWidgets", "No")),
        ]
        editor = _ComboField(spec, yes_no, parent)
    elif spec.type == "multi":
        editor = _CheckListField(spec, choice_options(spec.choices, lang), parent)
    elif spec.type == "parties":
        editor = _CheckListField(spec, choice_options(parties, lang), parent)
    elif spec.type == "int":
        editor = _IntField(spec, parent)
    elif spec.type == "datetime":
        editor = _DateTimeField(spec, parent)
    elif spec.type == "duration":
        editor = _DurationField(spec, parent)
    else:  # "text", and any type a newer taxonomy adds: text keeps what was written
        editor = _TextField(spec, parent)
    editor.widget.setObjectName(f"field_{spec.key}")
    editor.widget.setAccessibleName(label(spec.label, lang))
    return editor


class FieldsForm(QWidget):
    """The fields of one taxonomy item as a form; `changed` on any edit by the user."""

    changed = Signal()

    def __init__(
        self, item: Item, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fieldsForm")
        self.item = item
        self._lang = lang
        self._quiet = False
        self.editors: dict[str, FieldEditor] = {}
        layout = self.form = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if not item.fields:
            none = QLabel(
                self.tr("This condition has no details of its own; describe it in the note."),
                self,
            )
            none.setWordWrap(True)
            layout.addRow(none)
        for spec in item.fields:
            editor = make_field_editor(spec, taxonomy.parties, lang, self)
            text = label(spec.label, lang)
            caption = QLabel(
                self.tr("{field} (required)").format(field=text) if spec.required else text
            )
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setWordWrap(True)
            caption.setBuddy(editor.widget)
            layout.addRow(caption, editor.widget)
            editor.changed.connect(self._relay)
            self.editors[spec.key] = editor

    def _relay(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def values(self) -> dict[str, object]:
        """The recorded values, keyed by field, in stored form."""
        values = {key: editor.value() for key, editor in self.editors.items()}
        return {key: value for key, value in values.items() if value is not None}

    def set_values(self, values: Mapping[str, object]) -> None:
        """Show stored values (without announcing a change)."""
        self._quiet = True
        try:
            for key, editor in self.editors.items():
                editor.set_value(values.get(key))
        finally:
            self._quiet = False

    def discard(self) -> None:
        """Leave the form's layout at once (a deferred delete alone would leave it shown
        until the event loop runs) and be deleted."""
        self.hide()
        self.setParent(None)
        self.deleteLater()

    def missing_required(self) -> list[str]:
        """Labels of required fields left empty."""
        return [
            label(editor.spec.label, self._lang)
            for editor in self.editors.values()
            if editor.spec.required and editor.value() is None
        ]
