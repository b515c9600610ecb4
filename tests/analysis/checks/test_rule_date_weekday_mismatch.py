"""date.weekday-mismatch: a weekday after a full date that is not that date's."""
from __future__ import annotations

import datetime as dt

from check_helpers import flags_of, spanned

RULE = "date.weekday-mismatch"


def test_wrong_weekday_in_brackets():
    text = "会议定于2023年1月4日（星期二）上午召开。"
    [flag] = flags_of(text, RULE)
    assert "星期三" in flag.message and "Wednesday" in flag.message_en
    assert spanned(text, flag) == ["2023年1月4日", "星期二"]
    assert flag.suggestion is None  # the date may be the wrong one


def test_zhou_libai_and_comma_forms():
    assert len(flags_of("1月4日（周二）上午，市委召开会议。", RULE)) == 1
    assert len(flags_of("2023年1月4日，礼拜二，天气晴。", RULE)) == 1
    assert len(flags_of("5月12日是星期六。", RULE)) == 1


def test_right_weekdays_and_weekday_ranges():
    text = ("2023年1月4日（星期三）；1月4日（周三）下午；2024年2月29日，星期四；"
            "6月1日起，周一至周五开放；2023年10月1日（星期日）。")
    assert flags_of(text, RULE) == []


def test_weekday_read_by_the_extractor():
    from check_helpers import Page

    page = Page("会议于1月4日，即星期二召开。")
    page.add("date", "1月4日，即星期二", {"start": "2023-01-04", "end": "2023-01-04", "precision": "day",
                                       "weekday": 2})
    [flag] = page.flags(RULE)
    assert "星期三" in flag.message and flag.facts
    page.facts[0].value["weekday"] = 3
    assert page.flags(RULE) == []


def test_a_date_without_year_in_a_story_about_another_year():
    # 2019年3月5日 was a Tuesday; the story is printed in 2023, whose 3月5日 is a Sunday
    text = "回望2019年，那年春天他第一次走进课堂。3月5日（星期二），他站上了讲台。"
    assert flags_of(text, "date.weekday-mismatch", ref=dt.date(2023, 9, 10)) == []
    # a written year is taken at its word
    wrong = "2019年3月5日（星期三），他站上了讲台。"
    assert len(flags_of(wrong, "date.weekday-mismatch", ref=dt.date(2023, 9, 10))) == 1
