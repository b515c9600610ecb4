"""Hand-built analyses for the store tests (the engine's extractors are still landing)."""
from __future__ import annotations

import datetime

from analysis.model import Analysis, Article, Byline, Edit, Fact, Flag, Relation, Suggestion

STORY_A = ("刘越高主持召开全体会议\n衡阳晚报讯 (全媒体记者 陈润)\n"
           "1月4日下午,市委书记、市生态环境保护委员会主任刘越高主持召开会议。"
           "市委副书记、市长、市生态环境保护委员会主任朱健出席并讲话。𠮷林参加。\n")
STORY_B = ("新能源项目并网发电\n本报讯\n"
           "该项目装机容量5万kW,年发电量2.0283亿kW·h,历时4个多月建成,9部门参与。\n")


def _fact(text: str, fid: str, article: int, kind: str, piece: str, value: dict, nth: int = 0,
          after: int = 0) -> Fact:
    pos = after
    for _ in range(nth + 1):
        pos = text.index(piece, pos) + (1 if _ < nth else 0)
    return Fact(fid, article, kind, pos, pos + len(piece), piece, value)


def make_analysis(source: str = "page1.txt", extra: str = "") -> Analysis:
    """A two-story page with people, titles, a relation, numbers, an astral character and flags."""
    text = STORY_A + extra + STORY_B
    a_end = len(STORY_A) + len(extra)
    arts = [Article(0, 0, a_end, ["刘越高主持召开全体会议"], "衡阳晚报讯",
                    [Byline("全媒体记者", "陈润", text.index("陈润"), text.index("陈润") + 2)],
                    text.index("1月4日")),
            Article(1, a_end, len(text), ["新能源项目并网发电"], "本报讯", [], text.index("该项目"))]
    facts = [
        _fact(text, "f1", 0, "date", "1月4日下午", {"start": "2023-01-04", "end": "2023-01-04",
                                                   "precision": "day", "part": "afternoon"}),
        _fact(text, "f2", 0, "title", "市生态环境保护委员会主任", {"title": "主任", "org": "市生态环境保护委员会"}),
        _fact(text, "f3", 0, "person", "刘越高", {"name": "刘越高"}, after=text.index("主任")),
        _fact(text, "f4", 0, "title", "市长", {"title": "市长", "org": "市"}),
        _fact(text, "f5", 0, "title", "市生态环境保护委员会主任", {"title": "主任", "org": "市生态环境保护委员会"},
              after=text.index("市长")),
        _fact(text, "f6", 0, "person", "朱健", {"name": "朱健"}),
        _fact(text, "f7", 0, "person", "𠮷林", {"name": "𠮷林"}),
        _fact(text, "f8", 1, "number", "5万kW", {"value": 50000, "unit": "kW"}),
        _fact(text, "f9", 1, "number", "2.0283亿kW·h", {"value": 202830000, "unit": "kW·h"}),
        _fact(text, "f10", 1, "duration", "4个多月", {"value": 4, "unit": "月", "approx": "more"}),
        _fact(text, "f11", 1, "number", "9部门", {"value": 9, "unit": "部门"}),
    ]
    rels = [Relation("holds_title", "f3", "f2"), Relation("holds_title", "f6", "f4"),
            Relation("holds_title", "f6", "f5")]
    comma = text.index(",")
    flags = [
        Flag("k1", "role.exclusive-conflict", "warning", 0, "两人同任市生态环境保护委员会主任",
             ["f3", "f6", "f2", "f5"], [(facts[2].start, facts[2].end), (facts[5].start, facts[5].end)],
             message_en="two people hold one exclusive role"),
        Flag("k2", "punct.halfwidth", "warning", 0, "半角逗号", [], [(comma, comma + 1)],
             Suggestion("改为全角", [Edit(comma, comma + 1, "，")], "use full-width"), "half-width comma"),
        Flag("k3", "count.list-mismatch", "info", 1, "9部门", ["f11"], [(facts[10].start, facts[10].end)]),
    ]
    for f in facts:
        assert text[f.start:f.end] == f.text
    return Analysis(text=text, reference_date=datetime.date(2023, 1, 4), reference_date_inferred=False,
                    source=source, articles=arts, facts=facts, relations=rels, flags=flags, encoding="utf-8")
