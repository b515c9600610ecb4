"""``role.exclusive-conflict`` and ``person.title-mismatch``, within a story and across a page.

Both read ``holds_title`` relations (person → title).  A person may hold several titles
at once (市委副书记、市长), so a mismatch is only the same office at two ranks (市长 and
副市长 of one organisation), a place's party secretary who is also its head of government
(市委书记 and 市长: always two people), or a rank the verified registry contradicts; all of
one person's contradictions make one flag, pointing at every place.  An exclusive role (主任,
书记, 市长…) of one organisation, written the same way, given to two people is a warning:
co-chairs exist (双主任制), so a person decides and the store keeps the decision.
"""
from __future__ import annotations

import re

from ..model import Analysis, Fact, Flag
from .base import CJK, flag
from .messages import msg
from .names import variant_kind
from .registry import Registry, as_date, held_on

EXCLUSIVE = ("主任", "书记", "市长", "局长", "董事长", "院长", "省长", "县长", "校长", "总经理", "主席",
             "部长", "厅长", "区长", "镇长", "乡长", "州长", "行长", "社长", "总编辑", "台长", "所长",
             "处长", "科长", "庭长", "检察长", "会长", "理事长", "总裁", "总理", "秘书长", "党委书记",
             "党组书记", "总书记", "主任委员", "站长", "馆长")
#: Words that make a title non-exclusive (deputies, honorary, rotating…) or not current.
NOT_EXCLUSIVE = ("副", "名誉", "荣誉", "常务", "执行", "代理", "助理", "第一", "轮值", "驻村", "首任", "历任",
                 "前任", "候选")
NOT_EXCLUSIVE_END = ("委员", "常委", "成员", "干事")
#: Organisation keys too vague to tell two bodies apart.
GENERIC_ORGS = ("", "党委", "党组", "党工委", "公司", "集团", "学校", "医院", "委员会", "国家", "外交", "外交部",
                "国防", "国防部", "政府", "议会", "董事会")
#: Bodies a city paper covers many of: unqualified, they only match within one story.
LOCAL_PREFIXES = tuple("县区镇乡村街")
PAST_CUES = ("原", "前", "时任", "曾任", "历任", "首任", "老", "已故", "退休", "卸任", "离任", "前任")
#: Words before a title that point at another body or several: 邻县县委书记 beside 县委书记.
OTHER_BODY_CUES = ("邻县", "邻市", "邻区", "邻省", "邻镇", "邻乡", "邻村", "兄弟县", "兄弟市", "兄弟省", "外县",
                   "外市", "外省", "各", "周边县", "周边市", "对口", "结对", "友好县", "友好市", "友好城市")
#: Titles that name their own level: an empty org is the local government.
LEVEL_TITLES = ("省长", "市长", "县长", "区长", "镇长", "乡长", "州长")
#: 市委书记 → (市委, , 书记); 市委常务副书记 → (市委, 常务副, 书记)
SPLIT_RE = re.compile(r"(.*?)((?:常务)?副)?(" + "|".join(sorted(EXCLUSIVE, key=len, reverse=True)) + ")")


class Holding:
    """One person holding one title at one place in the text."""

    __slots__ = ("person", "title", "name", "role", "org", "full")

    def __init__(self, person: Fact, title: Fact) -> None:
        self.person, self.title = person, title
        self.name = str(person.value.get("name") or person.text)
        self.role, self.org = split_title(str(title.value.get("title") or title.text),
                                          str(title.value.get("org") or ""))
        self.full = title.text


def split_title(role: str, org: str) -> tuple[str, str]:
    """(role, organisation key): 市委书记 given whole → (书记, 市委); (主任, 衡阳市…委员会) as is."""
    if not org and role not in EXCLUSIVE:
        m = SPLIT_RE.fullmatch(role)
        if m and m.group(1) not in ("党委", "党组", "党工委"):
            org, role = m.group(1), (m.group(2) or "") + m.group(3)
    return role, norm_org(org, role)


