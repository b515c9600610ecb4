"""The article view: a story's text with layered span highlighting.

Everything the caller passes in is in **code points** (Python ``str`` indices), the unit of
the store. Qt counts UTF-16 units; exactly two helpers, :func:`to_utf16` and
:func:`to_code_point`, convert at this boundary, so a CJK Extension-B character such as 𠮷
(two UTF-16 units, one code point) never shifts a span.

Highlighting uses ``QPlainTextEdit.setExtraSelections`` in named layers (one per purpose, each
with a priority: facts below flags below the selection below search hits), the pattern of
Frescobaldi's editor. A layer keeps its spans in code points; only the spans near the visible
text become ExtraSelections (Qt walks every selection on every paint, and building 10,000
QTextCursors costs most of a second), and the window moves as the view scrolls.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

#: Default layer priorities: higher paints later (on top).
LAYER_FACTS, LAYER_FLAGS, LAYER_SELECTED, LAYER_SEARCH = "facts", "flags", "selected", "search"
DEFAULT_PRIORITIES = {LAYER_FACTS: 10, LAYER_FLAGS: 20, LAYER_SELECTED: 30, LAYER_SEARCH: 40}


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
#: Code points either side of the visible text that get real ExtraSelections (see ArticleView).
WINDOW_MARGIN = 600


@lru_cache(maxsize=8)
def _astral_index(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Code-point and UTF-16 positions of every character outside the BMP in ``text``.

    Cached per text (str hashes are cached by Python, so a lookup is cheap even for a long page).
    """
    cps = tuple(m.start() for m in _ASTRAL.finditer(text)) if not text.isascii() else ()
    # The k-th astral character sits k extra units further in UTF-16.
    return cps, tuple(cp + k for k, cp in enumerate(cps))


def to_utf16(text: str, cp: int) -> int:
    """Convert a code-point offset into ``text`` to a UTF-16 offset (Qt's unit)."""
    cps, _ = _astral_index(text)
    return cp + bisect.bisect_left(cps, cp) if cps else cp


def to_code_point(text: str, u16: int) -> int:
    """Convert a UTF-16 offset into ``text`` to a code-point offset (the store's unit).

    An offset that falls between the two halves of a surrogate pair snaps to the character's start.
    """
    _, u16s = _astral_index(text)
    if not u16s:
        return u16
    before = bisect.bisect_right(u16s, u16 - 2)  # astrals ending at or before u16
    if before < len(u16s) and u16s[before] == u16 - 1:
        return u16 - before - 1  # inside a pair: the pair's own code point
    return u16 - before


@dataclass(slots=True)
class Span:
    """One highlighted range in code points with its format and an optional tooltip."""

    start: int
    end: int
    fmt: QTextCharFormat
    tip: str = ""


