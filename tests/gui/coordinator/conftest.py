"""Fixtures of the coordinator's tabs after a verdict: the four seed cases sent by an
observer and imported by the coordinator, whose vault is open in a session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.session import VaultSession
from tests.aftermath_cases import SeedCases
from tests.restrictions_scene import send_seed_cases


@pytest.fixture
def seeded(vault: Vault, coordinator: Vault, tmp_path: Path) -> SeedCases:
    return send_seed_cases(vault, coordinator, tmp_path / "bundles")


@pytest.fixture
def session(coordinator: Vault, seeded: SeedCases) -> Iterator[VaultSession]:
    session = VaultSession(coordinator.folder)
    session.open_unlocked(coordinator)
    yield session
    session.lock()
