"""Repairing the layout: what the columns broke is joined, real paragraph ends and title lines are
kept, and nothing is lost (a property test), with every repaired offset traced back to the input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.repair import ZERO_WIDTH, is_layout, repair

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
REFERENCE = "000_535e0761a6686cfc"


def content(s: str) -> list[str]:
    return [c for c in s if not is_layout(c)]


def assert_lossless(raw: str) -> None:
    r = repair(raw)
    assert content(r.text) == content(raw)
    assert len(r.offsets) == len(r.text)
    previous = -1
    for i, c in enumerate(r.text):
        k = r.offsets[i]
        assert 0 <= k < len(raw)
        if is_layout(c):
            assert is_layout(raw[k]), (i, c, raw[k])
        else:
            assert raw[k] == c
            assert k > previous  # content keeps its order
            previous = k


@pytest.fixture(scope="module")
def reference(corpus_dir):
    raw = (corpus_dir / f"{REFERENCE}.txt").read_text(encoding="utf-8")
    gold = json.loads((corpus_dir / f"{REFERENCE}.gold.json").read_text(encoding="utf-8"))
    return raw, repair(raw), gold


# ---- the reference page -------------------------------------------------------------------------

BROKEN = [
    # (as the column layout left it, as it must read)
    ("通\n\n讯员", "通讯员"),
    ("金明\n\n达", "金明达"),
    ("防重\n\n症", "防重症"),
    ("重症\n\n患者", "重症患者"),
    ("改\n造", "改造"),
    ("污染防治狠\n\n抓攻坚", "污染防治狠抓攻坚"),
    ("督察情况和\n\n2023年衡阳市", "督察情况和2023年衡阳市"),
    ("全国绿\n\n色小水电", "全国绿色小水电"),
    ("可\n\n灌溉", "可灌溉"),
    ("收治\n\n工作", "收治工作"),
    ("涉医疗\n\n美容", "涉医疗美容"),
    ("政府要坚决扛起生态文明建设政治责任,生态环境委员会要发挥牵头抓总、统筹协调职能,\n\n各相关部门",
     "统筹协调职能,各相关部门"),
]


@pytest.mark.parametrize(("broken", "whole"), BROKEN, ids=[w for _, w in BROKEN])
def test_reference_broken_words_are_joined(reference, broken, whole):
    raw, r, _ = reference
    assert broken in raw
    assert whole in r.text


def test_reference_nothing_is_lost(reference):
    raw, _, _ = reference
    assert_lossless(raw)


def test_reference_title_lines_stay_lines(reference):
    _, r, gold = reference
    lines = r.text.split("\n")
    for article in gold["articles"]:
        for title in article["title_lines"]:
            assert title in lines, title


def test_reference_paragraph_ends_are_kept(reference):
    _, r, gold = reference
    lines = r.text.split("\n")
    # Each story's body ends a line, each dateline line stands alone, and paragraphs that ended
    # a sentence were not run together.
    for article in gold["articles"]:
        assert any(line.endswith(article["body_ends_with"]) for line in lines)
    assert lines.count("衡阳晚报讯 (全媒体记者 陈润)") == 2
    assert "市领导赖馨正、于新凡、尹培国、朱春光、曾建华、颜和平出席。" in lines
    assert len(lines) == 35


def test_reference_separator_is_one_newline(reference):
    _, r, _ = reference
    assert "\n\n" not in r.text
    assert r.text == r.text.strip()
    assert all(line == line.strip() for line in r.text.split("\n"))


def test_reference_offsets_lead_back(reference):
    raw, r, _ = reference
    start = r.text.index("金明达")
    a, b = r.raw_span(start, start + 3)
    assert raw[a:b] == "金明\n\n达"
    start = r.text.index("护栏改造工程") + 2
    a, b = r.raw_span(start, start + 2)
    assert raw[a:b] == "改\n造"


def test_repair_is_stable(reference):
    _, r, _ = reference
    assert repair(r.text).text == r.text


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture_pages_are_lossless_and_stable(page):
    raw = page.read_text(encoding="utf-8")
    assert_lossless(raw)
    text = repair(raw).text
    assert repair(text).text == text


# ---- normalisation -------------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\u2029"])
def test_line_endings(newline):
    raw = newline.join(["第一段结束了。", "", "第二段也结束了。"])
    assert repair(raw).text == "第一段结束了。\n第二段也结束了。"


def test_spaces_inside_a_line():
    r = repair("左\u00a0右  中\t间\u3000\u3000全角")
    assert r.text == "左 右 中 间\u3000\u3000全角"


def test_zero_width_characters_go():
    raw = "\ufeff零\u200b宽\u200c字\u200d符\u2060。"
    assert repair(raw).text == "零宽字符。"
    assert_lossless(raw)


def test_indentation_and_trailing_space_go():
    assert repair("\u3000\u3000缩进的段落。  \n  \t另一段。\u3000").text == "缩进的段落。\n另一段。"


def test_latin_words_meet_with_a_space():
    assert repair("他用英文说, 这句话还没有说完, and the Proofdesk\n\nproject goes on.").text == \
        "他用英文说, 这句话还没有说完, and the Proofdesk project goes on."
    assert repair("据统计,今年以来,全年累计发电量达到123\n\n456万千瓦时。").text == \
        "据统计,今年以来,全年累计发电量达到123456万千瓦时。"


def test_empty_and_blank():
    assert repair("").text == ""
    assert repair(" \n\u3000\n\u200b\n").text == ""
    assert len(repair("\n\n").offsets) == 0


# ---- decisions -----------------------------------------------------------------------------------


def test_sentence_end_keeps_the_paragraph_end():
    assert repair("他说完了。\n\n大家都笑了。").text == "他说完了。\n大家都笑了。"


def test_mid_sentence_break_is_joined():
    assert repair("会议要求,各地要持续推进重点流域综合治理,加快补齐\n\n短板。").text == \
        "会议要求,各地要持续推进重点流域综合治理,加快补齐短板。"


def test_continuation_punctuation_joins():
    assert repair("这是一个很长的句子的前半部分\n\n，后半部分在这里。").text == \
        "这是一个很长的句子的前半部分，后半部分在这里。"
    assert repair("他说：“好。\n\n”大家都同意。").text == "他说：“好。”大家都同意。"


def test_title_block_then_dateline():
    raw = "引题一行\n\n主题这一行\n\n副题再一行\n\n本报讯 正文开始了。"
    assert repair(raw).text == "引题一行\n主题这一行\n副题再一行\n本报讯 正文开始了。"


def test_title_then_body_with_no_dateline():
    raw = "上一篇的结尾。\n\n春节假期出游人数创新高\n\n今年春节假期，出游人次同比增长。"
    assert repair(raw).text == "上一篇的结尾。\n春节假期出游人数创新高\n今年春节假期，出游人次同比增长。"


def test_body_start_right_after_a_dateline_line_is_joined():
    raw = "标题\n\n衡阳晚报讯 (通讯员 邱珍晶)\n\n组织开展了\n\n行业摸底排查。"
    assert repair(raw).text.endswith("\n组织开展了行业摸底排查。")


def test_indented_page_wraps_even_after_a_full_stop():
    raw = "\u3000\u3000第一段的第一行结束于句号。\n第一段还在继续。\n\u3000\u3000第二段。\n"
    assert repair(raw).text == "第一段的第一行结束于句号。第一段还在继续。\n第二段。"


def test_enumerated_list_after_a_colon_stays_a_list():
    raw = "主要措施如下：\n一是加强组织领导；\n二是强化督促检查。"
    assert repair(raw).text == raw


def test_open_quote_joins_short_lines():
    assert repair("成功创建“全国绿\n\n色小水电示范电站”。").text == "成功创建“全国绿色小水电示范电站”。"


# ---- the lossless property ----------------------------------------------------------------------

_PIECES = st.sampled_from([
    "通", "讯员", "金明", "达", "。", "，", ",", "！", "？", "“", "”", "（", "）", "(", ")", "、", "：",
    "衡阳晚报讯", "本报讯", "新华社北京1月4日电", "(全媒体记者 陈润)", "（记者 张三）", "记者", "——",
    "标题", "会议指出", "2023年", "5万kW", "ab", "Z", "9", "𠮷", "【简讯】", "■", "一是",
    "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\u2028", "\u2029", " ", "  ", "\t", "\u3000", "\u3000\u3000",
    "\u00a0", "\u200b", "\ufeff", "\x0b", "\x0c", "\x1c", "\x85",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_lossless_on_copy_like_text(raw):
    assert_lossless(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_lossless_on_any_text(raw):
    assert_lossless(raw)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_offset_map_iteration_matches_indexing(raw):
    r = repair(raw)
    assert list(r.offsets) == [r.offsets[i] for i in range(len(r.text))]
    assert r.offsets[:] == list(r.offsets)
    if r.text:
        assert r.offsets[-1] == r.offsets[len(r.text) - 1]


def test_zero_width_set_is_layout():
    assert all(is_layout(c) for c in ZERO_WIDTH)
    assert not is_layout("通")


def test_title_broken_on_a_page_without_blank_lines():
    raw = ("上一篇的结尾。\n泉南高速公路衡阳段护栏改\n造工程提前完工\n分隔护栏防护能力 实现“升级”\n"
           "衡阳晚报讯 (全媒体记者 金明达)\n1月4日,记者获悉。")
    assert repair(raw).text.split("\n")[1:3] == ["泉南高速公路衡阳段护栏改造工程提前完工", "分隔护栏防护能力 实现“升级”"]


def test_title_lines_on_a_page_without_blank_lines_stay_apart():
    raw = "上一篇的结尾。\n刘越高看望慰问抗疫一线医护人员\n强化医疗队伍力量保障 全力确保人民群众身心健康\n衡阳晚报讯 (全媒体记者 陈润)"
    assert repair(raw).text == raw


def test_title_lines_set_close_on_a_page_with_blank_lines():
    raw = "上一篇的结尾。\n\n新春走基层\n山村里的“数字课堂”\n\n本报讯（记者 张晓明）寒假刚到。\n\n第二段。"
    assert repair(raw).text.split("\n")[1:3] == ["新春走基层", "山村里的“数字课堂”"]


def test_first_words_of_a_paragraph_cut_by_a_column_break():
    raw = ("标题\n\n衡阳晚报讯 (全媒体记者 金明达)\n\n1月4日,记者获悉,工程提前完成。\n\n"
           "据悉此项工程完\n\n工后,衡阳辖区高速公路通行安全将再上新台阶。")
    assert repair(raw).text.endswith("\n据悉此项工程完工后,衡阳辖区高速公路通行安全将再上新台阶。")


def test_subhead_between_paragraphs_stays():
    raw = ("标题\n\n本报讯 (记者 张三)\n\n1月4日,会议召开。\n\n加强科技支撑\n\n在河南省周口市,种粮大户正在查看麦苗。")
    assert "\n加强科技支撑\n" in repair(raw).text
