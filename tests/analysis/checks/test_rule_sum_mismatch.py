"""sum.mismatch: 共/合计 N，其中 a、b — parts against the total."""
from __future__ import annotations

from check_helpers import flags_of, spanned

RULE = "sum.mismatch"


def test_exhaustive_split_that_does_not_add_up():
    text = "该班共有学生10人，其中男生6人、女生5人。"
    [flag] = flags_of(text, RULE)
    assert flag.severity == "error" and "10人" in flag.message
    assert {"共有学生10人", "6人", "5人"} <= set(spanned(text, flag))


def test_exhaustive_split_that_adds_up():
    assert flags_of("今年我市共有高考考生6.2万人，其中男生3.1万人、女生3.1万人。", RULE) == []


def test_parts_that_exceed_the_total_across_units_of_ten_thousand():
    text = "全市共投入抗旱资金1.6亿元，其中中央和省级资金9800万元、市县配套资金7200万元。"
    [flag] = flags_of(text, RULE)
    assert "1.7亿" in flag.message


def test_partial_parts_below_the_total_are_fine():
    # 其中 names only some of the whole: 1.1亿 of 1.2亿 is not an error
    assert flags_of("项目共投资1.2亿元，其中道路工程5000万元、管网工程6000万元。", RULE) == []


def test_comma_separated_parts_may_overlap():
    text = "全市共完成投资100亿元，其中基础设施投资60亿元，民间投资50亿元。"
    assert flags_of(text, RULE) == []


def test_a_single_part_larger_than_the_whole_is_implausible():
    text = "全市共投入资金680万元，其中省级资金800万元。"
    assert flags_of(text, RULE) == []
    [flag] = flags_of(text, "number.implausible")
    assert "800万元" in flag.message


def test_whole_without_gong_before_qizhong():
    text = "近日，水利部公布全国134座电站为绿色小水电示范电站，其中湖南140座。"
    [flag] = flags_of(text, "number.implausible")
    assert "140座" in spanned(text, flag)
    assert flags_of(text.replace("140座", "14座"), "number.implausible") == []


def test_percent_shares():
    assert len(flags_of("参赛选手中，其中男性占55%、女性占55%。", RULE)) == 1
    assert flags_of("参赛选手中，其中男性占55%、女性占45%。", RULE) == []
    assert len(flags_of("全市投资中，其中工业投资占62%、基础设施投资占48%。", RULE)) == 1
    # growth rates and rates are not shares of one whole
    assert flags_of("全市投资增长9.6%，其中工业投资增长85%、民间投资增长60%。", RULE) == []
    assert flags_of("其中城镇就业率95%、农村就业率90%。", RULE) == []


def test_rounded_figures_are_allowed_their_rounding():
    assert flags_of("全市共有考生2.3万人，其中男生1.16万人、女生1.15万人。", RULE) == []
    assert len(flags_of("全市共有考生2.3万人，其中男生1.26万人、女生1.15万人。", RULE)) == 1
