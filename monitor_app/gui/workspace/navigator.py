"""The navigator: the one place that knows every tool screen and opens them (contacts,
sending, importing, removing trials, the findings window). Screens ask for one another by
`Screen` name; the navigator opens what they ask for on top of them, and tells them when it
closes, so they can read again what it changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.tool_dialog import ToolDialog


class Navigator:
    def __init__(self, session: VaultSession, settings: AppSettings) -> None:
        self.session = session
        self.settings = settings

    def open(self, screen: Screen, parent: QWidget | None) -> ToolDialog:
        """Open ``screen`` window-modal over ``parent``, non-blocking, deleted when closed
        (a lock closes it)."""
        dialog = self._make(screen, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.screen_requested.connect(lambda name: self.open(Screen(name), dialog))
        if isinstance(parent, ToolDialog):
            dialog.finished.connect(lambda _result: parent.child_closed())
        dialog.open()
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
