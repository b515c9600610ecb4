"""``count.list-mismatch``: a stated count against the items listed before or after it.

Two shapes are read from the text: a 、-list closed by a count (市场监管局、公安局…等9部门;
省、市、县三级) and a count that announces an enumeration (三项措施：一是…二是…;
以下三点：第一…第二…; 9个部门：A、B、C).  More items than the count is an error; fewer
items before an open-ended 等 is normal and never flagged.  A count and its list stay in one
sentence, and a figure that belongs to the last item (其中A20家、B12家) counts no list.
"""
from __future__ import annotations

import re

from ..model import Analysis, Flag
from .base import CLAUSE_END, flag, stories, to_number
from .messages import msg

NUM = r"(?<![\d.])(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})"
CLS = r"(?P<cls>个|家|项|名|位|座|所|条|支|批|类|种|大|只|款|起|宗|处|件|级|方)"
NOUNS = ("部门", "单位", "县市区", "县区", "区县", "乡镇", "街道", "社区", "企业", "医院", "学校", "机构", "省份",
         "城市", "国家", "地区", "部委", "方面", "领域", "环节", "行业", "景区", "园区", "高校", "银行", "平台",
         "项目", "村", "镇", "县", "区", "市", "省", "国", "地", "人", "河", "湖", "厅局", "委局", "职能部门")
#: Counts of kinds of thing (a closed list), as opposed to counts of instances (干部、群众300人).
CATEGORY = {"部门", "单位", "县市区", "县区", "区县", "乡镇", "部委", "厅局", "委局", "职能部门", "省", "市", "县",
            "区", "国", "地", "省份", "城市", "国家", "地区", "级", "方", "家", "大"}
NOUN = "(?P<noun>" + "|".join(sorted(NOUNS, key=len, reverse=True)) + ")"
#: The count right after the last item: 等9部门, 等九个单位, 三级, 2人.
AFTER_RE = re.compile(rf"(?P<last>[^、]{{1,24}}?)(?P<deng>等共|等)?{NUM}{CLS}?{NOUN}?(?<=[^\d一二两三四五六七八九十])")
#: A count that announces what follows: 三项措施：, 以下三点：, 9个部门：
BEFORE_RE = re.compile(rf"{NUM}(?:个|项|条|点|大|方面|家|所|名|位|座)[\u4e00-\u9fff]{{0,6}}?(?:[：:]|分别是|分别为)|"
                       rf"(?<![\d.])(?P<n2>[两三四五六七八九十]|\d)(?:个|项|条|点|方面|大)(?:[\u4e00-\u9fff]{{0,6}}?)(?=[，,]?(?:一是|第一|其一))")
BRACKETS_RE = re.compile(r"（[^（）]*）|\([^()]*\)|《[^《》]*》|“[^“”]*”")
#: An item ending in a figure of its own: 国有博物馆20家, 男生1.2万人, 农村学生40%.
ITEM_FIGURE = re.compile(r"(?<![第\d.])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[万亿千]?"
                         r"(?:个|家|项|名|位|座|所|条|支|批|类|种|只|款|起|宗|处|件|人次|人|元|吨|亩|户|辆|台|套|"
                         r"间|栋|场|次|篇|份|株|头|公里|米|%|％)$")
#: The end of a sentence: a count and its list never reach across it.
SENT_END = "。！？!?\n"
CN_ORD = "一二三四五六七八九十"
_NB = "(?<![一二三四五六七八九十第统唯万])"
ENUM_STYLES = (
    lambda k: f"{_NB}{_cn(k)}是", lambda k: f"{_NB}{_cn(k)}要(?![素求点件])", lambda k: f"第{_cn(k)}[，,、：:是]",
    lambda k: f"其{_cn(k)}[，,、：:是]", lambda k: f"[（(]{_cn(k)}[）)]", lambda k: f"[（(]{k}[）)]",
    lambda k: "①②③④⑤⑥⑦⑧⑨⑩"[k - 1] if k <= 10 else "⑪",
)


