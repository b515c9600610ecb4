"""Accuracy of the date finder on the hand-annotated dev set, and speed of the three finders.

Run: ``.venv/bin/python bench/eval_dates.py [--split dev|heldout|all] [--show-errors] [--chars N]``

Accuracy: every gold date of ``tests/data/dates_dev/{dev,heldout}.txt`` (format described at the top
of those files) against ``find_dates`` with the line's reference date.  *found* = a predicted date
overlaps the gold span; *resolved* = found with the same first and last day (or both invalid);
*exact span* = same text.  *explicit* dates are those written without a relative word
(今年, 昨天, 上月, 本周…).  Precision counts predicted dates that overlap no gold date.

Speed: the date, duration and figure finders alone over N characters (default 300,000) of news
copy, against ``jieba.posseg`` on the same text as the baseline measured in the same run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract.dates import find_dates  # noqa: E402
from analysis.extract.durations import find_durations  # noqa: E402
from analysis.extract.numbers import find_numbers  # noqa: E402

DATA = ROOT / "tests" / "data" / "dates_dev"
RELATIVE_STARTS = ("今", "去年", "昨", "前天", "前年", "明", "后天", "本", "上月", "上个月", "上周",
                   "下周", "下月", "下个月", "这", "上年")


def load(split: str) -> list[dict]:
    """Sentences with their reference date and gold dates."""
    files = ["dev.txt", "heldout.txt"] if split == "all" else [f"{split}.txt"]
    rows, ref, paper = [], None, ""
    for name in files:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@ref"):
                parts = line.split()
                ref, paper = dt.date.fromisoformat(parts[1]), " ".join(parts[2:])
                continue
            sentence, _, ann = line.partition("|")
            sentence = sentence.strip()
            gold, pos = [], 0
            for item in filter(None, (a.strip() for a in ann.split(";"))):
                span, _, val = item.rpartition("=")
                start = sentence.index(span, pos)
                pos = start + len(span)
                lo, _, hi = val.partition("..")
                gold.append({"text": span, "start": start, "end": start + len(span),
                             "first": None if lo == "invalid" else lo,
                             "last": None if lo == "invalid" else (hi or lo)})
            rows.append({"file": name, "paper": paper, "ref": ref, "text": sentence, "gold": gold})
    return rows


def evaluate(rows: list[dict], show_errors: bool) -> dict:
    n = {"gold": 0, "found": 0, "resolved": 0, "exact": 0, "explicit": 0, "explicit_ok": 0,
         "relative": 0, "relative_ok": 0, "pred": 0, "spurious": 0, "sentences": len(rows)}
    for row in rows:
        text = row["text"]
        preds = find_dates(text, 0, len(text), row["ref"])
        n["pred"] += len(preds)
        for p in preds:
            if not any(p.start < g["end"] and g["start"] < p.end for g in row["gold"]):
                n["spurious"] += 1
                if show_errors:
                    print(f"  SPURIOUS {p.text!r} in {text}")
        for g in row["gold"]:
            n["gold"] += 1
            rel = g["text"].startswith(RELATIVE_STARTS)
            n["relative" if rel else "explicit"] += 1
            hits = [p for p in preds if p.start < g["end"] and g["start"] < p.end]
            ok = False
            if hits:
                n["found"] += 1
                p = hits[0]
                n["exact"] += p.text == g["text"]
                ok = (p.value["start"], p.value["end"]) == (g["first"], g["last"])
                n["resolved"] += ok
            n["relative_ok" if rel else "explicit_ok"] += ok
            if show_errors and not ok:
                got = [(p.text, p.value["start"], p.value["end"]) for p in hits]
                print(f"  MISS {g['text']!r} want {g['first']}..{g['last']} got {got} | {text}")
    return n


def reference_dates(rows: list[dict]) -> None:
    """infer_reference_date on each block of sentences that share a publication date.

    The blocks are collections of sentences from one day, not whole pages (no datelines, many
    historical and target years), so this is a harsh test of the year rule.
    """
    from itertools import groupby

    from analysis.extract.dates import explain_reference_date
    n = day = month = year = 0
    for (_, ref), grp in groupby(rows, key=lambda r: (r["file"], r["ref"])):
        got, _why = explain_reference_date("\n".join(r["text"] for r in grp))
        n += 1
        day += got == ref
        month += (got.year, got.month) == (ref.year, ref.month)
        year += got.year == ref.year
    print(f"  reference date inferred from {n} same-day blocks: exact day {day}/{n}, "
          f"right month {month}/{n}, right year {year}/{n}")


def speed(chars: int) -> None:
    rows = load("all")
    from tests.reference_corpus import PAGE

    page = PAGE.read_text(encoding="utf-8")
    chunk = page + "\n".join(r["text"] for r in rows)
    text = (chunk * (chars // len(chunk) + 1))[:chars]
    t0 = time.perf_counter()
    nd = len(find_dates(text, 0, len(text), dt.date(2023, 1, 4)))
    t1 = time.perf_counter()
    nu = len(find_durations(text, 0, len(text)))
    t2 = time.perf_counter()
    nn = len(find_numbers(text, 0, len(text)))
    t3 = time.perf_counter()
    total = t3 - t0
    print(f"speed on {len(text):,} chars:")
    print(f"  find_dates     {t1 - t0:7.3f} s  {len(text) / (t1 - t0):12,.0f} chars/s  ({nd} dates)")
    print(f"  find_durations {t2 - t1:7.3f} s  {len(text) / (t2 - t1):12,.0f} chars/s  ({nu} durations)")
    print(f"  find_numbers   {t3 - t2:7.3f} s  {len(text) / (t3 - t2):12,.0f} chars/s  ({nn} numbers)")
    print(f"  all three      {total:7.3f} s  {len(text) / total:12,.0f} chars/s")
    import logging

    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    t0 = time.perf_counter()
    pseg.lcut(text)
    tj = time.perf_counter() - t0
    print(f"  baseline jieba.posseg.lcut {tj:7.3f} s  {len(text) / tj:12,.0f} chars/s"
          f"  (finders = {100 * total / tj:.1f}% of it)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["dev", "heldout", "all"])
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--chars", type=int, default=300_000, help="0 skips the speed run")
    args = ap.parse_args()
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    for split in splits:
        rows = load(split)
        n = evaluate(rows, args.show_errors)
        g = max(n["gold"], 1)
        print(f"[{split}] {n['sentences']} sentences, {n['gold']} gold dates "
              f"({n['explicit']} explicit, {n['relative']} relative), {n['pred']} predicted")
        print(f"  found {n['found'] / g:.3f}  resolved {n['resolved'] / g:.3f}  exact span {n['exact'] / g:.3f}")
        print(f"  explicit found+resolved {n['explicit_ok'] / max(n['explicit'], 1):.3f}  "
              f"relative found+resolved {n['relative_ok'] / max(n['relative'], 1):.3f}")
        print(f"  precision {1 - n['spurious'] / max(n['pred'], 1):.3f} ({n['spurious']} spurious)")
        reference_dates(rows)
    if args.chars:
        speed(args.chars)


if __name__ == "__main__":
    main()
