"""Starting the desk: the application, its settings, language, looks, store and main window.

``main.py`` parses the arguments before Qt is imported and calls :func:`run_gui`.
"""
from __future__ import annotations

import getpass
import os
import sys
import tempfile
from pathlib import Path

DB_NAME = "proofdesk.db"
SMOKE_TIMEOUT_MS = 120_000
SMOKE_IDLE_POLLS = 100  # × 100 ms
#: The window icon: beside the ``desktop`` package in a checkout, and in a bundle too
#: (``packaging/bundle_data.py`` keeps paths relative to the repository root under ``_internal/``).
ICON_PATH = Path(__file__).resolve().parent.parent / "packaging" / "proofdesk.svg"


def default_db_path() -> Path:
    """The store in the user's data folder (QStandardPaths.AppDataLocation), created on demand."""
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DB_NAME


def set_up_application(argv: list[str] | None = None):
    """The QApplication (created once per process) with names, HiDPI rounding and a CJK font."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Proofdesk")
    app.setApplicationName("Proofdesk")
    app.setApplicationDisplayName("Proofdesk 校对台")
    app.setDesktopFileName("proofdesk")  # Wayland matches the window to packaging/proofdesk.desktop
    app.setWindowIcon(QIcon(str(ICON_PATH)))
    from desktop.theme import cjk_font

    # A CJK family as the application font: lists and menus would otherwise resolve a fallback
    # font for every Chinese string they paint.
    size = app.font().pointSize()
    app.setFont(cjk_font(point_size=size if size > 0 else 10))
    # jieba's dictionary cache: the segmenter's own folder, the one the command line uses too
    # (analysis.extract.segmenter.cache_dir), so it is built once for both.
    return app


def create_desk(store, settings, translations=None):
    """A main window over ``store``, with its session and background runner (children of it)."""
    from desktop.main_window import MainWindow
    from desktop.session import Session
    from desktop.tasks import TaskRunner

    session = Session(store)
    runner = TaskRunner()
    window = MainWindow(session, runner, settings, translations)
    session.setParent(window)
    runner.setParent(window)
    return window


def open_sample(window) -> bool:
    """Open the sample page: the stored copy when there is one, else analyse it in (background).

    Returns True when an import was started.
    """
    from desktop.sample import SAMPLE_DATE, SAMPLE_SOURCE, sample_text

    store = window.session.store
    doc = next((d for d in store.documents() if d.source == SAMPLE_SOURCE), None)
    if doc is not None:
        first = window.session.first_article_id(doc.id)
        if first is not None:
            window.open_story(first)
            return False
    window.import_text(sample_text(), SAMPLE_SOURCE, SAMPLE_DATE)
    return True


def run_gui(args) -> int:
    """Open the desk as the arguments say (``--db``, ``--sample``, ``--lang``, ``--smoke-test``, files)."""
    if args.smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = set_up_application()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from db.errors import StoreError
    from db.store import Store
    from desktop.i18n import Translations, resolve_language
    from desktop.settings import Settings
    from desktop.theme import apply_theme

    settings = Settings()
    translations = Translations(app)
    translations.install(resolve_language(settings.get("ui/language"), args.lang))
    apply_theme(app, settings.get("ui/theme"))

    temp = None
    if args.db:
        path = Path(args.db)
    elif args.smoke_test:
        temp = tempfile.TemporaryDirectory(prefix="proofdesk-smoke-")
        path = Path(temp.name) / DB_NAME
    else:
        path = default_db_path()
    try:
        store = Store.open(path, user=getpass.getuser())
    except StoreError as exc:
        if not args.smoke_test:
            QMessageBox.critical(None, "Proofdesk", str(exc))
        print(f"proofdesk: {exc}", file=sys.stderr)
        return 2

    window = create_desk(store, settings, translations)
    from desktop.annotator import install

    install(window)  # the annotator's bench, docks and Annotate menu (issue 7; off until turned on)
    if args.smoke_test:
        window.remember_layout = False  # a CI or bundle check must not rewrite the person's layout
    window.show()
    window.reload_stories()
    window.warm_up()
    if args.files:
        window.import_paths(args.files)
    elif args.sample or args.smoke_test:
        open_sample(window)
    else:
        last = settings.get("session/last_article")
        known = {n.payload.id for n in window.story_model.articles()}
        first = last if last in known else window.session.first_article_id()
        if first is not None:
            window.open_story(first)

    rc = {"code": 0, "idle_ticks": 0}
    if args.smoke_test:
        def check() -> None:
            if window.runner.busy():
                return
            ok = window.session.bundle is not None and bool(window.view.text())
            # A job's future is done a moment before its result reaches the GUI thread by signal:
            # give the result a few idle polls (under load, seconds) before calling it a failure.
            if not ok and rc["idle_ticks"] < SMOKE_IDLE_POLLS:
                rc["idle_ticks"] += 1
                return
            print(f"smoke test: {'ok' if ok else 'FAILED'}: {len(window.story_model.articles())} stories, "
                  f"{len(window.session.bundle.facts) if ok else 0} facts, "
                  f"{len(window.session.bundle.flags) if ok else 0} flags")
            rc["code"] = 0 if ok else 1
            window.close()
            app.quit()

        def give_up() -> None:
            print("smoke test: FAILED: timed out", file=sys.stderr)
            rc["code"] = 1
            app.quit()

        poll = QTimer(window)
        poll.timeout.connect(check)
        poll.start(100)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, window, give_up)
    code = app.exec()
    window.runner.shutdown()
    store.close()
    if temp is not None:
        temp.cleanup()
    return rc["code"] if args.smoke_test else code
