"""The one check that a Kazakh text is Kazakh, shared by the catalogue, taxonomy and report
tests: not Russian left in place, and a sentence shows letters that Russian lacks."""

from __future__ import annotations

import re

# Kazakh's own Cyrillic letters (ә ғ қ ң ө ұ ү һ і), escaped so none looks Latin.
KAZAKH_LETTERS = re.compile("[\u04d9\u0493\u049b\u04a3\u04e9\u04b1\u04af\u04bb\u0456]", re.I)
CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+")
SENTENCE_WORDS = 5  # a text of this many Cyrillic words shows at least one Kazakh letter


def not_kazakh(text: str, russian: str) -> bool:
    """True for a "Kazakh" text that is the Russian one, or a sentence with no Kazakh letter.
    Access keys (&) are dropped first: they split a word in two."""
    text = text.replace("&", "")
    words = CYRILLIC_WORD.findall(text)
    if len(words) > 1 and text == russian.replace("&", ""):
        return True
    return len(words) >= SENTENCE_WORDS and not KAZAKH_LETTERS.search(text)
