"""The fact sheet's model: facts grouped by kind, each person with the titles linked to it."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.models import (
    DISPLAY,
    EDIT,
    FONT,
    FOREGROUND,
    ROLE_ID,
    ROLE_KIND,
    ROLE_ROW,
    ROLE_SPAN,
    TOOLTIP,
    Node,
    TreeModel,
)
from desktop.values import format_value

#: Group order on the sheet (people first, their titles under them).
GROUP_ORDER = ("person", "title", "date", "duration", "number", "org", "place")
STATUS_COLORS = {"verified": "#2e7d32", "corrected": "#1565c0", "rejected": "#9e9e9e",
                 "needs_check": "#e65100"}
COL_TEXT, COL_VALUE, COL_STATUS = 0, 1, 2


class FactModel(TreeModel):
    """Groups → facts (→ a person's titles). Editing a value emits ``valueEdited``; nothing is stored here.

    Signals:
        valueEdited(str, str): fact id (as text) and the new value line the person typed.
    """

    valueEdited = Signal(str, str)

    def headers_text(self):
        return (self.tr("Text"), self.tr("Value"), self.tr("Status"))

    def group_text(self, kind: str) -> str:
        """The heading of a group."""
        return {"person": self.tr("People"), "title": self.tr("Titles"), "date": self.tr("Dates"),
                "duration": self.tr("Durations"), "number": self.tr("Figures"),
                "org": self.tr("Organisations"), "place": self.tr("Places")}.get(kind, kind)

    def status_text(self, status: str) -> str:
        """A fact status in words (translated once per language: this runs for every painted row)."""
        lang = QLocale().name()
        if getattr(self, "_status_lang", None) != lang:
            self._status_lang = lang
            self._status_words = {"auto": self.tr("unchecked"), "verified": self.tr("verified"),
                                  "corrected": self.tr("corrected"), "rejected": self.tr("rejected"),
                                  "needs_check": self.tr("needs check")}
        return self._status_words.get(status, status)

    def load(self, facts, relations) -> None:
        """Show ``facts`` (StoredFact rows) grouped; ``holds_title`` relations put titles under people."""
        by_id = {f.id: f for f in facts}
        titles_of: dict = {}
        linked: set = set()
        for rel in relations:
            if rel.kind == "holds_title" and rel.head in by_id and rel.tail in by_id:
                titles_of.setdefault(rel.head, []).append(by_id[rel.tail])
                linked.add(rel.tail)
        self._by_id: dict = {}
        self._links = sorted((r.head, r.tail) for r in relations if r.kind == "holds_title")

        def build(root):
            for kind in GROUP_ORDER:
                members = sorted((f for f in facts if f.kind == kind and f.id not in linked),
                                 key=lambda f: (f.start, f.end))
                if not members:
                    continue
                group = root.add(Node("group", kind))
                for fact in members:
                    node = self._by_id[fact.id] = group.add(Node("fact", fact))
                    for title in sorted(titles_of.get(fact.id, ()), key=lambda f: f.start):
                        self._by_id[title.id] = node.add(Node("fact", title))
        self._reset(build)

    def refresh(self, facts, relations) -> bool:
        """Take new rows for the same facts in place (after a text edit moved their spans).

        Returns False, doing nothing, when facts, kinds or links differ: the caller reloads. A
        reset would rebuild and re-lay-out every row (thousands in a long story) on each keystroke.
        """
        by_id = getattr(self, "_by_id", {})
        links = sorted((r.head, r.tail) for r in relations if r.kind == "holds_title")
        if (len(facts) != len(by_id) or links != getattr(self, "_links", None)
                or any(f.id not in by_id or by_id[f.id].payload.kind != f.kind for f in facts)):
            return False
        for fact in facts:
            node = by_id[fact.id]
            old, node.payload = node.payload, fact
            if (old.text, old.value, old.status) != (fact.text, fact.value, fact.status):
                self.changed(node)
        return True

    def cell(self, node, column, role):
        if node.kind == "group":
            if role == DISPLAY and column == COL_TEXT:
                return f"{self.group_text(node.payload)} ({len(node.children)})"
            if role == ROLE_KIND:
                return "group"
            return None
        fact = node.payload
        if role == DISPLAY:
            return (fact.text, format_value(fact.kind, fact.value), self.status_text(fact.status))[column]
        if role == EDIT and column == COL_VALUE:
            return format_value(fact.kind, fact.value)
        if role == ROLE_ID:
            return fact.id
        if role == ROLE_KIND:
            return fact.kind
        if role == ROLE_SPAN:
            return (fact.start, fact.end)
        if role == ROLE_ROW:
            return fact
        if role == FOREGROUND and column == COL_STATUS and fact.status in STATUS_COLORS:
            return QBrush(QColor(STATUS_COLORS[fact.status]))
        if role == TOOLTIP:
            return f"{fact.kind}: {format_value(fact.kind, fact.value)}"
        if role == FONT and fact.status == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = index.internalPointer()
        if node.kind == "fact" and index.column() == COL_VALUE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=EDIT):
        if not index.isValid() or role != EDIT or index.column() != COL_VALUE:
            return False
        node = index.internalPointer()
        if node.kind != "fact":
            return False
        self.valueEdited.emit(str(node.payload.id), str(value))
        return True

    def fact_node(self, fact_id) -> Node | None:
        """The node of fact ``fact_id`` (None when it is not shown)."""
        return getattr(self, "_by_id", {}).get(fact_id)

    def fact_index(self, fact_id, column: int = 0):
        """The model index of fact ``fact_id`` (invalid when absent)."""
        node = self.fact_node(fact_id)
        return self.index_of(node, column) if node else QModelIndex()

    def update_fact(self, fact) -> bool:
        """Replace one fact's row in place; False when the fact is not shown (the caller reloads)."""
        node = self.fact_node(fact.id)
        if node is None or node.payload.kind != fact.kind:
            return False
        node.payload = fact
        self.changed(node)
        return True

    def facts(self) -> list:
        """Every fact shown, in text order."""
        return sorted((n.payload for n in self.iter_nodes() if n.kind == "fact"), key=lambda f: (f.start, f.end))
