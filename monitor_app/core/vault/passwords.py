"""Which new passphrases are accepted: zxcvbn's estimate, taught Russian and Kazakh.

zxcvbn (Dropbox's estimator) knows the most common passwords, English words, names,
keyboard patterns, dates, repeats and sequences, and estimates how many guesses an
attacker who tries those first would need. It knows no Russian or Kazakh, so we add:

- ``resources/passwords/ru_kk_words.txt``: common Russian and Kazakh words, names and
  place names (and each of them as typed with the Latin layout left on, "пароль" as
  "gfhjkm"), as three ranked dictionaries;
- the ЙЦУКЕН keyboard: Cyrillic text is also scored as the keys it was typed with, so
  "йцукен" counts as the keyboard row "qwerty" it is; the Kazakh layout's extra letters
  sit on the digit row (ә on 2 … һ on =), so "әіңғ" counts as "2345";
- words the user gave us (the vault's display name), as zxcvbn's ``user_inputs``.

The rule (`check_new_passphrase`): at least ``MIN_PASSPHRASE_CHARS`` characters and a
zxcvbn score of at least ``MIN_SCORE`` (about 10^8 guesses), scored on the Latin-keys
reading too when the passphrase has Cyrillic letters. Only choosing a passphrase is
checked; opening a vault never is, so vaults made under an older rule still open.

zxcvbn is imported where it is used: loading its dictionaries takes ~0.1 s, which every
start of the app and of each CLI command would otherwise pay.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from monitor_app.core.errors import WeakPassphrase
from monitor_app.core.resources import resource_path

MIN_PASSPHRASE_CHARS = 12
# zxcvbn's score 3 means at least ~10^8 guesses, "safely unguessable" where each guess is
# a slow hash; each guess here costs an Argon2id derivation (calibrated to ~0.5 s).
MIN_SCORE = 3
MAX_SCORE = 4

# zxcvbn's cost grows with the square of the length, times the number of ways its l33t
# table can read the digits and symbols present as letters ("1" as i or l, "|" as i, l or
# t…): 72 characters using the whole table take 9 s. So we score the longest start of the
# passphrase of at most ``MAX_SCORED_CHARS`` characters and ``MAX_L33T_READINGS`` such
# readings. What follows can only make a passphrase harder to guess, never easier; the
# worst case is then about 0.1 s, and an ordinary passphrase takes 10–40 ms.
MAX_SCORED_CHARS = 64
MAX_L33T_READINGS = 8

WORD_LIST = ("passwords", "ru_kk_words.txt")

# The ЙЦУКЕН layout on a QWERTY keyboard (the standard Russian and Kazakh layouts), and the
# Kazakh letters on the digit row (XKB "kz", after the standard RST KazSSR 903-90).
_RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_KAZAKH_KEYS = "әіңғүұқөһ"
_DIGIT_ROW_KEYS = "2345890-="
_KEYS_FOR_CYRILLIC = str.maketrans(
    _RUSSIAN_KEYS + _RUSSIAN_KEYS.upper() + _KAZAKH_KEYS + _KAZAKH_KEYS.upper(),
    _LATIN_KEYS + _LATIN_KEYS.upper() + _DIGIT_ROW_KEYS + _DIGIT_ROW_KEYS,
)


class Weakness(StrEnum):
    """Why a passphrase is refused: the one reason given to the user."""

    TOO_SHORT = "too_short"
    COMMON_PASSWORD = "common_password"  # noqa: S105 (a reason's name, not a password)
    COMMON_WORD = "common_word"
    NAME = "name"
    DISPLAY_NAME = "display_name"
    KEYBOARD = "keyboard"
    SEQUENCE = "sequence"
    REPEAT = "repeat"
    DATE = "date"
    TOO_GUESSABLE = "too_guessable"


# The refusal's error code for each reason (its words are in core.error_messages).
REFUSALS = {
    Weakness.TOO_SHORT: "passphrase-too-short",
    Weakness.COMMON_PASSWORD: "passphrase-common-password",
    Weakness.COMMON_WORD: "passphrase-common-word",
    Weakness.NAME: "passphrase-name",
    Weakness.DISPLAY_NAME: "passphrase-display-name",
    Weakness.KEYBOARD: "passphrase-keyboard",
    Weakness.SEQUENCE: "passphrase-sequence",
    Weakness.REPEAT: "passphrase-repeat",
    Weakness.DATE: "passphrase-date",
    Weakness.TOO_GUESSABLE: "passphrase-too-guessable",
}

# zxcvbn's dictionaries by what they hold; ours are named after the word list's sections.
_DICTIONARY_WEAKNESS = {
    "passwords": Weakness.COMMON_PASSWORD,
    "english_wikipedia": Weakness.COMMON_WORD,
    "us_tv_and_film": Weakness.COMMON_WORD,
    "words": Weakness.COMMON_WORD,
    "places": Weakness.COMMON_WORD,
    "surnames": Weakness.NAME,
    "male_names": Weakness.NAME,
    "female_names": Weakness.NAME,
    "names": Weakness.NAME,
    "user_inputs": Weakness.DISPLAY_NAME,
}
_PATTERN_WEAKNESS = {
    "spatial": Weakness.KEYBOARD,
    "sequence": Weakness.SEQUENCE,
    "repeat": Weakness.REPEAT,
    "date": Weakness.DATE,
    "regex": Weakness.DATE,  # zxcvbn's only regex is "a recent year"
}


@dataclass(frozen=True)
class Strength:
    """zxcvbn's ``score`` (0–4) and ``guesses_log10`` for a passphrase, and ``weakness``:
    why it is refused, or None when it is accepted."""

    score: int
    guesses_log10: float
    weakness: Weakness | None

    @property
    def accepted(self) -> bool:
        return self.weakness is None


def keys_typed(text: str) -> str:
    """The Latin keys that type ``text`` on the Russian or Kazakh layout."""
    return text.translate(_KEYS_FOR_CYRILLIC)


def _l33t_readings(text: str) -> int:
    from zxcvbn import matching

    return len(
        matching.enumerate_l33t_subs(matching.relevant_l33t_subtable(text, matching.L33T_TABLE))
    )


def scored_part(text: str) -> str:
    """The start of ``text`` that is scored (see ``MAX_L33T_READINGS``)."""
    from zxcvbn import matching

    l33t_chars = {ch for subs in matching.L33T_TABLE.values() for ch in subs}
    l33t_seen = ""
    for end, ch in enumerate(text[:MAX_SCORED_CHARS]):
        if ch in l33t_chars and ch not in l33t_seen:
            l33t_seen += ch
            if _l33t_readings(l33t_seen) > MAX_L33T_READINGS:
                return text[:end]
    return text[:MAX_SCORED_CHARS]


@functools.cache
def _word_dictionaries() -> dict[str, dict[str, int]]:
    """The word list's sections as zxcvbn ranked dictionaries (rank 1 = most common)."""
    sections: dict[str, dict[str, int]] = {}
    ranked: dict[str, int] = {}
    text = resource_path(*WORD_LIST).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip().lower()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            ranked = sections.setdefault(line[1:-1], {})
            continue
        rank = len(ranked) + 1
        for form in (line, keys_typed(line)):
            ranked.setdefault(form, rank)
    return sections


