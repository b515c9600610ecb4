"""Thin item models over the store's rows: stories, facts (grouped by kind) and flags.

Models hold the rows the store returned and nothing else; edits leave through signals (the
window turns them into undo commands) and come back as ``update_*`` calls with the new row.
Roles are module constants. Every model is checked by ``QAbstractItemModelTester`` in the tests.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

# Roles are plain ints: views ask data() for many roles per painted cell, and comparing an int
# with a Qt enum member costs a Python call each time.
_USER = int(Qt.ItemDataRole.UserRole.value)
ROLE_ID = _USER + 1      # article id / fact id / flag id (None for group rows)
ROLE_KIND = _USER + 2    # "document" | "article" | fact kind | "group" | "flag" | "place"
ROLE_SPAN = _USER + 3    # (start, end) in article code points, or None
ROLE_ROW = _USER + 4     # the store row (DocumentInfo, ArticleInfo, StoredFact, StoredFlag)

_NO_PARENT = QModelIndex()  # an invalid index: the root (not a QObject, safe at import)

DISPLAY, EDIT, TOOLTIP, FOREGROUND, FONT = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))
#: The roles these models answer; data() returns None for any other at once.
ROLES = frozenset((DISPLAY, EDIT, TOOLTIP, FOREGROUND, FONT, ROLE_ID, ROLE_KIND, ROLE_SPAN, ROLE_ROW))


class Node:
    """One row of a tree model: a payload, its children and where it sits."""

    __slots__ = ("children", "kind", "parent", "payload", "row")

    def __init__(self, kind: str, payload=None, parent: Node | None = None):
        self.kind, self.payload, self.parent = kind, payload, parent
        self.children: list[Node] = []
        self.row = 0

    def add(self, child: Node) -> Node:
        """Append ``child`` and return it."""
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class TreeModel(QAbstractItemModel):
    """A read-mostly tree over :class:`Node`s; subclasses give ``headers`` and ``cell``."""

    headers: tuple[str, ...] = ()
    n_columns = 3

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = Node("root")

    # --- structure ------------------------------------------------------------------------
    def _node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row, column, parent=_NO_PARENT):
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=_NO_PARENT):
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent=_NO_PARENT):
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=_NO_PARENT):
        # Called for every index: a constant, not len(headers_text()) (which translates).
        return self.n_columns

    def headers_text(self) -> tuple[str, ...]:
        """Translated column headers."""
        return self.headers

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < self.columnCount():
            return self.headers_text()[section]
        return None

    def data(self, index, role=DISPLAY):
        role = role if type(role) is int else int(role.value if hasattr(role, "value") else role)
        if role not in ROLES or not index.isValid():
            return None
        return self.cell(index.internalPointer(), index.column(), role)

    def cell(self, node: Node, column: int, role):
        """The data of ``node`` in ``column`` for ``role`` (None when there is none)."""
        return None

    def _reset(self, build) -> None:
        self.beginResetModel()
        try:
            self._root = Node("root")
            build(self._root)
        finally:
            self.endResetModel()

    def iter_nodes(self, node: Node | None = None):
        """Every node below ``node`` (the root by default), depth first."""
        for child in (node or self._root).children:
            yield child
            yield from self.iter_nodes(child)

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        """The index of ``node``."""
        return self.createIndex(node.row, column, node)

    def changed(self, node: Node) -> None:
        """Tell views that every column of ``node`` changed."""
        self.dataChanged.emit(self.index_of(node, 0), self.index_of(node, self.columnCount() - 1))


class StoryModel(TreeModel):
    """Pages (documents) with their stories: title, status, open flags."""

    def headers_text(self):
        return (self.tr("Story"), self.tr("Status"), self.tr("Flags"))

    def status_text(self, status: str) -> str:
        """A story status in words."""
        return {"new": self.tr("new"), "in_progress": self.tr("in progress"),
                "signed_off": self.tr("signed off")}.get(status, status)

    def load(self, documents, articles_by_doc: dict) -> None:
        """Show ``documents`` (DocumentInfo rows) and each one's ``articles_by_doc[doc.id]``."""
        def build(root):
            for doc in documents:
                dnode = root.add(Node("document", doc))
                for art in articles_by_doc.get(doc.id, []):
                    dnode.add(Node("article", art))
        self._reset(build)

    def cell(self, node, column, role):
        row = node.payload
        if role == ROLE_ID:
            return row.id
        if role == ROLE_KIND:
            return node.kind
        if role == ROLE_ROW:
            return row
        if node.kind == "document":
            if role == DISPLAY:
                if column == 0:
                    date = f" · {row.pub_date}" if row.pub_date else ""
                    return f"{row.source.replace(chr(92), '/').rsplit('/', 1)[-1]}{date}"
                if column == 2:
                    return str(row.n_open_flags)
            if role == TOOLTIP and column == 0:
                return row.source + "\n" + self.tr("Publication date %1 (%2)").replace("%1", str(row.pub_date)).replace(
                    "%2", self.tr("inferred") if row.pub_date_inferred else self.tr("set by hand"))
            return None
        if role == DISPLAY:
            if column == 0:
                return row.title or self.tr("Story %1").replace("%1", str(row.index + 1))
            if column == 1:
                return self.status_text(row.status)
            if column == 2:
                return str(row.n_open_flags)
        if role == TOOLTIP and column == 0:
            return row.title
        return None

    def articles(self) -> list[Node]:
        """Every story node in display order."""
        return [n for n in self.iter_nodes() if n.kind == "article"]

    def find_article(self, article_id: int) -> Node | None:
        """The node of story ``article_id``."""
        return next((n for n in self.articles() if n.payload.id == article_id), None)

    def update_article(self, info) -> None:
        """Replace one story's row (after a status change or a decision changed its counts)."""
        node = self.find_article(info.id)
        if node is not None:
            node.payload = info
            self.changed(node)
