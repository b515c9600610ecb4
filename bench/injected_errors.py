#!/usr/bin/env python3
"""Catch rate of the checks on clean stories with one injected error each, per rule.

    .venv/bin/python bench/injected_errors.py

Cases: ``tests/data/injected/cases.json`` (story, text to change, replacement, rule, the part a
span must cover).  *caught* = the rule fires on the changed story; *on span* = one of its spans
covers the injected text; *other* = flags of other rules the change brought (collateral).
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import analyze  # noqa: E402
from analysis.checks import RULES  # noqa: E402


def main() -> int:
    data = ROOT / "tests/data"
    cases = json.loads((data / "injected/cases.json").read_text(encoding="utf-8"))
    total, caught, on_span, other = Counter(), Counter(), Counter(), Counter()
    for c in cases:
        clean = (data / "clean_news" / c["file"]).read_text(encoding="utf-8")
        ref = dt.date.fromisoformat(c["file"].split("_")[1])
        before = Counter(f.rule for f in analyze(clean, ref).flags)
        result = analyze(clean.replace(c["find"], c["replace"], 1), ref)
        pos = result.text.index(c["replace"]) + c["replace"].index(c["at"])
        hits = [f for f in result.flags if f.rule == c["rule"]]
        total[c["rule"]] += 1
        caught[c["rule"]] += bool(hits)
        on_span[c["rule"]] += any(s < pos + len(c["at"]) and pos < e for f in hits for s, e in f.spans)
        after = Counter(f.rule for f in result.flags if f.rule != c["rule"])
        other[c["rule"]] += sum((after - before).values())
    print(f"{'rule':<26}{'cases':>6}{'caught':>8}{'on span':>9}{'other':>7}")
    for rule in RULES:
        print(f"{rule:<26}{total[rule]:>6}{caught[rule]:>8}{on_span[rule]:>9}{other[rule]:>7}")
    n = sum(total.values())
    print(f"{'TOTAL':<26}{n:>6}{sum(caught.values()):>8}{sum(on_span.values()):>9}{sum(other.values()):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
