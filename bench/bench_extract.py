"""Time the whole ``analysis.analyze`` beside ``jieba.posseg`` on the same news text.

    .venv/bin/python bench/bench_extract.py [--chars 300000] [--repeat 3] [--no-check]

Text: every page of news copy in the repository (the shared reference page, the name development
set, the split fixtures), cycled until ``--chars`` characters, cut into pages of about 6,000
characters as a desk would import them. Both sides are warmed first (jieba's dictionary, jieba.posseg's
tag table, every lazy table of the engine); each figure is the best of ``--repeat`` runs.
Goal: the whole analysis takes at most twice jieba.posseg's time.
"""
from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus_pages(chars: int, page_size: int = 6000) -> list[str]:
    """News pages cycled to at least ``chars`` characters."""
    sources = []
    shared = ROOT.parent / "shared" / "corpus"
    sources += sorted(shared.glob("*.txt"))
    sources += sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for p in sorted((ROOT / "tests" / "data" / "names_dev").glob("*.txt")):
        raw = p.read_text(encoding="utf-8").replace("【", "").replace("】", "")
        texts += [s.strip() for s in raw.split("\n=====\n")]
    pages, cur, total, i = [], [], 0, 0
    while total < chars:
        t = texts[i % len(texts)]
        cur.append(t)
        total += len(t)
        i += 1
        if sum(map(len, cur)) >= page_size:
            pages.append("\n\n".join(cur))
            cur = []
    if cur:
        pages.append("\n\n".join(cur))
    return pages


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=300_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-check", action="store_true", help="time extraction without the checks")
    args = ap.parse_args(argv)

    import jieba.posseg

    from analysis import analyze
    from analysis.extract import segmenter

    pages = corpus_pages(args.chars)
    n = sum(map(len, pages))
    ref = datetime.date(2023, 6, 1)
    segmenter.tokenizer()
    check = not args.no_check
    # Warm both: dictionaries, tag tables, compiled patterns.
    jieba.posseg.lcut(pages[0])
    analyze(pages[0], ref, check=check)

    def run_posseg():
        for p in pages:
            jieba.posseg.lcut(p)

    def run_cut():
        for p in pages:
            segmenter.tokenizer().lcut(p)

    def run_analyze():
        for p in pages:
            analyze(p, ref, check=check)

    from analysis.extract import extract
    from analysis.repair import repair
    from analysis.split import split_page

    prepared = []
    for p in pages:
        text = repair(p).text
        prepared.append((text, split_page(text)))

    def run_extract():
        for text, arts in prepared:
            extract(text, arts, ref)

    t_pos = best_of(args.repeat, run_posseg)
    t_ext = best_of(args.repeat, run_extract)
    t_cut = best_of(args.repeat, run_cut)
    t_all = best_of(args.repeat, run_analyze)
    print(f"text: {n} characters in {len(pages)} pages; best of {args.repeat}")
    print(f"jieba.posseg.lcut      {t_pos:7.2f} s  {n / t_pos:9.0f} chars/s")
    print(f"jieba.cut (HMM)        {t_cut:7.2f} s  {n / t_cut:9.0f} chars/s")
    print(f"extract only           {t_ext:7.2f} s  {n / t_ext:9.0f} chars/s  (repaired, split pages)")
    label = "analysis.analyze" + ("" if check else " (no checks)")
    print(f"{label:22} {t_all:7.2f} s  {n / t_all:9.0f} chars/s")
    print(f"ratio analyze / posseg: {t_all / t_pos:.2f} (goal <= 2.00); "
          f"extract / posseg: {t_ext / t_pos:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
