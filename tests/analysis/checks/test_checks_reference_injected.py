"""Real-page injections: the reference page with one error put in, for every rule.

Unlike ``test_check_injected`` (clean stories), this page keeps its half-width commas and
layout breaks, so the rules are tried on copy as it comes out of a PDF.
"""
from __future__ import annotations

import datetime as dt

import pytest
from reference_corpus import PAGE

from analysis import analyze

REF = dt.date(2023, 1, 4)

CASES = [
 ("衡阳晚报讯 (全媒体记者 陈润)\n\n1月4日上午", "衡阳晚报讯 (全媒体记者 陈闰)\n\n1月4日上午", "person.name-variant"),
 ("1月4日上午,市委书记刘越高先后", "1月4日上午,市委书记朱健先后", "role.exclusive-conflict"),
 ("市委书记刘越高先后到", "市委副书记刘越高先后到", "person.title-mismatch"),
 ("刘越高指出,新冠疫情", "刘跃高指出,新冠疫情", "person.name-variant"),
 ("刘越高强调,要根据疫情", "刘超高强调,要根据疫情", "person.name-variant"),
 ("朱健强调,要肯定成绩", "朱建强调,要肯定成绩", "person.name-variant"),
 ("检察院等9部门", "检察院等8部门", "count.list-mismatch"),
 ("我市9部门联合行动", "我市8部门联合行动", "count.list-mismatch"),
 ("1月4日下午,市委书记", "1月4日(星期二)下午,市委书记", "date.weekday-mismatch"),
 ("1月4日下午,市委书记", "1月4日（周二）下午,市委书记", "date.weekday-mismatch"),
 ("自2022年9月起", "自2022年9月31日起", "date.invalid"),
 ("于2003年12月建成", "于2003年2月30日建成", "date.invalid"),
 ("为期4个多月", "为期6个多月", "duration.mismatch"),
 ("已超过19年", "已超过29年", "duration.mismatch"),
 ("已超过19年", "已超过20年", "duration.mismatch"),
 ("自2022年9月起", "自2022年3月起", "duration.mismatch"),
 ("于2003年12月建成", "于2013年12月建成", "duration.mismatch"),
 ("年发电量2.0283亿kW·h", "年发电量20.283亿kW·h", "number.implausible"),
 ("总装机容量5万kW", "总装机容量5000kW", "number.implausible"),
 ("2023年第一次全体会议", "二0二三年第一次全体会议", "number.format"),
 ("134座电站", "1、2座电站", "number.format"),
 ("以“抓铁留痕”的狠劲", "以“抓铁留痕的狠劲", "punct.unpaired"),
 ("“两个维护”", "“两个维护", "punct.unpaired"),
 ("《衡阳市关于深入", "衡阳市关于深入", "punct.unpaired"),
 ("衡阳晚报讯 (通讯员 邱珍晶)", "衡陽晚報讯 (通讯员 邱珍晶)", "script.traditional"),
 ("深入打好污染防治攻坚战", "深入打好污染防治攻堅戰", "script.traditional"),
 ("推动生态环境保护工作取得了新的变化", "推动生态环境保护工作取得了了新的变化", "text.duplicate"),
 ("各相关部门要知责明责", "各相关部门各相关部门要知责明责", "text.duplicate"),
 ("加强生态环境执法监督", "加强生态环境执法监督监督", "text.duplicate"),
 ("共同参与的现代环境治理体系", "共同参与的的现代环境治理体系", "text.duplicate"),
 ("水利部公布全国134座电站", "水利部公布全国134座电站,其中湖南140座", "number.implausible"),
 ("船闸年货运量100万吨", "船闸年货运量100万吨,发电量占比达120%", "number.implausible"),
]


@pytest.fixture(scope="module")
def baseline():
    return {(f.rule, f.message) for f in analyze(PAGE.read_text(encoding="utf-8"), REF).flags}


@pytest.mark.parametrize("find, replace, rule", CASES, ids=[f"{c[2]}:{c[1][:12]}" for c in CASES])
def test_injected_error_on_the_reference_page(baseline, find, replace, rule):
    page = PAGE.read_text(encoding="utf-8")
    assert find in page
    result = analyze(page.replace(find, replace, 1), REF)
    new = [f for f in result.flags if (f.rule, f.message) not in baseline and f.rule == rule]
    assert new, f"{rule} missed {replace!r}"
    assert all(f.message_en for f in new)
