"""The store's schema: one migration function per step, never edited once shipped.

Migrations run through :class:`sqlite_utils.Migrations` (sqlite-utils 4.2 ships it).  Each
step also sets ``PRAGMA user_version`` so that any SQLite tool, and an older Proofdesk, can tell
which schema a file carries; a file whose version is higher than :data:`SCHEMA_VERSION` is
refused before anything is written to it.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from sqlite_utils import Database, Migrations

from .errors import StoreError, from_sqlite

#: The highest schema this code knows.
SCHEMA_VERSION = 3
APP_VERSION = "0.1.0"
MIGRATION_SET = "proofdesk"
SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 5.0

migrations = Migrations(MIGRATION_SET)

FACT_STATUSES = ("auto", "verified", "corrected", "rejected", "needs_check")
FLAG_DECISIONS = ("confirmed", "dismissed", "fixed")
ARTICLE_STATUSES = ("new", "in_progress", "signed_off")
ADJUDICATION_CHOICES = ("a", "b")

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL DEFAULT '',
  raw_text TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  text_sha TEXT NOT NULL DEFAULT '',
  encoding TEXT,
  notes TEXT NOT NULL DEFAULT '[]',
  pub_date TEXT,
  pub_date_inferred INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  doc_start INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  text_sha TEXT NOT NULL DEFAULT '',
  title_lines TEXT NOT NULL DEFAULT '[]',
  dateline TEXT,
  byline TEXT NOT NULL DEFAULT '[]',
  body_start INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'signed_off')),
  updated_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL DEFAULT '',
  UNIQUE (doc_id, idx)
);
CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL DEFAULT 'auto'
    CHECK (status IN ('auto', 'verified', 'corrected', 'rejected', 'needs_check')),
  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'human')),
  created_by TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL DEFAULT '',
  CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX facts_article ON facts (article_id, start);
CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  head INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  tail INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'human')),
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX relations_article ON relations (article_id);
CREATE INDEX relations_head ON relations (head);
CREATE INDEX relations_tail ON relations (tail);
CREATE TABLE flags (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  message_en TEXT NOT NULL DEFAULT '',
  spans TEXT NOT NULL DEFAULT '[]',
  fact_ids TEXT NOT NULL DEFAULT '[]',
  suggestion TEXT,
  fingerprint TEXT NOT NULL DEFAULT '',
  decision TEXT CHECK (decision IS NULL OR decision IN ('confirmed', 'dismissed', 'fixed')),
  reason TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX flags_article ON flags (article_id);
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,
  row_id INTEGER,
  article_id INTEGER,
  field TEXT NOT NULL,
  old TEXT,
  new TEXT,
  who TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
);
CREATE INDEX history_article ON history (article_id, id);
CREATE TABLE registry (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  org TEXT NOT NULL DEFAULT '',
  valid_from TEXT,
  valid_to TEXT,
  source_fact_id INTEGER REFERENCES facts(id) ON DELETE SET NULL,
  created_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL DEFAULT '',
  UNIQUE (name, title, org)
);
CREATE INDEX registry_fact ON registry (source_fact_id);
CREATE TABLE adjudication (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  item TEXT NOT NULL CHECK (item IN ('fact', 'flag')),
  kind TEXT NOT NULL,
  start INTEGER,
  "end" INTEGER,
  text TEXT NOT NULL DEFAULT '',
  a TEXT,
  b TEXT,
  resolved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX adjudication_article ON adjudication (article_id);
-- Full-text index over stories and facts.  trigram, because unicode61 takes a whole run of
-- Chinese characters as one token and could not find a name inside a sentence.  FTS rowid is
-- 2*id for an article and 2*id+1 for a fact, so triggers can find their row.
CREATE VIRTUAL TABLE search_index USING fts5(
  body, kind UNINDEXED, article_id UNINDEXED, tokenize = 'trigram'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO search_index (rowid, body, kind, article_id) VALUES (2 * new.id, new.text, 'article', new.id);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  DELETE FROM search_index WHERE rowid = 2 * old.id;
END;
CREATE TRIGGER articles_au AFTER UPDATE OF text ON articles BEGIN
  UPDATE search_index SET body = new.text WHERE rowid = 2 * new.id;
END;
CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN
  INSERT INTO search_index (rowid, body, kind, article_id) VALUES (2 * new.id + 1, new.text, new.kind, new.article_id);
END;
CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN
  DELETE FROM search_index WHERE rowid = 2 * old.id + 1;
END;
CREATE TRIGGER facts_au AFTER UPDATE OF text, kind ON facts BEGIN
  UPDATE search_index SET body = new.text, kind = new.kind WHERE rowid = 2 * new.id + 1;
END;
"""


@migrations()
def m001_initial(db: Database) -> None:
    """The first schema: documents, articles, facts, relations, flags, history, registry."""
    _run_script(db, _V1)
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '1')")
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('app_version', ?)", [APP_VERSION])
    db.execute("PRAGMA user_version = 1")


