"""The main window through real widgets: layout, two-way linking, keyboard actions, undo."""
from __future__ import annotations

from desk_helpers import EXT_B, build_repeated
from PySide6.QtGui import QFontDatabase

from desktop.models import ROLE_ID, ROLE_KIND, ROLE_ROW
from widgets.article_view import LAYER_FACTS, LAYER_FLAGS, LAYER_SELECTED, to_utf16


def _act(win, name):
    win.actions.get(name).trigger()


def _fact_by_text(win, text):
    return next(f for f in win.session.bundle.facts if f.text == text)


def test_layout_shows_story_facts_flags_and_legend(desk):
    w = desk
    assert w.story_model.rowCount() == 1
    story = w.story_model.index(0, 0, w.story_model.index(0, 0))
    assert story.data(ROLE_KIND) == "article"
    assert w.story_model.index(0, 2, w.story_model.index(0, 0)).data() == "3"  # open flags
    assert w.view.toPlainText() == w.session.bundle.text
    assert w.view.layer_size(LAYER_FACTS) == len(w.session.bundle.facts)
    assert w.view.layer_size(LAYER_FLAGS) == 5  # every place of the three open flags: 2 + 1 + 2
    assert "person" in w.legend.texts() and "flagged" in w.legend.texts()
    assert {d.objectName() for d in w.docks.values()} == {"storiesDock", "factsDock", "flagsDock"}
    # Tooltips: a fact's value, a flag's message.
    name = w.session.bundle.text.index("朱健")
    tips = " ".join(w.view.tips_at(name))
    assert "朱健" in tips and "Two people hold one exclusive role" in tips  # English UI: message_en


def test_fact_row_selects_its_span_and_cursor_selects_row(desk):
    w = desk
    fact = _fact_by_text(w, f"{EXT_B}丽华")
    assert w.select_fact(fact.id)
    assert w.view.textCursor().selectedText() == f"{EXT_B}丽华"
    assert w.view.selected_range() == (fact.start, fact.end)
    assert w.view.layer_ranges(LAYER_SELECTED) == [(fact.start, fact.end)]
    # Cursor into 刘越高 → its row becomes current.
    other = _fact_by_text(w, "刘越高")
    cursor = w.view.textCursor()
    cursor.setPosition(to_utf16(w.view.text(), other.start + 1))
    w.view.setTextCursor(cursor)
    assert w.fact_view.currentIndex().data(ROLE_ID) == other.id


def test_selecting_a_flag_shows_all_its_spans(desk):
    w = desk
    flag = next(f for f in w.session.bundle.flags if f.rule == "role.exclusive-conflict")
    assert w.select_flag(flag.id)
    ranges = w.view.layer_ranges(LAYER_SELECTED)
    assert [w.view.text()[s:e] for s, e in ranges] == ["刘越高", "朱健"]
    # A place row shows only that place.
    parent = w.flag_view.currentIndex()
    w.flag_view.setCurrentIndex(w.flag_model.index(1, 0, parent))
    assert [w.view.text()[s:e] for s, e in w.view.layer_ranges(LAYER_SELECTED)] == ["朱健"]
    assert w.current_flag().id == flag.id


def test_keyboard_next_fact_verify_reject_and_undo(desk, store):
    w = desk
    _act(w, "next_fact")
    first = w.current_fact()
    assert first.text == "1月4日下午"
    _act(w, "verify")  # Enter: verified, and on to the next fact
    assert store.fact(first.id).status == "verified"
    assert w.current_fact().start > first.start
    second = w.current_fact()
    _act(w, "reject")
    assert store.fact(second.id).status == "rejected"
    assert w.view.layer_size(LAYER_FACTS) == len(w.session.bundle.facts) - 1  # rejected: not painted
    _act(w, "undo")
    assert store.fact(second.id).status == "auto"
    _act(w, "undo")
    assert store.fact(first.id).status == "auto"
    _act(w, "redo")
    assert store.fact(first.id).status == "verified"
    assert "Saved" in w.saved_label.text()
    # The first decision moved the story to "in progress".
    assert store.article_info(w.session.article_id).status == "in_progress"