def norm_org(org: str, role: str) -> str:
    """Organisation key: 中共衡阳市委 → 衡阳市委; 衡阳市人民政府 (for 市长) → 衡阳市."""
    org = re.sub(r"^(中共|中国共产党)", "", org.strip())
    org = org.replace("人民政府", "政府")
    if role in LEVEL_TITLES:
        org = re.sub(r"政府$", "", org)
        if org in ("省", "市", "县", "区", "镇", "乡", "州"):
            org = ""
    return org


def same_org(a: str, b: str) -> bool:
    """True when two organisation keys name one body (市委 ≈ 衡阳市委, 市生态环境保护委员会 ≈ 衡阳市…)."""
    if a == b:
        return True
    if not a or not b:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return long.endswith(short) and short[0] in "省市县区镇乡州" and len(short) >= 2


def exclusive(role: str) -> bool:
    """True for a role only one person holds at a time (主任, not 副主任 or 委员)."""
    if any(w in role for w in NOT_EXCLUSIVE) or (role.endswith(NOT_EXCLUSIVE_END) and role != "主任委员"):
        return False
    return role in EXCLUSIVE


def holdings(analysis: Analysis) -> list[Holding]:
    """Every current (person, title) pair from ``holds_title`` relations, in text order."""
    by_id = {f.id: f for f in analysis.facts}
    text = analysis.text
    out = []
    for r in analysis.relations:
        if r.kind != "holds_title":
            continue
        p, t = by_id.get(r.head), by_id.get(r.tail)
        if p is None or t is None or p.kind != "person" or t.kind != "title":
            continue
        before = text[max(0, t.start - 3):t.start]
        if any(before.endswith(c) for c in PAST_CUES):
            continue  # 原市长 … is history, not a claim about today
        if any(before.endswith(c) for c in OTHER_BODY_CUES):
            continue  # 邻县县委书记, 兄弟市市长, 各县区长: another body or several, not this one
        out.append(Holding(p, t))
    return sorted(out, key=lambda h: (h.title.start, h.person.start))


def _same_body(a: Holding, b: Holding) -> bool:
    """One organisation, written the same way: 市委书记 X beside 长沙市委书记 Y is a host and a
    visitor, not a conflict.  Across stories an unqualified 县委 or 区政府 may be any of the
    counties a city paper covers, so those only match within one story."""
    if a.org != b.org:
        return False
    return a.title.article == b.title.article or not a.org.startswith(LOCAL_PREFIXES)


def _article(facts: list[Fact]) -> int | None:
    arts = {f.article for f in facts}
    return arts.pop() if len(arts) == 1 else None


#: A Chinese name as the desk's roster holds it: two to four Han characters of any block (吉𠮷平).
_HAN_NAME = re.compile(f"[{CJK}]{{2,4}}")


def check_roles(analysis: Analysis) -> list[Flag]:
    """``role.exclusive-conflict``: one flag per role held by two or more different people."""
    groups: list[list[Holding]] = []
    for h in holdings(analysis):
        if not exclusive(h.role) or (h.org in GENERIC_ORGS and h.role not in LEVEL_TITLES and
                                     h.role not in ("总书记", "总理")):
            continue
        if not _HAN_NAME.fullmatch(h.name):
            continue  # 通伦·西苏里, 拉夫罗夫: foreign office-holders are not the desk's roster
        for g in groups:
            if g[0].role == h.role and _same_body(g[0], h):
                g.append(h)
                break
        else:
            groups.append([h])
    out = []
    for g in groups:
        names = list(dict.fromkeys(h.name for h in g))
        # Two spellings of one name are a name-variant flag, not two holders.
        distinct = [n for i, n in enumerate(names) if not any(variant_kind(n, m) for m in names[:i])]
        if len(distinct) < 2:
            continue
        facts = [f for h in g for f in (h.person, h.title)]
        org = max((h.org for h in g), key=len) or "本地政府"
        role_text = min((h.full for h in g), key=len)
        out.append(flag("role.exclusive-conflict", "warning", _article(facts),
                        msg("role.conflict", people="、".join(distinct), people_en=", ".join(distinct),
                            role=role_text, org=org, title=g[0].role),
                        facts=facts, spans=[(f.start, f.end) for f in facts]))
    return out


