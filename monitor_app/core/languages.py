"""The languages Trial Monitor speaks, defined once: the UI catalogues, the taxonomy's
texts, the reports and the CLI's ``--lang`` all take their list from here; and how each
sets off words quoted verbatim, the same on the screens as in the reports (`quoted`).

Each is named in itself, so that a reader finds their own language in a list shown in
any other (an observer who cannot read the current UI must still find "Қазақша").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# Code -> the language's own name. English is the source language (the code's strings and
# the taxonomy's fallback); Kazakh is in Cyrillic, the script of Kazakhstan's courts today.
LANGUAGE_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {"en": "English", "ru": "Русский", "kk": "Қазақша"}
)
LANGUAGES: Final[tuple[str, ...]] = tuple(LANGUAGE_NAMES)
SOURCE_LANGUAGE: Final = "en"

# The quotation marks of each language: English's curly double quotes, the guillemets of
# Russian and Kazakh (as their courts' documents use them).
QUOTATION_MARKS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {"en": ("\u201c", "\u201d"), "ru": ("\u00ab", "\u00bb"), "kk": ("\u00ab", "\u00bb")}
)


def quoted(text: str, lang: str) -> str:
    """``text``, words quoted verbatim (a judgment's, a court's), in ``lang``'s quotation
    marks; in English's for a language not listed."""
    opening, closing = QUOTATION_MARKS.get(lang, QUOTATION_MARKS[SOURCE_LANGUAGE])
    return f"{opening}{text}{closing}"
