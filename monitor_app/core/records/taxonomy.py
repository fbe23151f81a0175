"""The taxonomy of observable hearing conditions: loading, checking and field coercion.

The taxonomy lives in ``resources/taxonomy/taxonomy.json`` (see ``docs/taxonomy.md``). It names
the conditions an observer can record (``remote.connection_lost``, ``innocence.cage`` ...), the
structured fields each condition takes, the parties, severities and court responses, and the
per-hearing checklist. Codes are stable: stored observations refer to them. A field retired
into the observation's parties (who was affected) is still read from older records: its
values are the record's parties (`Taxonomy.with_retired_fields_as_parties`).

Standard library only; no Qt.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from monitor_app.core.error_messages import os_reason
from monitor_app.core.errors import TaxonomyError, UnknownCode, ValidationError
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.records import Observation
from monitor_app.core.resources import resource_path

SUPPORTED_FORMAT = 1
TIMINGS = ("point", "interval", "either")
FIELD_TYPES = ("text", "choice", "multi", "bool", "int", "datetime", "party", "parties", "duration")

CODE_RE = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)
ITEM_CODE_RE = re.compile(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*", re.ASCII)

TRUE_WORDS = frozenset({"yes", "true", "1", "y", "да"})
FALSE_WORDS = frozenset({"no", "false", "0", "n", "нет"})
MAX_INT = 10**9
MAX_DURATION_PART = 10_000
DURATION_RE = re.compile(
    r"(?:(?P<years>[0-9]{1,5})y)?(?:(?P<months>[0-9]{1,5})m)?(?:(?P<days>[0-9]{1,5})d)?",
    re.ASCII,
)
DURATION_KEYS = ("years", "months", "days")
SHOWN_MAX = 40  # characters of a rejected value quoted back in an error message


# ---- data types ----------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    code: str
    label: Mapping[str, str] = field(hash=False)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    type: str
    label: Mapping[str, str] = field(hash=False)
    required: bool = False
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Item:
    code: str
    category: str
    label: Mapping[str, str] = field(hash=False)
    description: Mapping[str, str] = field(hash=False)
    standards: tuple[str, ...]
    timing: str
    participation_loss: bool
    fields: tuple[FieldSpec, ...]
    # Keys of party fields this item once had ("who was affected"), now asked once as the
    # observation's parties: older records' values are read as parties.
    retired_party_fields: tuple[str, ...] = ()
    # The name shortened for a small button (the compact logger), where the label is long;
    # empty: the label is short enough. One condition, one name: no other wording anywhere.
    short_label: Mapping[str, str] = field(default_factory=dict, hash=False)

    def field_spec(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True)
class Category:
    code: str
    label: Mapping[str, str] = field(hash=False)
    description: Mapping[str, str] = field(hash=False)
    standards: tuple[str, ...]
    about_observer: bool
    items: tuple[Item, ...]


@dataclass(frozen=True)
class ChecklistQuestion:
    id: str
    category: str
    question: Mapping[str, str] = field(hash=False)
    standards: tuple[str, ...]


def label(labels: Mapping[str, str], lang: str = "en") -> str:
    """The text in ``lang``, falling back to English (then to any language present)."""
    text = labels.get(lang) or labels.get("en")
    if text:
        return text
    return next((v for v in labels.values() if v), "")


def short_label(item: Item, lang: str = "en") -> str:
    """An item's name for a small button: its short label where it has one, else its label."""
    return label(item.short_label or item.label, lang)


