"""``script.traditional``: traditional characters in simplified copy (OpenCC t2s).

Detection converts each paragraph with OpenCC's phrase-aware ``t2s`` and compares it
character by character, so 乾隆 and 著名 stay as they are.  A few characters that t2s
changes are also valid simplified characters (乾坤, 於 as a surname, 瞭望, 夥 in 2013's
规范字表): those are allowed.  A name in 《》 or “” written wholly in traditional
characters (a shop sign, a Taiwan title) is taken as intended; one stray traditional
character among simplified ones is not.
"""
from __future__ import annotations

import functools
import re

from ..model import Analysis, Edit, Flag
from .base import CJK_RE, flag, paragraphs, quote, stories
from .messages import fix_label, msg

#: t2s changes these, but they are valid in simplified copy (通用规范汉字表 2013): the GB 2312
#: characters t2s touches (蒜薹, 哪吒, 宫商角徵羽, 麴姓…) except 後 and 菸, plus 瞭/馀/锺.
ALLOWED = set("乾於瞭夥麽馀锺著薹拚捱摺吒徵榘袷麴醣")
#: Characters of personal names that t2s changes but the 2013 table keeps for names (王昇, 蔡頔).
NAME_OK = set("昇頔顗崑濛堃喆")
QUOTED_RE = re.compile(r"《([^《》\n]{1,20})》|“([^“”\n]{1,12})”")


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc

    try:
        return opencc.OpenCC("t2s")
    except Exception:  # older wheels want the file name
        return opencc.OpenCC("t2s.json")


def convert(s: str) -> str:
    """OpenCC traditional → simplified (phrase-aware)."""
    return _converter().convert(s)


def _differences(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, simplified char) for each character of text[lo:hi] that t2s changes."""
    src = text[lo:hi]
    if not CJK_RE.search(src):
        return []
    dst = convert(src)
    if len(dst) != len(src):  # a phrase conversion changed the length: go char by char
        dst = "".join(convert(c) if len(convert(c)) == 1 else c for c in src)
    return [(lo + i, d) for i, (c, d) in enumerate(zip(src, dst, strict=True))
            if c != d and c not in ALLOWED and CJK_RE.match(c)]


def check_traditional(analysis: Analysis) -> list[Flag]:
    """One grouped flag per story listing every traditional character, with a fix-all."""
    text = analysis.text
    out = []
    for story in stories(analysis):
        diffs: list[tuple[int, str]] = []
        for plo, phi in paragraphs(text, story.start, story.end):
            diffs.extend(_differences(text, plo, phi))
        if not diffs:
            continue
        found = {i for i, _ in diffs}
        intended: set[int] = set()
        for m in QUOTED_RE.finditer(text, story.start, story.end):
            s, e = m.span(1) if m.group(1) is not None else m.span(2)
            inside = [i for i in range(s, e) if i in found]
            if len(inside) >= 2:
                intended.update(inside)
        names = [(f.start, f.end) for f in analysis.facts if f.kind == "person"]
        intended.update(i for i, _ in diffs if text[i] in NAME_OK and any(s <= i < e for s, e in names))
        diffs = [(i, d) for i, d in diffs if i not in intended]
        if not diffs:
            continue
        chars = "".join(dict.fromkeys(text[i] for i, _ in diffs))
        n = len(diffs)
        first = diffs[0][0]
        out.append(flag(
            "script.traditional", "warning", story.index,
            msg("script.traditional", n=n, chars="、".join(chars[:12]) + ("…" if len(chars) > 12 else ""),
                example=quote(text, first, first + 1, 4)),
            spans=[(i, i + 1) for i, _ in diffs],
            fix=(*fix_label("traditional", n=n), [Edit(i, i + 1, d) for i, d in diffs])))
    return out
