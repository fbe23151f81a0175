"""How long something lasted: one number and one text, the same on every surface.

The rule: a duration counts whole seconds, the fraction dropped as a stopwatch drops it
(`whole_seconds`). Live mode stamps times to the microsecond, so a running timer and the
interval it becomes when stopped at that moment show the same figure. Machine outputs
(JSON, the CSV's ``seconds`` column) carry that integer. People read it as written by
`format_duration`: "28 s", "2 min 36 s", "1 h 05 min 12 s". Every part below the largest
one present is written, with two digits, so a running timer keeps its shape and nothing is
rounded away: a span of a second or more never reads as "0".

The words for the units come from the caller (`DurationUnits`): the GUI passes translated
ones, a report its language's, and the CLI stays English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

_SECOND = timedelta(seconds=1)


@dataclass(frozen=True)
class DurationUnits:
    """How a language writes each part of a duration; each pattern has an ``{n}``."""

    hours: str = "{n} h"
    minutes: str = "{n} min"
    seconds: str = "{n} s"


ENGLISH_UNITS = DurationUnits()


def whole_seconds(span: timedelta) -> int:
    """A span in whole seconds, the fraction dropped; never negative."""
    return max(span // _SECOND, 0)


def format_duration(seconds: int, units: DurationUnits = ENGLISH_UNITS) -> str:
    """Whole seconds as people read them: "28 s", "2 min 36 s", "1 h 05 min 12 s"."""
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        parts = [
            units.hours.format(n=hours),
            units.minutes.format(n=f"{minutes:02d}"),
            units.seconds.format(n=f"{secs:02d}"),
        ]
    elif minutes:
        parts = [units.minutes.format(n=minutes), units.seconds.format(n=f"{secs:02d}")]
    else:
        parts = [units.seconds.format(n=secs)]
    return " ".join(parts)
