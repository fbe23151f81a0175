"""The English words of the coordinator's errors.

One template per error code (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Mapping

from monitor_app.core.error_messages.marking import QT_TRANSLATE_NOOP

TEMPLATES: Mapping[str, str] = {
    # ---- coordination -------------------------------------------------------------
    "trial-linked-to-itself": QT_TRANSLATE_NOOP(
        "CoreErrors", "A trial cannot be linked to itself."
    ),
    "trials-not-linked": QT_TRANSLATE_NOOP("CoreErrors", "Those two trials are not linked."),
    "no-such-session": QT_TRANSLATE_NOOP("CoreErrors", "No hearing session {key}."),
    "event-window": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The window within which notes join one event is 0 to {max} minutes, not {got}.",
    ),
    # ---- decisions on events (event_decisions) -------------------------------------
    "no-such-event": QT_TRANSLATE_NOOP(
        "CoreErrors", "No event {id}: the events of a trial are listed with their ids."
    ),
    "event-id-ambiguous": QT_TRANSLATE_NOOP(
        "CoreErrors", "{count} events start with {id}: give more of the id."
    ),
    "event-action-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{action} is no decision on an event: confirm, split, merge, reject or annotate.",
    ),
    "event-one-only": QT_TRANSLATE_NOOP(
        "CoreErrors", "This decision is about one event: name one."
    ),
    "event-merge-too-few": QT_TRANSLATE_NOOP(
        "CoreErrors", "A merge joins two or more events: name at least two."
    ),
    "event-merge-sessions": QT_TRANSLATE_NOOP(
        "CoreErrors", "Only events of one hearing session can be merged into one."
    ),
    "event-members-not-asked": QT_TRANSLATE_NOOP(
        "CoreErrors", "Observations are named only to split an event."
    ),
    "event-member-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors", "{id} names no one observation of event {event}."
    ),
    "event-split-nothing": QT_TRANSLATE_NOOP(
        "CoreErrors", "Name the observations to split off into an event of their own."
    ),
    "event-split-everything": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "A split leaves some observations on each side: not every one of the event's.",
    ),
    "event-note-missing": QT_TRANSLATE_NOOP("CoreErrors", "An annotation needs a note."),
    "event-note-too-long": QT_TRANSLATE_NOOP(
        "CoreErrors", "A note on an event is at most {max} characters, not {got}."
    ),
    "report-language": QT_TRANSLATE_NOOP("CoreErrors", "Reports are in {languages}."),
    "public-real-names": QT_TRANSLATE_NOOP("CoreErrors", "A public report never shows real names."),
    # ---- staged reports (stages) ---------------------------------------------------
    "stage-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors", "A report's stage is one of {stages}, not {stage}."
    ),
    "stage-out-of-order": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Stages go forward: the {stage} stage cannot be issued once the {later} stage has been.",
    ),
    "stage-already-issued": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The {stage} stage was issued on {issued}. To issue it again (the earlier issue "
        "stays in its history), say so.",
    ),
    "stage-too-big": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "This trial has {count} records, more than a stage can name ({max}).",
    ),
    "stage-too-many-observers": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "This trial has records by {count} people, more than a stage can name ({max}).",
    ),
    "stage-snapshot-format": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "This issued stage was made by another version of the app (snapshot format {got}).",
    ),
    "stage-snapshot-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "This issued stage's list of what it was made from is damaged ({what})."
    ),
    "stage-revisions-missing": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The {stage} stage was made from {count} records; {missing} of them are not in this "
        "vault (removed since, or never received here), so it cannot be shown as issued.",
    ),
    "stage-snapshot-mismatch": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The records this vault holds for the {stage} stage are not those it was issued "
        "from: their digest differs.",
    ),
    "stage-trial-unreadable": QT_TRANSLATE_NOOP(
        "CoreErrors", "The {stage} stage names no trial record this vault can read."
    ),
    "stage-earlier-missing": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The {stage} stage this one compares itself with is not in this vault.",
    ),
    "remembered-folders-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "The remembered folders are malformed."
    ),
    # ---- assessment and grade -----------------------------------------------------
    "assessment-standard-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors", "{standard} is not a standard of the taxonomy."
    ),
    "concern-level": QT_TRANSLATE_NOOP(
        "CoreErrors", "The level of concern is one of {allowed}, not {got}."
    ),
    "assessment-event-unknown": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{event} is not an event of this trial as its notes are grouped now; "
        "the trial's assessment lists its events.",
    ),
    "assessment-event-ambiguous": QT_TRANSLATE_NOOP(
        "CoreErrors", "More than one event of this trial starts with {event}: give more of its id."
    ),
    "grade-not-on-scale": QT_TRANSLATE_NOOP(
        "CoreErrors", "{got} is not a grade of the scale ({grades})."
    ),
    "grade-without-conclusion": QT_TRANSLATE_NOOP(
        "CoreErrors", "A grade is issued with a conclusion: write the conclusion first."
    ),
    "grade-without-reasoning": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "A grade needs reasoning on every standard with events. "
        "Still without reasoning: {count} (first: {standards}).",
    ),
}
