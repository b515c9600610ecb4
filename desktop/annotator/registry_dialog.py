"""The people registry: who held which title where, and when; add, edit, delete, import and export CSV."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
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
    """Rows are the store's ``RegistryPerson``s; every cell is edited in place
    (``Store.update_registry_person``: validated, one transaction with a history row).

    Signals:
        edited(person): a row was changed in the store.
        refused(message: str): the store refused an edit (empty name, bad date, a duplicate row).
    """

    edited = Signal(object)
    refused = Signal(str)

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
        return self._store is not None

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
        """Write one cell to the store; a refusal emits ``refused`` and leaves the row as it was."""
        from db.errors import StoreError

        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable():
            return False
        field, text = FIELDS[index.column()], str(value).strip()
        person = self.record(index.row())
        try:
            new = self._store.update_registry_person(person.id, **{field: text})
        except StoreError as exc:
            self.refused.emit(str(exc))
            return False
        if new == person:  # the same text again: nothing changed, nothing recorded
            return True
        self._rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.edited.emit(new)
        return True

    def delete_rows(self, rows: list[int]) -> int:
        """Delete these rows from the store (each its own transaction); returns how many."""
        people = [self.record(r) for r in sorted(set(rows)) if 0 <= r < len(self._rows)]
        for person in people:
            self._store.delete_registry_person(person.id)
        if people:
            self.reload()
        return len(people)


def add_registry_person(store: Any, name: str, title: str, org: str = "",
                        valid_from: str | None = None, valid_to: str | None = None) -> Any:
    """Add (or merge into an existing name + title + organisation) one row; returns it."""
    return store.add_registry_person(name, title, org, valid_from, valid_to)


class RegistryDialog(QDialog):
    """The registry as a searchable table: edit a cell in place, Add, Delete (the Delete key
    too), Import CSV and Export CSV.

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
        self.model.edited.connect(self._on_edited)
        self.model.refused.connect(self._on_refused)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.deleteButton = buttons.addButton(self.tr("Delete"), QDialogButtonBox.ButtonRole.ActionRole)
        self.deleteButton.setObjectName("annotatorRegistryDelete")
        self.deleteButton.setToolTip(self.tr("Delete the selected rows (Del)"))
        self.deleteButton.clicked.connect(self._on_delete)
        self.deleteShortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        self.deleteShortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.deleteShortcut.activated.connect(self._on_delete)
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
        self.count.setText(self.tr("%1 rows").replace("%1", str(self.model.rowCount())))

    def addPerson(self, name: str, title: str, org: str = "",
                  valid_from: str | None = None, valid_to: str | None = None) -> None:
        """Add (or merge) one row; raises ``db.errors.StoreError`` on bad input."""
        add_registry_person(self._store, name, title, org, valid_from, valid_to)
        self.reload()
        self.changed.emit()

    def selectedRows(self) -> list[int]:
        """Model rows of the selected table rows (through the filter and sort)."""
        return sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})

    def deleteRows(self, rows: list[int]) -> int:
        """Delete these model rows from the store, without asking; returns how many."""
        n = self.model.delete_rows(rows)
        if n:
            self._update_count()
            self.changed.emit()
        return n

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
    def _on_delete(self) -> None:
        from db.errors import StoreError

        rows = self.selectedRows()
        if not rows:
            return
        names = "、".join(self.model.record(r).name for r in rows[:5]) + ("…" if len(rows) > 5 else "")
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Delete %1 registry row(s)? (%2)").replace("%1", str(len(rows))).replace("%2", names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.deleteRows(rows)
        except StoreError as exc:
            self.reload()
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    @Slot(object)
    def _on_edited(self, _person: Any) -> None:
        self.changed.emit()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)

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
