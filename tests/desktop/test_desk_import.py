"""Opening copy: import of files and folders in the background, drop, paste, cancel, the page date."""
from __future__ import annotations

import datetime as dt

import docx
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

PAGE = ("夜市重开 烟火气回来了\n\n本报讯 (记者 王小明)\n\n"
        "2023年5月6日晚,市委副书记、市长张伟到解放路夜市调研。张伟指出,要做好服务保障。\n")


def _wait_idle(qtbot, w, timeout=90000):
    qtbot.waitUntil(lambda: not w._jobs, timeout=timeout)


def test_import_txt_docx_and_a_folder_in_the_background(window, store, tmp_path, qtbot):
    w = window
    (tmp_path / "gbk.txt").write_bytes(PAGE.encode("gb18030"))
    d = docx.Document()
    for para in PAGE.split("\n\n"):
        d.add_paragraph(para.strip())
    d.save(tmp_path / "page.docx")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE.replace("张伟", "李强"), encoding="utf-8")
    (folder / "ignore.bin").write_bytes(b"\x00\x01")
    w.import_paths([str(tmp_path / "gbk.txt"), str(tmp_path / "page.docx"), str(folder)])
    assert w.progress.isVisible() and w.cancel_button.isVisible()
    _wait_idle(qtbot, w)
    assert {d.source.rsplit("/", 1)[-1] for d in store.documents()} == {"gbk.txt", "page.docx", "a.txt"}
    assert w.story_model.rowCount() == 3
    assert w.session.bundle is not None and "张伟" in w.view.toPlainText()  # the first page opened
    assert not w.progress.isVisible()


def test_unreadable_files_are_reported_not_fatal(window, store, tmp_path, qtbot, monkeypatch):
    w = window
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    w.import_paths([str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")])
    _wait_idle(qtbot, w)
    assert len(store.documents()) == 1
    assert shown and "bad.txt" in shown[0]


def test_drop_files_and_text_onto_the_window(window, store, tmp_path, qtbot):
    w = window
    path = tmp_path / "dropped.txt"
    path.write_text(PAGE, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    _wait_idle(qtbot, w)
    mime = QMimeData()
    mime.setText(PAGE.replace("张伟", "赵六"))
    w.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier))
    _wait_idle(qtbot, w)
    assert len(store.documents()) == 2
    assert "赵六" in w.view.toPlainText()


def test_paste_as_new_page(window, store, qtbot):
    w = window
    QApplication.clipboard().setText(PAGE)
    w.actions.get("paste_page").trigger()
    _wait_idle(qtbot, w)
    assert len(store.documents()) == 1
    assert store.documents()[0].source.startswith("Pasted")
    assert w.view.toPlainText() == w.session.bundle.text


def test_import_can_be_cancelled(window, store, tmp_path, qtbot):
    w = window
    paths = []
    for i in range(5):
        p = tmp_path / f"p{i}.txt"
        p.write_text(PAGE.replace("张伟", f"张伟{i}"), encoding="utf-8")
        paths.append(str(p))
    w.import_paths(paths)
    w.cancel_button.click()
    _wait_idle(qtbot, w)
    assert len(store.documents()) < 5
    assert not w.progress.isVisible()


def test_publication_date_change_reanalyses_the_page(window, store, tmp_path, qtbot):
    w = window
    (tmp_path / "p.txt").write_text(PAGE.replace("2023年5月6日", "5月6日"), encoding="utf-8")
    w.import_paths([str(tmp_path / "p.txt")])
    _wait_idle(qtbot, w)
    w.set_publication_date(dt.date(2021, 5, 7))
    _wait_idle(qtbot, w)
    doc = store.documents()[0]
    assert doc.pub_date == "2021-05-07" and not doc.pub_date_inferred
    dates = [f for f in store.load_article(w.session.article_id).facts if f.kind == "date"]
    assert dates and all(f.value["start"].startswith("2021") for f in dates)


def test_a_store_refusal_is_shown_not_fatal(window, store, tmp_path, qtbot, monkeypatch):
    from db.errors import StoreError

    w = window
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    def refuse(*args, **kwargs):
        raise StoreError(f"{store.path}: the store is read-only; copy it somewhere writable")

    monkeypatch.setattr(store, "import_analysis", refuse)
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    w.import_paths([str(tmp_path / "p.txt")])
    _wait_idle(qtbot, w)
    assert "read-only" in w.saved_label.text() and shown and "read-only" in shown[0]
    assert store.documents() == []
