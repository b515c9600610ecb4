"""date.invalid: dates that do not exist."""
from __future__ import annotations

import datetime as dt

from check_helpers import flags_of, spanned

RULE = "date.invalid"


def test_impossible_days_and_months():
    for bad in ("2月30日", "4月31日", "2023年13月", "9月31日"):
        text = f"据悉，该活动将于{bad}举行。"
        [flag] = flags_of(text, RULE)
        assert flag.severity == "error" and spanned(text, flag) == [bad], bad


def test_february_29_depends_on_the_year():
    assert len(flags_of("2023年2月29日，该公司发布公告。", RULE)) == 1
    assert flags_of("2024年2月29日，该公司发布公告。", RULE) == []
    # without a year: the year nearest the publication date
    assert flags_of("2月29日，市民刘先生过了第七个生日。", RULE, ref=dt.date(2024, 2, 29)) == []
    assert len(flags_of("2月29日，市民刘先生过了生日。", RULE, ref=dt.date(2023, 3, 1))) == 1


def test_real_dates_durations_and_lunar_dates_are_fine():
    text = ("2022年12月31日、1月31日、3月31日均正常；为期13个月的整治行动；"
            "农历二月三十日；1至12月累计增长5.2%。")
    assert flags_of(text, RULE) == []


def test_dates_in_chinese_numerals():
    text = "二〇二三年二月三十日，该公司发布公告。"
    [flag] = flags_of(text, RULE)
    assert spanned(text, flag) == ["二〇二三年二月三十日"]
    assert flags_of("二〇二三年二月二十八日，该公司发布公告。", RULE) == []