def test_value_edit_through_the_delegate_is_validated_and_undoable(desk, store, qtbot):
    w = desk
    date = _fact_by_text(w, "1月4日下午")
    w.select_fact(date.id)
    index = w.fact_view.currentIndex().siblingAtColumn(1)
    assert w.validate_value(index, "2023-02-30") is not None  # a date must be a date
    assert w.validate_value(index, "2023-01-05") is None
    _act(w, "edit_value")
    editor = w.fact_view.findChild(type(w.find_edit), "valueEditor")
    assert editor is not None
    editor.setText("2023-02-30")
    assert not editor.hasAcceptableInput()
    editor.setText("2023-01-05")
    w.fact_view.commitData(editor)
    w.fact_view.closeEditor(editor, w.fact_view.itemDelegate().EndEditHint.NoHint)
    stored = store.fact(date.id)
    assert stored.value["start"] == "2023-01-05" and stored.status == "corrected"
    assert stored.value["part"] == "afternoon"  # what the line does not show is kept
    _act(w, "undo")
    stored = store.fact(date.id)
    assert stored.value["start"] == "2023-01-04" and stored.status == "auto"


def test_flags_confirm_dismiss_with_reason_and_apply_fix(desk, store, monkeypatch):
    w = desk
    _act(w, "next_flag")  # F8: errors first
    dup = w.current_flag()
    assert dup.rule == "text.duplicate"
    _act(w, "next_flag")
    conflict = w.current_flag()
    monkeypatch.setattr(w, "ask_reason", lambda flag: "联合主任，属实")
    _act(w, "dismiss_flag")
    assert store.flag(conflict.id).decision == "dismissed"
    assert store.flag(conflict.id).reason == "联合主任，属实"
    _act(w, "undo")
    assert store.flag(conflict.id).decision is None
    w.select_flag(dup.id)
    _act(w, "confirm_flag")
    assert store.flag(dup.id).decision == "confirmed"
    _act(w, "apply_fix")
    text = store.load_article(w.session.article_id).text
    assert "的的" not in text and w.view.toPlainText() == text
    assert store.flag(dup.id).decision == "fixed"
    _act(w, "undo")  # one step undoes the whole fix
    assert "的的" in store.load_article(w.session.article_id).text
    assert w.view.toPlainText() == store.load_article(w.session.article_id).text
    assert store.flag(dup.id).decision == "confirmed"


def test_grouped_fix_replaces_every_place(desk, store):
    w = desk
    commas = next(f for f in w.session.bundle.flags if f.rule == "punct.halfwidth")
    w.select_flag(commas.id)
    _act(w, "apply_fix")
    text = store.load_article(w.session.article_id).text
    assert "," not in text and text.count("，") == 2
    # Spans after the edit still point at their text (an Extension-B name among them).
    for fact in store.load_article(w.session.article_id).facts:
        assert text[fact.start:fact.end] == fact.text


def test_sign_off_next_story_and_find(window, store):
    from desk_helpers import build_analysis

    w = window
    doc = w.session.import_analysis(build_analysis(n_articles=2), None, "two.txt")
    first, second = [a.id for a in store.articles(doc)]
    w.open_story(first)
    _act(w, "sign_off")
    assert store.article_info(first).status == "signed_off"
    story_rows = w.story_model.index(0, 0)
    assert w.story_model.index(0, 1, story_rows).data() == "signed off"
    _act(w, "next_story")
    assert w.session.article_id == second
    assert w.story_view.currentIndex().data(ROLE_ID) == second
    _act(w, "undo")  # the second story's stack is empty: nothing happens to the first
    assert store.article_info(first).status == "signed_off"
    _act(w, "prev_story")
    _act(w, "undo")
    assert store.article_info(first).status != "signed_off"
    _act(w, "find")
    assert w.find_bar.isVisible()
    w.find_edit.setText("主任")
    assert w.view.layer_size("search") == 2
    _act(w, "find_next")
    assert w.view.textCursor().selectedText() == "主任"
    _act(w, "find_close")
    assert not w.find_bar.isVisible() and w.view.layer_size("search") == 0


