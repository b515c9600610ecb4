"""Clean stories with one injected error each: every rule catches its error on the right span.

The cases live in ``tests/data/injected/cases.json``: a clean story from
``tests/data/clean_news``, the text to change, its replacement, the rule that must fire
and the part of the replacement a span of that flag must cover.  The same story untouched
must raise no flag of that rule (so the catch is the injection's, not the story's).
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest

from analysis import analyze
from analysis.checks import RULES

DATA = pathlib.Path(__file__).resolve().parents[2] / "data"
CASES = json.loads((DATA / "injected" / "cases.json").read_text(encoding="utf-8"))


def _date(name: str) -> dt.date:
    return dt.date.fromisoformat(name.split("_")[1])


def test_every_rule_has_injected_cases():
    assert {c["rule"] for c in CASES} == set(RULES)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['rule']}:{c['replace']}" for c in CASES])
def test_injected_error_is_caught_on_its_span(case):
    clean = (DATA / "clean_news" / case["file"]).read_text(encoding="utf-8")
    assert case["find"] in clean
    ref = _date(case["file"])
    assert [f for f in analyze(clean, ref).flags if f.rule == case["rule"]] == []
    result = analyze(clean.replace(case["find"], case["replace"], 1), ref)
    text = result.text  # the repaired text: offsets refer to it
    pos = text.index(case["replace"]) + case["replace"].index(case["at"])
    target = (pos, pos + len(case["at"]))
    hits = [f for f in result.flags if f.rule == case["rule"]]
    assert hits, f"{case['rule']} did not fire"
    assert any(s < target[1] and target[0] < e for f in hits for s, e in f.spans), \
        [(f.message, [text[s:e] for s, e in f.spans]) for f in hits]
    for f in hits:
        assert f.message and f.message_en and f.severity in ("error", "warning", "info")
