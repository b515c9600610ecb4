"""The store's sub-commands through main.py, as a person runs them."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from db_helpers import make_analysis
from reference_corpus import PAGE as CORPUS

from db import Store
from db.cli import Progress, expand_paths

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)


def test_import_files_folders_and_globs_in_parallel(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    raw = CORPUS.read_text(encoding="utf-8")
    for i in range(9):
        (src / ("sub" if i % 2 else "") / f"p{i}.txt").write_text(raw + f"\n第{i}版\n", encoding="utf-8")
    (src / "notes.bin").write_bytes(b"\x00\x01")
    db = tmp_path / "s.db"
    r = _cli("import", src, "--db", db, "--date", "2023-01-04", "--user", "甲")
    assert r.returncode == 0, r.stderr
    assert "imported 9 page(s)" in r.stdout
    assert r.stderr == ""  # not a terminal: no progress bar
    with Store.open(db) as s:
        docs = s.documents()
        assert len(docs) == 9 and all(d.pub_date == "2023-01-04" and not d.pub_date_inferred for d in docs)
        assert {Path(d.source).name for d in docs} == {f"p{i}.txt" for i in range(9)}
        raw_first = s.conn.execute("SELECT raw_text FROM documents WHERE id = 1").fetchone()[0]
        assert raw_first.startswith(raw[:50])
        assert s.conn.execute("SELECT created_by FROM documents LIMIT 1").fetchone()[0] == "甲"
    r = _cli("import", str(tmp_path / "in" / "sub" / "*.txt"), "--db", db, "--jobs", "1", "--date", "2023-01-04")
    assert r.returncode == 0 and "imported 0 page(s)" in r.stdout and "4 page(s) already in the store" in r.stdout
    (src / "sub" / "new.txt").write_text(raw + "\n新的一版\n", encoding="utf-8")
    r = _cli("import", str(tmp_path / "in" / "sub" / "*.txt"), "--db", db, "--jobs", "1", "--date", "2023-01-04")
    assert r.returncode == 0 and "imported 1 page(s)" in r.stdout


def test_unreadable_file_is_reported_and_the_rest_imported(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(CORPUS.read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4 binary")
    r = _cli("import", good, bad, "--db", tmp_path / "s.db", "--date", "2023-01-04")
    assert r.returncode == 2 and "bad.txt" in r.stderr and "imported 1 page(s)" in r.stdout
    r = _cli("import", tmp_path / "missing-*.txt", "--db", tmp_path / "s.db")
    assert r.returncode == 2 and r.stderr.startswith("proofdesk: ")


def test_export_reimport_stats_search(tmp_path):
    db = tmp_path / "s.db"
    with Store.open(db, user="甲") as s:
        s.import_analysis(make_analysis())
        s.set_fact_status(1, "verified")
    out = tmp_path / "x.jsonl"
    r = _cli("export", "--db", db, "--format", "jsonl", "--out", out)
    assert r.returncode == 0 and "exported 2 stories" in r.stdout
    r = _cli("export", "--db", db, "--format", "csv", "--out", tmp_path / "v.csv", "--verified-only",
             "--kinds", "date,person")
    assert r.returncode == 0
    assert len((tmp_path / "v.csv").read_text(encoding="utf-8-sig").splitlines()) == 2
    r = _cli("export", "--db", db, "--format", "csv", "--out", tmp_path / "v.csv", "--kinds", "bogus")
    assert r.returncode == 2 and "bogus" in r.stderr
    r = _cli("export", "--db", db, "--format", "brat", "--out", tmp_path / "brat")
    assert r.returncode == 0 and (tmp_path / "brat" / "annotation.conf").exists()
    # Exports import back through the same command; the second file holds the same stories, so
    # they are not added twice: its spans are attached (all already there).
    fresh = tmp_path / "fresh.db"
    r = _cli("import", out, tmp_path / "brat", "--db", fresh)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("imported 1 page(s), 2 stories, 11 facts")
    assert "2 story(ies) already in the store: 0 fact(s) attached, 0 updated, 11 already there" in r.stdout
    r = _cli("stats", "--db", fresh)
    assert r.returncode == 0
    stats = dict(line.split(None, 1) for line in r.stdout.splitlines())
    assert stats["documents"].strip() == "1" and stats["articles"].strip() == "2"
    assert stats["facts"].strip() == "11"
    r = _cli("search", "--db", db, "朱健")
    assert r.returncode == 0 and "person" in r.stdout and "朱健" in r.stdout
    r = _cli("stats", "--db", tmp_path / "none.db")
    assert r.returncode == 2 and not (tmp_path / "none.db").exists()


def test_merge_and_agreement_commands(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for p in (a, b):
        with Store.open(p) as s:
            s.import_analysis(make_analysis())
    with Store.open(b, user="乙") as s:
        s.set_fact_status(1, "rejected")
    r = _cli("agreement", a, b, "--json")
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["stories"]["shared"] == 2 and rep["span_f1_all"]["f1"] < 1
    assert [d["type"] for d in rep["disagreements"]] == ["only_a"]  # the spans differ…
    r = _cli("agreement", a, b)
    assert "kappa" in r.stdout
    r = _cli("merge", a, b, "--out", tmp_path / "c.db")
    assert r.returncode == 0 and "stories_merged 2" in r.stdout
    with Store.open(tmp_path / "c.db") as c:
        assert c.fact(1).status == "rejected"  # …but A never looked, so the merge takes B's decision
        assert c.stats()["adjudication_open"] == 0
    r = _cli("merge", a, b, "--out", tmp_path / "c.db")
    assert r.returncode == 2 and "exists" in r.stderr


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal():
    tty, pipe = _Tty(), io.StringIO()
    for stream in (tty, pipe):
        bar = Progress(3, stream)
        for name in "abc":
            bar.step(name)
        bar.close()
    assert "3/3" in tty.getvalue() and "\r" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_expand_paths_detects_formats(tmp_path):
    (tmp_path / "x.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.ann").write_text("", encoding="utf-8")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "p.txt").write_text("x", encoding="utf-8")
    got = expand_paths([str(tmp_path / "x.jsonl"), str(tmp_path / "b"), str(tmp_path / "c")])
    assert got == [(str(tmp_path / "x.jsonl"), "jsonl"), (str(tmp_path / "b"), "brat"),
                   (str(tmp_path / "c" / "p.txt"), None)]
    assert os.path.exists(tmp_path / "c" / "p.txt")


def test_registry_export_and_import_commands(tmp_path):
    db, other, out = tmp_path / "s.db", tmp_path / "t.db", tmp_path / "reg.csv"
    with Store.open(db, user="甲") as s:
        s.add_registry_person("刘越高", "书记", "市委", "2023-01-04", "2023-03-01")
        s.add_registry_person("𠮷金明达", "主任", "市生态环境保护委员会", "2022-09-01")
    r = _cli("registry", "export", "--db", db, "--out", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"exported 2 registry row(s) to {out}"
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "name,title,org,valid_from,valid_to" and "刘越高,书记,市委,2023-01-04,2023-03-01" in rows
    r = _cli("registry", "import", "--db", other, out, "--user", "乙")  # a new store: created
    assert r.returncode == 0, r.stderr
    assert f"read 2 registry row(s) from {out} into {other} (2 row(s) in the registry)" in r.stdout
    r = _cli("registry", "import", out, "--db", other)                  # again: merged, not doubled
    assert r.returncode == 0 and "(2 row(s) in the registry)" in r.stdout
    with Store.open(other) as t:
        assert [(p.name, p.valid_to) for p in t.registry_people()] == [("刘越高", "2023-03-01"),
                                                                       ("𠮷金明达", None)]
        assert t.conn.execute("SELECT who FROM history WHERE tbl = 'registry' LIMIT 1").fetchone()[0] == "乙"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,title,org,valid_from,valid_to\n朱健,市长,,2023-02-30,\n", encoding="utf-8")
    r = _cli("registry", "import", "--db", other, bad)
    assert r.returncode == 2 and r.stderr.startswith("proofdesk: ") and "2023-02-30" in r.stderr
    r = _cli("registry", "import", "--db", other, tmp_path / "missing.csv")
    assert r.returncode == 2 and "missing.csv: no such file" in r.stderr
    r = _cli("registry", "export", "--db", tmp_path / "none.db", "--out", out)
    assert r.returncode == 2 and "no such store" in r.stderr and not (tmp_path / "none.db").exists()
    r = _cli("registry")
    assert r.returncode == 2 and "ACTION" in r.stderr
    for action, words in (("export", "--out FILE.csv"), ("import", "created when missing")):
        r = _cli("registry", action, "--help")
        assert r.returncode == 0 and words in r.stdout
    assert "registry" in _cli("--help").stdout


def test_registry_help_imports_nothing_heavy():
    code = """
import sys, runpy
sys.argv = ["main.py", "registry", "import", "--help"]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "jieba", "sqlite_utils", "db"))
print("HEAVY:" + ",".join(heavy))
"""
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                       check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("HEAVY:")
