"""Screenshots of the bench's dialogs (offscreen).  PROOFDESK_SCREENSHOTS=1 writes docs/screenshots/.

Each grab is checked for content (many colours, not a blank widget), and a CJK font must be
installed: without one Chinese renders as empty boxes with no error at all.
"""
from __future__ import annotations

import os

import pytest
from annotator_shots import save_shot
from PySide6.QtGui import QFontDatabase

from desktop.annotator.compare_dialog import CompareDialog
from desktop.annotator.exchange_dialog import ExchangeDialog
from desktop.annotator.facts_panel import FactsPanel
from desktop.annotator.link_mode import LinksPanel
from desktop.annotator.progress import ProgressWidget
from desktop.annotator.registry_dialog import RegistryDialog
from desktop.annotator.search_dialog import SearchDialog


def test_a_cjk_font_is_installed(qapp):
    families = QFontDatabase.families()
    assert any("CJK" in f or "WenQuanYi" in f or "Noto Sans SC" in f for f in families), families[:20]


@pytest.fixture
def annotated(make_store):
    store = make_store("shots.db", user="陈润")
    doc = store.documents()[0]
    first, second = store.articles(doc.id)
    story = store.load_article(first.id)
    for fact in story.facts:
        if fact.kind in ("person", "title"):
            store.set_fact_status(fact.id, "verified")
    store.add_fact(first.id, "org", 0, 4)
    return store, first.id, second.id


def test_screenshots(qtbot, annotated, make_store, tmp_path):
    store, first, second = annotated
    facts = FactsPanel()
    qtbot.addWidget(facts)
    facts.setStore(store)
    facts.setFacts(store.load_article(first).facts)
    facts.resize(620, 300)
    links = LinksPanel()
    qtbot.addWidget(links)
    bundle = store.load_article(first)
    links.setArticle(bundle.facts, bundle.relations)
    links.resize(360, 200)
    search = SearchDialog(store)
    qtbot.addWidget(search)
    search.search("刘越高")
    progress = ProgressWidget()
    qtbot.addWidget(progress)
    progress.refresh(store)
    progress.resize(520, 360)
    exchange = ExchangeDialog(store)
    qtbot.addWidget(exchange)
    exchange.exportPath.setText("/home/chen/export/hengyang.jsonl")
    registry = RegistryDialog(store)
    qtbot.addWidget(registry)
    registry.addPerson("𠮷金明达", "主任", "市生态环境保护委员会", "2022-09-01", "2023-01-04")
    other = make_store("other.db", user="赵标注")
    for fact in other.load_article(first).facts:
        if fact.text == "刘越高":
            other.set_fact_status(fact.id, "rejected")
    other.add_fact(second, "place", 0, 2)
    compare = CompareDialog(store.path)
    qtbot.addWidget(compare)
    compare.compareWith(other.path)
    compare.adopt(0, "a")
    compare.adopt(1, "b")
    for name, widget in (("facts", facts), ("links", links), ("search", search), ("progress", progress),
                         ("exchange", exchange), ("registry", registry), ("compare", compare)):
        save_shot(widget, name, tmp_path, os.environ.get("PROOFDESK_SCREENSHOTS") == "1")
