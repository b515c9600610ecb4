"""Relations by keyboard and mouse: link a person to a title, show and remove links.

``LinkModeController`` is an event filter on the article's QPlainTextEdit.  Press L on a
person fact (the current fact, or the person under the cursor) to enter link mode; Tab /
Down / Right and Shift+Tab / Up / Left cycle through the candidate title facts (nearest
first) which are selected in the editor as they come; Enter links, Esc cancels.  In link
mode a click on a candidate links it.  The controller only *requests*; the host writes
through the store.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from widgets.article_view import to_code_point, to_utf16

from .models import RELATION_ID_ROLE, LinksModel

_NEXT = (Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Right)
_PREV = (Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Left)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress)


class LinkModeController(QObject):
    """Pick the title a person holds, by keyboard or mouse.

    The host keeps the controller up to date with ``setFacts`` (the article's facts, any
    objects with ``id, kind, start, end`` in code points) and ``setCurrentFact``.

    Signals:
        started(head_id: int): link mode began for this person fact.
        candidateChanged(fact_id: int, start: int, end: int): the title now proposed.
        linkRequested(head_id: int, tail_id: int): make ``holds_title`` head → tail.
        cancelled(): link mode ended without a link.
    """

    started = Signal(int)
    candidateChanged = Signal(int, int, int)
    linkRequested = Signal(int, int)
    cancelled = Signal()

    HEAD_KIND = "person"
    TAIL_KIND = "title"

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None,
                 trigger_key: Qt.Key = Qt.Key.Key_L) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._trigger = trigger_key
        self._facts: list[Any] = []
        self._text: str | None = None
        self._current_id: int | None = None
        self._head: Any = None
        self._candidates: list[Any] = []
        self._index = -1
        self._enabled = True
        # Kept, not asked for: while the editor is being destroyed its viewport still gets
        # events, and calling editor.viewport() then would touch a deleted C++ object.
        self._viewport = editor.viewport()
        editor.installEventFilter(self)
        self._viewport.installEventFilter(self)

    # -- state from the host -------------------------------------------------------------
    def setFacts(self, facts: Sequence[Any], text: str | None = None) -> None:
        """The article's facts (offsets in code points into ``text`` or the editor's text)."""
        if self.isActive():
            self.cancel()
        self._facts = list(facts)
        self._text = text

    def setCurrentFact(self, fact_id: int | None) -> None:
        self._current_id = fact_id

    def isActive(self) -> bool:
        return self._head is not None

    def head(self) -> Any:
        return self._head

    def candidates(self) -> list[Any]:
        return list(self._candidates)

    def candidate(self) -> Any:
        return self._candidates[self._index] if self._head is not None and self._candidates else None

    def _doc_text(self) -> str:
        if self._text is not None:
            return self._text
        own = getattr(self._editor, "text", None)  # widgets.ArticleView keeps the stored text
        return own() if callable(own) else self._editor.toPlainText()

    # -- link mode -----------------------------------------------------------------------
    def _fact_at_cursor(self) -> Any:
        cursor = self._editor.textCursor()
        pos = to_code_point(self._doc_text(), cursor.selectionStart())
        hits = [f for f in self._facts if f.kind == self.HEAD_KIND and f.start <= pos < f.end]
        return min(hits, key=lambda f: f.end - f.start) if hits else None

    def _find_head(self, head_id: int | None = None) -> Any:
        by_id = {f.id: f for f in self._facts}
        head = by_id.get(head_id if head_id is not None else self._current_id)
        if head is None or head.kind != self.HEAD_KIND:
            head = self._fact_at_cursor()
        return head

    def canStart(self) -> bool:
        """True when L would start link mode now (a person at hand and a title to link)."""
        return self._enabled and self._find_head() is not None and any(
            f.kind == self.TAIL_KIND for f in self._facts)

    def setEnabled(self, enabled: bool) -> None:
        """Off: link mode ends and L goes to the editor as a plain letter."""
        if not enabled:
            self.cancel()
        self._enabled = enabled

    def start(self, head_id: int | None = None) -> bool:
        """Enter link mode for ``head_id`` (default: current fact or person at the cursor).

        Returns False (and stays inactive) when there is no person or no title to link.
        """
        head = self._find_head(head_id)
        titles = [f for f in self._facts if f.kind == self.TAIL_KIND]
        if head is None or not titles:
            return False
        # Nearest first: a title is usually written right before or after its holder.
        titles.sort(key=lambda f: (min(abs(f.end - head.start), abs(f.start - head.end)), f.start))
        self._head, self._candidates, self._index = head, titles, 0
        self.started.emit(head.id)
        self._show_candidate()
        return True

    def step(self, delta: int) -> None:
        if not self.isActive():
            return
        self._index = (self._index + delta) % len(self._candidates)
        self._show_candidate()

    def accept(self) -> None:
        """Link the head to the proposed candidate and leave link mode."""
        if not self.isActive():
            return
        head, tail = self._head, self._candidates[self._index]
        self._leave()
        self.linkRequested.emit(head.id, tail.id)

    def cancel(self) -> None:
        if not self.isActive():
            return
        head = self._head
        self._leave()
        self._select(head.start, head.end)
        self.cancelled.emit()

    def _leave(self) -> None:
        self._head, self._candidates, self._index = None, [], -1

    def _select(self, start: int, end: int) -> None:
        text = self._doc_text()
        cursor = self._editor.textCursor()
        cursor.setPosition(to_utf16(text, start))
        cursor.setPosition(to_utf16(text, end), cursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)

    def _show_candidate(self) -> None:
        fact = self._candidates[self._index]
        self._select(fact.start, fact.end)
        self._editor.ensureCursorVisible()
        self.candidateChanged.emit(fact.id, fact.start, fact.end)

    # -- events --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in _EVENTS:
            return False
        if watched is self._editor:
            if etype == QEvent.Type.ShortcutOverride and self._handles(event):
                event.accept()
                return True
            if etype == QEvent.Type.KeyPress:
                return self._key_press(event)
            return False
        if watched is self._viewport and self.isActive() and etype == QEvent.Type.MouseButtonPress:
            return self._mouse_press(event)
        return False

    def _handles(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.isActive():
            return key in _NEXT + _PREV + _ENTER + (Qt.Key.Key_Escape,)
        # L is only taken when it can start link mode, so it still types in an editable story.
        return key == self._trigger and mods == Qt.KeyboardModifier.NoModifier and self.canStart()

    def _key_press(self, event: QKeyEvent) -> bool:
        if not self._handles(event):
            return False
        key = event.key()
        if not self.isActive():
            return self.start()
        if key in _NEXT and not (key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.step(+1)
        elif key in _PREV or key == Qt.Key.Key_Tab:
            self.step(-1)
        elif key in _ENTER:
            self.accept()
        else:
            self.cancel()
        return True

    def _mouse_press(self, event: QMouseEvent) -> bool:
        cursor = self._editor.cursorForPosition(event.position().toPoint())
        pos = to_code_point(self._doc_text(), cursor.position())
        for index, fact in enumerate(self._candidates):
            if fact.start <= pos < fact.end:
                self._index = index
                self.accept()
                return True
        return False  # a click elsewhere moves the cursor as usual; link mode stays on


class LinksPanel(QWidget):
    """The person → title links of an article, with a button to remove the selected one.

    Signals:
        removeRequested(relation_id: int): the person asked to remove this link.
        linkActivated(head_id: int, tail_id: int): a link was double-clicked (show it).
    """

    removeRequested = Signal(int)
    linkActivated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinksModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("annotatorLinksView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        # One line of text per row: the style's default leaves CJK rows half empty.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(self._on_double_click)
        self.removeButton = QPushButton(self.tr("Remove link"), self)
        self.removeButton.setObjectName("annotatorRemoveLink")
        self.removeButton.clicked.connect(self.removeSelected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.removeButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def setArticle(self, facts: Sequence[Any], relations: Sequence[Any]) -> None:
        self.model.set_links(facts, relations)

    def removeSelected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.removeRequested.emit(rows[0].data(RELATION_ID_ROLE))

    def _on_double_click(self, index) -> None:
        link = self.model.link(index.row())
        self.linkActivated.emit(link.head.id, link.tail.id)
