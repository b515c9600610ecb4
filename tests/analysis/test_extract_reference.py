"""The reference page, end to end through ``analysis.analyze``, checked against its hand gold.

The gold is a floor: every person, title (with its holder), organisation and place it lists must
be found in the right story with the right value. Nothing here names the page's content: the
expectations are read from the gold file.
"""
from __future__ import annotations

import datetime
import json

import pytest

from analysis import analyze

PAGE = "000_535e0761a6686cfc"


@pytest.fixture(scope="module")
def page(corpus_dir):
    raw = (corpus_dir / f"{PAGE}.txt").read_text(encoding="utf-8")
    gold = json.loads((corpus_dir / f"{PAGE}.gold.json").read_text(encoding="utf-8"))
    ref = datetime.date(gold["reference_year"], 1, 5)
    return analyze(raw, ref, check=False), gold


def _article_for(result, gold_article):
    """The analysed story whose body starts like the gold's."""
    for art in result.articles:
        body = result.text[art.body_start:art.end]
        if body.startswith(gold_article["body_starts_with"][:12]):
            return art
    pytest.fail(f"no story starts with {gold_article['body_starts_with'][:12]!r}")


def _texts(result, art, kind):
    return [f.text for f in result.facts if f.article == art.index and f.kind == kind]


def test_every_gold_person_is_found_in_its_story(page):
    result, gold = page
    for g in gold["articles"]:
        art = _article_for(result, g)
        persons = _texts(result, art, "person")
        missing = [p for p in g["persons"] if p not in persons]
        assert not missing, f"story {art.index}: missing {missing}; found {persons}"


def test_every_gold_title_is_linked_to_its_holder(page):
    result, gold = page
    facts = {f.id: f for f in result.facts}
    links = {(facts[r.head].article, facts[r.head].text, facts[r.tail].text)
             for r in result.relations if r.kind == "holds_title"}
    for g in gold["articles"]:
        art = _article_for(result, g)
        for person, titles in g["titles"].items():
            for title in titles:
                assert (art.index, person, title) in links, (person, title)


def test_title_values_split_title_from_org(page):
    result, gold = page
    titles = [f for f in result.facts if f.kind == "title"]
    assert titles
    for t in titles:
        assert set(t.value) == {"title", "org"}
        assert t.text == t.value["org"] + t.value["title"], t
    # A title gold lists with its organisation carries that organisation in its value.
    wanted = {title for g in gold["articles"] for ts in g["titles"].values() for title in ts}
    for t in titles:
        if t.text in wanted and t.value["org"]:
            assert t.text.startswith(t.value["org"])


def test_every_gold_org_and_place_is_found(page):
    result, gold = page
    for g in gold["articles"]:
        art = _article_for(result, g)
        orgs = _texts(result, art, "org")
        places = _texts(result, art, "place")
        assert not [o for o in g["orgs"] if o not in orgs], (g["orgs"], orgs)
        assert not [p for p in g["places"] if p not in places], (g["places"], places)
        for f in result.facts:
            if f.kind in ("org", "place"):
                assert f.value["name"] == f.text


def test_enumerated_departments_carry_the_place_prefix(page):
    result, _gold = page
    full = [f.value["full"] for f in result.facts if f.kind == "org" and "full" in f.value]
    for name in full:
        assert name.endswith(tuple("局委办院关")), name
    assert full, "an enumeration after a place-prefixed department gives each item its full name"


def test_fact_invariants(page):
    result, _gold = page
    text = result.text
    ids = [f.id for f in result.facts]
    assert ids == [f"f{i}" for i in range(1, len(ids) + 1)]
    starts = [f.start for f in result.facts]
    assert starts == sorted(starts)
    for f in result.facts:
        assert text[f.start:f.end] == f.text
        art = result.articles[f.article]
        assert art.start <= f.start < f.end <= art.end
    kinds = {f.id: f.kind for f in result.facts}
    for r in result.relations:
        assert (kinds[r.head], kinds[r.tail]) == ("person", "title")
    # dates and durations win over numbers
    dated = [f for f in result.facts if f.kind in ("date", "duration")]
    for n in (f for f in result.facts if f.kind == "number"):
        assert not any(n.start < d.end and d.start < n.end for d in dated)


