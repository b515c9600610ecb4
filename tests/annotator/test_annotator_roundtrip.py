"""Annotate by keyboard through the bench, export JSONL and Label Studio, import, compare."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desktop.annotator.bench import AnnotationBench
from desktop.annotator.exchange_dialog import ExchangeDialog
from widgets.article_view import to_utf16

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _stories(store):
    doc = store.documents()[0]
    return [store.load_article(a.id) for a in store.articles(doc.id)]


def _select_by_keyboard(qtbot, editor, text, start, length):
    """Put the cursor at code point ``start`` and extend it with Shift+Right, as a person would."""
    cursor = editor.textCursor()
    cursor.setPosition(to_utf16(text, start))
    editor.setTextCursor(cursor)
    for _ in range(length):
        qtbot.keyClick(editor, Qt.Key.Key_Right, SHIFT)


def _fact(bundle, text, kind=None):
    return next(f for f in bundle.facts if f.text == text and (kind is None or f.kind == kind))


def _snapshot(store):
    """Per story: facts and relations in a form independent of row ids."""
    out = []
    for b in _stories(store):
        by_id = {f.id: f for f in b.facts}
        facts = sorted((f.kind, f.start, f.end, f.text, repr(sorted(f.value.items())), f.status, f.origin)
                       for f in b.facts)
        rels = sorted((r.kind, by_id[r.head].start, by_id[r.head].text, by_id[r.tail].start, by_id[r.tail].text)
                      for r in b.relations)
        out.append((b.text, facts, rels))
    return out


@pytest.fixture
def bench(qtbot, make_store):
    store = make_store("annotator-a.db", user="陈润")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    return AnnotationBench(editor, store)


def annotate_by_keyboard(qtbot, bench):
    store, editor = bench.store, bench.editor
    story_a, story_b = _stories(store)

    # Story A: mark 衡 as a place (key 4), grow it to 衡阳晚报, relabel it org (key 3).
    bench.setArticle(story_a.info.id, show_text=True)
    text = story_a.text
    _select_by_keyboard(qtbot, editor, text, 0, 1)
    qtbot.keyClick(editor, Qt.Key.Key_4)
    assert bench.currentFact().text == "衡" and bench.currentFact().kind == "place"
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Right, SHIFT)
    assert bench.currentFact().text == "衡阳晚报"
    qtbot.keyClick(editor, Qt.Key.Key_3)
    assert bench.currentFact().kind == "org"
    # 市委 inside 市委书记: overlapping spans are allowed.
    _select_by_keyboard(qtbot, editor, text, text.index("市委书记"), 2)
    qtbot.keyClick(editor, Qt.Key.Key_3)
    # Delete the extractor's date.
    bench.setCurrentFact(_fact(bench.bundle, "1月4日下午").id)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    # Link 朱健 to 市长: L, the nearest title comes first, Enter.
    bench.setCurrentFact(_fact(bench.bundle, "朱健").id)
    qtbot.keyClick(editor, Qt.Key.Key_L)
    assert bench.linkMode.candidate().text == "市长"
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    # Story B (𠮷 takes two UTF-16 units): mark 主任 as a title, link 𠮷金明达 to it.
    bench.setArticle(story_b.info.id, show_text=True)
    text = story_b.text
    _select_by_keyboard(qtbot, editor, text, text.index("主任"), 2)
    qtbot.keyClick(editor, Qt.Key.Key_2)
    assert bench.currentFact().text == "主任"
    bench.setCurrentFact(_fact(bench.bundle, "𠮷金明达").id)
    qtbot.keyClick(editor, Qt.Key.Key_L)
    while bench.linkMode.candidate().text != "主任":
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_keyboard_annotation_lands_in_the_store(qtbot, bench):
    annotate_by_keyboard(qtbot, bench)
    story_a, story_b = _stories(bench.store)
    assert _fact(story_a, "衡阳晚报").kind == "org"
    assert _fact(story_a, "市委", "org").origin == "human"
    assert not any(f.text == "1月4日下午" for f in story_a.facts)
    ids_a = {f.id: f.text for f in story_a.facts}
    assert ("朱健", "市长") in {(ids_a[r.head], ids_a[r.tail]) for r in story_a.relations}
    title = _fact(story_b, "主任")
    assert story_b.text[title.start:title.end] == "主任" and title.kind == "title"
    ids_b = {f.id: f.text for f in story_b.facts}
    assert ("𠮷金明达", "主任") in {(ids_b[r.head], ids_b[r.tail]) for r in story_b.relations}
    assert all(f.updated_by == "陈润" for f in story_a.facts + story_b.facts if f.origin == "human")
    assert bench.editor.toPlainText() == story_b.text  # no key ever typed into the story


def test_undo_redo_of_keyboard_edits(qtbot, bench):
    story_a = _stories(bench.store)[0]
    bench.setArticle(story_a.info.id, show_text=True)
    before = _snapshot(bench.store)
    _select_by_keyboard(qtbot, bench.editor, story_a.text, 0, 2)
    qtbot.keyClick(bench.editor, Qt.Key.Key_4)
    qtbot.keyClick(bench.editor, Qt.Key.Key_Delete)
    bench.setCurrentFact(_fact(bench.bundle, "刘越高").id)
    qtbot.keyClick(bench.editor, Qt.Key.Key_Delete)   # takes its holds_title link with it
    after = _snapshot(bench.store)
    while bench.undoStack.canUndo():
        bench.undoStack.undo()
    assert _snapshot(bench.store) == before           # same ids back: the link returns too
    while bench.undoStack.canRedo():
        bench.undoStack.redo()
    assert _snapshot(bench.store) == after


def test_a_refused_edit_is_reported_not_raised(qtbot, bench):
    story_a = _stories(bench.store)[0]
    bench.setArticle(story_a.info.id)
    with qtbot.waitSignal(bench.failed):
        bench._on_span("person", 5, 500)   # outside the story: the store refuses
    assert bench.undoStack.count() == 0


@pytest.mark.parametrize("fmt, name", [("jsonl", "out.jsonl"), ("labelstudio", "out.json")])
def test_round_trip_through_export_and_import(qtbot, bench, make_store, tmp_path, fmt, name):
    annotate_by_keyboard(qtbot, bench)
    dialog = ExchangeDialog(bench.store)
    qtbot.addWidget(dialog)
    out = tmp_path / name
    assert dialog.exportTo(str(out), fmt=fmt, verified_only=False, kinds=None) == 2
    fresh = make_store(f"fresh-{fmt}.db", user="导入", page=False)
    importer = ExchangeDialog(fresh)
    qtbot.addWidget(importer)
    with qtbot.waitSignal(importer.imported) as imported:
        assert importer.importFrom(str(out), fmt=fmt).pages == 1
    assert imported.args == [str(out), 1]
    assert _snapshot(fresh) == _snapshot(bench.store)
