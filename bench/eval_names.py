"""Person-name accuracy on the development set, beside jieba's ``nr`` tags in the same run.

    .venv/bin/python bench/eval_names.py            # both halves
    .venv/bin/python bench/eval_names.py --errors   # also list misses and false finds
    .venv/bin/python bench/eval_names.py --file PATH  # any gold file in the same format instead

Gold: ``tests/data/names_dev/{dev,heldout}.txt`` (names in 【】, see the README there). Each story
is read as one article (``analysis.split.parse_story``) and run through ``analysis.extract``;
scores are exact spans (a name with one character too many or too few is both a miss and a false
find). jieba: ``jieba.posseg`` tokens tagged nr, nrfg or nrt.
"""
from __future__ import annotations

import argparse
import datetime
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT / "tests" / "data" / "names_dev"
_MARK = re.compile(r"【([^】]+)】")


def load(path: Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """Stories of a gold file as (clean text, gold person spans)."""
    stories = []
    for block in path.read_text(encoding="utf-8").split("\n=====\n"):
        block = block.strip("\n")
        if not block:
            continue
        out, spans, pos = [], set(), 0
        for m in _MARK.finditer(block):
            out.append(block[pos:m.start()])
            start = sum(map(len, out))
            out.append(m.group(1))
            spans.add((start, start + len(m.group(1))))
            pos = m.end()
        out.append(block[pos:])
        stories.append(("".join(out), spans))
    return stories


def ours(text: str) -> set[tuple[int, int]]:
    from analysis.extract import extract
    from analysis.split import parse_story

    art = parse_story(text, 0, len(text), 0)
    facts, _ = extract(text, [art], datetime.date(2023, 6, 1))
    return {(f.start, f.end) for f in facts if f.kind == "person"}


def jieba_nr(text: str) -> set[tuple[int, int]]:
    import jieba.posseg

    spans, pos = set(), 0
    for pair in jieba.posseg.cut(text):
        end = pos + len(pair.word)
        if pair.flag in ("nr", "nrfg", "nrt"):
            spans.add((pos, end))
        pos = end
    return spans


def score(stories, finder, errors: bool = False) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    for text, gold in stories:
        got = finder(text)
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
        if errors:
            for a, b in sorted(gold - got):
                print(f"   miss  {text[a:b]}  …{text[max(0, a - 8):b + 8]}…".replace("\n", " "))
            for a, b in sorted(got - gold):
                print(f"   false {text[a:b]}  …{text[max(0, a - 8):b + 8]}…".replace("\n", " "))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def _traditional(text: str) -> bool:
    """A story written in traditional characters (more than 20 characters change under t2s)."""
    import opencc

    simplified = opencc.OpenCC("t2s").convert(text)
    return sum(a != b for a, b in zip(simplified, text, strict=False)) > 20


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses and false finds")
    ap.add_argument("--half", choices=("dev", "heldout", "both"), default="both")
    ap.add_argument("--file", type=Path, help="score this gold file (same format) instead of the dev set")
    ap.add_argument("--script", choices=("any", "simplified", "traditional"), default="any",
                    help="only stories in this script (the desk is for simplified copy)")
    args = ap.parse_args(argv)
    from analysis.extract import segmenter

    segmenter.tokenizer()
    halves = ("dev", "heldout") if args.half == "both" else (args.half,)
    if args.file:
        halves = (args.file.stem,)
    print(f"{'set':8} {'system':12} {'names':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for half in halves:
        stories = load(args.file if args.file else DEV / f"{half}.txt")
        if args.script != "any":
            stories = [s for s in stories if (_traditional(s[0]) == (args.script == "traditional"))]
        chars = sum(len(t) for t, _ in stories)
        for label, finder in (("jieba nr", jieba_nr), ("proofdesk", ours)):
            if args.errors and label == "proofdesk":
                print(f"-- {half}: errors")
            p, r, f, n = score(stories, finder, errors=args.errors and label == "proofdesk")
            print(f"{half:8} {label:12} {n:5d} {p:6.3f} {r:6.3f} {f:6.3f}   ({len(stories)} stories, {chars} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
