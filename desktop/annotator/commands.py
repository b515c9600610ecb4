"""Undo commands of the annotator's bench: one ``QUndoCommand`` per kind of span edit.

Each writes through the store at once (one transaction and history row per step) and then
calls ``changed(article_id)`` so the bench can reload the story.  A ``StoreError`` (the story
changed under the command, a bad span) is reported through ``failed(message)`` and makes the
command obsolete, so the undo stack drops it instead of holding a step that never happened.  Deleting a fact is undone
with ``store.restore_fact`` (same id, its relations back), so a redo after an undo never
leaves dangling ids behind.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

Changed = Callable[[int], None]
Failed = Callable[[str], None]


def _ignore(_message: str) -> None:
    pass


class _StoreCommand(QUndoCommand):
    """Base: subclasses write ``_redo``/``_undo``; errors become ``failed`` + obsolete."""

    def __init__(self, store: Any, article_id: int, changed: Changed, text: str,
                 parent: QUndoCommand | None = None, failed: Failed = _ignore) -> None:
        super().__init__(text, parent)
        self.store, self.article_id, self._changed, self._failed = store, article_id, changed, failed

    def changed(self) -> None:
        self._changed(self.article_id)

    def redo(self) -> None:
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, step: Callable[[], None]) -> None:
        from db.errors import StoreError

        try:
            step()
        except StoreError as exc:
            # An exception must not cross back into Qt's C++ (push/undo): report and drop.
            self.setObsolete(True)
            self._failed(str(exc))
            return
        self.changed()

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddFact(_StoreCommand):
    """Mark [start, end) as a fact of ``kind`` (origin human, verified)."""

    def __init__(self, store, article_id: int, kind: str, start: int, end: int, changed: Changed,
                 text: str = "Add fact", parent=None, failed: Failed = _ignore):
        super().__init__(store, article_id, changed, text, parent, failed)
        self.kind, self.start, self.end = kind, start, end
        self.fact: Any = None
        #: Called with the new fact after the first redo (the bench makes it current).
        self.on_added: Callable[[Any], None] | None = None

    def _redo(self) -> None:
        if self.fact is None:
            self.fact = self.store.add_fact(self.article_id, self.kind, self.start, self.end)
            if self.on_added is not None:
                self.on_added(self.fact)
        else:
            self.fact = self.store.restore_fact(self.fact)

    def _undo(self) -> None:
        self.fact = self.store.delete_fact(self.fact.id)


class DeleteFact(_StoreCommand):
    """Remove a fact and its relations."""

    def __init__(self, store, fact: Any, changed: Changed, text: str = "Delete fact", parent=None, failed: Failed = _ignore):
        super().__init__(store, fact.article_id, changed, text, parent, failed)
        self.fact = fact

    def _redo(self) -> None:
        self.fact = self.store.delete_fact(self.fact.id)

    def _undo(self) -> None:
        self.fact = self.store.restore_fact(self.fact)


class SetFactSpan(_StoreCommand):
    """Move a fact's span (the store marks it corrected; undo restores the old status)."""

    def __init__(self, store, fact: Any, start: int, end: int, changed: Changed,
                 text: str = "Change span", parent=None, failed: Failed = _ignore):
        super().__init__(store, fact.article_id, changed, text, parent, failed)
        self.fact_id, self.old = fact.id, (fact.start, fact.end, fact.status)
        self.new = (start, end)

    def _redo(self) -> None:
        self.store.set_fact_span(self.fact_id, *self.new)

    def _undo(self) -> None:
        self.store.set_fact_span(self.fact_id, self.old[0], self.old[1])
        self.store.set_fact_status(self.fact_id, self.old[2])


class SetFactKind(_StoreCommand):
    """Relabel a fact."""

    def __init__(self, store, fact: Any, kind: str, changed: Changed, text: str = "Change kind", parent=None, failed: Failed = _ignore):
        super().__init__(store, fact.article_id, changed, text, parent, failed)
        self.fact_id, self.old, self.kind = fact.id, (fact.kind, fact.status), kind

    def _redo(self) -> None:
        self.store.set_fact_kind(self.fact_id, self.kind)

    def _undo(self) -> None:
        self.store.set_fact_kind(self.fact_id, self.old[0])
        self.store.set_fact_status(self.fact_id, self.old[1])


class SetFactStatus(_StoreCommand):
    """Verify (or reject…) one fact; "accept all visible" is a macro of these."""

    def __init__(self, store, fact: Any, status: str, changed: Changed, text: str = "Set status", parent=None, failed: Failed = _ignore):
        super().__init__(store, fact.article_id, changed, text, parent, failed)
        self.fact_id, self.old, self.status = fact.id, fact.status, status

    def _redo(self) -> None:
        self.store.set_fact_status(self.fact_id, self.status)

    def _undo(self) -> None:
        self.store.set_fact_status(self.fact_id, self.old)


class AddRelation(_StoreCommand):
    """Link head → tail (``holds_title``)."""

    def __init__(self, store, article_id: int, head: int, tail: int, changed: Changed,
                 kind: str = "holds_title", text: str = "Link", parent=None, failed: Failed = _ignore):
        super().__init__(store, article_id, changed, text, parent, failed)
        self.kind, self.head, self.tail = kind, head, tail
        self.relation: Any = None
        self.existed = False

    def _redo(self) -> None:
        before = {r.id for r in self.store.load_article(self.article_id).relations}
        self.relation = self.store.add_relation(self.article_id, self.kind, self.head, self.tail)
        self.existed = self.relation.id in before  # linking twice must not unlink on undo

    def _undo(self) -> None:
        if not self.existed:
            self.store.delete_relation(self.relation.id)


class DeleteRelation(_StoreCommand):
    """Remove a link (undo links the same two facts again)."""

    def __init__(self, store, relation: Any, changed: Changed, text: str = "Remove link", parent=None, failed: Failed = _ignore):
        super().__init__(store, relation.article_id, changed, text, parent, failed)
        self.relation = relation

    def _redo(self) -> None:
        self.store.delete_relation(self.relation.id)

    def _undo(self) -> None:
        r = self.relation
        self.relation = self.store.add_relation(r.article_id, r.kind, r.head, r.tail)
