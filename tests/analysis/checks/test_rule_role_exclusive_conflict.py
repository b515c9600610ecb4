"""role.exclusive-conflict and person.title-mismatch on hand-built facts."""
from __future__ import annotations

from check_helpers import Page, spanned

LEAD = ("1月4日下午，市委书记、市生态环境保护委员会主任刘越高主持召开市生态环境保护委员会2023年第一次全体会议。"
        "市委副书记、市长、市生态环境保护委员会主任朱健出席并讲话。")


def _reference_story() -> tuple[Page, dict]:
    page = Page(LEAD)
    liu = page.person("刘越高")
    zhu = page.person("朱健")
    t1 = page.title("市委书记", "书记", "市委")
    t2 = page.title("市生态环境保护委员会主任", "主任", "市生态环境保护委员会")
    t3 = page.title("市委副书记", "副书记", "市委")
    t4 = page.title("市长", "市长", "", after=t3.end)
    t5 = page.title("市生态环境保护委员会主任", "主任", "市生态环境保护委员会", nth=1)
    page.holds(liu, t1, t2)
    page.holds(zhu, t3, t4, t5)
    return page, {"liu": liu, "zhu": zhu, "t2": t2, "t5": t5}


def test_two_committee_directors_are_one_warning_naming_both():
    page, f = _reference_story()
    flags = page.flags("role.exclusive-conflict")
    assert len(flags) == 1
    flag = flags[0]
    assert flag.severity == "warning"
    assert "刘越高" in flag.message and "朱健" in flag.message and "双主任" in flag.message
    assert "co-chair" in flag.message_en
    assert {f["liu"].id, f["zhu"].id, f["t2"].id, f["t5"].id} <= set(flag.facts)
    assert {"刘越高", "朱健", "市生态环境保护委员会主任"} <= set(spanned(LEAD, flag))
    assert flag.suggestion is None  # the person decides


def test_secretary_and_deputy_secretary_are_no_conflict_and_several_titles_are_fine():
    page, _ = _reference_story()
    assert page.flags("person.title-mismatch") == []
    roles = page.flags("role.exclusive-conflict")
    assert all("市委" not in f.message.split("都被称为")[1][:4] for f in roles)


def test_conflict_across_stories_points_at_both_places():
    text = ("市长张卫东主持召开市政府常务会议。\n\n"
            "昨日，市长李建国率队赴长沙考察。")
    page = Page(text, stories=["市长张卫东", "昨日"])
    a, b = page.person("张卫东"), page.person("李建国")
    ta, tb = page.title("市长", "市长", ""), page.title("市长", "市长", "", nth=1)
    page.holds(a, ta)
    page.holds(b, tb)
    [flag] = page.flags("role.exclusive-conflict")
    assert flag.article is None  # a page-level flag
    assert set(spanned(text, flag)) == {"市长", "张卫东", "李建国"}
    assert len(flag.spans) == 4


def test_former_holders_deputies_and_different_orgs_are_not_conflicts():
    text = ("原市长王志刚、市长张卫东、副市长李建国、副市长赵明出席。"
            "衡南县委书记陈刚与祁东县委书记刘明交流。")
    page = Page(text)
    names = {n: page.person(n) for n in ("王志刚", "张卫东", "李建国", "赵明", "陈刚", "刘明")}
    page.holds(names["王志刚"], page.title("市长", "市长", ""))  # after 原
    page.holds(names["张卫东"], page.title("市长", "市长", "", nth=1))
    page.holds(names["李建国"], page.title("副市长", "副市长", ""))
    page.holds(names["赵明"], page.title("副市长", "副市长", "", nth=1))
    page.holds(names["陈刚"], page.title("衡南县委书记", "书记", "衡南县委"))
    page.holds(names["刘明"], page.title("祁东县委书记", "书记", "祁东县委"))
    assert page.flags("role.exclusive-conflict") == []


def test_bureau_director_named_twice_in_one_story_is_flagged():
    text = "市水利局局长周立新介绍了防汛准备情况。……会上，市水利局局长贺志军作了表态发言。"
    page = Page(text)
    a, b = page.person("周立新"), page.person("贺志军")
    page.holds(a, page.title("市水利局局长", "局长", "市水利局"))
    page.holds(b, page.title("市水利局局长", "局长", "市水利局", nth=1))
    [flag] = page.flags("role.exclusive-conflict")
    assert flag.article == 0 and "周立新、贺志军" in flag.message


def test_host_and_visiting_secretary_are_not_a_conflict():
    text = "市委书记刘越高会见了长沙市委书记吴桂英一行。"
    page = Page(text)
    page.holds(page.person("刘越高"), page.title("市委书记", "书记", "市委"))
    page.holds(page.person("吴桂英"), page.title("长沙市委书记", "书记", "长沙市委"))
    assert page.flags("role.exclusive-conflict") == []


def test_a_neighbouring_body_holds_its_own_office():
    text = "县委书记李明和县长王强出席。邻县县委书记赵刚也参加了会议。"
    page = Page(text)
    li, zhao = page.person("李明"), page.person("赵刚")
    page.holds(li, page.title("县委书记", "书记", "县委"))
    page.holds(zhao, page.title("县委书记", "书记", "县委", nth=1))
    assert page.flags("role.exclusive-conflict") == []
    same = Page(text.replace("邻县县委书记", "，县委书记"))
    li, zhao = same.person("李明"), same.person("赵刚")
    same.holds(li, same.title("县委书记", "书记", "县委"))
    same.holds(zhao, same.title("县委书记", "书记", "县委", nth=1))
    assert len(same.flags("role.exclusive-conflict")) == 1


def test_a_holder_with_a_character_outside_the_basic_block_is_still_checked():
    # 𠮷 is in CJK Extension B (two UTF-16 units): the roster check must not skip the name.
    page = Page("市委书记王𠮷平主持会议。会上，市委书记刘越高强调要抓落实。")
    wang = page.person("王𠮷平")
    liu = page.person("刘越高")
    page.holds(wang, page.title("市委书记", "书记", "市委"))
    page.holds(liu, page.title("市委书记", "书记", "市委", nth=1))
    flags = page.flags("role.exclusive-conflict")
    assert len(flags) == 1 and "王𠮷平" in flags[0].message and "刘越高" in flags[0].message
