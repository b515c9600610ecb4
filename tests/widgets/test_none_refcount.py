"""PySide6 6.12 on CPython 3.11 drops a reference to None per void Qt call; importing widgets pins None."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    {pre}
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    app = QApplication([])
    view = QPlainTextEdit()
    view.setPlainText("abc" * 100)
    cursor = QTextCursor(view.document())
    for _ in range(50_000):  # each call returns nothing
        cursor.setPosition(5)
    print("alive")
""")


def test_many_void_qt_calls_do_not_kill_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), pre="import widgets")],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"


def test_pin_none_is_idempotent():
    import widgets

    before = sys.getrefcount(None)
    widgets.pin_none()
    assert sys.getrefcount(None) - before < 1000  # already pinned: not added twice
