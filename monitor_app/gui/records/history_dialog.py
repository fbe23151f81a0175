"""Every revision of a record: who saved it and when, what changed, and, for a delete,
the reason. Nothing here can change a record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.coordination.observer_status import author_names
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.readable import values_problem
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.taxonomy import Choice, label
from monitor_app.core.sync.importer import Importer
from monitor_app.core.textsafe import scrub
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.layout import text_size
from monitor_app.gui.common.messages import error_text
from monitor_app.gui.common.models import (
    ANSWERS,
    ATTENDANCE,
    EMPTY,
    KINDS,
    MODES,
    SECONDS,
    STATUSES,
    TYPES,
    FoldingFilterProxy,
    code_labels,
    coded,
    local_time,
)
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel, make_table_view
from monitor_app.gui.records.models import RevisionsModel

INDENT = "    "
TIME_KEYS = frozenset(
    {"scheduled_start", "scheduled_end", "actual_start", "actual_end", "next_date", "at", "end"}
)


class HistoryDialog(QDialog):
    """The revisions of ``record_id``, oldest first; the newest is selected."""

    def __init__(
        self, session: VaultSession, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        notebook = session.notebook
        self.taxonomy = notebook.taxonomy
        self.lang = ui_language()
        revisions = notebook.history(record_id)
        self.model = RevisionsModel(notebook.vault.observer_id, self.taxonomy, self.lang, self)
        self.model.set_author_names(author_names(notebook.vault))
        self.model.set_records(revisions)
        importer = Importer(notebook.vault)
        # Which bundle brought each revision that came from someone else (kept on import).
        self.sources = {r.rev_id: importer.provenance(r.rev_id) for r in revisions}
        # Revisions by others than the record's author: theirs, never the record's words.
        self.annotations = {r.rev_id for r in notebook.annotations(record_id)}
        self.proxy = FoldingFilterProxy(self.model, self)
        self.view = make_table_view("revisionsView", self.proxy, self.tr("Revisions"))
        self.view.sortByColumn(RevisionsModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.view.resizeColumnsToContents()
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("revisionDetail")
        self.detail.setAccessibleName(self.tr("What this revision changed"))
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)

        kind = coded(code_labels(KINDS), revisions[-1].kind)
        summary = self.tr("{kind} · revisions: {count}").format(kind=kind, count=len(revisions))
        if notebook.conflicts(record_id):
            summary += " · " + self.tr(
                "Two edits were made from the same revision; both are kept below."
            )
        heading = PlainLabel(summary, self)
        heading.setObjectName("historySummary")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.resize(text_size(self, 110, 34))
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.view.selectRow(self.proxy.rowCount() - 1)
        self.view.setFocus()

    def selected_row(self) -> int | None:
        """The model row of the selected revision."""
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else None

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        self.detail.setPlainText("" if row is None else self.describe(row))

    def describe(self, row: int) -> str:
        """The revision in ``row`` in words: who, when, and each change."""
        revision: Revision = self.model.record(row)
        lines = [
            self.tr("Revision {number}, saved by {who}").format(
                number=revision.number, who=self.model.who(revision)
            ),
            self.tr("{utc} UTC · {local} {zone}").format(
                utc=local_time(revision.created_utc, "UTC", SECONDS),
                local=local_time(revision.created_utc, revision.tz, SECONDS),
                zone=revision.tz,
            ),
        ]
        source = self.sources.get(revision.rev_id)
        if source is not None and source.forwarded_by:  # passed on by a coordinator
            lines.append(
                self.tr(
                    "Came in a bundle {name} wrote, forwarded by {forwarder} on {date} "
                    "UTC, imported {time} UTC"
                ).format(
                    name=source.author_name,
                    forwarder=source.forwarded_by_name,
                    date=local_time(source.forwarded_utc, "UTC", SECONDS),
                    time=local_time(source.imported_utc, "UTC", SECONDS),
                )
            )
        elif source is not None:
            lines.append(
                self.tr("Came in bundle no. {number} from {name}, imported {time} UTC").format(
                    number=source.seq,
                    name=source.author_name,
                    time=local_time(source.imported_utc, "UTC", SECONDS),
                )
            )
        if revision.rev_id in self.annotations:
            lines.append(
                self.tr(
                    "{who} is not this record's author: this revision is theirs, kept and "
                    "shown here, but the record stays as its author wrote it."
                ).format(who=self.model.who(revision))
            )
        problem = values_problem(revision)
        if problem is not None:
            lines.append(
                self.tr(
                    "These values break this version's rules (an older version saved them), "
                    "so the record is not shown as they say: {why}"
                ).format(why=error_text(problem))
            )
        lines.append("")
        changes = self.model.changes(row)
        if revision.deleted:
            lines += [self.tr("Deleted. Reason given:"), revision.reason]
        elif row == 0:
            lines.append(self.tr("Created with:"))
            for key, (_old, new) in changes.items():
                lines += [self._name(key, revision), INDENT + self.value(key, new, revision)]
        elif not changes:
            lines.append(self.tr("Saved again without a change."))
        else:
            lines.append(self.tr("Changed:"))
            for key, (old, new) in changes.items():
                before = self.tr("before: {value}").format(value=self.value(key, old, revision))
                after = self.tr("after: {value}").format(value=self.value(key, new, revision))
                lines += [self._name(key, revision), INDENT + before, INDENT + after]
        return scrub("\n".join(lines), keep_newlines=True)

    def _name(self, key: str, revision: Revision) -> str:
        return self.model.field_name(key, revision.body)

    def value(self, key: str, value: Any, revision: Revision) -> str:
        """A stored value as a person reads it: labels for codes, times in the record's zone."""
        if value is None or value in ("", [], {}):
            return EMPTY
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if key in TIME_KEYS and isinstance(value, str):
            return f"{local_time(value, revision.tz)} {revision.tz}"
        labels = self._code_labels(key, revision.body)
        values = value if isinstance(value, list) else [value]
        if labels is not None:
            return "; ".join(labels.get(str(v), str(v)) for v in values)
        if isinstance(value, Mapping):  # a length of time: {"years": 2, "months": 6}
            return ", ".join(f"{k} {v}" for k, v in value.items())
        # Further lines of a long note stay indented under the field's name.
        return "; ".join(str(v) for v in values).replace("\n", "\n" + INDENT)

    def _code_labels(self, key: str, body: Mapping[str, Any]) -> Mapping[str, str] | None:
        """Labels for a field that holds codes, or None for free text."""
        taxonomy, lang = self.taxonomy, self.lang
        ours = {
            "mode": MODES,
            "hearing_type": TYPES,
            "status": STATUSES,
            "attendance": ATTENDANCE,
            "answer": ANSWERS,
        }
        if key in ours:
            return code_labels(ours[key])
        choices: Sequence[Choice] | None = {
            "severity": taxonomy.severities,
            "parties": taxonomy.parties,
            "court_response": taxonomy.court_responses,
        }.get(key)
        if key.startswith("fields."):
            choices = self._field_choices(key.removeprefix("fields."), body)
        if choices is not None:
            return {c.code: label(c.label, lang) for c in choices}
        if key == "code":
            return {item.code: label(item.label, lang) for item in taxonomy.items()}
        if key == "question":
            return {q.id: label(q.question, lang) for q in taxonomy.checklist}
        return None

    def _field_choices(self, key: str, body: Mapping[str, Any]) -> Sequence[Choice] | None:
        try:
            spec = self.taxonomy.item(str(body.get("code"))).field_spec(key)
        except TrialMonitorError:  # a condition from a newer taxonomy: its codes as they are
            return None
        if spec is None:
            return None
        if spec.type in ("party", "parties"):
            return self.taxonomy.parties
        return spec.choices or None
