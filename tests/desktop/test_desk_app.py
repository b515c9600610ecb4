"""Start-up: smoke test, store location, sample page, language, looks, settings, remembered layout."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               PROOFDESK_CACHE=str(tmp_path / "cache"))
    return env


@pytest.mark.slow
def test_smoke_test_exits_0_offscreen(tmp_path):
    db = tmp_path / "smoke.db"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke-test", "--db", str(db)],
                            env=_env(tmp_path), capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stdout
    assert db.exists()  # --db overrides the data folder


def test_default_store_is_in_the_data_folder(qapp):
    from desktop.app import DB_NAME, default_db_path

    QStandardPaths.setTestModeEnabled(True)
    try:
        path = default_db_path()
        expected = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        assert path == Path(expected) / DB_NAME and path.parent.is_dir()
    finally:
        QStandardPaths.setTestModeEnabled(False)


def test_window_icon_and_desktop_file_name(qapp, window, tmp_path, monkeypatch):
    from desktop.app import ICON_PATH, set_up_application

    monkeypatch.setenv("PROOFDESK_CACHE", str(tmp_path))  # whatever set-up does, the env is restored
    app = set_up_application()
    assert ICON_PATH.is_file()
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(32, 32).isNull()  # the SVG really renders
    assert not window.windowIcon().isNull()
    assert app.desktopFileName() == "proofdesk"


def test_desk_and_command_line_share_one_jieba_cache(qapp, tmp_path, monkeypatch):
    from analysis.extract.segmenter import cache_dir
    from desktop.app import set_up_application

    monkeypatch.delenv("PROOFDESK_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    set_up_application()
    assert "PROOFDESK_CACHE" not in os.environ  # the desk leaves the segmenter's rule alone
    assert cache_dir() == tmp_path / ".cache" / "proofdesk"


def test_sample_page_shows_flags_at_once(window, store, qtbot):
    from desktop.app import open_sample
    from desktop.sample import SAMPLE_DATE, SAMPLE_SOURCE, sample_text

    text = sample_text()
    assert "的的" in text and "," in text  # deliberate slips
    assert open_sample(window)
    qtbot.waitUntil(lambda: not window._jobs, timeout=120000)
    assert window.session.bundle is not None
    assert any(f.decision is None for f in window.session.bundle.flags)  # a newcomer sees flags
    doc = store.documents()[0]
    assert doc.source == SAMPLE_SOURCE and doc.pub_date == SAMPLE_DATE.isoformat()
    # Opening it again reuses the stored page (no second import).
    assert not open_sample(window)
    assert len(store.documents()) == 1


def test_sample_weekday_is_deliberately_wrong():
    from desktop.sample import SAMPLE_DATE, sample_text

    weekday = "一二三四五六日"[SAMPLE_DATE.weekday()]
    assert f"{SAMPLE_DATE.month}月{SAMPLE_DATE.day}日（星期" in sample_text()
    assert f"{SAMPLE_DATE.month}月{SAMPLE_DATE.day}日（星期{weekday}）" not in sample_text()


def test_chinese_interface_with_qt_translations(window, qapp, qtbot, translations_built):
    from desktop.i18n import Translations
    tr = Translations(qapp)
    window.translations = tr
    try:
        assert tr.install("zh_CN")
        qapp.processEvents()  # LanguageChange → retranslate
        assert window.menus["file"].title() == "文件(&F)"
        assert window.actions.get("verify").text() == "核实事实(&V)"
        assert window.fact_model.headerData(1, Qt.Orientation.Horizontal) == "规范值"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"  # qtbase_zh_CN.qm
        assert window.flag_model.language == "zh_CN"
    finally:
        tr.install("en")
        qapp.processEvents()
    assert window.menus["file"].title() == "&File"


def test_language_follows_setting_then_command_line():
    from desktop.i18n import resolve_language, system_language

    assert resolve_language("", None) == system_language()
    assert resolve_language("en", None) == "en"
    assert resolve_language("en", "zh_CN") == "zh_CN"


def test_dark_and_light_palettes(window, qapp):
    from desktop.theme import apply_theme

    before = qapp.palette()
    try:
        window.apply_settings("en", "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 100
        assert window.settings.get("ui/theme") == "dark"
        apply_theme(qapp, "light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 150
    finally:
        qapp.setPalette(before)


def test_settings_are_typed(tmp_path):
    from desktop.settings import SPEC, Settings

    q = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s = Settings(q)
    assert s.get("ui/zoom") == 0 and s.get("ui/theme") == "system"
    q.setValue("ui/zoom", "not a number")
    assert s.get("ui/zoom") == 0
    with pytest.raises(TypeError):
        s.set("ui/zoom", "3")
    assert all(spec.doc for spec in SPEC.values())
    assert any(k.endswith("_v1") for k in SPEC)  # window state under versioned keys


def test_window_remembers_its_layout(qtbot, store, settings):
    from desktop.app import create_desk
    from desktop.settings import GEOMETRY_KEY, STATE_KEY

    first = create_desk(store, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # inside the offscreen screen (restoreGeometry clamps to it)
    first.docks["flags"].hide()
    first.close()
    assert settings.get(GEOMETRY_KEY) != QByteArray() and settings.get(STATE_KEY) != QByteArray()
    second = create_desk(store, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert not second.docks["flags"].isVisible()
    first.runner.shutdown()
    second.runner.shutdown()


def test_jieba_loads_off_the_gui_thread(window, qtbot, monkeypatch):
    import threading

    from analysis.extract import segmenter

    threads = []
    real = segmenter.tokenizer

    def spy():
        threads.append(threading.current_thread())
        return real()

    monkeypatch.setattr(segmenter, "tokenizer", spy)
    job = window.warm_up()
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: job not in window._jobs, timeout=120000)
    assert threads and threads[0] is not threading.main_thread()
    assert QApplication.instance() is not None


def test_language_switch_from_the_settings(window, qapp, qtbot, monkeypatch, translations_built):
    from desktop.dialogs import SettingsDialog
    from desktop.i18n import Translations

    dialog = SettingsDialog("", "system")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.values() == ("zh_CN", "system")
    window.translations = Translations(qapp)
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: 1)
    monkeypatch.setattr(SettingsDialog, "values", lambda self: ("zh_CN", "system"))
    try:
        window.actions.get("settings").trigger()
        qapp.processEvents()
        assert window.settings.get("ui/language") == "zh_CN"
        assert window.docks["facts"].windowTitle() == "事实表"
    finally:
        window.translations.install("en")
        qapp.processEvents()
    assert window.docks["facts"].windowTitle() == "Fact sheet"


def test_publication_date_dialog_round_trip(qtbot):
    from desktop.dialogs import DateDialog

    d = DateDialog(dt.date(2023, 1, 4), True)
    qtbot.addWidget(d)
    assert d.date() == dt.date(2023, 1, 4)
