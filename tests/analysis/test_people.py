"""Person names: candidates, contexts, lists, propagation, lexicon, and what must not be a name."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from _extract_helpers import kind, run

from analysis.extract import segmenter
from analysis.lexicon import Lexicon


def test_three_character_name_is_not_cut_where_jieba_cuts_it():
    # jieba cuts 刘越高 into 刘越 + 高
    assert kind("刘越高主持召开会议。刘越高强调，要抓好落实。", "person") == ["刘越高", "刘越高"]


def test_two_character_name_before_a_verb():
    assert kind("市长朱健出席并讲话。", "person") == ["朱健"]


@pytest.mark.parametrize("surname_name", ["欧阳晓娟", "司马文", "诸葛亮明", "上官婉清"])
def test_compound_surnames(surname_name):
    assert kind(f"本报记者 {surname_name} 报道，", "person") == [surname_name]


def test_every_name_of_an_enumeration():
    text = "市领导赖馨正、于新凡、尹培国、朱春光、曾建华、颜和平出席。"
    assert kind(text, "person") == ["赖馨正", "于新凡", "尹培国", "朱春光", "曾建华", "颜和平"]


def test_name_before_and_after_a_title():
    assert kind("要学习贯彻习近平总书记重要讲话精神。", "person") == ["习近平"]
    assert kind("市委书记刘越高先后来到医院。", "person") == ["刘越高"]


def test_later_mentions_are_found_once_a_name_is_known():
    text = "记者陈礼洋报道。\n会上，陈礼洋同其他人交流。大家都认识陈礼洋。"
    assert kind(text, "person") == ["陈礼洋"] * 3


@pytest.mark.parametrize("name", ["阿卜杜拉·艾尼", "迪丽热巴·迪力木拉提", "哈利勒·哈希米"])
def test_transliterated_names_with_a_separator(name):
    assert kind(f"巴基斯坦驻华大使{name}说，两国关系很好。", "person") == [name]


def test_foreign_name_after_a_title():
    assert kind("美国总统拜登21日表示，", "person") == ["拜登"]


def test_words_jieba_calls_names_are_not_names():
    text = ("持续推进生态文明建设，打好蓝天、碧水、净土保卫战，坚持分类施策，"
            "大力弘扬伟大抗疫精神，高速公路通行安全将再上新台阶，向大家表示感谢。")
    assert kind(text, "person") == []


def test_anonymised_names_in_court_copy():
    assert kind("法院以危险驾驶罪判处被告人邹某拘役四个月。", "person") == ["邹某"]


def test_a_verified_name_is_always_found():
    text = "昨天，那木拉在会上发言，提到了村里的事。"
    assert "那木拉" not in kind(text, "person")
    assert kind(text, "person", Lexicon(names=["那木拉"])) == ["那木拉"]


def test_lexicon_ignores_one_character_entries():
    lex = Lexicon(names=["王", " 张三 "], titles=["书"], orgs=None)
    assert lex.names == frozenset({"张三"}) and not lex.titles and not lex.orgs


def test_person_values_and_offsets():
    text = "本报讯（记者 𠮷祥和）𠮷祥和说，今天天气很好。"
    facts, _ = run(text)
    for f in facts:
        assert text[f.start:f.end] == f.text
        if f.kind == "person":
            assert f.value == {"name": f.text}


def test_segmenter_uses_the_proofdesk_cache(tmp_path):
    code = ("import os, jieba; from analysis.extract import segmenter; segmenter.tokenizer(); "
            "print(jieba.dt.tmp_dir)")
    env = dict(os.environ, PROOFDESK_CACHE=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert out.stdout.strip() == str(tmp_path)
    assert "Building prefix dict" not in out.stderr
    assert any(p.name.startswith("jieba") for p in tmp_path.iterdir())


def test_segments_cover_the_region_in_document_offsets():
    text = "前言。刘越高主持召开会议"
    seg = segmenter.Segments(text, 3, len(text))
    assert seg.starts[0] == 3 and seg.ends[-1] == len(text)
    assert all(a < b for a, b in zip(seg.starts, seg.ends, strict=True))


def test_a_verified_name_wins_over_a_place_reading():
    text = "在华新医院，华新说他很满意。"
    assert kind(text, "person", Lexicon(names=["华新"])) == ["华新", "华新"]


@pytest.mark.parametrize("text, name", [
    ("阿根廷球星莱昂内尔·梅西说，他很享受比赛。", "莱昂内尔·梅西"),  # left part beyond the narrow list
    ("塞内加尔前锋萨迪奥·马内在比赛中进球。", "萨迪奥·马内"),  # 在 is not part of the name
    ("葡萄牙球星克里斯蒂亚诺·罗纳尔多梅开二度。", "克里斯蒂亚诺·罗纳尔多"),  # an idiom follows
    ("荷兰后卫维吉尔·范戴克头球破门。", "维吉尔·范戴克"),  # 后卫 before is not part of it
    ("牧民努尔兰·阿不都满金说，今年收成好。", "努尔兰·阿不都满金"),
])
def test_boundaries_of_a_dotted_name(text, name):
    assert kind(text, "person") == [name]


def test_the_last_part_of_a_dotted_name_is_found_alone_later():
    text = "阿根廷球星莱昂内尔·梅西说，他很享受比赛。赛后梅西被评为最佳球员。"
    assert kind(text, "person") == ["莱昂内尔·梅西", "梅西"]
    # without the full name first, the same characters stay unread
    assert kind("赛后梅西被评为最佳球员。", "person") == []


@pytest.mark.parametrize("text, name", [
    ("日本外务大臣上川阳子表示，", "上川阳子"),
    ("丰田汽车董事长丰田章男说，", "丰田章男"),
    ("日本首相岸田文雄3日会见了来访客人。", "岸田文雄"),
])
def test_japanese_surnames(text, name):
    assert kind(text, "person") == [name]


def test_japanese_surname_without_a_given_name_is_not_a_person():
    assert kind("丰田汽车公司发布了新车型。", "person") == []


def test_korean_name_after_a_title_ending_in_guan():
    assert kind("韩国外交部长官朴振当天表示，", "person") == ["朴振"]


@pytest.mark.parametrize("text, name", [
    ("本报记者 操秀英\n", "操秀英"),
    ("（记者 梁爽）本市今天", "梁爽"),
    ("本报通讯员 鲁鸣\n\n在城东社区", "鲁鸣"),
])
def test_the_unit_after_a_byline_role_is_a_name(text, name):
    assert kind(text, "person") == [name]


def test_a_word_after_a_byline_role_is_not_a_name():
    assert kind("记者了解到，这里的情况已经好转。", "person") == []
    assert kind("记者看到 现场一片忙碌。", "person") == []


@pytest.mark.parametrize("text, names", [
    ("被告人陈某甲、陈某乙因犯诈骗罪被判刑。", ["陈某甲", "陈某乙"]),
    ("被害人严某到庭参加诉讼。", ["严某"]),
    ("被害人于某某到庭参加诉讼。", ["于某某"]),
])
def test_pseudonyms_of_court_copy(text, names):
    assert kind(text, "person") == names


def test_mou_after_a_word_surname_needs_context():
    assert kind("他住在先锋路某小区。", "person") == []


@pytest.mark.parametrize("text, name", [
    ("国务院总理李强同外宾会谈。", "李强"),
    ("主教练杨鸣则表示，球队还需努力。", "杨鸣"),
    ("浙江选手王顺以1分55秒夺冠。", "王顺"),
])
def test_a_function_char_after_a_name_is_not_glued_on(text, name):
    assert kind(text, "person") == [name]


def test_a_name_ending_in_a_glue_char_is_kept_when_no_word_follows():
    assert kind("记者 汤建同\n", "person") == ["汤建同"]


@pytest.mark.parametrize("text", [
    "她的母亲刘巧云当年也是这样。",
    "大家都叫她傅阿婆。",
    "志愿者由德国来到这里。",
])
def test_prefix_words_and_forms_of_address_are_not_names(text):
    got = kind(text, "person")
    assert not any(n.startswith(("母亲", "由德")) or n.endswith("阿婆") for n in got)
    if "刘巧云" in text:
        assert got == ["刘巧云"]


def test_list_items_with_the_shape_of_a_name_beside_names():
    text = "团队成员包括何方、童真、柯林涛、路平等人。"
    assert kind(text, "person") == ["何方", "童真", "柯林涛", "路平"]


@pytest.mark.parametrize("text, names", [
    ("参加人员有王刚、高速、文明等。", ["王刚"]),
    ("代表李华、周强、安全、卫生等部门负责人出席。", ["李华", "周强"]),
    ("他喜欢苹果、香蕉、梨等水果。", []),
])
def test_list_items_that_are_words_stay_words(text, names):
    assert kind(text, "person") == names


@pytest.mark.parametrize("text, name", [
    ("波兰选手斯瓦泰克以2比0击败对手。", "斯瓦泰克"),
    ("西班牙球星阿尔卡拉斯苦战五盘晋级。", "阿尔卡拉斯"),
])
def test_a_transliterated_name_after_a_foreign_role_word(text, name):
    assert kind(text, "person") == [name]


@pytest.mark.parametrize("text", ["波兰选手在比赛中发挥出色。", "球星来到现场签名。", "中场休息时观众退场。"])
def test_a_role_word_alone_gives_no_name(text):
    assert kind(text, "person") == []


@pytest.mark.parametrize("text, name", [
    ("蒙古族牧民额尔德木图说，以前看病难。", "额尔德木图"),
    ("牧民朝鲁的妻子也来了。", "朝鲁"),
    ("随队医生其其格介绍，这次共体检300人。", "其其格"),
])
def test_minority_names_between_a_role_and_a_verb(text, name):
    assert kind(text, "person") == [name]


@pytest.mark.parametrize("text", ["村民们都说好。", "医生介绍说，", "志愿者西安站说，", "农民丰收了，"])
def test_a_role_and_a_word_give_no_minority_name(text):
    assert kind(text, "person") == []


@pytest.mark.parametrize("text, name", [("韩国前总统文在寅表示，", "文在寅"), ("韩国总统李在明说，", "李在明")])
def test_korean_given_names_opening_with_zai_after_a_title(text, name):
    assert kind(text, "person") == [name]


@pytest.mark.parametrize("text", ["市长王在会上讲话。", "书记李在现场指挥。", "他在锡林郭勒草原工作。"])
def test_zai_as_a_verb_and_a_place_inside_a_word_give_no_name(text):
    assert kind(text, "person") == []


@pytest.mark.parametrize("text, name", [
    ("新华社记者肖艺九摄", "肖艺九"), ("本报记者王晓明摄影", "王晓明"), ("记者 周海涛 报道", "周海涛"),
])
def test_a_credit_word_after_a_byline_name_is_not_part_of_it(text, name):
    assert kind(text, "person") == [name]


@pytest.mark.parametrize("text, name", [
    ("（记者 常征）", "常征"), ("责任编辑：熊家余", "熊家余"), ("编辑：李梁", "李梁"), ("校对：郭力", "郭力"),
])
def test_names_after_editor_credits(text, name):
    assert kind(text, "person") == [name]


def test_editor_words_in_running_text_are_no_credit():
    assert kind("本书编辑整理了资料。", "person") == []


@pytest.mark.parametrize("text, name", [
    ("被告人黄某高到案后如实供述。", "黄某高"), ("卢某铸因故意伤害罪被判刑。", "卢某铸"),
    ("黄某在家中被抓获。", "黄某"), ("刘某某供认了犯罪事实。", "刘某某"), ("将正在过马路的谢某撞伤。", "谢某"),
])
def test_pseudonyms_with_a_character_after_mou(text, name):
    assert kind(text, "person") == [name]


@pytest.mark.parametrize("text, names", [
    ("安倍首相表示，将推进合作。", ["安倍"]), ("岸田首相出席峰会。", ["岸田"]),
    ("李强总理出席会议。", ["李强"]), ("王毅部长会见了客人。", ["王毅"]),
])
def test_a_title_after_a_name_ends_it(text, names):
    assert kind(text, "person") == names


@pytest.mark.parametrize("text, names", [
    ("大鹰正人出席活动。", ["大鹰正人"]), ("宫本雄二说，两国关系很重要。", ["宫本雄二"]),
    ("西村元彦表示欢迎。", ["西村元彦"]), ("佐藤重和、石井一利出席。", ["佐藤重和", "石井一利"]),
    ("张本智和获得冠军。", ["张本智和"]),
])
def test_japanese_two_plus_two_names(text, names):
    assert kind(text, "person") == names


def test_japanese_surname_alone_after_the_full_name():
    text = "日本前首相安倍晋三访问北京。安倍说，这很重要。"
    assert kind(text, "person") == ["安倍晋三", "安倍"]


@pytest.mark.parametrize("text", ["船只驶入大西洋。", "他在中山市工作。", "他出生在千叶县。", "小松树长高了。"])
def test_japanese_surnames_inside_words_are_no_names(text):
    assert kind(text, "person") == []


def test_a_chinese_name_starting_with_a_japanese_surname_is_kept():
    assert kind("记者田中华说，这很好。", "person") == ["田中华"]


@pytest.mark.parametrize("text, names", [
    ("总理李鹏圆满完成了出访任务。", ["李鹏"]), ("李鹏圆满完成任务。", []),
    ("老人杨德明说。", ["杨德明"]), ("记者罗敏来到现场。", ["罗敏"]),
])
def test_a_name_ends_where_the_next_word_starts(text, names):
    assert kind(text, "person") == names


@pytest.mark.parametrize("text, names", [
    ("会议由宋龙主持。", ["宋龙"]), ("接力由徐嘉余、闫子贝完成。", ["徐嘉余", "闫子贝"]),
    ("市领导于新凡出席。", ["于新凡"]),
])
def test_a_preposition_before_a_name_is_no_surname(text, names):
    assert kind(text, "person") == names


@pytest.mark.parametrize("text, names", [
    ("全国政协主席汪洋出席会议。", ["汪洋"]), ("汪洋强调，要做好工作。", ["汪洋"]),
    ("一片汪洋之中，船只漂泊。", []), ("汪洋大海中漂着小船。", []),
])
def test_a_name_that_is_a_common_word_needs_a_title_or_subject_context(text, names):
    assert kind(text, "person") == names


@pytest.mark.parametrize("text, names", [
    ("（新华社发 肖艺九摄）", ["肖艺九"]), ("图为活动现场。陈思宇摄", ["陈思宇"]), ("赵天宇供图", ["赵天宇"]),
    ("他摄下了画面。", []),
])
def test_photo_credits_outside_a_byline(text, names):
    assert kind(text, "person") == names


@pytest.mark.parametrize("text, names", [
    ("记者徐静抢过话筒。", ["徐静"]), ("记者罗敏来了。", ["罗敏"]), ("市长王建成了解情况。", ["王建成"]),
])
def test_a_verb_with_its_aspect_particle_after_a_name_is_not_part_of_it(text, names):
    assert kind(text, "person") == names


@pytest.mark.parametrize("text, names", [
    ("佐佐木希出席活动。", ["佐佐木希"]), ("日本外务省官员长谷川浩一说。", ["长谷川浩一"]), ("大久保嘉人进球。", ["大久保嘉人"]),
])
def test_three_character_japanese_surnames(text, names):
    assert kind(text, "person") == names


# Copy in traditional characters is read through its same-length simplified form.

def _people(text: str, lexicon=None):
    facts, _ = run(text, lexicon)
    people = [f for f in facts if f.kind == "person"]
    for f in people:
        assert text[f.start:f.end] == f.text == f.value["name"]
    return people


@pytest.mark.parametrize("text, name, simplified", [
    ("行政長官李家超今日出席立法會會議並致辭。", "李家超", None),
    ("本報記者 陳嘉欣 報道，", "陳嘉欣", "陈嘉欣"),
    ("國務院總理李強會見來訪的代表團。", "李強", "李强"),
])
def test_names_in_traditional_copy_keep_their_own_characters_and_spans(text, name, simplified):
    people = _people(text)
    assert [p.text for p in people] == [name]
    p = people[0]
    assert p.start == text.index(name)
    assert p.value.get("simplified") == simplified


def test_a_title_in_traditional_copy_is_found_and_linked():
    from _extract_helpers import links

    text = "國務院總理李強會見來訪的代表團。"
    facts, _ = run(text)
    title = next(f for f in facts if f.kind == "title")
    assert title.text == text[title.start:title.end] == "國務院總理"
    assert title.value["title"] == "總理" and title.value["org"] == "國務院"
    assert title.value["simplified"] == "国务院总理"
    assert links(text) == {("李強", "國務院總理")}


def test_a_story_mixing_simplified_and_traditional_characters():
    text = "国务院总理李强会见代表团。香港行政長官李家超表示歡迎，記者 陳嘉欣 報道。"
    people = _people(text)
    assert [p.text for p in people] == ["李强", "李家超", "陳嘉欣"]
    assert [p.start for p in people] == [text.index("李强"), text.index("李家超"), text.index("陳嘉欣")]
    assert "simplified" not in people[0].value


def test_simplified_copy_gets_no_simplified_field():
    text = "国务院总理李强会见代表团，李强表示欢迎。"
    facts, _ = run(text)
    assert [f.text for f in facts if f.kind == "person"] == ["李强", "李强"]
    assert all("simplified" not in f.value for f in facts)


def test_a_character_outside_the_bmp_before_a_name_in_traditional_copy():
    text = "𠮷，國務院總理李強會見代表團，李強表示歡迎。"
    people = _people(text)
    assert [(p.start, p.end) for p in people] == [(7, 9), (15, 17)]
    assert text[7:9] == "李強"


def test_a_verified_name_in_traditional_characters_is_found():
    text = "據報道，歐陽震華昨日到場。"
    people = _people(text, Lexicon(names={"欧阳震华"}))
    assert [p.text for p in people] == ["歐陽震華"]


def test_simplified_form_keeps_every_offset():
    from analysis.extract.script import simplified_form

    assert simplified_form("国务院总理李强") is None
    for text in ("𠮷國務院總理李強", "乾隆年間，他乾脆說了", "著名作家於是說"):
        simple = simplified_form(text)
        assert simple is not None and len(simple) == len(text)
    assert simplified_form("國務院總理李強") == "国务院总理李强"
