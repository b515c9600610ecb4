"""punct.halfwidth: one grouped flag per story with a fix-all."""
from __future__ import annotations

from check_helpers import Page, apply, flags_of, spanned

RULE = "punct.halfwidth"
RAW = ("衡阳晚报讯 (全媒体记者 陈润)\n1月4日下午,市委书记刘越高主持召开会议。他强调,要深入学习;"
       "要抓好整改。听取了《落实意见(审议稿)》起草说明。")


def test_one_grouped_flag_with_a_fix_for_every_mark():
    [flag] = flags_of(RAW, RULE)
    assert len(flag.spans) == 7 and set(spanned(RAW, flag)) == {",", ";", "(", ")"}
    assert flag.severity in ("warning", "info")
    fixed = apply(RAW, flag)
    assert fixed == ("衡阳晚报讯（全媒体记者 陈润）\n1月4日下午，市委书记刘越高主持召开会议。他强调，要深入学习；"
                     "要抓好整改。听取了《落实意见（审议稿）》起草说明。")
    assert flags_of(fixed, RULE) == []


def test_one_flag_per_story():
    text = "第一篇,正文。\n\n第二篇,正文,还有。"
    page = Page(text, stories=["第一篇", "第二篇"])
    flags = page.flags(RULE)
    assert [f.article for f in flags] == [0, 1] and [len(f.spans) for f in flags] == [1, 2]


def test_ascii_contexts_are_left_alone():
    text = ("全市共有1,234家企业。上午10:30开幕。G72泉南高速K819+180—K865+354路段。"
            "他说：“It is fine, thanks!”详见https://www.hengyang.gov.cn/a?b=1,2。比例为1:1。")
    assert flags_of(text, RULE) == []


def test_question_and_exclamation_marks_and_colons():
    text = "记者:你好吗?真好!"
    [flag] = flags_of(text, RULE)
    assert apply(text, flag) == "记者：你好吗？真好！"


def test_full_stop_after_chinese():
    text = "今天天气很好.明天下雨.\n数值为3.5米，见www.hylib.cn。"
    [flag] = flags_of(text, RULE)
    assert apply(text, flag) == "今天天气很好。明天下雨。\n数值为3.5米，见www.hylib.cn。"
    assert flags_of("他说……好。It is 3.5 m.", RULE) == []
