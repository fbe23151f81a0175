"""The stages of a trial's report in the coordinator's Report tab: issued after a question
(and not when it is declined), listed with when and by whom, written again as issued, in
order only; the annex in a file of its own."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.coordinator.report_stages import StagesModel
from tests.docx_text import docx_text
from tests.gui.coordinator_helpers import open_coordinator
from tests.gui.helpers import MessageBoxAnswer, child, finish, message
from tests.pdf_text import needs_pdftotext, pdf_text


@needs_pdftotext
def test_a_stage_issued_from_the_report_tab_and_written_as_issued(
    qtbot: QtBot, coordinator_gui: VaultSession, tmp_path: Path
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    page = window.report
    window.tabs.setCurrentWidget(page)
    stages = page.stages
    assert stages.model.rowCount() == 0
    assert page.stage_combo.count() == 1  # the report as things stand

    # Declined: nothing is issued.
    declined = MessageBoxAnswer("cancelButton")
    assert stages.issue("preliminary") is None
    assert declined.texts
    assert stages.model.rowCount() == 0

    stages.summary_edit.setPlainText("The link failed; the court went on.")
    answer = MessageBoxAnswer("confirmButton")
    finish(qtbot, stages.issue("preliminary"))
    assert "Issue the preliminary report on" in answer.texts[0]
    assert message(stages, "stageStatus").startswith("Issued: Preliminary report,")
    assert stages.model.rowCount() == 1
    row = [stages.model.index(0, c).data() for c in range(stages.model.columnCount())]
    assert row[StagesModel.STAGE] == "Preliminary report"
    assert row[StagesModel.BY] == "Coordinator C"
    assert row[StagesModel.ISSUE] == "1"
    # Stages go forward: no briefing after a preliminary report; the final one, yes.
    assert not child(stages, type(stages.buttons["final"]), "issueBriefingButton").isEnabled()
    assert stages.buttons["final"].isEnabled()
    assert stages.buttons["preliminary"].isEnabled()  # again, on request

    assert page.stage_combo.count() == 2
    target = tmp_path / "preliminary.pdf"
    page.choose(trial=page.trial_combo.key(), fmt="pdf", stage="preliminary")
    assert not page.standard_combo.isEnabled()  # an issued stage is written whole
    finish(qtbot, page.write_to(target))
    assert message(page, "reportStatus").startswith("Wrote the private PDF of an issued stage")
    text = pdf_text(target)
    assert "Preliminary report" in text
    assert "The link failed; the court went on." in text

    # Its annex in a file of its own, as a Word file too.
    word = tmp_path / "preliminary.docx"
    page.choose(trial=page.trial_combo.key(), fmt="docx", stage="preliminary", separate_annex=True)
    finish(qtbot, page.write_to(word))
    annex = tmp_path / "preliminary-annex.docx"
    assert f"Its annex: {annex}." in message(page, "reportStatus")
    assert "Chronology of observations" not in docx_text(word)
    assert "Chronology of observations" in docx_text(annex)
    assert annex.stat().st_mode & 0o777 == 0o600


def test_issuing_again_says_so_and_keeps_the_earlier_issue(
    qtbot: QtBot, coordinator_gui: VaultSession
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    stages = window.report.stages
    _first = MessageBoxAnswer("confirmButton")
    finish(qtbot, stages.issue("final"))
    again = MessageBoxAnswer("confirmButton")
    finish(qtbot, stages.issue("final"))
    assert "It was issued before" in again.texts[0]
    (row,) = stages.stages
    assert (row.stage, row.issue, len(row.history)) == ("final", 2, 2)
    assert not stages.buttons["preliminary"].isEnabled()
