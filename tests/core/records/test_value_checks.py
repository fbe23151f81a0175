"""One set of rules for the values of records (`value_checks`), for entry and import alike
(issue 13): what an observer's app saves, a coordinator's import takes; what the import
refuses, the app refuses first, with a typed error naming the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.readable import sort_readable
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.timeutil import parse_instant, zone
from monitor_app.core.records.value_checks import check_body, check_revision_values
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.sync_layers import Pairing

ZONES = ("Asia/Almaty", "Europe/Minsk", "UTC", "Pacific/Kiritimati", "America/Adak")


@pytest.mark.parametrize(
    ("moment", "tz"),
    [
        (datetime(1, 1, 1, tzinfo=UTC), "UTC"),  # the observer's app took it; import did not
        (datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC), "Asia/Almaty"),  # cannot be shown
        (datetime(1899, 12, 31, 23, 59, tzinfo=UTC), "Europe/Minsk"),
        (datetime(2200, 1, 1, tzinfo=UTC), "Europe/Minsk"),
        (datetime(9999, 12, 31, 23, 0, tzinfo=ZoneInfo("America/Adak")), "America/Adak"),
    ],
)
def test_entry_refuses_a_time_import_would_refuse(
    notebook: Notebook, trial: Trial, moment: datetime, tz: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        notebook.add_hearing(trial.id, moment, "in-person", tz)
    assert refused.value.code == "time-out-of-range"
    assert dict(refused.value.params) == {"field": "scheduled_start", "first": 1900, "last": 2199}
    assert notebook.list_hearings(trial.id) == []


def test_entry_refuses_bad_times_in_every_time_field(notebook: Notebook, hearing: Hearing) -> None:
    far = datetime(9999, 12, 31, tzinfo=UTC)
    for field in ("scheduled_end", "actual_start", "actual_end", "next_date"):
        with pytest.raises(ValidationError, match=field):
            notebook.update_hearing(hearing.id, **{field: far})  # type: ignore[misc]
    with pytest.raises(ValidationError, match="at"):
        notebook.add_observation(hearing.id, "general.note", datetime(1, 1, 1, tzinfo=UTC))


def test_a_typed_time_that_is_no_time_is_refused_not_a_crash() -> None:
    for text, tz in (
        ("2026-99-99T99:99:99Z", "UTC"),
        ("0001-01-01T00:00:00", "Asia/Almaty"),  # overflows on its way to UTC
        ("9999-12-31T23:59:59", "America/Adak"),
    ):
        with pytest.raises(ValidationError) as refused:
            parse_instant(text, tz)
        assert refused.value.code == "not-a-date-time"


def test_zones_are_the_places_of_the_database() -> None:
    assert zone("Asia/Almaty").key == "Asia/Almaty"
    for name in ("localtime", "Factory", "Mars/Olympus_Mons", "../../etc/passwd", ""):
        with pytest.raises(ValidationError) as refused:
            zone(name)
        assert refused.value.code == "time-zone-unknown"


def test_text_with_a_nul_is_refused_other_controls_are_kept_as_written(
    notebook: Notebook,
) -> None:
    with pytest.raises(ValidationError) as refused:
        notebook.add_trial("State v. \x00X")
    assert (refused.value.code, refused.value.params["field"]) == (
        "text-characters-refused",
        "title",
    )
    trial = notebook.add_trial("State v. X", notes="first line\r\nsecond\ttabbed\x0c\x1b[31m")
    assert trial.notes == "first line\r\nsecond\ttabbed\x0c\x1b[31m"


@pytest.mark.parametrize(
    ("kind", "body", "code"),
    [
        ("hearing", {"scheduled_start": "2026-99-99T99:99:99Z"}, "time-not-real"),
        ("hearing", {"scheduled_start": "9999-12-31T23:59:59Z"}, "time-out-of-range"),
        ("hearing", {"scheduled_start": "2026-11-24 10:00:00Z"}, "time-malformed"),
        ("hearing", {"tz": "Asia/Almaty"}, "time-missing"),
        (
            "hearing",
            {"scheduled_start": "2026-01-01T00:00:00Z", "tz": "Mars/X"},
            "time-zone-unknown",
        ),
        (
            "hearing",
            {"scheduled_start": "2026-01-01T10:00:00Z", "scheduled_end": "2026-01-01T09:00:00Z"},
            "scheduled-end-before-start",
        ),
        (
            "observation",
            {"at": "2026-01-01T00:00:00Z", "fields": {"n": 2**60}},
            "number-out-of-range",
        ),
        (
            "observation",
            {"at": "2026-01-01T00:00:00Z", "fields": {"n": 1.5}},
            "field-value-unsupported",
        ),
        ("observation", {"at": "2026-01-01T00:00:00Z", "parties": ["x"] * 1001}, "list-too-long"),
        ("attachment", {"size": -1}, "number-out-of-range"),
        ("attachment", {"size": True}, "record-field-type"),
        ("trial", {"title": "x" * 100_001}, "text-too-long"),
        ("trial", {"title": "\ud800"}, "text-characters-refused"),
        ("trial", {"defendants": ["A.\x00B."]}, "text-characters-refused"),
        ("verdict", {}, "record-kind-unknown"),
    ],
)
def test_each_rule_names_its_problem(kind: str, body: dict, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_body(kind, body)
    assert refused.value.code == code


def test_a_fraction_of_a_second_is_ordered_as_time_not_as_text() -> None:
    # As text "...00.5Z" sorts before "...00Z"; as time it is half a second later.
    check_body("observation", {"at": "2026-01-01T10:00:00Z", "end": "2026-01-01T10:00:00.5Z"})
    with pytest.raises(ValidationError) as refused:
        check_body("observation", {"at": "2026-01-01T10:00:00.5Z", "end": "2026-01-01T10:00:00Z"})
    assert refused.value.code == "interval-end-before-start"


def test_a_newer_apps_fields_pass_through() -> None:
    # Accepted (no refusal), although a float in a known field would be refused.
    check_body("trial", {"title": "T", "added_by_a_newer_version": [1.5, {"x": None}]})
    with pytest.raises(ValidationError):
        check_body("trial", {"title": 1.5})


def test_an_unreadable_record_is_named_not_listed(notebook: Notebook, trial: Trial) -> None:
    good = notebook.add_hearing(trial.id, datetime(2026, 11, 24, 7, tzinfo=UTC), "remote", "UTC")
    body = {**good.to_body(), "scheduled_start": "9999-12-31T23:59:59Z", "tz": "Asia/Almaty"}
    bad = notebook.store.append("hearing", None, trial.id, body, "Asia/Almaty")  # as an old app
    assert [h.id for h in notebook.list_hearings(trial.id)] == [good.id]
    (unreadable,) = notebook.unreadable("hearing", trial.id)
    assert (unreadable.record_id, unreadable.problem.code) == (bad.record_id, "time-out-of-range")
    with pytest.raises(RecordNotFound) as refused:
        notebook.get_hearing(bad.record_id)
    assert refused.value.code == "record-values-unreadable"
    readable, left_out = sort_readable([good.revision, bad])  # type: ignore[list-item]
    assert (len(readable), len(left_out)) == (1, 1)


def test_what_entry_accepts_import_accepts(
    notebook: Notebook, trial: Trial, coordinator: Vault, paired: Pairing, tmp_path: Path
) -> None:
    """Times in any zone, near and past both ends of the range: what the notebook saves,
    the coordinator imports in one bundle, every one readable."""
    saved: list[str] = []

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        moment=st.datetimes(
            min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
        )
        | st.sampled_from(
            [datetime(1900, 1, 1, tzinfo=UTC), datetime(2199, 12, 31, 23, 59, 59, tzinfo=UTC)]
        ),
        tz=st.sampled_from(ZONES),
        late=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=2)),
    )
    def enter(moment: datetime, tz: str, late: timedelta) -> None:
        for save in (
            lambda: notebook.add_hearing(trial.id, moment.astimezone(zone(tz)), "remote", tz),
            lambda: notebook.update_hearing(saved[-1], actual_start=moment + late),
        ):
            outcome = _attempt(save)
            if isinstance(outcome, ValidationError):
                assert outcome.code == "time-out-of-range"
                return
            assert outcome.revision is not None
            check_revision_values("hearing", outcome.revision.body, outcome.revision.tz)
            if outcome.id not in saved:
                saved.append(outcome.id)

    enter()
    assert saved
    (tmp_path / "out").mkdir()
    bundle = export_bundle(notebook.vault, [paired.coordinator_contact], tmp_path / "out")
    (result,) = Importer(coordinator).import_paths([tmp_path / "out" / bundle.file_name])
    assert result.status == IMPORTED, result.message
    imported = Notebook(coordinator)
    assert {h.id for h in imported.list_hearings(trial.id)} == set(saved)
    assert imported.unreadable("hearing") == []


def _attempt(save: Callable[[], Hearing]) -> Hearing | ValidationError:
    try:
        return save()
    except ValidationError as refused:
        return refused
