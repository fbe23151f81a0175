"""What the record forms' tests share: a window to open forms over."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.helpers import shown


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """A window the forms are opened over (qtbot closes it; a crashed form is gone)."""
    return shown(qtbot, QWidget())
