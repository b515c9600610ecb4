"""The fact sheet view: a tree of facts grouped by kind, with a validating value editor.

The view knows nothing of the store: the model decides what a row is and where an edit goes
(the app's model turns ``setData`` into an undo command). The value delegate refuses to commit
text the ``validate`` callback rejects (a date must be a date), and says why in the editor.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyledItemDelegate, QTreeView

#: validate(index, text) -> None when the text is acceptable for that row, else a short reason.
Validate = Callable[[QModelIndex, str], "str | None"]


class _CallbackValidator(QValidator):
    """A QValidator that asks the delegate's callback; anything rejected is Intermediate (not committed)."""

    def __init__(self, index: QModelIndex, validate: Validate, editor: QLineEdit):
        super().__init__(editor)
        self._index, self._validate, self._editor = index, validate, editor

    def validate(self, text: str, pos: int):
        reason = self._validate(self._index, text)
        self._editor.setToolTip(reason or "")
        self._editor.setStyleSheet("" if reason is None else "QLineEdit { color: #c0392b; }")
        state = QValidator.State.Acceptable if reason is None else QValidator.State.Intermediate
        return state, text, pos


class ValueDelegate(QStyledItemDelegate):
    """Edits a row's value as text; commits only text that ``validate`` accepts."""

    def __init__(self, validate: Validate, parent=None):
        super().__init__(parent)
        self._validate = validate

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setObjectName("valueEditor")
        editor.setValidator(_CallbackValidator(index, self._validate, editor))
        return editor

    def setEditorData(self, editor, index):
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor, model, index):
        text = editor.text()
        if self._validate(index, text) is None and text != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class FactSheetView(QTreeView):
    """A tree of facts (groups → facts → linked facts) with a :class:`ValueDelegate` on one column."""

    def __init__(self, validate: Validate, value_column: int = 1, parent=None):
        super().__init__(parent)
        self.setObjectName("factSheet")
        self.setUniformRowHeights(True)  # fast with thousands of facts
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delegate = ValueDelegate(validate, self)
        self.setItemDelegateForColumn(value_column, self.delegate)
