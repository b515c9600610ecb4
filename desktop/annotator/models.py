"""Thin table models for the annotator's bench, and the facts filter proxy.

Every model here holds plain records (the store's dataclasses) and reads them through a
column spec; roles are module constants so views and tests ask for the same thing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from analysis.model import FACT_KINDS

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1      #: the row's record (a store dataclass)
FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 2     #: id of the row's fact
KIND_ROLE = Qt.ItemDataRole.UserRole + 3        #: fact kind
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4      #: auto | verified | corrected | rejected | needs_check
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 5      #: auto | human
RELATION_ID_ROLE = Qt.ItemDataRole.UserRole + 6  #: id of the row's relation
SORT_ROLE = Qt.ItemDataRole.UserRole + 7        #: the cell's raw value (numbers sort as numbers)

#: Statuses a person gave (the fact looks "done"); everything else is still the machine's.
HUMAN_STATUSES = frozenset({"verified", "corrected"})
#: Statuses "accept all visible" turns into verified.
ACCEPTABLE_STATUSES = frozenset({"auto", "needs_check"})
STATUSES: tuple[str, ...] = ("auto", "verified", "corrected", "rejected", "needs_check")

_Index = QModelIndex | QPersistentModelIndex

#: Statuses in words (translated when shown).
STATUS_WORDS = {"auto": "automatic", "verified": "verified", "corrected": "corrected",
                "rejected": "rejected", "needs_check": "needs check"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("annotator", text)


# Every string the annotator translates through ``_tr(variable)`` (column headers, statuses,
# origins, kinds, filter labels), marked so pyside6-lupdate finds them; never read at run time.
_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("annotator", "Kind"), QT_TRANSLATE_NOOP("annotator", "Text"),
    QT_TRANSLATE_NOOP("annotator", "Status"), QT_TRANSLATE_NOOP("annotator", "Origin"),
    QT_TRANSLATE_NOOP("annotator", "Start"), QT_TRANSLATE_NOOP("annotator", "End"),
    QT_TRANSLATE_NOOP("annotator", "Value"), QT_TRANSLATE_NOOP("annotator", "By"),
    QT_TRANSLATE_NOOP("annotator", "Person"), QT_TRANSLATE_NOOP("annotator", "Title"),
    QT_TRANSLATE_NOOP("annotator", "Where"), QT_TRANSLATE_NOOP("annotator", "Snippet"),
    QT_TRANSLATE_NOOP("annotator", "Story"), QT_TRANSLATE_NOOP("annotator", "Both"),
    QT_TRANSLATE_NOOP("annotator", "Adopt"), QT_TRANSLATE_NOOP("annotator", "Page"),
    QT_TRANSLATE_NOOP("annotator", "Verified"), QT_TRANSLATE_NOOP("annotator", "Open flags"),
    QT_TRANSLATE_NOOP("annotator", "Name"), QT_TRANSLATE_NOOP("annotator", "Organisation"),
    QT_TRANSLATE_NOOP("annotator", "From"), QT_TRANSLATE_NOOP("annotator", "To"),
    QT_TRANSLATE_NOOP("annotator", "automatic"), QT_TRANSLATE_NOOP("annotator", "verified"),
    QT_TRANSLATE_NOOP("annotator", "corrected"), QT_TRANSLATE_NOOP("annotator", "rejected"),
    QT_TRANSLATE_NOOP("annotator", "needs check"), QT_TRANSLATE_NOOP("annotator", "auto"),
    QT_TRANSLATE_NOOP("annotator", "human"), QT_TRANSLATE_NOOP("annotator", "text"),
    QT_TRANSLATE_NOOP("annotator", "person"), QT_TRANSLATE_NOOP("annotator", "title"),
    QT_TRANSLATE_NOOP("annotator", "org"), QT_TRANSLATE_NOOP("annotator", "place"),
    QT_TRANSLATE_NOOP("annotator", "date"), QT_TRANSLATE_NOOP("annotator", "duration"),
    QT_TRANSLATE_NOOP("annotator", "number"),
    QT_TRANSLATE_NOOP("annotator", "automatic, not yet verified"),
    QT_TRANSLATE_NOOP("annotator", "verified by %s"),
    QT_TRANSLATE_NOOP("annotator", "All kinds"), QT_TRANSLATE_NOOP("annotator", "Any status"),
    QT_TRANSLATE_NOOP("annotator", "Automatic (to check)"),
    QT_TRANSLATE_NOOP("annotator", "Verified or corrected"),
    QT_TRANSLATE_NOOP("annotator", "Needs check"), QT_TRANSLATE_NOOP("annotator", "Rejected"),
    QT_TRANSLATE_NOOP("annotator", "Accept all visible: %1"),
    QT_TRANSLATE_NOOP("annotator", "Accept all visible (choose a kind)"),
    QT_TRANSLATE_NOOP("annotator", "%1 of %2 shown"),
)


def status_name(status: str) -> str:
    """A fact status in words, in the interface language."""
    return _tr(STATUS_WORDS.get(status, status))


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a header and how to read the cell text from a record."""

    header: str
    text: Callable[[Any], Any]


