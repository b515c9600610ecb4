"""A legend: one coloured swatch and a label per highlight kind."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class Legend(QWidget):
    """A row of swatches (``set_entries([(label, QColor), …])``) explaining the article's colours."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(10)
        self._labels: list[QLabel] = []

    def set_entries(self, entries: list[tuple[str, QColor]]) -> None:
        """Replace the swatches; a colour with alpha 0 means an underline entry (shown as 〰)."""
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        for text, color in entries:
            label = QLabel(self)
            if color.alpha() == 0:
                label.setText(f'<span style="color:{color.name()}">〰</span> {text}')
            else:
                label.setText(f'<span style="background:{color.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}')
            self._layout.addWidget(label)
            self._labels.append(label)
        self._layout.addStretch(0)

    def texts(self) -> list[str]:
        """The entries' labels (plain text), in order."""
        return [label.text().rsplit("</span> ", 1)[-1] for label in self._labels]
