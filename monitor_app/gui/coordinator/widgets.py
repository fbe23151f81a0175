"""Pieces the coordinator's tabs share: the page base (shown data in, everything dropped on
clear) and the combo that chooses a trial group, keeping its choice across reloads.

The window reads one trial group at a time (`CoordinatorData.scope`): every trial combo
shows the group read, and choosing another (or all of them) asks the window to read it
(`TrialCombo.wanted`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QWidget

from monitor_app.core.coordination.coordinator_data import ALL_TRIALS, CoordinatorData
from monitor_app.core.coordination.index import TrialGroup
from monitor_app.core.textsafe import one_line


class CoordinatorPage(QWidget):
    """A tab of the coordinator's screen."""

    def show_data(self, data: CoordinatorData) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Drop everything shown (the vault is locking, the screen closing)."""


class WorkedOutWhenShown(CoordinatorPage):
    """A tab whose figures take a while to work out (a tenth of a second at a programme's
    scale): worked out when the tab is on screen, or as it comes on screen, not for every
    reading the window makes while another tab is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = False

    def work_out(self) -> None:
        raise NotImplementedError

    def work_out_when_shown(self) -> None:
        self.stale = True
        if self.isVisible():
            self.work_out()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.work_out()


class TrialCombo(QComboBox):
    """A trial group, by title; an optional first entry for all of them (data "")."""

    # A group other than the one read was chosen: its key, or ALL_TRIALS for "all of them".
    wanted = Signal(str)

    def __init__(
        self,
        object_name: str,
        accessible_name: str,
        all_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.all_text = all_text
        self.scope = ""  # the group read (`CoordinatorData.scope`), "" before any reading
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        if not self.scope:
            return
        wanted = self.key() or ALL_TRIALS
        if wanted != self.scope:
            self.wanted.emit(wanted)

    def key(self) -> str:
        return str(self.currentData() or "")

    def set_groups(self, groups: Sequence[TrialGroup], data: CoordinatorData) -> None:
        """List ``groups``, showing the group read (or, when every one was, keeping the
        chosen trial: its group's key may have changed with a link), without announcing a
        change of choice."""
        self.scope = data.scope
        if data.scope == ALL_TRIALS:
            chosen = data.group_key(self.key()) if self.key() else ""
        else:
            chosen = data.scope
        self.blockSignals(True)
        self.clear()
        if self.all_text:
            self.addItem(self.all_text, "")
        for group in groups:
            self.addItem(one_line(group.title), group.key)
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen else 0)
        self.blockSignals(False)

    def choose(self, key: str) -> None:
        found = self.findData(key)
        if found >= 0:
            self.setCurrentIndex(found)

    def forget(self) -> None:
        """Drop the groups listed and the group read (the vault is locking)."""
        self.scope = ""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