def _dictionaries(user_words: Iterable[str]) -> dict[str, dict[str, int]]:
    """zxcvbn's dictionaries, ours, and the user's words, built anew for each call: zxcvbn's
    own entry point keeps user inputs in a module global, which threads would share."""
    from zxcvbn import matching

    inputs: list[str] = []
    for words in user_words:  # "Aigerim Observer": the whole, then each word
        inputs.append(words.strip().lower())
        inputs.extend(word.lower() for word in words.split())
    return {
        **matching.RANKED_DICTIONARIES,
        **_word_dictionaries(),
        "user_inputs": matching.build_ranked_dict([w for w in inputs if w]),
    }


@dataclass(frozen=True)
class _Reading:
    """zxcvbn's analysis of one reading of the passphrase."""

    guesses_log10: float
    sequence: list[dict[str, Any]]  # zxcvbn's matches, in order


def _read(text: str, dictionaries: dict[str, dict[str, int]]) -> _Reading:
    from zxcvbn import matching, scoring

    scored = scored_part(text)
    if not scored:  # zxcvbn's scoring fails on nothing; nothing takes one guess
        return _Reading(0.0, [])
    result = scoring.most_guessable_match_sequence(scored, matching.omnimatch(scored, dictionaries))
    return _Reading(float(result["guesses_log10"]), result["sequence"])


def _weakness_of(sequence: list[dict[str, Any]]) -> Weakness:
    """The longest recognised pattern is what makes the passphrase guessable (zxcvbn's
    own feedback blames the same one)."""
    recognised = [match for match in sequence if match["pattern"] != "bruteforce"]
    if not recognised:
        return Weakness.TOO_GUESSABLE
    longest = max(recognised, key=lambda match: len(match["token"]))
    if longest["pattern"] == "dictionary":
        return _DICTIONARY_WEAKNESS.get(longest["dictionary_name"], Weakness.COMMON_WORD)
    return _PATTERN_WEAKNESS.get(longest["pattern"], Weakness.TOO_GUESSABLE)


def estimate_strength(passphrase: str, user_words: Iterable[str] = ()) -> Strength:
    """How guessable ``passphrase`` is, and whether it is accepted as a new passphrase.

    ``user_words`` are words an attacker may know (the display name). Never raises.
    """
    from zxcvbn import time_estimates

    text = passphrase.strip()
    dictionaries = _dictionaries(user_words)
    readings = [text] if keys_typed(text) == text else [text, keys_typed(text)]
    weakest = min(
        (_read(reading, dictionaries) for reading in readings),
        key=lambda reading: reading.guesses_log10,
    )
    score: int = time_estimates.guesses_to_score(10**weakest.guesses_log10)
    if len(text) < MIN_PASSPHRASE_CHARS:
        weakness: Weakness | None = Weakness.TOO_SHORT
    elif score < MIN_SCORE:
        weakness = _weakness_of(weakest.sequence)
    else:
        weakness = None
    return Strength(score, weakest.guesses_log10, weakness)


def check_new_passphrase(passphrase: str, user_words: Iterable[str] = ()) -> None:
    """Refuse a new passphrase that is too short or too easy to guess (`WeakPassphrase`,
    with the reason in its ``reason``). Every way of choosing a passphrase calls this."""
    weakness = estimate_strength(passphrase, user_words).weakness
    if weakness is not None:
        raise WeakPassphrase(
            REFUSALS[weakness], reason=weakness.value, min_chars=MIN_PASSPHRASE_CHARS
        )