def test_every_action_has_a_shortcut_listed_in_help(desk, qtbot):
    w = desk
    dialog = w.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    for name, action in w.actions.actions.items():
        if name == "about":
            continue
        assert action.shortcuts(), name
        assert action.objectName() == name
    assert {"Verify fact", "Next flag", "Sign story off", "Undo", "Find"} <= listed
    keys = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert keys["Next flag"] == "F8"
    assert "Ctrl+Return" in keys["Sign story off"]


def test_zoom_changes_the_text_size(desk):
    w = desk
    before = w.view.font().pointSizeF()
    _act(w, "zoom_in")
    _act(w, "zoom_in")
    assert w.view.font().pointSizeF() > before
    _act(w, "zoom_reset")
    assert w.view.font().pointSizeF() == before
    _act(w, "zoom_out")
    assert w.view.font().pointSizeF() < before


def test_a_cjk_font_is_installed_and_used(desk):
    families = set(QFontDatabase.families())
    assert {"Noto Sans CJK SC", "Noto Serif CJK SC"} & families or "WenQuanYi Micro Hei" in families
    assert "CJK" in desk.view.font().family() or "WenQuanYi" in desk.view.font().family()


def test_fact_rows_carry_store_rows(desk):
    w = desk
    w.select_fact(_fact_by_text(w, "朱健").id)
    assert w.fact_view.currentIndex().data(ROLE_ROW).text == "朱健"


def test_enter_and_delete_belong_to_their_lists(desk):
    from PySide6.QtCore import Qt

    w = desk
    for name, view in (("verify", w.fact_view), ("reject", w.fact_view), ("confirm_flag", w.flag_view),
                       ("dismiss_flag", w.flag_view)):
        action = w.actions.get(name)
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
        assert action in view.actions()
    assert w.actions.get("sign_off").shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_focus_actions_and_grouped_flag_opens(desk):
    w = desk
    w.actions.get("focus_facts").trigger()
    assert w.fact_view.hasFocus() or w.focusWidget() is w.fact_view
    w.actions.get("focus_text").trigger()
    assert w.focusWidget() is w.view
    commas = next(f for f in w.session.bundle.flags if f.rule == "punct.halfwidth")
    w.select_flag(commas.id)
    index = w.flag_model.index_of(w.flag_model.flag_node(commas.id))
    assert w.flag_view.isExpanded(index)
    assert "Fix" in w.flag_detail.text() and "Half-width commas" in w.flag_detail.text()


