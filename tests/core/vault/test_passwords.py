"""passwords: zxcvbn's verdict, taught Russian, Kazakh and the ЙЦУКЕН keyboard; the rule that
every new passphrase must pass; an estimate that never raises and stays bounded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from zxcvbn import matching

from monitor_app.core.errors import WeakPassphrase
from monitor_app.core.vault.passwords import (
    MAX_L33T_READINGS,
    MAX_SCORE,
    MAX_SCORED_CHARS,
    MIN_PASSPHRASE_CHARS,
    MIN_SCORE,
    Weakness,
    check_new_passphrase,
    estimate_strength,
    keys_typed,
    scored_part,
)

DISPLAY_NAME = "Aigerim Nurlanovna Observer"

# The examples and their kin: each refused, with the reason the user is told.
REFUSED = {
    "password1234": Weakness.COMMON_PASSWORD,
    "qwerty123456": Weakness.COMMON_PASSWORD,
    "P@ssw0rd2024": Weakness.COMMON_PASSWORD,
    "йцукен123456": Weakness.COMMON_PASSWORD,  # noqa: RUF001 ("qwerty123456" typed on ЙЦУКЕН)
    "алматы2024": Weakness.TOO_SHORT,  # noqa: RUF001 (Cyrillic)
    "алматы123456": Weakness.COMMON_WORD,  # noqa: RUF001 (Cyrillic)
    "Нурсултан2024": Weakness.COMMON_WORD,  # noqa: RUF001 (Cyrillic)
    "gfhjkm123456": Weakness.COMMON_WORD,  # "пароль123456" typed with the Latin layout on
    "айгерим20242024": Weakness.REPEAT,  # noqa: RUF001 (Cyrillic)
    "ячсмитьбю123": Weakness.KEYBOARD,  # noqa: RUF001 (the bottom row of ЙЦУКЕН)
    "қазақстанәіңғ": Weakness.COMMON_WORD,  # "қазақстан2345" on the Kazakh layout
    "abcdefghijk1": Weakness.SEQUENCE,
    "short": Weakness.TOO_SHORT,
    DISPLAY_NAME: Weakness.DISPLAY_NAME,
    DISPLAY_NAME.upper(): Weakness.DISPLAY_NAME,
}
ACCEPTED = (
    "correct horse battery staple",
    "правильная лошадь батарейка скрепка",
    "сәуле тоғыз жылқы терезе",
    "x7$K9!q2@Lp4",  # a password manager's random one: many symbols, still accepted
)

# Any Unicode, plus what zxcvbn reads as patterns: l33t symbols, digits, keyboard rows, words.
typed_text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("4@8({[<3691!|70$5+%2 qwertyйцукенәіңғ")),  # noqa: RUF001 (Cyrillic)
    ),
    max_size=3 * MAX_SCORED_CHARS,
)


@pytest.mark.parametrize(("passphrase", "weakness"), REFUSED.items())
def test_common_passwords_words_names_and_keyboards_are_refused(
    passphrase: str, weakness: Weakness
) -> None:
    strength = estimate_strength(passphrase, (DISPLAY_NAME,))
    assert strength.weakness == weakness
    assert not strength.accepted
    with pytest.raises(WeakPassphrase, match="too easy to guess") as refused:
        check_new_passphrase(passphrase, (DISPLAY_NAME,))
    assert refused.value.reason == weakness.value
    assert "\n" not in str(refused.value)  # the CLI prints it as one line


@pytest.mark.parametrize("passphrase", ACCEPTED)
def test_strong_passphrases_are_accepted(passphrase: str) -> None:
    strength = estimate_strength(passphrase, (DISPLAY_NAME,))
    assert strength.accepted
    assert strength.score >= MIN_SCORE
    check_new_passphrase(passphrase, (DISPLAY_NAME,))


def test_the_display_name_counts_only_when_given() -> None:
    assert estimate_strength(DISPLAY_NAME).accepted
    assert not estimate_strength(DISPLAY_NAME + "2024", (DISPLAY_NAME,)).accepted
    # One of its words is enough to give the passphrase away.
    assert not estimate_strength("nurlanovna123", (DISPLAY_NAME,)).accepted


def test_cyrillic_is_also_read_as_the_keys_that_typed_it() -> None:
    assert keys_typed("йцукен") == "qwerty"
    assert keys_typed("ЙЦУКЕН") == "QWERTY"
    assert keys_typed("әіңғүұқөһ") == "2345890-="
    assert keys_typed("correct horse") == "correct horse"
    typed_on_the_digit_row = estimate_strength("қазақстанәіңғ")
    assert typed_on_the_digit_row == estimate_strength("қазақстан2345")  # noqa: RUF001 (Cyrillic)


@given(typed_text, st.lists(st.text(max_size=40), max_size=3))
def test_estimating_never_raises_and_stays_bounded(passphrase: str, words: list[str]) -> None:
    strength = estimate_strength(passphrase, words)
    assert 0 <= strength.score <= MAX_SCORE
    assert strength.guesses_log10 >= 0
    assert strength.accepted == (strength.weakness is None)
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        assert strength.weakness == Weakness.TOO_SHORT
    # What zxcvbn is given is bounded whatever was typed: its cost grows with the length
    # and with the ways its l33t table reads the symbols as letters.
    for reading in (passphrase, keys_typed(passphrase)):
        scored = scored_part(reading)
        assert reading.startswith(scored)
        assert len(scored) <= MAX_SCORED_CHARS
        readings = matching.enumerate_l33t_subs(
            matching.relevant_l33t_subtable(scored, matching.L33T_TABLE)
        )
        assert len(readings) <= MAX_L33T_READINGS


def test_only_the_bounded_start_is_scored() -> None:
    long = "correct horse battery staple " * 20
    assert scored_part(long) == long[:MAX_SCORED_CHARS]
    many_symbols = "4@8({[<3691!|70$5+%2" * 5
    assert len(scored_part(many_symbols)) < len("4@8({[<3691!|70$5+%2")
    assert estimate_strength(long).accepted


def test_surrounding_spaces_do_not_count() -> None:
    padded = "   " + "x" * (MIN_PASSPHRASE_CHARS - 1) + "\t\n"
    assert estimate_strength(padded).weakness == Weakness.TOO_SHORT
