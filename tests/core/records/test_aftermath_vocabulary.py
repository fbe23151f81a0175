"""The words for what follows a verdict (resources/taxonomy/aftermath.json): every code of
every vocabulary labelled in every language, and no code the app does not know; the
standards elements and activities bear on; and a malformed file refused, clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.errors import TaxonomyError
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.aftermath_vocabulary import (
    VOCABULARIES,
    default_vocabulary_path,
    load_aftermath_vocabulary,
    read_aftermath_vocabulary,
    standard_order,
)
from tests.kazakh import not_kazakh

VOCABULARY = load_aftermath_vocabulary()


@pytest.mark.parametrize("name", VOCABULARIES)
def test_every_code_has_a_label_in_every_language_and_no_other_code_is_there(name: str) -> None:
    codes, _ = VOCABULARIES[name]
    terms = VOCABULARY.terms(name)
    assert [term.code for term in terms] == [code.value for code in codes]
    for term in terms:
        assert set(term.label) == set(LANGUAGES), term.code
        assert all(text.strip() for text in term.label.values()), term.code
        assert not not_kazakh(term.label["kk"], term.label["ru"]), term.code


def test_labels_in_each_language_and_an_unknown_code_as_itself() -> None:
    assert VOCABULARY.label("elements", "activity-ban") == "Ban on engaging in activities"
    assert VOCABULARY.label("elements", "imprisonment", "ru") == "Лишение свободы"
    assert VOCABULARY.label("elements", "imprisonment", "kk") == "Бас бостандығынан айыру"
    assert VOCABULARY.label("proceedings", "amnesty", "kk") == "Рақымшылық"
    assert VOCABULARY.label("outcomes", "detention", "xx") == "Administrative detention"
    assert VOCABULARY.label("elements", "flogging") == "flogging"
    assert VOCABULARY.label("no-such-vocabulary", "fine") == "fine"


def test_the_standards_a_ban_bears_on() -> None:
    speech = VOCABULARY.standards_for("activity-ban", ("journalism", "social-media"))
    assert {"ICCPR 19", "ICCPR 25", "HRC GC 34", "HRC GC 25"} <= set(speech)
    assert "ICCPR 22" in VOCABULARY.standards_for("activity-ban", ("associations",))
    assert "ICCPR 12" in VOCABULARY.standards_for("travel-ban", ())
    assert "ICCPR 9" in VOCABULARY.standards_for("imprisonment", ())
    every = [VOCABULARY.standards_for(term.code, ()) for term in VOCABULARY.elements]
    assert all({"ICCPR 14(5)", "ICCPR 15"} <= set(standards) for standards in every)
    assert VOCABULARY.standards_for("flogging", ("knitting",)) == ()


def test_standards_are_listed_once_articles_first_by_number() -> None:
    standards = VOCABULARY.standards_for(
        "activity-ban", ("associations", "social-media", "associations")
    )
    assert len(standards) == len(set(standards))
    assert standards == tuple(sorted(standards, key=standard_order))
    shuffled = ["HRC GC 34", "ICCPR 19", "ICCPR 14(5)", "ICCPR 9", "HRC GC 25", "ICCPR 8(3)"]
    assert sorted(shuffled, key=standard_order) == [
        "ICCPR 8(3)",
        "ICCPR 9",
        "ICCPR 14(5)",
        "ICCPR 19",
        "HRC GC 25",
        "HRC GC 34",
    ]


# ---- a malformed file -----------------------------------------------------------------


def _shipped() -> Any:
    return json.loads(default_vocabulary_path().read_text(encoding="utf-8"))


def _broken(change: str) -> Any:
    data = _shipped()
    if change == "format":
        data["format"] = 2
    elif change == "vocabulary missing":
        del data["situations"]
    elif change == "code missing":
        data["outcomes"].pop()
    elif change == "code unknown":
        data["conduct"].append({**data["conduct"][0], "code": "telepathy"})
    elif change == "code twice":
        data["conduct"].append(data["conduct"][0])
    elif change == "code malformed":
        data["conduct"][0]["code"] = "Post!"
    elif change == "language missing":
        del data["elements"][3]["label"]["kk"]
    elif change == "label empty":
        data["activities"][0]["label"]["ru"] = "  "
    elif change == "standards where none belong":
        data["proceedings"][0]["standards"] = ["ICCPR 14(5)"]
    elif change == "standards not a list":
        data["elements"][0]["standards"] = "ICCPR 9"
    elif change == "entry not an object":
        data["elements"][0] = "imprisonment"
    return data


CHANGES = {
    "format": "format",
    "vocabulary missing": "situations",
    "code missing": "outcomes",
    "code unknown": "telepathy",
    "code twice": "duplicate",
    "code malformed": "Post!",
    "language missing": "'kk'",
    "label empty": "activities[0].label.ru",
    "standards where none belong": "proceedings[0].standards",
    "standards not a list": "elements[0].standards",
    "entry not an object": "elements[0]",
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_malformed_file_is_a_clear_error(change: str, tmp_path: Path) -> None:
    path = tmp_path / "aftermath.json"
    path.write_text(json.dumps(_broken(change)), encoding="utf-8")
    with pytest.raises(TaxonomyError) as refused:
        read_aftermath_vocabulary(path)
    assert refused.value.code == "taxonomy-malformed"
    assert str(path) in str(refused.value)
    assert CHANGES[change] in str(refused.value)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b'{"format": 1, "format": 1}', "taxonomy-key-twice"),
        (b"{not json", "taxonomy-not-json"),
        (b"\xff\xfe{}", "taxonomy-not-utf8"),
    ],
)
def test_a_file_that_is_no_json_is_a_clear_error(content: bytes, code: str, tmp_path: Path) -> None:
    path = tmp_path / "aftermath.json"
    path.write_bytes(content)
    with pytest.raises(TaxonomyError) as refused:
        read_aftermath_vocabulary(path)
    assert refused.value.code == code


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError) as refused:
        read_aftermath_vocabulary(tmp_path / "gone.json")
    assert refused.value.code == "taxonomy-unreadable"


def test_the_installer_ships_the_vocabulary_beside_the_taxonomy() -> None:
    """build_installer.spec ships the whole resources/ folder but for a few file types."""
    spec = (Path(__file__).resolve().parents[3] / "build_installer.spec").read_text()
    assert 'datas = [(os.path.join(ROOT, "resources"), "resources")]' in spec
    assert default_vocabulary_path().suffix == ".json"
    assert '".json"' not in spec.split("RESOURCES_LEFT_OUT = ")[1].splitlines()[0]