def _items(n: int, noun: str | None) -> str:
    """列出“9个部门” / “4项”: the listed count in words."""
    return f"{n}个{noun}" if noun else f"{n}项"


def _cn(k: int) -> str:
    return CN_ORD[k - 1] if k <= 10 else "十" + CN_ORD[k - 11]


def _mask(s: str) -> str:
    """Hide 、 inside brackets and quotes (县（市、区） is one item)."""
    return BRACKETS_RE.sub(lambda m: "□" * len(m.group(0)), s)


def _clauses(text: str, lo: int, hi: int):
    s = lo
    for i in range(lo, hi + 1):
        if i == hi or text[i] in CLAUSE_END:
            if i > s:
                yield s, i
            s = i + 1


def _headline_counts(analysis: Analysis, st, listed: list[tuple[int, str, tuple[int, int]]]) -> list[Flag]:
    """A count in the title lines (我市8部门联合行动) against the list the body gives (9)."""
    text = analysis.text
    out = []
    if st.body_start <= st.start:
        return out
    for n, noun, span in listed:
        for m in re.finditer(rf"(?<![\d.])(\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?:个|家)?{re.escape(noun)}",
                             text[st.start:st.body_start]):
            stated = int(to_number(m.group(1)) or 0)
            if stated and stated != n:
                s = st.start + m.start()
                out.append(flag("count.list-mismatch", "error", st.index,
                                msg("count.more" if n > stated else "count.fewer", n=n, items=_items(n, noun),
                                    count=m.group(0)),
                                spans=[(s, st.start + m.end()), span]))
    return out


def _list_then_count(analysis: Analysis, lo: int, hi: int, article: int | None,
                     consistent: list | None = None) -> list[Flag]:
    text = analysis.text
    out = []
    for cs, ce in _clauses(text, lo, hi):
        masked = _mask(text[cs:ce])
        for k, ch in enumerate(masked):
            if ch != "、":
                continue
            m = AFTER_RE.match(masked, k + 1)
            if not m:
                continue
            n = int(to_number(m.group("n")) or 0)
            if n < 2:
                continue  # 一家企业 after a list is a place or an example, not a count of it
            items = [x for x in masked[:m.end("last")].split("、")]
            # only the last 、 before this count, and a list of words, not of numbers
            if "、" in masked[k + 1:m.end("last")] or any(re.fullmatch(r"[\d.%一二三四五六七八九十]+", x)
                                                         for x in items):
                continue
            # items that carry figures of their own (其中国有博物馆20家、非国有博物馆12家): the
            # figure after the last item is that item's own, not a count of the list
            if any(ITEM_FIGURE.search(x) for x in items[:-1]):
                continue
            listed = len(items)
            # 和 may join two items (A、B和C3部门) or sit inside one (住房和城乡建设局): either way
            joined = 1 if not m.group("deng") and re.search(r"[和及与]", items[-1]) else 0
            noun = m.group("noun")
            count_start = m.start("deng") if m.group("deng") else m.start("n")
            count_text = text[cs + count_start:cs + m.end()]
            spans = [(cs, cs + m.end("last")), (cs + count_start, cs + m.end())]
            category = (m.group("noun") in CATEGORY or m.group("cls") in CATEGORY) and n <= 12
            if listed == n and consistent is not None and m.group("noun"):
                consistent.append((n, m.group("noun"), spans[0]))
            if listed > n and (m.group("deng") or category):
                out.append(flag("count.list-mismatch", "error", article,
                                msg("count.more", n=listed, items=_items(listed, noun), count=count_text), spans=spans))
            elif listed + joined < n and not m.group("deng") and category:
                out.append(flag("count.list-mismatch", "warning", article,
                                msg("count.fewer", n=listed, items=_items(listed, noun), count=count_text), spans=spans))
    return out


