"""Looks: a readable CJK font, light and dark palettes, the colours of fact kinds and flags."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

#: Preferred families, best first: Noto when installed, then common system CJK fonts.
SANS_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                 "PingFang SC")
SERIF_FAMILIES = ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC")

#: Fact kinds' highlight colours (semi-transparent so they read on light and dark bases).
KIND_COLORS = {"person": (255, 152, 0), "title": (156, 39, 176), "org": (76, 175, 80),
               "place": (3, 169, 244), "date": (255, 235, 59), "duration": (233, 30, 99),
               "number": (121, 85, 72)}
SEVERITY_COLORS = {"error": "#d32f2f", "warning": "#f57c00", "info": "#1976d2"}
SELECTED_COLOR = (57, 73, 171, 255)  # indigo with white text: unlike any kind colour
SELECTED_TEXT = (255, 255, 255)
SEARCH_COLOR = (0, 188, 212, 150)


def kind_color(kind: str) -> QColor:
    """The highlight colour of a fact kind."""
    r, g, b = KIND_COLORS.get(kind, (158, 158, 158))
    return QColor(r, g, b, 90)


def severity_color(severity: str) -> QColor:
    """The wavy-underline colour of a flag severity."""
    return QColor(SEVERITY_COLORS.get(severity, "#757575"))


def first_family(candidates) -> str | None:
    """The first of ``candidates`` installed on this machine (None when none is)."""
    installed = set(QFontDatabase.families())
    return next((f for f in candidates if f in installed), None)


def cjk_font(serif: bool = False, point_size: int = 13) -> QFont:
    """A font that renders Chinese: Noto Serif/Sans CJK SC when installed, else the system's choice."""
    family = first_family(SERIF_FAMILIES if serif else SANS_FAMILIES) or first_family(SANS_FAMILIES)
    font = QFont(family) if family else QFont()
    font.setPointSize(point_size)
    return font


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style."""
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    for role, color in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
                        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
                        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
                        (QPalette.ColorRole.Link, QColor(100, 170, 255))):
        p.setColor(role, color)
    return p


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply ``theme`` (system, light or dark) to the application; return the one applied."""
    if theme not in ("light", "dark"):
        app.setPalette(QPalette())  # back to the platform's own palette (after dark, say)
        return "system"
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    return theme
