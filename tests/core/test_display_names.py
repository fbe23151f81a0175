"""Display names are one short line of visible text: a name that could fake a line next to
a fingerprint (a newline, a bidi override, an invisible format character) is refused;
look-alike names are found."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.display_names import (
    MAX_DISPLAY_NAME_CHARS,
    check_display_name,
    name_key,
    refused_character,
    shown_name,
)
from monitor_app.core.errors import ValidationError

REFUSED = ("Cc", "Cf", "Zl", "Zp", "Co", "Cs")
JOINERS = ("\u200c", "\u200d")
refused_chars = st.characters(categories=REFUSED).filter(lambda c: c not in JOINERS)
visible_chars = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))


@given(st.text(visible_chars), refused_chars, st.text(visible_chars))
def test_a_name_with_any_control_or_format_character_is_refused(
    before: str, refused: str, after: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_display_name("Alice" + before + refused + after)
    assert caught.value.code == "display-name-unsafe"
    assert caught.value.params["char"] == f"U+{ord(refused):04X}" or refused_character(before)


@given(st.text(visible_chars, min_size=1, max_size=MAX_DISPLAY_NAME_CHARS))
def test_a_visible_name_is_kept_as_one_normalised_line(name: str) -> None:
    if not name.split():
        with pytest.raises(ValidationError):
            check_display_name(name)
        return
    kept = check_display_name(name)
    assert kept == " ".join(unicodedata.normalize("NFC", name).split())
    assert refused_character(kept) is None
    assert "\n" not in kept
    assert "  " not in kept


@given(st.text())
def test_any_stored_name_is_shown_as_one_safe_line(name: str) -> None:
    shown = shown_name(name)
    assert refused_character(shown) is None
    assert len(shown) <= MAX_DISPLAY_NAME_CHARS
    assert "\n" not in shown


@pytest.mark.parametrize(
    "name",
    [
        "Alice\nFingerprint: 12345 67890 12345 67890 12345 67890 12345 67890",
        "Alice\u2028Fingerprint",  # line separator
        "Alice\u202eecilA",  # right-to-left override
        "Alice\u2066x\u2069",  # isolates
        "Ali\u200bce",  # zero-width space
        "Alice\x1b[2J",  # a terminal escape
    ],
)
def test_the_issues_attacks_are_refused(name: str) -> None:
    with pytest.raises(ValidationError):
        check_display_name(name)


def test_joiners_that_spelling_needs_are_accepted() -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "I want", with a ZWNJ
    assert check_display_name(persian) == persian


def test_a_name_is_bounded() -> None:
    assert check_display_name("A" * MAX_DISPLAY_NAME_CHARS)
    with pytest.raises(ValidationError) as caught:
        check_display_name("A" * (MAX_DISPLAY_NAME_CHARS + 1))
    assert caught.value.code == "display-name-too-long"


def test_look_alike_names_share_a_key() -> None:
    latin = name_key("Alice Smith")
    assert name_key("  alice   SMITH ") == latin
    assert name_key("\u0410li\u0441e Smith") == latin  # Cyrillic А and с
    assert name_key("A1ice Smith") == latin
    assert name_key("\uff21\uff4c\uff49\uff43\uff45 Smith") == latin  # full-width
    assert name_key("Alicia Smith") != latin
