#!/usr/bin/env python3
"""The desk on a big story: time to open and paint, and selection-to-highlight latency.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--chars 200000] [--facts 10000]

A synthetic story of ``--chars`` characters (Chinese, with an Extension-B character every few
hundred so the UTF-16 helpers do real work) carrying ``--facts`` facts and a few hundred flags is
imported into a temporary store. Measured, each as the median of several runs:

* open: ``MainWindow.open_story`` (store read, text, fact sheet, flag list, 10,000 highlights)
  plus a synchronous repaint of the window; baseline: a bare ``QPlainTextEdit.setPlainText`` of
  the same text plus its repaint, in the same run.
* type: one character typed into the text until it is in the store and repainted (no baseline:
  a bare editor saves nothing).
* select: making a fact current in the fact sheet until the text view has repainted with the
  span selected and highlighted; baseline: a bare ``QPlainTextEdit`` moving its cursor to the same
  span plus a repaint.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KINDS = ("person", "title", "org", "place", "date", "duration", "number")
FILLER = "市委书记主持召开全体会议强调要深入学习贯彻精神持续推进生态文明建设全面提升治理水平确保各项任务落实到位"


def build(chars: int, n_facts: int, seed: int = 7):
    """A one-story Analysis with ``n_facts`` 3-character facts spread evenly over ``chars`` characters."""
    from analysis.model import Analysis, Article, Fact, Flag

    rng = random.Random(seed)
    pieces, i = [], 0
    while i < chars:
        chunk = FILLER[rng.randrange(len(FILLER) - 20):][:20]
        if rng.random() < 0.05:
            chunk = chunk[:-1] + "𠮷"  # astral: one code point, two UTF-16 units
        if rng.random() < 0.1:
            chunk += "\n"
        pieces.append(chunk)
        i += len(chunk)
    text = "".join(pieces)[:chars]
    step = len(text) // n_facts
    facts = []
    for k in range(n_facts):
        start = k * step
        kind = KINDS[k % len(KINDS)]
        facts.append(Fact(f"f{k + 1}", 0, kind, start, start + 3, text[start:start + 3],
                          {"name": text[start:start + 3]} if kind in ("person", "org", "place") else {}))
    flags = [Flag(f"k{j}", "text.duplicate", "warning", 0, "重复", [], [(j * 500, j * 500 + 2)])
             for j in range(1, min(400, len(text) // 500))]
    return Analysis(text, dt.date(2023, 1, 4), False, "bench.txt",
                    [Article(0, 0, len(text), ["基准稿"], None, [], 0)], facts, [], flags)


def median_ms(samples) -> float:
    """Median of seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--selections", type=int, default=40)
    parser.add_argument("--keys", type=int, default=10)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from db.store import Store
    from desktop.app import create_desk, set_up_application
    from desktop.settings import Settings
    from desktop.theme import cjk_font
    from widgets.article_view import to_utf16

    app = set_up_application()
    tmp = tempfile.TemporaryDirectory(prefix="proofdesk-bench-")
    analysis = build(args.chars, args.facts)
    store = Store.open(Path(tmp.name) / "bench.db", user="bench")
    t = time.perf_counter()
    doc = store.import_analysis(analysis, source="bench.txt")
    import_s = time.perf_counter() - t
    aid = store.articles(doc)[0].id
    text = store.load_article(aid).text

    # Baseline: a bare QPlainTextEdit, same text, same font, same size.
    bare = QPlainTextEdit()
    bare.setFont(cjk_font(serif=True, point_size=13))
    bare.resize(800, 900)
    bare.show()
    base_open = []
    for _ in range(args.runs):
        bare.setPlainText("")
        app.processEvents()
        t = time.perf_counter()
        bare.setPlainText(text)
        bare.viewport().repaint()
        base_open.append(time.perf_counter() - t)

    win = create_desk(store, Settings(QSettings(str(Path(tmp.name) / "s.ini"), QSettings.Format.IniFormat)))
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    desk_open = []
    for _ in range(args.runs):
        win.session.bundle = None
        win.view.set_text("")
        app.processEvents()
        t = time.perf_counter()
        win.open_story(aid)
        win.repaint()
        desk_open.append(time.perf_counter() - t)

    rng = random.Random(1)
    facts = win.session.bundle.facts
    picks = [facts[rng.randrange(len(facts))] for _ in range(args.selections)]
    desk_sel, base_sel = [], []
    for f in picks:
        t = time.perf_counter()
        win.select_fact(f.id)
        win.view.viewport().repaint()
        desk_sel.append(time.perf_counter() - t)
        t = time.perf_counter()
        c = bare.textCursor()
        c.setPosition(to_utf16(text, f.start))
        c.setPosition(to_utf16(text, f.end), QTextCursor.MoveMode.KeepAnchor)
        bare.setTextCursor(c)
        bare.centerCursor()
        bare.viewport().repaint()
        base_sel.append(time.perf_counter() - t)
    assert win.view.layer_size("facts") == len(facts)

    # Typing: one character inserted into the text → written to the store (with history), the
    # spans moved, the lists and highlights refreshed, and the view repainted.
    win.reanalyse_timer.setInterval(3_600_000)  # no background re-analysis during the measurement
    typing = []
    for k in range(args.keys):
        cursor = win.view.textCursor()
        cursor.setPosition(to_utf16(win.view.text(), 1000 + k))
        t = time.perf_counter()
        cursor.insertText("字")
        win.view.viewport().repaint()
        typing.append(time.perf_counter() - t)
    assert store.load_article(aid).text == win.view.text()

    print(f"story: {len(text):,} characters, {len(facts):,} facts, {len(win.session.bundle.flags)} flags "
          f"(store import {import_s * 1000:.0f} ms)")
    print(f"open + paint   desk {median_ms(desk_open):7.1f} ms   bare QPlainTextEdit {median_ms(base_open):7.1f} ms"
          f"   (median of {args.runs}; goal < 1000 ms)")
    print(f"select → paint desk {median_ms(desk_sel):7.1f} ms   bare QPlainTextEdit {median_ms(base_sel):7.1f} ms"
          f"   (median of {args.selections}, max {max(desk_sel) * 1000:.1f} ms; goal < 50 ms)")
    print(f"type → saved  desk {median_ms(typing):7.1f} ms   (median of {args.keys} keystrokes: store edit with "
          f"history, spans moved, lists and highlights refreshed, repaint)")
    win.runner.shutdown()
    win.close()
    bare.close()
    store.close()
    QApplication.processEvents()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
