"""Automatic versus human: the facts of a story, filtered by kind and status.

The extractor's facts are grey and italic until a person verifies them; "accept all
visible" verifies, in one click, every still-automatic fact of the chosen kind that the
filters show (and only those), each through the store with the annotator's name.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analysis.model import FACT_KINDS

from .models import FACT_ID_ROLE, FactsFilterProxy, FactsTableModel, accept_all_visible, status_name

#: Status filter choices: (label, statuses shown); the first shows everything.
STATUS_FILTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Any status", ()),
    ("Automatic (to check)", ("auto", "needs_check")),
    ("Verified or corrected", ("verified", "corrected")),
    ("Needs check", ("needs_check",)),
    ("Rejected", ("rejected",)),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("annotator", text)


class FactsPanel(QWidget):
    """Kind and status filters over a facts table, with "accept all visible of kind".

    Signals:
        factActivated(fact_id: int): a fact row was activated (select it in the story).
        accepted(kind: str, count: int): that many facts were verified by accept-all.
    """

    factActivated = Signal(int)
    accepted = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorFactsPanel")
        self._store: Any = None
        self._accept_handler: Any = None
        self.model = FactsTableModel(self)
        self.proxy = FactsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.kindBox = QComboBox(self)
        self.kindBox.setObjectName("annotatorKindFilter")
        self.kindBox.addItem(_tr("All kinds"), "")
        for kind in FACT_KINDS:
            self.kindBox.addItem(_tr(kind), kind)
        self.statusBox = QComboBox(self)
        self.statusBox.setObjectName("annotatorStatusFilter")
        for label, statuses in STATUS_FILTERS:
            self.statusBox.addItem(_tr(label), list(statuses))
        self.acceptButton = QPushButton(self)
        self.acceptButton.setObjectName("annotatorAcceptVisible")
        self.acceptButton.clicked.connect(self.acceptVisible)
        self.kindBox.currentIndexChanged.connect(self._on_filters)
        self.statusBox.currentIndexChanged.connect(self._on_filters)
        self.view = QTableView(self)
        self.view.setObjectName("annotatorFactsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # text order (Start) first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # One line of text per row: the style's default leaves CJK rows half empty.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)  # value
        self.view.activated.connect(self._on_activated)
        self.count = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.kindBox)
        bar.addWidget(self.statusBox)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.acceptButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._on_filters()

    def setStore(self, store: Any) -> None:
        self._store = store

    def setAcceptHandler(self, handler: Any) -> None:
        """``handler(facts, kind) -> int`` verifies instead of the store (e.g. through an undo
        stack, ``AnnotationBench.acceptAll``); None writes straight to the store."""
        self._accept_handler = handler

    def setKindNames(self, names: dict[str, str]) -> None:
        """Show kinds in these words (e.g. the window's ``kind_names()``)."""
        self.model.set_kind_names(names)
        for i in range(1, self.kindBox.count()):
            kind = self.kindBox.itemData(i)
            self.kindBox.setItemText(i, names.get(kind) or _tr(kind))
        self._on_filters()

    def setFacts(self, facts: Iterable[Any]) -> None:
        """Show these facts (a story's ``StoredFact``s)."""
        self.model.set_facts(facts)
        self._update_count()

    def setKindFilter(self, kind: str) -> None:
        """Show only ``kind`` ("" for all kinds)."""
        self.kindBox.setCurrentIndex(max(0, self.kindBox.findData(kind)))

    def setStatusFilter(self, statuses: Iterable[str]) -> None:
        """Show only facts with one of ``statuses`` (empty: all); adds a choice when new."""
        wanted = sorted(statuses)
        for i in range(self.statusBox.count()):
            if sorted(self.statusBox.itemData(i)) == wanted:
                self.statusBox.setCurrentIndex(i)
                return
        self.statusBox.addItem(", ".join(status_name(s) for s in wanted), wanted)
        self.statusBox.setCurrentIndex(self.statusBox.count() - 1)

    def kindFilter(self) -> str:
        return self.kindBox.currentData() or ""

    @Slot()
    def acceptVisible(self) -> int:
        """Verify every visible automatic fact of the chosen kind; returns how many."""
        kind = self.kindFilter()
        if not kind:
            return 0
        if self._accept_handler is not None:
            n = self._accept_handler(self.proxy.visible_facts(kind), kind)
        elif self._store is not None:
            n = len(accept_all_visible(self._store, self.proxy, kind))
        else:
            return 0
        self._update_count()
        self.accepted.emit(kind, n)
        return n

    @Slot()
    def _on_filters(self) -> None:
        kind = self.kindFilter()
        self.proxy.setKinds([kind] if kind else [])
        self.proxy.setStatuses(self.statusBox.currentData() or [])
        self.acceptButton.setEnabled(bool(kind))
        self.acceptButton.setText(_tr("Accept all visible: %1").replace("%1", self.kindBox.currentText()) if kind
                                  else _tr("Accept all visible (choose a kind)"))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(_tr("%1 of %2 shown").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.factActivated.emit(index.data(FACT_ID_ROLE))
