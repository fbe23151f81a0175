"""The words for what follows a verdict: every code of the sentence and proceeding
vocabularies (`records.SentenceElementType`, `BannedActivity`, `ProceedingType`,
`ProceedingOutcome`, `AllegedConduct`, `DefendantSituation`) with its label in each of the
app's languages, and, for sentence elements and banned activities, the international
standards they bear on. The GUI, the CLI and the reports label every code through this, so a
code has one wording everywhere.

The data is ``resources/taxonomy/aftermath.json``. It is read strictly: a vocabulary or a
language missing, a code the app does not know or one it lacks, standards where none
belong, are each a `TaxonomyError` naming the place, never a half-labelled screen.

Standard library only; no Qt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from monitor_app.core.records.records import (
    AllegedConduct,
    BannedActivity,
    DefendantSituation,
    ProceedingOutcome,
    ProceedingType,
    SentenceElementType,
)
from monitor_app.core.records.taxonomy import DataReader, label, read_data_file
from monitor_app.core.resources import resource_path

SUPPORTED_FORMAT = 1
CODE_RE = re.compile(r"[a-z][a-z0-9-]*", re.ASCII)

# Each vocabulary of the file: the codes it must hold, and whether its terms name standards.
VOCABULARIES: Mapping[str, tuple[type[StrEnum], bool]] = {
    "elements": (SentenceElementType, True),
    "activities": (BannedActivity, True),
    "proceedings": (ProceedingType, False),
    "outcomes": (ProceedingOutcome, False),
    "conduct": (AllegedConduct, False),
    "situations": (DefendantSituation, False),
}


@dataclass(frozen=True)
class Term:
    """One code of a vocabulary."""

    code: str
    label: Mapping[str, str] = field(hash=False)  # {"en": ..., "ru": ..., "kk": ...}
    standards: tuple[str, ...] = ()  # e.g. ("ICCPR 19", "ICCPR 25", "HRC GC 34")


def standard_order(standard: str) -> tuple[bool, tuple[tuple[int, str], ...]]:
    """How standards are listed: the Covenant's articles first, then General Comments,
    each by number ("ICCPR 9" before "ICCPR 14(5)" before "ICCPR 19")."""
    parts = tuple(
        (int(part), "") if part.isdigit() else (-1, part)
        for part in re.split(r"([0-9]+)", standard)
        if part
    )
    return (not standard.startswith("ICCPR"), parts)


class AftermathVocabulary:
    """The loaded vocabularies. Build it with `load_aftermath_vocabulary`."""

    def __init__(
        self,
        *,
        elements: tuple[Term, ...],
        activities: tuple[Term, ...],
        proceedings: tuple[Term, ...],
        outcomes: tuple[Term, ...],
        conduct: tuple[Term, ...],
        situations: tuple[Term, ...],
    ) -> None:
        self.elements = elements
        self.activities = activities
        self.proceedings = proceedings
        self.outcomes = outcomes
        self.conduct = conduct
        self.situations = situations
        self._index: dict[str, dict[str, Term]] = {
            name: {term.code: term for term in self.terms(name)} for name in VOCABULARIES
        }

    def terms(self, vocabulary: str) -> tuple[Term, ...]:
        """The terms of ``vocabulary`` ("elements", "activities", ...), in the file's order."""
        terms: tuple[Term, ...] = getattr(self, vocabulary)
        return terms

    def label(self, vocabulary: str, code: str, lang: str = "en") -> str:
        """The label of ``code`` in ``lang`` (English when the language is unknown); an
        unknown code (a newer app's, or a hostile bundle's) is shown as itself."""
        term = self._index.get(vocabulary, {}).get(code)
        return label(term.label, lang) if term else code

    def standards_for(self, element: str, activities: Iterable[str]) -> tuple[str, ...]:
        """The standards an element of the sentence bears on: its own and those of the
        activities it bans, each once, in `standard_order`."""
        terms = [self._index["elements"].get(element)]
        terms += [self._index["activities"].get(code) for code in activities]
        found = {standard for term in terms if term for standard in term.standards}
        return tuple(sorted(found, key=standard_order))


class _VocabularyReader(DataReader):
    def terms(self, data: Mapping[str, Any], name: str) -> tuple[Term, ...]:
        enum, with_standards = VOCABULARIES[name]
        codes = [member.value for member in enum]
        terms: list[Term] = []
        for i, raw in enumerate(self.array(data.get(name), name)):
            here = f"{name}[{i}]"
            entry = self.obj(raw, here)
            code = self.code(entry.get("code"), f"{here}.code", CODE_RE)
            if any(term.code == code for term in terms):
                raise self.fail(here, f"duplicate code {code!r}")
            if code not in codes:
                raise self.fail(f"{here}.code", f"{code!r} is not a code this version knows")
            if "standards" in entry and not with_standards:
                raise self.fail(f"{here}.standards", "only elements and activities name standards")
            terms.append(
                Term(
                    code=code,
                    label=self.texts(entry.get("label"), f"{here}.label"),
                    standards=self.standards(entry.get("standards", []), f"{here}.standards"),
                )
            )
        missing = [code for code in codes if code not in {term.code for term in terms}]
        if missing:
            raise self.fail(name, f"no entry for {', '.join(missing)}")
        return tuple(terms)

    def vocabulary(self, data: object) -> AftermathVocabulary:
        top = self.obj(data, "top level")
        fmt = top.get("format")
        if fmt != SUPPORTED_FORMAT or isinstance(fmt, bool):
            raise self.fail("format", f"unsupported format {fmt!r} (this version reads format 1)")
        self.text(top.get("version"), "version")
        return AftermathVocabulary(
            elements=self.terms(top, "elements"),
            activities=self.terms(top, "activities"),
            proceedings=self.terms(top, "proceedings"),
            outcomes=self.terms(top, "outcomes"),
            conduct=self.terms(top, "conduct"),
            situations=self.terms(top, "situations"),
        )


def default_vocabulary_path() -> Path:
    return resource_path("taxonomy", "aftermath.json")


def read_aftermath_vocabulary(path: Path) -> AftermathVocabulary:
    """Read and check a vocabulary file (tests hand in broken ones)."""
    return _VocabularyReader(str(path)).vocabulary(read_data_file(path))


@functools.cache
def load_aftermath_vocabulary() -> AftermathVocabulary:
    """The bundled vocabulary, read once."""
    return read_aftermath_vocabulary(default_vocabulary_path())
