"""Pieces the coordinator's tabs share: the page base (shown data in, everything dropped on
clear) and the combo that chooses a trial group, keeping its choice across reloads."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.index import TrialGroup
from monitor_app.core.textsafe import one_line


class CoordinatorPage(QWidget):
    """A tab of the coordinator's screen."""

    def show_data(self, data: CoordinatorData) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Drop everything shown (the vault is locking, the screen closing)."""


class TrialCombo(QComboBox):
    """A trial group, by title; an optional first entry for all of them (data "")."""

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

    def key(self) -> str:
        return str(self.currentData() or "")

    def set_groups(self, groups: Sequence[TrialGroup], data: CoordinatorData) -> None:
        """List ``groups``, keeping the chosen trial (its group's key may have changed with a
        link), without announcing a change of choice."""
        chosen = data.group_key(self.key()) if self.key() else ""
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
