"""What is typed and not yet saved is kept as a sealed draft: how soon after the last key it
is sealed, and `FormDraftKeeper`, which keeps a whole form's state so.

A form (the trial, hearing and observation forms) gives the keeper its state as a plain
dict and shows the inputs to watch. The keeper seals the state (`core.records.form_drafts`)
`DRAFT_DELAY_MS` after the last change, at once when the vault is about to lock, and when a
lock closes the form; it deletes the draft when the form is saved or cancelled on purpose.
A form that opens finds its own draft with `take_draft`; the workspace offers the drafts
left after a crash when the vault is next unlocked.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.form_drafts import (
    FormDraft,
    FormKey,
    FormState,
    JsonValue,
    current_revision,
    delete_form_draft,
    load_form_draft,
    save_form_draft,
)
from monitor_app.gui.common.field_widgets import from_qdatetime, to_qdatetime
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.session import VaultSession

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1000  # the text is sealed this long after the last key


class FormDraftKeeper(QObject):
    """Keeps the draft of ``form``, which edits ``key``: ``state`` reads what the form
    shows; ``saved`` says whether the form has saved it (then no draft is kept)."""

    def __init__(
        self,
        session: VaultSession,
        form: QDialog,
        key: FormKey,
        state: Callable[[], FormState],
        saved: Callable[[], bool],
    ) -> None:
        super().__init__(form)
        self.session = session
        self.key = key
        self._state = state
        self._saved = saved
        self._base = current_revision(session.notebook, key)
        self._initial = state()  # what the form showed when opened: nothing to keep
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.seal)
        self._open = True
        session.about_to_lock.connect(self.seal)
        form.finished.connect(self._finished)

    def watch(self, root: QWidget) -> None:
        """Seal the draft after any change to an input in ``root`` (built by now)."""
        for line in root.findChildren(QLineEdit):
            line.textChanged.connect(self.changed)
        for plain in root.findChildren(QPlainTextEdit):
            plain.textChanged.connect(self.changed)
        for rich in root.findChildren(QTextEdit):
            rich.textChanged.connect(self.changed)
        for combo in root.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.changed)
            if combo.isEditable():
                combo.editTextChanged.connect(self.changed)
        for button in root.findChildren(QAbstractButton):
            button.toggled.connect(self.changed)
        for edit in root.findChildren(QDateTimeEdit):
            edit.dateTimeChanged.connect(self.changed)
        for spin in root.findChildren(QSpinBox):
            spin.valueChanged.connect(self.changed)
        for view in root.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None:
                model.dataChanged.connect(self.changed)

    def changed(self) -> None:
        """Something was typed or chosen: seal it once the observer pauses."""
        if self.session.is_unlocked:
            self._timer.start()

    def take_draft(self, key: FormKey | None = None) -> FormDraft | None:
        """The draft kept for this form, for it to show; or the draft of ``key``, another
        form's (one whose record was deleted since), which becomes this form's own."""
        notebook = self.session.notebook
        draft = load_form_draft(notebook, key or self.key)
        if draft is None:
            return None
        self._base = draft.base  # still "changed since" if the record was
        if key is not None and key != self.key:
            save_form_draft(notebook, self.key, draft.state, self._base)
            delete_form_draft(notebook, key)
        return draft

    def restore(
        self,
        apply: Callable[[FormState], None],
        message: MessageLabel,
        key: FormKey | None = None,
    ) -> bool:
        """Show the draft kept for this form (or ``key``'s, see `take_draft`) through
        ``apply``, and say so in ``message``; False when there is none."""
        draft = self.take_draft(key)
        if draft is None:
            return False
        apply(draft.state)
        text = self.tr("Restored what you had typed and not saved.")
        if self.key.record_id is not None and draft.base != current_revision(
            self.session.notebook, self.key
        ):
            text += " " + self.tr("This record was changed since: check it before saving.")
        message.show_info(text)
        self.changed()
        return True

    def seal(self) -> None:
        """Seal what the form shows now (or drop the draft: nothing new, or saved)."""
        self._timer.stop()
        if not self.session.is_unlocked:
            return
        state = self._state()
        try:
            if self._saved() or state == self._initial:
                delete_form_draft(self.session.notebook, self.key)
            else:
                save_form_draft(self.session.notebook, self.key, state, self._base)
        except TrialMonitorError as error:  # a full disk, say: the form itself stays open
            log.warning("draft not sealed: %s", type(error).__name__)

    def discard(self) -> None:
        self._timer.stop()
        if self.session.is_unlocked:
            delete_form_draft(self.session.notebook, self.key)

    def _finished(self, _result: int) -> None:
        """The form closed: a lock closing it keeps what was not saved; the observer's
        OK or Cancel ends the draft."""
        if not self._open:
            return
        self._open = False
        if self.session.locking:
            self.seal()
        else:
            self.discard()
        self._timer.stop()
        self.session.about_to_lock.disconnect(self.seal)


# ---- a form's state as plain values ----------------------------------------------------


def wall_text(edit: QDateTimeEdit) -> str:
    """The wall-clock time an editor shows, as ISO text (the zone is the form's)."""
    return from_qdatetime(edit.dateTime()).isoformat()


def set_wall_text(edit: QDateTimeEdit, text: JsonValue) -> None:
    """Show a wall-clock time kept by `wall_text` (anything else is left as it is)."""
    if isinstance(text, str):
        try:
            edit.setDateTime(to_qdatetime(datetime.fromisoformat(text)))
        except ValueError:
            log.info("a draft's time could not be read")


def plain_values(values: Mapping[str, object]) -> dict[str, JsonValue]:
    """Field values as JSON values (lists for tuples), as a draft keeps them."""
    plain: dict[str, JsonValue] = json.loads(json.dumps(dict(values), default=list))
    return plain


def text_of(state: Mapping[str, JsonValue], name: str) -> str | None:
    value = state.get(name)
    return value if isinstance(value, str) else None


def flag_of(state: Mapping[str, JsonValue], name: str) -> bool | None:
    value = state.get(name)
    return value if isinstance(value, bool) else None
