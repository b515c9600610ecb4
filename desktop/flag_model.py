"""The flag list's model: one row per flag; a flag with several places has a child per place."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from desktop.models import (
    DISPLAY,
    FOREGROUND,
    ROLE_ID,
    ROLE_KIND,
    ROLE_ROW,
    ROLE_SPAN,
    TOOLTIP,
    Node,
    TreeModel,
)

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
#: Rule families about form (punctuation, script, doubled characters, numeral style) come after the
#: facts within one severity: a contradiction matters more than a comma.
FORM_RULES = ("punct.", "script.", "text.", "number.format")
SEVERITY_COLORS = {"error": "#c62828", "warning": "#ef6c00", "info": "#1565c0"}
COL_SEVERITY, COL_RULE, COL_MESSAGE, COL_CONTEXT = 0, 1, 2, 3


def quote(text: str, start: int, end: int, width: int = 8) -> str:
    """The span in its context, marked 【】, on one line (code points of ``text``)."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    line = f"{'…' if start > width else ''}{before}【{text[start:end]}】{after}{'…' if end + width < len(text) else ''}"
    return line.replace("\n", " ")


def flag_spans(flag) -> list[tuple[int, int]]:
    """A flag's spans as (start, end) tuples, in text order."""
    return sorted((int(s[0]), int(s[1])) for s in (flag.spans or []))


class FlagModel(TreeModel):
    """Flags sorted by severity and place; open flags first, decided ones greyed."""

    n_columns = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = "zh_CN"
        self._text = ""
        self._by_id: dict = {}

    def headers_text(self):
        return (self.tr("Severity"), self.tr("Rule"), self.tr("Message"), self.tr("Context"))

    def severity_text(self, severity: str) -> str:
        """A severity in words."""
        return {"error": self.tr("error"), "warning": self.tr("warning"), "info": self.tr("info")}.get(
            severity, severity)

    def decision_text(self, decision) -> str:
        """A flag's decision in words (empty while open)."""
        return {"confirmed": self.tr("confirmed"), "dismissed": self.tr("dismissed"),
                "fixed": self.tr("fixed")}.get(decision or "", "")

    def load(self, flags, text: str) -> None:
        """Show ``flags`` (StoredFlag rows) of the story whose text is ``text``."""
        self._text = text
        self._by_id = {}

        def key(f):
            spans = flag_spans(f)
            form = any(f.rule.startswith(p) for p in FORM_RULES)
            return (f.decision is not None, SEVERITY_ORDER.get(f.severity, 9), form, spans[0] if spans else (0, 0))

        def build(root):
            for flag in sorted(flags, key=key):
                node = self._by_id[flag.id] = root.add(Node("flag", flag))
                spans = flag_spans(flag)
                if len(spans) > 1:
                    for span in spans:
                        node.add(Node("place", span))
        self._reset(build)

    def refresh(self, flags, text: str) -> bool:
        """Take new rows for the same flags in place (spans moved); False when the caller must reload."""
        if len(flags) != len(self._by_id) or any(f.id not in self._by_id for f in flags):
            return False
        def places(f):
            n = len(f.spans or ())
            return n if n > 1 else 0

        if any(places(f) != len(self._by_id[f.id].children) for f in flags):
            return False
        self._text = text
        for flag in flags:
            node = self._by_id[flag.id]
            node.payload = flag
            for child, span in zip(node.children, flag_spans(flag), strict=False):
                child.payload = span
        if self._root.children:
            last = self._root.children[-1]
            self.dataChanged.emit(self.index(0, 0), self.index_of(last, self.n_columns - 1))
            for node in self._root.children:
                if node.children:
                    self.dataChanged.emit(self.index_of(node.children[0]),
                                          self.index_of(node.children[-1], self.n_columns - 1))
        return True

    def message(self, flag) -> str:
        """The flag's message in the interface language."""
        if self.language == "en" and getattr(flag, "message_en", ""):
            return flag.message_en
        return flag.message

    def cell(self, node, column, role):
        if node.kind == "place":
            start, end = node.payload
            if role == DISPLAY and column == COL_CONTEXT:
                return quote(self._text, start, end)
            if role == DISPLAY and column == COL_MESSAGE:
                return self._text[start:end].replace("\n", " ")
            if role == ROLE_SPAN:
                return (start, end)
            if role == ROLE_KIND:
                return "place"
            if role == ROLE_ID:
                return node.parent.payload.id
            return None
        flag = node.payload
        spans = flag_spans(flag)
        if role == DISPLAY:
            if column == COL_SEVERITY:
                decided = self.decision_text(flag.decision)
                return f"{self.severity_text(flag.severity)} · {decided}" if decided else self.severity_text(
                    flag.severity)
            if column == COL_RULE:
                return flag.rule
            if column == COL_MESSAGE:
                return self.message(flag)
            if column == COL_CONTEXT:
                if len(spans) > 1:
                    return self.tr("%1 places").replace("%1", str(len(spans)))
                return quote(self._text, *spans[0]) if spans else ""
        if role == TOOLTIP:
            reason = f"\n{flag.reason}" if getattr(flag, "reason", "") else ""
            return f"{self.message(flag)}{reason}"
        if role == FOREGROUND:
            if flag.decision is not None:
                return QBrush(QColor("#9e9e9e"))
            if column == COL_SEVERITY:
                return QBrush(QColor(SEVERITY_COLORS.get(flag.severity, "#000000")))
        if role == ROLE_ID:
            return flag.id
        if role == ROLE_KIND:
            return "flag"
        if role == ROLE_SPAN:
            return spans[0] if spans else None
        if role == ROLE_ROW:
            return flag
        return None

    def flag_node(self, flag_id) -> Node | None:
        """The node of flag ``flag_id``."""
        return self._by_id.get(flag_id)

    def update_flag(self, flag) -> None:
        """Replace one flag's row in place (its decision changed)."""
        node = self._by_id.get(flag.id)
        if node is not None:
            node.payload = flag
            self.changed(node)

    def flags_in_order(self) -> list:
        """Every flag shown, in display order."""
        return [n.payload for n in self._root.children]
