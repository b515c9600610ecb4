"""The desk's settings: one typed spec, read and written through QSettings.

Every key is declared once in :data:`SPEC` as ``(key, type, default, doc)``; reads always pass
the default and the type (``QSettings.value(key, default, type=…)``), so a missing or garbled
value never reaches the code as the wrong type. Window geometry and state live under
version-suffixed keys: a new layout version ignores the old blobs instead of restoring a broken
dock arrangement.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

#: Bump when the dock layout changes so old saved states are ignored.
LAYOUT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its QSettings key, Python type, default and what it means."""

    key: str
    type: type
    default: Any
    doc: str


SPEC: dict[str, Setting] = {s.key: s for s in (
    Setting("ui/language", str, "", "interface language: '' follows the system, or zh_CN / en"),
    Setting("ui/theme", str, "system", "palette: system, light or dark"),
    Setting("ui/zoom", int, 0, "text zoom steps relative to the default size"),
    Setting("ui/font_size", int, 13, "base point size of the article text"),
    Setting("import/last_dir", str, "", "folder of the last import"),
    Setting(f"window/geometry_v{LAYOUT_VERSION}", QByteArray, QByteArray(), "main window geometry"),
    Setting(f"window/state_v{LAYOUT_VERSION}", QByteArray, QByteArray(), "dock and toolbar layout"),
    Setting("session/last_article", int, 0, "the story open when the desk was closed"),
)}

GEOMETRY_KEY = f"window/geometry_v{LAYOUT_VERSION}"
STATE_KEY = f"window/state_v{LAYOUT_VERSION}"


class Settings:
    """Typed access to the :data:`SPEC` keys over one ``QSettings`` (the app's, or a test's)."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings if qsettings is not None else QSettings()

    def get(self, key: str) -> Any:
        """The value of ``key`` as its declared type (the default when unset or unreadable)."""
        spec = SPEC[key]
        if spec.type is QByteArray:
            value = self._q.value(key, spec.default)
            return value if isinstance(value, QByteArray) else QByteArray()
        try:
            return self._q.value(key, spec.default, type=spec.type)
        except (TypeError, ValueError):
            return spec.default

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` (checked against the spec's type)."""
        spec = SPEC[key]
        if not isinstance(value, spec.type):
            raise TypeError(f"setting {key} wants {spec.type.__name__}, got {type(value).__name__}")
        self._q.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._q.sync()
