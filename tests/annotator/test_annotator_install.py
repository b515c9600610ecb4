"""install(window): the bench inside the real main window (actions, keys, undo, search)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog

from desktop.annotator import install
from desktop.annotator.tools import ACTIONS


@pytest.fixture
def window(qtbot, store, tmp_path, monkeypatch):
    from desktop.app import create_desk
    from desktop.settings import Settings

    store.user = ""  # as the desk would open it before the annotator is known
    settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    win = create_desk(store, settings)
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("赵标注", True))
    yield win
    win.runner.shutdown()


def _first_story(window):
    store = window.session.store
    return store.articles(store.documents()[0].id)[0].id


def test_install_adds_the_annotate_menu_and_asks_the_name(window):
    tools = install(window)
    assert window.session.store.user == ""              # the desk starts without a dialog
    tools.actions["annotate_mode"].trigger()            # first time on: asked once
    assert window.session.store.user == "赵标注"
    assert QSettings().value("annotator/name.v1", "", type=str) == "赵标注"
    assert set(tools.actions) == set(ACTIONS)
    assert tools.menu.menuAction() in window.menuBar().actions()
    taken = {seq.toString() for a in window.actions.actions.values() for seq in a.shortcuts()}
    ours = {a.shortcut().toString() for a in tools.actions.values() if not a.shortcut().isEmpty()}
    assert ours and not (ours & taken)


def test_label_key_in_the_window_creates_a_fact_and_undo_removes_it(qtbot, window):
    tools = install(window, ask_name=False)
    window.open_story(_first_story(window))
    tools.actions["annotate_mode"].trigger()
    assert tools.bench.spanKeys.isEnabled() and tools.docks["annotatorFacts"].isVisible()
    text = window.session.bundle.text
    n_before = len(window.session.bundle.facts)
    window.view.select_range(0, 2)                       # 衡阳
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    bundle = window.session.bundle
    assert len(bundle.facts) == n_before + 1
    new = next(f for f in bundle.facts if f.start == 0 and f.end == 2)
    assert (new.kind, new.text, new.origin) == ("place", text[0:2], "human")
    assert window.current_fact().id == new.id            # the sheet follows the new span
    assert tools.factsPanel.model.rowCount() == n_before + 1
    assert window.session.store.article_info(bundle.info.id).status == "in_progress"
    assert window.saved_label.text()                     # the desk shows the write was saved
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.session.store.fact(new.id).text == text[0:3]
    window.actions.get("undo").trigger()
    window.actions.get("undo").trigger()
    assert len(window.session.bundle.facts) == n_before
    tools.actions["annotate_mode"].trigger()             # off: digits type again
    assert not tools.bench.spanKeys.isEnabled()


def test_search_action_opens_the_story_at_the_hit(qtbot, window):
    tools = install(window, ask_name=False)
    window.open_story(_first_story(window))
    tools.actions["store_search"].trigger()
    dialog = tools._dialogs["search"]
    assert dialog.isVisible()
    dialog.search("金明达")
    dialog.openHit(0)
    bundle = window.session.bundle
    start, end = window.view.selected_range()
    assert "金明达" in bundle.text and bundle.text[start:end].endswith("金明达")
    dialog.close()


def test_dialog_actions_open_their_dialogs(window):
    tools = install(window, ask_name=False)
    for name, key in (("exchange", "exchange"), ("registry", "registry")):
        tools.actions[name].trigger()
        assert tools._dialogs[key].isVisible()
        tools._dialogs[key].close()


def test_link_mode_in_the_window_paints_candidates_and_links(qtbot, window):
    from desktop.annotator.tools import LINK_LAYER

    tools = install(window, ask_name=False)
    window.open_story(_first_story(window))
    tools.actions["annotate_mode"].setChecked(True)
    bundle = window.session.bundle
    zhu = next(f for f in bundle.facts if f.text == "朱健")
    window.select_fact(zhu.id)
    assert tools.bench.currentFact().id == zhu.id
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    assert tools.bench.linkMode.isActive()
    assert window.view.layer_size(LINK_LAYER) == 3       # 朱健, 市长 (proposed), 市委书记
    assert "市长" in window.statusBar().currentMessage()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)          # Tab stays in the text: next title
    assert tools.bench.linkMode.candidate().text == "市委书记" and window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert tools.bench.linkMode.candidate().text == "市长"
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.layer_size(LINK_LAYER) == 0
    by_id = {f.id: f.text for f in window.session.bundle.facts}
    links = {(by_id[r.head], by_id[r.tail]) for r in window.session.bundle.relations}
    assert ("朱健", "市长") in links
    assert tools.linksPanel.model.rowCount() == len(links)
    # Remove it again from the links dock; the window's undo brings it back.
    row = next(r for r in range(tools.linksPanel.model.rowCount())
               if tools.linksPanel.model.index(r, 0).data() == "朱健")
    tools.linksPanel.view.selectRow(row)
    tools.linksPanel.removeButton.click()
    assert len(window.session.bundle.relations) == len(links) - 1
    window.actions.get("undo").trigger()
    assert len(window.session.bundle.relations) == len(links)


def test_accept_all_visible_from_the_dock_is_one_undo_step(window):
    tools = install(window, ask_name=False)
    window.open_story(_first_story(window))
    tools.actions["annotate_mode"].setChecked(True)
    panel = tools.factsPanel
    panel.setKindFilter("person")
    panel.setStatusFilter(["auto", "needs_check"])
    assert panel.acceptVisible() == 3
    assert all(f.status == "verified" for f in window.session.bundle.facts if f.kind == "person")
    assert panel.proxy.rowCount() == 0
    window.actions.get("undo").trigger()
    assert all(f.status == "auto" for f in window.session.bundle.facts if f.kind == "person")
    assert panel.proxy.rowCount() == 3


def test_window_screenshot_with_the_bench(qtbot, window, tmp_path):
    import os

    from annotator_shots import save_shot

    tools = install(window, ask_name=False)
    window.resize(1400, 860)
    window.reload_stories()
    window.open_story(_first_story(window))
    tools.actions["annotate_mode"].setChecked(True)
    zhu = next(f for f in window.session.bundle.facts if f.text == "朱健")
    window.select_fact(zhu.id)
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    image = save_shot(window, "window-link-mode", tmp_path, os.environ.get("PROOFDESK_SCREENSHOTS") == "1")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert image.width() >= 1000


def test_kinds_and_statuses_read_as_words_the_window_uses(window):
    from PySide6.QtCore import QCoreApplication, QEvent

    tools = install(window, ask_name=False)
    window.open_story(_first_story(window))
    panel = tools.factsPanel
    names = window.kind_names()
    assert panel.kindBox.itemText(panel.kindBox.findData("number")) == names["number"]
    kinds = {panel.model.index(r, 0).data() for r in range(panel.model.rowCount())}
    assert names["org"] not in kinds and names["person"] in kinds
    assert {panel.model.index(r, 2).data() for r in range(panel.model.rowCount())} == {"automatic"}
    tools.menu.setTitle("x")
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert tools.menu.title() == "A&nnotate"


def test_walking_the_cursor_into_a_fact_keeps_typing_typing(qtbot, window):

    from widgets.article_view import to_utf16

    tools = install(window, ask_name=False)
    window.open_story(_first_story(window))
    text = window.session.bundle.text
    for on in (False, True):
        tools.actions["annotate_mode"].setChecked(on)
        cursor = window.view.textCursor()
        cursor.setPosition(to_utf16(text, text.index("朱健") + 1))
        window.view.setTextCursor(cursor)                # the window picks 朱健 in its sheet
        assert window.current_fact().text == "朱健"
        assert not window.view.textCursor().hasSelection()
        assert tools.bench.spanKeys.currentSpan() is None  # Delete would delete a character
    zhu = window.current_fact()
    window.select_fact(next(f for f in window.session.bundle.facts if f.text == "市长").id)
    window.select_fact(zhu.id)                            # picked in the sheet: keys act on it
    assert tools.bench.currentFact().id == zhu.id
    assert window.view.textCursor().selectedText() == "朱健"


def test_shortcut_rows_for_the_help_dialog(window):
    from desktop.dialogs import ShortcutsDialog

    tools = install(window, ask_name=False)
    rows = tools.shortcut_table()
    assert all(len(r) == 3 and all(isinstance(x, str) and x for x in r) for r in rows)
    keys = " ".join(r[1] for r in rows)
    assert "Ctrl+Shift+F" in keys and "Alt+Shift+←" in keys and "1 " + window.kind_names()["person"] in keys
    dialog = ShortcutsDialog(window.actions.shortcut_table() + rows, window)
    dialog.close()


def test_annotate_menu_in_chinese(qapp, window):
    import subprocess
    import sys
    from pathlib import Path

    from desktop.i18n import Translations

    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "packaging" / "build_translations.py")], check=True,
                   capture_output=True)
    tools = install(window)
    tr = Translations(qapp)
    window.translations = tr
    try:
        assert tr.install("zh_CN")
        qapp.processEvents()  # LanguageChange → retranslate
        assert tools.menu.title() == "标注(&N)"
        assert tools.actions["registry"].text() == "人物职务库(&R)…"
        assert tools.actions["store_search"].text() == "全库检索(&S)…"
        panel = tools.factsPanel
        assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "类别"
    finally:
        tr.install("en")
        qapp.processEvents()
    assert tools.menu.title() == "A&nnotate"
