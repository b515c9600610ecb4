"""Organisations and places."""
from __future__ import annotations

from _extract_helpers import kind, run

from analysis.lexicon import Lexicon


def test_org_grows_left_to_its_full_name_and_stops_at_the_verb():
    assert kind("1月4日，记者从湖南高速集团衡阳分公司获悉，工程完工。", "org") == ["湖南高速集团衡阳分公司"]


def test_hospitals_and_branches():
    orgs = kind("他先后到市中心医院华新分院、南华大学附属第二医院、华新医院看望医护人员。", "org")
    assert orgs == ["市中心医院华新分院", "南华大学附属第二医院", "华新医院"]


def test_ministry_and_party_bodies():
    assert kind("近日，水利部公布名单。", "org") == ["水利部"]
    assert kind("贯彻党中央、省委决策部署。", "org") == ["党中央", "省委"]


def test_enumerated_departments_after_a_place_prefix():
    text = "衡阳市市场监管局、公安局、商务局、卫健委、衡阳海关、税务局、网信办、法院、检察院联合开展行动。"
    facts, _ = run(text)
    orgs = [f for f in facts if f.kind == "org"]
    assert [f.text for f in orgs] == ["衡阳市市场监管局", "公安局", "商务局", "卫健委", "衡阳海关",
                                      "税务局", "网信办", "法院", "检察院"]
    full = {f.text: f.value.get("full") for f in orgs}
    assert full["公安局"] == "衡阳市公安局"
    assert full["衡阳海关"] is None  # already carries its place


def test_words_ending_like_an_org_are_not_orgs():
    assert kind("全部干部要从大局出发，到处都是好处。", "org") == []


def test_places():
    text = "遥田水电站位于耒水流域下游的耒阳市遥田镇，与广西接壤。2022年湖南省出台办法。"
    places = kind(text, "place")
    for p in ("耒水", "耒阳市", "遥田镇", "广西", "湖南省"):
        assert p in places
    assert "全市" not in kind("全市已有三座电站，我市名列前茅。", "place")


def test_place_inside_an_org_is_kept():
    facts, _ = run("衡阳市市场监管局开展检查。")
    kinds = {(f.kind, f.text) for f in facts}
    assert ("org", "衡阳市市场监管局") in kinds and ("place", "衡阳市") in kinds


def test_verified_org_is_found():
    text = "星光志愿团队今天开展活动。"
    assert "星光志愿团队" in kind(text, "org", Lexicon(orgs=["星光志愿团队"]))


def test_bodies_of_state_take_only_a_place_before_them():
    assert kind("为全市经济社会发展贡献政协智慧。", "org") == ["政协"]
    assert kind("石鼓区人民法院审理了此案。", "org") == ["石鼓区人民法院"]


def test_glued_suffix_title_and_lookalike_words():
    assert kind("市生态环境局局长刘文胜告诉记者，", "org") == ["市生态环境局"]
    assert kind("研究部署下半年工作，应对百年未有之大变局。", "org") == []
    assert "大型超市" not in kind("在一家大型超市里，", "place")


def test_bare_city_and_river_names_from_the_gazetteers_are_places():
    from _extract_helpers import kind

    places = kind("记者从长沙出发，沿湘江一路到了株洲。", "place")
    assert {"长沙", "湘江", "株洲"} <= set(places)


def test_the_gazetteer_reads_on_word_boundaries():
    from _extract_helpers import kind

    assert "中国" not in kind("广大发展中国家的意见很重要。", "place")


def test_a_gazetteer_place_never_takes_a_person_away():
    from _extract_helpers import kind

    text = "部队政委钟山说，女飞行员表现出色。市领导沙学军、卫东出席。"
    assert {"钟山", "卫东"} <= set(kind(text, "person"))


def test_the_news_organisation_of_a_dateline_is_an_org():
    import analysis

    a = analysis.analyze("兰州晚报讯 昨日，兰州马拉松开跑。\n\n本报讯 昨日，市里开会。")
    orgs = [f.text for f in a.facts if f.kind == "org"]
    assert "兰州晚报" in orgs and "本报" not in orgs
