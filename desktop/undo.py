"""Undo commands: one ``QUndoCommand`` class per kind of edit, each writing through the desk.

Every command talks to :class:`desktop.session.Session` (which writes to the store at once and
tells the window what changed); nothing here touches SQLite or widgets directly. Each story has
its own ``QUndoStack`` in the window's ``QUndoGroup``, so Ctrl+Z undoes the story in front.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from db.errors import StoreError

#: mergeWith ids (typing runs merge into one undo step).
ID_TYPING = 1


class Command(QUndoCommand):
    """Base: a store refusal (say, the fact is gone after a re-analysis) makes the command obsolete.

    The session has already reported the failure (status bar); an obsolete command is dropped
    from the stack instead of leaving undo history that can no longer be applied.
    """

    def redo(self):
        self._safely(self.do)

    def undo(self):
        self._safely(self.undo_)

    def _safely(self, fn) -> None:
        try:
            fn()
        except StoreError:
            self.setObsolete(True)

    def do(self) -> None:
        """Apply the edit."""

    def undo_(self) -> None:
        """Take the edit back."""


class SetFactValue(Command):
    """A person corrected a fact's normalised value (status becomes ``corrected``)."""

    def __init__(self, session, fact, new_value: dict, text: str):
        super().__init__(text)
        self.session, self.fact_id = session, fact.id
        self.old_value, self.old_status, self.new_value = fact.value, fact.status, new_value

    def do(self):
        self.session.set_fact_value(self.fact_id, self.new_value)

    def undo_(self):
        self.session.set_fact_value(self.fact_id, self.old_value, status=self.old_status)


class SetFactStatus(Command):
    """Verify, reject or reopen a fact."""

    def __init__(self, session, fact, status: str, text: str):
        super().__init__(text)
        self.session, self.fact_id, self.old, self.new = session, fact.id, fact.status, status

    def do(self):
        self.session.set_fact_status(self.fact_id, self.new)

    def undo_(self):
        self.session.set_fact_status(self.fact_id, self.old)


class DecideFlag(Command):
    """Confirm, dismiss (with a reason) or mark fixed a flag; undo reopens it as it was."""

    def __init__(self, session, flag, decision: str | None, reason: str, text: str):
        super().__init__(text)
        self.session, self.flag_id = session, flag.id
        self.old, self.old_reason = flag.decision, flag.reason or ""
        self.new, self.reason = decision, reason

    def do(self):
        self.session.decide_flag(self.flag_id, self.new, self.reason)

    def undo_(self):
        self.session.decide_flag(self.flag_id, self.old, self.old_reason)


class SetArticleStatus(Command):
    """Sign a story off (or any other story status change)."""

    def __init__(self, session, info, status: str, text: str):
        super().__init__(text)
        self.session, self.article_id, self.old, self.new = session, info.id, info.status, status

    def do(self):
        self.session.set_article_status(self.article_id, self.new)

    def undo_(self):
        self.session.set_article_status(self.article_id, self.old)


class EditText(Command):
    """Replace [start, end) of a story's text (code points); spans move, touched facts need a check.

    ``applied`` is True when the person typed the change (the view already shows it): the first
    redo then writes the store only. Undo restores the text and the statuses the edit reset.
    """

    def __init__(self, session, article_id: int, start: int, end: int, old: str, new: str,
                 text: str, *, applied: bool = False):
        super().__init__(text)
        self.session, self.article_id = session, article_id
        self.start, self.end, self.old, self.new = start, end, old, new
        self.applied = applied
        self.typed = applied and old == ""  # a typing run may merge
        self.statuses: dict[int, str] = {}

    def id(self):
        return ID_TYPING if self.typed else -1

    def mergeWith(self, other):
        # Merge a typed insertion that continues this one (already written to the store).
        if (other.id() != ID_TYPING or other.article_id != self.article_id
                or other.start != self.start + len(self.new)):
            return False
        self.new += other.new
        for fid, status in other.statuses.items():
            self.statuses.setdefault(fid, status)
        return True

    def do(self):
        before = self.session.edit_text(self.article_id, self.start, self.end, self.new,
                                        in_view=self.applied)
        self.applied = False  # from now on redo must also change the view
        if not self.statuses:
            self.statuses = before

    def undo_(self):
        self.session.edit_text(self.article_id, self.start, self.start + len(self.new), self.old,
                               in_view=False, restore_statuses=self.statuses)


class Macro(Command):
    """Several commands as one undo step (applying a fix: its edits, then the flag's decision).

    The parts are kept in a Python list rather than as Qt child commands, so their Python
    ``redo``/``undo`` overrides always stay alive with the macro.
    """

    def __init__(self, text: str, parts: list[QUndoCommand]):
        super().__init__(text)
        self.parts = parts

    def do(self):
        for part in self.parts:
            part.do()

    def undo_(self):
        for part in reversed(self.parts):
            part.undo_()
