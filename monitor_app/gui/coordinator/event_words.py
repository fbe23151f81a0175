"""Events in the coordinator's words: their states, the decisions' actions, the aspects
observers differ on, "seen by 2 of 2", their numbers and zones, how long they lasted, and
which of them the tables highlight (`event_differs`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from monitor_app.core.coordination.event_decisions import (
    DecidedEvent,
    EventState,
)
from monitor_app.core.coordination.events import Aspect, Event
from monitor_app.core.records.timeutil import from_utc_text
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.models import (
    EMPTY,
)

_TIMES_APART = frozenset({Aspect.START, Aspect.END})


def event_differs(event: Event) -> bool:
    """What the timeline and the events highlight: an event not every observer present
    recorded, or one they differ on beyond its times (a minute apart is how two people note
    one moment: listed in its column, not highlighted)."""
    return len(event.recorded_by) < len(event.present) or any(
        d.aspect not in _TIMES_APART for d in event.differences
    )


# ---- events, in words -------------------------------------------------------------------

_STATES = {
    EventState.PROPOSED: QT_TRANSLATE_NOOP("EventWords", "proposed by the app"),
    EventState.CONFIRMED: QT_TRANSLATE_NOOP("EventWords", "confirmed"),
    EventState.SPLIT: QT_TRANSLATE_NOOP("EventWords", "split"),
    EventState.MERGED: QT_TRANSLATE_NOOP("EventWords", "merged"),
    EventState.REJECTED: QT_TRANSLATE_NOOP("EventWords", "rejected"),
}
_ACTIONS = {
    "confirm": QT_TRANSLATE_NOOP("EventWords", "confirmed"),
    "split": QT_TRANSLATE_NOOP("EventWords", "split off"),
    "merge": QT_TRANSLATE_NOOP("EventWords", "merged"),
    "reject": QT_TRANSLATE_NOOP("EventWords", "rejected"),
    "annotate": QT_TRANSLATE_NOOP("EventWords", "annotated"),
}
_ASPECTS = {
    Aspect.CONDITION: QT_TRANSLATE_NOOP("EventWords", "Condition"),
    Aspect.START: QT_TRANSLATE_NOOP("EventWords", "Start"),
    Aspect.END: QT_TRANSLATE_NOOP("EventWords", "End"),
    Aspect.COURT_RESPONSE: QT_TRANSLATE_NOOP("EventWords", "What the court did"),
    Aspect.PARTIES: QT_TRANSLATE_NOOP("EventWords", "Who was affected"),
    Aspect.SEVERITY: QT_TRANSLATE_NOOP("EventWords", "Severity"),
}


def _words(table: Mapping[Any, object], key: Any) -> str:
    text = table.get(key)
    return QCoreApplication.translate("EventWords", str(text)) if text else one_line(str(key))


def state_label(state: EventState) -> str:
    return _words(_STATES, state)


def action_label(action: str) -> str:
    """What a decision did; an action of a newer version (or a hostile record) as itself."""
    return _words(_ACTIONS, action)


def aspect_label(aspect: Aspect) -> str:
    return _words(_ASPECTS, aspect)


def seen_by_text(event: Event) -> str:
    """ "2 of 3": observers who recorded it, of those present."""
    seen, present = event.seen_by
    return QCoreApplication.translate("EventWords", "{seen} of {present}").format(
        seen=seen, present=present
    )


def event_label(event: DecidedEvent) -> str:
    """How it is cited ("E3"); a rejected one, which is cited nowhere, as a dash."""
    return event.label or EMPTY


def event_tz(event: Event) -> str:
    hearing = event.members[0].hearing
    return hearing.tz if hearing else "UTC"


def span_seconds(event: Event) -> int | None:
    """How long the event lasted, start to end; None while open without an end, or for a
    moment (points only: two observers noting one moment a minute apart give no duration)."""
    if event.end is None or not any(m.observation.interval for m in event.members):
        return None
    return max(0, int((from_utc_text(event.end) - from_utc_text(event.start)).total_seconds()))