class Taxonomy:
    """A loaded, checked taxonomy. Build it with :func:`load_taxonomy`."""

    def __init__(
        self,
        *,
        format: int,
        version: str,
        parties: tuple[Choice, ...],
        severities: tuple[Choice, ...],
        court_responses: tuple[Choice, ...],
        categories: tuple[Category, ...],
        checklist: tuple[ChecklistQuestion, ...],
    ) -> None:
        self.format = format
        self.version = version
        self.parties = parties
        self.severities = severities
        self.court_responses = court_responses
        self.categories = categories
        self.checklist = checklist
        self._items = tuple(item for cat in categories for item in cat.items)
        self._item_index = {item.code: item for item in self._items}
        self._category_index = {cat.code: cat for cat in categories}
        self._question_index = {q.id: q for q in checklist}
        self._party_codes = frozenset(c.code for c in parties)
        self._severity_codes = frozenset(c.code for c in severities)
        self._response_codes = frozenset(c.code for c in court_responses)

    def __repr__(self) -> str:
        return (
            f"Taxonomy(version={self.version!r}, categories={len(self.categories)}, "
            f"items={len(self._items)}, checklist={len(self.checklist)})"
        )

    # -- look-ups

    def item(self, code: str) -> Item:
        try:
            return self._item_index[code]
        except (KeyError, TypeError):
            raise UnknownCode("condition-code-unknown", code=str(code)) from None

    def items(self) -> tuple[Item, ...]:
        return self._items

    def category(self, code: str) -> Category:
        try:
            return self._category_index[code]
        except (KeyError, TypeError):
            raise UnknownCode(
                "category-unknown", code=str(code), categories=", ".join(self._category_index)
            ) from None

    def question(self, question_id: str) -> ChecklistQuestion:
        try:
            return self._question_index[question_id]
        except (KeyError, TypeError):
            raise UnknownCode("question-unknown", id=str(question_id)) from None

    def is_party(self, code: str) -> bool:
        return code in self._party_codes

    def with_retired_fields_as_parties(self, observation: Observation) -> Observation:
        """``observation`` with the values of its condition's retired party fields moved into
        its parties (after those it has), so the one "parties" field shows and reports
        them; the same observation when it has none. A value that is not a party code stays
        where it was, for validation to name."""
        try:
            retired = self.item(observation.code).retired_party_fields
        except UnknownCode:
            return observation
        if not any(key in observation.fields for key in retired):
            return observation
        fields = dict(observation.fields)
        parties = list(observation.parties)
        for key in retired:
            value = fields.get(key)
            values: list[object] = list(value) if isinstance(value, list | tuple) else [value]
            codes = [v for v in values if isinstance(v, str) and self.is_party(v)]
            if not codes or len(codes) != len(values):
                continue
            del fields[key]
            parties.extend(code for code in codes if code not in parties)
        return dataclasses.replace(observation, parties=tuple(parties), fields=fields)

    def is_severity(self, code: str) -> bool:
        return code in self._severity_codes

    def is_court_response(self, code: str) -> bool:
        return code in self._response_codes

    # -- fields

    def validate_fields(self, code: str, raw: Mapping[str, object]) -> dict[str, object]:
        """Check and coerce an observation's structured fields.

        Values may be text (``KEY=VALUE`` from the command line) or already typed (from the
        GUI or from stored JSON). Empty text and ``None`` are dropped, so ``KEY=`` clears a
        field. The result holds only JSON types, in the item's field order, and validating it
        again gives it back unchanged.
        """
        item = self.item(code)
        if not isinstance(raw, Mapping):
            raise ValidationError("fields-not-pairs")
        specs = {spec.key: spec for spec in item.fields}
        parsed: dict[str, object] = {}
        for key, value in raw.items():
            spec = specs.get(key) if isinstance(key, str) else None
            if spec is None:
                if specs:
                    raise ValidationError(
                        "field-unknown", key=_shown(key), code=code, accepted=", ".join(specs)
                    )
                raise ValidationError("field-none-taken", key=_shown(key), code=code)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            result = parse_field_value(spec, value, self.parties)
            if result in ("", []):
                continue
            parsed[key] = result
        missing = [spec.key for spec in item.fields if spec.required and spec.key not in parsed]
        if missing:
            raise ValidationError(
                "fields-missing" if len(missing) > 1 else "field-missing",
                code=code,
                fields=", ".join(missing),
                example=" ".join(f"{k}=..." for k in missing),
            )
        return {spec.key: parsed[spec.key] for spec in item.fields if spec.key in parsed}


# ---- field value coercion -----------------------------------------------------------


def _shown(value: object) -> str:
    """The rejected value for an error message, cut short: messages stay one line."""
    text = repr(value)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 3] + "..."


def _codes(choices: Sequence[Choice]) -> str:
    return ", ".join(c.code for c in choices)


def _one_code(spec: FieldSpec, value: object, choices: Sequence[Choice], what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            "field-one-party" if what == "party" else "field-one-choice",
            key=spec.key,
            codes=_codes(choices),
        )
    code = value.strip().lower()
    if code not in {c.code for c in choices}:
        raise ValidationError(
            "field-not-one-of", key=spec.key, codes=_codes(choices), got=_shown(value)
        )
    return code


