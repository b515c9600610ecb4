"""person.title-mismatch: one person at two ranks of one office, in the copy or against the registry."""
from __future__ import annotations

from check_helpers import Page

from analysis.checks import MemoryRegistry, Registry


def test_deputy_secretary_and_mayor_at_once_is_fine():
    text = "市委副书记、市长朱健出席并讲话。……朱健强调，要坚持目标导向。"
    page = Page(text)
    p = page.person("朱健")
    page.holds(p, page.title("市委副书记", "副书记", "市委"), page.title("市长", "市长", "", after=3))
    assert page.flags("person.title-mismatch") == []


def test_same_person_as_mayor_and_deputy_mayor_is_a_title_mismatch():
    text = "市长朱健主持会议。……会议结束后，副市长朱健来到项目现场调研。"
    page = Page(text)
    p1, p2 = page.person("朱健"), page.person("朱健", nth=1)
    t1, t2 = page.title("市长", "市长", ""), page.title("副市长", "副市长", "")
    page.holds(p1, t1)
    page.holds(p2, t2)
    [flag] = page.flags("person.title-mismatch")
    assert "市长" in flag.message and "副市长" in flag.message and "朱健" in flag.message
    assert set(flag.facts) == {p1.id, p2.id, t1.id, t2.id}


def test_registry_contradiction_and_agreement():
    text = "副市长朱健出席活动。"
    page = Page(text)
    p, t = page.person("朱健"), page.title("副市长", "副市长", "")
    page.holds(p, t)
    reg = MemoryRegistry({"朱健": [("市长", "", "2021-06-01", None)]})
    assert isinstance(reg, Registry)
    [flag] = page.flags("person.title-mismatch", registry=reg)
    assert "已核实记录" in flag.message and flag.message_en
    ok = MemoryRegistry({"朱健": [("副市长", "", "2021-06-01", None)]})
    assert page.flags("person.title-mismatch", registry=ok) == []
    # a newer record replaces an older one
    moved = MemoryRegistry({"朱健": [("市长", "", "2010-01-01", "2015-01-01"),
                                     ("副市长", "", "2016-01-01", "2020-01-01")]})
    assert page.flags("person.title-mismatch", registry=moved) == []
    # the registry grows from stories: the last known title stands after its last story
    grown = MemoryRegistry({"朱健": [("市长", "", "2022-12-01", "2022-12-20")]})
    assert len(page.flags("person.title-mismatch", registry=grown)) == 1
    # and a title given whole (from a CSV) is read like one from the extractor
    whole = MemoryRegistry({"朱健": [("市长", "衡阳市人民政府", None, None)]})
    assert isinstance(whole, Registry)


def test_party_secretary_in_one_story_and_mayor_in_another():
    text = "市委书记刘越高主持召开会议。\n\n市长刘越高出席活动。"
    page = Page(text, stories=["市委书记", "市长刘越高"])
    p1, p2 = page.person("刘越高"), page.person("刘越高", nth=1)
    t1, t2 = page.title("市委书记", "书记", "市委"), page.title("市长", "市长", "", nth=0, after=10)
    page.holds(p1, t1)
    page.holds(p2, t2)
    [flag] = page.flags("person.title-mismatch")
    assert flag.article is None and set(flag.facts) == {p1.id, p2.id, t1.id, t2.id}
    assert "市委书记" in flag.message and "市长" in flag.message


def test_secretary_of_one_county_and_head_of_another_are_compatible_records():
    text = "衡南县委书记陈刚，曾任祁东县县长陈刚。"
    page = Page(text)
    p1, p2 = page.person("陈刚"), page.person("陈刚", nth=1)
    page.holds(p1, page.title("衡南县委书记", "书记", "衡南县委"))
    page.holds(p2, page.title("祁东县县长", "县长", "祁东县"))
    assert page.flags("person.title-mismatch") == []


def test_against_a_real_store_registry(tmp_path):
    """The store's registry (a real SQLite file, rows from CSV) satisfies the Protocol."""
    from db.store import Store

    csv_path = tmp_path / "registry.csv"
    csv_path.write_text("name,title,org,valid_from,valid_to\n朱健,市长,,2021-06-01,\n", encoding="utf-8")
    store = Store.open(tmp_path / "desk.db", user="校对")
    try:
        store.import_registry_csv(csv_path)
        registry = store.registry()
        assert isinstance(registry, Registry)
        page = Page("副市长朱健出席活动。")
        page.holds(page.person("朱健"), page.title("副市长", "副市长", ""))
        [flag] = page.flags("person.title-mismatch", registry=registry)
        assert "已核实记录" in flag.message
    finally:
        store.close()
