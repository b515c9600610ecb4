"""count.list-mismatch: a count before or after a list."""
from __future__ import annotations

from check_helpers import flags_of, spanned

RULE = "count.list-mismatch"
NINE = ("自2022年9月起，衡阳市市场监管局、公安局、商务局、卫健委、衡阳海关、税务局、网信办、法院、检察院"
        "等9部门在全市范围内联合开展医疗美容行业突出问题专项治理行动。")


def test_nine_departments_listed_with_deng_nine_is_fine():
    assert flags_of(NINE, RULE) == []


def test_more_items_than_the_count_is_an_error():
    text = NINE.replace("等9部门", "等8部门")
    [flag] = flags_of(text, RULE)
    assert flag.severity == "error" and "9" in flag.message and "等8部门" in flag.message
    assert "等8部门" in spanned(text, flag)


def test_fewer_items_before_deng_is_not_flagged():
    text = "市公安局、市场监管局、税务局等12个部门联合开展执法检查。"
    assert flags_of(text, RULE) == []


def test_fewer_items_without_deng_is_a_warning():
    text = "南岳区公安、交通、市场监管3个部门联合开展执法检查；县、乡两级干部参加。"
    assert flags_of(text, RULE) == []
    [flag] = flags_of(text.replace("3个部门", "4个部门"), RULE)
    assert flag.severity == "warning"


def test_he_inside_a_name_is_not_a_second_item():
    text = "有色金属冶炼和压延加工业、化学原料和化学制品制造业、电气机械和器材制造业三大行业合计拉动增长3.9个百分点。"
    assert flags_of(text, RULE) == []


def test_counts_of_people_are_not_categories():
    text = "干部、群众、志愿者300余人参加活动；刚刚大学毕业、在高新区一家企业工作的小张说。"
    assert flags_of(text, RULE) == []


def test_enumeration_after_a_count():
    ok = "要抓好三项重点工作：一是加强监测预警；二是强化隐患排查；三是做好应急准备。"
    assert flags_of(ok, RULE) == []
    [more] = flags_of(ok.replace("三项", "两项"), RULE)
    assert more.severity == "error" and "三是" in spanned(ok.replace("三项", "两项"), more)
    [fewer] = flags_of(ok.replace("三项", "四项"), RULE)
    assert fewer.severity == "warning"


def test_first_second_third():
    text = "要重点把握好以下三点：第一，坚持稳中求进；第二，坚持创新驱动；第三，坚持人民至上。"
    assert flags_of(text, RULE) == []
    assert len(flags_of(text.replace("以下三点", "以下两点"), RULE)) == 1


def test_count_then_a_list_after_a_colon():
    text = "此次检查涉及3个县区：衡南县、衡阳县、祁东县、常宁市。"
    [flag] = flags_of(text, RULE)
    assert flag.severity == "error"
    assert flags_of("此次检查涉及4个县区：衡南县、衡阳县、祁东县、常宁市。", RULE) == []


def test_county_list_in_brackets_is_one_item():
    text = "来自全市12个县（市、区）和市直单位的4600余名运动员参赛。"
    assert flags_of(text, RULE) == []


def test_headline_count_against_the_list_in_the_body():
    from check_helpers import Page

    text = "我市8部门联合行动——\n向医疗美容行业突出问题“开刀”\n" + NINE
    page = Page(text)
    page.articles = [__import__("analysis.model", fromlist=["Article"]).Article(
        index=0, start=0, end=len(text), body_start=text.index("自2022年"))]
    [flag] = page.flags(RULE)
    assert flag.severity == "error" and "8部门" in spanned(text, flag)
    page.text = text.replace("我市8部门", "我市9部门")
    assert page.flags(RULE) == []


def test_including_and_respectively():
    ok = "包括市一中、市八中、衡阳县一中在内的5所学校参加比赛。获奖的3家企业分别是甲公司、乙公司、丙公司。"
    assert flags_of(ok, RULE) == []
    bad = ok.replace("在内的5所", "在内的2所")
    [flag] = flags_of(bad, RULE)
    assert flag.severity == "error" and "2所" in spanned(bad, flag)
    bad = ok.replace("获奖的3家", "获奖的2家")
    assert len(flags_of(bad, RULE)) == 1


def test_count_of_aspects_before_yi_shi():
    ok = "重点抓好三方面工作，一是稳增长；二是促改革；三是惠民生。"
    assert flags_of(ok, RULE) == []
    assert len(flags_of(ok.replace("三是惠民生。", "三是惠民生；四是防风险。"), RULE)) == 1


def test_slogans_in_quotes_are_not_counts():
    text = "会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
    assert flags_of(text, RULE) == []


def test_a_list_inside_a_list_is_not_miscounted():
    text = "今年我市推出三项措施：一是稳就业，重点抓好两个方面：一是扩大岗位，二是加强培训；二是保民生；三是促消费。"
    assert flags_of(text, RULE) == []


def test_a_dun_list_inside_one_measure_is_one_item():
    for text in ("市政府出台两项措施：对餐饮、住宿、娱乐、文旅行业减免租金，对小微企业给予贷款贴息。",
                 "市政府出台两项措施：餐饮、住宿、娱乐等行业减免租金，小微企业贴息。"):
        assert flags_of(text, RULE) == [], text
    assert len(flags_of("此次检查涉及3个县区：衡南县、衡阳县、祁东县、常宁市。", RULE)) == 1


def test_a_figure_of_the_last_item_is_not_a_count_of_the_list():
    # 民办学校7所 is an item of the 其中 breakdown, and the list in the next sentence is its own
    ok = "全县现有中小学45所，其中公办学校38所、民办学校7所。开学前，各校将完成校舍、食堂、消防设施等安全检查。"
    assert flags_of(ok, RULE) == []
    assert flags_of("全市共有星级酒店16家，其中五星级3家、四星级5家、三星级8家。", RULE) == []
    # a list closed by its count in the next sentence is still read
    bad = "全县现有中小学45所，其中公办学校38所、民办学校7所。开学前，教育、住建、消防、市场监管等3部门将联合检查。"
    [flag] = flags_of(bad, RULE)
    assert spanned(bad, flag) == ["教育、住建、消防、市场监管", "等3部门"]


def test_a_count_and_its_enumeration_stay_in_one_sentence():
    ok = "今年我市确定两个试点区：雁峰区和石鼓区。全年工作分三步推进，一是摸底调查，二是编制方案，三是组织实施。"
    assert flags_of(ok, RULE) == []
    bad = "今年我市确定两个试点区：一是雁峰区，二是石鼓区，三是珠晖区。"
    [flag] = flags_of(bad, RULE)
    assert flag.severity == "error" and "三是" in spanned(bad, flag)
    bad = "今年我市确定两个试点区：雁峰区、石鼓区、珠晖区。"
    assert len(flags_of(bad, RULE)) == 1
