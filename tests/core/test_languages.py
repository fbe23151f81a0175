"""Issue 12, "Kazakh complete": one list of languages (core.languages), and every text the
core shows in a language exists in each of them with the same placeholders: the taxonomy's
labels, descriptions and checklist questions, and a report's fixed words. The Kazakh is
Kazakh (Cyrillic, with the letters Russian lacks), not Russian or English left in place."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from monitor_app.core.languages import (
    LANGUAGE_NAMES,
    LANGUAGES,
    QUOTATION_MARKS,
    SOURCE_LANGUAGE,
    quoted,
)
from monitor_app.core.records.taxonomy import load_taxonomy
from monitor_app.core.resources import resource_path
from tests.kazakh import not_kazakh

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]


def _texts(node: object, where: str = "") -> Iterator[tuple[str, Mapping[str, str]]]:
    """Every {language: text} object of the taxonomy file, with where it is."""
    if isinstance(node, dict):
        if SOURCE_LANGUAGE in node and all(isinstance(v, str) for v in node.values()):
            yield where, node
            return
        for key, value in node.items():
            code = value.get("code", value.get("id", key)) if isinstance(value, dict) else key
            yield from _texts(value, f"{where}/{code}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            code = value.get("code", value.get("id", i)) if isinstance(value, dict) else i
            yield from _texts(value, f"{where}/{code}")


def _report_words() -> dict[str, dict[str, str]]:
    with resource_path("reports", "report_words.json").open(encoding="utf-8") as fh:
        words: dict[str, dict[str, str]] = json.load(fh)["words"]
    return words


def test_the_languages_are_named_in_themselves() -> None:
    assert LANGUAGES == ("en", "ru", "kk")
    assert LANGUAGE_NAMES["kk"] == "Қазақша"
    assert LANGUAGES[0] == SOURCE_LANGUAGE


@pytest.fixture(scope="module")
def taxonomy_file() -> Any:
    return json.loads(resource_path("taxonomy", "taxonomy.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_taxonomy_text_is_in_every_language(taxonomy_file: Any, lang: str) -> None:
    missing = [
        where
        for where, texts in _texts(taxonomy_file)
        if not texts.get(lang, "").strip()
        or PLACEHOLDER.findall(texts[lang]) != PLACEHOLDER.findall(texts[SOURCE_LANGUAGE])
    ]
    assert missing == []


def test_the_kazakh_taxonomy_is_kazakh(taxonomy_file: Any) -> None:
    suspect = [
        (where, texts["kk"])
        for where, texts in _texts(taxonomy_file)
        if not_kazakh(texts["kk"], texts["ru"])
    ]
    assert suspect == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_checklist_questions_are_questions_in_every_language(lang: str) -> None:
    taxonomy = load_taxonomy()
    assert [q.id for q in taxonomy.checklist if not q.question[lang].endswith("?")] == []


def test_report_words_are_in_every_language_with_the_same_placeholders() -> None:
    words = _report_words()
    assert sorted(words) == sorted(LANGUAGES)
    source = words[SOURCE_LANGUAGE]
    for lang in TRANSLATED:
        assert sorted(words[lang]) == sorted(source), lang
        differ = [
            key
            for key, text in source.items()
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(words[lang][key]))
        ]
        assert differ == [], lang


def test_the_kazakh_report_words_are_kazakh() -> None:
    words = _report_words()
    suspect = [k for k, text in words["kk"].items() if not_kazakh(text, words["ru"][k])]
    assert suspect == []


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "\u201cno poetry\u201d"),
        ("ru", "\u00abno poetry\u00bb"),
        ("kk", "\u00abno poetry\u00bb"),
    ],
)
def test_words_quoted_verbatim_are_in_each_languages_quotation_marks(lang: str, shown: str) -> None:
    """The walk saw the Russian report quote a court's words in English marks while the
    Russian screens used guillemets: one rule for both, here."""
    assert set(QUOTATION_MARKS) == set(LANGUAGES)
    assert quoted("no poetry", lang) == shown
    assert quoted("no poetry", "xx") == quoted("no poetry", SOURCE_LANGUAGE)
