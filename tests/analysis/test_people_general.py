"""Person names: general mechanisms added after measuring on real published copy.

Each case is a sentence written for the test (not copied from an evaluation set) that exercises
one mechanism: credits glued to a byline name, two glued byline names, transliterations before a
head-of-state title or joined by a hyphen, Japanese surnames, masked names in judgments, names
joined by 和, lists of three or more, 同志, an author before 《…》, and the false finds each
mechanism must not make.
"""
from __future__ import annotations

import pytest
from _extract_helpers import kind


def people(text: str) -> list[str]:
    return kind(text, "person")


def test_a_credit_word_glued_to_a_byline_name_is_not_part_of_it():
    assert people("会场外景。（新华社记者张晓明拍摄）") == ["张晓明"]
    assert people("（记者 王丽摄影）") == ["王丽"]


def test_two_byline_names_glued_together_are_two_people():
    assert people("新华社开罗5月2日电（记者黄伟刘思远）当地时间2日") == ["黄伟", "刘思远"]


def test_a_compound_surname_on_a_byline_is_one_name():
    assert people("（记者欧阳晓明）") == ["欧阳晓明"]


def test_a_transliteration_right_before_a_head_of_state_title():
    assert people("会谈后，他与科索巴总统共同会见记者。") == ["科索巴"]


def test_a_country_before_a_title_is_not_a_name():
    assert "卢旺达" not in people("卢旺达总统卡加梅出席。")
    assert "贝宁" not in people("贝宁总统塔隆致辞。")


def test_a_transliteration_stops_before_a_word_running_out_of_it():
    assert people("此前美国总统特朗普通话时表示同意。") == ["特朗普"]


def test_hyphen_joins_two_transliterations_not_other_words():
    assert people("比赛中，凯文-杜兰特拿下30分。") == ["凯文-杜兰特"]
    assert people("中-哈边境口岸通关顺畅。") == []


def test_japanese_full_names_after_a_title():
    assert people("日本外相石破真一表示，") == ["石破真一"]


def test_names_masked_in_a_judgment():
    assert people("原审被告人钟××、邝××犯故意伤害罪。") == ["钟××", "邝××"]


def test_a_fair_candidate_joined_to_a_name_by_he():
    assert people("他点评了球员赵宏伟和李稀明的表现。") == ["赵宏伟", "李稀明"]


def test_a_list_of_three_names_without_any_title():
    assert people("参加会议的有姬文涛、濮雨生、昌明远等。") == ["姬文涛", "濮雨生", "昌明远"]


def test_tongzhi_makes_an_ordinary_word_a_name():
    assert people("会上，向东同志作了发言。") == ["向东"]
    assert people("广大同志要努力。党员同志们辛苦了。") == []


def test_an_author_before_the_title_of_a_work():
    assert "邹德林" in people("邹德林《山河远阔》获得长篇小说奖。")


def test_a_name_inside_the_title_of_a_work_is_no_person():
    assert people("剧目有《穆桂英挂帅》等。") == []


def test_a_place_before_the_word_for_what_it_is_is_no_name():
    assert people("家住潘家园社区的老人说。") == []


def test_a_function_word_before_a_name_is_not_its_surname():
    assert people("会上，但赵平在发言中表示") != ["但赵平"]


def test_an_occupation_noun_before_a_name():
    assert people("著名小提琴演奏家葛云飞因病逝世。") == ["葛云飞"]


def test_wen_credit_only_at_a_line_start():
    assert people("文/张三\n正文开始。") == ["张三"]
    assert "公布李" not in people("10月9日，哈文公布李咏去世的消息。")


@pytest.mark.parametrize("text", ["韩国外交部长官朴振同中国共产党中央对外联络部部长刘建超会谈。"])
def test_an_org_never_runs_over_a_title_and_a_name(text):
    orgs = kind(text, "org")
    assert all("长官" not in o for o in orgs)


def test_a_repeated_unknown_surname_reading_is_a_name():
    text = "说起邵立彩，邻居都竖起大拇指。邵立彩每天早起。大家都喜欢邵立彩。"
    assert people(text) == ["邵立彩"] * 3


def test_a_repeated_string_after_a_common_word_surname_is_not_a_name():
    text = "蝉联“多金王”。他又成了多金王。谁是多金王？"
    assert people(text) == []


def test_a_name_right_after_its_institution():
    assert "庄立林" in people("上海理工大学庄立林教授团队完成了这项研究。")


def test_a_transliteration_after_an_editor_keeps_its_first_character():
    assert people("《自然》编辑理查德·莫纳斯特斯基说：“很好。”") == ["理查德·莫纳斯特斯基"]


def test_a_free_standing_transliteration_between_clause_edges():
    assert people("主教练调整了首发阵容，让伊戈达拉替补。") == ["伊戈达拉"]
    assert people("马斯克说，特斯拉愿继续深化合作。") == ["马斯克"]
    assert people("他在斯坦福大学读书，喜欢阿司匹林。") == []


