"""Editing the story text: saved with history, spans move (code points), undo, re-analysis keeps decisions."""
from __future__ import annotations

from desk_helpers import EXT_B, build_analysis
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from widgets.article_view import LAYER_FACTS, to_utf16


def _place_cursor(view, offset):
    cursor = view.textCursor()
    cursor.setPosition(to_utf16(view.text(), offset))
    view.setTextCursor(cursor)


def test_typing_before_an_extension_b_name_moves_its_span(desk, store, qtbot):
    w = desk
    aid = w.session.article_id
    name = next(f for f in w.session.bundle.facts if f.text == f"{EXT_B}丽华")
    _place_cursor(w.view, name.start)
    w.view.setFocus()
    qtbot.keyClicks(w.view, "ab")
    bundle = store.load_article(aid)
    assert bundle.text == w.view.toPlainText()
    moved = next(f for f in bundle.facts if f.id == name.id)
    assert (moved.start, moved.end) == (name.start + 2, name.end + 2)
    assert bundle.text[moved.start:moved.end] == f"{EXT_B}丽华"
    assert moved.status == "auto"  # its own text did not change
    # The highlight in the widget follows too (UTF-16 handled inside the widget only).
    assert (moved.start, moved.end) in w.view.layer_ranges(LAYER_FACTS)
    # Typing merges into one undo step.
    w.actions.get("undo").trigger()
    assert store.load_article(aid).text == build_analysis().text
    assert w.view.toPlainText() == build_analysis().text


def test_editing_inside_a_fact_sends_it_back_to_check_and_undo_restores(desk, store):
    w = desk
    aid = w.session.article_id
    person = next(f for f in w.session.bundle.facts if f.text == "朱健")
    store.set_fact_status(person.id, "verified")
    w.open_story(aid)
    cursor = QTextCursor(w.view.document())
    start = to_utf16(w.view.text(), person.start + 1)
    cursor.setPosition(start)
    cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("建")  # 朱健 → 朱建: a proofreader's correction inside the name
    fact = store.fact(person.id)
    assert fact.text == "朱建" and fact.status == "needs_check"
    history = store.history(aid)
    assert any(h.field == "text" for h in history)
    w.actions.get("undo").trigger()
    fact = store.fact(person.id)
    assert fact.text == "朱健" and fact.status == "verified"
    assert w.view.toPlainText() == store.load_article(aid).text


def test_deleting_a_whole_fact_and_undo_brings_it_back(desk, store):
    w = desk
    aid = w.session.article_id
    fact = next(f for f in w.session.bundle.facts if f.text == "9部门")
    cursor = QTextCursor(w.view.document())
    cursor.setPosition(to_utf16(w.view.text(), fact.start))
    cursor.setPosition(to_utf16(w.view.text(), fact.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert all(f.id != fact.id for f in store.load_article(aid).facts)
    w.actions.get("undo").trigger()
    back = [f for f in store.load_article(aid).facts if f.text == "9部门"]
    assert len(back) == 1 and store.load_article(aid).text[back[0].start:back[0].end] == "9部门"


def test_reanalysis_keeps_human_decisions(desk, store, qtbot):
    w = desk
    aid = w.session.article_id
    person = next(f for f in w.session.bundle.facts if f.text == "刘越高")
    flag = next(f for f in w.session.bundle.flags if f.rule == "role.exclusive-conflict")
    w.select_fact(person.id)
    w.actions.get("verify").trigger()
    w.select_flag(flag.id)
    w.ask_reason = lambda f: "co-chairs"
    w.actions.get("dismiss_flag").trigger()
    # A fresh analysis of the same text (the engine's, here the hand-made one) is applied.
    w.session.reanalyse_article(aid, build_analysis())
    bundle = store.load_article(aid)
    assert next(f for f in bundle.facts if f.id == person.id).status == "verified"
    kept = next(f for f in bundle.flags if f.rule == "role.exclusive-conflict")
    assert kept.decision == "dismissed" and kept.reason == "co-chairs"
    assert w.fact_model.fact_node(person.id) is not None


def test_background_reanalysis_after_typing(desk, store, qtbot):
    w = desk
    w.reanalyse_timer.setInterval(0)
    _place_cursor(w.view, len(w.view.text()))
    w.view.textCursor().insertText("。")  # (QTest cannot type non-Latin keys)
    qtbot.waitUntil(lambda: not w.reanalyse_timer.isActive() and not w._jobs, timeout=60000)
    assert store.load_article(w.session.article_id).text.endswith("。")
    assert w.view.toPlainText() == store.load_article(w.session.article_id).text


def test_ctrl_z_in_the_text_goes_to_the_story_stack(desk, store, qtbot):
    w = desk
    _place_cursor(w.view, 0)
    w.view.setFocus()
    qtbot.keyClicks(w.view, "X")
    assert store.load_article(w.session.article_id).text.startswith("X")
    qtbot.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The synthetic key reaches the view, which must not undo on its own (its undo is off);
    # the action is what undoes (a QAction shortcut is not fired by a synthetic key press).
    assert w.view.toPlainText() == store.load_article(w.session.article_id).text
    w.actions.get("undo").trigger()
    assert not store.load_article(w.session.article_id).text.startswith("X")
