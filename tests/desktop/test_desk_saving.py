"""Every decision is in the file the moment the status bar says saved; killing the process loses none."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from db.store import Store

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import os, signal, sys
    sys.path[:0] = [{root!r}, {here!r}]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from db.store import Store
    from desk_helpers import build_analysis
    from desktop.app import create_desk, set_up_application
    from desktop.settings import Settings

    app = set_up_application()
    store = Store.open({db!r}, user="child")
    win = create_desk(store, Settings(QSettings({ini!r}, QSettings.Format.IniFormat)))
    win.show()
    doc = win.session.import_analysis(build_analysis(), None, "story.txt")
    win.open_story(win.session.first_article_id(doc))
    win.actions.get("next_fact").trigger()
    fact = win.current_fact()
    win.actions.get("verify").trigger()
    flag = win.session.bundle.flags[0]
    win.select_flag(flag.id)
    win.actions.get("confirm_flag").trigger()
    app.processEvents()
    print(fact.id, flag.id, win.saved_label.text(), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no close, no cleanup
""")


def test_killing_the_process_loses_nothing_shown_as_saved(tmp_path):
    db = tmp_path / "kill.db"
    code = CHILD.format(root=str(ROOT), here=str(Path(__file__).parent), db=str(db),
                        ini=str(tmp_path / "s.ini"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == -signal.SIGKILL, (result.stdout, result.stderr[-2000:])
    fact_id, flag_id, *label = result.stdout.split()
    assert label and label[0] == "Saved", (result.stdout, result.stderr[-2000:])  # said before the kill
    with Store.open(db, user="parent") as store:
        assert store.fact(int(fact_id)).status == "verified"
        assert store.flag(int(flag_id)).decision == "confirmed"
        assert store.article_info(store.fact(int(fact_id)).article_id).status == "in_progress"
