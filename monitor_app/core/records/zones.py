"""The time zones of a country, so a hearing's zone can default to where its trial is, not to
wherever this laptop happens to be.

Read from the IANA database's ``zone.tab`` (one line per zone, with the ISO 3166 code of its
country): the system's copy where zoneinfo finds one, else the ``tzdata`` package's (Windows).
"""

from __future__ import annotations

import importlib.resources
import logging
import zoneinfo
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

ZONE_TABLE = "zone.tab"


def _table_text() -> str:
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / ZONE_TABLE
        if path.is_file():
            return path.read_text(encoding="utf-8")
    try:
        return importlib.resources.files("tzdata.zoneinfo").joinpath(ZONE_TABLE).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        log.warning("no %s found: zones are not offered by country", ZONE_TABLE)
        return ""


@cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for line in _table_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coordinates, name, *_comment = line.split("\t")
        found.setdefault(code.upper(), []).append(name)
    return {code: tuple(names) for code, names in found.items()}


def country_zones(country: str) -> tuple[str, ...]:
    """The IANA zones of ``country`` (an ISO 3166 code such as KZ, any case), in the
    database's order; none for a code it does not know."""
    return _zones_by_country().get(country.strip().upper(), ())


def default_zone(country: str, computer_zone: str) -> str:
    """The zone a hearing in ``country`` most likely keeps: this computer's, if it is one of
    the country's (an observer in Moscow at a Moscow court), else the country's first; the
    computer's when the country is not known."""
    zones = country_zones(country)
    if not zones or computer_zone in zones:
        return computer_zone
    return zones[0]
