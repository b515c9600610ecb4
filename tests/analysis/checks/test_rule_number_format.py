"""number.format: GB/T 15835 misuses, each with a certain fix."""
from __future__ import annotations

from check_helpers import apply, flags_of, spanned

RULE = "number.format"


def _fixed(text: str) -> str:
    [flag] = flags_of(text, RULE)
    assert flag.suggestion is not None and flag.suggestion.label and flag.suggestion.label_en
    return apply(text, flag)


def test_zero_in_chinese_numerals():
    assert _fixed("二0二三年是全面贯彻党的二十大精神的开局之年。").startswith("二〇二三年")
    assert _fixed("二O二三年元旦").startswith("二〇二三年")
    assert flags_of("二〇二三年元旦", RULE) == []


def test_adjacent_numerals_for_an_estimate():
    assert _fixed("这个小区建于上世纪七、八十年代。") == "这个小区建于上世纪七八十年代。"
    assert _fixed("现场来了5、6个人。") == "现场来了五六个人。"
    text = "来了5、6个人"
    assert spanned(text, flags_of(text, RULE)[0]) == ["5、6"]


def test_lists_that_are_not_estimates():
    text = "荣获一、二等奖；一、二年级学生；5、6月份降雨偏多；第5、6个项目；3、5个工作日。"
    assert flags_of(text, RULE) == []


def test_ji_with_arabic_numerals():
    assert _fixed("骑车10几分钟就到了。") == "骑车十几分钟就到了。"
    assert _fixed("他才20几岁。") == "他才二十几岁。"


def test_percent_ranges():
    assert _fixed("贷款利率下降3-5%。") == "贷款利率下降3%～5%。"
    assert _fixed("价格下降10～20%。") == "价格下降10%～20%。"
    assert flags_of("价格下降10%～20%；K819+180—K865+354；2022-2023年度。", RULE) == []


def test_more_classifiers():
    assert _fixed("全市新建1、2座电站。") == "全市新建一二座电站。"


def test_percent_range_with_a_hyphen():
    assert _fixed("利率下降0.5%-1%。") == "利率下降0.5%～1%。"
