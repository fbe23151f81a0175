"""Issue 12: a hearing's time zone defaults from its trial's country (core.records.zones)."""

from __future__ import annotations

import zoneinfo

import pytest

from monitor_app.core.records.zones import country_zones, default_zone


def test_a_country_with_several_zones_lists_them_all() -> None:
    zones = country_zones("KZ")
    assert zones[0] == "Asia/Almaty"
    assert {"Asia/Almaty", "Asia/Oral", "Asia/Aqtau"} <= set(zones)


def test_codes_are_read_in_any_case_and_spacing() -> None:
    assert country_zones(" by ") == ("Europe/Minsk",)


@pytest.mark.parametrize("country", ["KZ", "RU", "BY", "UA", "US"])
def test_every_zone_offered_is_one_zoneinfo_knows(country: str) -> None:
    assert set(country_zones(country)) <= zoneinfo.available_timezones()


def test_an_unknown_code_has_no_zones() -> None:
    assert country_zones("XX") == ()
    assert country_zones("") == ()


def test_the_default_is_the_countrys_not_the_computers() -> None:
    assert default_zone("KZ", "Europe/Berlin") == "Asia/Almaty"


def test_the_computers_zone_is_kept_when_it_is_one_of_the_countrys() -> None:
    assert default_zone("RU", "Europe/Moscow") == "Europe/Moscow"


def test_without_a_known_country_the_computers_zone_is_the_default() -> None:
    assert default_zone("", "Europe/Berlin") == "Europe/Berlin"
