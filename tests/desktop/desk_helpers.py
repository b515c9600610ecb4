"""Helpers for the desk's tests: a hand-made analysis (so the GUI is tested apart from the engine)."""
from __future__ import annotations

import datetime as dt

from analysis.model import Analysis, Article, Edit, Fact, Flag, Relation, Suggestion

EXT_B = "𠮷"

#: A story built for these tests (not engine output, so the GUI is tested on its own): two
#: people both 主任 of one committee, a doubled 的, a half-width comma, an Extension-B name.
STORY = (f"1月4日下午,市委书记、市生态环境保护委员会主任刘越高主持会议。"
         f"市长、市生态环境保护委员会主任朱健出席。记者{EXT_B}丽华报道了的的情况,共9部门参加。")


def _at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def build_analysis(text: str = STORY, date: dt.date = dt.date(2023, 1, 4), source: str = "story.txt",
                   n_articles: int = 1) -> Analysis:
    """An Analysis of ``text`` with hand-made facts and flags (offsets in code points)."""
    specs = [("date", "1月4日下午", {"start": "2023-01-04", "end": "2023-01-04", "precision": "day",
                                    "part": "afternoon"}),
             ("title", "市生态环境保护委员会主任", {"title": "主任", "org": "市生态环境保护委员会"}),
             ("person", "刘越高", {"name": "刘越高"}),
             ("person", "朱健", {"name": "朱健"}),
             ("person", f"{EXT_B}丽华", {"name": f"{EXT_B}丽华"}),
             ("number", "9部门", {"value": 9, "unit": "部门"})]
    facts = []
    for i, (kind, piece, value) in enumerate(specs):
        s, e = _at(text, piece)
        facts.append(Fact(f"f{i + 1}", 0, kind, s, e, piece, value))
    t2 = _at(text, "市生态环境保护委员会主任", 1)
    facts.append(Fact("f7", 0, "title", *t2, text[t2[0]:t2[1]], {"title": "主任", "org": "市生态环境保护委员会"}))
    facts.sort(key=lambda f: f.start)
    relations = [Relation("holds_title", "f3", "f2"), Relation("holds_title", "f4", "f7")]
    comma = _at(text, ",")
    dup = _at(text, "的的")
    flags = [
        Flag("k1", "role.exclusive-conflict", "warning", 0, "两人同为市生态环境保护委员会主任",
             ["f3", "f4"], [_at(text, "刘越高"), _at(text, "朱健")], None, "Two people hold one exclusive role"),
        Flag("k2", "text.duplicate", "error", 0, "重复的字：的的", [], [dup],
             Suggestion("删去一个的", [Edit(dup[0], dup[0] + 1, "")], "remove one 的"), "Doubled character"),
        Flag("k3", "punct.halfwidth", "info", 0, "半角逗号", [], [comma, _at(text, ",", 1)],
             Suggestion("改为全角", [Edit(*comma, "，"), Edit(*_at(text, ",", 1), "，")], "full-width"),
             "Half-width commas"),
    ]
    articles = [Article(0, 0, len(text), ["测试稿"], None, [], 0)]
    if n_articles > 1:  # the same story again as a second article (a page of two)
        full = text + "\n" + text
        articles.append(Article(1, len(text) + 1, len(full), ["第二篇"], None, [], len(text) + 1))
        text = full
    return Analysis(text, date, False, source, articles, facts, relations, flags)


#: The story with 刘越高 named three times: a title on the first mention, the same title again
#: and 市委书记 on the later ones (one person row, each title once).
REPEATED = STORY + "刘越高强调，要抓好落实。刘越高要求，各部门要尽责。"


def build_repeated() -> Analysis:
    """:data:`REPEATED` analysed: three mentions of 刘越高 in one story (ids f8, f9; title f10)."""
    analysis = build_analysis(REPEATED)
    text = analysis.text
    s8, s9 = _at(text, "刘越高", 1), _at(text, "刘越高", 2)
    sec = _at(text, "市委书记")
    analysis.facts += [Fact("f8", 0, "person", *s8, "刘越高", {"name": "刘越高"}),
                       Fact("f9", 0, "person", *s9, "刘越高", {"name": "刘越高"}),
                       Fact("f10", 0, "title", *sec, "市委书记", {"title": "书记", "org": "市委"})]
    analysis.facts.sort(key=lambda f: f.start)
    analysis.relations += [Relation("holds_title", "f8", "f2"), Relation("holds_title", "f9", "f10")]
    return analysis
