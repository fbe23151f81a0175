"""Sizing and placing: sizes that grow with the font, a dialog as tall as its wrapped text,
every window no larger than its screen (its body scrolls instead, `ScrollingBody`), rows of
buttons that wrap, and the centred, scrollable column of readable width the setup and
unlock screens stand in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

# Readable line length of the setup and unlock screens, in average characters: it grows
# with the font, so it holds at 200% scaling and for long Russian sentences (they wrap).
COLUMN_CHARS = 90
DIALOG_CHARS = 80
# Of its screen's available room a window may take: the window manager's frame (title bar,
# borders) is added outside it, and its size is not known before the window is shown.
SCREEN_SHARE = 0.9


def text_size(widget: QWidget, chars: int, lines: int) -> QSize:
    """Room for ``chars`` average characters by ``lines`` lines in the widget's font: an
    initial size that grows with the font and the screen's scaling."""
    metrics = widget.fontMetrics()
    return QSize(metrics.averageCharWidth() * chars, metrics.lineSpacing() * lines)


def screen_room(window: QWidget) -> QSize:
    """The largest size ``window`` may take on the screen it is on (or will open on)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size()
    return QSize(round(room.width() * SCREEN_SHARE), round(room.height() * SCREEN_SHARE))


def fit_on_screen(window: QWidget, wanted: QSize) -> None:
    """Size ``window`` to ``wanted``, but no larger than its screen leaves room for."""
    window.resize(wanted.boundedTo(screen_room(window)))


def fit_to_text(window: QWidget, chars: int = DIALOG_CHARS) -> None:
    """Size a dialog ``chars`` average characters wide and tall enough for its text (as
    far as the screen allows)."""
    wanted = QSize(window.fontMetrics().averageCharWidth() * chars, window.sizeHint().height())
    fit_on_screen(window, wanted)
    grow_to_fit(window)


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its wrapped text at its present width, as far as the
    screen allows: Qt sizes a window by its size hint, which ignores how wrapped labels grow
    when they wrap."""
    layout = window.layout()
    if layout is None:
        return
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        # A body in a scroll area (`ScrollingBody`) reports no height for a width, as no
        # scroll area does: the window needs what it has now, and what each body it shows
        # lacks at its present width.
        lacking = sum(
            body.height_lacking()
            for body in window.findChildren(ScrollingBody)
            if body.isVisible() and body.window() is window
        )
        needed = window.height() + lacking
    needed = min(needed, screen_room(window).height())
    if needed > window.height():
        window.resize(window.width(), needed)
        keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Move a shown ``window`` that grew past the bottom or right of its screen back onto it."""
    if not (window.isVisible() and window.isWindow()):
        return
    screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    frame = window.frameGeometry()
    dx = min(0, screen.right() - frame.right())
    dy = min(0, screen.bottom() - frame.bottom())
    if dx or dy:
        window.move(max(screen.left(), window.x() + dx), max(screen.top(), window.y() + dy))


def bring_into_view(widget: QWidget) -> None:
    """Show ``widget`` (a message just shown, say): its window grows if the screen has room,
    and a scroll area it is in scrolls to it."""
    grow_to_fit(widget.window())
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        # Place the widget before scrolling to it: the layouts it is in, outermost first.
        holders = []
        holder = widget.parentWidget()
        while holder is not None and holder is not parent.viewport():
            holders.append(holder)
            holder = holder.parentWidget()
        for holder in reversed(holders):
            layout = holder.layout()
            if layout is not None:
                layout.activate()
        parent.ensureWidgetVisible(widget)


class ScrollingBody(QScrollArea):
    """A dialog's body in a frameless scroll area: the dialog can be shorter (and narrower)
    than its body needs, so it never outgrows the screen; the body scrolls instead. Its size
    hint is the body's own, so a dialog still opens at its natural size where there is room.

    Shorter than that, the body takes the area's height while its minimum fits: its tables
    and text views shrink first, and it scrolls only when even its minimum does not fit.
    (Qt sizes a body whose text wraps to its preferred height for the width, so a window
    scrolled the buttons below a table out of view where the table could be shorter.)"""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{body.objectName() or 'body'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        # Not a Tab stop of its own: Tab goes through the body's fields, and the area
        # scrolls to each one as it takes the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = body
        self.setWidget(_AtLeastItsMinimum(body))

    def sizeHint(self) -> QSize:
        body = self.body
        hint = body.sizeHint()
        if body.hasHeightForWidth():  # wrapped text and form rows: their height at that width
            hint.setHeight(max(hint.height(), body.heightForWidth(hint.width())))
        # Room for a scroll bar, so that when one shows, nothing wraps anew for want of width.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.frameWidth()
        return hint + QSize(frame + bar, frame)

    def height_lacking(self) -> int:
        """How much taller the area would have to be to show its body whole at its present
        width (its height for that width, else its size hint): 0 when it is tall enough."""
        body = self.body
        width = self.viewport().width()
        if body.hasHeightForWidth():
            wanted = body.heightForWidth(width)
        else:
            wanted = body.sizeHint().height()
        return max(0, wanted - self.viewport().height())


class _AtLeastItsMinimum(QWidget):
    """What a `ScrollingBody` scrolls: the body, filling it. The scroll area makes it as
    tall as its height for the area's width, at least; here that is the body's minimum
    height for the width, not its preferred one."""

    def __init__(self, body: QWidget) -> None:
        super().__init__()
        self.setObjectName(f"{body.objectName() or 'body'}Fitted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body)

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else -1


class FittingTabs(QTabWidget):
    """Tabs whose pages lay out their own wrapped text in the room they get, asking for no
    height for a width: Qt's would be the tallest page's preferred height, which a
    `ScrollingBody` would have to take as the least the tabs need (every page's table at
    its full length). The least they need is then their pages' minimum height."""

    def hasHeightForWidth(self) -> bool:
        return False


def centered_column(host: QWidget) -> QVBoxLayout:
    """Give ``host`` a scrollable column of readable width in its middle; return its layout.

    The scroll area keeps everything reachable on a small screen at 200% scaling.
    """
    scroll = QScrollArea(host)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    canvas = QWidget(scroll)
    scroll.setWidget(canvas)
    column = QWidget(canvas)
    column.setMaximumWidth(column.fontMetrics().averageCharWidth() * COLUMN_CHARS)
    across = QHBoxLayout()
    across.addStretch(1)
    across.addWidget(column, 100)
    across.addStretch(1)
    down = QVBoxLayout(canvas)
    down.addStretch(1)
    down.addLayout(across)
    down.addStretch(1)
    outer = QVBoxLayout(host)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(column)


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
