"""A revision's associated data is written without a JSON encoder for the usual columns: the
bytes must be the encoder's, for any columns, or no sealed revision would open again."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor_app.core.records.store import _aad

hex_ids = st.text("0123456789abcdef", min_size=32, max_size=32)
texts = st.text(st.characters(exclude_categories=()) | st.sampled_from('"\\/\x00\x1f\x7f\u2028'))
anything = st.none() | st.booleans() | st.integers() | st.floats() | texts | hex_ids
columns = st.tuples(
    hex_ids | anything,  # rev_id
    hex_ids | anything,  # record_id
    st.sampled_from(["trial", "hearing", "observation"]) | anything,  # kind
    st.none() | hex_ids | anything,  # parent_id
    st.integers(1, 2**40) | anything,  # number
    hex_ids | anything,  # author
    st.integers(1, 2**40) | anything,  # author_seq
    st.just("2026-11-24T07:12:03.123456Z") | anything,  # created_utc
)


def encoded(row: tuple[Any, ...]) -> bytes:
    """The definition in docs/vault-format.md: compact JSON, ASCII."""
    return b"revision|" + json.dumps(list(row), separators=(",", ":")).encode()


@settings(max_examples=2000, deadline=None)
@given(columns)
@example(("a" * 32, "b" * 32, "observation", None, 1, "c" * 32, 1, "2026-11-24T07:12:03Z"))
@example(("a" * 32, "b" * 32, "note", "d" * 32, True, "c" * 32, 2**70, "é"))
@example(('"', "\\", "\x7f", "\u2028", 1, "x", 1, "\x00"))
def test_associated_data_is_the_json_encoders(row: tuple[Any, ...]) -> None:
    assert _aad(row) == encoded(row)
