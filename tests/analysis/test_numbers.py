"""Figures: scaling, Chinese numerals, percentages, money, units, counts, ranges; negatives; the page."""
from __future__ import annotations

import pytest
from dates_corpus import gold_items, page_text
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.numbers import find_numbers
from analysis.extract.numerals import parse_chinese, parse_digit_string, parse_number


def nums(text: str):
    facts = find_numbers(text, 0, len(text))
    for f in facts:
        assert text[f.start:f.end] == f.text and f.kind == "number"
        assert f.id == "" and f.article == -1
    return facts


def one(text: str):
    facts = nums(text)
    assert len(facts) == 1, [f.text for f in facts]
    return facts[0]


@pytest.mark.parametrize("s, value", [
    ("5万", 50000), ("2.0283亿", 202830000), ("两千三百万", 23000000), ("1,234.5", 1234.5),
    ("1，234", 1234), ("１２３", 123), ("1.5万亿", 1500000000000), ("三百万", 3000000), ("十五", 15),
    ("零点五", 0.5), ("abc", None),
])
def test_parse_number(s, value):
    assert parse_number(s) == value


def test_digit_strings_and_chinese():
    assert parse_digit_string("一九九七") == 1997 and parse_digit_string("二〇二三") == 2023
    assert parse_digit_string("二0二三") == 2023 and parse_digit_string("十二") is None
    assert parse_chinese("两") == 2 and parse_chinese("") is None


@pytest.mark.parametrize("text, span, value, unit, kind, approx", [
    ("总装机容量5万kW", "5万kW", 50000, "kW", "measure", None),
    ("年发电量2.0283亿kW·h", "2.0283亿kW·h", 202830000, "kW·h", "measure", None),
    ("年货运量100万吨", "100万吨", 1000000, "吨", "measure", None),
    ("灌溉农田2万亩", "2万亩", 20000, "亩", "measure", None),
    ("全国134座电站", "134座", 134, "座", "count", None),
    ("9部门联合行动", "9部门", 9, "部门", "count", None),
    ("5名队员", "5名", 5, "名", "count", None),
    ("投资3.5亿元", "3.5亿元", 350000000, "元", "money", None),
    ("补贴500万元", "500万元", 5000000, "元", "money", None),
    ("两千三百万元", "两千三百万元", 23000000, "元", "money", None),
    ("引资2亿美元", "2亿美元", 200000000, "美元", "money", None),
    ("百分之十五", "百分之十五", 15, "%", "percent", None),
    ("三成以上", "三成以上", 30, "%", "percent", "more"),
    ("增长20%", "20%", 20, "%", "percent", None),
    ("下降3.5个百分点", "3.5个百分点", 3.5, "个百分点", "percent", None),
    ("全长约12.5公里", "约12.5公里", 12.5, "公里", "measure", "about"),
    ("36.5℃", "36.5℃", 36.5, "℃", "measure", None),
    ("建筑面积8000平方米", "8000平方米", 8000, "平方米", "measure", None),
    ("近300人", "近300人", 300, "人", "count", "less"),
    ("100多名", "100多名", 100, "名", "count", "more"),
    ("3000余人", "3000余人", 3000, "人", "count", "more"),
    ("超过5万人", "超过5万人", 50000, "人", "count", "more"),
    ("50人左右", "50人左右", 50, "人", "count", "about"),
    ("1，234户", "1，234户", 1234, "户", "count", None),
    ("查处案件12起", "12起", 12, "起", "count", None),
    ("三名嫌疑人", "三名", 3, "名", "count", None),
    ("约5万", "约5万", 50000, None, "plain", "about"),
])
def test_figures(text, span, value, unit, kind, approx):
    f = one(text)
    v = f.value
    assert (f.text, v["value"], v["unit"], v["kind"], v["approx"]) == (span, value, unit, kind, approx)


def test_raw_and_change():
    assert one("5万kW").value["raw"] == "5万"
    assert one("同比增长20%").value["change"] == "up"
    assert one("下降3.5个百分点").value["change"] == "down"


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("3%～5%", 3, 5, "%"), ("10～20℃", 10, 20, "℃"), ("3-5%", 3, 5, "%"),
    ("5000—8000元", 5000, 8000, "元"), ("2至3万元", 20000, 30000, "元"),
])
def test_ranges(text, value, value_max, unit):
    v = one(text).value
    assert (v["value"], v["value_max"], v["unit"]) == (value, value_max, unit)


