"""Search across the whole vault. The index is built off the UI thread when the dialog
opens, lives only in this dialog's memory, and is dropped when it closes or the vault locks.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QVBoxLayout, QWidget

from monitor_app.core.records.search import SearchHit, SearchIndex
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.layout import text_size
from monitor_app.gui.common.models import FoldingFilterProxy
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Progress
from monitor_app.gui.common.widgets import PlainLabel, make_table_view, search_edit
from monitor_app.gui.records.models import SearchHitsModel

log = logging.getLogger(__name__)


class SearchDialog(QDialog):
    """Type to search; activate a result (Enter, double-click, Open) to go to it."""

    # kind, trial id, hearing id ("" when the hit is not within a hearing)
    hit_activated = Signal(str, str, str)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.session = session
        self._index: SearchIndex | None = None

        self.field = search_edit(
            "searchField", self.tr("Words to find"), self.tr("Words to find, in any language")
        )
        self.progress = BusyBar("searchProgress", self)
        self.progress.setAccessibleName(self.tr("Reading the vault"))
        self.progress.setTextVisible(True)
        self.status = PlainLabel(self.tr("Reading the vault…"), self)
        self.status.setObjectName("searchStatus")
        self.model = SearchHitsModel(self)
        self.proxy = FoldingFilterProxy(self.model, self)
        self.view = make_table_view("searchResultsView", self.proxy, self.tr("Results"))
        self.view.setSortingEnabled(False)  # vault order: a trial, then what belongs to it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("openHitButton")
        self.open_button.setAccessibleName(self.tr("Open"))
        self.open_button.setEnabled(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.field.textChanged.connect(self._run_query)
        self.field.returnPressed.connect(self._open_current)
        self.view.activated.connect(self._activate)
        self.open_button.clicked.connect(self._open_current)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.view.selectionModel().hasSelection())
        )
        session.about_to_lock.connect(self._drop)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SearchHitsModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchHitsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SearchHitsModel.SNIPPET, QHeaderView.ResizeMode.Stretch)
        self.resize(text_size(self, 120, 28))

        notebook = session.notebook
        lang = ui_language()

        def build(progress: Progress, cancel: threading.Event) -> SearchIndex:
            return SearchIndex.build(notebook, progress, cancel, lang=lang)

        # The bar fills as the index is built; closing or a lock stops it (`_drop`).
        self.progress.start(build, self._ready, self._failed)
        self.field.setFocus()

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    def hits(self) -> list[SearchHit]:
        return self.model.records()

    # -- building the index

    def _ready(self, index: SearchIndex) -> None:
        self._index = index
        log.info("search index ready")
        self._run_query()

    def _failed(self, message: str) -> None:
        self.status.set_plain(message)

    def _drop(self) -> None:
        """Forget everything read from the vault (it is about to lock): a build still
        running is cancelled, and its results reach nothing."""
        self.progress.stop()
        self._index = None
        self.model.set_records([])

    def done(self, result: int) -> None:
        self._drop()
        super().done(result)

    # -- searching

    def _run_query(self) -> None:
        if self._index is None:
            return
        query = self.field.text()
        hits = self._index.search(query) if query.strip() else []
        self.model.set_records(hits)
        if not query.strip():
            self.status.set_plain(self.tr("Type a word from a title, a name or a note."))
        elif hits:
            self.status.set_plain(self.tr("Results: {count}").format(count=len(hits)))
        else:
            self.status.set_plain(self.tr("Nothing found."))
        if hits:
            self.view.selectRow(0)

    def _open_current(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._activate(rows[0])

    def _activate(self, index: QModelIndex) -> None:
        hit: SearchHit = self.model.record(self.proxy.mapToSource(index).row())
        self.hit_activated.emit(hit.kind, hit.trial_id, hit.hearing_id or "")
        self.accept()
