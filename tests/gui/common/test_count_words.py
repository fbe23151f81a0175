"""What was logged and what a bundle carries are counted in one set of words: the core's
English (`EntryCount`, `ChangeCount`, as the CLI prints them) where the catalogue has no
translation, and the catalogue's words, plural forms and all, where it has."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from monitor_app.core.records.totals import EntryCount
from monitor_app.core.sync.export import ChangeCount
from monitor_app.gui.common.count_words import change_count_text, entry_count_text

# Kazakh: a noun after a numeral stays singular, so one form serves every count.
KAZAKH = {
    ("EntryCount", "{observations} and {notes}"): "{observations} және {notes}",
    ("EntryCount", "%n observation(s)"): "%n бақылау",
    ("EntryCount", "%n free note(s)"): "%n еркін жазба",
    ("ChangeCount", "{changes} to {records}"): "{records} бойынша {changes}",
    ("ChangeCount", "%n saved change(s)"): "%n сақталған өзгеріс",
    ("ChangeCount", "%n record(s)"): "%n жазба",
}


class Catalogue(QTranslator):
    """A catalogue of the few words counted here, as a compiled one would answer."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = KAZAKH.get((context, source), "")
        return found.replace("%n", str(n)) if found and n >= 0 else found

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def kazakh(qapp: QApplication) -> Iterator[None]:
    catalogue = Catalogue(qapp)
    QCoreApplication.installTranslator(catalogue)
    yield
    QCoreApplication.removeTranslator(catalogue)


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (EntryCount(5, 2), "5 observations and 2 free notes"),
        (EntryCount(1, 1), "1 observation and 1 free note"),
        (EntryCount(0, 0), "0 observations and 0 free notes"),
    ],
)
def test_untranslated_the_core_words_are_shown(count: EntryCount, words: str) -> None:
    assert str(count) == words
    assert entry_count_text(count) == words


def test_untranslated_a_bundles_changes_read_as_the_cli_prints_them() -> None:
    assert change_count_text(ChangeCount(16, 9)) == str(ChangeCount(16, 9))
    assert str(ChangeCount(1, 1)) == "1 saved change to 1 record"


@pytest.mark.usefixtures("kazakh")
def test_translated_the_catalogues_words_are_shown() -> None:
    assert entry_count_text(EntryCount(5, 2)) == "5 бақылау және 2 еркін жазба"
    assert change_count_text(ChangeCount(16, 9)) == "9 жазба бойынша 16 сақталған өзгеріс"
