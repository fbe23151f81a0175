"""Whether the quarantine has room for one more stranger's bundle, within its caps
(`quarantine_limits`), counted from what it keeps, inside the caller's transaction."""

from __future__ import annotations

import sqlite3

from monitor_app.core.sync.bundle_format import BundleError
from monitor_app.core.sync.files import SignedFile
from monitor_app.core.sync.quarantine_limits import MIB, QuarantineLimits


class QuarantineFull(BundleError):
    """A stranger's bundle refused because the quarantine is full; nothing was kept."""


def quarantine_usage(conn: sqlite3.Connection, besides: str = "") -> tuple[int, int]:
    """Bundles kept in quarantine and their bytes, but the one with id ``besides``."""
    count, used = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(LENGTH(payload)), 0) FROM quarantine WHERE item_id != ?",
        (besides,),
    ).fetchone()
    return int(count), int(used)


def check_room(conn: sqlite3.Connection, opened: SignedFile, limits: QuarantineLimits) -> None:
    """Refuse ``opened`` if keeping it would pass either cap. The same bundle kept before
    is replaced, so it does not count against itself."""
    count, used = quarantine_usage(conn, besides=str(opened.manifest["id"]))
    who = {"name": opened.claimed.display_name, "fingerprint": opened.claimed.fingerprint}
    if count >= limits.count:
        raise QuarantineFull("quarantine-full-count", limit=limits.count, **who)
    if used + opened.size > limits.total_bytes:
        raise QuarantineFull(
            "quarantine-full-size",
            size=-(-opened.size // MIB),
            used=-(-used // MIB),
            limit=limits.megabytes,
            **who,
        )
