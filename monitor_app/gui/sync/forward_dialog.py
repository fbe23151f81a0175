"""Forwarding bundles received (a regional coordinator's side): choose the contact to
forward to (a head office, an expert panel), the trials and the observers, and a folder;
each bundle goes as its author signed it (`core.sync.forward`).

The plan is worked out off the UI thread first; when the bundles that carry the trials
chosen carry other trials too (an author signs a bundle whole), the screen names them and
asks before anything is written. Then the forwarded bundle is written, with a progress bar
and Cancel; the core writes it whole under a random name, or leaves nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from monitor_app.core.records.records import Trial
from monitor_app.core.sync.contacts import Contact, Contacts
from monitor_app.core.sync.export import Cancelled, change_count
from monitor_app.core.sync.forward import (
    ForwardPlan,
    ForwardResult,
    NothingToForward,
    plan_forward,
    write_forward,
)
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.count_words import change_count_text
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, confirm, error_text
from monitor_app.gui.common.models import CELL_CHARS
from monitor_app.gui.common.progress import TaskProgress
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Progress, Task, TaskFunction
from monitor_app.gui.common.tool_dialog import ToolDialog
from monitor_app.gui.common.widgets import buddy_label, make_button, paragraph, sorted_table
from monitor_app.gui.sync.models import CheckableModel, RecipientsModel, contact_name

log = logging.getLogger(__name__)

TITLES_LISTED = 10  # of the other trials, in the question; more are counted


class ForwardTrialsModel(CheckableModel):
    """The trials held here; tick those whose bundles to forward (none: every trial)."""

    TITLE, CASE = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Trial"), self.tr("Case number")]

    def record_id(self, record: Trial) -> str:
        return record.id

    def display(self, record: Trial, column: int) -> str:
        if column == self.TITLE:
            return one_line(record.title, CELL_CHARS)
        return one_line(record.case_number, CELL_CHARS)


class ForwardObserversModel(RecipientsModel):
    """The contacts whose bundles received may be forwarded; tick some (none: everyone's)."""

    def headers(self) -> list[str]:
        return [self.tr("Observer"), self.tr("Fingerprint")]


class ForwardDialog(ToolDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "forwardDialog", parent)
        self.setWindowTitle(self.tr("Forward bundles received"))
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("forwardToCombo")
        self.to_combo.setAccessibleName(self.tr("Forward to"))
        self.trials = ForwardTrialsModel(self)
        self.trials_view, self.trials_proxy = sorted_table(
            "forwardTrialsView",
            self.trials,
            self.tr("Trials"),
            ForwardTrialsModel.TITLE,
            stretch=ForwardTrialsModel.TITLE,
            rows=4,
        )
        self.observers = ForwardObserversModel(self)
        self.observers_view, self.observers_proxy = sorted_table(
            "forwardObserversView",
            self.observers,
            self.tr("Observers"),
            ForwardObserversModel.NAME,
            stretch=ForwardObserversModel.NAME,
            rows=3,
        )
        self.again_check = QCheckBox(self.tr("Forward &again what was forwarded before"))
        self.again_check.setObjectName("forwardAllCheck")
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("forwardFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder to save the forwarded bundle in"))
        self.folder_edit.setPlaceholderText(self.tr("A USB stick, or a folder that is synced"))
        self.folder_edit.textChanged.connect(self._update_buttons)
        self.to_combo.currentIndexChanged.connect(self._update_buttons)
        self.choose_button = make_button(
            self.tr("C&hoose…"), "chooseForwardFolderButton", self._choose_folder
        )
        self.forward_button = make_button(
            self.tr("For&ward"), "forwardButton", self._forward_clicked
        )
        self.progress = TaskProgress("forward")
        self.status = MessageLabel("forwardStatus", self)
        self.contacts: list[Contact] = []
        self.write_task: Task | None = None  # the second step, once the plan is known

        folder_row = QHBoxLayout()
        folder_row.addWidget(buddy_label(self.tr("&Folder:"), self.folder_edit))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        to_row = QHBoxLayout()
        to_row.addWidget(buddy_label(self.tr("&To:"), self.to_combo))
        to_row.addWidget(self.to_combo, 1)
        layout = self.body_layout()
        layout.addWidget(
            paragraph(
                self.tr(
                    "Pass the bundles observers sent you on to a head office or an expert "
                    "panel. Each goes as its author signed it, so whoever receives it can "
                    "check who wrote every record, and that nothing was changed on the way. "
                    "They need the authors' key cards too."
                ),
                self,
            )
        )
        layout.addLayout(to_row)
        layout.addWidget(buddy_label(self.tr("T&rials (none ticked: all):"), self.trials_view))
        layout.addWidget(self.trials_view, 1)
        layout.addWidget(
            buddy_label(self.tr("&Observers (none ticked: all):"), self.observers_view)
        )
        layout.addWidget(self.observers_view, 1)
        layout.addWidget(self.again_check)
        layout.addLayout(folder_row)
        layout.addWidget(button_row(self.forward_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.no_default_buttons()
        self.fit(100, 40)
        self.reload()

    # ---- what is shown ----------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the contacts and the trials."""
        contacts = Contacts(self.session.vault).list()
        self.contacts = contacts
        self.observers.set_records(contacts)
        chosen = self.to_combo.currentData()
        self.to_combo.clear()
        for contact in contacts:
            self.to_combo.addItem(contact_name(contact, self.observers.namesakes), contact.author)
        if chosen is not None and self.to_combo.findData(chosen) >= 0:
            self.to_combo.setCurrentIndex(self.to_combo.findData(chosen))
        self.trials.set_records(self.session.notebook.list_trials())
        if not contacts:
            self.status.show_info(
                self.tr("Add the key card of the head office or panel under Contacts first.")
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.to_combo.currentIndex() >= 0 and bool(self.folder_edit.text().strip())
        self.forward_button.setEnabled(ready and not self.progress.is_busy)

    def _chosen_contact(self) -> Contact | None:
        author = self.to_combo.currentData()
        return next((c for c in self.contacts if c.author == author), None)

    # ---- forwarding -------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = file_choosers.folder(
            self,
            self.session.vault,
            FolderPurpose.BUNDLES,
            self.tr("Choose where to save the forwarded bundle"),
            self.folder_edit.text().strip(),
        )
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def _forward_clicked(self) -> None:
        text = self.folder_edit.text().strip()
        if text:
            self.forward_to(Path(text))

    def forward_to(self, folder: Path) -> Task | None:
        """Work out what to forward (off the UI thread), then ask if need be and write."""
        to_contact = self._chosen_contact()
        if to_contact is None:
            self.status.show_error(self.tr("Choose the contact to forward to."))
            return None
        if not folder.is_dir():
            self.status.show_error(
                self.tr(
                    "{folder} is not a folder. Choose the folder to save the forwarded bundle in."
                ).format(folder=one_line(str(folder)))
            )
            return None
        self.folder_edit.setText(str(folder))
        vault = self.session.vault
        trials = self.trials.checked_ids() or None
        observers = self.observers.chosen() or None
        everything = self.again_check.isChecked()

        def work(_progress: Progress, _cancel: threading.Event) -> ForwardPlan:
            return plan_forward(vault, to_contact, trials, observers, everything=everything)

        self.status.clear_message()
        self.write_task = None
        return self._run(work, lambda plan: self._planned(plan, to_contact, folder))

    def _run(self, work: TaskFunction, then: Callable[[Any], None]) -> Task:
        task = self.progress.run(
            work,
            then,
            self.status.show_error,
            (
                self.forward_button,
                self.to_combo,
                self.trials_view,
                self.observers_view,
                self.again_check,
                self.choose_button,
                self.folder_edit,
            ),
        )
        self._update_buttons()
        return task

    def _planned(self, plan: ForwardPlan, to_contact: Contact, folder: Path) -> None:
        self._update_buttons()
        if plan.originals and plan.extra_trials and not self._others_confirmed(plan):
            self.status.show_info(self.tr("Not forwarded. Nothing was written."))
            return
        if not self.session.is_unlocked:  # locked while the question was open
            return
        vault = self.session.vault
        cancelled = self.tr("Cancelled. Nothing was written.")

        def work(progress: Progress, cancel: threading.Event) -> ForwardResult | str:
            try:
                return write_forward(
                    vault, to_contact, folder, plan, progress=progress, cancel=cancel
                )
            except NothingToForward as exc:  # an answer, not a failure
                return error_text(exc)
            except Cancelled:
                return cancelled

        self.write_task = self._run(work, lambda outcome: self._written(outcome, to_contact))

    def _others_confirmed(self, plan: ForwardPlan) -> bool:
        titles = {t.id: t.title for t in self.trials.records()}
        named = [f"• {one_line(titles.get(t, t[:8]), 100)}" for t in plan.extra_trials]
        listed = named[:TITLES_LISTED]
        if len(named) > TITLES_LISTED:
            listed.append(self.tr("… and %n more", "", len(named) - TITLES_LISTED))
        return confirm(
            self,
            "confirmForwardOthersBox",
            self.tr("Forward other trials too"),
            self.tr(
                "Each bundle is forwarded whole, as its author signed it. The bundles that "
                "carry the trials you chose also carry these, which will be forwarded too:"
            ),
            self.tr("&Forward them all"),
            detail="\n".join(listed),
        )

    def _written(self, outcome: ForwardResult | str, to_contact: Contact) -> None:
        self._update_buttons()
        if isinstance(outcome, str):
            self.status.show_info(outcome)
            return
        log.info("bundles forwarded in %d part(s)", len(outcome.parts))
        names = ", ".join(one_line(name) for name in outcome.plan.authors)
        if len(outcome.parts) == 1:
            text = self.tr(
                "Saved {file}: {changes} written by {names}, each with its author's "
                "signature, for {name}. Send the file to them any way that works."
            )
        else:
            text = self.tr(
                "Saved {count} files, as one bundle may carry only so much: {file}. They "
                "hold {changes} written by {names}, each with its author's signature, for "
                "{name}. Send them all, any way that works; they may be imported in any order."
            )
        lines = [
            text.format(
                file=", ".join(part.file_name for part in outcome.parts),
                changes=change_count_text(change_count(outcome.parts)),
                names=names,
                name=one_line(to_contact.name),
                count=len(outcome.parts),
            )
        ]
        lines += [error_text(left.error()) for left in outcome.plan.left_out]
        self.status.show_info("\n".join(lines))