def test_import_and_date_actions_through_their_dialogs(desk, store, tmp_path, qtbot, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QFileDialog

    from desktop.dialogs import DateDialog

    w = desk
    page = tmp_path / "p.txt"
    page.write_text("本报讯 (记者 王小明)\n\n5月6日,市长张伟到夜市调研。\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(page)], ""))
    w.actions.get("import").trigger()
    qtbot.waitUntil(lambda: not w._jobs, timeout=90000)
    assert len(store.documents()) == 2
    monkeypatch.setattr(DateDialog, "exec", lambda self: 1)
    monkeypatch.setattr(DateDialog, "date", lambda self: dt.date(2022, 5, 7))
    w.actions.get("pub_date").trigger()
    qtbot.waitUntil(lambda: not w._jobs, timeout=90000)
    doc = next(d for d in store.documents() if d.id == w.session.bundle.info.doc_id)
    assert doc.pub_date == "2022-05-07" and not doc.pub_date_inferred


def test_a_dismissal_needs_a_reason(desk, store):
    w = desk
    flag = w.session.bundle.flags[0]
    w.select_flag(flag.id)
    w.ask_reason = lambda f: "   "
    w.actions.get("dismiss_flag").trigger()
    assert store.flag(flag.id).decision is None
    w.ask_reason = lambda f: None  # cancelled
    w.actions.get("dismiss_flag").trigger()
    assert store.flag(flag.id).decision is None


def test_empty_desk_says_how_to_start(window):
    assert "Ctrl+O" in window.view.placeholderText()
    assert window.session.bundle is None
    for name in ("next_fact", "verify", "next_flag", "confirm_flag", "apply_fix", "sign_off", "next_story",
                 "find_next", "reanalyse", "pub_date"):
        window.actions.get(name).trigger()  # nothing open: nothing happens, nothing breaks


def test_a_person_row_stands_for_every_mention(window, store):
    w = window
    doc_id = w.session.import_analysis(build_repeated(), None, "repeated.txt")
    w.open_story(w.session.first_article_id(doc_id))
    liu = [f for f in w.session.bundle.facts if f.text == "刘越高"]
    assert len(liu) == 3
    person = w.fact_model.person_index(liu[0].id)
    assert person.data() == "刘越高 ×3"
    assert w.fact_view.isExpanded(person)  # titles show; the mentions are folded
    assert not w.fact_view.isExpanded(w.fact_model.index(2, 0, person))
    lone = w.fact_model.person_index(_fact_by_text(w, f"{EXT_B}丽华").id)
    assert not w.fact_view.isExpanded(lone)  # no titles: one row, its mention folded under it
    # The person row selects the first mention and shows every one.
    w.fact_view.setCurrentIndex(person)
    assert w.view.selected_range() == (liu[0].start, liu[0].end)
    assert w.view.layer_ranges(LAYER_SELECTED) == [(f.start, f.end) for f in liu]
    # The cursor in the third mention selects that mention's row (its box opens).
    cursor = w.view.textCursor()
    cursor.setPosition(to_utf16(w.view.text(), liu[2].start + 1))
    w.view.setTextCursor(cursor)
    assert w.fact_view.currentIndex().data(ROLE_ID) == liu[2].id
    assert w.fact_view.isExpanded(w.fact_view.currentIndex().parent())
    # Verify on the person row: every mention, one undo step; then the next person.
    w.fact_view.setCurrentIndex(w.fact_model.person_index(liu[0].id))
    _act(w, "verify")
    assert {store.fact(f.id).status for f in liu} == {"verified"}
    assert w.fact_model.person_index(liu[0].id).siblingAtColumn(2).data() == "verified"
    assert w.fact_view.currentIndex().data() == "朱健 ×1"
    assert w.undo_group.activeStack().count() == 1
    _act(w, "undo")
    assert {store.fact(f.id).status for f in liu} == {"auto"}
    # Reject likewise.
    w.fact_view.setCurrentIndex(w.fact_model.person_index(liu[0].id))
    _act(w, "reject")
    assert {store.fact(f.id).status for f in liu} == {"rejected"}
    _act(w, "undo")
    assert {store.fact(f.id).status for f in liu} == {"auto"}


def test_syncing_selection_tells_the_cursor_from_a_pick(desk):
    w = desk
    seen = []
    w.fact_view.selectionModel().currentRowChanged.connect(lambda *_: seen.append(w.syncing_selection()))
    fact = _fact_by_text(w, "朱健")
    cursor = w.view.textCursor()
    cursor.setPosition(to_utf16(w.view.text(), fact.start + 1))
    w.view.setTextCursor(cursor)  # the text cursor walks in: the window moves the row
    w.select_fact(_fact_by_text(w, "9部门").id)  # a pick
    assert seen == [True, False] and not w.syncing_selection()
