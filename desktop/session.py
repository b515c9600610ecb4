"""The desk's session: the one object that talks to the store, on the GUI thread only.

SQLite connections are thread-bound, so every store call happens here, on the thread that
opened the store; background tasks only read files and run the engine, and hand their results
back by signal. Every decision is written at once (one transaction each) and announced with
``saved``, which the status bar shows: what the bar calls saved is in the file.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from db.errors import StoreError


class Session(QObject):
    """Writes decisions to the store and tells the window what changed.

    Signals:
        articleLoaded(object): the ArticleBundle of the story now in front (show it afresh).
        articleRefreshed(object): the story in front after an edit (its text in the view is right).
        textReplaced(int, int, str): the view must replace [start, end) (code points) by the string.
        factChanged(object): a StoredFact after an edit.
        flagChanged(object): a StoredFlag after a decision.
        articleInfoChanged(object): an ArticleInfo whose status or counts changed.
        documentsChanged(): pages were added or a page's date changed.
        saved(str): a write is in the file (what was saved).
        failed(str): a write failed; nothing was saved.
    """

    articleLoaded = Signal(object)
    articleRefreshed = Signal(object)
    textReplaced = Signal(int, int, str)
    factChanged = Signal(object)
    flagChanged = Signal(object)
    articleInfoChanged = Signal(object)
    documentsChanged = Signal()
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.bundle = None  # the ArticleBundle in front

    # --- reading --------------------------------------------------------------------------
    @property
    def article_id(self) -> int | None:
        """The story in front (None before one is opened)."""
        return self.bundle.info.id if self.bundle is not None else None

    def open_article(self, article_id: int) -> None:
        """Bring story ``article_id`` to the front."""
        self.bundle = self.store.load_article(article_id)
        self.articleLoaded.emit(self.bundle)

    def first_article_id(self, doc_id: int | None = None) -> int | None:
        """The first story of ``doc_id`` (or of the newest page)."""
        docs = self.store.documents()
        if doc_id is None and docs:
            doc_id = max(d.id for d in docs)
        arts = self.store.articles(doc_id) if doc_id is not None else []
        return arts[0].id if arts else None

    def refresh(self, article_id: int) -> None:
        """Re-read a story after a change made elsewhere (the annotator's bench) and announce it."""
        self._announce(self.store.load_article(article_id))

    def _announce(self, bundle) -> None:
        """``bundle`` is the story's state now: show it if it is in front, update its counts."""
        if bundle.info.id == self.article_id:
            self.bundle = bundle
            self.articleRefreshed.emit(bundle)
        self.articleInfoChanged.emit(bundle.info)

    def _write(self, what: str, fn, *args):
        try:
            result = fn(*args)
        except StoreError as exc:
            self.failed.emit(str(exc))
            raise
        self.saved.emit(what)
        return result

    # --- decisions (called by the undo commands) ------------------------------------------
    def set_fact_value(self, fact_id: int, value: dict, status: str | None = None) -> None:
        """Correct a fact's value; ``status`` restores an earlier status (undo)."""
        fact = self._write(self.tr("value"), self.store.set_fact_value, fact_id, value)
        if status is not None and status != fact.status:
            fact = self._write(self.tr("status"), self.store.set_fact_status, fact_id, status)
        self._fact_done(fact)

    def set_fact_status(self, fact_id: int, status: str) -> None:
        """Verify, reject or reopen a fact."""
        self._fact_done(self._write(self.tr("status"), self.store.set_fact_status, fact_id, status))

    def _fact_done(self, fact) -> None:
        if self.bundle is not None and fact.article_id == self.article_id:
            self.bundle.facts = [fact if f.id == fact.id else f for f in self.bundle.facts]
        self.factChanged.emit(fact)
        self.articleInfoChanged.emit(self.store.article_info(fact.article_id))

    def decide_flag(self, flag_id: int, decision: str | None, reason: str = "") -> None:
        """Confirm, dismiss or fix a flag (None reopens it)."""
        flag = self._write(self.tr("decision"), self.store.decide_flag, flag_id, decision, reason)
        if self.bundle is not None and flag.article_id == self.article_id:
            self.bundle.flags = [flag if f.id == flag.id else f for f in self.bundle.flags]
        self.flagChanged.emit(flag)
        self.articleInfoChanged.emit(self.store.article_info(flag.article_id))

    def set_article_status(self, article_id: int, status: str) -> None:
        """new | in_progress | signed_off."""
        info = self._write(self.tr("story status"), self.store.set_article_status, article_id, status)
        if self.bundle is not None and article_id == self.article_id:
            self.bundle.info = info
        self.articleInfoChanged.emit(info)

    def edit_text(self, article_id: int, start: int, end: int, new: str, *, in_view: bool,
                  restore_statuses: dict | None = None) -> dict:
        """Replace [start, end) of a story's text; return {fact id: status} of facts the edit reset.

        ``in_view``: the person typed it, the view already shows it. ``restore_statuses`` (undo)
        puts back statuses an earlier edit reset and facts it removed.
        """
        current = article_id == self.article_id
        before = {f.id: f for f in (self.bundle if current else self.store.load_article(article_id)).facts}
        self._write(self.tr("text"), self.store.edit_article_text, article_id, start, end, new)
        if not in_view and current:
            self.textReplaced.emit(start, end, new)
        bundle = self.store.load_article(article_id)
        after = {f.id: f for f in bundle.facts}
        if restore_statuses:
            wrote = False
            for fid, status in restore_statuses.items():
                if fid == "removed":
                    for fact in status:
                        if fact.id not in after:
                            self._write(self.tr("fact"), self.store.restore_fact, fact)
                            wrote = True
                elif fid in after and after[fid].status != status:
                    self._write(self.tr("status"), self.store.set_fact_status, fid, status)
                    wrote = True
            if wrote:
                bundle = self.store.load_article(article_id)
        self._announce(bundle)
        memo: dict = {fid: f.status for fid, f in before.items()
                      if fid in after and after[fid].status != f.status}
        removed = [f for fid, f in before.items() if fid not in after]
        if removed:
            memo["removed"] = removed
        return memo

    def set_status_if(self, article_id: int, status: str, when: str) -> None:
        """Move a story to ``status`` when it is in ``when`` (a first decision starts the story)."""
        info = self.store.article_info(article_id)
        if info.status == when:
            self.set_article_status(article_id, status)

    # --- pages ----------------------------------------------------------------------------
    def import_analysis(self, analysis, raw_text: str | None, source: str) -> int:
        """Store an analysed page; return its document id."""
        doc_id = self._write(self.tr("page"), self.store.import_analysis, analysis, raw_text, source)
        self.documentsChanged.emit()
        return doc_id

    def set_publication_date(self, doc_id: int, date: dt.date) -> None:
        """Set a page's publication date by hand (re-analysis is the caller's next step)."""
        self._write(self.tr("publication date"), self.store.set_publication_date, doc_id, date)
        self.documentsChanged.emit()

    def reanalyse_article(self, article_id: int, analysis) -> None:
        """Apply a fresh analysis of a story's current text, keeping every human decision."""
        self._write(self.tr("analysis"), self.store.reanalyse_article, article_id, analysis)
        if article_id == self.article_id:
            self.bundle = self.store.load_article(article_id)
            self.articleRefreshed.emit(self.bundle)
        self.articleInfoChanged.emit(self.store.article_info(article_id))