@migrations()
def m002_documents_sha(db: Database) -> None:
    """Find a page by its text quickly (import skips a page that is already stored)."""
    db.execute("CREATE INDEX documents_sha ON documents (text_sha)")
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    db.execute("PRAGMA user_version = 2")


@migrations()
def m003_adjudication_decided(db: Database) -> None:
    """An adjudication row records which side was adopted, by whom and when."""
    db.execute("ALTER TABLE adjudication ADD COLUMN choice TEXT CHECK (choice IS NULL OR choice IN ('a', 'b'))")
    db.execute("ALTER TABLE adjudication ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE adjudication ADD COLUMN resolved_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE adjudication ADD COLUMN resolved_at TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX adjudication_open ON adjudication (resolved, article_id)")
    db.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    db.execute("PRAGMA user_version = 3")


def _run_script(db: Database, script: str) -> None:
    # sqlite3.executescript() commits first; run statement by statement to stay inside the
    # migration's transaction.  Statements are split on ";\n" at top level (triggers end in "END;").
    buf: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            db.conn.execute(joined)
            buf = []
    if "\n".join(buf).strip():
        raise ValueError("incomplete statement at the end of a migration script")


def _known_names() -> set[str]:
    return {m.name for m in migrations._migrations}


def _check_file(path: Path) -> bool:
    """Refuse what cannot be a writable store before SQLite touches it; True when it exists."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    parent = path.parent if str(path.parent) else Path(".")
    if not path.exists() or path.stat().st_size == 0:
        if not parent.exists():
            raise StoreError(f"{path}: the folder {parent} does not exist")
        if not os.access(parent, os.W_OK):
            raise StoreError(f"{path}: cannot create the store, the folder is read-only")
        return path.exists()
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise StoreError(f"{path}: the file is damaged or is not a Proofdesk store (no SQLite header)")
    # Mode bits as well as access(): root may write anything, but a file marked read-only
    # by its owner must not be changed behind their back.
    mode = path.stat().st_mode
    if not os.access(path, os.W_OK) or not (mode & stat.S_IWUSR):
        raise StoreError(f"{path}: the store is read-only; copy it somewhere writable")
    if not os.access(parent, os.W_OK):
        raise StoreError(f"{path}: the store's folder is read-only (SQLite needs to write its journal there)")
    return True


def _check_version(db: Database, path: Path) -> None:
    user_version = db.conn.execute("PRAGMA user_version").fetchone()[0]
    newer = user_version > SCHEMA_VERSION
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not newer and "meta" in tables:
        row = db.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        newer = bool(row and row[0] and row[0].isdigit() and int(row[0]) > SCHEMA_VERSION)
    if not newer and Migrations.migrations_table in tables:
        applied = {r[0] for r in db.conn.execute(
            f"SELECT name FROM {Migrations.migrations_table} WHERE migration_set = ?", [MIGRATION_SET])}
        newer = bool(applied - _known_names())
    if newer:
        raise StoreError(f"{path}: the store was written by a newer Proofdesk (schema {user_version}); "
                         f"this version knows schema {SCHEMA_VERSION} — update Proofdesk")
    if tables and "documents" not in tables and Migrations.migrations_table not in tables:
        raise StoreError(f"{path}: this SQLite file is not a Proofdesk store")


def _peek(path: Path, busy_timeout: float) -> None:
    from urllib.parse import quote

    conn = None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=busy_timeout)
        _check_version(Database(conn, execute_plugins=False), path)
    except sqlite3.Error as exc:
        raise from_sqlite(exc, str(path), busy_timeout) from None
    finally:
        if conn is not None:
            conn.close()


def connect(path: str | os.PathLike, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
    """Open (creating when missing) and migrate the store at ``path``.

    Every connection gets foreign keys, a busy timeout and WAL.  Raises :class:`StoreError`
    without changing the file when it is damaged, newer, locked or read-only.
    """
    p = Path(path)
    _check_file(p)
    wal = Path(str(p) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # A crashed writer left a journal.  Closing a read-write connection would fold it into the
        # file, so check the version through a read-only connection first: a store we must refuse
        # stays byte for byte as it is.
        _peek(p, busy_timeout)
    conn = None
    try:
        # isolation_level=None: the store opens every transaction itself (BEGIN IMMEDIATE),
        # so the driver never starts one behind our back.  check_same_thread=False lets the GUI
        # open the store on one thread and hand it to its database thread; use it from one
        # thread at a time.
        conn = sqlite3.connect(str(p), timeout=busy_timeout, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn, execute_plugins=False)
        _check_version(db, p)
        if migrations.pending(db):
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.enable_wal()
            migrations.apply(db)
        elif conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.enable_wal()
        # NORMAL is safe in WAL mode: a crash can lose the last commits but never corrupts.
        conn.execute("PRAGMA synchronous = NORMAL")
        return db
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise from_sqlite(exc, str(p), busy_timeout) from None
    except StoreError:
        if conn is not None:
            conn.close()
        raise
