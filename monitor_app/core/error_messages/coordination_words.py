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
    "report-language": QT_TRANSLATE_NOOP("CoreErrors", "Reports are in {languages}."),
    "public-real-names": QT_TRANSLATE_NOOP("CoreErrors", "A public report never shows real names."),
    "remembered-folders-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "The remembered folders are malformed."
    ),
}
