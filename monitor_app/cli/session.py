"""The session: one vault, opened on demand, always closed; and the handler type."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from monitor_app.cli.secrets import current_passphrase
from monitor_app.core import paths
from monitor_app.core.coordination.coordinator_data import CoordinatorReading
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault


class Session:
    """What a command works on. The vault is opened (and unlocked) only when a command asks,
    so ``taxonomy list`` needs no vault; it is closed, and so locked, when the command ends."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._vault: Vault | None = None
        self._notebook: Notebook | None = None

    @property
    def vault_dir(self) -> Path:
        return self.args.vault or paths.default_vault_dir()

    def open_vault(self) -> Vault:
        if self._vault is None:
            self._vault = Vault.open(self.vault_dir)
        return self._vault

    def notebook(self) -> Notebook:
        if self._notebook is None:
            vault = self.open_vault()
            vault.unlock(current_passphrase(self.args))
            self._notebook = Notebook(vault)
        return self._notebook

    def reading(self, trial: str | None) -> CoordinatorReading:
        """What a coordinator's command reads: every trial's list entry and hearings, and
        all that is filed under the group of ``trial`` (under a second at a programme's
        scale); every revision held, for None."""
        notebook = self.notebook()
        return CoordinatorReading(notebook.vault, notebook.taxonomy, trial=trial)

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._vault is not None:
            self._vault.close()


# A command: its parsed arguments and the session in, an exit status (None: 0) out.
Handler = Callable[[argparse.Namespace, Session], int | None]
