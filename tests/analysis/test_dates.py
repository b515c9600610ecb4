"""Dates: forms, resolution against the reference date, ranges, invalid dates, the reference page."""
from __future__ import annotations

import datetime as dt

import pytest
from dates_corpus import gold, gold_items, page_text
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.dates import explain_reference_date, find_dates, infer_reference_date

REF = dt.date(2023, 1, 4)


def dates(text: str, ref: dt.date = REF):
    facts = find_dates(text, 0, len(text), ref)
    for f in facts:
        assert text[f.start:f.end] == f.text
        assert f.kind == "date" and f.id == "" and f.article == -1
    return facts


def one(text: str, ref: dt.date = REF):
    facts = dates(text, ref)
    assert len(facts) == 1, [f.text for f in facts]
    return facts[0]


@pytest.mark.parametrize("text, span, start, end, precision", [
    ("一九九七年十二月三十一日，新华社报道", "一九九七年十二月三十一日", "1997-12-31", "1997-12-31", "day"),
    ("２０２３年全市经济运行平稳", "２０２３年", "2023-01-01", "2023-12-31", "year"),
    ("二〇二三年是全面贯彻党的二十大精神的开局之年", "二〇二三年", "2023-01-01", "2023-12-31", "year"),
    ("2022年9月，我市启动专项行动", "2022年9月", "2022-09-01", "2022-09-30", "month"),
    ("2022年度考核结果", "2022年度", "2022-01-01", "2022-12-31", "year"),
    ("从2022年11月初开始施工", "2022年11月初", "2022-11-01", "2022-11-10", "part_of_month"),
    ("2022年11月中旬，工程进场", "2022年11月中旬", "2022-11-11", "2022-11-20", "part_of_month"),
    ("2023年2月下旬完工", "2023年2月下旬", "2023-02-21", "2023-02-28", "part_of_month"),
    ("力争2024年6月底前通车", "2024年6月底", "2024-06-21", "2024-06-30", "part_of_month"),
    ("2022年底，全市共有", "2022年底", "2022-11-01", "2022-12-31", "part_of_year"),
    ("2023年初，项目启动", "2023年初", "2023-01-01", "2023-02-28", "part_of_year"),
    ("2022年上半年，全市GDP", "2022年上半年", "2022-01-01", "2022-06-30", "part_of_year"),
    ("2022年第三季度", "2022年第三季度", "2022-07-01", "2022-09-30", "part_of_year"),
    ("2023-01-04发布", "2023-01-04", "2023-01-04", "2023-01-04", "day"),
])
def test_explicit_forms(text, span, start, end, precision):
    f = one(text)
    assert (f.text, f.value["start"], f.value["end"], f.value["precision"]) == (span, start, end, precision)
    assert f.value["relative"] is False


@pytest.mark.parametrize("text, span, start, part", [
    ("1月4日下午，市委书记主持召开会议", "1月4日下午", "2023-01-04", "afternoon"),
    ("1月4日上午，他先后来到", "1月4日上午", "2023-01-04", "forenoon"),
    ("12月30日晚，演出在大剧院举行", "12月30日晚", "2022-12-30", "evening"),
    ("1月3日凌晨，消防员接到报警", "1月3日凌晨", "2023-01-03", "night"),
    ("1月2日中午", "1月2日中午", "2023-01-02", "noon"),
])
def test_part_of_day_is_in_the_span(text, span, start, part):
    f = one(text)
    assert (f.text, f.value["start"], f.value["part"]) == (span, start, part)
    assert f.value["year_inferred"] is True


def test_clock_time_and_weekday_are_recorded():
    f = one("2023年1月4日（星期二）上午10时30分")
    assert f.value["weekday"] == 2 and f.value["start"] == "2023-01-04"
    f = one("2023年1月4日上午10时30分举行")
    assert (f.value["part"], f.value["time"]) == ("forenoon", "10:30")
    f = one("1月4日，星期三，天气晴")
    assert f.value["weekday"] == 3


