"""Creating and editing a trial: title, case, court, country, defendants, charges, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from monitor_app.core.records.form_drafts import FormKey, FormKind, FormState
from monitor_app.core.records.records import Trial, TrialFields
from monitor_app.gui.common.drafts import text_of
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import SaveDialog, line_edit, lines_of, text_box


class TrialDialog(SaveDialog):
    """New trial (``trial_id`` None) or an edit of one; `saved` is the saved trial."""

    def __init__(
        self, session: VaultSession, trial_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trialDialog")
        self.session = session
        self.trial_id = trial_id
        self.saved: Trial | None = None
        self.setWindowTitle(self.tr("New trial") if trial_id is None else self.tr("Edit trial"))

        self.title_edit = line_edit(
            "titleEdit", self.tr("Title"), self.tr("For example: The State v. A. Journalist")
        )
        self.case_edit = line_edit("caseNumberEdit", self.tr("Case number"))
        self.court_edit = line_edit("courtEdit", self.tr("Court"))
        self.country_edit = line_edit(
            "countryEdit", self.tr("Country"), self.tr("Two letters, such as BY or RU")
        )
        self.defendants_edit = text_box("defendantsEdit", self.tr("Defendants"))
        self.defendants_edit.setPlaceholderText(self.tr("One per line"))
        self.charges_edit = text_box("chargesEdit", self.tr("Charges"))
        self.charges_edit.setPlaceholderText(self.tr("One per line"))
        self.notes_edit = text_box("notesEdit", self.tr("Notes"), lines=5)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Case &number:"), self.case_edit)
        form.addRow(self.tr("&Court:"), self.court_edit)
        form.addRow(self.tr("C&ountry:"), self.country_edit)
        form.addRow(self.tr("&Defendants:"), self.defendants_edit)
        form.addRow(self.tr("C&harges:"), self.charges_edit)
        form.addRow(self.tr("Note&s:"), self.notes_edit)
        body = QWidget(self)
        body.setLayout(form)
        self.finish_layout(body)

        if trial_id is not None:
            self._load(session.notebook.get_trial(trial_id))
        self.title_edit.setFocus()
        key = FormKey.for_form(FormKind.TRIAL, trial_id, None)
        self.keep_drafts(session, key, lambda: self.saved is not None)

    def _load(self, trial: Trial) -> None:
        self.title_edit.setText(trial.title)
        self.case_edit.setText(trial.case_number)
        self.court_edit.setText(trial.court)
        self.country_edit.setText(trial.country)
        self.defendants_edit.setPlainText("\n".join(trial.defendants))
        self.charges_edit.setPlainText("\n".join(trial.charges))
        self.notes_edit.setPlainText(trial.notes)

    def save(self) -> None:
        fields: TrialFields = {
            "case_number": self.case_edit.text(),
            "court": self.court_edit.text(),
            "country": self.country_edit.text(),
            "defendants": tuple(lines_of(self.defendants_edit)),
            "charges": tuple(lines_of(self.charges_edit)),
            "notes": self.notes_edit.toPlainText(),
        }
        notebook = self.session.notebook
        if self.trial_id is None:
            self.saved = notebook.add_trial(self.title_edit.text(), **fields)
        else:
            self.saved = notebook.update_trial(
                self.trial_id, title=self.title_edit.text(), **fields
            )
        self.session.changed("trial")

    # ---- the form's draft ---------------------------------------------------------------

    def _draft_fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "title": self.title_edit,
            "case_number": self.case_edit,
            "court": self.court_edit,
            "country": self.country_edit,
            "defendants": self.defendants_edit,
            "charges": self.charges_edit,
            "notes": self.notes_edit,
        }

    def form_state(self) -> FormState:
        """What the form shows, as plain text per field."""
        return {
            name: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for name, edit in self._draft_fields().items()
        }

    def set_form_state(self, state: FormState) -> None:
        for name, edit in self._draft_fields().items():
            text = text_of(state, name)
            if text is None:
                continue
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
