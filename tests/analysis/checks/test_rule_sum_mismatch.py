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


def test_shares_of_people_in_overlapping_offences_are_no_partition():
    text = ("经审计，涉案金额共计31.6万元，其中被告人李某非法获利12.5万元、被告人王某非法获利11.8万元、"
            "被告人赵某非法获利9.6万元。")
    assert flags_of(text, RULE) == []
    for total, parts in (("共有12人参与", "其中张某参与8人、李某参与7人"),
                         ("累计发放贷款3000万元", "其中甲银行2000万元、乙银行1500万元"),
                         ("共计追回赃款80万元", "其中犯罪嫌疑人甲退缴50万元、犯罪嫌疑人乙退缴40万元")):
        assert flags_of(f"{total}，{parts}。", RULE) == [], total


def test_a_partition_of_one_kind_that_exceeds_is_still_caught():
    text = "全市共有普通高校12所，其中本科院校7所、专科院校6所。"
    assert len(flags_of(text, RULE)) == 1
    text = "三人共退赔被害人损失31.6万元，其中李某退赔12万元、王某退赔10.6万元、赵某退赔9万元。"
    assert flags_of(text, RULE) == []  # adds up


def test_yi_shi_er_shi_amounts_of_one_category():
    text = "全年共新建保障性住房1.2万套，一是公租房7000套，二是保障性租赁住房5000套。"
    assert flags_of(text, RULE) == []


def test_cross_cutting_categories_may_overlap():
    for text in ("全市共有工业企业120家，其中规上工业企业80家、高新技术企业50家。",
                 "村里共有劳动力300人，其中党员120人、女性200人。",
                 "全年城镇新增就业6.8万人，其中高校毕业生就业4.1万人、农村劳动力转移就业3.3万人。"):
        assert flags_of(text, RULE) == [], text
    # one dimension of one kind still partitions
    assert len(flags_of("共有龙头企业20家，其中国家级龙头企业8家、省级龙头企业15家。", RULE)) == 1


def test_each_defendants_share_after_a_count_of_offences():
    text = ("两人共作案23起，骗取钱款共计31.6万元，其中周某参与23起、涉案31.6万元，"
            "吴某参与14起、涉案18.2万元。")
    assert flags_of(text, RULE) == []
    assert flags_of(text, "number.implausible") == []


def test_a_three_way_split_is_not_two_halves():
    for text in ("全市共有重点项目60个，其中已建成20个、在建30个、未开工10个。",
                 "全市共有重点项目60个，其中已建成20个，在建30个，未开工10个。",
                 "共有学生100人，其中城镇学生40人、县城学生20人、农村学生40人。"):
        assert flags_of(text, RULE) == [], text
    assert len(flags_of("共有学生100人，其中城镇学生40人、农村学生50人。", RULE)) == 1
    # the halves alone passing the total is still an error
    assert len(flags_of("共有学生100人，其中城镇学生60人、县城学生20人、农村学生50人。", RULE)) == 1


def test_a_three_way_percent_split():
    assert flags_of("参赛选手中，其中城镇选手占40%、县城选手占20%、农村选手占40%。", RULE) == []
    assert len(flags_of("参赛选手中，其中城镇选手占40%、农村选手占40%。", RULE)) == 1


def test_the_qizhong_scope_ends_at_a_figure_of_another_kind():
    # an exhaustive split in comma clauses still counts the same people
    assert len(flags_of("本届运动会共有参赛选手300人，其中，男性180人，女性150人。", RULE)) == 1
    # a figure of another unit ends the parts: the later 个 are positions, not booths
    text = "招聘会共设展位180个，其中先进制造企业72家、电子信息企业41家，另有展位60个、岗位8600个。"
    assert flags_of(text, RULE) == [] and flags_of(text, "number.implausible") == []
