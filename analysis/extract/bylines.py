"""Person names in bylines and credits.

News copy names its writers and photographers in fixed places: after a byline role (记者 操秀英,
责任编辑：熊家余, 记者：王勃 陶然), two names glued after one role (记者刘华刘万利), and a writer's
credit in brackets at the end of a story or paragraph (（刘艳）). Such a place is strong evidence on
its own, so these names are accepted with fixed high scores instead of being scored like other
candidates. Each ``find_…`` function adds to ``accepted`` exactly as the loop it came from inside
``find_people`` did.
"""
from __future__ import annotations

import functools
import re

from . import segmenter
from ._data import CJK, alternation
from .name_common import _CREDIT_ROLES, _CREDIT_TAILS, _NOT_GIVEN

_BYLINE_UNIT = re.compile(f"[ \u3000]([{CJK}]{{2,4}})(?=[ \u3000）)\n]|$)")
_BYLINE_END = ("报道", "编译", "发自", "整理", "供图", "摄影", "摄", "电")
_CREDIT_START = tuple(_CREDIT_ROLES) + ("记者", "通讯员", "实习生", "本报", "摄影")
_END_CREDIT = re.compile(f"[（(]([{CJK}]{{2,3}})[）)][ \u3000]*(?=\n|$)")


def find_byline_names(text: str, start: int, end: int, seg, byline_re, left_re, accepted: dict) -> None:
    """记者 操秀英, 责任编辑：熊家余: the unit right after a byline role, and the units after it."""
    for m in byline_re.finditer(text, start, end):
        # 记者 操秀英 / 通讯员 梁爽）: the unit right after a byline role is a name.
        a, b = m.span(1)
        name = m.group(1)
        if left_re.search(name) or name.startswith(("本报", "本刊", "特约", "见习")) \
                or segmenter.word_freq(text[a - 2:a + 1]) >= 5 \
                or segmenter.word_freq(text[a - 1:a + 1]) >= 5000:  # 摄影展, 摄影师, 编辑部: no credit
            continue  # 作者：本报记者 王东 — the unit is another role, not a name
        if name[0] not in _NOT_GIVEN and segmenter.word_freq(name) < 50 \
                and not any(c in _NOT_GIVEN for c in name[1:]):
            accepted[(a, b)] = max(accepted.get((a, b), 0.0), 6.0)
            # 记者：王勃 陶然 编辑：…: every further unit after one space is a name too, even a
            # word (陶然), up to the next role
            pos = b
            while (u := _BYLINE_UNIT.match(text, pos, end)) is not None:
                unit = u.group(1)
                if left_re.search(unit) or any(c in _NOT_GIVEN for c in unit) \
                        or unit in _CREDIT_ROLES or unit.startswith(_CREDIT_START) \
                        or unit.endswith(_BYLINE_END) or segmenter.tag(unit)[:1] == "v":
                    break
                accepted[u.span(1)] = max(accepted.get(u.span(1), 0.0), 6.0)
                pos = u.end(1)


def find_end_credits(text: str, start: int, end: int, seg, surnames, accepted: dict) -> None:
    """（刘艳） at the end of a story or paragraph: the writer's credit."""
    for m in _END_CREDIT.finditer(text, start, end):
        # （刘艳） at the end of a story or paragraph: the writer's credit
        a, b = m.span(1)
        if surnames.get(text[a]) in (1, 2) or text[a:a + 2] in surnames:
            accepted[(a, b)] = max(accepted.get((a, b), 0.0), 5.0)


@functools.cache
def _byline_pair_re() -> re.Pattern:
    """记者刘华刘万利: two names glued together after a byline role, each 2–3 characters."""
    return re.compile(f"(?:记者|通讯员|实习生)[ \u3000]?([{CJK}]{{4,6}}?)(?:{alternation(_CREDIT_TAILS)})?"
                      f"(?=[ \u3000）)\n、]|$)")


def _split_pair(name: str, surnames: dict[str, int]) -> int | None:
    """Where a run of two glued Han names splits (刘华刘万利 → 2), or None."""
    if name[:2] in surnames or surnames.get(name[0]) != 1:
        return None  # 欧阳晓明 is one name
    cuts = [k for k in (2, 3) if 2 <= len(name) - k <= 3 and surnames.get(name[k]) == 1
            and name[k:k + 2] not in surnames]
    if len(cuts) != 1:
        return None
    return cuts[0]


def find_byline_pairs(text: str, start: int, end: int, seg, surnames, accepted: dict) -> None:
    """记者刘华刘万利: two names glued together after a byline role."""
    for m in _byline_pair_re().finditer(text, start, end):
        k = _split_pair(m.group(1), surnames)
        if k is not None and segmenter.word_freq(m.group(1)) == 0:
            a, b = m.span(1)
            for span in ((a, a + k), (a + k, b)):
                accepted[span] = max(accepted.get(span, 0.0), 20.0)  # beats 刘华刘 read as one