class ArticleView(QPlainTextEdit):
    """An editable story text with layered highlights and span tooltips.

    Signals:
        cursorAt(int): the cursor moved to this code-point offset (no selection, or its start).
        textEdited(int, int, str): the user replaced [start, end) (code points of the text before
            the edit) by the string; not emitted for :meth:`set_text` or :meth:`replace_range`.
    """

    cursorAt = Signal(int)
    textEdited = Signal(int, int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._layers: dict[str, list[Span]] = {}  # sorted by start, code points
        self._starts: dict[str, list[int]] = {}
        self._maxlen: dict[str, int] = {}
        self._visible: dict[str, list[QTextEdit.ExtraSelection]] = {}  # built for self._window
        self._window = (0, -1)
        self._held, self._dirty = 0, False  # see hold()
        self._priorities = dict(DEFAULT_PRIORITIES)
        self._tips: list[tuple[int, int, str]] = []  # (start, end, tip) sorted by start, code points
        self._tip_starts: list[int] = []
        self._tip_provider = None
        self._quiet = 0  # >0 while the program itself changes the text
        self.setUndoRedoEnabled(False)  # the app's QUndoStack owns undo (one per story)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- text -----------------------------------------------------------------------------
    def text(self) -> str:
        """The text as the caller gave it (code points), kept in step with the user's edits."""
        return self._text

    def set_text(self, text: str) -> None:
        """Show ``text`` (already canonical: ``\\n`` line ends); clears every layer."""
        self._quiet += 1
        try:
            self._layers.clear()
            self._visible.clear()
            self._window = (0, -1)
            self.setExtraSelections([])
            self._text = text
            self.setPlainText(text)
        finally:
            self._quiet -= 1

    def replace_range(self, start: int, end: int, new: str) -> None:
        """Replace [start, end) (code points) without emitting ``textEdited`` (undo and fixes use it)."""
        self._quiet += 1
        try:
            cursor = self._cursor(start, end)
            cursor.insertText(new)
            self._text = self._text[:start] + new + self._text[end:]
            self._shift_layers(start, end, len(new))
        finally:
            self._quiet -= 1

    @Slot(int, int, int)
    def _on_contents_change(self, pos: int, removed: int, added: int) -> None:
        if self._quiet:
            return
        old = self._text
        start = to_code_point(old, pos)
        end = to_code_point(old, pos + removed)
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1  # Qt may count the final paragraph separator
        cursor.setPosition(min(pos, last))
        cursor.setPosition(min(pos + added, last), QTextCursor.MoveMode.KeepAnchor)
        # selectedText uses U+2029 for paragraph breaks: canonicalise to \n.
        new = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        if old[start:end] == new:
            return
        self._text = old[:start] + new + old[end:]
        self._shift_layers(start, end, len(new))
        self.textEdited.emit(start, end, new)

    def _shift_layers(self, start: int, end: int, n: int) -> None:
        """Move every layer's spans through the replacement of [start, end) by ``n`` code points."""
        delta = n - (end - start)
        for name, spans in self._layers.items():
            moved = []
            for sp in spans:
                s = sp.start if sp.start <= start else (sp.start + delta if sp.start >= end else start + n)
                e = sp.end + delta if sp.end >= end else (sp.end if sp.end <= start else start + n)
                if e > s:
                    moved.append(Span(s, e, sp.fmt, sp.tip))
            self._store_layer(name, moved)
        self._visible.clear()
        self._apply_layers()

    # --- positions ------------------------------------------------------------------------
    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(to_utf16(self._text, start), last))
        cursor.setPosition(min(to_utf16(self._text, end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def cursor_offset(self) -> int:
        """The cursor's position (selection start) in code points."""
        return to_code_point(self._text, self.textCursor().selectionStart())

    def selected_range(self) -> tuple[int, int]:
        """The selection as (start, end) in code points."""
        c = self.textCursor()
        return to_code_point(self._text, c.selectionStart()), to_code_point(self._text, c.selectionEnd())

    def select_range(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select [start, end) (code points) and scroll it into view, without moving focus."""
        self.blockSignals(True)  # the caller already knows: no cursorAt echo
        try:
            self.setTextCursor(self._cursor(start, end))
        finally:
            self.blockSignals(False)
        if scroll:
            self.centerCursor()

    @Slot()
    def _on_cursor_moved(self) -> None:
        if not self._quiet:
            self.cursorAt.emit(self.cursor_offset())

    def visible_range(self) -> tuple[int, int]:
        """The code-point range shown in the viewport (approximately: whole blocks)."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0, 0
        top = bottom = block.position()
        # Walk whole blocks down the viewport (no cursorForPosition: it warns mid-edit).
        y = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        height = self.viewport().height()
        while block.isValid() and y <= height:
            bottom = block.position() + block.length()
            y += self.blockBoundingRect(block).height()
            block = block.next()
        bottom = min(bottom, self.document().characterCount() - 1)
        return to_code_point(self._text, top), to_code_point(self._text, max(top, bottom))

    # --- layers ---------------------------------------------------------------------------
    def set_layer(self, name: str, spans: list[Span], priority: int | None = None) -> None:
        """Replace layer ``name`` by ``spans`` (code points) and repaint."""
        if priority is not None:
            self._priorities[name] = priority
        self._store_layer(name, sorted(spans, key=lambda sp: sp.start))
        self._visible.pop(name, None)
        self._apply_layers()

    def _store_layer(self, name: str, spans: list[Span]) -> None:
        self._layers[name] = spans
        self._starts[name] = [sp.start for sp in spans]
        self._maxlen[name] = max((sp.end - sp.start for sp in spans), default=0)

    def layer_size(self, name: str) -> int:
        """How many spans layer ``name`` holds (0 when absent)."""
        return len(self._layers.get(name, ()))

    def layer_ranges(self, name: str) -> list[tuple[int, int]]:
        """Layer ``name`` as (start, end) code-point ranges (they move with edits)."""
        return [(sp.start, sp.end) for sp in self._layers.get(name, ())]

    def clear_layer(self, name: str) -> None:
        """Remove layer ``name``."""
        if self._layers.pop(name, None) is not None:
            self._visible.pop(name, None)
            self._apply_layers()

    def _selections(self, name: str, lo: int, hi: int) -> list[QTextEdit.ExtraSelection]:
        spans, starts = self._layers[name], self._starts[name]
        first = bisect.bisect_left(starts, lo - self._maxlen[name])
        last = bisect.bisect_left(starts, hi)
        out = []
        for span in spans[first:last]:
            if span.end > lo:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = self._cursor(span.start, span.end)
                sel.format = span.fmt
                out.append(sel)
        return out

    def hold(self):
        """Context manager: apply layer changes once, at the end (one setExtraSelections)."""
        view = self

        class _Hold:
            def __enter__(self):
                view._held += 1

            def __exit__(self, *exc):
                view._held -= 1
                if not view._held and view._dirty:
                    view._apply_layers()

        return _Hold()

    def _apply_layers(self, *, moved: bool = False) -> None:
        if self._held:
            self._dirty = True
            return
        self._dirty = False
        vis_lo, vis_hi = self.visible_range()
        lo, hi = self._window
        if moved and lo <= vis_lo and vis_hi <= hi:
            return  # still inside the window the selections were built for
        if not (lo <= vis_lo and vis_hi <= hi):
            self._window = lo, hi = max(0, vis_lo - WINDOW_MARGIN), vis_hi + WINDOW_MARGIN
            self._visible.clear()
        combined: list[QTextEdit.ExtraSelection] = []
        for name in sorted(self._layers, key=lambda n: self._priorities.get(n, 50)):
            if name not in self._visible:
                self._visible[name] = self._selections(name, lo, hi)
            combined.extend(self._visible[name])
        self.setExtraSelections(combined)

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        if self._layers:
            self._apply_layers(moved=True)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._layers:
            self._apply_layers(moved=True)

    # --- tooltips -------------------------------------------------------------------------
    def set_tips(self, tips: list[tuple[int, int, str]]) -> None:
        """Tooltips by range (code points); several may overlap, all are shown."""
        self._tips = sorted(tips)
        self._tip_starts = [t[0] for t in self._tips]

    def set_tip_provider(self, provider) -> None:
        """Compute tooltips on demand: ``provider(offset) -> list[str]`` (replaces :meth:`set_tips`)."""
        self._tip_provider = provider

    def tips_at(self, offset: int) -> list[str]:
        """The tooltips of every range that covers code-point ``offset``."""
        if self._tip_provider is not None:
            return self._tip_provider(offset)
        hi = bisect.bisect_right(self._tip_starts, offset)
        # Spans are short (a name, a date): look back a bounded distance only.
        return [tip for start, end, tip in self._tips[max(0, hi - 64):hi] if start <= offset < end and tip]

    def viewportEvent(self, event) -> bool:
        # Hover tooltips arrive at the viewport, not at the editor's own event().
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            tips = self.tips_at(to_code_point(self._text, cursor.position()))
            if tips:
                QToolTip.showText(event.globalPos(), "<br/>".join(tips), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            # Let the window's undo/redo actions (the story's QUndoStack) take these keys.
            event.ignore()
            return False
        return super().event(event)

    def canInsertFromMimeData(self, source) -> bool:
        """Dropped files are not text to insert: leave them to the window (it imports them)."""
        if source.hasUrls():
            return False
        return super().canInsertFromMimeData(source)

    # --- find -----------------------------------------------------------------------------
    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Every occurrence of ``needle`` as code-point ranges (case-insensitive for Latin letters)."""
        if not needle:
            return []
        hay, n = self._text.casefold(), needle.casefold()
        out, i = [], hay.find(n)
        while i >= 0 and len(hay) == len(self._text):
            out.append((i, i + len(needle)))
            i = hay.find(n, i + max(1, len(n)))
        return out


def wavy(color) -> QTextCharFormat:
    """A format with a wavy underline in ``color`` (flagged spans)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(color)
    return fmt


def background(color, *, bold: bool = False) -> QTextCharFormat:
    """A format with a background colour (fact kinds, selection, search)."""
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    if bold:
        fmt.setFontWeight(700)
    return fmt


__all__ = ["ArticleView", "Span", "background", "to_code_point", "to_utf16", "wavy",
           "LAYER_FACTS", "LAYER_FLAGS", "LAYER_SELECTED", "LAYER_SEARCH"]
