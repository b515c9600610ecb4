#!/usr/bin/env python3
"""The store at scale: build 10,000 stories / 1,000,000 facts, then time what a person waits for.

Builds the store with ``executemany`` in batches straight into the schema (triggers keep the
full-text index, exactly as normal writes do), then measures, each beside a baseline from the
same run:

* open + load one story with its facts and flags (``Store.open`` + ``load_article``), fresh
  connection each time, median and worst of ``--samples`` random stories; baseline: a bare
  ``sqlite3.connect`` + ``SELECT`` of the same story's facts (goal: under 20 ms);
* search for a name (trigram FTS for ≥3 characters, a scan for 2);
* import throughput through the real path (``main.py import`` on copies of the reference page,
  read + analyse in worker processes + one transaction per page), and the store's share of it
  (``import_analysis`` of pages already analysed);
* export throughput (JSONL and brat of the whole store); baseline: ``json.dumps`` of the same
  fact rows without the store;
* peak resident memory of this process.

    .venv/bin/python bench/bench_store.py [--stories 10000] [--facts 100] [--import-pages 40] [--keep PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db import Store  # noqa: E402
from db.convert import sha  # noqa: E402
from db.formats import export  # noqa: E402
from tests.reference_corpus import PAGE as CORPUS  # noqa: E402

KINDS = ("person", "title", "org", "place", "date", "duration", "number")


def build(path: Path, stories: int, facts_per: int, seed: int = 7) -> float:
    """Fill a fresh store; returns seconds."""
    rnd = random.Random(seed)
    page = CORPUS.read_text(encoding="utf-8").replace("\n", "")
    t0 = time.perf_counter()
    with Store.open(path, user="bench") as s:
        c = s.conn
        c.execute("PRAGMA synchronous = OFF")  # build only; measurements use the normal settings
        per_doc = 10
        fid = 0
        for batch in range(0, stories, 1000):
            docs, arts, facts, rels, flags = [], [], [], [], []
            for a in range(batch, min(stories, batch + 1000)):
                doc_id = a // per_doc + 1
                if a % per_doc == 0:
                    docs.append((doc_id, f"page{doc_id}.txt", "", "", "", "utf-8", "[]", "2023-01-04", 0,
                                 "2026-01-01T00:00:00", "bench"))
                start = rnd.randrange(0, len(page) - 1600)
                text = f"第{a}篇\n" + page[start:start + 1500]
                arts.append((a + 1, doc_id, a % per_doc, 0, text, sha(text), json.dumps([f"第{a}篇"]), "本报讯",
                             "[]", 0, "new", "", ""))
                step = len(text) // facts_per
                first = fid + 1
                for k in range(facts_per):
                    fid += 1
                    s0 = k * step + 1
                    e0 = s0 + rnd.randint(1, max(1, min(6, step - 1)))
                    kind = KINDS[k % 7]
                    facts.append((fid, a + 1, kind, s0, e0, text[s0:e0], json.dumps({"name": text[s0:e0]},
                                                                                  ensure_ascii=False),
                                  "auto", "auto", "bench", "bench", "2026-01-01T00:00:00"))
                rels.append((a + 1, "holds_title", first, first + 1, "auto", "bench", ""))
                for k in range(3):
                    flags.append((a + 1, "punct.halfwidth", "warning", "半角标点", "half-width",
                                  json.dumps([[k * 10 + 2, k * 10 + 3]]), json.dumps([first + k]), None,
                                  f"{a}-{k}", None, "", "", ""))
            with s._tx():
                c.executemany("INSERT INTO documents (id, source, raw_text, text, text_sha, encoding, notes, "
                              "pub_date, pub_date_inferred, created, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              docs)
                c.executemany("INSERT INTO articles (id, doc_id, idx, doc_start, text, text_sha, title_lines, "
                              "dateline, byline, body_start, status, updated_by, updated_at) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", arts)
                c.executemany('INSERT INTO facts (id, article_id, kind, start, "end", text, value, status, origin, '
                              "created_by, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", facts)
                c.executemany("INSERT INTO relations (article_id, kind, head, tail, origin, created_by, created_at)"
                              " VALUES (?,?,?,?,?,?,?)", rels)
                c.executemany("INSERT INTO flags (article_id, rule, severity, message, message_en, spans, fact_ids,"
                              " suggestion, fingerprint, decision, reason, decided_by, decided_at) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", flags)
            print(f"  built {min(stories, batch + 1000)} stories, {fid} facts, {time.perf_counter() - t0:.1f} s",
                  flush=True)
        c.execute("ANALYZE")
    return time.perf_counter() - t0


def time_load(path: Path, stories: int, samples: int) -> tuple[list[float], list[float], int]:
    rnd = random.Random(1)
    ids = [rnd.randint(1, stories) for _ in range(samples)]
    ours, base, n = [], [], 0
    for aid in ids:
        t = time.perf_counter()
        conn = sqlite3.connect(path)
        rows = conn.execute('SELECT id, kind, start, "end", text, value, status FROM facts WHERE article_id = ?',
                            [aid]).fetchall()
        conn.execute("SELECT text FROM articles WHERE id = ?", [aid]).fetchone()
        conn.close()
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        with Store.open(path) as s:
            b = s.load_article(aid)
        ours.append(time.perf_counter() - t)
        n = len(b.facts) + len(b.flags)
        assert len(rows) == len(b.facts)
    return ours, base, n


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms(x: float) -> str:
    return f"{x * 1000:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=10000)
    ap.add_argument("--facts", type=int, default=100, help="facts per story")
    ap.add_argument("--samples", type=int, default=30)
    ap.add_argument("--import-pages", type=int, default=40)
    ap.add_argument("--keep", metavar="PATH", help="build the big store here and keep it")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_store_"))
    big = Path(args.keep) if args.keep else tmp / "big.db"
    try:
        print(f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
        if not big.exists():
            secs = build(big, args.stories, args.facts)
            print(f"build: {args.stories} stories, {args.stories * args.facts} facts in {secs:.1f} s; "
                  f"file {big.stat().st_size / 2**20:.0f} MiB")
        print(f"peak RSS after the build: {peak_mib():.0f} MiB; load average {os.getloadavg()[0]:.1f}")
        ours, base, n = time_load(big, args.stories, args.samples)
        print(f"open + load one story ({n} facts+flags), {args.samples} random stories: "
              f"median {ms(statistics.median(ours))}, worst {ms(max(ours))}, first {ms(ours[0])} "
              f"(goal < 20 ms) | baseline bare connect+SELECT: median {ms(statistics.median(base))}")
        with Store.open(big) as s:
            for q in ("刘越高", "生态环境保护委员会", "朱健"):
                t = time.perf_counter()
                hits = s.search(q, limit=50)
                print(f"search {q!r}: {len(hits)} hits in {ms(time.perf_counter() - t)}")
            # export: the whole store
            for fmt, out in (("jsonl", tmp / "all.jsonl"), ("brat", tmp / "brat")):
                t = time.perf_counter()
                k = export(s, fmt, out)
                dt = time.perf_counter() - t
                print(f"export {fmt}: {k} stories in {dt:.1f} s = {k / dt:.0f} stories/s")
            print(f"peak RSS so far (open, load, search, exports): {peak_mib():.0f} MiB")
            t = time.perf_counter()
            n_rows = 0
            with open(tmp / "raw.jsonl", "w", encoding="utf-8") as fh:
                for r in s.conn.execute('SELECT article_id, kind, start, "end", text, value, status FROM facts'):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                    n_rows += 1
            dt = time.perf_counter() - t
            print(f"baseline: json.dumps of the {n_rows} fact rows streamed, no store: {dt:.1f} s "
                  f"= {args.stories / dt:.0f} stories/s")
        shutil.rmtree(tmp / "brat", ignore_errors=True)
        # import through the real path
        pages = tmp / "pages"
        pages.mkdir()
        raw = CORPUS.read_text(encoding="utf-8")
        for i in range(args.import_pages):
            (pages / f"p{i:03d}.txt").write_text(raw + f"\n第{i}版\n", encoding="utf-8")
        small = tmp / "import.db"
        t = time.perf_counter()
        r = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(pages), "--db", str(small),
                            "--date", "2023-01-04"], capture_output=True, text=True, check=False)
        dt = time.perf_counter() - t
        if r.returncode:
            print("import failed:", r.stderr.strip().splitlines()[-1:])
        else:
            with Store.open(small) as s:
                n_st = s.stats()["articles"]
            print(f"import (main.py import, {args.import_pages} pages, read + analyse in workers + store): "
                  f"{n_st} stories in {dt:.1f} s = {n_st / dt:.1f} stories/s")
        from analysis import analyze

        analysed = [analyze(raw + f"\n第{i}版\n", __import__("datetime").date(2023, 1, 4))
                    for i in range(args.import_pages)]
        t = time.perf_counter()
        with Store.open(tmp / "import2.db") as s:
            for a in analysed:
                s.import_analysis(a, raw_text=a.text)
        dt = time.perf_counter() - t
        n_st = sum(len(a.articles) for a in analysed)
        print(f"store share: import_analysis of {len(analysed)} analysed pages: {n_st} stories in {dt:.2f} s "
              f"= {n_st / dt:.0f} stories/s")
        print(f"peak RSS of this process at the end: {peak_mib():.0f} MiB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
