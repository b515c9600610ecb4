"""The application shell: main window, actions, settings, undo commands, background tasks, models.

Importing ``widgets`` first applies its work-around for PySide6 6.12 dropping references to None.
"""
import widgets  # noqa: F401  (side effect: widgets.pin_none())
