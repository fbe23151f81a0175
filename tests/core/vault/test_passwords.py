"""passwords.estimate_strength: an honest meter that never raises and never runs backwards."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.vault.passwords import (
    LABEL_KEYS,
    MAX_ANALYSED_CHARS,
    estimate_bits,
    estimate_strength,
)
from monitor_app.core.vault.vault import MIN_PASSPHRASE_CHARS

# Any Unicode, plus the characters the estimator treats specially, so runs and repeats occur.
typed_text = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(list("aab cz019 ZA!-\t"))),
    max_size=2 * MAX_ANALYSED_CHARS,
)


@given(typed_text)
def test_never_raises_and_stays_in_range(passphrase: str) -> None:
    strength = estimate_strength(passphrase)
    assert 0 <= strength.score <= 4
    assert strength.label_key == LABEL_KEYS[strength.score]
    assert strength.bits >= 0


@given(typed_text, st.characters())
def test_typing_one_more_character_never_lowers_the_estimate(passphrase: str, ch: str) -> None:
    assert estimate_bits(passphrase + ch) >= estimate_bits(passphrase) - 1e-9


@given(st.text(max_size=MIN_PASSPHRASE_CHARS - 1), st.text(alphabet=" \t\n", max_size=20))
def test_score_is_zero_under_the_minimum(short: str, padding: str) -> None:
    # Padding with blanks does not reach the minimum: the vault strips them too.
    strength = estimate_strength(padding + short + padding)
    assert strength.score == 0
    assert strength.label_key == "too_short"


@pytest.mark.parametrize(
    ("weaker", "stronger"),
    [
        ("aaaaaaaaaaaaaaaa", "kite river plum"),  # repeats count for almost nothing
        ("1234567890123", "winter-Owl-94"),  # a sequence of digits
        ("190519871234", "correct horse battery staple"),  # digits only: a date, a phone
        ("summer summer summer", "summer autumn winter"),  # the same word thrice
    ],
)
def test_predictable_passphrases_score_below_varied_ones(weaker: str, stronger: str) -> None:
    assert estimate_bits(weaker) < estimate_bits(stronger)


def test_several_words_make_a_good_passphrase_and_obvious_ones_are_weak() -> None:
    assert estimate_strength("correct horse battery staple").score >= 3
    assert estimate_strength("правильная лошадь батарейка скрепка").score == 4
    assert estimate_strength("aaaaaaaaaaaa").label_key == "weak"
    assert estimate_strength("123456789012").label_key == "weak"
    assert estimate_strength("").bits == 0


def test_long_input_is_cut_not_slow() -> None:
    long = "ab1!" * 100_000
    assert estimate_bits(long) == estimate_bits(long[:MAX_ANALYSED_CHARS])
