"""Who is annotating: asked once, kept in QSettings, passed to every store the bench opens.

``Store.open(path, user=name)`` records the name with every decision (the history rows
and ``updated_by`` of each fact), so agreement and adjudication can tell annotators apart.
"""
from __future__ import annotations

import getpass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

#: Settings key, version-suffixed so a later format can live beside this one.
NAME_KEY = "annotator/name.v1"


def _settings(settings: QSettings | None) -> QSettings:
    return settings if settings is not None else QSettings()


def annotator_name(settings: QSettings | None = None) -> str:
    """The stored annotator name, or "" when none was given yet."""
    return str(_settings(settings).value(NAME_KEY, "", type=str)).strip()


def set_annotator_name(name: str, settings: QSettings | None = None) -> str:
    """Store ``name`` (trimmed); an empty name clears it so the next run asks again."""
    name = name.strip()
    s = _settings(settings)
    if name:
        s.setValue(NAME_KEY, name)
    else:
        s.remove(NAME_KEY)
    s.sync()
    return name


def _default_guess() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return ""


def ask_annotator_name(parent: QWidget | None = None, settings: QSettings | None = None,
                       *, force: bool = False) -> str:
    """The annotator's name: the stored one, else (or when ``force``) asked in a small dialog.

    Cancelling keeps whatever was stored before (possibly ""), so the caller can still
    open the store; it just records no name.
    """
    current = annotator_name(settings)
    if current and not force:
        return current
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("annotator", "Annotator"),
        QCoreApplication.translate(
            "annotator", "Your name, stored with every decision you make (for agreement between annotators):"),
        QLineEdit.EchoMode.Normal,
        current or _default_guess(),
    )
    if ok and text.strip():
        return set_annotator_name(text, settings)
    return current


def open_store_as_annotator(path: str, parent: QWidget | None = None,
                            settings: QSettings | None = None) -> Any:
    """``db.store.Store.open(path, user=<annotator>)``, asking the name at first run."""
    from db.store import Store

    return Store.open(path, user=ask_annotator_name(parent, settings))
