"""``sum.mismatch``: 共/合计/总计 N …，其中 a、b、c — the parts against the total.

Parts named in a 其中 clause are often only some of the whole (其中A5000万元、B6000万元
of a 1.2亿元 budget), so they are only flagged when they exceed the total, or when the
split is declared exhaustive (男…女…, 城镇…农村…) and does not add up.  A single part
larger than the whole is ``number.implausible``.  A part counts the same thing as its whole:
the 其中 scope ends at the first figure of another unit, at a total of its own (，共提供岗位…),
or at a later clause whose noun names another thing (展位 / 岗位).
"""
from __future__ import annotations

import re

from ..model import Analysis, Flag
from .base import flag, stories, to_number
from .messages import msg

MULT = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2, "": 1.0}
UNITS = {"元": "元", "人": "人", "名": "人", "人次": "人次", "个": "个", "家": "家", "所": "所", "座": "座",
         "项": "项", "件": "件", "起": "起", "辆": "辆", "台": "台", "套": "套", "户": "户", "吨": "吨",
         "亩": "亩", "公里": "公里", "千米": "公里", "km": "公里", "处": "处", "条": "条", "宗": "宗",
         "只": "只", "头": "头", "株": "株", "份": "份", "篇": "篇", "次": "次", "场": "场", "间": "间",
         "栋": "栋", "个村": "个"}
QTY = (r"(?<![\d.])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?P<mult>[万亿千]?)"
       r"(?P<unit>" + "|".join(sorted(UNITS, key=len, reverse=True)) + ")")
TOTAL_RE = re.compile(r"(?:共|共计|合计|总计|总共|一共|累计|总数为?|总额为?)(?:有|达|为|涉及|投入|投资|完成)?"
                      r"[\u4e00-\u9fff]{0,4}?" + QTY)
PART_RE = re.compile(QTY)
#: Splits that cover the whole by definition.
EXHAUSTIVE = (("男", "女"), ("城镇", "农村"), ("城市", "农村"), ("省内", "省外"), ("境内", "境外"),
              ("国内", "国外"), ("市内", "市外"), ("公办", "民办"), ("线上", "线下"), ("本地", "外地"),
              ("已", "未"), ("城区", "农村"))
CHANGE_WORDS = re.compile(r"增|减|比|多|少|占|同比|环比|超|余|近|约")


def _value(m: re.Match) -> float | None:
    v = to_number(m.group("num"))
    return None if v is None else v * MULT[m.group("mult")]


def _slack(*ms: re.Match) -> float:
    """Half a unit of the last written digit of each figure: 2.3万 may be 22,500–23,499."""
    out = 0.0
    for m in ms:
        num = m.group("num")
        decimals = len(num.split(".")[1]) if "." in num else 0
        out += 0.5 * MULT[m.group("mult")] * 10 ** -decimals if m.group("mult") or decimals else 0
    return out


def _fmt(v: float) -> str:
    if v >= 1e8 and v % 1e6 == 0:
        return f"{v / 1e8:g}亿"
    if v >= 1e4 and v % 100 == 0:
        return f"{v / 1e4:g}万"
    return f"{v:g}"


#: Amounts attributed to people or to shares of one event: each defendant's 非法获利 out of the
#: 涉案金额, each participant's 累计 — they may overlap, so they are no partition of the total.
PEOPLE_SHARE = re.compile(r"被告人?|嫌疑人|涉案|参与|分别|累计|获利|违法所得|非法所得|作案|经手|个人|本人|各自|人均|"
                          r"[\u4e00-\u9fff]某(?![种些项类个])")

#: Attributes that cut across a whole: a firm both 规上 and 高新, a person both 党员 and 女性.
CROSS_CUTTING = re.compile(r"规上|规模以上|高新|专精特新|上市|龙头|党员|女性|妇女|少数民族|贫困|留守|残疾|困难|"
                           r"骨干|外资|民营|国有|新增|新建|重点|退役军人|大学生|高校毕业生|返乡")


def _overlapping(analysis: Analysis, text: str, lo: int, k: int, run) -> bool:
    """True when the parts may overlap, so that their sum may pass the total: parts attributed to
    people (被告人甲…、被告人乙…, a person's name) or a total of 涉案/累计 shares."""
    labels = "".join(lab for lab, _, _ in run)
    if PEOPLE_SHARE.search(labels) or re.search(r"涉案|累计", text[lo:k]):
        return True
    dims = {m.group(0) for lab, _, _ in run for m in CROSS_CUTTING.finditer(lab)}
    if len(dims) >= 2 or dims and any(not CROSS_CUTTING.search(lab) for lab, _, _ in run):
        return True  # 规上工业企业80家、高新技术企业50家: two ways of counting the same firms
    first, last = run[0][2].start() - len(run[0][0]) - 2, run[-1][2].end()
    return any(f.kind == "person" and first <= f.start < last for f in analysis.facts)


