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


def test_a_part_must_count_the_same_thing_as_its_whole():
    # firms (家) end the 其中 scope; 共提供岗位 is a total of its own; 岗位 are not 展位
    for text in ("招聘会共设展位180个，其中先进制造企业72家、电子信息企业41家、商贸物流企业67家，共提供岗位8600个。",
                 "招聘会共设展位180个，其中先进制造企业展位72个、电子信息企业展位41个，提供就业岗位8600个。",
                 "全区共有停车场36个，其中公共停车场20个，共有停车位1.8万个。"):
        assert flags_of(text, RULE) == [], text
    # a part of the same thing larger than the whole is still an error, in the 、-run or after a comma
    for text in ("招聘会共设展位180个，其中先进制造企业展位72个、电子信息企业展位210个。",
                 "招聘会共设展位180个，其中先进制造企业展位72个，电子信息企业展位210个。",
                 "全市共有养老机构56家，其中公办养老机构60家。"):
        [flag] = flags_of(text, RULE)
        assert flag.severity == "error", text
