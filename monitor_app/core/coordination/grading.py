"""The grading scale an assessor grades a trial on, and its rubric: each grade's code, short
name and definition in each of the app's languages, best grade first.

The programme's default scale (A, B, C, D, F) is ``resources/grading/scale.json``; a
programme may ship its own file and load it by path (docs/grading.md). Either is read
strictly, with the taxonomy's reader: a language missing, a grade twice, a code that is no
grade code, fewer than 2 or more than 10 grades, are each a `TaxonomyError` naming the file
and the place, never a scale half there.

Standard library only; no Qt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor_app.core.records.taxonomy import DataReader, label, read_data_file
from monitor_app.core.resources import resource_path

SUPPORTED_FORMAT = 1
MIN_GRADES = 2
MAX_GRADES = 10
MAX_CODE_LENGTH = 3
# "A", "B+", "C-", "1": capital letters and digits, then + or - (a grade is printed as is).
GRADE_CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9+-]*", re.ASCII)


@dataclass(frozen=True)
class Grade:
    """One grade of the scale."""

    code: str
    label: Mapping[str, str] = field(
        hash=False
    )  # its short name: {"en": ..., "ru": ..., "kk": ...}
    definition: Mapping[str, str] = field(hash=False)  # what a trial at this grade looks like


class GradingScale:
    """The loaded scale. Build it with `load_grading_scale`."""

    def __init__(self, *, version: str, grades: tuple[Grade, ...]) -> None:
        self.version = version
        self.grades = grades  # best first
        self._index = {grade.code: grade for grade in grades}

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(grade.code for grade in self.grades)

    def grade(self, code: str) -> Grade | None:
        """The grade ``code``; None for a code this scale lacks (one given on another scale)."""
        return self._index.get(code)

    def label(self, code: str, lang: str = "en") -> str:
        """The grade's short name in ``lang`` (English when the language is unknown); a code
        this scale lacks is shown as itself."""
        grade = self._index.get(code)
        return label(grade.label, lang) if grade else code

    def definition(self, code: str, lang: str = "en") -> str:
        """The grade's definition in ``lang``; empty for a code this scale lacks."""
        grade = self._index.get(code)
        return label(grade.definition, lang) if grade else ""


class _ScaleReader(DataReader):
    def grade_code(self, value: object, where: str) -> str:
        code = self.text(value, where)
        if len(code) > MAX_CODE_LENGTH:
            raise self.fail(where, f"{code!r} is longer than {MAX_CODE_LENGTH} characters")
        if not GRADE_CODE_RE.fullmatch(code):
            raise self.fail(
                where, f"{code!r} is not a grade code (capital letters A-Z, digits, then + or -)"
            )
        return code

    def grades(self, value: object) -> tuple[Grade, ...]:
        entries = self.array(value, "grades")
        if not MIN_GRADES <= len(entries) <= MAX_GRADES:
            raise self.fail(
                "grades",
                f"a scale has {MIN_GRADES} to {MAX_GRADES} grades (this one has {len(entries)})",
            )
        grades: list[Grade] = []
        for i, raw in enumerate(entries):
            here = f"grades[{i}]"
            entry = self.obj(raw, here)
            code = self.grade_code(entry.get("code"), f"{here}.code")
            if any(grade.code == code for grade in grades):
                raise self.fail(here, f"duplicate code {code!r}")
            grades.append(
                Grade(
                    code=code,
                    label=self.texts(entry.get("label"), f"{here}.label"),
                    definition=self.texts(entry.get("definition"), f"{here}.definition"),
                )
            )
        return tuple(grades)

    def scale(self, data: Any) -> GradingScale:
        top = self.obj(data, "top level")
        fmt = top.get("format")
        if fmt != SUPPORTED_FORMAT or isinstance(fmt, bool):
            raise self.fail("format", f"unsupported format {fmt!r} (this version reads format 1)")
        return GradingScale(
            version=self.text(top.get("version"), "version"), grades=self.grades(top.get("grades"))
        )


def default_scale_path() -> Path:
    return resource_path("grading", "scale.json")


def _read(path: Path) -> GradingScale:
    return _ScaleReader(str(path)).scale(read_data_file(path))


@functools.cache
def _load_default() -> GradingScale:
    return _read(default_scale_path())


def load_grading_scale(path: Path | None = None) -> GradingScale:
    """Read and check a scale file: the programme's default (read once) or, given a path, a
    programme's own (read afresh each time, so an edited file counts at once)."""
    if path is None:
        return _load_default()
    return _read(Path(path))
