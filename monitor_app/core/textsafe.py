"""Make untrusted text safe to show on a terminal, in a plain-text widget or in a log.

Anything a user typed, and anything that came in a bundle, may hold characters that a
terminal or a text layout acts on instead of showing: ESC sequences that recolour, move the
cursor or retitle the window, a carriage return that makes a line overwrite itself, or a
bidirectional override that shows "txt.exe" as "exe.txt".

Policy: such characters are *replaced* with U+FFFD REPLACEMENT CHARACTER, not removed, so a
reader can see that something was there (removing them would silently join words and could
itself be used to disguise text). Replaced are:

- C0 controls U+0000–U+001F, DEL U+007F and C1 controls U+0080–U+009F (Unicode category
  Cc), except newline and tab when ``keep_newlines`` is true (multi-line note text);
  with ``keep_newlines`` a Windows line end CR LF becomes LF first, a lone CR is replaced;
- the bidirectional embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069;
- the line and paragraph separators U+2028 and U+2029, which some terminals and widgets
  treat as line breaks (so they could fake a line in a one-line field);
- lone surrogates U+D800–U+DFFF, which cannot be encoded and would crash output.

``scrub`` is idempotent: U+FFFD is none of the above.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# Replaced in all text. (Raw strings: the regex engine reads the escapes.)
_ALWAYS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_ONE_LINE = re.compile(rf"[\t\n{_ALWAYS}]")
_UNSAFE_MULTI_LINE = re.compile(rf"[{_ALWAYS}]")


def scrub(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every control, bidi-override and separator character replaced by
    U+FFFD; newlines and tabs are kept when ``keep_newlines`` is true."""
    if keep_newlines:
        return _UNSAFE_MULTI_LINE.sub(REPLACEMENT, text.replace("\r\n", "\n"))
    return _UNSAFE_ONE_LINE.sub(REPLACEMENT, text)


def one_line(text: str, max_chars: int | None = None) -> str:
    """Untrusted text for one cell of a table: runs of whitespace (including line breaks)
    become one space, then it is scrubbed and, if longer than ``max_chars``, cut with "…"."""
    flat = scrub(" ".join(text.split()))
    if max_chars is not None and len(flat) > max_chars:
        return flat[: max(max_chars - 1, 0)] + "…"
    return flat
