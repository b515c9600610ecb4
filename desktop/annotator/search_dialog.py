"""Search the whole store (stories and facts) and open a story at the hit."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .models import RECORD_ROLE, SearchHitsModel


class SearchDialog(QDialog):
    """A non-modal search box over ``store.search`` with a list of hits.

    Enter in the box searches; Enter or a double-click on a hit (or the Open button) asks
    the window to open the story there.  Offsets are article-local code points, as the
    store gives them.

    Signals:
        openRequested(article_id: int, start: int, end: int): show this story, select [start, end).
        searched(query: str, hits: int): a search ran.
    """

    openRequested = Signal(int, int, int)
    searched = Signal(str, int)

    def __init__(self, store: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorSearchDialog")
        self.setWindowTitle(self.tr("Search the store"))
        self._store = store
        self.query = QLineEdit(self)
        self.query.setObjectName("annotatorSearchQuery")
        self.query.setPlaceholderText(self.tr("Text, name or title — 3+ characters use the full-text index"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self._on_return)
        self.findButton = QPushButton(self.tr("Search"), self)
        self.findButton.clicked.connect(self._on_return)
        self.model = SearchHitsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("annotatorSearchHits")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # One line of text per row: the style's default leaves CJK rows half empty.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        self.status = QLabel(self)
        self.status.setObjectName("annotatorSearchStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.openButton = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.openButton.clicked.connect(self.openCurrent)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.findButton)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def setStore(self, store: Any) -> None:
        """Search this store from now on (the hits of the old one are cleared)."""
        self._store = store
        self.model.set_records([])
        self.status.clear()

    def search(self, query: str) -> int:
        """Run ``query``; returns the number of hits (the store caps them at ``limit``)."""
        self.query.setText(query)
        hits = self._store.search(query, limit=200) if self._store is not None else []
        self.model.set_hits(hits, self._titles({h.doc_id for h in hits}))
        if hits:
            self.view.selectRow(0)
            self.status.setText(self.tr("%n hit(s)", "", len(hits)))
        else:
            self.status.setText(self.tr("No hits") if query.strip() else "")
        self.searched.emit(query, len(hits))
        return len(hits)

    def _titles(self, doc_ids: set[int]) -> dict[int, str]:
        titles = {}
        for doc_id in doc_ids:
            for art in self._store.articles(doc_id):
                titles[art.id] = f"{art.index + 1}. {art.title}" if art.title else str(art.index + 1)
        return titles

    def openHit(self, row: int) -> None:
        hit = self.model.index(row, 0).data(RECORD_ROLE)
        if hit is not None:
            self.openRequested.emit(hit.article_id, hit.start, hit.end)

    @Slot()
    def openCurrent(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.openHit(rows[0].row())

    @Slot()
    def _on_return(self) -> None:
        self.search(self.query.text())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.openHit(index.row())

    def keyPressEvent(self, event) -> None:
        # Enter in the list opens the hit; a QDialog would otherwise close on its default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.hasFocus():
            self.openCurrent()
            return
        super().keyPressEvent(event)
