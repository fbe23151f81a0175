"""Display names (a vault's own, a key card's): one short line of visible text.

A name is shown next to a fingerprint, where a forged line does harm: a card named
``"Alice\\nFingerprint: <someone else's digits>"`` would print a fake fingerprint right
above the real one. So a name with a character that breaks, reorders or hides text is
*refused*, not repaired — where the vault's name is chosen and where a card is read — with
the character's code point in the message: the owner can fix their name, and nobody is shown
a name other than the one its owner chose. Refused are:

- controls (Unicode category Cc: newline, tab, carriage return, ESC ...);
- format characters (Cf: bidi embeddings, overrides, isolates and marks, zero-width space,
  word joiner, soft hyphen, tags ...), except the zero-width non-joiner and joiner, which
  Persian, the Indic scripts and emoji sequences need to be spelt right;
- line and paragraph separators (Zl, Zp), private-use characters (Co), surrogates (Cs).

What is accepted is NFC-normalised, with every run of spaces one space, and at most
`MAX_DISPLAY_NAME_CHARS` long. Names already stored before this rule are shown through
`shown_name`, which neutralises the same characters instead (U+FFFD, as `textsafe` does).

Two contacts may still choose names that look alike: `name_key` is what the contacts list
compares to flag them (case, spacing, compatibility forms and common Latin, Cyrillic and
Greek look-alikes folded).
"""

from __future__ import annotations

import unicodedata

from monitor_app.core.errors import ValidationError
from monitor_app.core.textsafe import REPLACEMENT, one_line

MAX_DISPLAY_NAME_CHARS = 100
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs"})
_JOINERS = frozenset({"\u200c", "\u200d"})  # zero-width non-joiner, joiner: spelling needs them

# Letters that look like Latin ones in common fonts (escaped: the source shows no look-alikes),
# folded to those for `name_key` only: Cyrillic а в е ё к м н о р с т у х і ї ј ѕ һ ԁ ӏ ү ә,
# Greek α β ε η ι κ ν ο ρ τ υ χ, and the digits 0 and 1 read as o and l.
_LOOK_ALIKES = str.maketrans(
    "\u0430\u0432\u0435\u0451\u043a\u043c\u043d\u043e\u0440\u0441\u0442"
    "\u0443\u0445\u0456\u0457\u0458\u0455\u04bb\u0501\u04cf\u04af\u04d9"
    "\u03b1\u03b2\u03b5\u03b7\u03b9\u03ba\u03bd\u03bf\u03c1\u03c4\u03c5\u03c7"
    "01",
    "abeekmhopctyxiijshdlyeabenikvoptuxol",
)


def refused_character(name: str) -> str | None:
    """The first character of ``name`` that a display name may not hold, if any."""
    for char in name:
        if unicodedata.category(char) in _REFUSED_CATEGORIES and char not in _JOINERS:
            return char
    return None


def code_point(char: str) -> str:
    """``"U+000A"``: how a message names a character that cannot be shown."""
    return f"U+{ord(char):04X}"


def normalised(name: str) -> str:
    """``name`` as kept: NFC, trimmed, every run of spaces one space. (Check it first with
    `refused_character`: splitting on whitespace would hide a newline.)"""
    return " ".join(unicodedata.normalize("NFC", name).split())


def check_display_name(name: str) -> str:
    """``name`` as kept (`normalised`), or ValidationError: empty, a refused character
    (``char`` names its code point), or longer than `MAX_DISPLAY_NAME_CHARS`."""
    refused = refused_character(name)
    if refused is not None:
        raise ValidationError("display-name-unsafe", char=code_point(refused))
    kept = normalised(name)
    if not kept:
        raise ValidationError("display-name-empty")
    if len(kept) > MAX_DISPLAY_NAME_CHARS:
        raise ValidationError("display-name-too-long", max_chars=MAX_DISPLAY_NAME_CHARS)
    return kept


def shown_name(name: str) -> str:
    """A name stored before names were checked, made safe to show: refused characters
    become U+FFFD, the rest as `normalised`, cut to the longest a name may be."""
    visible = "".join(REPLACEMENT if refused_character(char) is not None else char for char in name)
    return one_line(normalised(visible), MAX_DISPLAY_NAME_CHARS)


def name_key(name: str) -> str:
    """What two names are compared by to flag contacts who look alike: compatibility
    forms, case, spacing, joiners and look-alike letters folded."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = "".join(char for char in folded if char not in _JOINERS)
    return " ".join(folded.translate(_LOOK_ALIKES).split())
