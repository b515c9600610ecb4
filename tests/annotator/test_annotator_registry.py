"""The registry view: rows grown from verified links, add, filter, CSV out and in."""
from __future__ import annotations

import csv

import pytest

from db.errors import StoreError
from desktop.annotator.registry_dialog import RegistryDialog


def _verify_liu(store):
    doc = store.documents()[0]
    story = store.load_article(store.articles(doc.id)[0].id)
    for fact in story.facts:
        if fact.text in ("刘越高", "市委书记"):
            store.set_fact_status(fact.id, "verified")


def test_registry_shows_verified_people_with_titles_and_dates(qtbot, qtmodeltester, store):
    _verify_liu(store)
    dialog = RegistryDialog(store)
    qtbot.addWidget(dialog)
    dialog.open()
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    rows = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(dialog.model.rowCount())]
    assert ["刘越高", "书记", "市委", "2023-01-04", "2023-01-04"] in rows
    dialog.close()


def test_add_filter_and_export_csv(qtbot, store, tmp_path):
    dialog = RegistryDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed):
        dialog.addPerson("𠮷金明达", "主任", "市生态环境保护委员会", "2022-09-01", None)
    dialog.nameEdit.setText("朱健")
    dialog.titleEdit.setText("市长")
    dialog.fromEdit.setText("2023-01-04")
    dialog.addButton.click()
    assert dialog.model.rowCount() == 2 and dialog.nameEdit.text() == ""
    dialog.filter.setText("主任")
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data() == "𠮷金明达"
    out = tmp_path / "registry.csv"
    with qtbot.waitSignal(dialog.exported) as exported:
        assert dialog.exportCsv(str(out)) == 2
    assert exported.args == [str(out), 2]
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {(r["name"], r["title"], r["valid_from"]) for r in rows} == {
        ("𠮷金明达", "主任", "2022-09-01"), ("朱健", "市长", "2023-01-04")}


def test_import_csv_into_another_store_and_bad_rows_are_refused(qtbot, make_store, tmp_path):
    first = make_store("a.db")
    _verify_liu(first)
    out = tmp_path / "reg.csv"
    first.export_registry_csv(out)
    second = make_store("b.db", page=False)
    dialog = RegistryDialog(second)
    qtbot.addWidget(dialog)
    assert dialog.importCsv(str(out)) == 1
    assert dialog.model.index(0, 0).data() == "刘越高"
    with pytest.raises(StoreError):
        dialog.addPerson("王五", "局长", "", "not a date")
    assert dialog.model.rowCount() == 1


def test_cells_are_read_only_while_the_store_cannot_update_a_row(qtbot, store):
    from PySide6.QtCore import Qt

    _verify_liu(store)
    dialog = RegistryDialog(store)
    qtbot.addWidget(dialog)
    index = dialog.model.index(0, 1)
    assert not (dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not dialog.model.setData(index, "副书记")
    assert "add or import" in dialog.count.text()
    assert dialog.model.index(0, 1).data() == "书记"
