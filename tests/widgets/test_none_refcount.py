"""Guard for the PySide6 pin: PySide6-Essentials 6.12.0 on CPython 3.11 dropped a reference to None on
every Qt call that returns nothing, so after a few thousand calls the interpreter aborted with
"deallocating None".  requirements.txt pins a release without the bug; this test fails if a future
pin brings it back (it runs the calls in a child so an abort cannot take pytest down)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    app = QApplication([])
    view = QPlainTextEdit()
    view.setPlainText("abc" * 100)
    cursor = QTextCursor(view.document())
    before = sys.getrefcount(None)
    for _ in range(50_000):  # each call returns nothing
        cursor.setPosition(5)
    view.setExtraSelections([])
    print("drift", sys.getrefcount(None) - before)
""")


def test_void_qt_calls_keep_none_alive():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                            env=env, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    drift = int(result.stdout.split()[-1])
    assert abs(drift) < 100, f"None lost {-drift} references over 50,000 void calls"
