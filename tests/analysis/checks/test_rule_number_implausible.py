"""number.implausible: output above capacity × 8760 h; shares above 100%."""
from __future__ import annotations

from check_helpers import flags_of, spanned

RULE = "number.implausible"
STATION = "电站总装机容量5万kW，年发电量2.0283亿kW·h，船闸年货运量100万吨，可灌溉农田2万亩。"


def test_reference_station_fits():
    assert flags_of(STATION, RULE) == []


def test_output_above_capacity_running_all_year():
    text = STATION.replace("2.0283亿", "5.0283亿")
    [flag] = flags_of(text, RULE)
    assert flag.severity == "error" and "4.38亿" in flag.message
    assert spanned(text, flag) == ["5万kW", "5.0283亿kW·h"]


def test_chinese_units_and_megawatts():
    assert flags_of("项目装机容量10万千瓦，预计年发电量1.2亿千瓦时。", RULE) == []
    assert len(flags_of("项目装机容量100兆瓦，预计年发电量12亿千瓦时。", RULE)) == 1


def test_share_over_100_percent():
    text = "全市森林覆盖率达到146.8%，城市建成区绿化覆盖率达到42.3%。"
    [flag] = flags_of(text, RULE)
    assert spanned(text, flag) == ["146.8%"]
    assert len(flags_of("专任教师中具有本科及以上学历的占178.6%。", RULE)) == 1


def test_growth_and_target_completion_may_exceed_100_percent():
    text = ("出口额同比增长120%；城镇新增就业完成年度目标任务的105.5%；"
            "占全年计划的112%；研发投入增长150%。")
    assert flags_of(text, RULE) == []


def test_every_year_wording():
    assert len(flags_of("电站装机容量1万千瓦，每年可发电1.2亿千瓦时。", RULE)) == 1
    assert flags_of("电站装机容量10万千瓦，每年可发电1.2亿千瓦时。", RULE) == []


def test_a_growth_after_zhan_is_no_share():
    assert flags_of("该园区占地面积增长150%，入驻企业翻番。", "number.implausible") == []
    assert len(flags_of("该园区占地面积的比重为150%。", "number.implausible")) == 1
