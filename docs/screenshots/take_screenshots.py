#!/usr/bin/env python3
"""Take the README's screenshots of the real window, offscreen, on the reference page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_screenshots.py [PAGE]

Imports PAGE (default: the reference page, see tests/reference_corpus.py) through the real background import into a
temporary store, opens the story with a role.exclusive-conflict flag, selects that flag and
saves ``widget.grab()`` as docs/screenshots/desk.png (Chinese UI), desk_en.png (English) and
desk_dark.png (Chinese, dark palette).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.reference_corpus import PAGE as DEFAULT_PAGE  # noqa: E402

RULE = "role.exclusive-conflict"


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.store import Store
    from desktop.app import create_desk, set_up_application
    from desktop.i18n import Translations
    from desktop.settings import Settings
    from desktop.theme import cjk_font

    page = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PAGE
    app = set_up_application()
    app.setFont(cjk_font(point_size=10))
    tmp = tempfile.TemporaryDirectory(prefix="proofdesk-shots-")
    store = Store.open(Path(tmp.name) / "shots.db", user="screenshot")
    tr = Translations(app)
    settings = Settings(QSettings(str(Path(tmp.name) / "s.ini"), QSettings.Format.IniFormat))
    win = create_desk(store, settings, tr)
    win.resize(1680, 980)
    win.show()
    win.import_paths([str(page)])
    deadline = time.monotonic() + 300
    while win._jobs and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    target = None
    for doc in store.documents():
        for art in store.articles(doc.id):
            flags = [f for f in store.load_article(art.id).flags if f.rule == RULE]
            if flags and target is None:
                target = (art.id, flags[0].id)
    if target is None:
        print(f"no {RULE} flag on {page}; screenshot of the first story instead", file=sys.stderr)
    from desktop.theme import apply_theme

    for lang, theme, name in (("zh_CN", "light", "desk.png"), ("en", "light", "desk_en.png"),
                              ("zh_CN", "dark", "desk_dark.png")):
        apply_theme(app, theme)
        tr.install(lang)
        app.processEvents()
        if target is not None:
            win.open_story(target[0])
            win.select_flag(target[1], focus=True)
        app.processEvents()
        out = Path(__file__).resolve().parent / name
        win.grab().save(str(out))
        print(f"wrote {out}")
    win.runner.shutdown()
    store.close()
    tmp.cleanup()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
