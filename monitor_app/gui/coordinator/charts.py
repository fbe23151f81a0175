"""A bar chart drawn with QPainter (no QtCharts): horizontal bars, one a line, each with its
label and value, that can be clicked, or chosen with the arrow keys and Enter. Its text
alternative is its accessible description (and tool tip): every bar's label and value.

Labels may come from bundles (a country as an observer typed it): they are drawn as text,
never interpreted, and the tool tip escapes them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

from monitor_app.core.textsafe import one_line

LABEL_CHARS = 28  # a label is cut here; the description has it whole
MAX_BARS = 12


@dataclass(frozen=True)
class Bar:
    key: str  # what a click on it asks for
    label: str
    value: float
    shown: str  # the value as text (in the locale)


class BarChart(QWidget):
    bar_activated = Signal(str)  # the bar's key

    def __init__(
        self,
        object_name: str,
        title: str,
        parent: QWidget | None = None,
        *,
        label_chars: int = LABEL_CHARS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = title
        self.label_chars = label_chars  # long labels (a sentence's element in Russian) need more
        self.setAccessibleName(title)
        self.bars: list[Bar] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_title(self, title: str) -> None:
        """A new title (what the bars count changed); the bars are set next."""
        self.title = title
        self.setAccessibleName(title)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)[:MAX_BARS]
        self.current = min(self.current, len(self.bars) - 1)
        description = self.description()
        self.setAccessibleDescription(description)
        self.setToolTip(
            "<qt>" + "<br>".join(html.escape(line) for line in description.splitlines()) + "</qt>"
        )
        self.updateGeometry()
        self.update()

    def description(self) -> str:
        """The chart as text: its title, then a line per bar."""
        lines = [self.title] + [f"{one_line(b.label)}: {b.shown}" for b in self.bars]
        if not self.bars:
            lines.append(self.tr("nothing yet"))
        return "\n".join(lines)

    # ---- geometry ---------------------------------------------------------------------

    def _line(self) -> int:
        return self.fontMetrics().lineSpacing() + 6

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self._label(b)) for b in self.bars), default=0)
        return min(widest + 4, metrics.averageCharWidth() * self.label_chars) + 8

    def _label(self, bar: Bar) -> str:
        return one_line(bar.label, self.label_chars)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(
            metrics.averageCharWidth() * 50, self._line() * (max(len(self.bars), 1) + 1) + 4
        )

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 30, self._line() * 2)

    def bar_rect(self, number: int) -> QRect:
        """Where bar ``number``'s line is (label, bar and value)."""
        return QStyle.visualRect(
            self.layoutDirection(),
            self.rect(),
            QRect(0, self._line() * (number + 1), self.width(), self._line()),
        )

    def bar_at(self, y: int) -> int:
        number = y // self._line() - 1
        return number if 0 <= number < len(self.bars) else -1

    # ---- drawing ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        line = self._line()
        direction = self.layoutDirection()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(
            QStyle.visualRect(direction, self.rect(), QRect(0, 0, self.width(), line)),
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        title_font.setBold(False)
        painter.setFont(title_font)
        if not self.bars:
            return
        metrics = self.fontMetrics()
        label_width = self._label_width()
        # Room for the longest figure as shown ("19 min 00", not only digits).
        value_width = max(metrics.horizontalAdvance(b.shown) for b in self.bars) + 8
        room = max(self.width() - label_width - value_width, 10)
        top = max((b.value for b in self.bars), default=0) or 1
        for number, bar in enumerate(self.bars):
            y = line * (number + 1)
            if number == self.current and self.hasFocus():
                painter.fillRect(
                    self.bar_rect(number), palette.color(QPalette.ColorRole.AlternateBase)
                )
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QStyle.visualRect(direction, self.rect(), QRect(0, y, label_width - 8, line)),
                int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(self._label(bar), Qt.TextElideMode.ElideRight, label_width - 8),
            )
            length = max(round(room * bar.value / top), 2)
            painter.fillRect(
                QStyle.visualRect(
                    direction, self.rect(), QRect(label_width, y + 3, length, line - 6)
                ),
                palette.color(QPalette.ColorRole.Highlight),
            )
            painter.drawText(
                QStyle.visualRect(
                    direction, self.rect(), QRect(label_width + length + 4, y, value_width, line)
                ),
                int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
                bar.shown,
            )

    # ---- choosing a bar ---------------------------------------------------------------

    def activate(self, number: int) -> None:
        if 0 <= number < len(self.bars):
            self.current = number
            self.update()
            self.bar_activated.emit(self.bars[number].key)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.bar_at(round(event.position().y()))
        if event.button() == Qt.MouseButton.LeftButton and number >= 0:
            self.activate(number)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        number = self.bar_at(round(event.position().y()))
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if number >= 0 else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.activate(self.current)
            return
        super().keyPressEvent(event)
