"""A Word report through the coordinator's Report tab: chosen in the format list, the file
chooser offers Word documents, the file name follows the format, and the file written (off
the UI thread, readable by its owner only) reads back in Word's styles and the language
chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.session import VaultSession
from tests.docx_text import document_language, docx_text, open_docx
from tests.gui.coordinator_helpers import open_coordinator
from tests.gui.helpers import WhenModal, choose_in_file_dialog, click, finish, message


def test_a_word_report_through_the_report_tab(
    qtbot: QtBot, coordinator_gui: VaultSession, tmp_path: Path
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    page = window.report
    window.tabs.setCurrentWidget(page)
    page.file_edit.setText(str(tmp_path / "report.pdf"))
    page.choose(trial=page.trial_combo.key(), fmt="docx", public=True, lang="ru")
    assert page.format_combo.currentText() == "Word (DOCX)"
    assert page.file_edit.text() == str(tmp_path / "report.docx")  # follows the format

    target = tmp_path / "chosen.docx"
    filters: list[list[str]] = []

    def answer(dialog: QFileDialog) -> None:
        filters.append(dialog.nameFilters())
        choose_in_file_dialog(dialog, target)

    _chooser = WhenModal(QFileDialog, answer)  # kept while the dialog is up
    click(qtbot, page, "chooseReportFileButton")
    assert filters == [["Word documents (*.docx)"]]
    assert page.file_edit.text() == str(target)

    finish(qtbot, page.write_to(target))
    assert message(page, "reportStatus").startswith("Wrote a public Word (DOCX) report")
    assert target.stat().st_mode & 0o777 == 0o600
    word = open_docx(target)
    first = word.paragraphs[0]
    assert first.style.name == "Heading 1"
    assert first.text.startswith("Отчёт о мониторинге")  # noqa: RUF001 (Cyrillic "о")
    assert document_language(word) == "ru-RU"
    whole = docx_text(target)
    assert "Наблюдатель 1" in whole
    assert "Observer A" not in whole
    assert "Observer B" not in whole
