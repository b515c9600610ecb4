"""Export the store in every format, and import pre-annotations, from the window.

The dialog calls exactly what ``main.py export`` calls (``db.formats.export``), with the
same arguments, so a file written here equals the command line's byte for byte.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from analysis.model import FACT_KINDS

#: (format id, label, file filter; None: a folder).
EXPORT_FORMATS: tuple[tuple[str, str, str | None], ...] = (
    ("jsonl", "JSONL (text + spans)", "JSON Lines (*.jsonl)"),
    ("labelstudio", "Label Studio tasks", "JSON (*.json)"),
    ("conll", "CoNLL, character BIO", "CoNLL (*.conll *.txt)"),
    ("brat", "brat standoff (a folder)", None),
    ("csv", "CSV (one fact a row)", "CSV (*.csv)"),
)
#: Formats whose files carry pre-annotations the store can import onto stories.
IMPORT_FORMATS: tuple[tuple[str, str], ...] = (("jsonl", "JSONL"), ("labelstudio", "Label Studio JSON"))
_SUFFIX = {"jsonl": ".jsonl", "labelstudio": ".json", "conll": ".conll", "csv": ".csv"}


class ExchangeDialog(QDialog):
    """Export (format, verified only, kinds, where) and import (JSONL, Label Studio).

    Signals:
        exported(fmt: str, path: str, stories: int): a file (or brat folder) was written.
        imported(path: str, pages: int): a file was imported (``pages``: pages added; stories
            already in the store take the file's spans instead, see ``importFrom``).
    """

    exported = Signal(str, str, int)
    imported = Signal(str, int)

    def __init__(self, store: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorExchangeDialog")
        self.setWindowTitle(self.tr("Export and import"))
        self._store = store
        # -- export --
        self.formatBox = QComboBox(self)
        self.formatBox.setObjectName("annotatorExportFormat")
        for fmt, label, _filter in EXPORT_FORMATS:
            self.formatBox.addItem(self.tr(label), fmt)
        self.verifiedOnly = QCheckBox(self.tr("Verified only (signed-off stories, verified facts)"), self)
        self.verifiedOnly.setObjectName("annotatorExportVerifiedOnly")
        self.kindChecks: dict[str, QCheckBox] = {}
        kinds = QGridLayout()
        for i, kind in enumerate(FACT_KINDS):
            box = QCheckBox(self.tr(kind), self)
            box.setChecked(True)
            self.kindChecks[kind] = box
            kinds.addWidget(box, i // 4, i % 4)
        self.exportPath = QLineEdit(self)
        self.exportPath.setObjectName("annotatorExportPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse_export)
        where = QHBoxLayout()
        where.addWidget(self.exportPath, 1)
        where.addWidget(browse)
        self.exportButton = QPushButton(self.tr("Export"), self)
        self.exportButton.setObjectName("annotatorExportButton")
        self.exportButton.clicked.connect(self._on_export)
        export_form = QFormLayout()
        export_form.addRow(self.tr("Format"), self.formatBox)
        export_form.addRow("", self.verifiedOnly)
        export_form.addRow(self.tr("Fact kinds"), kinds)
        export_form.addRow(self.tr("To"), where)
        export_form.addRow("", self.exportButton)
        export_box = QGroupBox(self.tr("Export (offsets in code points of each story's text)"), self)
        export_box.setLayout(export_form)
        # -- import --
        self.importFormat = QComboBox(self)
        self.importFormat.setObjectName("annotatorImportFormat")
        for fmt, label in IMPORT_FORMATS:
            self.importFormat.addItem(self.tr(label), fmt)
        self.importPath = QLineEdit(self)
        self.importPath.setObjectName("annotatorImportPath")
        browse_in = QPushButton(self.tr("Browse…"), self)
        browse_in.clicked.connect(self._browse_import)
        src = QHBoxLayout()
        src.addWidget(self.importPath, 1)
        src.addWidget(browse_in)
        self.importButton = QPushButton(self.tr("Import"), self)
        self.importButton.setObjectName("annotatorImportButton")
        self.importButton.clicked.connect(self._on_import)
        import_form = QFormLayout()
        import_form.addRow(self.tr("Format"), self.importFormat)
        import_form.addRow(self.tr("From"), src)
        import_form.addRow("", self.importButton)
        import_box = QGroupBox(self.tr("Import pre-annotations"), self)
        import_box.setLayout(import_form)
        self.status = QLabel(self)
        self.status.setObjectName("annotatorExchangeStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(export_box)
        layout.addWidget(import_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def setStore(self, store: Any) -> None:
        self._store = store

    # -- the operations (what the buttons do, callable directly) ---------------------------
    def selectedKinds(self) -> list[str] | None:
        """The ticked kinds, or None when all are ticked (the command line's default)."""
        kinds = [k for k, box in self.kindChecks.items() if box.isChecked()]
        return None if len(kinds) == len(FACT_KINDS) else kinds

    def exportTo(self, path: str, fmt: str | None = None, verified_only: bool | None = None,
                 kinds: list[str] | None = None) -> int:
        """Export with the dialog's choices (or the given ones); returns the stories written.

        Same call as ``main.py export --format F --out PATH [--verified-only] [--kinds …]``.
        """
        from db.formats import export

        fmt = fmt or self.formatBox.currentData()
        verified = self.verifiedOnly.isChecked() if verified_only is None else verified_only
        kinds = self.selectedKinds() if kinds is None else kinds
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            n = export(self._store, fmt, path, verified_only=verified, kinds=kinds)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Wrote %1 stories to %2").replace("%1", str(n)).replace("%2", path))
        self.exported.emit(fmt, path, n)
        return n

    def importFrom(self, path: str, fmt: str | None = None) -> Any:
        """Import a JSONL or Label Studio file of pre-annotated stories.

        Returns the ``db.formats.records.ImportResult``: pages added, and stories already in the
        store whose spans were attached to them as automatic facts instead.
        """
        from db.formats import import_file

        fmt = fmt or self.importFormat.currentData()
        if fmt not in dict(IMPORT_FORMATS):
            raise ValueError(f"cannot import {fmt!r} here")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_file(self._store, path, fmt)
        finally:
            QGuiApplication.restoreOverrideCursor()
        text = self.tr("Imported %1 pages from %2").replace("%1", str(result.pages)).replace("%2", path)
        if result.stories_attached:
            text += "\n" + self.tr("%1 stories were already in the store: %2 facts attached, %3 updated, "
                                   "%4 already there, %5 left as a person decided") \
                .replace("%1", str(result.stories_attached)).replace("%2", str(result.facts_attached)) \
                .replace("%3", str(result.facts_updated)).replace("%4", str(result.facts_duplicate)) \
                .replace("%5", str(result.facts_kept))
        self.status.setText(text)
        self.imported.emit(path, result.pages)
        return result

    # -- buttons ---------------------------------------------------------------------------
    @Slot()
    def _browse_export(self) -> None:
        fmt = self.formatBox.currentData()
        file_filter = dict((f, flt) for f, _label, flt in EXPORT_FORMATS)[fmt]
        if file_filter is None:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), "proofdesk" + _SUFFIX[fmt],
                                                  file_filter)
        if path:
            self.exportPath.setText(path)

    @Slot()
    def _browse_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "",
                                              "JSONL / Label Studio (*.jsonl *.json)")
        if path:
            self.importPath.setText(path)
            fmt = "jsonl" if Path(path).suffix.lower() == ".jsonl" else "labelstudio"
            self.importFormat.setCurrentIndex(self.importFormat.findData(fmt))

    @Slot()
    def _on_export(self) -> None:
        self._guarded(lambda: self.exportTo(self.exportPath.text().strip()), self.exportPath)

    @Slot()
    def _on_import(self) -> None:
        self._guarded(lambda: self.importFrom(self.importPath.text().strip()), self.importPath)

    def _guarded(self, action, path_edit: QLineEdit) -> None:
        from db.errors import StoreError

        if not path_edit.text().strip():
            self.status.setText(self.tr("Choose a file first."))
            return
        try:
            action()
        except (StoreError, OSError, ValueError) as exc:
            self.status.setText(str(exc))
            QMessageBox.warning(self, self.windowTitle(), str(exc))
