"""Spans by keyboard: label keys, grow/shrink, delete and re-kind on a QPlainTextEdit.

The controller never writes to the store itself: it turns key presses into requests in
**code points** (Python ``str`` indices into the stored article text) and the host
applies them through the store (or its undo stack).  Qt counts UTF-16 units, so the two
helpers of ``widgets.article_view`` (``to_utf16``/``to_code_point``) are the only place
where positions are converted; a CJK Extension-B
character such as 𠮷 (two UTF-16 units, one code point) must not shift any span.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from analysis.model import FACT_KINDS
from widgets.article_view import to_code_point, to_utf16

__all__ = ["DEFAULT_KEYMAP", "KEYMAP_KEY", "SpanKeyController", "keymap_from_text", "keymap_to_text",
           "load_keymap", "parse_keymap", "to_code_point", "to_utf16"]


#: Default label keys: 1–7 in FACT_KINDS order (the order of the fact sheet).
DEFAULT_KEYMAP: dict[str, str] = {str(i + 1): kind for i, kind in enumerate(FACT_KINDS)}


def parse_keymap(mapping: Mapping[str, str]) -> dict[int, str]:
    """Turn ``{"1": "person", "q": "title"}`` into ``{Qt.Key_1: "person", …}``.

    Keys are single characters (digits or letters, case-insensitive); kinds must be in
    FACT_KINDS.  Raises ValueError on anything else, so a bad setting is caught early.
    """
    result: dict[int, str] = {}
    for key, kind in mapping.items():
        if kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {kind!r}")
        if len(key) != 1 or not key.isalnum() or not key.isascii():
            raise ValueError(f"label key must be one letter or digit, not {key!r}")
        result[ord(key.upper())] = kind
    return result


#: QSettings key of the label keys, as ``"1=person,2=title,…"`` (version-suffixed).
KEYMAP_KEY = "annotator/label_keys.v1"


def keymap_to_text(mapping: Mapping[str, str]) -> str:
    return ",".join(f"{key}={kind}" for key, kind in mapping.items())


def keymap_from_text(text: str) -> dict[str, str]:
    """Parse ``"1=person,q=title"``; ValueError when a part is malformed or unknown."""
    mapping = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, kind = part.partition("=")
        if not sep:
            raise ValueError(f"not key=kind: {part!r}")
        mapping[key.strip()] = kind.strip()
    parse_keymap(mapping)  # validates
    return mapping


def load_keymap(settings=None) -> dict[str, str]:
    """The label keys from QSettings (``KEYMAP_KEY``), the default when unset or invalid."""
    from PySide6.QtCore import QSettings

    s = settings if settings is not None else QSettings()
    text = str(s.value(KEYMAP_KEY, "", type=str))
    if not text:
        return dict(DEFAULT_KEYMAP)
    try:
        return keymap_from_text(text)
    except ValueError:
        return dict(DEFAULT_KEYMAP)  # a hand-edited setting must not break the desk


_GROW_SHRINK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right)
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class SpanKeyController(QObject):
    """Event filter that turns label keys into span requests on a QPlainTextEdit.

    Keys (all handled only when they mean something, else passed on to the editor):
    - a label key (default 1–7) with a text selection: a new fact of that kind over the
      selection (``spanRequested``); with no selection, or a selection equal to the
      current span, it changes the current span's kind (``kindChangeRequested``);
    - with a current span: Shift+Right grows its end by one character, Shift+Left shrinks
      it; Alt+Shift+Left grows its start, Alt+Shift+Right shrinks it (a span never gets
      empty or leaves the text); Delete/Backspace removes it; Esc forgets it.

    The host says which fact is current with ``setCurrentSpan`` (e.g. when the fact
    sheet's selection changes or after ``spanRequested`` created one); the controller
    shows it as the editor's selection.  Offsets are code points into ``text()``.

    Signals:
        spanRequested(kind: str, start: int, end: int): make a fact over [start, end).
        growRequested(start: int, end: int): the current span should become [start, end).
        shrinkRequested(start: int, end: int): likewise, smaller.
        deleteRequested(start: int, end: int): remove the current span's fact.
        kindChangeRequested(kind: str, start: int, end: int): give the current span that kind.
        currentSpanChanged(start: int, end: int): the current span moved; (-1, -1) is none.
    """

    spanRequested = Signal(str, int, int)
    growRequested = Signal(int, int)
    shrinkRequested = Signal(int, int)
    deleteRequested = Signal(int, int)
    kindChangeRequested = Signal(str, int, int)
    currentSpanChanged = Signal(int, int)

    def __init__(self, editor: QPlainTextEdit, keymap: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._keys = parse_keymap(keymap if keymap is not None else DEFAULT_KEYMAP)
        self._text: str | None = None
        self._current: tuple[int, int] | None = None
        self._selecting = False
        self._enabled = True
        editor.installEventFilter(self)
        editor.cursorPositionChanged.connect(self._on_cursor_moved)

    # -- configuration -------------------------------------------------------------------
    def editor(self) -> QPlainTextEdit:
        return self._editor

    def setKeyMap(self, mapping: Mapping[str, str]) -> None:
        """Replace the label keys (``{"1": "person", …}``); ValueError when invalid."""
        self._keys = parse_keymap(mapping)

    def keyMap(self) -> dict[str, str]:
        return {chr(key).lower() if chr(key).isalpha() else chr(key): kind
                for key, kind in self._keys.items()}

    def setEnabled(self, enabled: bool) -> None:
        """Off: every key goes to the editor as if the controller were not there."""
        self._enabled = enabled
        if not enabled:
            self.clearCurrentSpan()

    def isEnabled(self) -> bool:
        return self._enabled

    def setText(self, text: str | None) -> None:
        """The stored article text the offsets refer to (None: the editor's own text).

        Give the stored text when the editor shows it, so offsets are checked against
        what the store holds, never against what the widget made of it.
        """
        self._text = text

    def text(self) -> str:
        if self._text is not None:
            return self._text
        own = getattr(self._editor, "text", None)  # widgets.ArticleView keeps the stored text
        return own() if callable(own) else self._editor.toPlainText()

    # -- the current span ----------------------------------------------------------------
    def currentSpan(self) -> tuple[int, int] | None:
        return self._current

    def setCurrentSpan(self, start: int, end: int) -> None:
        """Make [start, end) (code points) the current span and select it in the editor."""
        self.select(start, end)
        self._current = (start, end)
        self.currentSpanChanged.emit(start, end)

    def clearCurrentSpan(self) -> None:
        if self._current is not None:
            self._current = None
            self.currentSpanChanged.emit(-1, -1)

    def select(self, start: int, end: int) -> None:
        """Select [start, end) in code points in the editor."""
        text = self.text()
        cursor = self._editor.textCursor()
        cursor.setPosition(to_utf16(text, start))
        cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        # Like ArticleView.select_range: a programmatic selection is no cursor move of the
        # person's, so the editor's signals stay quiet (no echo back into the window).
        self._selecting = True
        blocker = QSignalBlocker(self._editor)
        try:
            self._editor.setTextCursor(cursor)
        finally:
            blocker.unblock()
            self._selecting = False

    @Slot()
    def _on_cursor_moved(self) -> None:
        # The current span is only current while it is what the editor shows selected:
        # a click or an arrow elsewhere gives the keys back to the text.
        if not self._selecting and self._current is not None and self.selection() != self._current:
            self.clearCurrentSpan()

    def selection(self) -> tuple[int, int] | None:
        """The editor's selection in code points, or None when nothing is selected."""
        cursor = self._editor.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.text()
        return to_code_point(text, cursor.selectionStart()), to_code_point(text, cursor.selectionEnd())

    # -- key handling --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False  # cheap, and never touches the editor while it is being destroyed
        if watched is not self._editor or not self._enabled:
            return False
        if etype == QEvent.Type.ShortcutOverride:
            # Accepting the override makes Qt deliver the key to the editor instead of a
            # window action with the same shortcut (Delete, digits): the span wins here.
            if self._would_handle(event):
                event.accept()
                return True
            return False
        if etype == QEvent.Type.KeyPress:
            return self._key_press(event)
        return False

    def _label_kind(self, event: QKeyEvent) -> str | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return None
        return self._keys.get(event.key())

    def _would_handle(self, event: QKeyEvent) -> bool:
        if self._label_kind(event) is not None:
            return self.selection() is not None or self._current is not None
        if self._current is None:
            return False
        return self._adjust_for(event) is not None or (
            event.key() in _DELETE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ) or event.key() == Qt.Key.Key_Escape

    def _adjust_for(self, event: QKeyEvent) -> tuple[str, int, int] | None:
        """("grow"|"shrink", start, end) for a Shift(+Alt)+arrow on the current span."""
        if self._current is None or event.key() not in _GROW_SHRINK_KEYS:
            return None
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift, alt = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier
        start, end = self._current
        right = event.key() == Qt.Key.Key_Right
        if mods == shift:            # move the end
            new = (start, end + 1) if right else (start, end - 1)
        elif mods == shift | alt:    # move the start
            new = (start + 1, end) if right else (start - 1, end)
        else:
            return None
        if new[0] < 0 or new[1] > len(self.text()) or new[1] - new[0] < 1:
            return ("none", start, end)  # swallowed: the span stays as it is
        grows = (new[1] - new[0]) > (end - start)
        return ("grow" if grows else "shrink", new[0], new[1])

    def _key_press(self, event: QKeyEvent) -> bool:
        kind = self._label_kind(event)
        if kind is not None:
            selected = self.selection()
            if selected is not None and selected != self._current:
                if selected[1] > selected[0]:
                    self.spanRequested.emit(kind, selected[0], selected[1])
                return True
            if self._current is not None:
                self.kindChangeRequested.emit(kind, *self._current)
                return True
            return False
        if self._current is None:
            return False
        adjust = self._adjust_for(event)
        if adjust is not None:
            what, start, end = adjust
            if what != "none":
                self._current = (start, end)
                self.select(start, end)
                (self.growRequested if what == "grow" else self.shrinkRequested).emit(start, end)
                self.currentSpanChanged.emit(start, end)
            return True
        if event.key() in _DELETE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            start, end = self._current
            self._current = None
            self.deleteRequested.emit(start, end)
            self.currentSpanChanged.emit(-1, -1)
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.clearCurrentSpan()
            return True
        return False
