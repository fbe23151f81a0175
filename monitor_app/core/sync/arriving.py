"""Files another program is still putting into a folder: a sync engine (Syncthing,
Nextcloud), a network share, a USB stick being copied. Such a folder shows files whole,
half written or growing, under temporary names, and as the engine's conflict copies. This
tells which is which, from names and from what a file does between looks, with no engine
of its own in mind; `watch` acts on it. A file is judged bad only once it has stopped
changing: until then a file that cannot be read is one still arriving.
"""

from __future__ import annotations

import re

# A file whose modification time is younger than this may still be arriving (a copy in
# progress): it waits a round.
SETTLE_SECONDS = 2.0

# A file that has not changed while watched for this long is as complete as it will get: one
# that still reads as cut short is then reported as it is. (And a file dated ahead, by a
# sender whose clock runs fast and a sync engine that keeps the sender's times, is taken as
# settled after it.)
STABLE_SECONDS = 60.0

# Why an import refuses a file cut short (age's stream ends early or a chunk is partly
# there), one whose first bytes have not arrived (empty, or allocated and not yet written),
# one that changed while it was read, or one that went or was locked meanwhile. A file that
# is still arriving gives one of these; a file that keeps giving one once it has stopped
# changing is damaged (or altered), and reported as such.
INCOMPLETE_CODES = frozenset(
    {"not-an-age-file", "file-incomplete", "file-altered", "file-changed", "file-unreadable"}
)

# Names a file is written under before it is renamed to its own: Syncthing's
# `.syncthing.NAME.tmp` (`~syncthing~NAME.tmp` on Windows), this app's `.tm-*.part`,
# rsync's `.NAME.XXXXXX`, Nextcloud's `.NAME.~XXXX`: hidden, or starting with "~";
# browsers', WinSCP's and others' suffixes.
_TEMPORARY_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", ".filepart")

# Conflict copies: Syncthing's `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.age`; Nextcloud's,
# ownCloud's and Dropbox's `NAME (conflicted copy ...).age`; ownCloud's older
# `NAME_conflict-YYYYMMDD-HHMMSS.age`.
_CONFLICT = re.compile(
    r"\.sync-conflict-\d{8}-\d{6}-[0-9A-Z]{7}"
    r"| \([^()]{0,200}conflicted copy[^()]{0,200}\)"
    r"|_conflict-\d{8}-\d{6}"
)


def is_temporary(name: str) -> bool:
    """Whether ``name`` is one a file is being written under, to be renamed when whole."""
    return name.startswith((".", "~")) or name.lower().endswith(_TEMPORARY_SUFFIXES)


def conflict_original(name: str) -> str | None:
    """The name of the file a sync engine's conflict copy ``name`` was kept aside from, or
    None when ``name`` is no conflict copy."""
    match = _CONFLICT.search(name)
    if match is None:
        return None
    return name[: match.start()] + name[match.end() :]
