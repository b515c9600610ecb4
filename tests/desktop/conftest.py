"""Fixtures for the desk's tests: a real store file, temporary settings, a real main window."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from desk_helpers import build_analysis
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session")
def translations_built():
    """The .qm files, built as `make translations` does (tests may run without make)."""
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "packaging" / "build_translations.py")], check=True,
                   capture_output=True)


@pytest.fixture
def settings(tmp_path):
    """Settings in a temporary ini file (never the user's)."""
    from desktop.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def store(tmp_path):
    """A real store file in a temporary folder."""
    from db.store import Store

    s = Store.open(tmp_path / "desk.db", user="tester")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store, settings):
    """A main window over ``store``; its background worker is stopped afterwards."""
    from desktop.app import create_desk

    win = create_desk(store, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.reanalyse_timer.stop()
    win.runner.shutdown()
    QApplication.processEvents()  # deliver queued results while the store is still open
    assert not win.runner.busy(), "a background job outlived its test"


@pytest.fixture
def desk(window):
    """The window with the hand-made story imported and open."""
    doc_id = window.session.import_analysis(build_analysis(), None, "story.txt")
    window.open_story(window.session.first_article_id(doc_id))
    return window
