"""The store: one SQLite file holding pages, stories, facts, flags and every human decision.

All writes go through :meth:`Store._tx` (``BEGIN IMMEDIATE``: a writer takes the lock up front, so
two processes queue on the busy timeout instead of failing on a lock upgrade), and every edit
writes its history row in the same transaction.  The edit, re-analysis and registry methods live
in mixins next to this file so each module stays small.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
from collections.abc import Iterator
from typing import Any

from analysis.model import Analysis, Article, Byline, Edit, Suggestion

from .convert import analysis_records, dumps, sha
from .edits import EditsMixin
from .errors import StoreError, from_sqlite
from .model import (
    ArticleBundle,
    ArticleInfo,
    DocumentInfo,
    HistoryEntry,
    StoredFact,
    StoredFlag,
    StoredRelation,
)
from .reanalyse import ReanalyseMixin
from .registry import RegistryMixin
from .schema import ARTICLE_STATUSES, DEFAULT_BUSY_TIMEOUT, connect
from .search import SearchMixin

FACT_COLS = 'id, article_id, kind, start, "end", text, value, status, origin, updated_by, updated_at, created_by'
FLAG_COLS = ("id, article_id, rule, severity, message, message_en, fact_ids, spans, suggestion, decision, "
             "reason, fingerprint, decided_by, decided_at")


def now_iso() -> str:
    """UTC time with milliseconds; history is ordered by id, this is for people."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds")


def fact_from_row(r) -> StoredFact:
    return StoredFact(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8], r[9], r[10], r[11])


def flag_from_row(r) -> StoredFlag:
    sugg = None
    if r[8]:
        s = json.loads(r[8])
        sugg = Suggestion(s.get("label", ""), [Edit(e["start"], e["end"], e["text"]) for e in s.get("edits", [])],
                          s.get("label_en", ""))
    return StoredFlag(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]),
                      [tuple(s) for s in json.loads(r[7])], sugg, r[9], r[10], r[11], r[12], r[13])


