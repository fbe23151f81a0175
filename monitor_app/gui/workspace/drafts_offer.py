"""Unsaved work, offered at the top of the workspace after an unlock: the trial, hearing and
observation forms (and those about a sentence and what followed it) left open by a crash,
a kill or a lock that could not save them (`core.records.form_drafts`). Each is named by
what it is for and can be opened again, its fields filled as they were, or discarded on
purpose. A draft whose record changed or was deleted since is offered too, and says so:
nothing typed is dropped unseen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.form_drafts import (
    DraftStatus,
    FormKey,
    FormKind,
    PendingDraft,
    delete_form_draft,
    pending_drafts,
)
from monitor_app.core.records.records import Hearing
from monitor_app.core.records.taxonomy import label
from monitor_app.gui.common.drafts import text_of
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.layout import text_size
from monitor_app.gui.common.messages import confirm, error_text, show_error
from monitor_app.gui.common.models import local_time
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel, SaveDialog, heading, make_button, paragraph
from monitor_app.gui.records.aftermath_words import ELEMENTS, PROCEEDINGS, AftermathWords
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.observation_editor import ObservationEditor
from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
from monitor_app.gui.records.sentence_dialog import SentenceDialog
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.workspace.aftermath_pane import answer_hearing_requests
from monitor_app.gui.workspace.navigator import Navigator

log = logging.getLogger(__name__)


class DraftsOffer(QFrame):
    """ "You have unsaved work": one line per draft, with Open and Discard; hidden when
    there is none."""

    def __init__(
        self, session: VaultSession, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.navigator = navigator
        self.lang = ui_language()
        self.words = AftermathWords(self.lang, self)
        self.drafts: list[PendingDraft] = []
        self._rows = QWidget(self)
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("You have unsaved work"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "These forms were open when the app stopped or the vault locked. "
                    "Open one to finish it, or discard it."
                ),
                self,
            )
        )
        # Many drafts scroll inside the panel: the workspace keeps fitting the screen.
        rows = QScrollArea(self)
        rows.setObjectName("draftsScroll")
        rows.setWidgetResizable(True)
        rows.setFrameShape(QFrame.Shape.NoFrame)
        rows.setWidget(self._rows)
        rows.setMaximumHeight(text_size(self, 0, 7).height())
        layout.addWidget(rows)
        session.records_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the drafts again; hide when none is left."""
        if not self.session.is_unlocked:
            return
        self.drafts = pending_drafts(self.session.notebook)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, pending in enumerate(self.drafts):
            text = PlainLabel(self.describe(pending), self._rows)
            text.setObjectName(f"draftText{row}")
            open_button = make_button(
                self.tr("Open…"), f"openDraftButton{row}", self._slot(self.open, pending)
            )
            open_button.setEnabled(pending.reopen is not None)
            discard_button = make_button(
                self.tr("Discard…"), f"discardDraftButton{row}", self._slot(self.discard, pending)
            )
            for button in (open_button, discard_button):
                button.setParent(self._rows)
                button.setAccessibleDescription(text.text())
            self._grid.addWidget(text, row, 0)
            self._grid.addWidget(open_button, row, 1)
            self._grid.addWidget(discard_button, row, 2)
        self.setVisible(bool(self.drafts))

    @staticmethod
    def _slot(
        action: Callable[[PendingDraft], object], pending: PendingDraft
    ) -> Callable[[], None]:
        def slot() -> None:
            action(pending)

        return slot

    # ---- what a draft is for --------------------------------------------------------------

    def describe(self, pending: PendingDraft) -> str:
        """What the draft is for, in a sentence, and what became of its record."""
        text = self._what(pending)
        if pending.status is DraftStatus.CHANGED:
            text += " " + self.tr("(changed since you typed this: check it before saving)")
        elif pending.status is DraftStatus.GONE and pending.reopen is not None:
            text += " " + self.tr("(deleted since: it opens as a new one)")
        elif pending.status is DraftStatus.GONE:
            text += " " + self.tr("(what it belonged to was deleted: it can only be discarded)")
        return text

    def _what(self, pending: PendingDraft) -> str:
        key, trial = pending.key, pending.trial
        title = trial.title if trial is not None else self.tr("a deleted trial")
        if key.kind is FormKind.TRIAL:
            if key.is_new:
                typed = (text_of(pending.draft.state, "title") or "").strip()
                return self.tr("New trial “{title}”").format(title=typed or "…")
            return self.tr("Changes to the trial “{title}”").format(title=title)
        new = key.is_new or pending.status is DraftStatus.GONE
        if key.kind in (FormKind.SENTENCE, FormKind.PROCEEDING):
            return self._aftermath_what(pending, title, new)
        if key.kind is FormKind.HEARING:
            if new:
                return self.tr("New hearing of “{title}”").format(title=title)
            return self.tr("Changes to the hearing of {date} in “{title}”").format(
                date=self._date(pending.hearing), title=title
            )
        if pending.hearing is not None:
            where = self.tr("the hearing of {date} in “{title}”").format(
                date=self._date(pending.hearing), title=title
            )
        else:
            where = self.tr("the trial “{title}”").format(title=title)
        if new:
            return self.tr("New observation of {where}").format(where=where)
        return self.tr("Changes to an observation ({condition}) of {where}").format(
            condition=self._condition(pending), where=where
        )

    def _aftermath_what(self, pending: PendingDraft, title: str, new: bool) -> str:
        """An element of the sentence or a proceeding, named by the kind typed."""
        words = self.words
        if pending.key.kind is FormKind.SENTENCE:
            kind = words.label(ELEMENTS, text_of(pending.draft.state, "element") or "")
            if new:
                text = self.tr("New element of the sentence ({kind}) in “{title}”")
            else:
                text = self.tr("Changes to an element of the sentence ({kind}) in “{title}”")
        else:
            kind = words.label(PROCEEDINGS, text_of(pending.draft.state, "proceeding_type") or "")
            if new:
                text = self.tr("New proceeding after the verdict ({kind}) in “{title}”")
            else:
                text = self.tr("Changes to a proceeding after the verdict ({kind}) in “{title}”")
        return text.format(kind=kind or "…", title=title)

    @staticmethod
    def _date(hearing: Hearing | None) -> str:
        return local_time(hearing.scheduled_start, hearing.tz) if hearing is not None else ""

    def _condition(self, pending: PendingDraft) -> str:
        observation = pending.observation
        taxonomy = self.session.notebook.taxonomy
        if observation is None:
            return ""
        if observation.code not in {item.code for item in taxonomy.items()}:
            return observation.code
        return label(taxonomy.item(observation.code).label, self.lang)

    # ---- opening and discarding -----------------------------------------------------------

    def open(self, pending: PendingDraft) -> QDialog | None:
        """Open the form the draft belongs to, its fields filled as they were typed."""
        reopen = pending.reopen
        if reopen is None or not self.session.is_unlocked:
            return None
        try:
            dialog = self._form(reopen, pending)
        except TrialMonitorError as error:
            show_error(self, error_text(error))
            return None
        if reopen != pending.key and dialog.drafts is not None:
            # Its record was deleted: this new form takes the draft over.
            dialog.drafts.restore(dialog.set_form_state, dialog.error, pending.key)
        dialog.finished.connect(lambda _result: self.refresh())
        self.navigator.show(dialog)
        self.refresh()
        return dialog

    def _form(self, key: FormKey, pending: PendingDraft) -> SaveDialog | ObservationEditor:
        parent = self.parentWidget() or self
        if key.kind is FormKind.TRIAL:
            return TrialDialog(self.session, key.record_id, parent)
        # A new hearing, element or proceeding: the trial it goes to; an edit: its own.
        trial_id = key.parent_id or (pending.trial.id if pending.trial is not None else "")
        if key.kind is FormKind.HEARING:
            return HearingDialog(self.session, trial_id, key.record_id, parent)
        if key.kind is FormKind.SENTENCE:
            return SentenceDialog(self.session, trial_id, key.record_id, parent)
        if key.kind is FormKind.PROCEEDING:
            return answer_hearing_requests(
                ProceedingDialog(self.session, trial_id, key.record_id, parent)
            )
        observation = pending.observation
        parent_id = key.parent_id or ""
        if observation is not None:
            parent_id = observation.hearing_id or observation.trial_id
        return ObservationEditor(self.session, parent_id, key.record_id, parent)

    def discard(self, pending: PendingDraft) -> None:
        """Drop the draft, once the observer confirms: it cannot be brought back."""
        if not confirm(
            self,
            "discardDraftConfirm",
            self.tr("Discard unsaved work"),
            self.tr("Discard “{what}”? What was typed in it cannot be brought back.").format(
                what=self._what(pending)
            ),
            self.tr("Discard"),
        ):
            return
        if self.session.is_unlocked:
            delete_form_draft(self.session.notebook, pending.key)
            log.info("a form draft was discarded")
        self.refresh()
