"""The flag list view: flags as rows; a grouped flag expands to the places it covers."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTreeView


class FlagListView(QTreeView):
    """A tree of flags (severity, rule, message, quoted context); children are a flag's places."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("flagList")
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setRootIsDecorated(True)
