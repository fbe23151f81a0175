"""A code in large monospace groups, each under its number: a recovery code to copy onto
paper, a key card's fingerprint to compare by voice. The numbers let two people (or a
person and a paper) keep their place; a screen reader hears it character by character."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

GROUPS_PER_ROW = 4


def code_font(point_size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(point_size)
    return font


class GroupsDisplay(QFrame):
    """``groups`` in a grid; the group labels are named ``{prefix}1``, ``{prefix}2`` ...
    ``left_to_right`` keeps the groups in that order even in a right-to-left UI (a code to
    type); otherwise they follow the UI's direction, numbered."""

    def __init__(
        self,
        groups: Sequence[str],
        prefix: str,
        accessible_name: str,
        scale: float,
        parent: QWidget | None = None,
        *,
        left_to_right: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        if left_to_right:
            self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader can reach it
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(" - ".join(" ".join(g) for g in groups))
        mono = code_font(self.font().pointSizeF() * scale)
        grid = QGridLayout(self)
        space = self.fontMetrics().averageCharWidth() * 3
        grid.setHorizontalSpacing(space)
        grid.setContentsMargins(space, space // 2, space, space // 2)
        for index, group in enumerate(groups):
            row, column = divmod(index, GROUPS_PER_ROW)
            number = QLabel(str(index + 1), self)
            number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            number.setEnabled(False)  # greyed: the number is a guide, the group is the code
            label = QLabel(group, self)
            label.setObjectName(f"{prefix}{index + 1}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(mono)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(number, 2 * row, column)
            grid.addWidget(label, 2 * row + 1, column)
