"""Titles with their organisation, and holds_title links."""
from __future__ import annotations

from _extract_helpers import links, run


def _titles(text):
    facts, _ = run(text)
    return [(f.text, f.value) for f in facts if f.kind == "title"]


def test_title_spans_its_organisation():
    assert ("市生态环境保护委员会主任", {"title": "主任", "org": "市生态环境保护委员会"}) in \
        _titles("市生态环境保护委员会主任朱健出席。")


def test_party_committee_title():
    assert _titles("市委书记刘越高主持会议。") == [("市委书记", {"title": "书记", "org": "市委"})]
    assert ("市委副书记", {"title": "副书记", "org": "市委"}) in _titles("市委副书记朱健出席。")


def test_bare_title_keeps_an_empty_org():
    assert _titles("市长朱健出席。") == [("市长", {"title": "市长", "org": ""})]


def test_a_chain_of_titles_goes_to_the_person_after_it():
    text = "市委副书记、市长、市生态环境保护委员会主任朱健出席并讲话。"
    assert links(text) == {("朱健", "市委副书记"), ("朱健", "市长"), ("朱健", "市生态环境保护委员会主任")}


def test_title_after_a_name():
    assert links("深入学习贯彻习近平总书记重要讲话精神。") == {("习近平", "总书记")}


def test_city_leaders_is_not_a_title():
    text = "市领导赖馨正、于新凡出席。"
    assert _titles(text) == []
    assert links(text) == set()


def test_a_list_after_a_title_shares_it():
    text = "市政协副主席刘雄文、邓群策出席。"
    assert links(text) == {("刘雄文", "市政协副主席"), ("邓群策", "市政协副主席")}


def test_each_person_gets_their_own_title():
    text = "市委书记刘越高，市长朱健出席。"
    assert links(text) == {("刘越高", "市委书记"), ("朱健", "市长")}


def test_words_that_contain_a_title_word_are_not_titles():
    assert _titles("他走上主席台，委员会成员都到了。") == []


def test_verified_title_word_is_read_as_a_title():
    from analysis.lexicon import Lexicon

    text = "首席科学家王海涛介绍，"
    facts, _ = run(text, Lexicon(titles=["首席科学家"]))
    assert [f.text for f in facts if f.kind == "title"] == ["首席科学家"]
    assert links(text, Lexicon(titles=["首席科学家"])) == {("王海涛", "首席科学家")}
