"""Link mode: L on a person, cycle the title candidates, Enter links, Esc cancels; mouse too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPlainTextEdit

from db.model import StoredFact, StoredRelation
from desktop.annotator.link_mode import LinkModeController, LinksPanel
from desktop.annotator.models import RELATION_ID_ROLE
from widgets.article_view import to_utf16

TEXT = "市委书记𠮷刘越高出席，市长朱健讲话。"
#       0123 4 567   8 9   ...


def _fact(fid, kind, sub, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return StoredFact(fid, 1, kind, start, start + len(sub), sub, {}, "auto", "auto", "", "")


FACTS = [
    _fact(1, "title", "市委书记"),
    _fact(2, "person", "𠮷刘越高"),
    _fact(3, "title", "市长"),
    _fact(4, "person", "朱健"),
]


@pytest.fixture
def editor(qtbot):
    edit = QPlainTextEdit()
    edit.setPlainText(TEXT)
    edit.resize(400, 200)
    qtbot.addWidget(edit)
    return edit


def _put_cursor(editor, cp):
    cursor = editor.textCursor()
    cursor.setPosition(to_utf16(TEXT, cp))
    editor.setTextCursor(cursor)


def test_keyboard_links_the_nearest_title_first_then_cycles(qtbot, editor):
    ctl = LinkModeController(editor)
    ctl.setFacts(FACTS)
    _put_cursor(editor, TEXT.index("刘"))          # the cursor is on the person
    with qtbot.waitSignal(ctl.started) as started:
        qtbot.keyClick(editor, Qt.Key.Key_L)
    assert started.args == [2] and ctl.isActive()
    assert ctl.candidate().id == 1                   # 市委书记 is right before 𠮷刘越高
    assert editor.textCursor().selectedText() == "市委书记"
    with qtbot.waitSignal(ctl.candidateChanged) as changed:
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert changed.args == [3, TEXT.index("市长"), TEXT.index("市长") + 2]
    qtbot.keyClick(editor, Qt.Key.Key_Up)            # back to 市委书记
    assert ctl.candidate().id == 1
    with qtbot.waitSignal(ctl.linkRequested) as linked:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert linked.args == [2, 1]
    assert not ctl.isActive()
    assert editor.toPlainText() == TEXT               # neither L nor Tab was typed


def test_escape_cancels_and_reselects_the_person(qtbot, editor):
    ctl = LinkModeController(editor)
    ctl.setFacts(FACTS)
    ctl.setCurrentFact(4)
    qtbot.keyClick(editor, Qt.Key.Key_L)
    assert ctl.head().id == 4 and ctl.candidate().id == 3
    with qtbot.waitSignal(ctl.cancelled):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not ctl.isActive()
    assert editor.textCursor().selectedText() == "朱健"


def test_no_person_or_no_title_means_no_link_mode(qtbot, editor):
    ctl = LinkModeController(editor)
    ctl.setFacts([f for f in FACTS if f.kind == "person"])
    ctl.setCurrentFact(2)
    assert ctl.start() is False
    ctl.setFacts(FACTS)
    ctl.setCurrentFact(None)
    _put_cursor(editor, len(TEXT) - 1)                # on 。, not a person
    assert not ctl.canStart()
    qtbot.keyClick(editor, Qt.Key.Key_L)
    assert not ctl.isActive()
    assert editor.toPlainText() == TEXT[:-1] + "l。"  # L stays a letter where it cannot link


def test_mouse_click_on_a_candidate_links_it(qtbot, editor):
    ctl = LinkModeController(editor)
    ctl.setFacts(FACTS)
    assert ctl.start(head_id=4)
    cursor = editor.textCursor()
    cursor.setPosition(to_utf16(TEXT, TEXT.index("书")))
    rect = editor.cursorRect(cursor)
    point = QPoint(rect.center().x() + 2, rect.center().y())
    with qtbot.waitSignal(ctl.linkRequested) as linked:
        qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert linked.args == [4, 1]


def test_links_panel_shows_links_and_asks_to_remove(qtbot, qtmodeltester):
    panel = LinksPanel()
    qtbot.addWidget(panel)
    relations = [StoredRelation(7, 1, "holds_title", 2, 1, "auto"),
                 StoredRelation(8, 1, "holds_title", 4, 3, "human")]
    panel.setArticle(FACTS, relations)
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 2
    assert panel.model.index(0, 0).data() == "𠮷刘越高"
    assert panel.model.index(0, 1).data() == "市委书记"
    panel.view.selectRow(1)
    with qtbot.waitSignal(panel.removeRequested) as removed:
        panel.removeButton.click()
    assert removed.args == [8]
    assert panel.model.index(1, 0).data(RELATION_ID_ROLE) == 8


def test_destroying_the_view_with_the_bench_on_it_raises_nothing(qtbot):
    # The viewport still gets events while its view is being destroyed: the filters must
    # not touch the dying view (pytest-qt fails the test on any exception in the loop).
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.annotator.bench import AnnotationBench
    from widgets.article_view import ArticleView

    view = ArticleView()
    view.set_text(TEXT)
    view.show()
    qtbot.waitExposed(view)
    bench = AnnotationBench(view)
    bench.linkMode.setFacts(FACTS)
    assert bench.linkMode.start(head_id=4)
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)
