"""The bench: span keys and link mode on one story view, written through an undo stack.

``AnnotationBench`` is the glue a window needs: it owns a ``SpanKeyController`` and a
``LinkModeController`` on the article view, turns their requests into undo commands over
the store, and tells the window when the story changed so it can redraw its layers.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPlainTextEdit

from . import commands
from .link_mode import LinkModeController
from .models import ACCEPTABLE_STATUSES
from .span_keys import SpanKeyController


class AnnotationBench(QObject):
    """Keyboard annotation of one story at a time over a ``db.store.Store``.

    The window calls ``setStore``, ``setArticle(article_id)`` when a story is shown,
    ``setCurrentFact(fact_id)`` when a fact is picked (fact sheet, click) and, if it keeps
    one undo stack per story, ``setUndoStack``.  Every edit is a ``QUndoCommand``.

    Signals:
        articleChanged(article_id: int): facts or links of the story changed (redraw it).
        currentFactChanged(fact_id: int): the fact the keys act on (-1: none).
        failed(message: str): the store refused an edit (show it in the status bar).
    """

    articleChanged = Signal(int)
    currentFactChanged = Signal(int)
    failed = Signal(str)

    def __init__(self, editor: QPlainTextEdit, store: Any = None, undo_stack: QUndoStack | None = None,
                 keymap: dict[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else editor)
        self.editor = editor
        self.spanKeys = SpanKeyController(editor, keymap, self)
        self.linkMode = LinkModeController(editor, self)
        self._own_stack = QUndoStack(self)
        self.undoStack = undo_stack if undo_stack is not None else self._own_stack
        self.store = store
        self.bundle: Any = None
        self._current: Any = None
        self.spanKeys.spanRequested.connect(self._on_span)
        self.spanKeys.growRequested.connect(self._on_resize)
        self.spanKeys.shrinkRequested.connect(self._on_resize)
        self.spanKeys.deleteRequested.connect(self._on_delete)
        self.spanKeys.kindChangeRequested.connect(self._on_kind)
        self.spanKeys.currentSpanChanged.connect(self._on_span_changed)
        self.linkMode.linkRequested.connect(self._on_link)

    # -- what the window tells the bench ---------------------------------------------------
    def setStore(self, store: Any) -> None:
        self.store = store
        self.bundle = None
        self._set_current(None)

    def setUndoStack(self, stack: QUndoStack | None) -> None:
        self.undoStack = stack if stack is not None else self._own_stack

    def setArticle(self, article_id: int, *, show_text: bool = False) -> None:
        """Load story ``article_id``; ``show_text`` also puts its text in the editor."""
        self.bundle = self.store.load_article(article_id)
        if show_text:
            setter = getattr(self.editor, "set_text", None)  # widgets.ArticleView
            setter(self.bundle.text) if callable(setter) else self.editor.setPlainText(self.bundle.text)
        self.spanKeys.setText(self.bundle.text)
        self.linkMode.setFacts(self.bundle.facts, self.bundle.text)
        self._set_current(None)

    def articleId(self) -> int | None:
        return self.bundle.info.id if self.bundle is not None else None

    def facts(self) -> list[Any]:
        return list(self.bundle.facts) if self.bundle is not None else []

    def relations(self) -> list[Any]:
        return list(self.bundle.relations) if self.bundle is not None else []

    def currentFact(self) -> Any:
        return self._current

    def setCurrentFact(self, fact_id: int | None) -> None:
        """Make a fact of the story current: the keys act on it, the view selects it."""
        fact = next((f for f in self.facts() if f.id == fact_id), None)
        self._set_current(fact)
        if fact is not None:
            self.spanKeys.setCurrentSpan(fact.start, fact.end)

    def factsAt(self, offset: int) -> list[Any]:
        """Facts covering code point ``offset``, shortest first (overlaps are allowed)."""
        return sorted((f for f in self.facts() if f.start <= offset < f.end), key=lambda f: f.end - f.start)

    # -- operations the window's actions call ----------------------------------------------
    def removeLink(self, relation_id: int) -> None:
        rel = next((r for r in self.relations() if r.id == relation_id), None)
        if rel is not None:
            self.undoStack.push(commands.DeleteRelation(self.store, rel, self._reload, failed=self._fail))

    def setStatus(self, fact_id: int, status: str) -> None:
        fact = next((f for f in self.facts() if f.id == fact_id), None)
        if fact is not None and fact.status != status:
            self.undoStack.push(commands.SetFactStatus(self.store, fact, status, self._reload,
                                                       failed=self._fail))

    def acceptAll(self, facts: list[Any], kind: str) -> int:
        """Verify the still-automatic facts of ``kind`` among ``facts`` as one undo step."""
        todo = [f for f in facts if f.kind == kind and f.status in ACCEPTABLE_STATUSES]
        if not todo:
            return 0
        self.undoStack.beginMacro(self.tr("Accept all visible %1").replace("%1", kind))
        try:
            for fact in todo:
                self.undoStack.push(commands.SetFactStatus(self.store, fact, "verified", self._reload,
                                                           failed=self._fail))
        finally:
            self.undoStack.endMacro()
        return len(todo)

    # -- requests from the controllers -----------------------------------------------------
    @Slot(str, int, int)
    def _on_span(self, kind: str, start: int, end: int) -> None:
        if self.bundle is None:
            return
        cmd = commands.AddFact(self.store, self.bundle.info.id, kind, start, end, self._reload,
                               text=self.tr("Mark %1").replace("%1", kind), failed=self._fail)
        added: list[Any] = []
        cmd.on_added = added.append
        # After push the stack owns the command (and deletes it if it failed): read the
        # new fact from the callback, never from the command.
        self.undoStack.push(cmd)
        if added:
            self.setCurrentFact(added[0].id)

    @Slot(int, int)
    def _on_resize(self, start: int, end: int) -> None:
        fact = self._current
        if fact is None:
            return
        fid = fact.id
        self.undoStack.push(commands.SetFactSpan(self.store, fact, start, end, self._reload, failed=self._fail))
        self._set_current(next((f for f in self.facts() if f.id == fid), None))

    @Slot(int, int)
    def _on_delete(self, _start: int, _end: int) -> None:
        fact = self._current
        if fact is not None:
            self._set_current(None)
            self.undoStack.push(commands.DeleteFact(self.store, fact, self._reload, failed=self._fail))

    @Slot(str, int, int)
    def _on_kind(self, kind: str, _start: int, _end: int) -> None:
        fact = self._current
        if fact is not None and fact.kind != kind:
            fid = fact.id
            self.undoStack.push(commands.SetFactKind(self.store, fact, kind, self._reload, failed=self._fail))
            self._set_current(next((f for f in self.facts() if f.id == fid), None))

    @Slot(int, int)
    def _on_span_changed(self, start: int, end: int) -> None:
        if start < 0:
            self._set_current(None)

    @Slot(int, int)
    def _on_link(self, head: int, tail: int) -> None:
        if self.bundle is not None:
            self.undoStack.push(commands.AddRelation(self.store, self.bundle.info.id, head, tail, self._reload,
                                                     failed=self._fail))

    # -- internals -------------------------------------------------------------------------
    def _set_current(self, fact: Any) -> None:
        self._current = fact
        self.linkMode.setCurrentFact(fact.id if fact is not None else None)
        self.currentFactChanged.emit(fact.id if fact is not None else -1)

    def _reload(self, article_id: int) -> None:
        if self.bundle is not None and self.bundle.info.id == article_id:
            current = self._current.id if self._current is not None else None
            self.bundle = self.store.load_article(article_id)
            self.linkMode.setFacts(self.bundle.facts, self.bundle.text)
            self._current = next((f for f in self.bundle.facts if f.id == current), None)
            self.linkMode.setCurrentFact(current if self._current is not None else None)
        self.articleChanged.emit(article_id)

    def _fail(self, message: str) -> None:
        # The span keys moved their span before the store said no: put it back.
        if self._current is not None:
            self.spanKeys.setCurrentSpan(self._current.start, self._current.end)
        self.failed.emit(message)
