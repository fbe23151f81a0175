"""Times as observers give them and as the vault keeps them.

The vault keeps instants in UTC ("2026-11-24T10:42:00Z") and, beside them, the IANA zone of
the hearing, so a time can be shown as the courtroom's clock showed it.
"""

from __future__ import annotations

import functools
import os
import zoneinfo
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor_app.core.errors import ValidationError


def utc_now_text() -> str:
    """Now, to the microsecond, as the vault keeps instants it makes itself."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# Names the zone database holds that are no place's zone: this computer's own setting
# (which means another zone on every computer) and the database's placeholder.
_NOT_A_PLACE = frozenset({"localtime", "Factory", "posixrules"})


@functools.cache
def known_zones() -> frozenset[str]:
    """The IANA zone names this computer knows."""
    return frozenset(zoneinfo.available_timezones() - _NOT_A_PLACE)


def zone(name: str) -> ZoneInfo:
    """The zone named ``name``, one of `known_zones`; refused otherwise."""
    if name not in known_zones():
        raise ValidationError("time-zone-unknown", name=name[:64])
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("time-zone-unknown", name=name[:64]) from exc


def local_zone_name() -> str:
    """The IANA name of this computer's zone, or UTC when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    return next((name for name in candidates if name in known_zones()), "UTC")


def parse_instant(text: str, default_zone: str) -> datetime:
    """Parse ISO-8601; a time without an offset is read in ``default_zone``. Returns UTC."""
    cleaned = text.strip()
    try:
        parsed = datetime.fromisoformat(cleaned.replace("z", "Z"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=zone(default_zone))
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError) as exc:  # overflow: year 1 east of Greenwich
        raise ValidationError("not-a-date-time", text=text) from exc


def to_utc_text(instant: datetime) -> str:
    if instant.tzinfo is None:
        raise ValidationError("time-without-zone")
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def in_zone(text: str, zone_name: str) -> datetime:
    """A stored UTC instant as the clock in ``zone_name`` showed it."""
    tz: tzinfo = zone(zone_name)
    return from_utc_text(text).astimezone(tz)


def utc_now() -> datetime:
    return datetime.now(UTC)
