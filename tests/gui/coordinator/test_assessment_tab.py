"""Issue 15 in the coordinator's window: the Assessment tab over the seed scene (one trial
two observers watched, linked as one). Each standard with events assessed in the editor,
the events relied on ticked; "Issue grade" refused with one message naming what still
lacks reasoning, then issued, its definition shown; a second reviewer's revision shown as
their comment under their name, and their own save made a comment, never the assessment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.assessment import save_assessment, save_conclusion
from monitor_app.core.coordination.grading import load_grading_scale
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.coordinator.assessment import AssessmentPage, StandardsModel
from monitor_app.gui.coordinator.window import CoordinatorWindow
from tests.assessment_scene import (
    STANDARDS_WITH_EVENTS,
    assess_all,
    linked_index,
    make_reviewer_template,
    opened_reviewer,
    send,
)
from tests.coordination_scene import Watched
from tests.gui.coordinator_helpers import open_coordinator
from tests.gui.helpers import click, column


@pytest.fixture(scope="session")
def reviewer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_reviewer_template(tmp_path_factory)


@pytest.fixture
def reviewer(reviewer_template: Path, tmp_path: Path) -> Iterator[Vault]:
    yield from opened_reviewer(reviewer_template, tmp_path / "reviewer")


def opened(vault: Vault) -> VaultSession:
    session = VaultSession(vault.folder)
    session.open_unlocked(vault)
    return session


@pytest.fixture
def assessor(coordinator: Vault, watched: Watched) -> Iterator[VaultSession]:
    linked_index(coordinator, watched)
    session = opened(coordinator)
    yield session
    session.lock()


def assessment_tab(qtbot: QtBot, session: VaultSession) -> tuple[CoordinatorWindow, AssessmentPage]:
    window = open_coordinator(qtbot, session)
    page = window.assessment
    window.tabs.setCurrentWidget(page)
    return window, page


def standards(page: AssessmentPage, number: int) -> list[str]:
    proxy = page.standards_proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def assess_in_editor(
    qtbot: QtBot, page: AssessmentPage, standard: str, concern: str, reasoning: str
) -> None:
    page.select_standard(standard)
    assert page.standard_label.text() == standard
    combo = page.concern_combo
    combo.setCurrentIndex(combo.findData(concern))
    page.reasoning_edit.setPlainText(reasoning)
    for row in range(page.events_list.count()):
        page.events_list.item(row).setCheckState(Qt.CheckState.Checked)
    click(qtbot, page, "saveAssessmentButton")


def test_assessing_each_standard_then_issuing_the_grade(
    qtbot: QtBot, qtmodeltester, assessor: VaultSession, watched: Watched
) -> None:
    _window, page = assessment_tab(qtbot, assessor)
    qtmodeltester.check(page.standards)
    assert standards(page, StandardsModel.STANDARD) == list(STANDARDS_WITH_EVENTS)
    assert set(standards(page, StandardsModel.REASONING)) == {"Missing"}
    assert set(standards(page, StandardsModel.BY)) == {"Not assessed"}
    assert page.summary.text() == "5 standards with events, 5 without reasoning. No grade yet."
    # The events of a standard, each with its time, conditions and who saw it.
    page.select_standard("ICCPR 14(3)(d)")
    (outage,) = [page.events_list.item(r).text() for r in range(page.events_list.count())]
    assert outage == "E1 2026-11-24 10:05: Connection lost; seen by 2 of 2"
    page.select_standard("ICCPR 14(1)")
    (excluded,) = [page.events_list.item(r).text() for r in range(page.events_list.count())]
    assert excluded == "E2 2026-11-24 11:00: Public excluded; seen by 1 of 2"

    # A grade before every standard has reasoning: one message naming them.
    page.sections.setCurrentIndex(1)
    page.conclusion_edit.setPlainText("The defendant could not follow part of the hearing.")
    page.grade_combo.setCurrentIndex(page.grade_combo.findData("C"))
    assert page.grade_definition.text() == load_grading_scale().definition("C")
    click(qtbot, page, "issueGradeButton")
    assert page.status.isVisible()
    assert page.status.text() == (
        "A grade needs reasoning on every standard with events. Still without reasoning: 5 "
        "(first: ICCPR 14(1), ICCPR 14(3)(d), GC32 para 28, …)."
    )
    click(qtbot, page, "saveDraftButton")
    assert page.status.text() == "Saved the conclusion as a draft, without a grade."
    assert page.grade_combo.currentData() == ""

    page.sections.setCurrentIndex(0)
    for standard in STANDARDS_WITH_EVENTS[:-1]:
        assess_in_editor(qtbot, page, standard, "serious", f"Why {standard}.")
        assert page.status.text() == f"Saved the assessment of {standard}."
    assert page.current_standard() == STANDARDS_WITH_EVENTS[-2]  # the choice is kept
    page.sections.setCurrentIndex(1)
    page.grade_combo.setCurrentIndex(page.grade_combo.findData("C"))
    click(qtbot, page, "issueGradeButton")
    assert "Still without reasoning: 1 (first: GC32 para 36)." in page.status.text()

    page.sections.setCurrentIndex(0)
    assess_in_editor(qtbot, page, "GC32 para 36", "grave", "Twenty minutes lost.")
    assert set(standards(page, StandardsModel.REASONING)) == {"Given"}
    page.sections.setCurrentIndex(1)
    page.grade_combo.setCurrentIndex(page.grade_combo.findData("C"))
    click(qtbot, page, "issueGradeButton")
    assert page.status.text() == "Grade C issued."
    assert page.summary.text() == (
        "5 standards with events, 0 without reasoning. Grade: C (Serious concerns)."
    )
    assert page.conclusion_by_label.text().startswith("Yours, last saved ")
    assert page.conclusion_edit.toPlainText().startswith("The defendant could not follow")
    # The history: five assessments, the draft and the grade, all the coordinator's.
    page.sections.setCurrentIndex(2)
    whats = column(page.history, 2)
    assert sorted(whats) == sorted([*STANDARDS_WITH_EVENTS, "Conclusion", "Conclusion"])
    assert set(column(page.history, 1)) == {"Coordinator C"}
    # What was saved cites the events ticked.
    state = page.state
    assert state is not None
    view = state.standard("ICCPR 14(3)(d)")
    assert view is not None
    assert [page.state.labels[e.id] for e in view.relied_on] == ["E1"]  # type: ignore[union-attr]


def test_a_second_reviewers_words_are_their_comments_at_both_ends(
    qtbot: QtBot,
    assessor: VaultSession,
    coordinator: Vault,
    reviewer: Vault,
    vault: Vault,
    second_observer: Vault,
    watched: Watched,
    tmp_path: Path,
) -> None:
    index = linked_index(coordinator, watched)
    assess_all(coordinator, index, watched.trial_a)
    save_conclusion(
        Notebook(coordinator), index, watched.trial_a, conclusion="Serious concerns.", grade="C"
    )
    for sender in (vault, second_observer, coordinator):
        send(sender, reviewer, tmp_path)
    at_b = linked_index(reviewer, watched)
    save_assessment(
        Notebook(reviewer),
        at_b,
        watched.trial_a,
        standard="ICCPR 14(1)",
        concern="grave",
        reasoning="The press was shut out without a word.",
    )
    send(reviewer, coordinator, tmp_path)

    # At the coordinator's: theirs is the assessment; the reviewer's words, a comment.
    _window, page = assessment_tab(qtbot, assessor)
    page.select_standard("ICCPR 14(1)")
    assert page.by_label.text().startswith("Yours, last saved ")
    assert page.reasoning_edit.toPlainText() == "Reasoning on ICCPR 14(1)."
    comments = page.comments_label.text().splitlines()
    assert comments[0] == "Comments by others (theirs, not the assessment):"
    assert comments[1].startswith("Reviewer R, ")
    assert comments[1].endswith(": Grave: The press was shut out without a word.")
    row = standards(page, StandardsModel.STANDARD).index("ICCPR 14(1)")
    assert standards(page, StandardsModel.BY)[row] == "Coordinator C"
    assert standards(page, StandardsModel.COMMENTS)[row] == "1"

    # At the reviewer's: the coordinator's assessment, their own comment in the fields,
    # and what they save is a comment again.
    expert = opened(reviewer)
    try:
        _other, theirs = assessment_tab(qtbot, expert)
        theirs.select_standard("ICCPR 14(1)")
        by = theirs.by_label.text().splitlines()
        assert by[0].startswith("By Coordinator C, last saved ")
        assert by[1] == (
            "What you save is your comment, under your name; theirs stays the current one. "
            "Your comment is shown in the fields."
        )
        assert theirs.reasoning_edit.toPlainText() == "The press was shut out without a word."
        theirs.reasoning_edit.setPlainText("On reflection: grave, and never reasoned.")
        click(qtbot, theirs, "saveAssessmentButton")
        assert theirs.status.text() == (
            "Saved as your comment on Coordinator C's work; theirs stays current."
        )
        view = theirs.state.standard("ICCPR 14(1)")  # type: ignore[union-attr]
        assert view is not None
        assert view.assessment is not None
        assert view.assessment.author == coordinator.observer_id
        assert view.assessment.reasoning == "Reasoning on ICCPR 14(1)."
        assert [(c.author, c.values.reasoning) for c in view.comments] == [
            (reviewer.observer_id, "On reflection: grave, and never reasoned.")
        ]
        # Their grade, too, is a comment on the conclusion.
        theirs.sections.setCurrentIndex(1)
        assert theirs.conclusion_by_label.text().startswith("By Coordinator C, last saved ")
        theirs.grade_combo.setCurrentIndex(theirs.grade_combo.findData("D"))
        click(qtbot, theirs, "issueGradeButton")
        assert "your comment" in theirs.status.text()
        assert theirs.summary.text().endswith("Grade: C (Serious concerns).")
        assert "Reviewer R" in theirs.conclusion_comments.text()
        assert ": grade D: " in theirs.conclusion_comments.text()
    finally:
        expert.lock()
