"""The languages Trial Monitor speaks, defined once: the UI catalogues, the taxonomy's
texts, the reports and the CLI's ``--lang`` all take their list from here.

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
