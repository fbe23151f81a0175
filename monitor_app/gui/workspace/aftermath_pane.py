"""A trial's "Sentence and follow-up" tab: the elements of the sentence per defendant, each
with where it stands today (a countdown to its end), and the proceedings after the verdict
in date order; the chosen one in full beside them, the judgment's and the court's words
set off as quotations. Elements and proceedings are added, edited and deleted (with a
reason, like every record) here."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.records import Proceeding, SentenceElement
from monitor_app.core.records.timeutil import utc_now
from monitor_app.gui.common.layout import button_row, text_size
from monitor_app.gui.common.models import (
    TYPES,
    FoldingFilterProxy,
    RecordTableModel,
    code_labels,
    coded,
    local_time,
)
from monitor_app.gui.common.navigation import show_dialog
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    PlainLabel,
    fit_columns_capped,
    make_button,
    make_table_view,
    select_id,
    selected_id,
    show_rows,
)
from monitor_app.gui.records.aftermath_models import Clock, ProceedingsModel, SentenceModel
from monitor_app.gui.records.aftermath_words import (
    CONDUCT,
    PROCEEDINGS,
    SEPARATOR,
    SITUATIONS,
    AftermathWords,
    counted,
)
from monitor_app.gui.records.hearing_dialog import HearingDialog
from monitor_app.gui.records.history_dialog import HistoryDialog
from monitor_app.gui.records.proceeding_dialog import ProceedingDialog
from monitor_app.gui.records.sentence_dialog import SentenceDialog
from monitor_app.gui.workspace.navigator import Navigator
from monitor_app.gui.workspace.pane_helpers import bold, delete_record, on_delete_key

log = logging.getLogger(__name__)

ROWS_SHOWN = 2  # each table keeps room for this many rows, however small the window
COLUMN_CHARS = 40  # a countdown ("ends 2025-02-28 · 812 days left") fits whole
TABLES_CHARS, CARD_CHARS = 80, 35  # the initial share of the width of each side
CARD_MIN_CHARS = 20
QUOTE_STYLE = "QLabel { border-left: 3px solid palette(mid); padding-left: 8px; }"


class RecordCard(QWidget):
    """The chosen element or proceeding in full: a title, facts, and words quoted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aftermathCard")
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.addStretch(1)

    def clear(self) -> None:
        while self.lines.count() > 1:  # the stretch at the end stays
            item = self.lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _add(self, label: PlainLabel, name: str) -> PlainLabel:
        label.setObjectName(name)
        self.lines.insertWidget(self.lines.count() - 1, label)
        return label

    def title(self, text: str) -> None:
        bold(self._add(PlainLabel(text, self), "cardTitle"))

    def fact(self, text: str) -> None:
        label = PlainLabel("", self)
        label.set_plain(text, multi_line=True)
        self._add(label, "cardFact")

    def quotation(self, caption: str, text: str) -> None:
        """Words kept verbatim: a caption, then the words, set off and in italics."""
        self._add(PlainLabel(caption, self), "cardCaption")
        quote = PlainLabel("", self)
        quote.set_plain(text, multi_line=True)
        font = QFont(quote.font())
        font.setItalic(True)
        quote.setFont(font)
        quote.setStyleSheet(QUOTE_STYLE)
        self._add(quote, "quotation")


@dataclass(frozen=True)
class ListWords:
    """What a `RecordList` lists, in words: its heading, its Add button's text, the title
    of its delete, and the kind of record (announced once one is deleted)."""

    title: str
    add: str
    delete: str
    kind: str


