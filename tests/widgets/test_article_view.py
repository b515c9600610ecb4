"""The article view: the two offset helpers, layered highlighting, edits and tooltips."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QTextCursor

from widgets.article_view import (
    LAYER_FACTS,
    LAYER_SELECTED,
    ArticleView,
    Span,
    background,
    to_code_point,
    to_utf16,
)

EXT_B = "𠮷"  # CJK Extension B: one code point, two UTF-16 units


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_helpers_on_bmp_text_are_identity():
    text = "市委书记刘越高主持会议"
    assert [to_utf16(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert [to_code_point(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_helpers_count_extension_b_as_two_units():
    text = f"记者{EXT_B}明达报道{EXT_B}{EXT_B}完"
    for cp in range(len(text) + 1):
        assert to_utf16(text, cp) == _utf16_len(text[:cp])
        assert to_code_point(text, to_utf16(text, cp)) == cp
    # The middle of a surrogate pair snaps to the character it belongs to.
    assert to_code_point(text, 3) == 2


@given(st.text(alphabet=st.sampled_from(["a", "中", EXT_B, "𠀀", "\n", "，"]), max_size=40))
def test_helpers_round_trip_on_any_text(text):
    for cp in range(len(text) + 1):
        u16 = to_utf16(text, cp)
        assert u16 == _utf16_len(text[:cp])
        assert to_code_point(text, u16) == cp


def test_select_range_selects_the_name_after_an_extension_b_character(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    text = f"通讯员{EXT_B}金明达说，{EXT_B}丽华到场。"
    view.set_text(text)
    start = text.index("丽华")
    view.select_range(start, start + 2)
    assert view.textCursor().selectedText() == "丽华"
    assert view.selected_range() == (start, start + 2)


def test_layers_are_kept_apart_and_ordered(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    text = f"{EXT_B}朱健出席并讲话，刘越高主持。"
    view.set_text(text)
    fmt = background(QColor("yellow"))
    view.set_layer(LAYER_FACTS, [Span(1, 3, fmt), Span(text.index("刘越高"), text.index("刘越高") + 3, fmt)])
    view.set_layer(LAYER_SELECTED, [Span(1, 3, background(QColor("orange")))])
    assert view.layer_size(LAYER_FACTS) == 2 and view.layer_size(LAYER_SELECTED) == 1
    selections = view.extraSelections()
    assert len(selections) == 3
    # Facts first (below), the selection last (on top).
    assert selections[-1].format.background().color() == QColor("orange")
    assert selections[0].cursor.selectedText() == "朱健"
    view.clear_layer(LAYER_SELECTED)
    assert len(view.extraSelections()) == 2
    assert view.layer_ranges(LAYER_FACTS)[0] == (1, 3)


def test_user_edit_reports_code_points_and_spans_move(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    text = f"{EXT_B}记者陈润报道的的会议"
    view.set_text(text)
    name = text.index("陈润")
    view.set_layer(LAYER_FACTS, [Span(name, name + 2, background(QColor("yellow")))])
    dup = text.index("的的")
    with qtbot.waitSignal(view.textEdited) as blocker:
        cursor = QTextCursor(view.document())
        cursor.setPosition(to_utf16(text, dup))
        cursor.setPosition(to_utf16(text, dup + 1), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    assert blocker.args == [dup, dup + 1, ""]
    assert view.text() == text.replace("的的", "的")
    # Insert before the name: the highlight follows the name.
    with qtbot.waitSignal(view.textEdited) as blocker:
        cursor = QTextCursor(view.document())
        cursor.setPosition(to_utf16(view.text(), 1))
        cursor.insertText("全媒体")
    assert blocker.args == [1, 1, "全媒体"]
    start, end = view.layer_ranges(LAYER_FACTS)[0]
    assert view.text()[start:end] == "陈润"


def test_replace_range_is_quiet(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_text("1月4日下午,市委书记")
    edits = []
    view.textEdited.connect(lambda *a: edits.append(a))
    view.replace_range(6, 7, "，")
    assert view.text() == "1月4日下午，市委书记"
    assert view.toPlainText() == view.text()
    assert edits == []


def test_cursor_in_a_span_is_reported_in_code_points(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    text = f"{EXT_B}{EXT_B}刘越高"
    view.set_text(text)
    with qtbot.waitSignal(view.cursorAt) as blocker:
        cursor = view.textCursor()
        cursor.setPosition(to_utf16(text, 3))
        view.setTextCursor(cursor)
    assert blocker.args == [3]


def test_tooltips_cover_overlapping_spans(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_text("市生态环境保护委员会主任刘越高")
    view.set_tips([(0, 12, "title: 主任"), (0, 10, "org"), (12, 15, "person")])
    assert set(view.tips_at(3)) == {"org", "title: 主任"}
    assert view.tips_at(13) == ["person"]
    assert view.tips_at(20) == []


def test_find_all_in_code_points(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    text = f"{EXT_B}的的和的的"
    view.set_text(text)
    assert view.find_all("的的") == [(1, 3), (4, 6)]
    assert view.find_all("") == []


def test_dropped_files_are_not_inserted_as_text(qtbot):
    from PySide6.QtCore import QMimeData, QUrl

    view = ArticleView()
    qtbot.addWidget(view)
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile("/tmp/page.txt")])
    files.setText("/tmp/page.txt")
    assert not view.canInsertFromMimeData(files)
    text = QMimeData()
    text.setText("正文")
    assert view.canInsertFromMimeData(text)


def test_layers_only_build_selections_near_the_visible_text(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    text = ("某某市召开会议。\n" * 5000)
    view.set_text(text)
    fmt = background(QColor("yellow"))
    spans = [Span(i, i + 3, fmt) for i in range(0, len(text), 9)]
    view.set_layer(LAYER_FACTS, spans)
    assert view.layer_size(LAYER_FACTS) == len(spans)
    assert 0 < len(view.extraSelections()) < len(spans) // 10
    # Scrolling to the end brings the spans there into the selections.
    view.select_range(len(text) - 9, len(text) - 6)
    selections = view.extraSelections()
    assert selections[-1].cursor.selectionStart() >= len(text) - 2000


def test_hovering_a_span_shows_its_tooltip(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    text = f"{EXT_B}市长朱健出席"
    view.set_text(text)
    view.set_tips([(3, 5, "person: 朱健")])
    cursor = view.textCursor()
    cursor.setPosition(to_utf16(text, 4))
    rect = view.cursorRect(cursor)
    pos = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)  # where hover tooltips arrive
    assert QToolTip.text() == "person: 朱健"
    QToolTip.hideText()
