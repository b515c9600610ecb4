"""Label keys, grow/shrink, delete and re-kind on a real QPlainTextEdit (offsets in code points)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from analysis.model import FACT_KINDS
from desktop.annotator.span_keys import (
    DEFAULT_KEYMAP,
    SpanKeyController,
    parse_keymap,
    to_code_point,
    to_utf16,
)

TEXT = "记者𠮷金明达报道，市长朱健出席。"


@pytest.fixture
def editor(qtbot):
    edit = QPlainTextEdit()
    edit.setPlainText(TEXT)
    qtbot.addWidget(edit)
    return edit


def _select_u16(editor, start16, end16):
    cursor = editor.textCursor()
    cursor.setPosition(start16)
    cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_helpers_count_an_extension_b_character_once():
    assert to_utf16(TEXT, 3) == 4           # 记 者 𠮷(2 units)
    assert to_code_point(TEXT, 4) == 3
    assert to_code_point(TEXT, 3) == 2     # inside the pair: the pair's own character
    for cp in range(len(TEXT) + 1):
        assert to_code_point(TEXT, to_utf16(TEXT, cp)) == cp


def test_default_keys_follow_fact_kinds_order():
    assert list(DEFAULT_KEYMAP.values()) == list(FACT_KINDS)
    assert parse_keymap({"q": "title"}) == {ord("Q"): "title"}
    with pytest.raises(ValueError):
        parse_keymap({"1": "animal"})
    with pytest.raises(ValueError):
        parse_keymap({"F1": "person"})


def test_label_key_on_selection_requests_a_span_in_code_points(qtbot, editor):
    ctl = SpanKeyController(editor)
    # Select 𠮷金明达 by UTF-16 positions 2..7 (𠮷 takes two units).
    _select_u16(editor, 2, 7)
    with qtbot.waitSignal(ctl.spanRequested) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_1)
    kind, start, end = blocker.args
    assert (kind, start, end) == ("person", 2, 6)
    assert TEXT[start:end] == "𠮷金明达"
    assert editor.toPlainText() == TEXT  # the digit was not typed into the story


def test_every_label_key_maps_to_its_kind(qtbot, editor):
    ctl = SpanKeyController(editor)
    got = []
    ctl.spanRequested.connect(lambda kind, s, e: got.append(kind))
    for digit in range(1, 8):
        _select_u16(editor, 10, 12)
        qtbot.keyClick(editor, getattr(Qt.Key, f"Key_{digit}"))
    assert got == list(FACT_KINDS)


def test_custom_keymap_and_no_selection_passes_keys_through(qtbot, editor):
    ctl = SpanKeyController(editor, keymap={"p": "person"})
    got = []
    ctl.spanRequested.connect(lambda *args: got.append(args))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_P)       # no selection: typed as usual
    assert editor.toPlainText() == TEXT + "p"
    _select_u16(editor, 11, 13)
    qtbot.keyClick(editor, Qt.Key.Key_P)
    assert got == [("person", 10, 12)]


def test_grow_shrink_delete_and_kind_change_of_the_current_span(qtbot, editor):
    ctl = SpanKeyController(editor)
    events = []
    for name in ("growRequested", "shrinkRequested", "deleteRequested"):
        getattr(ctl, name).connect(lambda s, e, name=name: events.append((name, s, e)))
    ctl.kindChangeRequested.connect(lambda k, s, e: events.append(("kind", k, s, e)))
    ctl.setCurrentSpan(3, 5)                     # 金明
    assert ctl.selection() == (3, 5)
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert ctl.currentSpan() == (3, 6)           # 金明达
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
    assert ctl.currentSpan() == (2, 6)           # 𠮷金明达: grows over the astral char whole
    assert editor.textCursor().selectedText() == "𠮷金明达"
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_2)         # selection equals the span: change its kind
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert events == [("growRequested", 3, 6), ("growRequested", 2, 6), ("shrinkRequested", 3, 6),
                      ("shrinkRequested", 3, 5), ("kind", "title", 3, 5), ("deleteRequested", 3, 5)]
    assert ctl.currentSpan() is None
    assert editor.toPlainText() == TEXT          # Delete removed the fact, not the text


def test_a_span_never_gets_empty_or_leaves_the_text(qtbot, editor):
    ctl = SpanKeyController(editor)
    got = []
    ctl.shrinkRequested.connect(lambda s, e: got.append((s, e)))
    ctl.growRequested.connect(lambda s, e: got.append((s, e)))
    ctl.setCurrentSpan(0, 1)
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
    assert got == [] and ctl.currentSpan() == (0, 1)


def test_moving_the_cursor_away_forgets_the_span_and_escape_too(qtbot, editor):
    ctl = SpanKeyController(editor)
    ctl.setCurrentSpan(3, 5)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert ctl.currentSpan() is None
    ctl.setCurrentSpan(3, 5)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert ctl.currentSpan() is None


def test_disabled_controller_leaves_keys_to_the_editor(qtbot, editor):
    ctl = SpanKeyController(editor)
    ctl.setEnabled(False)
    got = []
    ctl.spanRequested.connect(lambda *a: got.append(a))
    _select_u16(editor, 0, 2)
    qtbot.keyClick(editor, Qt.Key.Key_1)
    assert got == [] and editor.toPlainText().startswith("1")


def test_works_on_the_desk_article_view(qtbot):
    from widgets.article_view import ArticleView

    view = ArticleView()
    qtbot.addWidget(view)
    view.set_text(TEXT)
    ctl = SpanKeyController(view)
    view.select_range(2, 6)
    with qtbot.waitSignal(ctl.spanRequested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_1)
    assert blocker.args == ["person", 2, 6]


def test_label_keys_come_from_settings_and_bad_settings_fall_back(qtbot, editor):
    from PySide6.QtCore import QSettings

    from desktop.annotator.span_keys import KEYMAP_KEY, keymap_from_text, keymap_to_text, load_keymap

    assert load_keymap() == DEFAULT_KEYMAP
    assert keymap_from_text(keymap_to_text(DEFAULT_KEYMAP)) == DEFAULT_KEYMAP
    QSettings().setValue(KEYMAP_KEY, "p=person, t=title")
    ctl = SpanKeyController(editor, load_keymap())
    got = []
    ctl.spanRequested.connect(lambda kind, s, e: got.append(kind))
    _select_u16(editor, 0, 2)
    qtbot.keyClick(editor, Qt.Key.Key_T)
    assert got == ["title"]
    QSettings().setValue(KEYMAP_KEY, "1=animal")
    assert load_keymap() == DEFAULT_KEYMAP
