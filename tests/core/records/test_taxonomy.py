"""The shipped taxonomy file and its loader: content rules, field coercion, malformed files."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.core.errors import TaxonomyError, UnknownCode, ValidationError
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.records import Observation
from monitor_app.core.records.taxonomy import (
    FieldSpec,
    Taxonomy,
    label,
    load_taxonomy,
    parse_field_value,
    short_label,
)
from monitor_app.core.resources import resource_path

SHIPPED = resource_path("taxonomy", "taxonomy.json")
CATEGORY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ITEM_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
CYRILLIC = re.compile("[\u0430-\u044f\u0451]", re.IGNORECASE)
RU = "\u041f\u043e\u043b\u0435"  # a Russian word, escaped so no letter looks Latin
KK = "\u04e8\u0440\u0456\u0441"  # the same in Kazakh, escaped likewise

# code -> (timing or None, participation_loss or None, {field key: type})
REQUIRED: dict[str, tuple[str | None, bool | None, dict[str, str]]] = {
    "remote.connection_lost": (
        "interval",
        True,
        {"what_was_missed": "text", "platform": "choice"},
    ),
    "remote.audio_lost": ("interval", True, {}),
    "remote.video_frozen": ("interval", True, {}),
    "remote.defendant_muted": (None, None, {}),
    "participation.defendant_cannot_hear": ("interval", True, {}),
    "counsel.no_private_channel": (None, None, {}),
    "evidence.access_denied": (
        None,
        None,
        {"item": "text", "requested_by": "party", "reason_given": "text", "ruling": "choice"},
    ),
    "public.excluded": (None, None, {}),
    "interpretation.interpreter_absent": ("interval", True, {}),
    "sentence.speech_ban": (
        None,
        None,
        {
            "ban_types": "multi",
            "duration": "duration",
            "scope": "text",
            "clarity": "choice",
            "starts": "datetime",
        },
    ),
    "ban_violation.hearing": (
        None,
        None,
        {
            "alleged_violation": "text",
            "evidence_relied_on": "text",
            "outcome": "choice",
            "sanction": "text",
        },
    ),
    "delay.postponed": (
        None,
        None,
        {"reason_given": "text", "requested_by": "party", "next_date": "datetime"},
    ),
    "observer.refused_entry": (None, None, {}),
    "observer.notes_confiscated": (None, None, {}),
    "general.note": ("either", False, {}),
}
PARTIES = (
    "defendant",
    "defence_counsel",
    "prosecutor",
    "judge",
    "interpreter",
    "witness",
    "public",
    "press",
    "family",
    "observer",
    "everyone",
)


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture
def raw() -> dict[str, Any]:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def all_texts(tax: Taxonomy) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for group in ("parties", "severities", "court_responses"):
        out += [(f"{group}.{c.code}", c.label) for c in getattr(tax, group)]
    for cat in tax.categories:
        out += [(cat.code, cat.label), (cat.code, cat.description)]
        for item in cat.items:
            out += [(item.code, item.label), (item.code, item.description)]
            for spec in item.fields:
                out.append((f"{item.code}:{spec.key}", spec.label))
                out += [(f"{item.code}:{spec.key}={c.code}", c.label) for c in spec.choices]
    out += [(q.id, q.question) for q in tax.checklist]
    return out


# ---- the shipped file ---------------------------------------------------------------


def test_shipped_file_loads_and_is_cached(tax: Taxonomy) -> None:
    assert tax.format == 1
    assert tax.version
    assert load_taxonomy() is load_taxonomy()
    assert 60 <= len(tax.items()) <= 90
    assert 20 <= len(tax.checklist) <= 35


def test_explicit_path_loads_the_same_content(tax: Taxonomy) -> None:
    again = load_taxonomy(SHIPPED)
    assert [i.code for i in again.items()] == [i.code for i in tax.items()]


def test_codes_unique_and_well_formed(tax: Taxonomy) -> None:
    cats = [c.code for c in tax.categories]
    assert len(cats) == len(set(cats))
    assert all(CATEGORY_RE.match(c) for c in cats)
    items = [i.code for i in tax.items()]
    assert len(items) == len(set(items))
    for item in tax.items():
        assert ITEM_RE.match(item.code), item.code
        assert item.code.split(".")[0] == item.category
        assert item.timing in ("point", "interval", "either")
        keys = [f.key for f in item.fields]
        assert len(keys) == len(set(keys)), item.code
        for spec in item.fields:
            assert CATEGORY_RE.match(spec.key)
            codes = [c.code for c in spec.choices]
            assert len(codes) == len(set(codes))
            assert all(CATEGORY_RE.match(c) for c in codes)
    ids = [q.id for q in tax.checklist]
    assert len(ids) == len(set(ids))
    assert all(q.category in cats for q in tax.checklist)


def test_items_returned_in_file_order(tax: Taxonomy, raw: dict[str, Any]) -> None:
    in_file = [i["code"] for c in raw["categories"] for i in c["items"]]
    assert [i.code for i in tax.items()] == in_file


def test_every_text_has_english_and_russian(tax: Taxonomy) -> None:
    for where, texts in all_texts(tax):
        assert texts.get("en", "").strip(), where
        assert texts.get("ru", "").strip(), where
        assert CYRILLIC.search(texts["ru"]) or texts["ru"] == texts["en"], where


def test_checklist_questions_are_questions(tax: Taxonomy) -> None:
    for q in tax.checklist:
        assert q.question["en"].endswith("?"), q.id
        assert q.question["ru"].endswith("?"), q.id
        assert q.standards, q.id


def test_every_category_has_standards_and_items_inherit(tax: Taxonomy, raw: dict[str, Any]) -> None:
    for cat in tax.categories:
        assert cat.standards, cat.code
        assert cat.items, cat.code
        raw_items = next(c for c in raw["categories"] if c["code"] == cat.code)["items"]
        for item, raw_item in zip(cat.items, raw_items, strict=True):
            assert item.standards
            if not raw_item["standards"]:
                assert item.standards == cat.standards


def test_required_codes_exist_with_their_fields(tax: Taxonomy) -> None:
    for code, (timing, loss, fields) in REQUIRED.items():
        item = tax.item(code)
        if timing is not None:
            assert item.timing == timing, code
        if loss is not None:
            assert item.participation_loss is loss, code
        types = {f.key: f.type for f in item.fields}
        for key, kind in fields.items():
            assert types.get(key) == kind, (code, key)
    # Logged with one click in live mode; what was denied can be added afterwards.
    assert not tax.item("evidence.access_denied").field_spec("item").required  # type: ignore[union-attr]
    assert tax.item("sentence.verdict").field_spec("verdict").required  # type: ignore[union-attr]
    assert tax.item("general.note").fields == ()
    assert tax.item("general.note").category == "general"


def test_speech_ban_choices(tax: Taxonomy) -> None:
    item = tax.item("sentence.speech_ban")
    ban_types = {c.code for c in item.fields[0].choices}
    assert {
        "speech",
        "social_media",
        "journalism",
        "civic_activity",
        "political_activity",
        "travel",
        "public_office",
    } <= ban_types
    clarity = next(f for f in item.fields if f.key == "clarity")
    assert [c.code for c in clarity.choices] == ["clear", "vague", "undefined"]


def test_parties_severities_responses(tax: Taxonomy) -> None:
    assert tuple(c.code for c in tax.parties) == PARTIES
    assert [c.code for c in tax.severities] == ["low", "medium", "high"]
    assert [c.code for c in tax.court_responses] == [
        "paused",
        "continued",
        "repeated",
        "adjourned",
        "unknown",
    ]
    assert tax.is_party("defendant")
    assert not tax.is_party("nobody")
    assert tax.is_severity("high")
    assert not tax.is_severity("extreme")
    assert tax.is_court_response("continued")
    assert not tax.is_court_response("ignored")


def test_about_observer_only_on_observer(tax: Taxonomy) -> None:
    flagged = [c.code for c in tax.categories if c.about_observer]
    assert flagged == ["observer"]


def test_participation_loss_only_on_interval_loss_items(tax: Taxonomy) -> None:
    loss = [i for i in tax.items() if i.participation_loss]
    assert loss
    for item in loss:
        assert item.timing == "interval", item.code
        assert item.category in ("participation", "remote", "interpretation"), item.code


def test_lookups_raise_unknown_code(tax: Taxonomy) -> None:
    with pytest.raises(UnknownCode, match=r"Unknown condition code 'no\.such'.*taxonomy list"):
        tax.item("no.such")
    with pytest.raises(UnknownCode, match="nope"):
        tax.category("nope")
    with pytest.raises(UnknownCode, match=r"'nope'.*checklist show"):
        tax.question("nope")
    assert issubclass(UnknownCode, ValidationError)
    assert tax.category("observer").about_observer
    assert tax.question("public_admitted").category == "public"


def test_label_falls_back_to_english(tax: Taxonomy) -> None:
    item = tax.item("remote.connection_lost")
    assert label(item.label) == item.label["en"]
    assert label(item.label, "ru") == item.label["ru"]
    assert label(item.label, "fr") == item.label["en"]


# ---- validate_fields ----------------------------------------------------------------


def test_validate_fields_coerces_every_type(tax: Taxonomy) -> None:
    got = tax.validate_fields(
        "sentence.speech_ban",
        {
            "ban_types": " speech, Journalism ,,speech",
            "duration": "2y6m",
            "scope": "  online and offline ",
            "clarity": "vague",
            "starts": "2026-03-01T09:00",
        },
    )
    assert got == {
        "ban_types": ["speech", "journalism"],
        "duration": {"years": 2, "months": 6, "days": 0},
        "scope": "online and offline",
        "clarity": "vague",
        "starts": "2026-03-01T09:00:00",
    }
    assert tax.validate_fields(
        "remote.connection_lost", {"what_was_missed": " a ruling ", "platform": "zoom"}
    ) == {"what_was_missed": "a ruling", "platform": "zoom"}
    assert tax.validate_fields("hearing.adjourned", {"requested_by": "Prosecutor"}) == {
        "requested_by": "prosecutor"
    }
    assert tax.validate_fields(
        "public.capacity_limited", {"admitted": "12", "turned_away": 30}
    ) == {
        "admitted": 12,
        "turned_away": 30,
    }
    assert tax.validate_fields("hearing.format_changed", {"who_remote": "defendant,witness"}) == {
        "who_remote": ["defendant", "witness"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("Да", True),
        ("true", True),
        ("1", True),
        ("no", False),
        ("нет", False),
        ("FALSE", False),
        ("0", False),
        (True, True),
        (False, False),
    ],
)
def test_bool_words(tax: Taxonomy, text: object, expected: bool) -> None:
    assert tax.validate_fields("observer.notes_confiscated", {"returned": text}) == {
        "returned": expected
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3y", {"years": 3, "months": 0, "days": 0}),
        ("18m", {"years": 0, "months": 18, "days": 0}),
        ("90d", {"years": 0, "months": 0, "days": 90}),
        ("2y6m", {"years": 2, "months": 6, "days": 0}),
        ("1y2m3d", {"years": 1, "months": 2, "days": 3}),
        (" 1y 2m ", {"years": 1, "months": 2, "days": 0}),
        ({"years": 5}, {"years": 5, "months": 0, "days": 0}),
        ({"years": 0, "months": 0, "days": 7}, {"years": 0, "months": 0, "days": 7}),
    ],
)
def test_durations(tax: Taxonomy, text: object, expected: dict[str, int]) -> None:
    assert tax.validate_fields("sentence.speech_ban", {"duration": text}) == {"duration": expected}


@pytest.mark.parametrize(
    ("code", "fields", "message"),
    [
        ("remote.connection_lost", {"bogus": "x"}, r"Unknown field 'bogus'.*what_was_missed"),
        ("general.note", {"anything": "x"}, "takes no fields"),
        ("hearing.adjourned", {"requested_by": "martian"}, "defendant"),
        ("remote.connection_lost", {"platform": "myspace"}, "zoom"),
        ("sentence.speech_ban", {"ban_types": "speech,knitting"}, "social_media"),
        ("sentence.speech_ban", {"duration": "3 weeks"}, "2y6m"),
        ("sentence.speech_ban", {"duration": "0y"}, "2y6m"),
        ("sentence.speech_ban", {"duration": {"years": -1}}, "2y6m"),
        ("sentence.speech_ban", {"duration": {"weeks": 3}}, "2y6m"),
        ("sentence.speech_ban", {"starts": "next Tuesday"}, "2026-03-14"),
        ("public.capacity_limited", {"admitted": "-3"}, "whole number"),
        ("public.capacity_limited", {"admitted": "2.5"}, "whole number"),
        ("public.capacity_limited", {"admitted": 2.5}, "whole number"),
        ("public.capacity_limited", {"admitted": True}, "whole number"),
        ("observer.notes_confiscated", {"returned": "maybe"}, "yes or no"),
        ("sentence.verdict", {"charges": "art. 361"}, r"needs the field verdict"),
        ("sentence.verdict", {"verdict": "   "}, r"needs the field verdict"),
        ("evidence.access_denied", {"item": 42}, "takes text"),
    ],
)
def test_validate_fields_rejects(
    tax: Taxonomy, code: str, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        tax.validate_fields(code, fields)


def test_empty_and_none_values_are_dropped(tax: Taxonomy) -> None:
    got = tax.validate_fields(
        "delay.postponed", {"reason_given": "", "requested_by": None, "next_date": "2026-04-01"}
    )
    assert got == {"next_date": "2026-04-01T00:00:00"}
    assert tax.validate_fields("sentence.speech_ban", {"ban_types": " , "}) == {}
    assert tax.validate_fields("general.note", {}) == {}


def test_validate_fields_unknown_code(tax: Taxonomy) -> None:
    with pytest.raises(UnknownCode):
        tax.validate_fields("no.such", {})


def test_validate_fields_round_trips_through_json(tax: Taxonomy) -> None:
    first = tax.validate_fields(
        "delay.detention_extended",
        {
            "extended_until": "2026-06-01T00:00+03:00",
            "detained_so_far": "1y2m",
            "individual_reasons": "нет",
        },
    )
    stored = json.loads(json.dumps(first))
    assert tax.validate_fields("delay.detention_extended", stored) == first


# ---- hypothesis: every field spec of the shipped taxonomy ---------------------------


def _all_specs() -> list[FieldSpec]:
    return [spec for item in load_taxonomy().items() for spec in item.fields]


SPECS = _all_specs()
PARTY_CHOICES = load_taxonomy().parties


def _good_text(spec: FieldSpec) -> st.SearchStrategy[str]:
    codes = [c.code for c in (spec.choices or PARTY_CHOICES)]
    strategies: dict[str, st.SearchStrategy[str]] = {
        "text": st.text(),
        "choice": st.sampled_from(codes),
        "party": st.sampled_from(codes),
        "multi": st.lists(st.sampled_from(codes), min_size=1).map(",".join),
        "parties": st.lists(st.sampled_from(codes), min_size=1).map(",".join),
        "bool": st.sampled_from(["yes", "no", "да", "нет", "true", "0"]),
        "int": st.integers(0, 10**9).map(str),
        "datetime": st.datetimes().map(lambda d: d.isoformat()),
        "duration": st.tuples(st.integers(0, 50), st.integers(0, 50), st.integers(1, 400)).map(
            lambda t: f"{t[0]}y{t[1]}m{t[2]}d"
        ),
    }
    return strategies[spec.type]


@settings(max_examples=300, deadline=None)
@given(spec=st.sampled_from(SPECS), text=st.text())
def test_parse_field_value_only_raises_validation_error(spec: FieldSpec, text: str) -> None:
    try:
        value = parse_field_value(spec, text, PARTY_CHOICES)
    except ValidationError:
        return
    assert parse_field_value(spec, value, PARTY_CHOICES) == value
    assert json.loads(json.dumps(value)) == value
    assert not isinstance(value, float)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), spec=st.sampled_from(SPECS))
def test_parse_field_value_accepts_good_input_idempotently(
    data: st.DataObject, spec: FieldSpec
) -> None:
    text = data.draw(_good_text(spec))
    value = parse_field_value(spec, text, PARTY_CHOICES)
    assert parse_field_value(spec, value, PARTY_CHOICES) == value
    assert parse_field_value(spec, copy.deepcopy(json.loads(json.dumps(value))), PARTY_CHOICES) == (
        value
    )


@settings(max_examples=200, deadline=None)
@given(
    spec=st.sampled_from(SPECS),
    value=st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.lists(st.text(max_size=5), max_size=3),
        st.dictionaries(st.text(max_size=6), st.integers(), max_size=3),
    ),
)
def test_parse_field_value_typed_garbage(spec: FieldSpec, value: object) -> None:
    try:
        out = parse_field_value(spec, value, PARTY_CHOICES)
    except ValidationError:
        return
    assert parse_field_value(spec, out, PARTY_CHOICES) == out
    assert not isinstance(out, float)


# ---- malformed files ----------------------------------------------------------------


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _first_item(data: dict[str, Any]) -> dict[str, Any]:
    return data["categories"][0]["items"][0]


def _break_dup_item(d: dict[str, Any]) -> None:
    d["categories"][0]["items"].append(copy.deepcopy(_first_item(d)))


def _break_dup_category(d: dict[str, Any]) -> None:
    d["categories"].append(copy.deepcopy(d["categories"][0]))


def _break_prefix(d: dict[str, Any]) -> None:
    _first_item(d)["code"] = "elsewhere." + _first_item(d)["code"].split(".")[1]


def _break_ru(d: dict[str, Any]) -> None:
    del _first_item(d)["label"]["ru"]


def _break_en_question(d: dict[str, Any]) -> None:
    del d["checklist"][0]["question"]["en"]


def _break_field_type(d: dict[str, Any]) -> None:
    _first_item(d)["fields"] = [
        {"key": "x", "type": "colour", "label": {"en": "X", "ru": RU, "kk": KK}}
    ]


def _break_choices(d: dict[str, Any]) -> None:
    _first_item(d)["fields"] = [
        {"key": "x", "type": "choice", "label": {"en": "X", "ru": RU, "kk": KK}}
    ]


def _break_empty_multi(d: dict[str, Any]) -> None:
    _first_item(d)["fields"] = [
        {"key": "x", "type": "multi", "label": {"en": "X", "ru": RU, "kk": KK}, "choices": []}
    ]


def _break_timing(d: dict[str, Any]) -> None:
    _first_item(d)["timing"] = "sometimes"


def _break_dup_question(d: dict[str, Any]) -> None:
    d["checklist"].append(copy.deepcopy(d["checklist"][0]))


def _break_question_category(d: dict[str, Any]) -> None:
    d["checklist"][0]["category"] = "astrology"


def _break_bad_code(d: dict[str, Any]) -> None:
    _first_item(d)["code"] = "Hearing.Start"


def _break_format(d: dict[str, Any]) -> None:
    d["format"] = 99


def _break_loss_flag(d: dict[str, Any]) -> None:
    _first_item(d)["participation_loss"] = "yes"


def _break_dup_party(d: dict[str, Any]) -> None:
    d["parties"].append(copy.deepcopy(d["parties"][0]))


def _break_dup_field(d: dict[str, Any]) -> None:
    spec = {"key": "x", "type": "text", "label": {"en": "X", "ru": RU, "kk": KK}}
    _first_item(d)["fields"] = [spec, spec]


def _break_short_label(d: dict[str, Any]) -> None:
    _first_item(d)["short_label"] = {"en": "Short", "ru": RU}


def _break_retired_field(d: dict[str, Any]) -> None:
    item = _first_item(d)
    item["fields"] = [{"key": "who", "type": "party", "label": {"en": "Who", "ru": RU, "kk": KK}}]
    item["retired_party_fields"] = ["who"]


@pytest.mark.parametrize(
    ("breaker", "message"),
    [
        (_break_dup_item, "duplicate item code"),
        (_break_dup_category, "duplicate category code"),
        (_break_prefix, "must start with its category"),
        (_break_ru, "missing the 'ru' text"),
        (_break_en_question, "missing the 'en' text"),
        (_break_field_type, "unknown field type 'colour'"),
        (_break_choices, "expected a list"),
        (_break_empty_multi, "needs choices"),
        (_break_timing, "unknown timing 'sometimes'"),
        (_break_dup_question, "duplicate checklist id"),
        (_break_question_category, "unknown category 'astrology'"),
        (_break_bad_code, "not a valid code"),
        (_break_format, "unsupported format"),
        (_break_loss_flag, "expected true or false"),
        (_break_dup_party, "duplicate code 'defendant'"),
        (_break_dup_field, "duplicate field key"),
        (_break_retired_field, "still one of the item's fields"),
        (_break_short_label, "short_label: missing the 'kk' text"),
    ],
)
def test_malformed_files_raise_taxonomy_error(
    tmp_path: Path, raw: dict[str, Any], breaker: Any, message: str
) -> None:
    breaker(raw)
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(_write(tmp_path, raw))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "expected an object"),
        ('{"format": 1, "format": 1}', "appears twice"),
        ("", "not valid JSON"),
    ],
)
def test_unparseable_files_raise_taxonomy_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "taxonomy.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(path)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="Cannot read"):
        load_taxonomy(tmp_path / "absent.json")
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"version": "\xe9"}')
    with pytest.raises(TaxonomyError, match="UTF-8"):
        load_taxonomy(path)


def test_minimal_valid_file(tmp_path: Path) -> None:
    text = {"en": "T", "ru": RU, "kk": KK}
    data = {
        "format": 1,
        "version": "test",
        "parties": [{"code": "defendant", "label": text}],
        "severities": [{"code": "low", "label": text}],
        "court_responses": [{"code": "paused", "label": text}],
        "categories": [
            {
                "code": "misc",
                "label": text,
                "description": text,
                "standards": ["ICCPR 14(1)"],
                "items": [
                    {
                        "code": "misc.thing",
                        "label": text,
                        "description": text,
                        "standards": [],
                        "timing": "point",
                        "participation_loss": False,
                        "fields": [{"key": "n", "type": "int", "label": text, "required": True}],
                    }
                ],
            }
        ],
        "checklist": [],
    }
    tax = load_taxonomy(_write(tmp_path, data))
    assert tax.item("misc.thing").standards == ("ICCPR 14(1)",)
    assert tax.validate_fields("misc.thing", {"n": "4"}) == {"n": 4}
    assert not tax.category("misc").about_observer


def test_who_was_affected_is_asked_once_as_the_parties(tax: Taxonomy) -> None:
    for item in tax.items():
        labels = [f.label["en"] for f in item.fields]
        assert "Who was affected" not in labels, item.code
    assert tax.item("remote.connection_lost").retired_party_fields == ("who_lost_connection",)
    assert tax.item("remote.audio_lost").retired_party_fields == ("who_affected",)


def test_a_retired_party_field_is_read_as_the_parties(tax: Taxonomy) -> None:
    old = Observation(
        code="remote.connection_lost",
        parties=("judge",),
        fields={"who_lost_connection": "defendant", "platform": "zoom"},
    )
    folded = tax.with_retired_fields_as_parties(old)
    assert folded.parties == ("judge", "defendant")
    assert folded.fields == {"platform": "zoom"}
    again = tax.with_retired_fields_as_parties(folded)
    assert again == folded  # nothing left to move
    # A value that is no party stays a field, for validation to name; nothing is dropped.
    odd = Observation(code="remote.audio_lost", fields={"who_affected": "martian"})
    assert tax.with_retired_fields_as_parties(odd) == odd


def test_a_short_label_is_the_items_name_on_a_small_button(tax: Taxonomy) -> None:
    """The compact logger's buttons once had names of their own ("No private counsel" for
    "No private channel for remote consultation"): the short name is the taxonomy's, in
    every language, and an item without one goes by its label."""
    counsel = tax.item("counsel.no_private_channel")
    assert set(counsel.short_label) == set(LANGUAGES)
    for lang in LANGUAGES:
        assert short_label(counsel, lang) == counsel.short_label[lang]
        assert len(short_label(counsel, lang)) < len(label(counsel.label, lang))
    audio = tax.item("remote.audio_lost")
    assert not audio.short_label
    assert short_label(audio, "kk") == label(audio.label, "kk")
