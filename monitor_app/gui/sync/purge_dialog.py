"""Removing acknowledged trials from the laptop: once a receipt confirms that every change
of a trial reached the coordinator, the trial can go, so a seized laptop holds less.

The core decides what may go (all of a trial's revisions are this vault's own and
acknowledged) and says why not for the rest; this screen lists that, lets the user tick
trials that may go, and asks once more, naming them, before anything is removed.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from monitor_app.core.sync.receipts import PurgeCandidate, purge_candidates, purge_trials
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, confirm
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tool_dialog import ToolDialog
from monitor_app.gui.common.widgets import PlainLabel, make_button, paragraph, sorted_table
from monitor_app.gui.sync.models import PurgeModel

log = logging.getLogger(__name__)

TITLES_LISTED = 10  # in the confirmation; more are counted


class PurgeDialog(ToolDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "purgeDialog", parent)
        self.setWindowTitle(self.tr("Remove acknowledged trials"))
        intro = paragraph(
            self.tr(
                "When your coordinator's receipt confirms that every change of a trial "
                "arrived, you can remove the trial from this laptop, so that a lost or "
                "seized laptop holds less. Your coordinator keeps it. Removing cannot be "
                "undone."
            ),
            self,
        )
        self.model = PurgeModel(self)
        self.view, self.proxy = sorted_table(
            "purgeView",
            self.model,
            self.tr("Trials"),
            PurgeModel.TITLE,
            stretch=PurgeModel.TITLE,
            rows=4,
        )
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.summary = PlainLabel("", self)
        self.summary.setObjectName("purgeSummary")
        self.purge_button = make_button(
            self.tr("&Remove the ticked trials…"), "purgeTrialsButton", self.purge_checked
        )
        self.busy = BusyBar("purgeBusy", self)
        self.status = MessageLabel("purgeStatus", self)
        layout = self.body_layout()
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(button_row(self.purge_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.no_default_buttons()
        self.fit(100, 26)
        self.reload()

    def reload(self) -> None:
        """Ask the core again what may go (off the UI thread: it reads every revision)."""
        vault = self.session.vault
        self.busy.run(
            lambda: purge_candidates(vault),
            self._show_candidates,
            self.status.show_error,
            (self.purge_button, self.view),
        )

    def _show_candidates(self, candidates: list[PurgeCandidate]) -> None:
        self.model.set_records(candidates)
        purgeable = sum(1 for c in candidates if c.purgeable)
        if not candidates:
            text = self.tr("There are no trials on this laptop.")
        else:
            text = self.tr("Trials: {count} · can be removed: {purgeable}").format(
                count=len(candidates), purgeable=purgeable
            )
        self.summary.set_plain(text)
        self._update_buttons()

    @property
    def is_loading(self) -> bool:
        return self.busy.is_busy

    def _update_buttons(self) -> None:
        self.purge_button.setEnabled(bool(self.model.checked_ids()) and not self.busy.is_busy)

    def purge_checked(self) -> None:
        trial_ids = self.model.checked_ids()
        if not trial_ids or self.busy.is_busy:
            return
        titles = [f"• {one_line(t, 100)}" for t in self.model.checked_titles()]
        listed = titles[:TITLES_LISTED]
        if len(titles) > TITLES_LISTED:
            listed.append(self.tr("… and %n more", "", len(titles) - TITLES_LISTED))
        asked = confirm(
            self,
            "confirmPurgeBox",
            self.tr("Remove trials from this laptop"),
            counted(
                self.tr(
                    "Remove %n trial(s) from this laptop, with every hearing, note and attachment?",
                    "",
                    len(trial_ids),
                ),
                "Remove %n trial(s) from this laptop, with every hearing, note and attachment?",
                len(trial_ids),
            ),
            self.tr("&Remove for good"),
            detail="\n".join(listed)
            + "\n\n"
            + self.tr("This cannot be undone. Your coordinator keeps what they received."),
        )
        if not asked or not self.session.is_unlocked:
            return
        vault = self.session.vault
        self.status.clear_message()
        self.busy.run(
            lambda: purge_trials(vault, trial_ids),
            self._purged,
            self._purge_failed,
            (self.purge_button, self.view),
        )

    def _purged(self, revisions: int) -> None:
        log.info("trials purged")
        self.session.changed("trial")
        self.status.show_info(
            counted(
                self.tr("Removed from this laptop: %n change(s).", "", revisions),
                "Removed from this laptop: %n change(s).",
                revisions,
            )
        )
        self.reload()

    def _purge_failed(self, message: str) -> None:
        self.status.show_error(message)
        self.reload()
