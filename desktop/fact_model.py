"""The fact sheet's model: facts grouped by kind; one row per person, with their titles and mentions."""
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
    """Groups → facts; people → person rows → titles and mentions. Nothing is stored here.

    Editing a fact's value emits ``valueEdited``. Node kinds: ``group``, ``person`` (a
    :class:`PersonRow`), ``mentions`` (the expandable box of a person's mentions), ``fact``.

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
        """Show ``facts`` (StoredFact rows) grouped; ``holds_title`` relations put titles under people.

        A person is one row however often the story names them (grouped by the name in the
        value, so a corrected spelling joins its person); under it each linked title once, then
        the mentions in text order.
        """
        by_id = {f.id: f for f in facts}
        titles_of: dict = {}
        linked: set = set()
        for rel in relations:
            if rel.kind == "holds_title" and rel.head in by_id and rel.tail in by_id:
                titles_of.setdefault(rel.head, []).append(by_id[rel.tail])
                linked.add(rel.tail)
        self._by_id: dict = {}
        self._links = sorted((r.head, r.tail) for r in relations if r.kind == "holds_title")
        self._keys = {f.id: self._key(f) for f in facts}

        def build_people(group, members):
            people: dict = {}
            for fact in members:
                people.setdefault(person_key(fact), []).append(fact)
            for name, mentions in people.items():
                person = group.add(Node("person", PersonRow(name, mentions)))
                seen: dict = {}
                for title in sorted((t for m in mentions for t in titles_of.get(m.id, ())),
                                    key=lambda f: (f.start, f.end)):
                    if title.text not in seen:
                        seen[title.text] = person.add(Node("fact", title))
                    self._by_id[title.id] = seen[title.text]
                box = person.add(Node("mentions", person.payload))
                for fact in mentions:
                    self._by_id[fact.id] = box.add(Node("fact", fact))

        def build(root):
            for kind in GROUP_ORDER:
                members = sorted((f for f in facts if f.kind == kind and f.id not in linked),
                                 key=lambda f: (f.start, f.end))
                if not members:
                    continue
                group = root.add(Node("group", kind))
                if kind == "person":
                    build_people(group, members)
                    continue
                for fact in members:
                    self._by_id[fact.id] = group.add(Node("fact", fact))
        self._reset(build)

    @staticmethod
    def _key(fact):
        """Where a fact sits: its kind, and for a person the name that groups the mentions."""
        if fact.kind == "person":
            return (fact.kind, person_key(fact))
        return (fact.kind, fact.text if fact.kind == "title" else None)

    def refresh(self, facts, relations) -> bool:
        """Take new rows for the same facts in place (after a text edit moved their spans).

        Returns False, doing nothing, when facts, kinds, names or links differ: the caller
        reloads. A reset would rebuild and re-lay-out every row (thousands in a long story) on
        each keystroke.
        """
        keys = getattr(self, "_keys", {})
        links = sorted((r.head, r.tail) for r in relations if r.kind == "holds_title")
        if (len(facts) != len(keys) or links != getattr(self, "_links", None)
                or any(keys.get(f.id) != self._key(f) for f in facts)):
            return False
        for fact in facts:
            self._replace(fact)
        return True

    def status_summary(self, mentions) -> str:
        """A person's statuses in a few words: one word when all agree, else counts (2 verified · 6 unchecked)."""
        counts: dict = {}
        for fact in mentions:
            counts[fact.status] = counts.get(fact.status, 0) + 1
        if len(counts) == 1:
            return self.status_text(next(iter(counts)))
        order = ("verified", "corrected", "needs_check", "auto", "rejected")
        # "%1 %2" is "2 verified"; Chinese puts the status first (已核实 2).
        part = self.tr("%1 %2", "a count, then a fact status")
        return " · ".join(part.replace("%1", str(counts[s])).replace("%2", self.status_text(s))
                          for s in sorted(counts, key=lambda s: order.index(s) if s in order else 9))

    def _person_cell(self, row, column, role):
        if role == DISPLAY:
            if column == COL_TEXT:
                return f"{row.name} ×{len(row.facts)}"
            if column == COL_STATUS:
                return self.status_summary(row.facts)
            return None
        if role == ROLE_KIND:
            return "person_row"
        if role == ROLE_SPAN:
            return (row.facts[0].start, row.facts[0].end)
        if role == TOOLTIP:
            return self.tr("%1: %2 mentions").replace("%1", row.name).replace("%2", str(len(row.facts)))
        statuses = {f.status for f in row.facts}
        if role == FOREGROUND and column == COL_STATUS and len(statuses) == 1 and row.facts[0].status in STATUS_COLORS:
            return QBrush(QColor(STATUS_COLORS[row.facts[0].status]))
        if role == FONT and statuses == {"rejected"}:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def cell(self, node, column, role):
        if node.kind == "group":
            if role == DISPLAY and column == COL_TEXT:
                return f"{self.group_text(node.payload)} ({len(node.children)})"
            if role == ROLE_KIND:
                return "group"
            return None
        if node.kind == "person":
            return self._person_cell(node.payload, column, role)
        if node.kind == "mentions":
            if role == DISPLAY and column == COL_TEXT:
                return self.tr("Mentions (%1)").replace("%1", str(len(node.children)))
            if role == ROLE_KIND:
                return "mentions"
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
        """The node of fact ``fact_id`` (None when it is not shown; a repeated title shares the first one's)."""
        return getattr(self, "_by_id", {}).get(fact_id)

    def fact_index(self, fact_id, column: int = 0):
        """The model index of fact ``fact_id`` (invalid when absent)."""
        node = self.fact_node(fact_id)
        return self.index_of(node, column) if node else QModelIndex()

    def person_facts(self, index) -> list:
        """The mentions of the person row at ``index`` (empty for any other row)."""
        node = index.internalPointer() if index.isValid() else None
        return list(node.payload.facts) if node is not None and node.kind == "person" else []

    def person_index(self, fact_id, column: int = 0):
        """The person row a mention ``fact_id`` belongs to (invalid for any other fact)."""
        node = self.fact_node(fact_id)
        if node is None or node.parent is None or node.parent.kind != "mentions":
            return QModelIndex()
        return self.index_of(node.parent.parent, column)

    def _replace(self, fact) -> None:
        node = self.fact_node(fact.id)
        if node.payload.id != fact.id:  # a repeated title: its row shows the first one
            return
        old, node.payload = node.payload, fact
        if node.parent.kind == "mentions":
            row = node.parent.payload
            row.facts[node.row] = fact
            if old.status != fact.status:
                self.changed(node.parent.parent)
        if (old.text, old.value, old.status) != (fact.text, fact.value, fact.status):
            self.changed(node)

    def update_fact(self, fact) -> bool:
        """Replace one fact's row in place; False when it is not shown or must move (the caller reloads)."""
        if self.fact_node(fact.id) is None or getattr(self, "_keys", {}).get(fact.id) != self._key(fact):
            return False
        self._replace(fact)
        return True

    def facts(self) -> list:
        """Every fact shown, in text order."""
        return sorted((n.payload for n in self.iter_nodes() if n.kind == "fact"), key=lambda f: (f.start, f.end))


def person_key(fact) -> str:
    """The name that makes mentions one person: the value's name (corrected spelling), else the text."""
    return str((fact.value or {}).get("name") or fact.text)


class PersonRow:
    """One person of the sheet: the name and every mention of it in text order."""

    __slots__ = ("facts", "name")

    def __init__(self, name: str, facts: list):
        self.name, self.facts = name, facts
