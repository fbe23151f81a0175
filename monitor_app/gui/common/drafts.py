"""Half-typed text is kept as a sealed draft: how soon after the last key it is sealed."""

from __future__ import annotations

DRAFT_DELAY_MS = 1000  # the text is sealed this long after the last key