class Store(EditsMixin, ReanalyseMixin, RegistryMixin, SearchMixin):
    """One store file; use :meth:`Store.open`.  Not thread-safe: one thread per Store."""

    def __init__(self, db, path: str, user: str, busy_timeout: float):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.path = path
        self.user = user
        self.busy_timeout = busy_timeout

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, user: str = "", busy_timeout: float | None = None) -> Store:
        """Open the store at ``path`` (created when missing) as ``user``; raises StoreError."""
        if busy_timeout is None:
            busy_timeout = float(os.environ.get("PROOFDESK_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT))
        db = connect(path, busy_timeout)
        return cls(db, str(path), user, busy_timeout)

    def close(self) -> None:
        """Close the connection (a checkpoint folds the WAL back into the file)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------
    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (a savepoint when nested); sqlite errors become StoreError."""
        conn = self.conn
        try:
            if conn.in_transaction:
                conn.execute("SAVEPOINT edit")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK TO edit")
                    conn.execute("RELEASE edit")
                    raise
                conn.execute("RELEASE edit")
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise from_sqlite(exc, self.path, self.busy_timeout) from None

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read snapshot: several SELECTs see one state even while another process writes."""
        conn = self.conn
        try:
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path, self.busy_timeout) from None

    def _log(self, tbl: str, row_id: int | None, article_id: int | None, field: str, old: Any, new: Any,
             at: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO history (tbl, row_id, article_id, field, old, new, who, at) VALUES (?,?,?,?,?,?,?,?)",
            [tbl, row_id, article_id, field, None if old is None else dumps(old),
             None if new is None else dumps(new), self.user, at or now_iso()])

    # -- importing -------------------------------------------------------------------------
    def import_analysis(self, analysis: Analysis, raw_text: str | None = None, source: str | None = None) -> int:
        """Store one analysed page (one transaction: the page is there complete, or not at all)."""
        now = now_iso()
        if not analysis.articles:
            analysis.articles = [Article(0, 0, len(analysis.text))]
        records = analysis_records(analysis, self.user, now)
        doc = {"source": source if source is not None else analysis.source,
               "raw_text": raw_text if raw_text is not None else analysis.text, "text": analysis.text,
               "encoding": analysis.encoding, "notes": list(analysis.notes),
               "pub_date": analysis.reference_date.isoformat() if analysis.reference_date else None,
               "pub_date_inferred": bool(analysis.reference_date_inferred), "created": now}
        return self.import_records(doc, records)

    def import_records(self, doc: dict, articles: list[dict]) -> int:
        """Store a document and its article records (the common path of import, formats, merge)."""
        now = doc.get("created") or now_iso()
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO documents (source, raw_text, text, text_sha, encoding, notes, pub_date, "
                "pub_date_inferred, created, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [doc.get("source", ""), doc.get("raw_text", doc.get("text", "")), doc.get("text", ""),
                 sha(doc.get("text", "")), doc.get("encoding"), dumps(doc.get("notes", [])),
                 doc.get("pub_date"), int(bool(doc.get("pub_date_inferred"))), now, self.user])
            doc_id = cur.lastrowid
            n_facts = 0
            for rec in articles:
                self._insert_article(doc_id, rec)
                n_facts += len(rec.get("facts", []))
            self._log("documents", doc_id, None, "imported", None,
                      {"source": doc.get("source", ""), "articles": len(articles), "facts": n_facts}, now)
        return doc_id

    def _insert_article(self, doc_id: int, rec: dict) -> int:
        c = self.conn
        status = rec.get("status") or "new"
        if status not in ARTICLE_STATUSES:
            raise StoreError(f"unknown story status {status!r}")
        aid = c.execute(
            "INSERT INTO articles (doc_id, idx, doc_start, text, text_sha, title_lines, dateline, byline, "
            "body_start, status, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [doc_id, rec["index"], rec.get("doc_start", 0), rec["text"], sha(rec["text"]),
             dumps(rec.get("title_lines", [])), rec.get("dateline"), dumps(rec.get("byline", [])),
             rec.get("body_start", 0), status, rec.get("updated_by", ""), rec.get("updated_at", "")]).lastrowid
        self._insert_items(aid, rec["text"], rec)
        return aid

    def _insert_items(self, aid: int, text: str, rec: dict) -> dict:
        """Insert facts, relations and flags of a record; returns record key → stored fact id."""
        c = self.conn
        ids: dict = {}
        for f in rec.get("facts", []):
            if text[f["start"]:f["end"]] != f["text"]:
                raise StoreError(f"fact {f['text']!r} does not match the story text at {f['start']}–{f['end']}")
            ids[f["key"]] = c.execute(
                'INSERT INTO facts (article_id, kind, start, "end", text, value, status, origin, created_by, '
                "updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [aid, f["kind"], f["start"], f["end"], f["text"], dumps(f.get("value") or {}),
                 f.get("status", "auto"), f.get("origin", "auto"), f.get("created_by", ""),
                 f.get("updated_by", ""), f.get("updated_at", "")]).lastrowid
        for r in rec.get("relations", []):
            if r["head"] in ids and r["tail"] in ids:
                c.execute("INSERT INTO relations (article_id, kind, head, tail, origin, created_by, created_at) "
                          "VALUES (?,?,?,?,?,?,?)",
                          [aid, r["kind"], ids[r["head"]], ids[r["tail"]], r.get("origin", "auto"),
                           r.get("created_by", ""), r.get("created_at", "")])
        for fl in rec.get("flags", []):
            self._insert_flag(aid, fl, ids)
        return ids

    def _insert_flag(self, aid: int, fl: dict, ids: dict) -> int:
        return self.conn.execute(
            "INSERT INTO flags (article_id, rule, severity, message, message_en, spans, fact_ids, suggestion, "
            "fingerprint, decision, reason, decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [aid, fl["rule"], fl["severity"], fl.get("message", ""), fl.get("message_en", ""),
             dumps([list(s) for s in fl.get("spans", [])]),
             dumps([ids[k] for k in fl.get("facts", []) if k in ids]),
             None if fl.get("suggestion") is None else dumps(fl["suggestion"]), fl.get("fingerprint", ""),
             fl.get("decision"), fl.get("reason", ""), fl.get("decided_by", ""),
             fl.get("decided_at", "")]).lastrowid

    # -- reading ---------------------------------------------------------------------------
    def has_document_text(self, text: str) -> bool:
        """True when a page with exactly this (repaired) text is already stored."""
        with self._read() as c:
            return c.execute("SELECT 1 FROM documents WHERE text_sha = ? LIMIT 1", [sha(text)]).fetchone() is not None

    def articles_with_text(self, text: str) -> list[int]:
        """Ids of the stories whose (current) text is exactly ``text``, oldest first."""
        with self._read() as c:
            return [r[0] for r in c.execute("SELECT id FROM articles WHERE text_sha = ? AND text = ? ORDER BY id",
                                            [sha(text), text])]

    def documents(self) -> list[DocumentInfo]:
        """Every page, oldest first, with counts."""
        with self._read() as c:
            rows = c.execute(
                "SELECT d.id, d.source, d.pub_date, d.pub_date_inferred, d.created, "
                "(SELECT title_lines FROM articles a WHERE a.doc_id = d.id ORDER BY idx LIMIT 1), "
                "(SELECT count(*) FROM articles a WHERE a.doc_id = d.id), "
                "(SELECT count(*) FROM flags f JOIN articles a ON a.id = f.article_id "
                " WHERE a.doc_id = d.id AND f.decision IS NULL) FROM documents d ORDER BY d.id").fetchall()
        return [DocumentInfo(r[0], r[1], _title(r[5]), r[2], bool(r[3]), r[6], r[7], r[4]) for r in rows]

    def articles(self, doc_id: int) -> list[ArticleInfo]:
        """The stories of one page, in page order."""
        with self._read() as c:
            rows = c.execute(_ARTICLE_INFO + " WHERE a.doc_id = ? ORDER BY a.idx", [doc_id]).fetchall()
        return [_article_info(r) for r in rows]

    def article_info(self, article_id: int) -> ArticleInfo:
        with self._read() as c:
            row = c.execute(_ARTICLE_INFO + " WHERE a.id = ?", [article_id]).fetchone()
        if row is None:
            raise StoreError(f"no story {article_id} in {self.path}")
        return _article_info(row)

    def load_article(self, article_id: int) -> ArticleBundle:
        """One story with its facts, relations and flags, read in one snapshot."""
        with self._read() as c:
            row = c.execute(
                "SELECT a.text, a.title_lines, a.dateline, a.byline, a.body_start, d.pub_date, d.source "
                "FROM articles a JOIN documents d ON d.id = a.doc_id WHERE a.id = ?", [article_id]).fetchone()
            if row is None:
                raise StoreError(f"no story {article_id} in {self.path}")
            info = _article_info(c.execute(_ARTICLE_INFO + " WHERE a.id = ?", [article_id]).fetchone())
            facts = [fact_from_row(r) for r in c.execute(
                f"SELECT {FACT_COLS} FROM facts WHERE article_id = ? ORDER BY start, \"end\", id", [article_id])]
            rels = [StoredRelation(*r) for r in c.execute(
                "SELECT id, article_id, kind, head, tail, origin FROM relations WHERE article_id = ? ORDER BY id",
                [article_id])]
            flags = [flag_from_row(r) for r in c.execute(
                f"SELECT {FLAG_COLS} FROM flags WHERE article_id = ? ORDER BY id", [article_id])]
        byline = [Byline(b["role"], b["name"], b.get("start"), b.get("end")) for b in json.loads(row[3])]
        return ArticleBundle(info, row[0], json.loads(row[1]), row[2], byline, facts, rels, flags,
                             row[4], row[5], row[6])

    def fact(self, fact_id: int) -> StoredFact:
        """One fact by id; StoreError when it is gone."""
        row = self.conn.execute(f"SELECT {FACT_COLS} FROM facts WHERE id = ?", [fact_id]).fetchone()
        if row is None:
            raise StoreError(f"no fact {fact_id} in {self.path}")
        return fact_from_row(row)

    def flag(self, flag_id: int) -> StoredFlag:
        """One flag by id; StoreError when it is gone."""
        row = self.conn.execute(f"SELECT {FLAG_COLS} FROM flags WHERE id = ?", [flag_id]).fetchone()
        if row is None:
            raise StoreError(f"no flag {flag_id} in {self.path}")
        return flag_from_row(row)

    def history(self, article_id: int | None = None, limit: int = 200) -> list[HistoryEntry]:
        """The latest changes, newest first (of one story when ``article_id`` is given)."""
        sql = "SELECT id, tbl, row_id, article_id, field, old, new, who, at FROM history"
        args: list = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            args.append(article_id)
        sql += " ORDER BY id DESC LIMIT ?"
        with self._read() as c:
            rows = c.execute(sql, [*args, limit]).fetchall()
        return [HistoryEntry(r[0], r[1], r[2], r[3], r[4], _loads(r[5]), _loads(r[6]), r[7], r[8]) for r in rows]

    # -- page and story --------------------------------------------------------------------
    def set_publication_date(self, doc_id: int, date: _dt.date | str | None) -> DocumentInfo:
        """Set a page's publication date (no longer inferred); dates resolve against it on re-analysis."""
        value = date.isoformat() if isinstance(date, _dt.date) else date
        with self._tx() as c:
            old = c.execute("SELECT pub_date, pub_date_inferred FROM documents WHERE id = ?", [doc_id]).fetchone()
            if old is None:
                raise StoreError(f"no page {doc_id} in {self.path}")
            c.execute("UPDATE documents SET pub_date = ?, pub_date_inferred = 0 WHERE id = ?", [value, doc_id])
            self._log("documents", doc_id, None, "pub_date", {"pub_date": old[0], "inferred": bool(old[1])},
                      {"pub_date": value, "inferred": False})
        return next(d for d in self.documents() if d.id == doc_id)

    def set_article_status(self, article_id: int, status: str) -> ArticleInfo:
        """new | in_progress | signed_off."""
        if status not in ARTICLE_STATUSES:
            raise StoreError(f"unknown story status {status!r} (one of {', '.join(ARTICLE_STATUSES)})")
        with self._tx() as c:
            old = c.execute("SELECT status FROM articles WHERE id = ?", [article_id]).fetchone()
            if old is None:
                raise StoreError(f"no story {article_id} in {self.path}")
            c.execute("UPDATE articles SET status = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                      [status, self.user, now_iso(), article_id])
            self._log("articles", article_id, article_id, "status", old[0], status)
        return self.article_info(article_id)


_ARTICLE_INFO = (
    "SELECT a.id, a.doc_id, a.idx, a.title_lines, a.status, "
    "(SELECT count(*) FROM facts f WHERE f.article_id = a.id AND f.status != 'rejected'), "
    "(SELECT count(*) FROM facts f WHERE f.article_id = a.id AND f.status IN ('verified', 'corrected')), "
    "(SELECT count(*) FROM flags g WHERE g.article_id = a.id AND g.decision IS NULL) FROM articles a")


def _title(title_lines_json: str | None) -> str:
    lines = json.loads(title_lines_json) if title_lines_json else []
    if not lines:
        return ""
    # 引题/主题/副题: the main title is the longest of the first two lines, a fair guess in print.
    return max(lines[:2], key=len) if len(lines) > 1 else lines[0]


def _article_info(r) -> ArticleInfo:
    return ArticleInfo(r[0], r[1], r[2], _title(r[3]), r[4], r[5], r[6], r[7])


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)