class RecordTableModel(QAbstractTableModel):
    """A read-only table of records described by a list of ``Column``s."""

    columns: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_records(self, records: Iterable[Any]) -> None:
        self.beginResetModel()
        try:
            self._rows = list(records)
        finally:
            self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return _tr(self.columns[section].header)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        rec = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.display(rec, index.column())
            return "" if value is None else str(value)
        if role == RECORD_ROLE:
            return rec
        if role == SORT_ROLE:
            value = self.columns[index.column()].text(rec)
            return value if isinstance(value, (int, float)) else ("" if value is None else str(value))
        return self.extra_data(rec, index.column(), role)

    def display(self, record: Any, column: int) -> Any:
        """The cell's text (subclasses may put words on codes)."""
        return self.columns[column].text(record)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Other roles for subclasses (fonts, colours, ids)."""
        return None


def _value_text(value: Any) -> str:
    if not value:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, ""))
    return str(value)


class FactsTableModel(RecordTableModel):
    """The facts of an article: automatic ones grey and italic, human ones plain.

    Rows are ``StoredFact``s; ``update_fact`` replaces one row after a store edit.
    """

    columns = (
        Column("Kind", lambda f: f.kind),
        Column("Text", lambda f: f.text),
        Column("Status", lambda f: f.status),
        Column("Origin", lambda f: _tr(f.origin)),
        Column("Start", lambda f: f.start),
        Column("End", lambda f: f.end),
        Column("Value", lambda f: _value_text(f.value)),
        Column("By", lambda f: f.updated_by or ""),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Words for the kind codes (the window's ``kind_names()``); codes when missing.
        self.kind_names: dict[str, str] = {}

    def set_kind_names(self, names: dict[str, str]) -> None:
        self.kind_names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def display(self, fact: Any, column: int) -> Any:
        if column == 0:
            return self.kind_names.get(fact.kind) or _tr(fact.kind)
        if column == 2:
            return status_name(fact.status)
        return super().display(fact, column)

    def set_facts(self, facts: Iterable[Any]) -> None:
        self.set_records(sorted(facts, key=lambda f: (f.start, f.end, f.kind)))

    def row_of(self, fact_id: str) -> int:
        for row, fact in enumerate(self._rows):
            if fact.id == fact_id:
                return row
        return -1

    def update_fact(self, fact: Any) -> None:
        row = self.row_of(fact.id)
        if row < 0:
            return
        self._rows[row] = fact
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def extra_data(self, fact: Any, column: int, role: int) -> Any:
        if role == FACT_ID_ROLE:
            return fact.id
        if role == KIND_ROLE:
            return fact.kind
        if role == STATUS_ROLE:
            return fact.status
        if role == ORIGIN_ROLE:
            return fact.origin
        machine = fact.status not in HUMAN_STATUSES
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(machine)
            font.setStrikeOut(fact.status == "rejected")
            return font
        if role == Qt.ItemDataRole.ForegroundRole and machine:
            # The extractor's guesses recede; what a person verified reads at full strength.
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("automatic, not yet verified") if machine else _tr("verified by %s") % (
                fact.updated_by or "?")
        return None


class FactsFilterProxy(QSortFilterProxyModel):
    """Filters a ``FactsTableModel`` by kind and by status (empty set: no filter)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] = frozenset()
        self._statuses: frozenset[str] = frozenset()
        self.setDynamicSortFilter(True)
        self.setSortRole(SORT_ROLE)

    def kinds(self) -> frozenset[str]:
        return self._kinds

    def statuses(self) -> frozenset[str]:
        return self._statuses

    def setKinds(self, kinds: Iterable[str]) -> None:
        self.beginFilterChange()
        self._kinds = frozenset(kinds)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setStatuses(self, statuses: Iterable[str]) -> None:
        self.beginFilterChange()
        self._statuses = frozenset(statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kinds and model.data(index, KIND_ROLE) not in self._kinds:
            return False
        return not (self._statuses and model.data(index, STATUS_ROLE) not in self._statuses)

    def visible_facts(self, kind: str | None = None) -> list[Any]:
        """The facts the proxy shows now, in view order (only ``kind`` when given)."""
        facts = [self.data(self.index(row, 0), RECORD_ROLE) for row in range(self.rowCount())]
        return [f for f in facts if kind is None or f.kind == kind]


def accept_all_visible(store: Any, proxy: FactsFilterProxy, kind: str) -> list[Any]:
    """Verify every fact of ``kind`` the proxy shows that is still the machine's.

    Each change goes through ``store.set_fact_status`` (one history row per fact, under
    the store's user); the source model is updated in place.  Returns the updated facts.
    """
    if kind not in FACT_KINDS:
        raise ValueError(f"unknown fact kind {kind!r}")
    todo = [f for f in proxy.visible_facts(kind) if f.status in ACCEPTABLE_STATUSES]
    source = proxy.sourceModel()
    done = []
    for fact in todo:
        new = store.set_fact_status(fact.id, "verified")
        done.append(new)
        if isinstance(source, FactsTableModel):
            source.update_fact(new)
    return done


@dataclass(frozen=True, slots=True)
class Link:
    """A holds_title relation with its two facts resolved."""

    relation: Any
    head: Any
    tail: Any


class LinksModel(RecordTableModel):
    """Person → title links of one article (rows are ``Link``s)."""

    columns = (
        Column("Person", lambda lk: lk.head.text),
        Column("Title", lambda lk: lk.tail.text),
        Column("Origin", lambda lk: _tr(lk.relation.origin)),
    )

    def set_links(self, facts: Sequence[Any], relations: Sequence[Any]) -> None:
        by_id = {f.id: f for f in facts}
        links = [Link(r, by_id[r.head], by_id[r.tail]) for r in relations
                 if r.head in by_id and r.tail in by_id]
        links.sort(key=lambda lk: (lk.head.start, lk.tail.start))
        self.set_records(links)

    def link(self, row: int) -> Link:
        return self.record(row)

    def extra_data(self, link: Any, column: int, role: int) -> Any:
        if role == RELATION_ID_ROLE:
            return link.relation.id
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(link.relation.origin != "human")
            return font
        return None


class SearchHitsModel(RecordTableModel):
    """Rows are ``SearchHit(article_id, doc_id, kind, snippet, start, end)``.

    ``titles`` maps article ids to story titles, shown instead of the bare id.
    """

    columns = (
        Column("Where", lambda h: _tr("text") if h.kind == "article" else _tr(h.kind)),
        Column("Snippet", lambda h: h.snippet),
        Column("Story", lambda h: h.article_id),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: dict[int, str] = {}

    def set_hits(self, hits: Iterable[Any], titles: dict[int, str] | None = None) -> None:
        self.titles = dict(titles or {})
        self.set_records(hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == 2 \
                and 0 <= index.row() < len(self._rows):
            hit = self._rows[index.row()]
            return self.titles.get(hit.article_id) or str(hit.article_id)
        return super().data(index, role)
