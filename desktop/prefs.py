"""The window's preferences half: remembered layout, zoom, settings, help dialogs.

A mixin of :class:`desktop.main_window.MainWindow`, kept apart so each module stays small.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.dialogs import SettingsDialog, ShortcutsDialog
from desktop.settings import GEOMETRY_KEY, STATE_KEY
from desktop.theme import apply_theme


class PrefsMixin:
    """Layout memory (QSettings, versioned keys), zoom, language and theme, shortcuts and about."""

    # --- layout ---------------------------------------------------------------------------
    def restore_layout(self) -> None:
        """Restore geometry and dock layout saved under this layout version (if any)."""
        geometry, state = self.settings.get(GEOMETRY_KEY), self.settings.get(STATE_KEY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        if not state.isEmpty():
            self.restoreState(state)

    def save_layout(self) -> None:
        """Remember geometry, dock layout and the story in front (unless ``remember_layout`` is off)."""
        if not self.remember_layout:
            return
        self.settings.set(GEOMETRY_KEY, self.saveGeometry())
        self.settings.set(STATE_KEY, self.saveState())
        if self.session.article_id is not None:
            self.settings.set("session/last_article", int(self.session.article_id))
        self.settings.sync()

    def closeEvent(self, event):
        self.save_layout()
        self.runner.cancel()
        super().closeEvent(event)

    # --- view, settings, help -------------------------------------------------------------
    def _zoom(self, steps: int) -> None:
        zoom = self.settings.get("ui/zoom")
        new = 0 if steps == 0 else max(-8, min(20, zoom + steps))
        self.view.zoomIn(new - zoom)
        self.settings.set("ui/zoom", new)

    @Slot()
    def zoom_in(self) -> None:
        """Larger text."""
        self._zoom(1)

    @Slot()
    def zoom_out(self) -> None:
        """Smaller text."""
        self._zoom(-1)

    @Slot()
    def zoom_reset(self) -> None:
        """Default text size."""
        self._zoom(0)

    def apply_settings(self, language: str, theme: str) -> None:
        """Apply and remember a language ('' = system) and a theme."""
        from desktop.i18n import resolve_language

        self.settings.set("ui/language", language)
        self.settings.set("ui/theme", theme)
        apply_theme(QApplication.instance(), theme)
        if self.translations is not None:
            self.translations.install(resolve_language(language))
        self.retranslate()
        if self.session.bundle is not None:
            self.paint_flags(self.session.bundle)

    @Slot()
    def edit_settings(self) -> None:
        """Settings: language and theme."""
        dialog = SettingsDialog(self.settings.get("ui/language"), self.settings.get("ui/theme"), self)
        if dialog.exec():
            self.apply_settings(*dialog.values())

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts."""
        dialog = ShortcutsDialog(self.actions.shortcut_table(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._shortcuts_dialog = dialog
        return dialog

    @Slot()
    def show_about(self) -> None:
        """Help → About."""
        QMessageBox.about(self, self.tr("About Proofdesk"), self.tr(
            "Proofdesk (校对台): checks the facts of Chinese newspaper copy.\nStore: %1").replace(
            "%1", str(Path(self.session.store.path))))
