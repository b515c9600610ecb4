"""Re-analysis keeps every human decision: hand-built analyses and the real engine."""
from __future__ import annotations

import datetime

from db_helpers import make_analysis
from reference_corpus import PAGE as CORPUS

import analysis
from analysis.model import Analysis, Article, Fact, Flag
from db import Store


def _story_analysis(text: str, facts: list[Fact], flags: list[Flag]) -> Analysis:
    return Analysis(text=text, reference_date=datetime.date(2023, 1, 4), reference_date_inferred=False,
                    articles=[Article(0, 0, len(text))], facts=facts, flags=flags)


def _fact(text, fid, kind, piece, value=None, after=0):
    s = text.index(piece, after)
    return Fact(fid, 0, kind, s, s + len(piece), piece, value or {})


def test_touched_facts_survive_and_dismissals_stick(tmp_path):
    with Store.open(tmp_path / "s.db", user="甲") as s:
        s.import_analysis(make_analysis())
        b = s.load_article(1)
        f = {x.text: x for x in b.facts}
        s.set_fact_value(f["刘越高"].id, {"name": "刘越高", "checked": True})
        s.set_fact_status(f["市长"].id, "rejected")
        deleted = s.delete_fact(f["𠮷林"].id)
        human = s.add_fact(1, "org", b.text.index("衡阳晚报"), b.text.index("衡阳晚报") + 4)
        conflict = next(x for x in b.flags if x.rule == "role.exclusive-conflict")
        comma = next(x for x in b.flags if x.rule == "punct.halfwidth")
        s.decide_flag(conflict.id, "dismissed", "联合主任")
        s.decide_flag(comma.id, "dismissed", "原文如此")
        text = b.text
        # The extractor's new view: different values everywhere, the deleted and rejected facts
        # again, a fact on top of the person's org, the same conflict, a different comma flag.
        new_facts = [
            _fact(text, "f1", "person", "刘越高", {"name": "刘越高X"}, after=text.index("主任")),
            _fact(text, "f2", "title", "市长", {"title": "市长X"}),
            _fact(text, "f3", "person", "𠮷林", {"name": "𠮷林"}),
            _fact(text, "f4", "org", "衡阳", {"name": "衡阳"}),
            _fact(text, "f5", "person", "朱健", {"name": "朱健2"}),
            _fact(text, "f6", "place", "市", {"name": "市"}),
        ]
        p1, p2 = new_facts[0], new_facts[4]
        c1 = text.index(",")
        new_flags = [Flag("k1", "role.exclusive-conflict", "warning", 0, "冲突(新措辞)", ["f1", "f5"],
                          [(p1.start, p1.end), (p2.start, p2.end)]),
                     Flag("k2", "punct.halfwidth", "warning", 0, "半角", [], [(c1, c1 + 1), (c1 + 5, c1 + 6)])]
        after = s.reanalyse_article(1, _story_analysis(text, new_facts, new_flags))
        got = {(x.kind, x.text): x for x in after.facts}
        assert got[("person", "刘越高")].value == {"name": "刘越高", "checked": True}
        assert got[("person", "刘越高")].id == f["刘越高"].id
        assert got[("title", "市长")].status == "rejected" and got[("title", "市长")].value["title"] == "市长"
        assert ("person", "𠮷林") not in got and deleted.id not in {x.id for x in after.facts}
        assert got[("org", "衡阳晚报")].id == human.id and ("org", "衡阳") not in got
        assert got[("person", "朱健")].id == f["朱健"].id and got[("person", "朱健")].value == {"name": "朱健2"}
        assert ("place", "市") in got
        assert ("title", "市生态环境保护委员会主任") not in got  # untouched and no longer found
        flags = {x.rule: x for x in after.flags}
        assert flags["role.exclusive-conflict"].decision == "dismissed"      # same evidence
        assert flags["role.exclusive-conflict"].reason == "联合主任"
        assert flags["punct.halfwidth"].decision is None                     # evidence changed
        assert s.history(article_id=1, limit=1)[0].field == "reanalysed"
        for x in after.facts:
            assert after.text[x.start:x.end] == x.text


def test_confirmed_links_survive_reanalysis(tmp_path):
    with Store.open(tmp_path / "s.db", user="甲") as s:
        s.import_analysis(make_analysis())
        f = {x.text: x for x in s.load_article(1).facts}
        s.set_fact_status(f["刘越高"].id, "verified")
        title = next(x for x in s.load_article(1).facts if x.kind == "title" and x.start < f["刘越高"].start)
        s.set_fact_status(title.id, "verified")
        text = s.load_article(1).text
        after = s.reanalyse_article(1, _story_analysis(text, [], []))
        assert {(r.head, r.tail) for r in after.relations} == {(f["刘越高"].id, title.id)}


def test_reanalysis_with_the_real_engine_keeps_decisions(tmp_path):
    raw = CORPUS.read_text(encoding="utf-8")
    page = analysis.analyze(raw, datetime.date(2023, 1, 4))
    with Store.open(tmp_path / "s.db", user="甲") as s:
        doc = s.import_analysis(page, raw_text=raw, source=CORPUS.name)
        infos = s.articles(doc)
        assert len(infos) == len(page.articles) >= 1
        aid = infos[0].id
        b = s.load_article(aid)
        for x in b.facts:
            assert b.text[x.start:x.end] == x.text
        decided = {}
        if b.facts:
            decided[b.facts[0].id] = s.set_fact_status(b.facts[0].id, "verified").status
        if len(b.facts) > 1:
            decided[b.facts[-1].id] = s.set_fact_status(b.facts[-1].id, "rejected").status
        dismissed = None
        if b.flags:
            dismissed = s.decide_flag(b.flags[0].id, "dismissed", "checked").fingerprint
        # Edit far from the decided facts, then re-run the engine on the story's new text.
        s.edit_article_text(aid, len(b.text), len(b.text), "\n（完）")
        text = s.load_article(aid).text
        again = analysis.analyze(text, datetime.date(2023, 1, 4))
        after = s.reanalyse_article(aid, again)
        now = {x.id: x for x in after.facts}
        for fid, status in decided.items():
            assert now[fid].status == status
        if dismissed:
            same = [x for x in after.flags if x.fingerprint == dismissed]
            assert all(x.decision == "dismissed" for x in same)
        for x in after.facts:
            assert after.text[x.start:x.end] == x.text


def test_a_restored_fact_is_not_suppressed(tmp_path):
    with Store.open(tmp_path / "s.db", user="甲") as s:
        s.import_analysis(make_analysis())
        b = s.load_article(1)
        zhu = next(f for f in b.facts if f.text == "朱健")
        s.restore_fact(s.delete_fact(zhu.id))
        again = _story_analysis(b.text, [_fact(b.text, "f1", "person", "朱健", {"name": "朱健"})], [])
        after = s.reanalyse_article(1, again)
        assert [f.id for f in after.facts if f.text == "朱健"] == [zhu.id]
