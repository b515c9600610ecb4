"""duration.mismatch: a stated duration against its start and end."""
from __future__ import annotations

import datetime as dt

from check_helpers import flags_of, spanned

RULE = "duration.mismatch"
CAMPAIGN = ("截至1月4日，为期4个多月的医疗美容行业突出问题集中专项治理行动完成了阶段性任务。\n"
            "根据全省统一部署，自2022年9月起，衡阳市市场监管局等9部门联合开展专项治理行动。")
ROAD = "衡枣高速公路于2003年12月建成通车，至今运营已超过19年。"


def test_reference_durations_fit():
    assert flags_of(CAMPAIGN, RULE) == []
    assert flags_of(ROAD, RULE) == []


def test_campaign_too_long_for_its_start_and_end():
    text = CAMPAIGN.replace("4个多月", "6个多月")
    [flag] = flags_of(text, RULE)
    assert flag.severity == "error"
    assert {"6个多月", "2022年9月", "1月4日"} <= set(spanned(text, flag))
    assert "为期6个多月" in flag.message and flag.message_en


def test_operating_years_against_today():
    [flag] = flags_of(ROAD.replace("超过19年", "超过25年"), RULE)
    assert "2003年12月" in flag.message
    # the same copy printed in 2030 is still true (超过 is open-ended)
    assert flags_of(ROAD, RULE, ref=dt.date(2030, 1, 1)) == []


def test_explicit_range_beside_the_figure():
    ok = "本届运动会于6月14日至7月20日举行，历时37天。"
    assert flags_of(ok, RULE, ref=dt.date(2024, 6, 14)) == []
    assert len(flags_of(ok.replace("37天", "27天"), RULE, ref=dt.date(2024, 6, 14))) == 1


def test_tolerance_for_near_about_and_more():
    ok = ("该工程自2021年3月开工，截至2023年1月4日，历时近两年。"
          "改造工程从2022年11月初开始，截至1月4日，历时约2个月。")
    assert flags_of(ok, RULE) == []


def test_duration_without_anchors_is_not_judged():
    assert flags_of("为期3个月的专项行动今天启动。在小区住了30多年的李大爷说。", RULE) == []


def test_a_guessed_publication_date_widens_zhijin():
    from check_helpers import Page

    text = "衡枣高速公路于2003年12月建成通车，至今运营已19年。"
    page = Page(text, ref=dt.date(2023, 6, 1))
    assert page.flags(RULE) == []
    guessed = page.analysis()
    guessed.reference_date, guessed.reference_date_inferred = dt.date(2024, 6, 1), True
    from analysis.checks import run_checks

    assert [f for f in run_checks(guessed) if f.rule == RULE] == []
    guessed.reference_date_inferred = False
    assert len([f for f in run_checks(guessed) if f.rule == RULE]) == 1


def test_anchors_of_other_events_are_not_used():
    text = ("为期3个月的整治行动于近日启动。\n"
            "自2019年以来，全市累计整治隐患1.2万处。截至去年底，已完成整改98%。")
    assert flags_of(text, RULE) == []


METRO = ("衡阳地铁1号线一期工程于2021年3月开工建设，2025年10月建成通车，历时4年多。"
         "全线长18.6公里，设车站15座。\n"
         "据了解，按照规划，到2027年，衡阳将建成地铁1号线二期和2号线一期工程，形成“十字”骨架。")


def test_a_future_target_in_a_later_paragraph_is_not_the_end():
    assert flags_of(METRO, RULE, ref=dt.date(2025, 11, 2)) == []
    # the same story with its real end wrong is still caught
    wrong = METRO.replace("历时4年多", "历时6年多")
    assert len(flags_of(wrong, RULE, ref=dt.date(2025, 11, 2))) == 1


def test_targets_are_never_ends():
    for target in ("力争到2028年底", "计划到2028年", "预计到2028年", "将于2028年"):
        text = f"该项目自2024年5月开工，为期1年，{target}全面建成。"
        assert flags_of(text, RULE, ref=dt.date(2025, 6, 1)) == [], target


def test_anchors_two_sentences_away_are_not_bound():
    text = ("该馆于2010年建成开馆。此后馆藏不断丰富。去年共接待游客30万人次。"
            "截至2020年，全馆藏品达1.2万件。工作人员坚守8年，守护着这些文物。")
    assert flags_of(text, RULE, ref=dt.date(2025, 6, 1)) == []


def test_no_flag_when_one_reading_of_several_ends_fits():
    text = "工程自2019年3月开工，截至2021年底完成主体，至2023年6月全面竣工，历时4年多。"
    assert flags_of(text, RULE, ref=dt.date(2024, 1, 1)) == []


def test_a_later_renovation_is_not_the_end_of_years_of_service():
    text = "该厂于1990年建成投产，2000年完成技术改造，运营已超过30年。"
    assert flags_of(text, RULE, ref=dt.date(2024, 1, 1)) == []
    text = "该厂1990年建成投产，2000年完成技术改造，运营30年来累计发电100亿千瓦时。"
    assert flags_of(text, RULE, ref=dt.date(2024, 1, 1)) == []


def test_a_planned_duration_is_not_measured_against_today():
    text = "目前，二期工程已于今年5月开工，计划工期3年，预计2028年建成通车。"
    assert flags_of(text, RULE, ref=dt.date(2025, 11, 2)) == []