def _whole(text: str, lo: int, k: int) -> re.Match | None:
    """The whole a 其中 clause divides: 共/合计 N in the sentence, else the figure just before
    (全国134座电站，其中…)."""
    totals = [t for t in TOTAL_RE.finditer(text, lo, k) if k - t.end() <= 30]
    if totals:
        return totals[-1]
    near = list(PART_RE.finditer(text, max(lo, k - 30), k))
    if near and re.fullmatch(r"[\u4e00-\u9fff“”]{0,20}[，,]?", text[near[-1].end():k]):
        return near[-1]
    return None


#: A figure introduced by 共/共计/合计… is a total of its own (…，共提供岗位1.2万个), not a part.
TOTAL_WORD = re.compile(r"(?:共计|合计|总计|总共|一共|(?<![公])共(?![同享建青产识担商治]))")
#: Words that may end the text before a figure without naming what it counts (现有32家, 达到300人).
NOT_NOUN = set("有为达是约近超逾计共设至到了在和及与等")


def _noun(text: str, lo: int, start: int) -> str:
    """The noun written right before a figure (会场设展位260个 → 展位), or "" when the figure
    follows a verb or a punctuation mark (全市现有32家)."""
    run = re.search(r"[\u4e00-\u9fff]+$", text[lo:start])
    if not run or len(run.group(0)) < 2 or run.group(0)[-1] in NOT_NOUN:
        return ""
    return run.group(0)


def _same_thing(whole: str, label: str) -> bool:
    """Do two nouns written before figures count the same thing?  One must hold the other's head
    (its last two characters): 博物馆 / 国有博物馆, 展位 / 特装展位 — but not 展位 / 岗位."""
    if not whole or not label:
        return True
    return whole[-2:] in label or label[-2:] in whole


def check_sums(analysis: Analysis) -> list[Flag]:
    """Totals against their 其中 parts."""
    text = analysis.text
    out: list[Flag] = []
    for st in stories(analysis):
        for km in re.finditer("其中", text[st.start:st.end]):
            k = st.start + km.start()
            sent_start = k
            while sent_start > st.start and text[sent_start - 1] not in "。；;！？\n":
                sent_start -= 1
            sent_end = k
            while sent_end < st.end and text[sent_end] not in "。；;！？\n":
                sent_end += 1
            t = _whole(text, sent_start, k)
            if t is None:
                continue
            total = _value(t)
            unit = UNITS[t.group("unit")]
            if total is None:
                continue
            parts = []
            prev = prev_same = k + 2
            whole_noun = _noun(text, sent_start, t.start("num"))
            for p in PART_RE.finditer(text, k + 2, sent_end):
                label = text[prev:p.start()]
                # a comma since the last part of this unit ends the 、-run (…参与23起、涉案31.6万元，
                # 吴某参与14起、涉案18.2万元: the comma falls before 14起, not before 18.2万元)
                since = text[prev_same:p.start()] if UNITS[p.group("unit")] == unit else label
                prev = p.end()
                clause = re.split(r"[，,；;：:、]", label)[-1]
                # the 其中 scope ends at the first figure of another kind: another unit (其中制造业
                # 企业96家 of 展位260个), a total of its own (，共提供岗位1.2万个), or a noun that
                # names another thing in a clause of its own (，提供岗位1.2万个 of 展位260个)
                if UNITS[p.group("unit")] != unit or TOTAL_WORD.search(clause) or \
                        (parts and re.search("[，,；;]", label) and
                         not _same_thing(whole_noun, _noun(text, p.start() - len(clause), p.start())) and
                         not any(clause.startswith(w) for pair in EXHAUSTIVE for w in pair)):
                    break
                if CHANGE_WORDS.search(label) or text[p.end():p.end() + 1] in "%％":
                    continue
                v = _value(p)
                if v is not None:
                    parts.append((label.strip("，,、和及与：: "), v, p, bool(re.search("[，,；;]", since))))
                    prev_same = p.end()
            if not parts:
                continue
            total_text = text[t.start():t.end()]
            run = [parts[0][:3]]  # the 、-list that follows 其中 (comma-separated parts may overlap)
            for lab, v, p, comma in parts[1:]:
                if comma:
                    break
                run.append((lab, v, p))
            parts = [x[:3] for x in parts]
            spans = [t.span()] + [p.span() for _, _, p in run]
            big = [(lab, v, p) for lab, v, p in parts if v > total + _slack(t, p)]
            if big:
                lab, v, p = big[0]
                out.append(flag("number.implausible", "error", st.index,
                                msg("part.exceeds", part=text[p.start() - len(lab):p.end()], total=total_text),
                                spans=[t.span(), p.span()]))
                continue
            for a, b in EXHAUSTIVE:
                pa = [x for x in parts if x[0].startswith(a) or x[0].endswith(a)]
                pb = [x for x in parts if x[0].startswith(b) or x[0].endswith(b)]
                if len(pa) == 1 and len(pb) == 1:
                    s = pa[0][1] + pb[0][1]
                    lo_p, hi_p = sorted((pa[0][2].start(), pb[0][2].start()))
                    if any(lo_p < x[2].start() < hi_p for x in parts) and s <= total + _slack(t, pa[0][2], pb[0][2]):
                        break  # 已建成20个、在建30个、未开工10个: a three-way split, not two halves
                    if abs(s - total) > _slack(t, pa[0][2], pb[0][2]) + 1e-6 * max(1.0, total):
                        split = f"{a}{pa[0][2].group(0)}、{b}{pb[0][2].group(0)}"
                        out.append(flag("sum.mismatch", "error", st.index,
                                        msg("sum.exhaustive", split=split, parts=_fmt(s), unit=unit,
                                            total=total_text),
                                        spans=[t.span(), pa[0][2].span(), pb[0][2].span()]))
                    break
            else:
                if _overlapping(analysis, text, t.start(), k, run):
                    continue
                s = sum(v for _, v, _ in run)
                if len(run) >= 2 and s > total + _slack(t, *(p for _, _, p in run)) + 1e-9 * total:
                    out.append(flag("sum.mismatch", "error", st.index,
                                    msg("sum.exceeds", parts=_fmt(s), unit=unit, total=total_text),
                                    spans=spans))
        out.extend(_shares(text, st))
    return out


