#!/usr/bin/env python3
"""Throughput of read + repair + split on a large page, beside a plain-Python baseline.

Builds a page of at least 5 MB by repeating the reference page and the fixture pages (with the
figures varied on each copy, so no two stories are the same), writes it as UTF-8 and as GB18030,
then times, best of ``--repeat`` runs:

* baseline: read the bytes, decode UTF-8, ``splitlines()``, strip, ``"\\n".join`` — the least any
  line-based pass over the same data costs;
* read (``analysis.read.read_path``), repair (``analysis.repair.repair``), split
  (``analysis.split.split_page``) and the three together, on the UTF-8 file;
* read of the GB18030 file (detection and decoding of a legacy encoding).

Peak memory is measured in a separate run under ``tracemalloc`` (Python allocations) and given
beside the input size; the process's maximum resident set size is printed too.

    .venv/bin/python bench/bench_read_split.py [--mb 5] [--repeat 3]
"""
from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.read import read_path  # noqa: E402
from analysis.repair import repair  # noqa: E402
from analysis.split import split_page  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
PAGES = ROOT / "tests" / "fixtures" / "pages"


def build_page(min_bytes: int) -> str:
    sources = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    sources += [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
    if not sources:
        raise SystemExit("no pages found (shared/corpus beside the repository, tests/fixtures/pages)")
    parts: list[str] = []
    size = 0
    k = 0
    while size < min_bytes:
        src = sources[k % len(sources)]
        shift = k // len(sources)
        page = re.sub(r"\d", lambda m, s=shift: str((int(m.group()) + s) % 10), src)
        parts.append(page.strip("\n"))
        size += len(page.encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts) + "\n"


def baseline(path: Path) -> int:
    text = path.read_bytes().decode("utf-8")
    lines = [line.strip() for line in text.splitlines()]
    return len("\n".join(line for line in lines if line))


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the page in MB (default 5)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure, best kept (default 3)")
    args = ap.parse_args(argv)

    page = build_page(int(args.mb * 1024 * 1024))
    with tempfile.TemporaryDirectory() as tmp:
        utf8 = Path(tmp) / "page.txt"
        utf8.write_bytes(page.encode("utf-8"))
        gb = Path(tmp) / "page-gb18030.txt"
        gb.write_bytes(page.encode("gb18030"))
        size = utf8.stat().st_size
        mb = size / (1024 * 1024)

        doc = read_path(utf8)
        repaired = repair(doc.text)
        articles = split_page(repaired.text)

        rows: list[tuple[str, float]] = []
        rows.append(("baseline: decode + splitlines + join", best_of(lambda: baseline(utf8), args.repeat)))
        rows.append(("read (UTF-8)", best_of(lambda: read_path(utf8), args.repeat)))
        rows.append(("repair", best_of(lambda: repair(doc.text), args.repeat)))
        rows.append(("split", best_of(lambda: split_page(repaired.text), args.repeat)))
        rows.append(("read + repair + split",
                     best_of(lambda: split_page(repair(read_path(utf8).text).text), args.repeat)))
        rows.append(("read (GB18030, detected)", best_of(lambda: read_path(gb), args.repeat)))

        tracemalloc.start()
        split_page(repair(read_path(utf8).text).text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    print(f"page: {mb:.2f} MB UTF-8, {len(page):,} characters, {len(articles):,} stories, "
          f"{repaired.text.count(chr(10)) + 1:,} repaired paragraphs")
    print(f"{'step':<40}{'seconds':>10}{'MB/s':>10}")
    for name, seconds in rows:
        print(f"{name:<40}{seconds:>10.3f}{mb / seconds:>10.2f}")
    base = rows[0][1]
    full = rows[4][1]
    print(f"read + repair + split is {full / base:.1f}x the baseline's time")
    print(f"peak Python memory (tracemalloc) for read + repair + split: {peak / 2**20:.1f} MB "
          f"({peak / size:.1f}x the input)")
    print(f"max resident set size of this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