def _many_codes(spec: FieldSpec, value: object, choices: Sequence[Choice], what: str) -> list[str]:
    if isinstance(value, str):
        parts: Sequence[object] = value.split(",")
    elif isinstance(value, list | tuple):
        parts = value
    else:
        raise ValidationError(
            "field-parties" if what == "party" else "field-choices",
            key=spec.key,
            codes=_codes(choices),
        )
    out: list[str] = []
    for part in parts:
        if isinstance(part, str) and not part.strip():
            continue
        code = _one_code(spec, part, choices, what)
        if code not in out:
            out.append(code)
    return out


def _parse_bool(spec: FieldSpec, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    raise ValidationError("field-bool", key=spec.key, got=_shown(value))


def _parse_int(spec: FieldSpec, value: object) -> int:
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{1,10}", value.strip(), re.ASCII):
        number = int(value.strip())
    if number is None or number < 0 or number > MAX_INT:
        raise ValidationError("field-int", key=spec.key, max=MAX_INT, got=_shown(value))
    return number


def _parse_datetime(spec: FieldSpec, value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).isoformat()
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).isoformat()
        except (ValueError, OverflowError):
            pass
    raise ValidationError("field-datetime", key=spec.key, got=_shown(value))


def _duration_error(spec: FieldSpec, value: object) -> ValidationError:
    return ValidationError("field-duration", key=spec.key, got=_shown(value))


def _parse_duration(spec: FieldSpec, value: object) -> dict[str, int]:
    parts: dict[str, int] = {}
    if isinstance(value, str):
        text = "".join(value.split()).lower()
        match = DURATION_RE.fullmatch(text)
        if not text or match is None:
            raise _duration_error(spec, value)
        parts = {k: int(match.group(k) or 0) for k in DURATION_KEYS}
    elif isinstance(value, Mapping):
        if not value or any(k not in DURATION_KEYS for k in value):
            raise _duration_error(spec, value)
        for k in DURATION_KEYS:
            v = value.get(k, 0)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise _duration_error(spec, value)
            parts[k] = v
    else:
        raise _duration_error(spec, value)
    if not any(parts.values()) or any(v > MAX_DURATION_PART for v in parts.values()):
        raise _duration_error(spec, value)
    return parts


def parse_field_value(spec: FieldSpec, value: object, parties: tuple[Choice, ...]) -> object:
    """Coerce one field value to its stored JSON form; raises only :class:`ValidationError`.

    Applying it to its own result gives the same result.
    """
    parser = _PARSERS.get(spec.type)
    if parser is None:
        raise ValidationError("field-type-unknown", key=spec.key, type=spec.type)
    return parser(spec, value, parties)


