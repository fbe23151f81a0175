"""Telling the user: a core error in the user's language (`error_text`), the one way to show
an error (`show_error`, or `attempt` around a core action), to ask before a step that cannot
be undone (`confirm`), and the one inline message beside a form (`MessageLabel`).

Whatever they show is plain text with control and bidi-override characters scrubbed: the
core's messages may quote a file name, a contact's name or a bundle's contents.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from monitor_app.core.error_messages import CONTEXT, TEMPLATES, fill
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.textsafe import scrub
from monitor_app.gui.common.layout import bring_into_view

log = logging.getLogger(__name__)

DARK_BELOW = 128  # a window colour darker than this (0–255) means a dark theme


def error_text(exc: TrialMonitorError) -> str:
    """A core error in the UI's language: its code's template translated, then filled in
    with its params, each scrubbed (a param may be a name or file name from a bundle).
    The one place the GUI turns a core error into words; translate() is thread-safe, so a
    worker thread may call it too."""
    return fill(
        _translated(exc.code),
        {key: scrub(str(value)) for key, value in exc.params.items()},
        _translated,
    )


def _translated(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, TEMPLATES[code])


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
    box, go = _question_box(parent, object_name, title, text, action, detail=detail)
    box.exec()
    confirmed = box.clickedButton() is go
    box.deleteLater()
    return confirmed


def confirm_then(
    parent: QWidget,
    object_name: str,
    title: str,
    text: str,
    action: str,
    *,
    on_confirmed: Callable[[], None],
    detail: str = "",
) -> None:
    """`confirm` without waiting: the question is shown window-modal and ``on_confirmed``
    runs once the user presses ``action``. For a question asked while a window closes:
    a nested event loop there would hold whatever closes it (a lock, quitting)."""
    box, go = _question_box(parent, object_name, title, text, action, detail=detail)
    # No slot holds the box: it is deleted as it closes, whoever closes it.
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    go.clicked.connect(on_confirmed)
    box.open()


def _question_box(
    parent: QWidget, object_name: str, title: str, text: str, action: str, *, detail: str
) -> tuple[QMessageBox, QAbstractButton]:
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
    return box, go


def attempt(parent: QWidget | None, action: Callable[[], object], title: str = "") -> bool:
    """Run a core action; on a core error show its message and return False."""
    try:
        action()
    except TrialMonitorError as exc:
        log.info("action refused: %s", type(exc).__name__)
        show_error(parent, error_text(exc), title)
        return False
    return True


class MessageLabel(QLabel):
    """An inline message beside a form or in a dialog: an error (in a red that reads on
    the theme) or a plain word of information; plain text, wrapping, hidden while empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._theme = QPalette(self.palette())
        self.hide()

    def show_error(self, text: str) -> None:
        # A red that reads on the theme's background, light or dark.
        palette = QPalette(self._theme)
        dark_theme = palette.color(QPalette.ColorRole.Window).lightness() < DARK_BELOW
        palette.setColor(
            QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark_theme else "#b00020")
        )
        self._show(text, palette)

    def show_info(self, text: str) -> None:
        self._show(text, self._theme)

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _show(self, text: str, palette: QPalette) -> None:
        self.setPalette(palette)
        self.setText(scrub(text, keep_newlines=True))
        self.show()
        bring_into_view(self)