PCT_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?:%|％)")
NOT_SHARE = re.compile(r"增|减|降|升|提高|回落|同比|环比|比上|比去|率|幅|速|超")


def _shares(text: str, st) -> list[Flag]:
    """Percent shares in a 其中 clause: an exhaustive split must make 100%, none may pass it."""
    out = []
    for km in re.finditer("其中", text[st.start:st.end]):
        k = st.start + km.start() + 2
        end = k
        while end < st.end and text[end] not in "。；;！？\n":
            end += 1
        parts, prev = [], k
        for m in PCT_RE.finditer(text, k, end):
            label = text[prev:m.start()].strip("，,、和及与：: ")
            comma = bool(re.search("[，,]", text[prev:m.start()])) and bool(parts)
            prev = m.end()
            if NOT_SHARE.search(label):
                parts = []
                break
            parts.append((label, float(m.group("num")), m, comma))
        if len(parts) < 2:
            continue
        total = None
        for a, b in EXHAUSTIVE:
            pa = [x for x in parts if x[0].lstrip("占").startswith(a)]
            pb = [x for x in parts if x[0].lstrip("占").startswith(b)]
            if len(pa) == 1 and len(pb) == 1:
                total = pa[0][1] + pb[0][1]
                lo_p, hi_p = sorted((pa[0][2].start(), pb[0][2].start()))
                if any(lo_p < x[2].start() < hi_p for x in parts) and total <= 101:
                    break  # 城镇占40%、县城占20%、农村占40%: three ways, not two halves
                if abs(total - 100) > 1.0:
                    split = f"{pa[0][0]}{pa[0][2].group(0)}、{pb[0][0]}{pb[0][2].group(0)}"
                    out.append(flag("sum.mismatch", "error", st.index,
                                    msg("sum.exhaustive", split=split, parts=f"{total:g}", unit="%",
                                        total="100%"),
                                    spans=[pa[0][2].span(), pb[0][2].span()]))
                break
        if total is None:
            run = [parts[0]] + [x for i, x in enumerate(parts[1:], 1) if not any(y[3] for y in parts[1:i + 1])]
            total = sum(x[1] for x in run)
            if len(run) >= 2 and total > 101:
                out.append(flag("sum.mismatch", "error", st.index,
                                msg("sum.exceeds", parts=f"{total:g}", unit="%", total="100%"),
                                spans=[x[2].span() for x in run]))
    return out
