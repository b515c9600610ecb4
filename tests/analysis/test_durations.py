"""Durations: value, unit, approximation, day range, cue; negatives; the reference page."""
from __future__ import annotations

import pytest
from dates_corpus import gold_items, page_text

from analysis.extract.durations import find_durations


def durs(text: str):
    facts = find_durations(text, 0, len(text))
    for f in facts:
        assert text[f.start:f.end] == f.text and f.kind == "duration"
        assert f.id == "" and f.article == -1
    return facts


def one(text: str):
    facts = durs(text)
    assert len(facts) == 1, [f.text for f in facts]
    return facts[0]


@pytest.mark.parametrize("text, span, value, unit, approx, min_days, max_days, cue", [
    ("为期4个多月的专项治理", "4个多月", 4, "月", "more", 112, 155, "为期"),
    ("至今运营已超过19年", "超过19年", 19, "年", "more", 6935, None, "运营"),
    ("历时3天的比赛", "3天", 3, "天", None, 3, 3, "历时"),
    ("近两年", "近两年", 2, "年", "less", 365, 732, None),
    ("一年多来", "一年多", 1, "年", "more", 365, 732, None),
    ("半年", "半年", 0.5, "年", None, 182.5, 183, None),
    ("三个月后", "三个月", 3, "月", None, 84, 93, None),
    ("48小时", "48小时", 48, "小时", None, 2, 2, None),
    ("约3天", "约3天", 3, "天", "about", 2, 4, None),
    ("3天左右", "3天左右", 3, "天", "about", 2, 4, None),
    ("十余年", "十余年", 10, "年", "more", 3650, 4026, None),
    ("逾30年", "逾30年", 30, "年", "more", 10950, None, None),
    ("不到一年", "不到一年", 1, "年", "less", 0, 366, None),
    ("15个工作日内", "15个工作日内", 15, "日", "less", 0, 15, None),
    ("一个半月", "一个半月", 1.5, "月", None, 42, 46.5, None),
    ("两周", "两周", 2, "周", None, 14, 14, None),
    ("30分钟", "30分钟", 30, "分钟", None, 0.02, 0.02, None),
    ("连续5日", "5日", 5, "日", None, 5, 5, "连续"),
    ("十来天", "十来天", 10, "天", "about", 9, 11, None),
    ("两年半", "两年半", 2.5, "年", None, 912.5, 915, None),
])
def test_duration_values(text, span, value, unit, approx, min_days, max_days, cue):
    f = one(text)
    v = f.value
    assert (f.text, v["value"], v["unit"], v["approx"]) == (span, value, unit, approx)
    assert (v["min_days"], v["max_days"]) == (min_days, max_days)
    assert v.get("cue") == cue


@pytest.mark.parametrize("text", [
    "2003年12月建成通车",   # a date
    "19年",                 # may be 2019
    "4月份",                # April
    "1月4日",
    "周一上午",
    "建党100周年",
    "今天", "每天", "近年来", "数年来", "三年级", "一年一度",
    "二〇二三年", "一九九七年",
    "80年代",
])
def test_not_durations(text):
    assert [f.text for f in durs(text)] == []


def test_window_and_offsets():
    text = "为期3天。历时5天。"
    facts = find_durations(text, 5, len(text))
    assert [(f.start, f.text, f.value["cue"]) for f in facts] == [(7, "5天", "历时")]


def test_reference_page_gold_durations():
    text = page_text()
    facts = durs(text)
    for item in gold_items("durations"):
        hits = [f for f in facts if item["text"] in f.text and f.value["value"] == item["value"]
                and f.value["unit"] == item["unit"] and f.value["approx"] == item["approx"]]
        assert hits, item


@pytest.mark.parametrize("text", ["今年上半年", "下半年通车", "二〇二二年六月十日", "十二月三十一日"])
def test_parts_of_years_and_chinese_dates_are_not_durations(text):
    assert [f.text for f in durs(text)] == []


@pytest.mark.parametrize("text, span, value, unit, min_days, max_days", [
    ("判处有期徒刑三年六个月", "三年六个月", 42, "月", 1263, 1284),
    ("工期为1年零3个月", "1年零3个月", 15, "月", 449, 459),
    ("两年零八个月", "两年零八个月", 32, "月", 954, 980),
    ("用时2小时15分钟", "2小时15分钟", 135, "分钟", 0.09, 0.09),
    ("历时3天2小时", "3天2小时", 74, "小时", 3.08, 3.08),
])
def test_compound_durations_are_one_span(text, span, value, unit, min_days, max_days):
    f = one(text)
    assert (f.text, f.value["value"], f.value["unit"]) == (span, value, unit)
    assert (f.value["min_days"], f.value["max_days"]) == (min_days, max_days)


@pytest.mark.parametrize("text, value, value_max, approx, min_days, max_days", [
    ("3至5年", 3, 5, None, 1095, 1830),
    ("3—5个工作日内", 3, 5, "less", 0, 5),
    ("约2至3小时", 2, 3, "about", 0.04, 0.17),
])
def test_duration_ranges(text, value, value_max, approx, min_days, max_days):
    v = one(text).value
    assert (v["value"], v["value_max"], v["approx"], v["min_days"], v["max_days"]) == (
        value, value_max, approx, min_days, max_days)
    assert [f.text for f in durs("5-3年")] == []


@pytest.mark.parametrize("text, value, value_max, min_days, max_days", [
    ("两三天", 2, 3, 2, 3), ("三五年", 3, 5, 1095, 1830), ("一两个月", 1, 2, 28, 62),
])
def test_neighbouring_numerals_are_estimates(text, value, value_max, min_days, max_days):
    v = one(text).value
    assert (v["value"], v["value_max"], v["approx"], v["min_days"], v["max_days"]) == (
        value, value_max, "about", min_days, max_days)


def test_compound_stays_inside_the_window():
    text = "判处有期徒刑三年零六个月"
    facts = find_durations(text, 0, len(text) - 4)
    assert [f.text for f in facts] == ["三年"]
