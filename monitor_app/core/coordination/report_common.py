"""What every part of a trial's report shares: its options, its words (headings, fixed
words, the labels of our own codes) in the report's language, how it names observers,
another person's revision of a record as the report shows it, and how it writes times.

The report itself is `reports`; the "Sentence and restrictions" section `report_sentences`;
an update to a report `report_updates`; the document printed `report_document`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.errors import ValidationError
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.durations import DurationUnits, format_duration
from monitor_app.core.records.taxonomy import label
from monitor_app.core.records.timeutil import in_zone
from monitor_app.core.resources import resource_path


@functools.cache
def _all_words() -> dict[str, dict[str, str]]:
    with resource_path("reports", "report_words.json").open(encoding="utf-8") as fh:
        words: dict[str, dict[str, str]] = json.load(fh)["words"]
    return words


def report_words(lang: str) -> Mapping[str, str]:
    """Headings and fixed words of a report, and the labels of our own codes (hearing
    modes, statuses, types, checklist answers) as ``"mode.remote"`` and so on; the taxonomy
    carries the rest."""
    return _all_words()[lang]


def coded_word(lang: str, kind: str, code: str) -> str:
    """The report's label of one of our own codes; a code it lacks (from a newer version)
    as itself."""
    return report_words(lang).get(f"{kind}.{code}", code) if code else ""


def report_duration(seconds: int, lang: str) -> str:
    """Whole seconds as the report's language writes them ("2 min 36 s")."""
    words = report_words(lang)
    units = DurationUnits(words["unit.h"], words["unit.min"], words["unit.s"])
    return format_duration(seconds, units)


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    public: bool = False  # observers as "Observer 1, 2…", no sources or bundle details
    real_names: bool = False  # only in a private report, and only where the coordinator noted one
    standard: str = ""  # only observations bearing on this provision (a draft annex)

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValidationError("report-language", languages=" or ".join(LANGUAGES))
        if self.public and self.real_names:
            raise ValidationError("public-real-names")


@dataclass(frozen=True)
class ReportAnnotation:
    """Another observer's revision of an observation (`ownership`): their words, under their
    name, never the observation's."""

    observer: str
    created_utc: str
    deleted: bool  # they would have it deleted, for ``reason``
    reason: str
    text: str  # their text of the note, where it differs from the author's


class Namer:
    """Observer labels as the options say: pseudonym, real name, or a number."""

    def __init__(self, statuses: Mapping[str, ObserverStatus], options: ReportOptions) -> None:
        self.statuses = statuses
        self.options = options
        self.numbers: dict[str, int] = {}

    def __call__(self, author: str) -> str:
        if self.options.public:
            number = self.numbers.setdefault(author, len(self.numbers) + 1)
            return report_words(self.options.lang)["numbered"].format(number=number)
        status = self.statuses.get(author)
        if status is None:
            return report_words(self.options.lang)["unnamed"].format(id=author[:8])
        if self.options.real_names and status.real_name:
            return f"{status.real_name} ({status.name})"
        return status.name


def utc_text(moment: datetime) -> str:
    """A report's time stamp: UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def distinct(values: Iterable[str]) -> tuple[str, ...]:
    """The values given, each once, in order, empty ones left out."""
    return tuple(dict.fromkeys(v for v in values if v))


def local_date(utc_text: str, tz: str) -> str:
    """The day an instant falls on in ``tz``, "YYYY-MM-DD"."""
    return in_zone(utc_text, tz).date().isoformat()


def term_part(unit: str, n: object, lang: str) -> str:
    """One part of a length of time such as a sentence ("3 years", "1 year"); a unit this
    version does not know (from a newer one) as it came."""
    words = report_words(lang)
    pattern = words.get(f"term.{unit}.one") if n == 1 else None
    pattern = pattern or words.get(f"term.{unit}")
    return pattern.format(n=n) if pattern else f"{n} {unit}"


def standard_rank(standard: str) -> int:
    """The treaty first, then the Committee's comments and cases, then manuals."""
    for rank, prefix in enumerate(("ICCPR", "GC", "CCPR")):
        if standard.startswith(prefix):
            return rank
    return 3 if " v. " not in standard else 2


def choice_label(choices: Sequence[Any], code: str | None, lang: str) -> str:
    """The label of one of the taxonomy's choices (a party, a severity...); a code it lacks
    as itself."""
    if not code:
        return ""
    found = next((c for c in choices if c.code == code), None)
    return label(found.label, lang) if found else code
