"""End to end on the reference page (repair → split → extract → check), and ``main.py check``."""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys

import pytest
from reference_corpus import PAGE

from analysis import analyze
from analysis.checks import RULES
from analysis.report import format_flags

ROOT = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def page():
    return analyze(PAGE.read_text(encoding="utf-8"), dt.date(2023, 1, 4))


def test_two_directors_of_the_committee(page):
    roles = [f for f in page.flags if f.rule == "role.exclusive-conflict"]
    assert len(roles) == 1
    flag = roles[0]
    assert "刘越高" in flag.message and "朱健" in flag.message and flag.severity == "warning"
    quoted = {page.text[s:e] for s, e in flag.spans}
    assert {"刘越高", "朱健"} <= quoted


@pytest.mark.parametrize("date", [dt.date(2023, 1, 4), None])
def test_true_statements_are_not_flagged(date):
    result = analyze(PAGE.read_text(encoding="utf-8"), date)
    quiet = {"count.list-mismatch", "duration.mismatch", "sum.mismatch", "number.implausible",
             "date.invalid", "date.weekday-mismatch", "punct.unpaired", "script.traditional",
             "text.duplicate", "person.title-mismatch"}
    assert [f.message for f in result.flags if f.rule in quiet] == []


def test_half_width_marks_are_one_flag_per_story_with_a_fix(page):
    half = [f for f in page.flags if f.rule == "punct.halfwidth"]
    assert sorted(f.article for f in half) == list(range(len(page.articles)))
    text = page.text
    edits = []
    for f in half:
        assert len(f.suggestion.edits) == len(f.spans) > 0
        edits += f.suggestion.edits
    for e in sorted(edits, key=lambda x: x.start, reverse=True):  # all at once: offsets stay valid
        text = text[:e.start] + e.text + text[e.end:]
    again = analyze(text, dt.date(2023, 1, 4))
    assert [f for f in again.flags if f.rule == "punct.halfwidth"] == []
    assert [f.rule for f in again.flags] == ["role.exclusive-conflict"]


def test_flags_are_numbered_serialisable_and_stable(page):
    assert [f.id for f in page.flags] == [f"k{i}" for i in range(1, len(page.flags) + 1)]
    assert all(f.rule in RULES and f.message and f.message_en for f in page.flags)
    json.dumps(page.to_json(), ensure_ascii=False)
    again = analyze(PAGE.read_text(encoding="utf-8"), dt.date(2023, 1, 4))
    assert [(f.rule, f.message, f.spans) for f in again.flags] == \
        [(f.rule, f.message, f.spans) for f in page.flags]


def test_report_lines_in_both_languages(page):
    zh = format_flags(page, "zh_CN")
    line = next(x for x in zh.splitlines() if "role.exclusive-conflict" in x)
    assert line.startswith("warning") and "第1篇" in line and "“…" in line and "刘越高" in line
    assert "共" in zh.splitlines()[-1]
    en = format_flags(page, "en")
    assert "story 1" in en and "co-chair" in en and "fix:" in en


def _check(path: pathlib.Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "check", str(path), *extra], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_main_check_exits_0_on_warnings_and_1_on_an_error(tmp_path):
    ok = _check(PAGE, "--date", "2023-01-04")
    assert ok.returncode == 0, ok.stderr
    assert "role.exclusive-conflict" in ok.stdout and "error" not in ok.stdout.split()
    bad = tmp_path / "page.txt"
    bad.write_text(PAGE.read_text(encoding="utf-8").replace("等9部门", "等8部门"), encoding="utf-8")
    res = _check(bad, "--date", "2023-01-04", "--lang", "en")
    assert res.returncode == 1, res.stderr
    assert any(x.startswith("error") and "count.list-mismatch" in x for x in res.stdout.splitlines())


def test_the_gold_expected_flags_and_true_statements(page):
    gold = json.loads(PAGE.with_name("000_535e0761a6686cfc.gold.json").read_text(encoding="utf-8"))
    for i, story in enumerate(gold["articles"]):
        mine = [f for f in page.flags if f.article in (i, None)]
        for expected in story["expected_flags"]:
            hits = [f for f in mine if f.rule == expected["rule"]]
            assert any(all(p in f.message for p in expected.get("persons", [])) for f in hits), expected
        for statement in story["must_not_flag"]:
            at = page.text.find(statement)
            if at < 0:
                continue  # a statement in words, not a quote of the text (checked by the rules' tests)
            assert not [f for f in mine if f.rule != "punct.halfwidth" and
                        any(s < at + len(statement) and at < e for s, e in f.spans)], statement
