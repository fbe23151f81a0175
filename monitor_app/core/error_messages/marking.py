"""Marking a template for translation, without importing Qt."""

from __future__ import annotations

CONTEXT = "CoreErrors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    del context
    return text