def test_a_dot_name_extends_over_pieces_jieba_reads_as_foreign():
    assert people("迎战俄罗斯选手柳德米拉·萨姆索诺娃。") == ["柳德米拉·萨姆索诺娃"]
    assert people("湖人队勒布朗·詹姆斯得到27分。") == ["勒布朗·詹姆斯"]
    assert people("埃及前锋穆罕默德·萨拉赫打进一球。") == ["穆罕默德·萨拉赫"]


def test_tibetan_and_mongolian_names_made_of_known_elements():
    assert people("18岁的藏族姑娘白玛央金每天都来。") == ["白玛央金"]
    assert people("嘎查的医生斯琴高娃和护士乌日娜。") == ["斯琴高娃", "乌日娜"]
    assert people("草原上乌云密布，金花开了。") == []


def test_every_unit_of_a_credit_line_is_a_name():
    assert people("全媒体记者：王勃 陶然 编辑：付波 熊哲") == ["王勃", "陶然", "付波", "熊哲"]
    assert people("（本报记者 吴畏 编译）") == ["吴畏"]
    assert people("作者：本报记者 王东") == ["王东"]


def test_a_writer_in_brackets_at_a_paragraph_end():
    assert people("展出作品共120件。（刘艳）\n编辑：丁一") == ["刘艳", "丁一"]


def test_a_longer_transliteration_after_a_role_beats_a_han_reading_of_its_start():
    assert people("美国总统特朗普和夫人梅拉尼娅在门口迎接。") == ["特朗普", "梅拉尼娅"]
    assert people("市委副书记、市长朱健多次强调。") == ["朱健"]


def test_a_conjunction_before_a_word_is_no_surname():
    assert people("画家贺成等领导和嘉宾参加了开幕式。") == ["贺成"]


def test_a_candidate_opening_with_a_frequent_word_is_no_name():
    assert people("我很高兴应邀前来。凌晨两点左右才休息。") == []


def test_a_foreign_name_glossed_in_latin_letters():
    text = "拜登会见第一夫人吉儿（Jill Biden）。据彭博社（Bloomberg News）报道，世卫组织（WHO）称"
    assert people(text) == ["拜登", "吉儿"]
    assert people("马克龙在马赛的法罗宫（Palais du Pharo）发表讲话。") == ["马克龙"] or "法罗宫" not in people(
        "马克龙在马赛的法罗宫（Palais du Pharo）发表讲话。")


def test_a_word_and_a_place_suffix_is_no_name():
    assert people("这是远近闻名的富裕村、文明村。") == []


def test_relatives_after_a_pseudonym_are_not_part_of_it():
    assert people("（李某母亲哭着说）吴某看起来老实。") == ["李某", "吴某"]


def test_well_known_public_figures_are_found_alone():
    assert people("他与普京通话后表示，将会见泽连斯基。") == ["普京", "泽连斯基"]


def test_numbered_line_up_items_are_players():
    text = "首发阵容：1-侯森、3-于洋、5-梅米舍维奇、19-刘欢\n第75分钟，比分改写。"
    assert people(text) == ["侯森", "于洋", "梅米舍维奇", "刘欢"]


def test_a_pen_name_between_a_role_and_a_strong_word():
    assert people("台湾著名作家琼瑶女士在家中去世。") == ["琼瑶"]
    assert people("香港知名作家西西逝世，终年85岁。") == ["西西"]


def test_a_preposition_before_a_name_found_elsewhere_is_no_surname():
    text = "著名作家琼瑶女士去世。作协向琼瑶女士亲属致唁电。"
    assert people(text) == ["琼瑶", "琼瑶"]


def test_he_before_a_title_joins_two_office_holders():
    assert people("在省委书记易炼红和省长王浩陪同下考察。") == ["易炼红", "王浩"]


def test_chinese_state_leaders_without_context():
    assert people("两幅画像，一幅是邓小平，一幅是习近平。") == ["邓小平", "习近平"]


def test_a_whole_list_item_beats_a_shorter_reading_of_its_start():
    assert people("政协副主席姚建华、张文平等出席。") == ["姚建华", "张文平"]


def test_a_han_reading_never_cuts_a_transliteration_jieba_knows():
    assert "穆里尼" not in people("全世界的记者都喜欢穆里尼奥，因为他敢说。")


def test_korean_names_in_a_story_about_korea():
    text = "韩国国会议长金振杓当天表示，共同民主党党首秘书室长朴俊镐表示欢迎。"
    assert {"金振杓", "朴俊镐"} <= set(people(text))


def test_a_country_opening_a_candidate_is_no_name_unless_a_title_stands_before():
    assert "韩国候" not in people("习近平会见韩国候任总统特使。")
    assert people("街道党工委书记王国华说，社区已建成。") == ["王国华"]


def test_a_japanese_surname_alone_as_the_subject_of_a_speech_verb():
    assert people("关于两国关系，岩屋称希望尽快实现互访。") == ["岩屋"]


def test_a_person_after_an_institution_and_de_or_a_hospital_department():
    assert people("北京军区的陈立新、总装备部的熊中民出席。") == ["陈立新", "熊中民"]
    assert "武蕾" in people("呼吸科武蕾教授为村民义诊。")