@pytest.mark.parametrize("text, span, start, end, precision", [
    ("今年以来，全市新增", "今年以来", "2023-01-01", "2023-01-04", "range"),
    ("今年将继续推进", "今年", "2023-01-01", "2023-12-31", "year"),
    ("去年全市完成投资", "去年", "2022-01-01", "2022-12-31", "year"),
    ("前年", "前年", "2021-01-01", "2021-12-31", "year"),
    ("明年起实施", "明年", "2024-01-01", "2024-12-31", "year"),
    ("昨天下午，记者来到", "昨天下午", "2023-01-03", "2023-01-03", "day"),
    ("昨日，市政府召开", "昨日", "2023-01-03", "2023-01-03", "day"),
    ("前天", "前天", "2023-01-02", "2023-01-02", "day"),
    ("上月，该局查处", "上月", "2022-12-01", "2022-12-31", "month"),
    ("上月底", "上月底", "2022-12-21", "2022-12-31", "part_of_month"),
    ("本周三将举行", "本周三", "2023-01-04", "2023-01-04", "day"),
    ("下周一", "下周一", "2023-01-09", "2023-01-09", "day"),
    ("上周", "上周", "2022-12-26", "2023-01-01", "week"),
    ("今年1月", "今年1月", "2023-01-01", "2023-01-31", "month"),
    ("去年11月初", "去年11月初", "2022-11-01", "2022-11-10", "part_of_month"),
])
def test_relative_dates(text, span, start, end, precision):
    f = one(text)
    assert (f.text, f.value["start"], f.value["end"], f.value["precision"]) == (span, start, end, precision)
    assert f.value["relative"] is True


@pytest.mark.parametrize("text, span, start, end", [
    ("9月至12月，全市开展", "9月至12月", "2022-09-01", "2022-12-31"),
    ("2022年9月至12月", "2022年9月至12月", "2022-09-01", "2022-12-31"),
    ("6—8月是汛期", "6—8月", "2022-06-01", "2022-08-31"),
    ("2022年1—11月，全市规模以上工业", "2022年1—11月", "2022-01-01", "2022-11-30"),
    ("2022年9月以来，共查处", "2022年9月以来", "2022-09-01", "2023-01-04"),
    ("2022年9月至今", "2022年9月至今", "2022-09-01", "2023-01-04"),
    ("1月3日至5日", "1月3日至5日", "2023-01-03", "2023-01-05"),
    ("12月28日—1月5日", "12月28日—1月5日", "2022-12-28", "2023-01-05"),
    ("2021—2025年", "2021—2025年", "2021-01-01", "2025-12-31"),
    ("2022年11月至2023年2月", "2022年11月至2023年2月", "2022-11-01", "2023-02-28"),
])
def test_ranges(text, span, start, end):
    f = one(text)
    assert (f.text, f.value["start"], f.value["end"], f.value["precision"]) == (span, start, end, "range")


def test_month_day_takes_the_year_written_earlier_in_the_sentence():
    facts = dates("2021年，该项目于3月5日开工。3月5日是惊蛰。", REF)
    assert [f.value["start"] for f in facts] == ["2021-01-01", "2021-03-05", "2023-03-05"]


def test_bare_month_day_resolves_to_the_nearest_date():
    assert one("12月31日").value["start"] == "2022-12-31"
    assert one("1月10日").value["start"] == "2023-01-10"
    assert one("11月").value["start"] == "2022-11-01"
    assert one("3月", dt.date(2023, 7, 1)).value["start"] == "2023-03-01"


def test_bare_day_of_month():
    f = one("记者4日从市卫健委获悉")
    assert (f.text, f.value["start"]) == ("4日", "2023-01-04")
    assert one("新华社北京1月4日电").value["start"] == "2023-01-04"


