"""Reliability on real files: a killed import, damaged / newer / locked / read-only stores, two writers."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from db_helpers import make_analysis
from reference_corpus import PAGE as CORPUS

from db import Store, StoreError

ROOT = Path(__file__).resolve().parents[2]


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _cli(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})}, check=False)


def _made_store(path: Path) -> Path:
    with Store.open(path, user="甲") as s:
        s.import_analysis(make_analysis())
    return path


def _assert_refused(path: Path, match: str, **open_kw) -> None:
    before = _snapshot(path)
    with pytest.raises(StoreError, match=match) as info:
        Store.open(path, **open_kw)
    assert "\n" not in str(info.value)
    result = _cli("stats", "--db", path, env={"PROOFDESK_BUSY_TIMEOUT": "0.3"})
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("proofdesk: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert _snapshot(path) == before


def test_garbage_file_is_refused_untouched(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database at all\n" * 100)
    _assert_refused(path, "damaged")


def test_damaged_store_is_refused_untouched(tmp_path):
    path = _made_store(tmp_path / "s.db")
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # page 1 holds the schema: scramble it
    path.write_bytes(bytes(data))
    _assert_refused(path, "damaged")


def test_store_from_newer_version_is_refused_untouched(tmp_path):
    path = _made_store(tmp_path / "s.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    _assert_refused(path, "newer")


def test_newer_migration_name_is_refused(tmp_path):
    path = _made_store(tmp_path / "s.db")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('proofdesk', 'm999_future', 'x')")
    conn.commit()
    conn.close()
    _assert_refused(path, "newer")


def test_read_only_store_is_refused_untouched(tmp_path):
    path = _made_store(tmp_path / "s.db")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        _assert_refused(path, "read-only")
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


HOLDER = """
import sqlite3, sys, time
h = sqlite3.connect(sys.argv[1], isolation_level=None)
h.execute("PRAGMA locking_mode = EXCLUSIVE")
h.execute("BEGIN EXCLUSIVE")
h.execute("UPDATE meta SET value = value WHERE key = 'app_version'")
print("held", flush=True)
sys.stdin.readline()
h.execute("ROLLBACK")
"""


def test_exclusively_locked_store_is_refused_untouched(tmp_path):
    path = _made_store(tmp_path / "s.db")
    before = _snapshot(path)
    # Another program (its own process: POSIX locks belong to processes) holds an exclusive lock.
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="locked"):
            Store.open(path, busy_timeout=0.2)
        result = _cli("stats", "--db", path, env={"PROOFDESK_BUSY_TIMEOUT": "0.3"})
        assert result.returncode == 2 and "locked" in result.stderr and "Traceback" not in result.stderr
        result = _cli("import", CORPUS, "--db", path, env={"PROOFDESK_BUSY_TIMEOUT": "0.3"})
        assert result.returncode == 2 and "locked" in result.stderr
        assert _snapshot(path) == before
    finally:
        holder.communicate("\n", timeout=30)
    with Store.open(path) as s:  # usable again once the other program lets go
        assert s.stats()["documents"] == 1


def test_write_lock_held_by_another_writer_gives_store_error(tmp_path):
    path = _made_store(tmp_path / "s.db")
    with Store.open(path, busy_timeout=0.2) as s:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            before = s.load_article(1)  # readers still read under WAL
            with pytest.raises(StoreError, match="locked"):
                s.set_article_status(1, "in_progress")
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert s.article_info(1).status == before.info.status
        assert s.set_article_status(1, "in_progress").status == "in_progress"


def test_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        Store.open(tmp_path / "nope" / "s.db")


WRITER = """
import sys
from db import Store
path, user, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Store.open(path, user=user, busy_timeout=30) as s:
    aid = s.articles(1)[0].id
    text = s.load_article(aid).text
    for i in range(n):
        f = s.add_fact(aid, "number", i % (len(text) - 1), i % (len(text) - 1) + 1)
        s.set_fact_status(f.id, "corrected")
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = _made_store(tmp_path / "s.db")
    with Store.open(path) as s:
        facts0, hist0 = s.stats()["facts"], s.stats()["history"]
    n = 150
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), user, str(n)], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True) for user in ("甲", "乙")]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with Store.open(path) as s:
        st = s.stats()
        assert st["facts"] == facts0 + 2 * n
        assert st["history"] == hist0 + 4 * n
        who = dict(s.conn.execute("SELECT who, count(*) FROM history WHERE field = 'added' GROUP BY who"))
        assert who == {"甲": n, "乙": n}
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _assert_consistent_after_kill(db: Path, killed_after: int, total: int) -> None:
    with Store.open(db) as s:
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = s.documents()
        assert killed_after <= len(docs) < total
        for d in docs:
            # the import's own history row, written in the page's transaction, says what it held
            (new,) = s.conn.execute("SELECT new FROM history WHERE tbl = 'documents' AND row_id = ? "
                                    "AND field = 'imported'", [d.id]).fetchone()
            expect = json.loads(new)
            n_facts = s.conn.execute("SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id "
                                     "WHERE a.doc_id = ?", [d.id]).fetchone()[0]
            assert d.n_articles == expect["articles"] >= 1 and n_facts == expect["facts"]
        # and the store takes more work after the crash
        s.import_analysis(make_analysis())
        assert len(s.documents()) == len(docs) + 1


def _kill_when(proc, db: Path, n: int, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if not db.exists():
            continue
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            seen = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if seen >= n:
            break
    assert proc.poll() is None, "the import stopped before it could be killed: " + log.read_text()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


BULK = """
import sys
sys.path.insert(0, sys.argv[2])
from db_helpers import make_analysis
from db import Store
with Store.open(sys.argv[1], user="bulk") as s:
    for i in range(100000):
        s.import_analysis(make_analysis(f"p{i}.txt", extra="说明。" * (i % 50) + "\\n"))
"""


def test_kill_9_mid_bulk_import_leaves_a_consistent_store(tmp_path):
    db, log = tmp_path / "s.db", tmp_path / "stderr.txt"
    with log.open("w") as fh:
        proc = subprocess.Popen([sys.executable, "-c", BULK, str(db), str(Path(__file__).parent)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=fh)
    _kill_when(proc, db, 200, log)
    _assert_consistent_after_kill(db, 200, 100000)


@pytest.mark.slow
def test_kill_9_mid_cli_import_leaves_a_consistent_store(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    raw = CORPUS.read_text(encoding="utf-8")
    for i in range(300):
        (src / f"p{i:03d}.txt").write_text(raw + f"\n第{i}版\n", encoding="utf-8")
    db, log = tmp_path / "s.db", tmp_path / "stderr.txt"
    with log.open("w") as fh:
        proc = subprocess.Popen([sys.executable, "main.py", "import", str(src), "--db", str(db), "--jobs", "1",
                                 "--date", "2023-01-04"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=fh)
    _kill_when(proc, db, 5, log)
    _assert_consistent_after_kill(db, 5, 300)


CRASHED_WRITER = """
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("PRAGMA user_version = 99")
c.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
os._exit(0)  # no close: the journal stays beside the file, as after a crash
"""


def test_newer_store_with_a_crash_journal_is_left_as_it_is(tmp_path):
    path = _made_store(tmp_path / "s.db")
    subprocess.run([sys.executable, "-c", CRASHED_WRITER, str(path)], check=True, timeout=60)
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    before = _snapshot(path)
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)
    assert _snapshot(path) == before
