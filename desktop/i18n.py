"""Interface language: our own ``.qm`` plus Qt's ``qtbase`` translations, switchable at run time."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("zh_CN", "en")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else en."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(setting: str = "", override: str | None = None) -> str:
    """The language to use: the command line's, else the setting's, else the system's."""
    for choice in (override, setting):
        if choice in LANGUAGES:
            return choice
    return system_language()


class Translations:
    """Owns the installed translators so the language can be switched while the desk runs."""

    def __init__(self, app: QApplication):
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Install ``language``'s translators (none for English); True when our own .qm loaded.

        Installing posts a LanguageChange event, on which windows re-translate themselves.
        """
        for tr in self._translators:
            self._app.removeTranslator(tr)
        self._translators.clear()
        self.language = language
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return True
        QLocale.setDefault(QLocale(language))
        ours = QTranslator(self._app)
        loaded = ours.load(f"proofdesk_{language}", str(TRANSLATIONS_DIR))
        qt = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(qt)
            self._translators.append(qt)
        if loaded:
            self._app.installTranslator(ours)
            self._translators.append(ours)
        return loaded
