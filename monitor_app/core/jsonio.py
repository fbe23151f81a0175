"""JSON in and out, with the standard library's exact results, at orjson's speed where it can.

Every hash and signature of the app is defined over the standard library's canonical JSON
(`canonical_json`), and every value read over what `json.loads` gives. orjson encodes and
decodes several times faster and gives the very same bytes and values for JSON's own types
(dict, list, str, int, bool, None) — but not for floats: it writes some differently
(``0.00001`` for ``1e-05``) and reads integers past 64 bits as floats. So orjson is used only
for values without floats, and anything it refuses (lone surrogates, integers past 64 bits,
NaN, deep nesting) is left to the standard library, which decides as it always did.
tests/core/test_jsonio.py checks both directions on generated values.
"""

from __future__ import annotations

import json
from itertools import compress
from typing import Any

import orjson

_SCALARS = frozenset({str, int, bool, type(None)})
_CONTAINERS = frozenset({dict, list})
_PLAIN = _SCALARS | _CONTAINERS
_STANDARD = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8 (the standard library's
    ``json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``)."""
    if plain(value):
        try:
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:
            pass  # the standard library gives its own answer, bytes or an error
    return _STANDARD.encode(value).encode("utf-8")


def loads(data: bytes) -> Any:
    """The value of a UTF-8 JSON text, as ``json.loads(data.decode("utf-8"))`` gives it,
    with its errors (ValueError, RecursionError)."""
    value = _plain_value(data)
    return json.loads(data.decode("utf-8")) if value is _NOT_PLAIN else value


def loads_with_canonical(data: bytes) -> tuple[Any, bytes | None]:
    """`loads`, and the value's `canonical_json` when orjson can give it at once (None
    otherwise: `canonical_json` then says what it is, or that it cannot be written)."""
    value = _plain_value(data)
    if value is _NOT_PLAIN:
        return json.loads(data.decode("utf-8")), None
    try:
        return value, orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # lone surrogates cannot be UTF-8
        return value, None


_NOT_PLAIN = object()


def _plain_value(data: bytes) -> Any:
    """orjson's value of the text when it is `plain`, or _NOT_PLAIN: then the standard
    library reads it (floats, NaN, lone surrogates) or says why it cannot."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return _NOT_PLAIN
    return value if plain(value) else _NOT_PLAIN


def plain(value: Any) -> bool:
    """Whether a value holds only JSON's own types and no float: where orjson and the
    standard library agree."""
    try:
        return _plain(value)
    except RecursionError:
        return False


def _plain(value: Any) -> bool:
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is dict:
        items = value.values()
    elif kind is list:
        items = value
    else:
        return False
    # Item types are looked at in C, a container at a time: this runs for every revision.
    types = set(map(type, items))
    if types <= _SCALARS:
        return True
    nested = compress(items, map(_CONTAINERS.__contains__, map(type, items)))
    return types <= _PLAIN and all(map(_plain, nested))
