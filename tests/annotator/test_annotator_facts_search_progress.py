"""Facts filters and accept-all, search, progress and identity over a real store file."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QInputDialog

from desktop.annotator import identity
from desktop.annotator.facts_panel import FactsPanel
from desktop.annotator.models import FACT_ID_ROLE, STATUS_ROLE, FactsFilterProxy, FactsTableModel
from desktop.annotator.progress import ProgressWidget, page_progress
from desktop.annotator.search_dialog import SearchDialog


def _story(store, index):
    doc = store.documents()[0]
    return store.load_article(store.articles(doc.id)[index].id)


def test_facts_model_and_proxy_pass_the_model_tester(qtmodeltester, store):
    model = FactsTableModel()
    model.set_facts(_story(store, 0).facts)
    qtmodeltester.check(model)
    proxy = FactsFilterProxy()
    proxy.setSourceModel(model)
    proxy.setKinds(["person"])
    qtmodeltester.check(proxy)
    assert [f.text for f in proxy.visible_facts()] == ["刘越高", "朱健", "刘越高"]


def test_automatic_facts_look_different_from_verified_ones(store):
    bundle = _story(store, 0)
    store.set_fact_status(bundle.facts[0].id, "verified")
    model = FactsTableModel()
    model.set_facts(store.load_article(bundle.info.id).facts)
    human, machine = model.index(0, 1), model.index(1, 1)
    assert human.data(STATUS_ROLE) == "verified" and machine.data(STATUS_ROLE) == "auto"
    assert machine.data(Qt.ItemDataRole.FontRole).italic()
    assert not human.data(Qt.ItemDataRole.FontRole).italic()
    assert machine.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert human.data(Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(human.data(Qt.ItemDataRole.FontRole), QFont)


def test_accept_all_visible_verifies_only_what_the_filters_show(qtbot, make_store):
    store = make_store(user="李标注")
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.setStore(store)
    bundle = _story(store, 0)
    zhu = next(f for f in bundle.facts if f.text == "朱健")
    store.set_fact_status(zhu.id, "rejected")  # a person said no: accept-all must not undo that
    panel.setFacts(store.load_article(bundle.info.id).facts)
    panel.setKindFilter("person")
    panel.setStatusFilter(["auto", "needs_check"])
    assert panel.proxy.rowCount() == 2
    with qtbot.waitSignal(panel.accepted) as accepted:
        panel.acceptButton.click()
    assert accepted.args == ["person", 2]
    assert panel.proxy.rowCount() == 0          # verified facts left the "automatic" filter
    after = {f.id: f for f in store.load_article(bundle.info.id).facts}
    persons = [f for f in after.values() if f.kind == "person"]
    assert sorted(f.status for f in persons) == ["rejected", "verified", "verified"]
    assert all(f.updated_by == "李标注" for f in persons if f.status == "verified")
    assert all(f.status == "auto" for f in after.values() if f.kind != "person")
    history = store.history(bundle.info.id)
    assert sum(1 for h in history if h.field == "status" and "verified" in str(h.new) and h.who == "李标注") == 2


def test_accept_needs_a_kind(qtbot, store):
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.setStore(store)
    panel.setFacts(_story(store, 0).facts)
    assert not panel.acceptButton.isEnabled()
    assert panel.acceptVisible() == 0


def test_search_opens_the_story_at_the_hit(qtbot, qtmodeltester, store):
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.search("金明达") >= 1
    qtmodeltester.check(dialog.model)
    story = _story(store, 1)
    with qtbot.waitSignal(dialog.openRequested) as opened:
        dialog.openHit(0)
    article_id, start, end = opened.args
    assert article_id == story.info.id
    assert story.text[start:end] in ("𠮷金明达", "金明达")
    # Through the UI: type a query and press Enter in the box, then Enter on the list.
    dialog.query.clear()
    dialog.query.setText("刘越高")  # QTest.keyClicks aborts on non-ASCII characters
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.model.rowCount() >= 2
    dialog.view.setFocus()
    with qtbot.waitSignal(dialog.openRequested) as opened:
        dialog.openCurrent()
    aid, start, end = opened.args
    assert store.load_article(aid).text[start:end] == "刘越高"
    assert dialog.search("没有这个词") == 0 and dialog.status.text()
    dialog.close()


def test_progress_counts_pages_and_overall(qtbot, qtmodeltester, store):
    widget = ProgressWidget()
    qtbot.addWidget(widget)
    total = widget.refresh(store)
    assert (total.n_facts, total.n_verified, total.n_open_flags) == (12, 0, 1)
    story = _story(store, 1)
    for fact in story.facts[:3]:
        store.set_fact_status(fact.id, "verified")
    store.decide_flag(_story(store, 0).flags[0].id, "dismissed")
    total = widget.refresh()
    assert (total.n_verified, total.n_open_flags, total.percent) == (3, 0, 25)
    qtmodeltester.check(widget.pages)
    qtmodeltester.check(widget.stories)
    assert widget.pages.index(0, 1).data() == "3 / 12"
    assert [widget.stories.index(r, 1).data() for r in range(2)] == ["0 / 6", "3 / 6"]
    assert "3" in widget.summary.text() and widget.bar.value() == 25
    pages, _ = page_progress(store)
    with qtbot.waitSignal(widget.pageActivated) as activated:
        widget.pageView.activated.emit(widget.pages.index(0, 0))
    assert activated.args == [pages[0].key]


def test_identity_is_asked_once_then_remembered(qtbot, monkeypatch, tmp_path):
    asked = []

    def fake_get_text(parent, title, label, echo, text):
        asked.append(text)
        return "  陈润  ", True

    monkeypatch.setattr(QInputDialog, "getText", fake_get_text)
    assert identity.annotator_name() == ""
    assert identity.ask_annotator_name() == "陈润"
    assert identity.ask_annotator_name() == "陈润"
    assert len(asked) == 1
    assert QSettings().value(identity.NAME_KEY, "", type=str) == "陈润"
    store = identity.open_store_as_annotator(str(tmp_path / "mine.db"))
    try:
        assert store.user == "陈润"
    finally:
        store.close()


def test_identity_cancel_keeps_the_old_name(monkeypatch):
    identity.set_annotator_name("王编辑")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("", False))
    assert identity.ask_annotator_name(force=True) == "王编辑"
    identity.set_annotator_name("")
    assert identity.annotator_name() == ""


def test_fact_ids_travel_in_the_id_role(store):
    model = FactsTableModel()
    facts = _story(store, 1).facts
    model.set_facts(facts)
    assert {model.index(r, 0).data(FACT_ID_ROLE) for r in range(model.rowCount())} == {f.id for f in facts}


def test_facts_panel_sorts_in_text_order_numbers_as_numbers(qtbot, store):
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.setFacts(_story(store, 0).facts)
    starts = [int(panel.proxy.index(r, 4).data()) for r in range(panel.proxy.rowCount())]
    assert starts == sorted(starts) and starts[0] == 6 and max(starts) >= 10
