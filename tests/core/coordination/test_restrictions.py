"""Issue 14, across cases: the coordinator's view of every restriction in force (and ended),
over the four seed cases imported from an observer's bundle (tests.restrictions_scene)."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest

from monitor_app.core.coordination.coming_up import coordinator_upcoming
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.restrictions import (
    CSV_COLUMNS,
    NO_END,
    RestrictionFilter,
    RestrictionOptions,
    RestrictionState,
    restrictions,
    restrictions_csv,
)
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import ValidationError
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ProceedingOutcome, ProceedingType
from monitor_app.core.records.upcoming import UpcomingKind
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.atomic import write_private_atomically
from monitor_app.core.vault.vault import Vault
from tests.aftermath_cases import (
    ILYASHEV,
    MAMAY,
    UTEPOVA,
    ZHEKSEBAEV,
    SeedCases,
    almaty,
    enter_ilyashev,
)
from tests.restrictions_scene import (
    BAN_ENDS,
    IN_FORCE_BANS,
    NOW,
    forge_unreadable_ban,
    send_seed_cases,
)
from tests.sync_layers import card_of

NAMES = (ILYASHEV, MAMAY, UTEPOVA, ZHEKSEBAEV)


@pytest.fixture
def seeded(vault: Vault, coordinator: Vault, tmp_path: Path) -> SeedCases:
    return send_seed_cases(vault, coordinator, tmp_path / "bundles")


def _index(coordinator: Vault) -> CoordinatorIndex:
    return CoordinatorIndex.load(coordinator)


def test_every_ban_with_its_end_and_state(coordinator: Vault, seeded: SeedCases) -> None:
    view = restrictions(_index(coordinator), now=NOW)
    bans = {r.person: r for r in view.rows if r.element == "activity-ban"}
    assert {person: r.end for person, r in bans.items()} == BAN_ENDS
    assert {p for p, r in bans.items() if r.in_force} == set(IN_FORCE_BANS)
    assert bans[UTEPOVA].state == RestrictionState.ENDED
    assert bans[UTEPOVA].days_left is None
    assert bans[ZHEKSEBAEV].days_left == (date(2026, 3, 17) - date(2024, 1, 1)).days
    assert bans[ILYASHEV].trial_id == seeded.ilyashev.trial_id
    assert bans[ILYASHEV].element_id == seeded.ilyashev.ban_id
    assert bans[MAMAY].activities == ("social-activism", "political-activism", "social-media")
    assert bans[MAMAY].activity_labels[-1] == "Posting on social media"
    assert {r.country for r in view.rows} == {"KZ"}
    # Every element but a fine, soonest end first: the sentence's other parts are listed too.
    assert [(r.person, r.element, r.end) for r in view.rows][:2] == [
        (UTEPOVA, "restricted-freedom", "2022-04-06"),
        (UTEPOVA, "activity-ban", "2023-04-06"),
    ]
    assert len(view.rows) == 7
    assert view.unreadable == 0


def test_days_of_detention_for_alleged_violations(coordinator: Vault, seeded: SeedCases) -> None:
    view = restrictions(_index(coordinator), now=NOW)
    (detained,) = view.detention
    assert (detained.person, detained.days, detained.violations) == (ILYASHEV, 5, 1)
    assert detained.trial == "The State v. Alnur Ilyashev"
    assert {r.detention_days for r in view.rows if r.person == ILYASHEV} == {5}
    assert {r.detention_days for r in view.rows if r.person != ILYASHEV} == {0}


def test_filters_and_counts(coordinator: Vault, seeded: SeedCases) -> None:
    index = _index(coordinator)
    in_force = restrictions(index, RestrictionFilter(in_force_only=True), now=NOW)
    assert [(r.person, r.element) for r in in_force.rows] == [
        (ILYASHEV, "activity-ban"),
        (ZHEKSEBAEV, "activity-ban"),
        (MAMAY, "activity-ban"),
        (MAMAY, "suspended-sentence"),
    ]
    assert in_force.by_type == {"activity-ban": 3, "suspended-sentence": 1}
    assert in_force.by_country == {"KZ": 4}
    assert in_force.by_end_year == {"2025": 1, "2026": 1, "2029": 2}
    bans = restrictions(index, RestrictionFilter(element="activity-ban"), now=NOW)
    assert sorted(r.person for r in bans.rows) == sorted(NAMES)
    assert bans.by_end_year == {"2023": 1, "2025": 1, "2026": 1, "2029": 1}
    assert restrictions(index, RestrictionFilter(country="kz"), now=NOW).by_country == {"KZ": 7}
    assert restrictions(index, RestrictionFilter(country="BY"), now=NOW).rows == ()
    # The detention counts whatever the filter: it is the person's, not a row's.
    assert restrictions(index, RestrictionFilter(country="BY"), now=NOW).detention


def test_a_term_that_has_not_begun_and_one_with_no_end(
    coordinator: Vault, seeded: SeedCases
) -> None:
    notebook = Notebook(coordinator)
    trial = notebook.add_trial("A later case", defendants=("N. N.",))
    aftermath = Aftermath(notebook)
    later = aftermath.add_sentence_element(
        trial.id, "N. N.", "travel-ban", start_date=almaty(2024, 3, 1).date(), years=1
    )
    aftermath.add_sentence_element(trial.id, "N. N.", "other")
    aftermath.add_sentence_element(trial.id, "N. N.", "fine", amount="500 MCI")
    view = restrictions(_index(coordinator), RestrictionFilter(country="?"), now=NOW)
    rows = {r.element: r for r in view.rows}
    assert set(rows) == {"travel-ban", "other"}  # a fine binds no one for a term
    assert rows["travel-ban"].state == RestrictionState.NOT_STARTED
    assert rows["travel-ban"].element_id == later.id
    assert (rows["other"].state, rows["other"].end) == (RestrictionState.IN_FORCE, "")
    assert view.by_end_year == {"2025": 1, NO_END: 1}
    assert view.by_country == {"?": 2}


def test_a_pardon_ends_a_ban_early(coordinator: Vault, seeded: SeedCases, vault: Vault) -> None:
    Aftermath(Notebook(coordinator)).add_proceeding(
        seeded.mamay.trial_id,
        ProceedingType.PARDON,
        defendant=MAMAY,
        sentence_id=seeded.mamay.ban_id,
        date=almaty(2023, 12, 1).date(),
        outcome=ProceedingOutcome.GRANTED,
    )
    view = restrictions(_index(coordinator), RestrictionFilter(element="activity-ban"), now=NOW)
    mamay = next(r for r in view.rows if r.person == MAMAY)
    assert (mamay.state, mamay.end, mamay.ended_by) == ("ended", "2023-12-01", "pardon")


def test_two_observers_of_one_trial_give_one_row(
    coordinator: Vault, seeded: SeedCases, second_observer: Vault, tmp_path: Path
) -> None:
    """A second observer recorded Ilyashev's case too; the coordinator linked the two
    trials: his ban is one row, his five days are five."""
    copy = enter_ilyashev(Notebook(second_observer))
    contact = Contacts(second_observer).add(card_of(coordinator))
    Contacts(coordinator).add(card_of(second_observer))
    folder = tmp_path / "second"
    folder.mkdir()
    bundle = export_bundle(second_observer, [contact], folder)
    Importer(coordinator).import_paths([folder / bundle.file_name])
    TrialLinks(coordinator).link(seeded.ilyashev.trial_id, copy.trial_id)
    view = restrictions(_index(coordinator), RestrictionFilter(element="activity-ban"), now=NOW)
    assert sorted(r.person for r in view.rows) == sorted(NAMES)
    (detained,) = view.detention
    assert detained.days == 5


def test_public_view_names_nobody(coordinator: Vault, seeded: SeedCases) -> None:
    options = RestrictionOptions(lang="ru", public=True)
    view = restrictions(_index(coordinator), options=options, now=NOW)
    text = json.dumps(view.to_json(), ensure_ascii=False) + restrictions_csv(view)
    for name in (*NAMES, "Ilyashev", "Mamay", "Utepova", "Zheksebaev", seeded.mamay.trial_id):
        assert name not in text
    people = sorted({r.person for r in view.rows})
    assert people == ["Лицо 1", "Лицо 2", "Лицо 3", "Лицо 4"]
    assert {r.trial for r in view.rows} == {f"Процесс {n}" for n in range(1, 5)}
    assert {r.element_id for r in view.rows} == {""}
    # A person keeps their number whatever is filtered.
    (detained,) = view.detention
    only_bans = restrictions(
        _index(coordinator), RestrictionFilter(in_force_only=True), options, now=NOW
    )
    assert detained.person in {r.person for r in only_bans.rows}
    assert detained.person == next(r.person for r in view.rows if r.detention_days == 5)


def test_csv_rows_labels_and_private_file(
    coordinator: Vault, seeded: SeedCases, tmp_path: Path
) -> None:
    view = restrictions(
        _index(coordinator), RestrictionFilter(in_force_only=True), RestrictionOptions("kk"), NOW
    )
    rows = list(csv.DictReader(io.StringIO(restrictions_csv(view))))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = rows[0]
    assert (first["person"], first["end"], first["days_left"]) == (ILYASHEV, "2025-06-22", "538")
    assert first["state"] == "күшінде"
    assert first["detention_days"] == "5"
    assert first["type"] == load_aftermath_vocabulary().label("elements", "activity-ban", "kk")
    assert first["element_id"] == seeded.ilyashev.ban_id
    target = tmp_path / "restrictions.csv"
    write_private_atomically(target, restrictions_csv(view).encode("utf-8"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_csv_defuses_formulas(coordinator: Vault, seeded: SeedCases) -> None:
    notebook = Notebook(coordinator)
    trial = notebook.add_trial('=HYPERLINK("http://x")', country="KZ", defendants=("@x",))
    Aftermath(notebook).add_sentence_element(trial.id, "@x", "travel-ban")
    view = restrictions(_index(coordinator), RestrictionFilter(element="travel-ban"), now=NOW)
    (row,) = csv.DictReader(io.StringIO(restrictions_csv(view)))
    assert row["person"] == "'@x"
    assert row["trial"].startswith("'=")


def test_an_unreadable_record_is_left_out_and_counted(
    coordinator: Vault, seeded: SeedCases
) -> None:
    forge_unreadable_ban(coordinator, seeded)
    index = _index(coordinator)
    view = restrictions(index, now=NOW)
    assert view.unreadable == 1
    assert len(view.rows) == 7  # every readable one, as before
    assert coordinator_upcoming(index, NOW) == []  # nothing in January 2024, and no crash


def test_a_report_language_the_app_lacks_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        RestrictionOptions(lang="de")
    assert refused.value.code == "report-language"


def test_coming_up_across_trials(coordinator: Vault, seeded: SeedCases) -> None:
    """The next 30 days from 2026-03-01: the end of Zheksebaev's ban (17 March), a
    reporting date and a hearing the coordinator noted; linked trials count once."""
    notebook = Notebook(coordinator)
    aftermath = Aftermath(notebook)
    aftermath.add_proceeding(
        seeded.mamay.trial_id,
        ProceedingType.REPORTING,
        defendant=MAMAY,
        date=almaty(2026, 3, 10).date(),
    )
    notebook.add_hearing(seeded.utepova.trial_id, almaty(2026, 3, 20), "in-person", "Asia/Almaty")
    now = almaty(2026, 3, 1, 9)
    items = coordinator_upcoming(_index(coordinator), now)
    assert [(i.kind, i.day.isoformat(), i.trial_title) for i in items] == [
        (UpcomingKind.REPORTING, "2026-03-10", "The State v. Zhanbolat Mamay"),
        (UpcomingKind.TERM_END, "2026-03-17", "The State v. Askhat Zheksebaev"),
        (UpcomingKind.HEARING, "2026-03-20", "The State v. Aigul Utepova"),
    ]
    assert items[1].days_away == 16
    assert coordinator_upcoming(_index(coordinator), now, days=5) == []
