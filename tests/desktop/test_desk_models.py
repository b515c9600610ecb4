"""Every model passes QAbstractItemModelTester, with real store rows."""
from __future__ import annotations

from desk_helpers import build_analysis, build_repeated

from desktop.fact_model import FactModel
from desktop.flag_model import FlagModel, quote
from desktop.models import ROLE_ID, ROLE_SPAN, StoryModel


def _bundle(store):
    doc_id = store.import_analysis(build_analysis(n_articles=2), source="two.txt")
    return doc_id, store.load_article(store.articles(doc_id)[0].id)


def test_story_model(qtmodeltester, store):
    doc_id, _ = _bundle(store)
    model = StoryModel()
    docs = store.documents()
    model.load(docs, {d.id: store.articles(d.id) for d in docs})
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 2
    art = model.index(0, 0, model.index(0, 0))
    assert art.data(ROLE_ID) == store.articles(doc_id)[0].id
    assert model.index(0, 1, model.index(0, 0)).data() == "new"
    info = store.set_article_status(art.data(ROLE_ID), "signed_off")
    model.update_article(info)
    assert model.index(0, 1, model.index(0, 0)).data() == "signed off"


def test_fact_model_groups_people_with_titles(qtmodeltester, store):
    _, bundle = _bundle(store)
    model = FactModel()
    model.load(bundle.facts, bundle.relations)
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups[0].startswith("People")
    people = model.index(0, 0)
    first = model.index(0, 0, people)
    assert first.data() == "刘越高 ×1"
    # The title linked to 刘越高 sits under him, then his mentions.
    assert model.index(0, 0, first).data() == "市生态环境保护委员会主任"
    mentions = model.index(1, 0, first)
    assert mentions.data() == "Mentions (1)"
    mention = model.index(0, 1, mentions)
    assert mention.data() == "刘越高"
    assert [f.text for f in model.facts()][0] == "1月4日下午"
    assert not model.setData(model.index(0, 1, people), "刘跃高")  # a person row has no value to edit
    edited = []
    model.valueEdited.connect(lambda fid, text: edited.append((fid, text)))
    assert model.setData(mention, "刘跃高")
    assert edited == [(str(mention.data(ROLE_ID)), "刘跃高")]


def test_fact_model_one_row_per_person(qtmodeltester, store):
    doc_id = store.import_analysis(build_repeated(), source="repeated.txt")
    bundle = store.load_article(store.articles(doc_id)[0].id)
    model = FactModel()
    model.load(bundle.facts, bundle.relations)
    qtmodeltester.check(model)
    people = model.index(0, 0)
    assert [model.index(r, 0, people).data() for r in range(model.rowCount(people))] == [
        "刘越高 ×3", "朱健 ×1", "𠮷丽华 ×1"]
    liu = model.index(0, 0, people)
    # Each title once (主任 is linked twice), then the three mentions.
    assert [model.index(r, 0, liu).data() for r in range(model.rowCount(liu))] == [
        "市委书记", "市生态环境保护委员会主任", "Mentions (3)"]
    assert model.index(0, 2, people).data() == "unchecked"
    mentions = [f for f in bundle.facts if f.text == "刘越高"]
    assert [f.id for f in model.person_facts(liu)] == [f.id for f in mentions]
    assert model.person_index(mentions[2].id) == liu
    model.update_fact(store.set_fact_status(mentions[0].id, "verified"))
    assert model.index(0, 2, people).data() == "1 verified · 2 unchecked"
    # A typing edit keeps the grouping: refreshed in place; a changed name regroups (reload).
    store.edit_article_text(bundle.info.id, 0, 0, "今天")
    moved = store.load_article(bundle.info.id)
    assert model.refresh(moved.facts, moved.relations)
    renamed = store.set_fact_value(mentions[1].id, {"name": "刘跃高"})
    assert not model.update_fact(renamed)


def test_flag_model_expands_grouped_flags(qtmodeltester, store):
    _, bundle = _bundle(store)
    model = FlagModel()
    model.load(bundle.flags, bundle.text)
    qtmodeltester.check(model)
    rules = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert rules[0] == "text.duplicate"  # errors first
    conflict = model.index(rules.index("role.exclusive-conflict"), 0)
    assert model.rowCount(conflict) == 2
    place = model.index(1, 0, conflict)
    s, e = place.data(ROLE_SPAN)
    assert bundle.text[s:e] == "朱健"
    assert "【朱健】" in model.index(1, 3, conflict).data()
    model.language = "en"
    assert model.index(0, 2).data() == "Doubled character"


def test_quote_marks_the_span():
    assert quote("市长朱健出席并讲话", 2, 4, width=2) == "市长【朱健】出席…"


def test_models_refresh_in_place_after_a_text_edit(qtmodeltester, store):
    _, bundle = _bundle(store)
    facts, flags = FactModel(), FlagModel()
    facts.load(bundle.facts, bundle.relations)
    flags.load(bundle.flags, bundle.text)
    qtmodeltester.check(facts)
    aid = bundle.info.id
    store.edit_article_text(aid, 0, 0, "今天")  # every span moves by two
    moved = store.load_article(aid)
    assert facts.refresh(moved.facts, moved.relations)
    assert flags.refresh(moved.flags, moved.text)
    first = facts.index(0, 0, facts.index(0, 0))
    s, e = first.data(ROLE_SPAN)
    assert first.data() == f"{moved.text[s:e]} ×1"  # the person row follows its first mention
    conflict = next(n for n in flags.flags_in_order() if n.rule == "role.exclusive-conflict")
    node = flags.flag_node(conflict.id)
    s, e = flags.index_of(node.children[1]).data(ROLE_SPAN)
    assert moved.text[s:e] == "朱健"
    # A fact removed by an edit: the models ask for a reload instead.
    person = next(f for f in moved.facts if f.text == "朱健")
    store.edit_article_text(aid, person.start, person.end, "")
    gone = store.load_article(aid)
    assert not facts.refresh(gone.facts, gone.relations)
