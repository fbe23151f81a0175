"""How screens and dialogs are opened. A screen asks for another by name (a `Screen`, emitted
as `ToolDialog`'s `screen_requested`) and the workspace's navigator opens what was asked, so
no screen imports another and the screens stand in a line, not a circle. A dialog that opens
a child dialog of its own shows it with `show_dialog`, the one way the workspace's navigator
shows dialogs too."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class Screen(StrEnum):
    CONTACTS = "contacts"
    SYNC = "sync"
    IMPORT = "import"
    IMPORT_QUARANTINED = "import-quarantined"  # the import screen, importing the quarantine
    PURGE = "purge"
    COORDINATOR = "coordinator"


def show_dialog(dialog: D, *, modeless: bool = False) -> D:
    """Show ``dialog`` without blocking, deleted once it closes: window-modal over its
    parent's window, or (``modeless``) beside it, so work there goes on (live mode keeps
    logging while the full observation editor is open)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modeless:
        dialog.show()
    else:
        dialog.open()
    return dialog
