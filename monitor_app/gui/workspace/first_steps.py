"""What to do after the setup wizard, at the top of the workspace: add your coordinator's key
card, give them yours, create a trial; in a coordinator's vault, add your observers' cards,
give them yours, import the first bundle. Each step is ticked off from what the vault holds
(`core.sync.first_steps`), whichever way it was done; the panel goes when all are done, or
for good when dismissed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from monitor_app.core.sync.first_steps import FirstSteps, dismiss_first_steps, first_steps
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import heading, make_button, paragraph

DONE_MARK = "✓"
TO_DO_MARK = "•"


class FirstStepsPanel(QFrame):
    def __init__(
        self,
        session: VaultSession,
        open_contacts: Callable[[], QDialog],
        new_trial: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStepsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self._open_contacts = open_contacts
        self.steps: FirstSteps | None = None
        contacts_button = make_button(
            self.tr("Open contacts…"), "firstStepsContactsButton", self._contacts_clicked
        )
        self.trial_button = make_button(
            self.tr("Create a trial…"), "firstStepsTrialButton", new_trial
        )
        hide_button = make_button(self.tr("Hide these steps"), "firstStepsHideButton", self.dismiss)
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        # Each step's words for an observer, then for a coordinator (`FirstSteps.coordinating`).
        self.words = {
            "contact": (
                self.tr("Add your coordinator's key card (Contacts, Add contact)"),
                self.tr("Add your observers' key cards (Contacts, Add contact)"),
            ),
            "card": (
                self.tr("Export your own key card and send it to your coordinator"),
                self.tr("Export your own key card and send it to your observers"),
            ),
            "trial": (self.tr("Create the trial you observe, then its hearings"), ""),
            "bundle": ("", self.tr("Import the first bundle an observer sends you (Import…)")),
        }
        grid = QGridLayout()
        for row, key in enumerate(self.words):
            mark = QLabel(self)
            mark.setObjectName(f"firstStep_{key}Mark")
            text = paragraph("", self)
            text.setObjectName(f"firstStep_{key}Text")
            grid.addWidget(mark, row, 0)
            grid.addWidget(text, row, 1)
            self.marks[key] = mark
            self.texts[key] = text
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("First steps"), self))
        layout.addLayout(grid)
        layout.addWidget(button_row(contacts_button, self.trial_button, hide_button))
        session.records_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the steps again from the vault; hide once all are done or dismissed."""
        if not self.session.is_unlocked:
            return
        self.steps = steps = first_steps(self.session.vault, self.session.notebook)
        for key, done in (
            ("contact", steps.contact_added),
            ("card", steps.card_exported),
            ("trial", steps.trial_created),
            ("bundle", steps.bundle_imported),
        ):
            text = self.words[key][steps.coordinating]
            self.texts[key].setText(text)
            self.texts[key].setVisible(bool(text))
            mark = self.marks[key]
            mark.setVisible(bool(text))
            mark.setText(DONE_MARK if done else TO_DO_MARK)
            mark.setAccessibleName(self.tr("Done") if done else self.tr("To do"))
        self.trial_button.setVisible(not steps.coordinating)
        self.setVisible(steps.to_show)

    def dismiss(self) -> None:
        dismiss_first_steps(self.session.vault)
        self.refresh()

    def _contacts_clicked(self) -> None:
        self._open_contacts().finished.connect(self.refresh)

    def event(self, event: QEvent) -> bool:
        # Back in the main window after a screen closed: a step may have been done there.
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()
        return super().event(event)
