"""What the workspace's panes share: a record's delete (asking why first), the Delete key
on a list, bold headings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView, QWidget

from monitor_app.gui.common.messages import attempt
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.records.reason_dialog import ask_reason


def bold(widget: QWidget, factor: float = 1.0) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


def on_delete_key(view: QTableView, slot: Callable[[], object]) -> None:
    """The Delete key on a focused list deletes its selected record (after asking why)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)


def delete_record(
    parent: QWidget, session: VaultSession, record_id: str, kind: str, title: str
) -> bool:
    """Ask why, then leave a tombstone; the core's refusal (say, a trial that still has
    hearings) is shown and nothing changes."""
    prompt = QCoreApplication.translate("WorkspacePage", "Why? The reason is kept in the history.")
    reason = ask_reason(parent, title, prompt)
    if reason is None or not session.is_unlocked:
        return False
    if not attempt(parent, lambda: session.notebook.delete(record_id, reason), title):
        return False
    session.changed(kind)
    return True
