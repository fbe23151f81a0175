"""The navigator: the one place that opens the workspace's dialogs. `show` shows any dialog
(window-modal, non-blocking, deleted when it closes) and selects in the workspace what a
record dialog saved; `open` makes a tool screen by its `Screen` name (contacts, sending,
importing, removing trials, the findings window) and shows it. Screens ask for one another
by name; the navigator opens what they ask for on top of them, and tells them when it
closes, so they can read again what it changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from monitor_app.core.records.records import Hearing, Trial
from monitor_app.gui.common.navigation import Screen, show_dialog
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.tool_dialog import ToolDialog

D = TypeVar("D", bound=QDialog)

# Selects a trial (and one of its hearings, or "") in the workspace.
Select = Callable[[str, str], None]


class Navigator:
    def __init__(
        self, session: VaultSession, settings: AppSettings, select: Select | None = None
    ) -> None:
        self.session = session
        self.settings = settings
        self.select = select

    def show(self, dialog: D) -> D:
        """Show ``dialog`` window-modal over its parent, non-blocking, deleted when it closes
        (a lock closes it). A trial or hearing it saved (its ``saved``) is then selected."""
        select = self.select
        if select is not None:
            dialog.accepted.connect(lambda: _select_saved(select, getattr(dialog, "saved", None)))
        return show_dialog(dialog)

    def open(self, screen: Screen, parent: QWidget | None) -> ToolDialog:
        """Open ``screen`` over ``parent`` (see `show`)."""
        dialog = self._make(screen, parent)
        dialog.screen_requested.connect(lambda name: self.open(Screen(name), dialog))
        if isinstance(parent, ToolDialog):
            dialog.finished.connect(lambda _result: parent.child_closed())
        self.show(dialog)
        if screen is Screen.IMPORT_QUARANTINED:
            from monitor_app.gui.sync.import_dialog import ImportDialog

            assert isinstance(dialog, ImportDialog)  # noqa: S101 (made just above)
            dialog.import_quarantined()
        return dialog

    def _make(self, screen: Screen, parent: QWidget | None) -> ToolDialog:
        # Imported when first asked for: the workspace opens without loading every screen.
        if screen is Screen.CONTACTS:
            from monitor_app.gui.sync.contacts_dialog import ContactsDialog

            return ContactsDialog(self.session, parent)
        if screen is Screen.SYNC:
            from monitor_app.gui.sync.sync_dialog import SyncDialog

            return SyncDialog(self.session, parent)
        if screen in (Screen.IMPORT, Screen.IMPORT_QUARANTINED):
            from monitor_app.gui.sync.import_dialog import ImportDialog

            return ImportDialog(self.session, parent)
        if screen is Screen.PURGE:
            from monitor_app.gui.sync.purge_dialog import PurgeDialog

            return PurgeDialog(self.session, parent)
        from monitor_app.gui.coordinator.window import CoordinatorWindow

        return CoordinatorWindow(self.session, self.settings, parent)


def _select_saved(select: Select, saved: object) -> None:
    if isinstance(saved, Trial):
        select(saved.id, "")
    elif isinstance(saved, Hearing):
        select(saved.trial_id, saved.id)
