"""How hard a passphrase would be to guess: a simple, honest *estimate*, for a strength meter.

No estimator knows what an attacker knows, and this one has no dictionary. It counts the
characters an attacker would have to try (the pool: lower case, upper case, digits, symbols,
other alphabets, as far as the passphrase uses them) and charges each character the bits
it plausibly adds:

- a character that starts something new costs ``log2(pool)`` bits;
- a letter that follows a letter is counted as if the letters spelled a word, which makes
  far fewer than ``log2(pool)`` bits of choice; so a passphrase of several words gains most
  where each new word begins;
- a space between words, a repeated character, a step in a sequence ("abc", "321") or a
  run of three characters seen earlier adds almost nothing;
- a passphrase of digits only (a date, a phone number) counts for less again.

Each character's cost depends only on what comes before it, so typing one more character
never lowers the estimate. Only the first ``MAX_ANALYSED_CHARS`` characters are looked at.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from monitor_app.core.errors import WeakPassphrase
from monitor_app.core.vault.vault import check_passphrase

# Labels by score; the GUI maps each key to translated text.
LABEL_KEYS = ("too_short", "weak", "fair", "good", "strong")
# Lowest estimated bits for scores 2, 3 and 4. Every guess costs a memory-hard Argon2id
# derivation, so ~50 bits is already far out of reach of an offline attack on one laptop.
SCORE_THRESHOLDS_BITS = (36.0, 50.0, 64.0)

MAX_ANALYSED_CHARS = 256
REPEAT_BITS = 1.0  # "aaaa", or a chunk typed twice
SEPARATOR_BITS = 1.0  # whether a space goes here; where words end is mostly given
SEQUENCE_BITS = 1.5  # "abcd", "4321"
WORD_LETTER_BITS = 2.0  # roughly the information in each further letter of an ordinary word
REPEATED_CHUNK_CHARS = 3
ONLY_DIGITS_FACTOR = 0.6

_SYMBOLS = frozenset(string.punctuation)
# Sizes of the character classes an attacker would enumerate.
_POOL_LOWER = 26
_POOL_UPPER = 26
_POOL_DIGITS = 10
_POOL_SYMBOLS = len(_SYMBOLS)
_POOL_OTHER_LETTERS = 66  # another alphabet, both cases (Cyrillic has 33 letters)
_POOL_OTHER = 100


@dataclass(frozen=True)
class Strength:
    """``score`` 0–4 (0 = shorter than the minimum), ``bits`` the estimated entropy."""

    score: int
    bits: float
    label_key: str


def _char_class(ch: str) -> str:
    if ch in string.ascii_lowercase:
        return "lower"
    if ch in string.ascii_uppercase:
        return "upper"
    if ch in string.digits:
        return "digit"
    if ch == " ":
        return "space"
    if ch in _SYMBOLS:
        return "symbol"
    return "letter" if ch.isalpha() else "other"


_POOL_BY_CLASS = {
    "lower": _POOL_LOWER,
    "upper": _POOL_UPPER,
    "digit": _POOL_DIGITS,
    "symbol": _POOL_SYMBOLS,
    "space": 1,
    "letter": _POOL_OTHER_LETTERS,
    "other": _POOL_OTHER,
}


def _char_bits(text: str, i: int, fresh_bits: float) -> float:
    """What character ``i`` adds, judged only by the characters before it."""
    ch = text[i]
    if ch == " ":
        return SEPARATOR_BITS
    if i == 0:
        return fresh_bits
    prev = text[i - 1]
    if ch == prev:
        return REPEAT_BITS
    if i >= REPEATED_CHUNK_CHARS - 1 and text[i - REPEATED_CHUNK_CHARS + 1 : i + 1] in text[:i]:
        return REPEAT_BITS
    if _char_class(ch) == _char_class(prev) and abs(ord(ch) - ord(prev)) == 1:
        return SEQUENCE_BITS
    if ch.isalpha() and prev.isalpha():
        return min(WORD_LETTER_BITS, fresh_bits)
    return fresh_bits


def estimate_bits(passphrase: str) -> float:
    """Estimated entropy of ``passphrase`` in bits (see the module's description)."""
    text = passphrase[:MAX_ANALYSED_CHARS]
    if not text:
        return 0.0
    classes = {_char_class(ch) for ch in text}
    fresh_bits = math.log2(sum(_POOL_BY_CLASS[c] for c in classes))
    bits = sum(_char_bits(text, i, fresh_bits) for i in range(len(text)))
    if classes == {"digit"}:
        bits *= ONLY_DIGITS_FACTOR
    return bits


def estimate_strength(passphrase: str) -> Strength:
    """An estimate of how hard ``passphrase`` is to guess, for a meter: never a guarantee."""
    bits = estimate_bits(passphrase)
    try:
        check_passphrase(passphrase)
    except WeakPassphrase:
        return Strength(score=0, bits=bits, label_key=LABEL_KEYS[0])
    score = 1 + sum(bits >= threshold for threshold in SCORE_THRESHOLDS_BITS)
    return Strength(score=score, bits=bits, label_key=LABEL_KEYS[score])