@pytest.mark.parametrize("text", [
    "第十二个梯级水电站", "第3名", "G72泉南高速", "K819+180—K865+354", "2022年", "1月4日",
    "为期4个多月", "“两个确立”", "一批案件", "我们一起", "5G基站", "48小时", "3个月",
    "第1页", "共3页", "十四五规划", "两个维护", "一成不变",
])
def test_not_figures(text):
    assert [f.text for f in nums(text)] == []


def test_window():
    text = "5名。6名。"
    assert [f.text for f in find_numbers(text, 3, len(text))] == ["6名"]


def test_reference_page_gold_numbers():
    text = page_text()
    facts = nums(text)
    for item in gold_items("numbers"):
        hits = [f for f in facts if f.text == item["text"] and f.value["value"] == item["value"]
                and f.value["unit"] == item["unit"]]
        assert hits, item


def test_sessions_and_magnitudes():
    assert [f.text for f in nums("十三届全国人大四次会议")] == []
    assert one("共召开3次会议").value["value"] == 3
    v = one("发生6.2级地震").value
    assert (v["value"], v["unit"]) == (6.2, "级")
    assert one("抽检1200批次").value["unit"] == "批次"
    assert one("接种疫苗1200万剂次").value["value"] == 12000000


@pytest.mark.parametrize("text, span, value, unit", [
    ("均价1.2万元/平方米", "1.2万元/平方米", 12000, "元/平方米"),
    ("电价0.6元/千瓦时", "0.6元/千瓦时", 0.6, "元/千瓦时"),
    ("PM2.5浓度为35微克/立方米", "35微克/立方米", 35, "微克/立方米"),
    ("三分之一", "三分之一", 33.33, "%"),
    ("千分之五", "千分之五", 5, "‰"),
    ("年满18周岁", "18周岁", 18, "周岁"),
    ("约有2000名志愿者", "约有2000名", 2000, "名"),
])
def test_rates_fractions_and_more(text, span, value, unit):
    f = one(text)
    assert (f.text, f.value["value"], f.value["unit"]) == (span, value, unit)


@pytest.mark.parametrize("text", ["几十家企业", "数百万元", "上千人", "咨询电话：0734-8888888", "“3·15”晚会",
                                  "G20峰会", "COVID-19", "（一）加强领导", "19时30分"])
def test_vague_amounts_and_codes_are_not_figures(text):
    assert [f.text for f in nums(text)] == []


@pytest.mark.parametrize("text, value, value_max, approx", [
    ("三四百人", 300, 400, "about"), ("二三十家", 20, 30, "about"), ("五六名", 5, 6, "about"),
    ("三四万人", 30000, 40000, "about"), ("百余人", 100, None, "more"), ("千余家", 1000, None, "more"),
])
def test_chinese_estimates(text, value, value_max, approx):
    v = one(text).value
    assert (v["value"], v.get("value_max"), v["approx"]) == (value, value_max, approx)
    assert [f.text for f in nums("上百家企业")] == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,，〇零一二两三四五六七八九十百千万亿几数多余来半分之成%～—至到个年月天小时名人元万元吨kW·h第约近超过左右以上“", max_size=16))
def test_numerals_never_crash(text):
    from analysis.extract.durations import find_durations
    for f in find_numbers(text, 0, len(text)) + find_durations(text, 0, len(text)):
        assert text[f.start:f.end] == f.text
        assert isinstance(f.value["value"], (int, float))


@pytest.mark.parametrize("text, value, value_max", [
    ("最低气温零下5℃", -5, None), ("气温-3～5℃", -3, 5), ("零下3至零下8℃", -8, -3), ("10～20℃", 10, 20),
])
def test_temperatures_keep_their_sign(text, value, value_max):
    v = one(text).value
    assert (v["value"], v.get("value_max"), v["unit"]) == (value, value_max, "℃")
