"""analysis.report.format_flags: one line per flag with severity, rule, story, quote and message."""
from __future__ import annotations

from check_helpers import Page

from analysis.checks import run_checks
from analysis.report import format_flags


def _page():
    text = "第一篇标题\n1月4日下午,市委召开会议。\n\n第二篇标题\n衡阳市市场监管局、公安局、商务局等2部门联合行动。"
    page = Page(text, stories=["第一篇", "第二篇"])
    analysis = page.analysis()
    analysis.flags = run_checks(analysis)
    return analysis


def test_lines_in_chinese():
    out = format_flags(_page(), "zh_CN").splitlines()
    error = next(x for x in out if "count.list-mismatch" in x)
    assert error.startswith("error") and "第2篇" in error and "等2部门" in error and "列出3项" not in error
    assert "列出3个部门" in error
    half = out.index(next(x for x in out if "punct.halfwidth" in x))
    assert "第1篇" in out[half] and out[half + 1].strip().startswith("修改：全部改为全角标点")
    assert out[-1] == "共2条：错误1、警告1"
    assert out.index(error) < half  # errors first


def test_lines_in_english_and_no_flags():
    analysis = _page()
    out = format_flags(analysis, "en")
    assert "story 2" in out and "3 items are listed" in out and out.rstrip().endswith("2 flags: 1 error, 1 warning")
    analysis.flags = []
    assert format_flags(analysis) == "没有发现问题。\n"
    assert format_flags(analysis, "en") == "No flags.\n"


def test_page_level_flag_says_page():
    text = "市长张卫东主持会议。\n\n市长李建国出席活动。"
    page = Page(text, stories=["市长张卫东", "市长李建国"])
    page.holds(page.person("张卫东"), page.title("市长", "市长", ""))
    page.holds(page.person("李建国"), page.title("市长", "市长", "", nth=1))
    analysis = page.analysis()
    analysis.flags = run_checks(analysis)
    line = next(x for x in format_flags(analysis).splitlines() if "role.exclusive-conflict" in x)
    assert "全版" in line and "“市长张卫东" in line
