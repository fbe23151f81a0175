"""The four seed cases of issue 14 (tests.aftermath_cases) as a coordinator receives them:
an observer entered them and sent a bundle; the coordinator imported it. Shared by the
core, CLI and GUI tests of the coordinator's view across cases.

At `NOW` (1 January 2024, in Almaty) these are the restrictions and where they stand:

- Ilyashev: restricted freedom to 2023-06-22 (ended), and the ban to 2025-06-22 (in force);
  five days of detention for the opposition event;
- Mamay: a suspended sentence and the ban, both to 2029-04-14 (in force);
- Utepova: restricted freedom to 2022-04-06 and the ban to 2023-04-06 (both ended);
- Zheksebaev: the ban to 2026-03-17 (in force).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from tests.aftermath_cases import SeedCases, enter_seed_cases
from tests.sync_layers import card_of

NOW = datetime(2024, 1, 1, 6, 0, tzinfo=UTC)  # 11:00 in Almaty
BAN_ENDS = {
    "Alnur Ilyashev": "2025-06-22",
    "Zhanbolat Mamay": "2029-04-14",
    "Aigul Utepova": "2023-04-06",
    "Askhat Zheksebaev": "2026-03-17",
}
IN_FORCE_BANS = ("Alnur Ilyashev", "Zhanbolat Mamay", "Askhat Zheksebaev")


def send_seed_cases(observer: Vault, coordinator: Vault, folder: Path) -> SeedCases:
    """Enter the seed cases in ``observer``'s notebook and import them into ``coordinator``."""
    cases = enter_seed_cases(Notebook(observer))
    folder.mkdir(exist_ok=True)
    contact = Contacts(observer).add(card_of(coordinator))
    Contacts(coordinator).add(card_of(observer))
    bundle = export_bundle(observer, [contact], folder)
    (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED, result
    return cases


def forge_unreadable_ban(coordinator: Vault, cases: SeedCases) -> str:
    """Seal into ``coordinator`` a copy of Mamay's ban whose end is no real day (as a vault
    edited by hand would hold it); return its id."""
    store = RevisionStore(coordinator)
    ban = store.head(cases.mamay.ban_id)
    body = {**ban.body, "end_date": "2029-02-30"}
    return store.append("sentence", None, cases.mamay.trial_id, body, ban.tz).record_id
