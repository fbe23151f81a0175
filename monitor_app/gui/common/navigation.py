"""The screens a screen may ask for, by name. A screen emits a request (`ToolDialog`'s
`screen_requested`) and the workspace's navigator opens what was asked, so no screen
imports another and the screens stand in a line, not a circle."""

from __future__ import annotations

from enum import StrEnum


class Screen(StrEnum):
    CONTACTS = "contacts"
    SYNC = "sync"
    IMPORT = "import"
    IMPORT_QUARANTINED = "import-quarantined"  # the import screen, importing the quarantine
    PURGE = "purge"
    COORDINATOR = "coordinator"
