"""The grading scale and its rubric (resources/grading/scale.json): the programme's default
scale loads best grade first with every text in every language; a programme's own scale
loads from its path; a malformed scale file is refused, clearly."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.coordination.grading import (
    GradingScale,
    default_scale_path,
    load_grading_scale,
)
from monitor_app.core.errors import TaxonomyError
from monitor_app.core.languages import LANGUAGES
from tests.kazakh import not_kazakh

SCALE = load_grading_scale()


def test_the_default_scale_is_a_to_f_best_first() -> None:
    assert SCALE.codes == ("A", "B", "C", "D", "F")
    assert [grade.code for grade in SCALE.grades] == list(SCALE.codes)
    assert SCALE.version
    assert load_grading_scale() is SCALE  # the default is read once


def test_every_grade_is_named_and_defined_in_every_language() -> None:
    for grade in SCALE.grades:
        for texts in (grade.label, grade.definition):
            assert set(texts) == set(LANGUAGES), grade.code
            assert all(text.strip() for text in texts.values()), grade.code
            assert not not_kazakh(texts["kk"], texts["ru"]), grade.code
    # Each grade is told apart from the others, in every language.
    for lang in LANGUAGES:
        assert len({SCALE.label(code, lang) for code in SCALE.codes}) == len(SCALE.codes)
        assert len({SCALE.definition(code, lang) for code in SCALE.codes}) == len(SCALE.codes)


def test_labels_and_definitions_by_code_and_language() -> None:
    grade = SCALE.grade("F")
    assert grade is not None
    assert grade.code == "F"
    assert SCALE.label("A") == "Fair"
    assert SCALE.label("A", "ru") == "Справедливый процесс"
    assert SCALE.label("D", "kk") == "Әділетсіз процесс"
    assert SCALE.label("B", "xx") == "Largely fair"  # an unknown language: English
    assert "fair-trial standards" in SCALE.definition("C")
    assert "справедливого судопроизводства" in SCALE.definition("C", "ru")
    # A grade given on another programme's scale is shown as itself, and has no definition.
    assert SCALE.grade("E") is None
    assert SCALE.label("E") == "E"
    assert SCALE.definition("E") == ""


# ---- a programme's own scale ----------------------------------------------------------


def _shipped() -> Any:
    return json.loads(default_scale_path().read_text(encoding="utf-8"))


def _texts(word: str) -> dict[str, str]:
    return {lang: f"{word} ({lang})" for lang in LANGUAGES}


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "scale.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_programme_loads_its_own_scale_from_a_path(tmp_path: Path) -> None:
    own: dict[str, Any] = {
        "format": 1,
        "version": "our-2027",
        "grades": [
            {"code": code, "label": _texts(f"Grade {code}"), "definition": _texts(f"Rubric {code}")}
            for code in ("A+", "A", "B-", "1")
        ],
    }
    path = _write(tmp_path, own)
    scale = load_grading_scale(path)
    assert isinstance(scale, GradingScale)
    assert scale.version == "our-2027"
    assert scale.codes == ("A+", "A", "B-", "1")  # the file's order: best first
    assert scale.label("B-", "kk") == "Grade B- (kk)"
    assert scale.definition("1", "ru") == "Rubric 1 (ru)"
    # A path is read afresh: an edited file counts at once, and the default stays as it is.
    own["grades"].pop()
    _write(tmp_path, own)
    assert load_grading_scale(path).codes == ("A+", "A", "B-")
    assert load_grading_scale().codes == ("A", "B", "C", "D", "F")


@given(count=st.integers(min_value=2, max_value=10))
def test_a_scale_of_two_to_ten_grades_loads(tmp_path_factory: Any, count: int) -> None:
    data = _shipped()
    data["grades"] = [{**data["grades"][0], "code": f"G{i}"} for i in range(count)]
    path = _write(tmp_path_factory.mktemp("scale"), data)
    assert load_grading_scale(path).codes == tuple(f"G{i}" for i in range(count))


# What a grade code is, written apart from the loader's own pattern.
GRADE_CODE = re.compile(r"[A-Z0-9][A-Z0-9+-]{0,2}", re.ASCII)


@given(code=st.sampled_from(["B", "F", "A+", "1-", "a", " A", "A+++"]) | st.text(max_size=5))
def test_any_code_is_taken_as_a_grade_code_or_refused_clearly(
    tmp_path_factory: Any, code: str
) -> None:
    data = _shipped()
    data["grades"][0]["code"] = code
    path = _write(tmp_path_factory.mktemp("scale"), data)
    others = [grade["code"] for grade in data["grades"][1:]]
    if GRADE_CODE.fullmatch(code) and code not in others:
        assert load_grading_scale(path).codes[0] == code
    else:
        with pytest.raises(TaxonomyError) as refused:
            load_grading_scale(path)
        assert refused.value.code == "taxonomy-malformed"
        assert "grades[" in str(refused.value)  # the first grade, or the later one it repeats


# ---- a malformed file -----------------------------------------------------------------


def _parent(data: Any, keys: tuple[Any, ...]) -> Any:
    for key in keys[:-1]:
        data = data[key]
    return data


def _drop(*keys: Any) -> Callable[[Any], Any]:
    def change(data: Any) -> Any:
        del _parent(data, keys)[keys[-1]]
        return data

    return change


def _set(value: Any, *keys: Any) -> Callable[[Any], Any]:
    def change(data: Any) -> Any:
        _parent(data, keys)[keys[-1]] = value
        return data

    return change


def _eleven_grades(data: Any) -> Any:
    data["grades"].extend({**data["grades"][0], "code": f"X{i}"} for i in range(6))
    return data


# How the shipped file is broken (returning the broken file), and the error's telling words.
CHANGES: dict[str, tuple[Callable[[Any], Any], str]] = {
    "format": (_set(2, "format"), "unsupported format 2"),
    "format missing": (_drop("format"), "unsupported format None"),
    "version missing": (_drop("version"), "version: expected non-empty text"),
    "grades missing": (_drop("grades"), "grades: expected a list"),
    "language missing": (
        _drop("grades", 2, "label", "kk"),
        "grades[2].label: missing the 'kk' text",
    ),
    "definition language missing": (
        _drop("grades", 4, "definition", "ru"),
        "grades[4].definition: missing the 'ru' text",
    ),
    "definition missing": (
        _drop("grades", 1, "definition"),
        "grades[1].definition: expected an object",
    ),
    "text empty": (_set("  ", "grades", 3, "definition", "en"), "grades[3].definition.en"),
    "code twice": (_set("B", "grades", 3, "code"), "grades[3]: duplicate code 'B'"),
    "one grade only": (_set([], "grades", slice(1, None)), "2 to 10 grades (this one has 1)"),
    "eleven grades": (_eleven_grades, "2 to 10 grades (this one has 11)"),
    "code too long": (_set("AAAA", "grades", 0, "code"), "'AAAA' is longer than 3 characters"),
    "code malformed": (_set("a", "grades", 0, "code"), "'a' is not a grade code"),
    "code empty": (_set("", "grades", 0, "code"), "grades[0].code: expected non-empty text"),
    "grade not an object": (_set("A", "grades", 0), "grades[0]: expected an object"),
    "top level a list": (lambda data: data["grades"], "top level: expected an object"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_malformed_file_is_a_clear_error(change: str, tmp_path: Path) -> None:
    alter, message = CHANGES[change]
    path = _write(tmp_path, alter(_shipped()))
    with pytest.raises(TaxonomyError) as refused:
        load_grading_scale(path)
    assert refused.value.code == "taxonomy-malformed"
    assert str(path) in str(refused.value)
    assert message in str(refused.value)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b'{"format": 1, "format": 1}', "taxonomy-key-twice"),
        (b"{not json", "taxonomy-not-json"),
        (b"", "taxonomy-not-json"),
        (b"\xff\xfe{}", "taxonomy-not-utf8"),
    ],
)
def test_a_file_that_is_no_json_is_a_clear_error(content: bytes, code: str, tmp_path: Path) -> None:
    path = tmp_path / "scale.json"
    path.write_bytes(content)
    with pytest.raises(TaxonomyError) as refused:
        load_grading_scale(path)
    assert refused.value.code == code
    assert str(path) in str(refused.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError) as refused:
        load_grading_scale(tmp_path / "gone.json")
    assert refused.value.code == "taxonomy-unreadable"


def test_the_installer_ships_the_scale() -> None:
    """build_installer.spec ships the whole resources/ folder but for a few file types."""
    spec = (Path(__file__).resolve().parents[3] / "build_installer.spec").read_text()
    assert 'datas = [(os.path.join(ROOT, "resources"), "resources")]' in spec
    assert default_scale_path().parent.parent.name == "resources"
    assert default_scale_path().suffix == ".json"
    assert '".json"' not in spec.split("RESOURCES_LEFT_OUT = ")[1].splitlines()[0]
