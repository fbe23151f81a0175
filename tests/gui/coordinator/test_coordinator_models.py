"""Every model of the coordinator's screen passes Qt's model tester on the scene's data (one
trial two observers watched), and shows hostile text from a bundle safely."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from monitor_app.core.coordination.trial_links import LinkSuggestion
from monitor_app.core.sync.arrivals import Gaps
from monitor_app.core.textsafe import REPLACEMENT
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.coordinator.models import (
    LinksModel,
    SuggestionsModel,
    TimelineProxy,
    observer_name,
)
from monitor_app.gui.sync.models import missing_text
from tests.gui.coordinator_helpers import open_coordinator

HOSTILE = "<b>Evil</b>\u202e\x1b[31m"


def test_every_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, coordinator_gui: VaultSession
) -> None:
    window = open_coordinator(qtbot, coordinator_gui)
    window.sessions.choose(window.sessions.trial_combo.key())
    models = [
        window.observers.model,
        window.trials.groups,
        window.trials.suggestions,
        window.trials.links,
        window.timeline.model,
        window.timeline.proxy,
        window.timeline.totals,
        window.timeline.postponements,
        window.sessions.events,
        window.sessions.checklists,
        window.events.model,
        window.watch.results,
    ]
    window.sessions.events_view.selectRow(0)  # the chosen event's tables, filled
    detail = window.sessions.detail
    models += [detail.members, detail.differences, detail.decisions]
    for model in models:
        assert model.rowCount() >= 0
        qtmodeltester.check(model)
    assert window.sessions.checklists.rowCount() == 1
    assert isinstance(window.timeline.proxy, TimelineProxy)


@pytest.mark.parametrize("author", ["0123456789abcdef", HOSTILE])
def test_an_observer_without_a_name_is_shown_by_a_short_id(author: str) -> None:
    shown = observer_name({}, author)
    assert shown.startswith("observer ")
    assert "\x1b" not in observer_name({author: HOSTILE}, author)
    assert "\u202e" not in observer_name({author: HOSTILE}, author)


def test_suggestions_and_links_show_hostile_titles_as_text(
    qtmodeltester: ModelTester, coordinator_gui: VaultSession
) -> None:
    trials = list(coordinator_gui.notebook.list_trials())
    first = trials[0].__class__(**{**trials[0].__dict__, "title": HOSTILE, "court": ""})
    suggestions = SuggestionsModel()
    suggestions.set_records([LinkSuggestion(first, trials[1], "(English)")])
    qtmodeltester.check(suggestions)
    assert REPLACEMENT in suggestions.index(0, SuggestionsModel.FIRST).data()
    assert suggestions.index(0, SuggestionsModel.REASON).data().startswith("same case number ")
    links = LinksModel()
    qtmodeltester.check(links)


def test_what_is_missing_is_said_in_the_ui_language() -> None:
    assert missing_text(Gaps(((2, 3),), ())) == "bundles 2-3 not received yet"
    assert missing_text(Gaps(((5, 5),), ())) == "bundle 5 not received yet"
    assert missing_text(Gaps((), ((4, 4), (7, 9)))) == "changes 4, 7-9 missing"
    assert missing_text(Gaps((), ((4, 4),))) == "change 4 missing"
