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


def test_cells_are_edited_in_place_through_the_store(qtbot, store, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    _verify_liu(store)
    dialog = RegistryDialog(store)
    qtbot.addWidget(dialog)
    index = dialog.model.index(0, 1)
    assert dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(dialog.changed):
        assert dialog.model.setData(index, " 副书记 ")
    assert dialog.model.index(0, 1).data() == "副书记"
    assert [(p.name, p.title) for p in store.registry_people()] == [("刘越高", "副书记")]
    assert dialog.model.setData(dialog.model.index(0, 1), "副书记")   # unchanged: no history row
    assert dialog.model.setData(dialog.model.index(0, 4), "2023-12-31")
    assert store.registry_people()[0].valid_to == "2023-12-31"
    # Refused by the store: a warning, and the cell keeps what the store has.
    assert not dialog.model.setData(dialog.model.index(0, 3), "2023-02-30")
    assert not dialog.model.setData(dialog.model.index(0, 0), "")
    assert len(warned) == 2 and "not a date" in warned[0]
    assert dialog.model.index(0, 3).data() == "2023-01-04" and dialog.model.index(0, 0).data() == "刘越高"
    edits = [h for h in store.history() if h.table == "registry" and h.field == "edited"]
    assert len(edits) == 2 and all(h.who == "王编辑" for h in edits)


def test_delete_button_and_key_remove_the_selected_rows(qtbot, store, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog = RegistryDialog(store)
    qtbot.addWidget(dialog)
    for name, title in (("朱健", "市长"), ("刘越高", "书记"), ("𠮷金明达", "主任")):
        dialog.addPerson(name, title)
    dialog.show()

    def select(name):
        row = next(r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, 0).data() == name)
        dialog.view.selectionModel().select(
            dialog.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    select("朱健")
    dialog.deleteButton.click()                      # answered No: nothing happens
    assert dialog.model.rowCount() == 3
    with qtbot.waitSignal(dialog.changed):
        dialog.deleteButton.click()
    assert sorted(p.name for p in store.registry_people()) == ["刘越高", "𠮷金明达"]
    assert dialog.count.text().startswith("2")
    dialog.filter.setText("主任")                    # through the filter: the right row goes
    select("𠮷金明达")
    # The Del key on the table (the offscreen platform activates no window, so the shortcut
    # is checked and fired rather than typed).
    assert dialog.deleteShortcut.key() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert dialog.deleteShortcut.parent() is dialog.view
    with qtbot.waitSignal(dialog.changed):
        dialog.deleteShortcut.activated.emit()
    assert [p.name for p in store.registry_people()] == ["刘越高"]
    assert [h.field for h in store.history(limit=2)] == ["deleted", "deleted"]
