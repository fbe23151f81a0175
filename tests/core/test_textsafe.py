"""textsafe.scrub: untrusted text cannot drive a terminal or reorder what is shown."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.textsafe import REPLACEMENT, one_line, scrub

BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe(ch: str, keep_newlines: bool) -> bool:
    if keep_newlines and ch in "\n\t":
        return False
    return unicodedata.category(ch) in ("Cc", "Cs") or ch in BIDI_CONTROLS or ch in "\u2028\u2029"


# Text that is likely to hold the characters that matter, mixed with ordinary ones.
nasty_text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(
            list("\x1b\r\n\t\x00\x7f\x85\x9b\u2028\u2029") + sorted(BIDI_CONTROLS) + ["\ud800"]
        ),
    )
)


@given(nasty_text, st.booleans())
def test_output_has_no_control_or_bidi_characters(text: str, keep_newlines: bool) -> None:
    cleaned = scrub(text, keep_newlines=keep_newlines)
    assert not [ch for ch in cleaned if unsafe(ch, keep_newlines)]


@given(nasty_text, st.booleans())
def test_scrub_is_idempotent(text: str, keep_newlines: bool) -> None:
    once = scrub(text, keep_newlines=keep_newlines)
    assert scrub(once, keep_newlines=keep_newlines) == once


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf"))))
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert scrub(text) == text
    assert scrub(text, keep_newlines=True) == text


@given(nasty_text)
def test_one_line_output_is_a_single_safe_line(text: str) -> None:
    cleaned = one_line(text, 40)
    assert len(cleaned) <= 40
    assert not [ch for ch in cleaned if unsafe(ch, keep_newlines=False)]


@pytest.mark.parametrize(
    ("raw", "keep", "expected"),
    [
        ("red \x1b[31mtext", False, f"red {REPLACEMENT}[31mtext"),
        ("title\x1b]0;pwned\x07", False, f"title{REPLACEMENT}]0;pwned{REPLACEMENT}"),
        ("a\nb\tc", False, f"a{REPLACEMENT}b{REPLACEMENT}c"),
        ("a\nb\tc", True, "a\nb\tc"),
        ("windows\r\nline", True, "windows\nline"),
        ("over\rwrite", True, f"over{REPLACEMENT}write"),
        ("invoice\u202egnp.exe", False, f"invoice{REPLACEMENT}gnp.exe"),
        ("\u2066isolated\u2069", True, f"{REPLACEMENT}isolated{REPLACEMENT}"),
        ("csi\x9b2J", False, f"csi{REPLACEMENT}2J"),
        ("del\x7f", False, f"del{REPLACEMENT}"),
        ("Подсудимый не слышал переводчика", False, "Подсудимый не слышал переводчика"),
        ("שלום عربى", False, "שלום عربى"),
    ],
)
def test_examples(raw: str, keep: bool, expected: str) -> None:
    assert scrub(raw, keep_newlines=keep) == expected


def test_one_line_folds_whitespace_and_cuts() -> None:
    assert one_line("  first line\n\nsecond\tline  ") == "first line second line"
    assert one_line("abcdefghij", 5) == "abcd…"
    assert one_line("abc", 5) == "abc"
