"""person.name-variant: one character or one homophone apart, same surname."""
from __future__ import annotations

from check_helpers import Page, spanned

from analysis.checks.names import variant_kind


def test_homophone_across_stories_is_one_warning_pointing_at_both():
    text = ("1月4日下午，市委书记刘越高主持召开会议。\n\n"
            "1月4日上午，市委书记刘跃高先后到市中心医院看望医护人员。")
    page = Page(text, stories=["1月4日下午", "1月4日上午"])
    a, b = page.person("刘越高"), page.person("刘跃高")
    page.holds(a, page.title("市委书记", "书记", "市委"))
    page.holds(b, page.title("市委书记", "书记", "市委", nth=1))
    [flag] = page.flags("person.name-variant")
    assert flag.severity == "warning" and flag.suggestion is None  # never an automatic fix
    assert {a.id, b.id} <= set(flag.facts) and set(spanned(text, flag)) == {"刘越高", "刘跃高"}
    assert "刘越高" in flag.message and "刘跃高" in flag.message and flag.message_en


def test_misspelling_the_extractor_did_not_take_for_a_name_is_found_in_the_text():
    text = "市委副书记刘志远走访慰问老党员。……得知她的病情正在好转，刘致远十分欣慰。"
    page = Page(text)
    page.person("刘志远")
    [flag] = page.flags("person.name-variant")
    assert "刘致远" in spanned(text, flag)


def test_different_people_are_not_variants():
    assert variant_kind("王伟", "王强") is None          # two-character names: only homophones
    assert variant_kind("欧阳玲", "欧阳辉") is None      # compound surname, whole given name differs
    assert variant_kind("张建国", "李建国") is None      # another surname
    assert variant_kind("周某平", "周建平") is None      # anonymised
    assert variant_kind("刘越高", "刘跃高") == "homophone"
    assert variant_kind("张建国", "张建军") == "one-char"


def test_names_listed_side_by_side_are_two_people():
    text = "市委常委张建国、张建军、李红梅出席。"
    page = Page(text)
    for n in ("张建国", "张建军", "李红梅"):
        page.person(n)
    assert page.flags("person.name-variant") == []


def test_one_character_apart_in_different_stories_is_not_flagged():
    text = "今年60岁的彭德华是林场的老护林员。\n\n省委书记彭清华来衡调研。"
    page = Page(text, stories=["今年", "省委"])
    page.person("彭德华")
    page.person("彭清华")
    assert page.flags("person.name-variant") == []


def test_one_character_slip_where_a_name_plainly_stands():
    text = "市委书记刘越高主持会议。……刘超高强调，要抓好整改。刘越高要求，要狠抓落实。"
    page = Page(text)
    page.person("刘越高")
    page.person("刘越高", nth=1)
    [flag] = page.flags("person.name-variant")
    assert flag.severity == "info" and "刘超高" in spanned(text, flag)
    # a word that merely starts like the name is not one
    other = Page("刘越高主持会议。工作刘越来越忙。")
    other.person("刘越高")
    assert other.flags("person.name-variant") == []


def test_ordinary_homophone_names_in_two_stories_are_two_people():
    text = "班主任陈晓红说，队员们成绩很好。\n\n水果店老板陈小红说，生意好多了。"
    page = Page(text, stories=["班主任", "水果店"])
    page.holds(page.person("陈晓红"), page.title("班主任", "班主任", ""))
    page.person("陈小红")
    assert page.flags("person.name-variant") == []


def test_two_people_each_named_several_times_are_not_a_slip():
    text = ("村党支部书记王建国和村主任王建军一起走访农户。王建国说，今年要把路修好。"
            "王建军介绍，村里已筹集资金20万元。王建国表示，年底前完工。王建军补充说，群众都很支持。")
    page = Page(text)
    for nth in range(3):
        page.person("王建国", nth=nth)
        page.person("王建军", nth=nth)
    assert page.flags("person.name-variant") == []
    # one spelling met once beside a name met again and again is the slip
    slip = text.replace("王建军补充说", "王建图补充说").replace("村主任王建军", "村主任李明").replace(
        "王建军介绍", "李明介绍")
    page = Page(slip)
    for nth in range(3):
        page.person("王建国", nth=nth)
    page.person("王建图")
    assert len(page.flags("person.name-variant")) == 1