def _count_then_items(analysis: Analysis, lo: int, hi: int, article: int | None) -> list[Flag]:
    text = analysis.text
    out = []
    for m in BEFORE_RE.finditer(text, lo, hi):
        raw = m.group("n") or m.group("n2")
        n = int(to_number(raw) or 0)
        if n < 2 or (m.start() > 0 and text[m.start() - 1] in "第“"):
            continue
        count_text = text[m.start():m.end()].rstrip("：:")
        after = m.end()
        # (a) 9个部门：A、B、C。
        sent = re.match(r"[^。！？!?；;\n]*", text[after:hi]).group(0)
        masked = _mask(sent)
        if "、" in masked and not re.match(r"\s*(一是|第一|其一|[（(][一1][）)]|①)", sent):
            head = re.split(r"[，,]", masked)[0]
            listed = head.count("、") + 1
            # 两项措施：对餐饮、住宿、娱乐行业减免租金… — the 、 list sits inside one item
            inside = head[:1] in PREPOSITIONS or "等" in head
            if listed > n and not inside:
                out.append(flag("count.list-mismatch", "error", article,
                                msg("count.more", n=listed, items=_items(listed, None), count=count_text),
                                spans=[m.span(), (after, after + len(head))]))
            continue
        # (b) 三项措施：一是…二是… / 第一…第二…
        for style in ENUM_STYLES:
            first = re.compile(style(1)).search(text, after, min(hi, after + 30))
            if not first or any(c in SENT_END for c in text[after:first.start()]):
                continue  # the first item must open in the count's own sentence
            pos, k, last, nested = first.end(), 1, first, False
            while k < 20:
                nxt = re.compile(style(k + 1)).search(text, pos, min(hi, pos + 1200))
                if not nxt:
                    break
                if any(re.search(style(j), text[pos:nxt.start()]) for j in range(1, k + 1)):
                    nested = True  # 一是…（两个方面：一是…二是…）；二是…: lists inside lists
                    break
                pos, k, last = nxt.end(), k + 1, nxt
            if k == n or k < 2 or nested:
                break
            key = "count.enum_more" if k > n else "count.enum_fewer"
            out.append(flag("count.list-mismatch", "error" if k > n else "warning", article,
                            msg(key, count=count_text, last=text[last.start():last.end()].rstrip("，,、：:"),
                                n=k),
                            spans=[m.span(), last.span()]))
            break
    return out


PREPOSITIONS = set("对向在为给把将从以按就由与和及同跟让使")
INCLUDING_RE = re.compile(rf"包括(?P<list>[^，。；;,\n]{{3,120}}?)(?:等)?在内的{NUM}(?:个|家|名|位|所|座|项)?")


def _including(analysis: Analysis, lo: int, hi: int, article: int | None) -> list[Flag]:
    """包括A、B、C在内的5家单位: the named ones cannot outnumber the whole."""
    text = analysis.text
    out = []
    for m in INCLUDING_RE.finditer(text, lo, hi):
        listed = _mask(m.group("list")).count("、") + 1
        n = int(to_number(m.group("n")) or 0)
        if listed >= 2 and n >= 2 and listed > n:
            out.append(flag("count.list-mismatch", "error", article,
                            msg("count.more", n=listed, items=_items(listed, None), count=text[m.start("n"):m.end()]),
                            spans=[m.span("list"), (m.start("n"), m.end())]))
    return out


def check_counts(analysis: Analysis) -> list[Flag]:
    """Counts against listed items, story by story."""
    out: list[Flag] = []
    for st in stories(analysis):
        consistent: list = []
        out += _list_then_count(analysis, st.body_start, st.end, st.index, consistent)
        out += _list_then_count(analysis, st.start, st.body_start, st.index)
        out += _headline_counts(analysis, st, consistent)
        out += _including(analysis, st.start, st.end, st.index)
        out += _count_then_items(analysis, st.start, st.end, st.index)
    return out