class RecordList(QWidget):
    """One of the tab's two lists (the sentence; what followed the verdict): a heading, the
    table, and its buttons: Add, and Edit, Delete (asking why) and History of the record
    chosen. ``open_form`` opens the list's form on a record (None: a new one). Object names
    from ``stem``: add{stem}Button, edit{stem}Button, delete{stem}Button,
    {stem}HistoryButton (its first letter small)."""

    def __init__(
        self,
        pane: AftermathPane,
        model: RecordTableModel,
        words: ListWords,
        open_form: Callable[[str | None], None],
        *,
        stem: str,
        view_name: str,
        sort_by: int,
    ) -> None:
        super().__init__(pane)
        self.pane = pane
        self.model = model
        self.words = words
        self.open_form = open_form
        self.proxy = FoldingFilterProxy(model, self)
        self.view = make_table_view(view_name, self.proxy, words.title)
        self.view.sortByColumn(sort_by, Qt.SortOrder.AscendingOrder)
        fit_columns_capped(self.view, 1, COLUMN_CHARS)  # the element, the kind of proceeding
        show_rows(self.view, ROWS_SHOWN)
        self.view.activated.connect(lambda _index: self.edit())
        on_delete_key(self.view, self.delete)

        # The same three words on both lists (lupdate reads the literal strings here).
        edit = QCoreApplication.translate("AftermathPane", "Edit…")
        delete = QCoreApplication.translate("AftermathPane", "Delete…")
        history = QCoreApplication.translate("AftermathPane", "History")
        self.add_button = make_button(words.add, f"add{stem}Button", lambda: open_form(None))
        self.edit_button = make_button(edit, f"edit{stem}Button", self.edit)
        self.delete_button = make_button(delete, f"delete{stem}Button", self.delete)
        history_name = f"{stem[0].lower()}{stem[1:]}HistoryButton"
        self.history_button = make_button(history, history_name, self.history)
        heading = PlainLabel(words.title, self)
        bold(heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(
            button_row(self.add_button, self.edit_button, self.delete_button, self.history_button)
        )

    def chosen_id(self) -> str | None:
        return selected_id(self.view)

    def select(self, record_id: str) -> bool:
        """Choose a record shown; False when it is not shown."""
        if self.model.row_of(record_id) is None:
            return False
        select_id(self.view, self.proxy, self.model, record_id)
        self.view.setFocus()
        return True

    def update_buttons(self, has_trial: bool) -> None:
        self.add_button.setEnabled(has_trial)
        chosen = self.chosen_id() is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(chosen)

    def edit(self) -> None:
        record_id = self.chosen_id()
        if record_id:
            self.open_form(record_id)

    def delete(self) -> None:
        record_id = self.chosen_id()
        if record_id:
            session = self.pane.session
            delete_record(self.pane, session, record_id, self.words.kind, self.words.delete)

    def history(self) -> None:
        record_id = self.chosen_id()
        if record_id:
            self.pane.navigator.show(HistoryDialog(self.pane.session, record_id, self.pane))


class AftermathPane(QWidget):
    """The sentence and what followed it, for the trial shown (`show_trial`)."""

    def __init__(
        self,
        session: VaultSession,
        navigator: Navigator,
        lang: str,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aftermathPane")
        self.session = session
        self.navigator = navigator
        self.clock = clock
        self.trial_id: str | None = None
        self._quiet = False
        self.words = AftermathWords(lang, self)
        self._hearing_types = code_labels(TYPES)

        self.sentence_model = SentenceModel(self.words, clock, self)
        self.sentence = RecordList(
            self,
            self.sentence_model,
            ListWords(
                self.tr("Sentence"),
                self.tr("Add sentence ele&ment…"),
                self.tr("Delete element of the sentence"),
                SentenceElement.KIND,
            ),
            self._sentence_form,
            stem="Sentence",
            view_name="sentenceView",
            sort_by=SentenceModel.DEFENDANT,
        )
        # Where an element stands is what the table is for: never cut short.
        self.sentence.view.horizontalHeader().setSectionResizeMode(
            SentenceModel.STANDING, QHeaderView.ResizeMode.ResizeToContents
        )
        self.proceedings_model = ProceedingsModel(self.words, self)
        self.proceedings = RecordList(
            self,
            self.proceedings_model,
            ListWords(
                self.tr("After the verdict"),
                self.tr("Add proceedin&g…"),
                self.tr("Delete proceeding"),
                Proceeding.KIND,
            ),
            self._proceeding_form,
            stem="Proceeding",
            view_name="proceedingsView",
            sort_by=ProceedingsModel.DATE,
        )
        self.proceedings.add_button.setToolTip(
            self.tr("An appeal, a request for clarification, a violation hearing, a pardon…")
        )
        self.sentence_view, self.proceedings_view = self.sentence.view, self.proceedings.view
        self.card = RecordCard(self)
        card_scroll = QScrollArea(self)
        card_scroll.setObjectName("aftermathCardScroll")
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setWidgetResizable(True)
        card_scroll.setWidget(self.card)

        tables = QSplitter(Qt.Orientation.Vertical, self)
        tables.setChildrenCollapsible(False)
        tables.addWidget(self.sentence)
        tables.addWidget(self.proceedings)
        across = QSplitter(Qt.Orientation.Horizontal, self)
        across.setObjectName("aftermathSplitter")
        across.setChildrenCollapsible(False)
        across.addWidget(tables)
        across.addWidget(card_scroll)
        across.setStretchFactor(0, 3)
        across.setStretchFactor(1, 2)
        # Initial proportions in the font's units (the tables' own hints would leave the
        # card a sliver); the user moves the handle from there.
        card_scroll.setMinimumWidth(text_size(self, CARD_MIN_CHARS, 0).width())
        across.setSizes(
            [text_size(self, TABLES_CHARS, 0).width(), text_size(self, CARD_CHARS, 0).width()]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(across)

        for chosen, other in ((self.sentence, self.proceedings), (self.proceedings, self.sentence)):
            chosen.view.selectionModel().selectionChanged.connect(
                lambda _new, _old, chosen=chosen, other=other: self._chosen(chosen, other)
            )
        self._update()

    # ---- what is shown --------------------------------------------------------------------

    def show_trial(self, trial_id: str | None) -> None:
        """Show ``trial_id``'s sentence and proceedings (read again from the notebook),
        keeping the chosen row if it is still there."""
        self.trial_id = trial_id
        elements: list[SentenceElement] = []
        proceedings: list[Proceeding] = []
        if trial_id and self.session.is_unlocked:
            aftermath = Aftermath(self.session.notebook)
            try:
                elements = aftermath.sentence_elements(trial_id)
                proceedings = aftermath.proceedings(trial_id)
            except TrialMonitorError as exc:  # a trial deleted meanwhile: show nothing
                log.info("sentence not read: %s", type(exc).__name__)
        kept = self.chosen_id()
        self._quiet = True
        try:
            self.sentence_model.show(elements, proceedings)
            self.proceedings_model.set_records(proceedings)
        finally:
            self._quiet = False
        # One defendant (most trials): whose each row is goes without saying; the card says.
        names = {e.defendant for e in elements} | {p.defendant for p in proceedings}
        one = len(names) <= 1
        self.sentence_view.setColumnHidden(SentenceModel.DEFENDANT, one)
        self.proceedings_view.setColumnHidden(ProceedingsModel.DEFENDANT, one)
        if not (kept and self.select_record(kept)):
            self._show_card()
        self._update()

    def summary(self) -> str:
        """How much the tab lists: "2 elements of the sentence · 3 proceedings"."""
        elements = self.sentence_model.rowCount()
        proceedings = self.proceedings_model.rowCount()
        return SEPARATOR.join(
            (
                counted(
                    self.tr("%n element(s) of the sentence", "", elements),
                    "%n element(s) of the sentence",
                    elements,
                ),
                counted(
                    self.tr("%n proceeding(s) after the verdict", "", proceedings),
                    "%n proceeding(s) after the verdict",
                    proceedings,
                ),
            )
        )

    def chosen_id(self) -> str | None:
        return self.sentence.chosen_id() or self.proceedings.chosen_id()

    def select_record(self, record_id: str) -> bool:
        """Choose an element or proceeding shown; False when it is not shown."""
        return self.sentence.select(record_id) or self.proceedings.select(record_id)

    def open_record(self, record_id: str) -> None:
        """Choose an element or proceeding and open its form (from the coming-up list)."""
        for records in (self.sentence, self.proceedings):
            if records.select(record_id):
                records.edit()
                return

    def _chosen(self, records: RecordList, other: RecordList) -> None:
        """One row chosen in one table at a time: the card shows it."""
        if self._quiet:
            return
        if records.chosen_id() is not None:
            self._quiet = True
            try:
                other.view.clearSelection()
            finally:
                self._quiet = False
        self._show_card()
        self._update()

    def _update(self) -> None:
        for records in (self.sentence, self.proceedings):
            records.update_buttons(self.trial_id is not None)

    # ---- the card ---------------------------------------------------------------------------

    def _show_card(self) -> None:
        self.card.clear()
        element_id = self.sentence.chosen_id()
        proceeding_id = self.proceedings.chosen_id()
        if element_id:
            row = self.sentence_model.row_of(element_id)
            if row is not None:
                self._element_card(self.sentence_model.record(row))
        elif proceeding_id:
            row = self.proceedings_model.row_of(proceeding_id)
            if row is not None:
                self._proceeding_card(self.proceedings_model.record(row))
        elif self.trial_id:
            self.card.fact(
                self.tr(
                    "Choose an element of the sentence or a proceeding to see it in full, "
                    "with the words of the judgment and of the court."
                )
            )

    def _element_card(self, element: SentenceElement) -> None:
        words = self.words
        self.card.title(f"{element.defendant}{SEPARATOR}{words.element(element)}")
        judgment = ", ".join(
            part for part in (element.judgment_court, element.judgment_date) if part
        )
        facts = [
            self.tr("Judgment: {judgment}").format(judgment=judgment) if judgment else "",
            self.tr("Starts: {date}").format(date=element.start_date) if element.start_date else "",
            self.tr("Term: {term}").format(term=words.term(element)) if words.term(element) else "",
            words.standing(element, self.sentence_model.state(element)),
            self.tr("Amount: {amount}").format(amount=element.amount) if element.amount else "",
            self.tr("Standards: {standards}").format(standards=", ".join(element.standards))
            if element.standards
            else "",
        ]
        for fact in facts:
            if fact:
                self.card.fact(fact)
        if element.wording:
            self.card.quotation(self.tr("As pronounced (verbatim):"), words.quoted(element.wording))
        self._notes(element.notes)

    def _proceeding_card(self, proceeding: Proceeding) -> None:
        words = self.words
        kind = words.label(PROCEEDINGS, proceeding.proceeding_type)
        self.card.title(f"{kind}{SEPARATOR}{proceeding.defendant}")
        facts = [
            self.tr("Date: {date}").format(date=proceeding.date) if proceeding.date else "",
            self.tr("Deadline: {date}").format(date=proceeding.deadline)
            if proceeding.deadline
            else "",
            self.tr("Brought by: {who}").format(who=proceeding.brought_by)
            if proceeding.brought_by
            else "",
            self._concerns(proceeding),
            self._hearing(proceeding),
            self._conduct(proceeding),
            self.tr("Situation: {situation}").format(
                situation=words.label(SITUATIONS, proceeding.situation)
            )
            if proceeding.situation
            else "",
            self.tr("Outcome: {outcome}").format(
                outcome=self.proceedings_model.outcome(proceeding)
            ),
        ]
        for fact in facts:
            if fact:
                self.card.fact(fact)
        if proceeding.request:
            self.card.quotation(self.tr("Asked (verbatim):"), words.quoted(proceeding.request))
        if proceeding.answer:
            self.card.quotation(
                self.tr("The court's answer (verbatim):"), words.quoted(proceeding.answer)
            )
        self._notes(proceeding.notes)

    def _concerns(self, proceeding: Proceeding) -> str:
        row = self.sentence_model.row_of(proceeding.sentence_id or "")
        if row is None:
            return ""
        element = self.words.element(self.sentence_model.record(row))
        return self.tr("Concerns: {element}").format(element=element)

    def _hearing(self, proceeding: Proceeding) -> str:
        if not proceeding.hearing_id or not self.session.is_unlocked:
            return ""
        try:
            hearing = self.session.notebook.get_hearing(proceeding.hearing_id)
        except TrialMonitorError:  # deleted since
            return ""
        return self.tr("Hearing: {when} ({type})").format(
            when=local_time(hearing.scheduled_start, hearing.tz),
            type=coded(self._hearing_types, hearing.hearing_type),
        )

    def _conduct(self, proceeding: Proceeding) -> str:
        if not (proceeding.conduct or proceeding.conduct_detail):
            return ""
        conduct = self.words.label(CONDUCT, proceeding.conduct)
        said = SEPARATOR.join(part for part in (conduct, proceeding.conduct_detail) if part)
        return self.tr("Conduct alleged: {conduct}").format(conduct=said)

    def _notes(self, notes: str) -> None:
        if notes.strip():
            self.card.fact(self.tr("Notes: {notes}").format(notes=notes))

    # ---- the forms -------------------------------------------------------------------------

    def _sentence_form(self, element_id: str | None) -> None:
        if self.trial_id:
            dialog = SentenceDialog(self.session, self.trial_id, element_id, self, clock=self.clock)
            self._open(dialog)

    def _proceeding_form(self, proceeding_id: str | None) -> None:
        if self.trial_id:
            dialog = ProceedingDialog(
                self.session, self.trial_id, proceeding_id, self, clock=self.clock
            )
            self._open(answer_hearing_requests(dialog))

    def _open(self, dialog: SentenceDialog | ProceedingDialog) -> None:
        """Show a form; once it saved, its record is the one chosen here."""
        dialog.accepted.connect(lambda: self._select_saved(dialog.saved))
        self.navigator.show(dialog)

    def _select_saved(self, saved: SentenceElement | Proceeding | None) -> None:
        if saved is not None:
            self.select_record(saved.id)


def answer_hearing_requests(dialog: ProceedingDialog) -> ProceedingDialog:
    """A proceeding's form asks for a hearing (a violation or clarification hearing is a
    hearing like any other): open the hearing form over it, its type preset; the hearing
    saved is then the proceeding's."""

    def open_hearing(hearing_type: str) -> None:
        hearing = HearingDialog(dialog.session, dialog.trial_id, None, dialog)
        hearing.type_combo.set_code(hearing_type)
        hearing.accepted.connect(
            lambda: dialog.link_hearing(hearing.saved.id) if hearing.saved else None
        )
        show_dialog(hearing)

    dialog.hearing_requested.connect(open_hearing)
    return dialog