def test_json_contract_round_trips(page):
    result, _gold = page
    data = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    assert data["facts"][0]["id"] == "f1"
    assert {r["kind"] for r in data["relations"]} == {"holds_title"}


# --- The orchestrator on small pages (no reference content) ------------------------------


def _two_story_page():
    from analysis.model import Article

    first = "市委书记刘越高主持会议\n2022年9月起，南华大学附属第二医院共接诊1200人次。"
    second = "\n市长朱健出席。为期4个多月的行动中，9部门联合检查。"
    text = first + second
    arts = [Article(index=0, start=0, end=len(first), body_start=0),
            Article(index=1, start=len(first), end=len(text), body_start=len(first))]
    return text, arts


def test_ids_follow_text_order_and_articles_are_assigned():
    from analysis.extract import extract

    text, arts = _two_story_page()
    facts, rels = extract(text, arts, datetime.date(2023, 1, 5))
    assert [f.id for f in facts] == [f"f{i}" for i in range(1, len(facts) + 1)]
    assert [f.start for f in facts] == sorted(f.start for f in facts)
    for f in facts:
        assert f.article == (0 if f.start < arts[1].start else 1)
        assert text[f.start:f.end] == f.text
    by_id = {f.id: f for f in facts}
    assert {(by_id[r.head].text, by_id[r.tail].text) for r in rels} == {("刘越高", "市委书记"), ("朱健", "市长")}


def test_overlaps_between_finders_are_resolved():
    from analysis.extract import extract

    text, arts = _two_story_page()
    facts, _ = extract(text, arts, datetime.date(2023, 1, 5))
    kinds = {(f.kind, f.text) for f in facts}
    # a title contains its org and both are reported
    assert ("title", "市委书记") in kinds and ("org", "市委") in kinds
    # the ordinal inside an organisation's name is not a figure
    assert ("org", "南华大学附属第二医院") in kinds
    org = next(f for f in facts if f.text == "南华大学附属第二医院")
    for f in facts:
        if f.kind == "number":
            assert not (org.start < f.end and f.start < org.end)
    # dates and durations win over numbers
    timed = [f for f in facts if f.kind in ("date", "duration")]
    assert any(f.kind == "date" for f in timed) and any(f.kind == "duration" for f in timed)
    for f in facts:
        if f.kind == "number":
            assert not any(f.start < t.end and t.start < f.end for t in timed)


def test_lexicon_from_the_store_is_accepted_as_any_object_with_the_three_sets():
    from types import SimpleNamespace

    from analysis.extract import extract
    from analysis.model import Article

    text = "那木拉说，星光志愿团队今天开展活动。"
    lex = SimpleNamespace(names={"那木拉"}, titles=set(), orgs={"星光志愿团队"})
    facts, _ = extract(text, [Article(0, 0, len(text))], datetime.date(2023, 1, 5), lexicon=lex)
    kinds = {(f.kind, f.text) for f in facts}
    assert ("person", "那木拉") in kinds and ("org", "星光志愿团队") in kinds


def test_analyze_passes_the_lexicon_through():
    from analysis.lexicon import Lexicon

    text = "本报讯 昨天，那木拉在村委会发言。"
    plain = analyze(text, datetime.date(2023, 1, 5), check=False)
    learned = analyze(text, datetime.date(2023, 1, 5), check=False, lexicon=Lexicon(names=["那木拉"]))
    assert "那木拉" not in [f.text for f in plain.facts if f.kind == "person"]
    assert "那木拉" in [f.text for f in learned.facts if f.kind == "person"]