def _rank(role: str) -> tuple[str, bool]:
    """(office, deputy?): 常务副市长 → (市长, True); 副书记 → (书记, True)."""
    deputy = "副" in role
    return role.replace("常务", "").replace("副", "", 1), deputy


PARTY_LEVEL_RE = re.compile(r"^(?P<place>.*?)(?P<level>[省市县区镇乡])(?:党)?委$")


def _party_and_head(a: Holding, b: Holding) -> bool:
    """市委书记 and 市长 (县委书记 and 县长…) of one place: never one person at once."""
    for x, y in ((a, b), (b, a)):
        m = PARTY_LEVEL_RE.match(x.org)
        if x.role != "书记" or not m or y.role != m.group("level") + "长":
            continue
        place, other = m.group("place"), re.sub(r"[省市县区镇乡]$", "", y.org)
        if not place or not other or place == other:
            return True
    return False


def check_titles(analysis: Analysis, registry: Registry | None = None) -> list[Flag]:
    """``person.title-mismatch``: one person at two ranks of one office, or against the registry."""
    by_name: dict[str, list[Holding]] = {}
    for h in holdings(analysis):
        by_name.setdefault(h.name, []).append(h)
    out = []
    for name, hs in by_name.items():
        pairs: dict[tuple[str, str], str] = {}  # (a, b) → why, one flag per person
        facts: list[Fact] = []
        for i, a in enumerate(hs):
            for b in hs[i + 1:]:
                (oa, da), (ob, db) = _rank(a.role), _rank(b.role)
                if oa == ob and da != db and same_org(a.org, b.org):
                    why = "rank"
                elif _party_and_head(a, b):
                    why = "head"
                else:
                    continue
                key = tuple(sorted((a.full, b.full)))
                pairs.setdefault(key, why)
                facts += [a.person, a.title, b.person, b.title]
        if pairs:
            if len(pairs) == 1:
                (a_full, b_full), why = next(iter(pairs.items()))
                message = msg("title.rank" if why == "rank" else "title.incompatible",
                              name=name, a=a_full, b=b_full)
            else:
                zh = "；".join(f"“{x}”与“{y}”" + ("是同一职务的正副职" if w == "rank" else "是同级党政主官")
                              for (x, y), w in sorted(pairs.items()))
                en = "; ".join(f"“{x}” and “{y}”" + (" are one office at two ranks" if w == "rank"
                                                     else " are the party and government heads")
                               for (x, y), w in sorted(pairs.items()))
                message = msg("title.several", name=name, pairs=zh, pairs_en=en)
            out.append(flag("person.title-mismatch", "warning", _article(facts), message,
                            facts=facts, spans=[(f.start, f.end) for f in facts]))
        if registry is not None:
            out.extend(_against_registry(analysis, registry, name, hs))
    return out


def _against_registry(analysis: Analysis, registry: Registry, name: str, hs: list[Holding]) -> list[Flag]:
    day = analysis.reference_date
    every = registry.titles_of(name)
    records = [r for r in every if held_on(r, day)]
    if not records:  # the registry grows from stories: its last known titles stand until replaced
        earlier = [r for r in every if (as_date(r[2]) or day) <= day]
        latest = max((as_date(r[3]) or day for r in earlier), default=None)
        records = [r for r in earlier if (as_date(r[3]) or day) == latest]
    out = []
    reported: set[str] = set()
    for h in hs:
        office, deputy = _rank(h.role)
        for title, org, since, _until in records:
            r_role, r_org = split_title(title, org)
            r_office, r_deputy = _rank(r_role)
            if r_office != office or r_deputy == deputy or not same_org(r_org, h.org):
                continue
            if h.full in reported:
                continue
            reported.add(h.full)
            out.append(flag("person.title-mismatch", "warning", h.title.article,
                            msg("title.registry", name=name, a=h.full, b=f"{org}{title}",
                                since=str(since or "—")),
                            facts=[h.person, h.title],
                            spans=[(h.person.start, h.person.end), (h.title.start, h.title.end)]))
    return out
