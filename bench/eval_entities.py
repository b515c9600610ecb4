"""Organisation and place accuracy on a hand-marked set, beside jieba's ``nt``/``ns`` tags in the same run.

    .venv/bin/python bench/eval_entities.py                 # tests/data/entities_real/entities.txt
    .venv/bin/python bench/eval_entities.py --errors        # also list misses and false finds
    .venv/bin/python bench/eval_entities.py --file PATH     # any gold file in the same format

Gold: organisations in ⟦⟧, places in ⟪⟫ (rules in the set's README). Each passage is read as one
article and run through ``analysis.extract``. Proofdesk's organisations are its ``org`` facts plus
the organisation written inside a title (``市生态环境保护委员会主任`` holds the org
``市生态环境保护委员会``); its places are its ``place`` facts not inside one of those organisations
(the gold does not nest).

Two scores per kind: **exact** spans, and **overlap** (a found span that overlaps a gold span of
the same kind counts once for it — organisation names have fuzzy edges, 衡阳市市场监管局 vs
市场监管局). jieba: ``jieba.posseg`` tokens tagged ``nt`` (organisation) or ``ns`` (place).
"""
from __future__ import annotations

import argparse
import datetime
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT / "tests" / "data" / "entities_real" / "entities.txt"
_MARK = re.compile("⟦([^⟧]+)⟧|⟪([^⟫]+)⟫")
KINDS = ("org", "place")


def load(path: Path) -> list[tuple[str, dict[str, set[tuple[int, int]]]]]:
    """Passages as (clean text, {kind: gold spans})."""
    stories = []
    for block in path.read_text(encoding="utf-8").split("\n=====\n"):
        block = block.strip("\n")
        if not block:
            continue
        out: list[str] = []
        gold: dict[str, set[tuple[int, int]]] = {k: set() for k in KINDS}
        pos = 0
        for m in _MARK.finditer(block):
            out.append(block[pos:m.start()])
            start = sum(map(len, out))
            name = m.group(1) or m.group(2)
            out.append(name)
            gold["org" if m.group(1) else "place"].add((start, start + len(name)))
            pos = m.end()
        out.append(block[pos:])
        stories.append(("".join(out), gold))
    return stories


def ours(text: str) -> dict[str, set[tuple[int, int]]]:
    from analysis.extract import extract
    from analysis.split import parse_story

    art = parse_story(text, 0, len(text), 0)
    facts, _ = extract(text, [art], datetime.date(2023, 6, 1))
    got: dict[str, set[tuple[int, int]]] = {k: set() for k in KINDS}
    for f in facts:
        if f.kind in KINDS:
            got[f.kind].add((f.start, f.end))
        elif f.kind == "title" and f.value.get("org") and text[f.start:].startswith(f.value["org"]):
            got["org"].add((f.start, f.start + len(f.value["org"])))
    # The gold set does not nest: a place inside an organisation's name (衡阳市 in 衡阳市人民医院) is
    # part of the organisation. Proofdesk keeps both facts (the sheet shows the place too), so the
    # nested places are left out here rather than counted as false finds.
    got["place"] = {p for p in got["place"] if not any(x <= p[0] and p[1] <= y and (x, y) != p
                                                       for x, y in got["org"])}
    return got


def jieba_tags(text: str) -> dict[str, set[tuple[int, int]]]:
    import jieba.posseg

    got: dict[str, set[tuple[int, int]]] = {k: set() for k in KINDS}
    pos = 0
    for pair in jieba.posseg.cut(text):
        end = pos + len(pair.word)
        if pair.flag.startswith("nt"):
            got["org"].add((pos, end))
        elif pair.flag.startswith("ns"):
            got["place"].add((pos, end))
        pos = end
    return got


def _prf(tp_p: int, n_got: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_got if n_got else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < y and x < a[1] for x, y in spans)


def score(stories, finder, kind: str, errors: bool = False):
    """(exact P R F1, overlap P R F1, gold count) for one kind."""
    tp = n_got = n_gold = 0
    ov_p = ov_r = 0
    for text, gold_all in stories:
        gold = gold_all[kind]
        got = finder(text)[kind]
        tp += len(got & gold)
        n_got += len(got)
        n_gold += len(gold)
        ov_p += sum(_overlaps(g, gold) for g in got)
        ov_r += sum(_overlaps(g, got) for g in gold)
        if errors:
            for a, b in sorted(gold - got):
                print(f"   miss  {kind:5} {text[a:b]}  …{text[max(0, a - 8):b + 8]}…".replace("\n", " "))
            for a, b in sorted(got - gold):
                print(f"   false {kind:5} {text[a:b]}  …{text[max(0, a - 8):b + 8]}…".replace("\n", " "))
    return _prf(tp, n_got, tp, n_gold), _prf(ov_p, n_got, ov_r, n_gold), n_gold


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT, help="gold file (default: %(default)s)")
    ap.add_argument("--errors", action="store_true", help="list Proofdesk's misses and false finds")
    args = ap.parse_args(argv)
    if not args.file.exists():
        print(f"no gold file at {args.file}", file=sys.stderr)
        return 2
    from analysis.extract import segmenter

    segmenter.tokenizer()
    stories = load(args.file)
    chars = sum(len(t) for t, _ in stories)
    print(f"{len(stories)} passages, {chars} characters")
    print(f"{'kind':6} {'system':10} {'gold':>5}   {'exact P':>7} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}")
    cache: dict[str, dict] = {}

    def cached(label, fn):
        def run(text):
            key = label + text
            if key not in cache:
                cache[key] = fn(text)
            return cache[key]
        return run

    for kind in KINDS:
        for label, fn in (("jieba", jieba_tags), ("proofdesk", ours)):
            (p, r, f), (op, orr, of), n = score(stories, cached(label, fn), kind,
                                                errors=args.errors and label == "proofdesk")
            print(f"{kind:6} {label:10} {n:5d}   {p:7.3f} {r:6.3f} {f:6.3f}   {op:9.3f} {orr:6.3f} {of:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
