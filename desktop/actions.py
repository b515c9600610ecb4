"""The one action collection: every QAction of the desk, with objectName, shortcut and text.

Actions are created here and nowhere else; the window only places them in menus and connects
them. Texts are set in :meth:`ActionCollection.retranslate` (called again on a language change);
shortcuts use ``QKeySequence.StandardKey`` where one exists. ``SHORTCUTS`` is also what
Help → Keyboard shortcuts lists.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

SK = QKeySequence.StandardKey

#: name -> (shortcuts, context). Context "window" works anywhere in the window; "facts", "flags" and
#: "find" only while that widget has focus (so Enter and Delete keep their meaning in the text).
SHORTCUTS: dict[str, tuple[list, str]] = {
    "import": ([SK.Open], "window"),
    "import_folder": (["Ctrl+Shift+O"], "window"),
    "paste_page": (["Ctrl+Shift+V"], "window"),
    "pub_date": (["Ctrl+Shift+D"], "window"),
    "quit": ([SK.Quit, "Ctrl+Q"], "window"),
    "undo": ([SK.Undo], "window"),
    "redo": ([SK.Redo, "Ctrl+Shift+Z"], "window"),
    "find": ([SK.Find], "window"),
    "find_next": ([SK.FindNext, "F3"], "window"),
    "find_close": (["Esc"], "find"),
    "reanalyse": (["Ctrl+Shift+R"], "window"),
    "settings": ([SK.Preferences, "Ctrl+,"], "window"),
    "next_fact": (["Alt+Down"], "window"),
    "prev_fact": (["Alt+Up"], "window"),
    "verify": (["Return", "Enter"], "facts"),
    "reject": (["Delete"], "facts"),
    "edit_value": (["F2"], "facts"),
    "next_flag": (["F8"], "window"),
    "prev_flag": (["Shift+F8"], "window"),
    "confirm_flag": (["Return", "Enter"], "flags"),
    "dismiss_flag": (["Delete"], "flags"),
    "apply_fix": (["Ctrl+."], "window"),
    "sign_off": (["Ctrl+Return", "Ctrl+Enter"], "window"),
    "next_story": (["Ctrl+PgDown"], "window"),
    "prev_story": (["Ctrl+PgUp"], "window"),
    "focus_text": (["Ctrl+1"], "window"),
    "focus_facts": (["Ctrl+2"], "window"),
    "focus_flags": (["Ctrl+3"], "window"),
    "focus_stories": (["Ctrl+4"], "window"),
    "zoom_in": ([SK.ZoomIn, "Ctrl+="], "window"),
    "zoom_out": ([SK.ZoomOut, "Ctrl+-"], "window"),
    "zoom_reset": (["Ctrl+0"], "window"),
    "shortcuts": ([SK.HelpContents, "F1"], "window"),
    "about": ([], "window"),
}


def _keys(items) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for item in items:
        seqs = QKeySequence.keyBindings(item) if isinstance(item, SK) else [QKeySequence(item)]
        for seq in seqs:
            if not seq.isEmpty() and seq not in out:
                out.append(seq)
    return out


class ActionCollection(QObject):
    """Creates and owns every action; ``actions[name]`` or ``collection.get(name)``."""

    def __init__(self, parent: QObject, undo_group: QUndoGroup):
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for name, (keys, context) in SHORTCUTS.items():
            if name == "undo":
                action = undo_group.createUndoAction(parent)
            elif name == "redo":
                action = undo_group.createRedoAction(parent)
            else:
                action = QAction(parent)
            action.setObjectName(name)
            action.setShortcuts(_keys(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if context == "window"
                                      else Qt.ShortcutContext.WidgetShortcut)
            self.actions[name] = action
        self.actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.retranslate()

    def get(self, name: str) -> QAction:
        """The action called ``name``."""
        return self.actions[name]

    def context(self, name: str) -> str:
        """Where the action's shortcut works: window, facts or flags."""
        return SHORTCUTS[name][1]

    def texts(self) -> dict[str, str]:
        """name -> translated text (without the & mnemonic)."""
        return {
            "import": self.tr("&Import files…"),
            "import_folder": self.tr("Import a &folder…"),
            "paste_page": self.tr("&Paste as new page"),
            "pub_date": self.tr("Publication &date…"),
            "quit": self.tr("&Quit"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "find": self.tr("&Find…"),
            "find_next": self.tr("Find &next"),
            "find_close": self.tr("Close the find bar"),
            "reanalyse": self.tr("Re-&analyse story"),
            "settings": self.tr("&Settings…"),
            "next_fact": self.tr("&Next fact"),
            "prev_fact": self.tr("&Previous fact"),
            "verify": self.tr("&Verify fact"),
            "reject": self.tr("&Reject fact"),
            "edit_value": self.tr("&Edit value"),
            "next_flag": self.tr("&Next flag"),
            "prev_flag": self.tr("&Previous flag"),
            "confirm_flag": self.tr("&Confirm flag"),
            "dismiss_flag": self.tr("&Dismiss flag…"),
            "apply_fix": self.tr("&Apply fix"),
            "sign_off": self.tr("&Sign story off"),
            "next_story": self.tr("&Next story"),
            "prev_story": self.tr("&Previous story"),
            "focus_text": self.tr("Go to &text"),
            "focus_facts": self.tr("Go to f&acts"),
            "focus_flags": self.tr("Go to f&lags"),
            "focus_stories": self.tr("Go to s&tories"),
            "zoom_in": self.tr("Zoom &in"),
            "zoom_out": self.tr("Zoom &out"),
            "zoom_reset": self.tr("&Reset zoom"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
            "about": self.tr("&About Proofdesk"),
        }

    def retranslate(self) -> None:
        """Set every action's text in the current language (undo/redo keep their command names)."""
        for name, text in self.texts().items():
            if name in ("undo", "redo"):
                continue  # QUndoGroup sets "Undo <command>" itself
            self.actions[name].setText(text)

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(action text, shortcuts, where) rows for Help → Keyboard shortcuts."""
        where = {"window": self.tr("anywhere"), "facts": self.tr("in the fact sheet"),
                 "flags": self.tr("in the flag list"), "find": self.tr("in the find bar")}
        rows = []
        for name, text in self.texts().items():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in self.actions[name].shortcuts())
            if keys:
                rows.append((text.replace("&", "").rstrip("…"), keys, where[SHORTCUTS[name][1]]))
        return rows