def _parse_text(spec: FieldSpec, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("field-text", key=spec.key, got=_shown(value))
    return value.strip()


_PARSERS: dict[str, Callable[[FieldSpec, object, tuple[Choice, ...]], object]] = {
    "text": lambda spec, value, parties: _parse_text(spec, value),
    "choice": lambda spec, value, parties: _one_code(spec, value, spec.choices, "choice"),
    "multi": lambda spec, value, parties: _many_codes(spec, value, spec.choices, "choice"),
    "party": lambda spec, value, parties: _one_code(spec, value, parties, "party"),
    "parties": lambda spec, value, parties: _many_codes(spec, value, parties, "party"),
    "bool": lambda spec, value, parties: _parse_bool(spec, value),
    "int": lambda spec, value, parties: _parse_int(spec, value),
    "datetime": lambda spec, value, parties: _parse_datetime(spec, value),
    "duration": lambda spec, value, parties: _parse_duration(spec, value),
}


# ---- loading ------------------------------------------------------------------------


class DataReader:
    """Walks a data file's parsed JSON (the taxonomy, the after-the-verdict vocabulary),
    raising TaxonomyError with the path to the bad value."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> TaxonomyError:
        # ``problem`` is for whoever edits the data file, so it stays English.
        return TaxonomyError("taxonomy-malformed", source=self.source, where=where, problem=problem)

    def obj(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def array(self, value: object, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        return value

    def text(self, value: object, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected non-empty text")
        return value

    def flag(self, obj: Mapping[str, Any], key: str, where: str) -> bool:
        value = obj.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}", "expected true or false")
        return value

    def code(self, value: object, where: str, pattern: re.Pattern[str] = CODE_RE) -> str:
        code = self.text(value, where)
        if not pattern.fullmatch(code):
            raise self.fail(where, f"{code!r} is not a valid code (lowercase a-z, 0-9, _)")
        return code

    def texts(self, value: object, where: str) -> Mapping[str, str]:
        obj = self.obj(value, where)
        for lang in LANGUAGES:
            if lang not in obj:
                raise self.fail(where, f"missing the {lang!r} text")
        for lang, text in obj.items():
            self.text(text, f"{where}.{lang}")
        return MappingProxyType(dict(obj))

    def standards(self, value: object, where: str) -> tuple[str, ...]:
        return tuple(self.text(s, f"{where}[{i}]") for i, s in enumerate(self.array(value, where)))

    def choices(self, value: object, where: str) -> tuple[Choice, ...]:
        out: list[Choice] = []
        seen: set[str] = set()
        for i, raw in enumerate(self.array(value, where)):
            here = f"{where}[{i}]"
            obj = self.obj(raw, here)
            code = self.code(obj.get("code"), f"{here}.code")
            if code in seen:
                raise self.fail(here, f"duplicate code {code!r}")
            seen.add(code)
            out.append(Choice(code=code, label=self.texts(obj.get("label"), f"{here}.label")))
        return tuple(out)

    def field_spec(self, value: object, where: str) -> FieldSpec:
        obj = self.obj(value, where)
        key = self.code(obj.get("key"), f"{where}.key")
        kind = obj.get("type")
        if kind not in FIELD_TYPES:
            raise self.fail(
                f"{where}.type", f"unknown field type {kind!r} (known: {', '.join(FIELD_TYPES)})"
            )
        choices: tuple[Choice, ...] = ()
        if kind in ("choice", "multi"):
            choices = self.choices(obj.get("choices"), f"{where}.choices")
            if not choices:
                raise self.fail(f"{where}.choices", f"a {kind} field needs choices")
        elif "choices" in obj:
            raise self.fail(f"{where}.choices", f"a {kind} field takes no choices")
        return FieldSpec(
            key=key,
            type=kind,
            label=self.texts(obj.get("label"), f"{where}.label"),
            required=self.flag(obj, "required", where),
            choices=choices,
        )

    def item(self, value: object, where: str, category: Category) -> Item:
        obj = self.obj(value, where)
        code = self.code(obj.get("code"), f"{where}.code", ITEM_CODE_RE)
        if code.split(".", 1)[0] != category.code:
            raise self.fail(
                f"{where}.code",
                f"item code {code!r} must start with its category '{category.code}.'",
            )
        timing = obj.get("timing")
        if timing not in TIMINGS:
            raise self.fail(
                f"{where}.timing", f"unknown timing {timing!r} (known: {', '.join(TIMINGS)})"
            )
        fields: list[FieldSpec] = []
        for i, raw in enumerate(self.array(obj.get("fields", []), f"{where}.fields")):
            spec = self.field_spec(raw, f"{where}.fields[{i}]")
            if any(f.key == spec.key for f in fields):
                raise self.fail(f"{where}.fields[{i}]", f"duplicate field key {spec.key!r}")
            fields.append(spec)
        standards = self.standards(obj.get("standards", []), f"{where}.standards")
        retired = self.retired_party_fields(obj, where, fields)
        return Item(
            code=code,
            category=category.code,
            label=self.texts(obj.get("label"), f"{where}.label"),
            description=self.texts(obj.get("description"), f"{where}.description"),
            standards=standards or category.standards,
            timing=timing,
            participation_loss=self.flag(obj, "participation_loss", where),
            fields=tuple(fields),
            retired_party_fields=retired,
            short_label=(
                self.texts(obj["short_label"], f"{where}.short_label")
                if "short_label" in obj
                else MappingProxyType({})
            ),
        )

    def retired_party_fields(
        self, obj: Mapping[str, Any], where: str, fields: Sequence[FieldSpec]
    ) -> tuple[str, ...]:
        here = f"{where}.retired_party_fields"
        keys = tuple(
            self.code(key, f"{here}[{i}]")
            for i, key in enumerate(self.array(obj.get("retired_party_fields", []), here))
        )
        for key in keys:
            if any(f.key == key for f in fields):
                raise self.fail(here, f"{key!r} is still one of the item's fields")
        return keys

    def taxonomy(self, data: object) -> Taxonomy:
        top = self.obj(data, "top level")
        fmt = top.get("format")
        if fmt != SUPPORTED_FORMAT or isinstance(fmt, bool):
            raise self.fail("format", f"unsupported format {fmt!r} (this version reads format 1)")
        version = self.text(top.get("version"), "version")

        categories: list[Category] = []
        item_codes: set[str] = set()
        raw_categories = self.array(top.get("categories"), "categories")
        if not raw_categories:
            raise self.fail("categories", "no categories")
        for i, raw in enumerate(raw_categories):
            here = f"categories[{i}]"
            obj = self.obj(raw, here)
            code = self.code(obj.get("code"), f"{here}.code")
            if any(c.code == code for c in categories):
                raise self.fail(here, f"duplicate category code {code!r}")
            shell = Category(
                code=code,
                label=self.texts(obj.get("label"), f"{here}.label"),
                description=self.texts(obj.get("description"), f"{here}.description"),
                standards=self.standards(obj.get("standards", []), f"{here}.standards"),
                about_observer=self.flag(obj, "about_observer", here),
                items=(),
            )
            items: list[Item] = []
            for j, raw_item in enumerate(self.array(obj.get("items"), f"{here}.items")):
                item = self.item(raw_item, f"{here}.items[{j}]", shell)
                if item.code in item_codes:
                    raise self.fail(f"{here}.items[{j}]", f"duplicate item code {item.code!r}")
                item_codes.add(item.code)
                items.append(item)
            categories.append(
                Category(
                    code=shell.code,
                    label=shell.label,
                    description=shell.description,
                    standards=shell.standards,
                    about_observer=shell.about_observer,
                    items=tuple(items),
                )
            )

        category_codes = {c.code for c in categories}
        checklist: list[ChecklistQuestion] = []
        for i, raw in enumerate(self.array(top.get("checklist", []), "checklist")):
            here = f"checklist[{i}]"
            obj = self.obj(raw, here)
            qid = self.code(obj.get("id"), f"{here}.id")
            if any(q.id == qid for q in checklist):
                raise self.fail(here, f"duplicate checklist id {qid!r}")
            category = self.text(obj.get("category"), f"{here}.category")
            if category not in category_codes:
                raise self.fail(f"{here}.category", f"unknown category {category!r}")
            checklist.append(
                ChecklistQuestion(
                    id=qid,
                    category=category,
                    question=self.texts(obj.get("question"), f"{here}.question"),
                    standards=self.standards(obj.get("standards", []), f"{here}.standards"),
                )
            )

        return Taxonomy(
            format=SUPPORTED_FORMAT,
            version=version,
            parties=self.choices(top.get("parties"), "parties"),
            severities=self.choices(top.get("severities"), "severities"),
            court_responses=self.choices(top.get("court_responses"), "court_responses"),
            categories=tuple(categories),
            checklist=tuple(checklist),
        )


def _no_duplicate_keys(source: str) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise TaxonomyError("taxonomy-key-twice", source=source, key=key)
            out[key] = value
        return out

    return hook


def read_data_file(path: Path) -> Any:
    """A bundled data file's JSON; a TaxonomyError when it cannot be read, is not UTF-8 or
    not JSON, or names a key twice in one object."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TaxonomyError("taxonomy-unreadable", source=source, **os_reason(exc)) from None
    except UnicodeDecodeError:
        raise TaxonomyError("taxonomy-not-utf8", source=source) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys(source))
    except json.JSONDecodeError as exc:
        raise TaxonomyError(
            "taxonomy-not-json", source=source, line=exc.lineno, column=exc.colno, problem=exc.msg
        ) from None
    except RecursionError:
        raise TaxonomyError("taxonomy-too-deep", source=source) from None
    return data


def _read(path: Path) -> Taxonomy:
    return DataReader(str(path)).taxonomy(read_data_file(path))


@functools.lru_cache(maxsize=4)
def _load_cached(path: Path) -> Taxonomy:
    return _read(path)


def default_taxonomy_path() -> Path:
    return resource_path("taxonomy", "taxonomy.json")


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load and check a taxonomy file; the bundled one (the default) is parsed only once."""
    if path is None:
        return _load_cached(default_taxonomy_path())
    return _read(Path(path))