@pytest.mark.parametrize("text, problem_word", [
    ("2023年2月30日", "30"), ("2月29日", "29"), ("13月5日", "13"), ("2023年13月", "13"),
])
def test_invalid_dates_are_found_and_flagged(text, problem_word):
    f = one(text)
    assert f.value["valid"] is False and problem_word in f.value["problem"]
    assert f.value["start"] is None


@pytest.mark.parametrize("text", [
    "近年来，全市生态环境持续改善",
    "岁末年初各项工作",
    "为期5日的培训",
    "这是一次3日游",
    "7日内办结",
    "1号线开通运营",
    "有2000多年历史",
    "上世纪80年代",
    "为期4个多月的行动",
    "三年级学生",
    "G72泉南高速K819+180",
    "第3日",
    "我们一起努力",
])
def test_not_dates(text):
    assert [f.text for f in dates(text)] == []


def test_year_before_a_word_starting_with_chu_is_a_year():
    assert [f.value["precision"] for f in dates("2023年初步核算，2023年初中招生")] == ["year", "year"]


def test_only_inside_the_window():
    text = "1月3日开会。2月5日闭幕。"
    facts = find_dates(text, 7, len(text), REF)
    assert [(f.start, f.text) for f in facts] == [(7, "2月5日")]


def test_infer_reference_date_rules():
    assert infer_reference_date("新华社北京1月4日电 2023年第一次全体会议") == dt.date(2023, 1, 4)
    assert infer_reference_date("2022年12月30日，会议召开。2022年12月31日闭幕") == dt.date(2022, 12, 31)
    # a target year is not the current year
    day, why = explain_reference_date("2021年5月6日，规划提出到2035年建成")
    assert day == dt.date(2021, 5, 6) and why
    # a year plus the most frequent month-day
    assert infer_reference_date("2022年全市……3月2日，3月2日，5月1日") == dt.date(2022, 3, 2)
    assert infer_reference_date("没有任何日期的文字") == dt.date.today()


def test_reference_page_reference_date():
    assert infer_reference_date(page_text()) == dt.date(gold()["reference_year"], 1, 4)


def test_reference_page_gold_dates():
    text = page_text()
    facts = dates(text, infer_reference_date(text))
    for item in gold_items("dates"):
        hits = [f for f in facts if item["text"] in f.text and
                f.value["start"] == item["start"] and f.value["end"] == item["end"]]
        assert hits, item


def test_a_month_range_goes_where_its_middle_is_nearest():
    assert one("1至8月，全省工业增加值增长4.1%", dt.date(2019, 10, 2)).value["start"] == "2019-01-01"
    assert one("2月29日", dt.date(2024, 10, 8)).value["start"] == "2024-02-29"


def test_comparison_base_is_not_a_date():
    assert [f.text for f in dates("2021年，全国国内生产总值比上年增长8.1%")] == ["2021年"]


def test_new_forms():
    assert one("今晚8时，灯光秀亮灯").value == {
        "start": "2023-01-04", "end": "2023-01-04", "precision": "day", "part": "evening",
        "relative": True, "weekday": None, "time": "20:00"}
    v = one("本周末降温").value
    assert (v["start"], v["end"], v["precision"]) == ("2023-01-07", "2023-01-08", "week")
    v = one("2月中下旬").value
    assert (v["start"], v["end"]) == ("2023-02-11", "2023-02-28")
    v = one("今年前三季度").value
    assert (v["start"], v["end"]) == ("2023-01-01", "2023-09-30")
    v = one("第一季度，全国居民人均可支配收入", dt.date(2022, 6, 15)).value
    assert (v["start"], v["end"], v["year_inferred"]) == ("2022-01-01", "2022-03-31", True)
    assert one("1月1日零时起").value["time"] == "00:00"


@pytest.mark.parametrize("text", ["每年10月的第二个星期四是世界视觉日", "每月15日发放", "共同创造更加美好的明天",
                                  "每逢3月5日", "今日头条", "先天和后天", "明日之星", "昨日黄花"])
