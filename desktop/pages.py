"""Opening copy: import (files, a folder, drag and drop, paste), the publication date, re-analysis.

A mixin of :class:`desktop.main_window.MainWindow`. Reading and analysing run in the background
(:mod:`desktop.tasks`); results come back by signal and are stored here, on the GUI thread.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.errors import StoreError
from desktop import tasks
from desktop.dialogs import DateDialog


class PagesMixin:
    """Import, paste, drop, publication date and re-analysis, with progress and Cancel."""

    # --- starting jobs --------------------------------------------------------------------
    def _start(self, kind: str, label: str, fn, *args) -> int:
        job = self.runner.submit(label, fn, *args)
        self._jobs[job] = kind
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.setFormat(label)
        self.progress.show()
        self.cancel_button.setVisible(kind != "warmup")
        return job

    def warm_up(self) -> int:
        """Load jieba in the background so the first analysis is quick."""
        return self._start("warmup", self.tr("Loading the dictionary…"), tasks.warm_up)

    def import_paths(self, paths: list[str], date: dt.date | None = None) -> int:
        """Import files and folders in the background; the first new page opens when stored."""
        self._import_errors = []
        return self._start("import", self.tr("Importing…"), tasks.import_files, list(paths), date,
                           self.session.store.lexicon())

    def import_text(self, text: str, source: str, date: dt.date | None = None) -> int:
        """Analyse ``text`` as one new page in the background."""
        return self._start("import", self.tr("Analysing…"), tasks.analyse_text, text, source, date,
                           self.session.store.lexicon())

    @Slot()
    def import_files(self) -> None:
        """File → Import files… (txt, docx; several at once)."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import copy"), self.settings.get("import/last_dir"),
                                                self.tr("Copy (*.txt *.docx);;All files (*)"))
        if paths:
            self.settings.set("import/last_dir", str(tasks.Path(paths[0]).parent))
            self.import_paths(paths)

    @Slot()
    def import_folder(self) -> None:
        """File → Import a folder… (every .txt and .docx in it)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"),
                                                  self.settings.get("import/last_dir"))
        if folder:
            self.settings.set("import/last_dir", folder)
            self.import_paths([folder])

    @Slot()
    def paste_page(self) -> None:
        """File → Paste as new page (Ctrl+Shift+V)."""
        text = QApplication.clipboard().text()
        if not text.strip():
            self.statusBar().showMessage(self.tr("The clipboard holds no text."), 4000)
            return
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        self.import_text(text, self.tr("Pasted %1").replace("%1", stamp))

    # --- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event):
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):
        mime = event.mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()
        elif mime.hasText() and mime.text().strip():
            self.import_text(mime.text(), self.tr("Dropped text"))
            event.acceptProposedAction()

    # --- date and re-analysis -------------------------------------------------------------
    def current_document(self):
        """The DocumentInfo of the page in front (None when none is open)."""
        bundle = self.session.bundle
        if bundle is None:
            return None
        return next((d for d in self.session.store.documents() if d.id == bundle.info.doc_id), None)

    def set_publication_date(self, date: dt.date) -> None:
        """Set the page's date and analyse its stories again against it (decisions are kept)."""
        doc = self.current_document()
        if doc is None:
            return
        self.session.set_publication_date(doc.id, date)
        store = self.session.store
        stories = [(a.id, store.load_article(a.id).text) for a in store.articles(doc.id)]
        self._start("reanalyse", self.tr("Re-analysing…"), tasks.reanalyse_texts, stories, date, store.lexicon())

    @Slot()
    def edit_pub_date(self) -> None:
        """File → Publication date…"""
        doc = self.current_document()
        if doc is None:
            return
        current = dt.date.fromisoformat(doc.pub_date) if doc.pub_date else None
        dialog = DateDialog(current, doc.pub_date_inferred, self)
        if dialog.exec():
            self.set_publication_date(dialog.date())

    @Slot()
    def reanalyse_story(self) -> None:
        """Analyse the story in front again (after typing stops, or on request)."""
        bundle = self.session.bundle
        if bundle is None:
            return
        date = dt.date.fromisoformat(bundle.pub_date) if bundle.pub_date else None
        self._start("reanalyse", self.tr("Re-analysing…"), tasks.reanalyse_texts,
                    [(bundle.info.id, bundle.text)], date, self.session.store.lexicon())

    # --- job results (queued from the worker thread) --------------------------------------
    @Slot(int, int, int, str)
    def _on_progress(self, job: int, done: int, total: int, label: str) -> None:
        if job not in self._jobs:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if label:
            self.progress.setFormat(f"{label} %v/%m")

    @Slot(int, object)
    def _on_item(self, job: int, result) -> None:
        try:
            self._store_item(job, result)
        except StoreError as exc:  # the session has shown it in the status bar; keep going
            self._import_errors.append(str(exc))

    def _store_item(self, job: int, result) -> None:
        kind = self._jobs.get(job)
        if kind == "import":
            if result.error:
                self._import_errors.append(result.error)
                return
            doc_id = self.session.import_analysis(result.analysis, result.raw_text, result.source)
            if job not in self._job_first_doc:
                self._job_first_doc[job] = doc_id
                first = self.session.first_article_id(doc_id)
                if first is not None:
                    self.open_story(first)
        elif kind == "reanalyse":
            article_id, text, analysis = result
            # The person may have typed on while the engine ran: a stale analysis would drop
            # facts of the new text; the typing restarted the timer, so a fresh one follows.
            if self.session.store.load_article(article_id).text == text:
                self.session.reanalyse_article(article_id, analysis)

    def _job_done(self, job: int) -> None:
        self._jobs.pop(job, None)
        self._job_first_doc.pop(job, None)
        self.runner.forget(job)
        if not self._jobs:
            self.progress.hide()
            self.cancel_button.hide()

    @Slot(int, object)
    def _on_job_finished(self, job: int, result) -> None:
        kind = self._jobs.get(job)
        self._job_done(job)
        if kind in ("import", "reanalyse") and self._import_errors:
            QMessageBox.warning(self, self.tr("Some files were not imported"), "\n".join(self._import_errors))
            self._import_errors = []

    @Slot(int, str)
    def _on_job_failed(self, job: int, message: str) -> None:
        self._job_done(job)
        if message == "cancelled":
            self.statusBar().showMessage(self.tr("Cancelled."), 4000)
        else:
            self.statusBar().showMessage(self.tr("Failed: %1").replace("%1", message), 8000)

    @Slot()
    def cancel_jobs(self) -> None:
        """Cancel every running import or analysis (stops after the current file)."""
        self.runner.cancel()
