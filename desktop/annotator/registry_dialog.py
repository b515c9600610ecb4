"""The people registry: who held which title where, and when; add, edit, import and export CSV."""
from __future__ import annotations

import csv
import datetime as _dt
import os
import tempfile
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .models import Column, RecordTableModel

_Index = QModelIndex | QPersistentModelIndex
#: Registry fields in column order (the store's CSV columns).
FIELDS = ("name", "title", "org", "valid_from", "valid_to")


class RegistryModel(RecordTableModel):
    """Rows are the store's ``RegistryPerson``s.

    Cells are editable only when the store can update a row in place
    (``update_registry_person``); otherwise corrections go through "Add" and CSV import,
    which the store merges (it widens date ranges, it never drops a row).
    """

    columns = (
        Column("Name", lambda p: p.name),
        Column("Title", lambda p: p.title),
        Column("Organisation", lambda p: p.org),
        Column("From", lambda p: p.valid_from or ""),
        Column("To", lambda p: p.valid_to or ""),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._store: Any = None

    def set_store(self, store: Any) -> None:
        self._store = store
        self.reload()

    def reload(self) -> None:
        self.set_records(self._store.registry_people() if self._store is not None else [])

    def editable(self) -> bool:
        return self._store is not None and callable(getattr(self._store, "update_registry_person", None))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.editable():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable():
            return False
        field, text = FIELDS[index.column()], str(value).strip()
        if field in ("name", "title") and not text:
            return False
        if field.startswith("valid") and text and not _is_date(text):
            return False
        person = self.record(index.row())
        new = self._store.update_registry_person(person.id, **{field: text or None})
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        return True


def _is_date(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def add_registry_person(store: Any, name: str, title: str, org: str = "",
                        valid_from: str | None = None, valid_to: str | None = None) -> int:
    """Add one registry row through the store's CSV import (its validation, one transaction).

    Goes through a temporary CSV because the store's public API adds registry rows only by
    import; the row is merged like any imported one.  Returns the number of rows read (1).
    """
    fd, path = tempfile.mkstemp(suffix=".csv", prefix="proofdesk-registry-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(FIELDS)
            writer.writerow([name, title, org, valid_from or "", valid_to or ""])
        return store.import_registry_csv(path)
    finally:
        os.unlink(path)


class RegistryDialog(QDialog):
    """The registry as a searchable table with Add, Import CSV and Export CSV.

    Signals:
        changed(): the registry was changed (the window may re-run checks).
        exported(path: str, rows: int): the registry was written as CSV.
    """

    changed = Signal()
    exported = Signal(str, int)

    def __init__(self, store: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorRegistryDialog")
        self.setWindowTitle(self.tr("People registry"))
        self.model = RegistryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("annotatorRegistryFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, title or organisation"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setObjectName("annotatorRegistryView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        # One line of text per row: the style's default leaves CJK rows half empty.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        # The add form: a person confirmed outside any story (e.g. from the city's web site).
        self.nameEdit, self.titleEdit, self.orgEdit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.fromEdit, self.toEdit = QLineEdit(self), QLineEdit(self)
        for edit in (self.fromEdit, self.toEdit):
            edit.setPlaceholderText("YYYY-MM-DD")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.nameEdit)
        form.addRow(self.tr("Title"), self.titleEdit)
        form.addRow(self.tr("Organisation"), self.orgEdit)
        dates = QHBoxLayout()
        dates.addWidget(self.fromEdit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.toEdit)
        form.addRow(self.tr("From – to"), dates)
        self.addButton = QPushButton(self.tr("Add"), self)
        self.addButton.clicked.connect(self._on_add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.importButton = buttons.addButton(self.tr("Import CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.exportButton = buttons.addButton(self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.importButton.clicked.connect(self._on_import)
        self.exportButton.clicked.connect(self._on_export)
        buttons.rejected.connect(self.reject)
        add_row = QHBoxLayout()
        add_row.addLayout(form, 1)
        add_row.addWidget(self.addButton, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(add_row)
        layout.addWidget(buttons)
        self.resize(680, 520)
        self.setStore(store)

    def setStore(self, store: Any) -> None:
        self._store = store
        self.model.set_store(store)
        self._update_count()

    def reload(self) -> None:
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        note = "" if self.model.editable() else self.tr(" — add or import to correct a row")
        self.count.setText(self.tr("%1 rows").replace("%1", str(self.model.rowCount())) + note)

    def addPerson(self, name: str, title: str, org: str = "",
                  valid_from: str | None = None, valid_to: str | None = None) -> None:
        """Add (or merge) one row; raises ``db.errors.StoreError`` on bad input."""
        add_registry_person(self._store, name, title, org, valid_from, valid_to)
        self.reload()
        self.changed.emit()

    def importCsv(self, path: str) -> int:
        n = self._store.import_registry_csv(path)
        self.reload()
        self.changed.emit()
        return n

    def exportCsv(self, path: str) -> int:
        """Write the registry as CSV (the store's own writer); returns the row count."""
        n = self._store.export_registry_csv(path)
        self.exported.emit(path, n)
        return n

    @Slot()
    def _on_add(self) -> None:
        from db.errors import StoreError

        try:
            self.addPerson(self.nameEdit.text().strip(), self.titleEdit.text().strip(),
                           self.orgEdit.text().strip(), self.fromEdit.text().strip() or None,
                           self.toEdit.text().strip() or None)
        except StoreError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        for edit in (self.nameEdit, self.titleEdit, self.orgEdit, self.fromEdit, self.toEdit):
            edit.clear()

    @Slot()
    def _on_import(self) -> None:
        from db.errors import StoreError

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import registry"), "", "CSV (*.csv)")
        if path:
            try:
                self.importCsv(path)
            except StoreError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))

    @Slot()
    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export registry"), "registry.csv", "CSV (*.csv)")
        if path:
            self.exportCsv(path)
