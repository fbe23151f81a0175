"""A court's words are set off alike on the screens and in the reports, in each language's
quotation marks (core.languages `quoted`): the walk saw the Russian PDF quote them "…"
while the Russian screens showed «…»."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from monitor_app.core.languages import LANGUAGES, quoted
from monitor_app.gui.records.aftermath_words import AftermathWords


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_screens_quote_as_the_reports_do(qapp: QApplication, lang: str) -> None:
    words = AftermathWords(lang)
    assert words.quoted("  заниматься общественной деятельностью ") == quoted(
        "заниматься общественной деятельностью", lang
    )
