"""punct.unpaired: unbalanced “” ‘’ 《》 （） 【】 within a paragraph."""
from __future__ import annotations

from check_helpers import flags_of, spanned

RULE = "punct.unpaired"


def test_unclosed_quote_and_title_mark():
    text = "会议传达学习了“夏季攻势点评电视电话会议精神。"
    [flag] = flags_of(text, RULE)
    assert spanned(text, flag) == ["“"] and "”" in flag.message
    text = "听取了《衡阳市关于深入打好污染防治攻坚战落实意见（审议稿）起草说明。"
    [flag] = flags_of(text, RULE)
    assert spanned(text, flag) == ["《"]


def test_closing_without_opening():
    text = "以更多含绿量”来提高“含金量”。"
    [flag] = flags_of(text, RULE)
    assert spanned(text, flag) == ["”"]


def test_balanced_and_nested_marks():
    text = "发布《〈中国工人〉发刊词》；“两个确立”“两个维护”；【关注】（审议稿）；他说：“要做到‘三不’。”"
    assert flags_of(text, RULE) == []


def test_quotation_over_several_paragraphs_is_chinese_style():
    text = ("周建国说：“稻子长得好不好，要到田里去看。\n"
            "“刚参加工作那几年，我跟着老师跑遍了全市。\n"
            "“现在条件好了，但我还是坚持下田。”\n"
            "在同事们眼中，他是个“工作狂”。")
    assert flags_of(text, RULE) == []
    broken = text.replace("坚持下田。”", "坚持下田。")
    [flag] = flags_of(broken, RULE)
    assert broken[flag.spans[0][0]:flag.spans[0][0] + 5] == "“现在条件"


def test_pair_split_by_a_layout_break():
    text = "省“利剑”行动督察情况和“全国绿\n色小水电示范电站”。"
    assert flags_of(text, RULE) == []


def test_apostrophe_in_english_is_not_a_quote():
    assert flags_of("他说：“It’s fine.”", RULE) == []


def test_enumerators_with_a_closing_bracket_only():
    text = "措施如下：\n1）加强管理；2）落实责任。\n一）健全制度；a)完善机制。"
    assert flags_of(text, RULE) == []
    assert len(flags_of("他说(1)不对)。", RULE)) == 1
