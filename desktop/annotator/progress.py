"""Progress: verified of total facts and open flags, per page, per story and overall."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .models import RECORD_ROLE, Column, RecordTableModel


@dataclass(frozen=True, slots=True)
class Progress:
    """Counts of one page, one story or the whole store (``key`` is its id, 0 for all)."""

    key: int
    title: str
    n_facts: int
    n_verified: int
    n_open_flags: int
    n_stories: int = 1
    n_signed_off: int = 0

    @property
    def percent(self) -> int:
        """Share of facts a person verified or corrected, rounded down (100 when none)."""
        return 100 if self.n_facts == 0 else (100 * self.n_verified) // self.n_facts


def page_progress(store: Any) -> tuple[list[Progress], Progress]:
    """Per page (document) and overall counts, from ``store.documents()``/``articles()``.

    Rejected facts do not count as facts to verify (the store leaves them out of n_facts).
    """
    pages = []
    for doc in store.documents():
        stories = store.articles(doc.id)
        pages.append(Progress(
            doc.id, doc.title or doc.source,
            sum(a.n_facts for a in stories), sum(a.n_verified for a in stories),
            doc.n_open_flags, len(stories), sum(a.status == "signed_off" for a in stories)))
    total = Progress(0, "", sum(p.n_facts for p in pages), sum(p.n_verified for p in pages),
                     sum(p.n_open_flags for p in pages), sum(p.n_stories for p in pages),
                     sum(p.n_signed_off for p in pages))
    return pages, total


def story_progress(store: Any, doc_id: int) -> list[Progress]:
    """Counts of each story of one page."""
    return [Progress(a.id, a.title, a.n_facts, a.n_verified, a.n_open_flags, 1,
                     int(a.status == "signed_off")) for a in store.articles(doc_id)]


class ProgressModel(RecordTableModel):
    """Rows are ``Progress`` records: title, verified of total, share, open flags."""

    columns = (
        Column("Page", lambda p: p.title),
        Column("Verified", lambda p: f"{p.n_verified} / {p.n_facts}"),
        Column("%", lambda p: f"{p.percent}%"),
        Column("Open flags", lambda p: p.n_open_flags),
    )

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StoryProgressModel(ProgressModel):
    columns = (Column("Story", lambda p: p.title), *ProgressModel.columns[1:])


class ProgressWidget(QWidget):
    """Overall bar and counts, a table of pages and a table of the chosen page's stories.

    Call ``refresh(store)`` after edits (cheap: a few COUNT queries per page).

    Signals:
        pageActivated(doc_id: int): a page row was activated (open it).
        storyActivated(article_id: int): a story row was activated (open it).
    """

    pageActivated = Signal(int)
    storyActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorProgress")
        self._store: Any = None
        self._doc_id: int | None = None
        self.total = Progress(0, "", 0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("annotatorProgressSummary")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.pages = ProgressModel(self)
        self.stories = StoryProgressModel(self)
        self.pageView = self._table(self.pages, "annotatorProgressPages")
        self.storyView = self._table(self.stories, "annotatorProgressStories")
        self.pageView.selectionModel().currentRowChanged.connect(self._on_page_row)
        self.pageView.activated.connect(self._on_page_activated)
        self.storyView.activated.connect(self._on_story_activated)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.pageView)
        split.addWidget(self.storyView)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)

    def _table(self, model: RecordTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        # One line of text per row: the style's default leaves CJK rows half empty.
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, model.columnCount()):
            view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def refresh(self, store: Any = None) -> Progress:
        """Re-read the counts (of ``store`` when given); returns the overall figures."""
        if store is not None:
            self._store = store
        if self._store is None:
            return self.total
        pages, self.total = page_progress(self._store)
        self.pages.set_records(pages)
        t = self.total
        self.bar.setValue(t.percent)
        self.bar.setFormat(self.tr("%1 of %2 facts verified").replace("%1", str(t.n_verified))
                           .replace("%2", str(t.n_facts)))
        self.summary.setText(self.tr("Overall: %1 of %2 facts verified (%3%), %4 open flags, "
                                     "%5 of %6 stories signed off")
                             .replace("%1", str(t.n_verified)).replace("%2", str(t.n_facts))
                             .replace("%3", str(t.percent)).replace("%4", str(t.n_open_flags))
                             .replace("%5", str(t.n_signed_off)).replace("%6", str(t.n_stories)))
        keep = self._doc_id
        ids = [p.key for p in pages]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.pageView.selectRow(row)
            self.showPage(ids[row])
        else:
            self.stories.set_records([])
        return self.total

    def showPage(self, doc_id: int) -> None:
        """Show the stories of page ``doc_id`` in the lower table."""
        self._doc_id = doc_id
        self.stories.set_records(story_progress(self._store, doc_id) if self._store is not None else [])

    @Slot(QModelIndex, QModelIndex)
    def _on_page_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rec = current.data(RECORD_ROLE)
        if rec is not None and rec.key != self._doc_id:
            self.showPage(rec.key)

    @Slot(QModelIndex)
    def _on_page_activated(self, index: QModelIndex) -> None:
        self.pageActivated.emit(index.data(RECORD_ROLE).key)

    @Slot(QModelIndex)
    def _on_story_activated(self, index: QModelIndex) -> None:
        self.storyActivated.emit(index.data(RECORD_ROLE).key)
