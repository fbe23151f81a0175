"""jsonio gives exactly the standard library's bytes and values, whichever library does the
work: hashes, signatures and associated data are defined over the standard library's JSON,
so one byte of difference would break every chain and vault written before."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor_app.core import jsonio

# Characters where JSON encoders differ if they differ anywhere: quotes, escapes, controls,
# DEL, the line separators JavaScript cares about, a BOM, non-characters, astral planes and
# lone surrogates (which UTF-8 cannot carry).
TRICKY = '"\\/\x00\x01\x08\x09\x0a\x0c\x0d\x1f\x7f\x80\xa0\xe9\u2028\u2029\ufeff\uffff'
TRICKY += "\U0001f600\ud800\udfff"
characters = st.characters(exclude_categories=()) | st.sampled_from(TRICKY)
texts = st.text(characters, max_size=12)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**64) - 2, 2**64 + 2)  # around orjson's 64-bit limits
    | st.integers()
    | st.floats()  # NaN, infinities, -0.0, subnormals, 1e-05 and 1e+16 too
    | texts
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
# What a revision of a bundle looks like, with the values above in its body.
revisions = st.fixed_dictionaries(
    {
        "format": st.just(1),
        "rev_id": st.text("0123456789abcdef", min_size=32, max_size=32),
        "number": st.integers(1, 2**40),
        "parent_id": st.none() | st.text("0123456789abcdef", min_size=32, max_size=32),
        "created_utc": st.just("2026-11-24T07:12:03.123456Z"),
        "deleted": st.booleans(),
        "body": st.dictionaries(texts, values, max_size=6),
    }
)


def standard_canonical(value: Any) -> bytes:
    """The definition: what the app wrote before orjson."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def outcome(call: Any, *args: Any) -> tuple[str, Any]:
    """The result, or the type of the error."""
    try:
        return ("value", call(*args))
    except (RecursionError, ValueError, TypeError) as exc:  # UnicodeError is a ValueError
        return ("error", type(exc))


def same(a: Any, b: Any) -> bool:
    """Equal and of the very same types all the way down (1 == 1.0 == True in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (
            a == b and math.copysign(1, a) == math.copysign(1, b)
        )
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(map(same, a, b))
    return bool(a == b)


@settings(max_examples=1500, deadline=None)
@given(values | revisions)
@example({"text": "\ud800"})
@example({"n": 2**64})
@example({"n": 2**64 - 1, "m": -(2**63)})
@example({"x": 1e-05, "y": 1e16, "z": -0.0, "w": float("nan"), "v": float("inf")})
@example({"é": 1, "z": 2, "\U0001f600": 3, "\uffff": 4, "A": 5})
def test_canonical_json_is_the_standard_librarys(value: Any) -> None:
    assert outcome(jsonio.canonical_json, value) == outcome(standard_canonical, value)


def test_canonical_json_of_what_the_standard_library_cannot_write() -> None:
    for value in ({1: "non-text key"}, (1, 2), {"t": (1, [2])}, {"s": {1, 2}}):
        assert outcome(jsonio.canonical_json, value) == outcome(standard_canonical, value)
    deep: list[Any] = []
    for _ in range(5000):
        deep = [deep]
    assert outcome(jsonio.canonical_json, deep)[0] == "error"


def standard_loads(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"))


def same_outcome(data: bytes) -> None:
    """Both readers take and refuse the same texts, with the same values; where the value's
    canonical JSON comes with it, it is the standard library's."""
    theirs = outcome(standard_loads, data)
    ours = outcome(jsonio.loads, data)
    with_canonical = outcome(jsonio.loads_with_canonical, data)
    assert ours[0] == theirs[0] == with_canonical[0], (data, ours, theirs)
    if theirs[0] == "error":
        assert ours == theirs == with_canonical
        return
    value, canonical = with_canonical[1]
    assert same(ours[1], theirs[1]), (data, ours, theirs)
    assert same(value, theirs[1]), (data, value, theirs)
    assert canonical is None or canonical == standard_canonical(value)


@settings(max_examples=1500, deadline=None)
@given(
    values | revisions,
    st.booleans(),
    st.sampled_from([None, 0, 2]),
    st.sampled_from([(",", ":"), (", ", ": "), (" ,\t", "\r\n:")]),
)
def test_loads_gives_the_standard_librarys_values(
    value: Any, ascii_only: bool, indent: int | None, separators: tuple[str, str]
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent, separators=separators)
    # Lone surrogates written raw make bytes that are not UTF-8: both must refuse them.
    same_outcome(text.encode("utf-8", errors="surrogatepass"))


TOKENS = [
    "{", "}", "[", "]", ":", ",", " ", "\t", "\n", '"a"', '"b"', '"\\ud800"', '"\\ud83d\\ude00"',
    '"\\u00e9"', '"é"', '"\\x"', '"\x01"', "0", "-0", "1", "01", "1.5", "1e5", "1E400", "-1e-400",
    "123456789012345678901234567890", "18446744073709551616", "-9223372036854775809",
    "NaN", "Infinity", "-Infinity", "true", "false", "null", "nul", "\ufeff",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=14))
@example(["{", '"a"', ":", "1", ",", '"a"', ":", "2", "}"])  # a duplicate key: the last wins
@example(["\ufeff", "{", "}"])  # a byte-order mark: refused
def test_loads_accepts_and_refuses_what_the_standard_library_does(tokens: list[str]) -> None:
    same_outcome("".join(tokens).encode("utf-8"))


@settings(max_examples=1000, deadline=None)
@given(st.binary(max_size=64))
def test_loads_on_any_bytes(data: bytes) -> None:
    same_outcome(data)


@pytest.mark.parametrize("depth", [100, 300, 1100, 5000])
def test_deep_nesting_is_left_to_the_standard_library(depth: int) -> None:
    same_outcome(b"[" * depth + b"]" * depth)
    same_outcome(b'{"a":' * depth + b"1" + b"}" * depth)