def test_recurring_days_and_figures_of_speech_are_not_dates(text):
    assert [f.text for f in dates(text)] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789２〇一二三四五六七八九十年月日号今去明昨本上下周星期初中旬底末至到—-～以来（）(),，。上午下午晚第个多余近约超过为期历时天小时万亿元%kW·", max_size=40))
def test_finders_never_crash_and_keep_offsets(text):
    from analysis.extract.durations import find_durations
    from analysis.extract.numbers import find_numbers
    for f in (find_dates(text, 0, len(text), REF) + find_durations(text, 0, len(text))
              + find_numbers(text, 0, len(text))):
        assert text[f.start:f.end] == f.text and f.end > f.start


_PIECES = ["2023年", "二〇二三年", "13月", "2月", "十二月", "30日", "29日", "31号", "至", "—", "以来", "至今",
           "下旬", "初", "底", "上午", "晚", "（星期二）", "（周日）", "今年", "去年", "上月", "本周", "三",
           "末", "年初", "一季度", "上半年", "1—", "6、", "，", "。", "为期", "4个多月", "超过", "5万kW",
           "3%～", "5%", "第", "近", "10时30分", "0月", "0日", "99月"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_date_pieces_never_crash_and_values_are_consistent(pieces, ref):
    text = "".join(pieces)
    for f in find_dates(text, 0, len(text), ref):
        assert text[f.start:f.end] == f.text
        v = f.value
        if v.get("valid") is False:
            assert v["start"] is None and v["problem"]
        elif v["start"] is not None:
            assert v["start"] <= v["end"] or v.get("valid") is False


def test_a_day_before_de_is_still_a_day():
    assert one("今天的会议由市长主持").value["start"] == "2023-01-04"


def test_part_of_day_after_the_weekday():
    f = one("4月4日（星期六）上午10时，全国举行哀悼活动", dt.date(2020, 4, 8))
    assert (f.text, f.value["weekday"], f.value["part"], f.value["time"]) == (
        "4月4日（星期六）上午10时", 6, "forenoon", "10:00")
    assert one("1—2月份，全国固定资产投资", dt.date(2023, 3, 16)).text == "1—2月份"


def test_a_later_month_day_in_a_forward_sentence_moves_to_the_next_year():
    facts = dates("自2022年9月起，为期4个多月的行动于1月4日结束。", dt.date(2023, 1, 10))
    assert [f.value["start"] for f in facts] == ["2022-09-01", "2023-01-04"]
    facts = dates("2022年11月20日开工，12月5日完工。", dt.date(2023, 6, 1))
    assert [f.value["start"] for f in facts] == ["2022-11-20", "2022-12-05"]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_dev_set_explicit_dates_found_and_resolved(split):
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "bench" / "eval_dates.py"
    spec = importlib.util.spec_from_file_location("eval_dates", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.load(split)
    assert len(rows) > 50
    n = bench.evaluate(rows, show_errors=False)
    assert n["explicit_ok"] / n["explicit"] >= 0.95
    assert n["resolved"] / n["gold"] >= 0.95


def test_reference_year_after_the_latest_dated_event():
    text = "2019年12月底，武汉市卫健委通报病例。4月8日零时起，武汉解除离汉通道管控。4月8日，记者在汉口站看到"
    assert infer_reference_date(text) == dt.date(2020, 4, 8)
    # a full date of the day itself wins over a bare month-day the day before
    text = "10月7日，返程高峰。2024年10月8日（星期二），沪深股市开盘。10月7日晚，车站客流回落"
    assert infer_reference_date(text) == dt.date(2024, 10, 8)
    # an event label is not a year of the story
    assert infer_reference_date("2019年9月25日机场投运。2022年冬奥会将开幕。12月19日，客流创新高") == \
        dt.date(2019, 12, 19)
