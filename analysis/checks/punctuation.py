"""``punct.halfwidth`` and ``punct.unpaired`` (GB/T 15834-2011).

Half-width marks are reported as ONE flag per story with a fix-all: a page from a PDF
can carry a hundred half-width commas and nobody wants a hundred rows.  Marks between
ASCII letters or digits (1,234 · 10:30 · an English sentence · a URL) are left alone.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Analysis, Edit, Flag
from .base import CJK_RE, Story, flag, paragraphs, quote, stories
from .messages import fix_label, msg

FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
#: Full-width marks that count as "Chinese context" next to a half-width mark.
CHINESE_MARKS = set("，。、；：？！《》（）【】〈〉…—·")  # quotes may close English too
URL_RE = re.compile(r"(?:https?://|www\.)[\w\-./?=&%#:~+]+|[\w.+-]+@[\w-]+\.[\w.]+", re.ASCII)


def _is_chinese(ch: str) -> bool:
    return bool(ch) and (bool(CJK_RE.match(ch)) or ch in CHINESE_MARKS)


def _neighbours(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    """The nearest non-space characters before and after text[i] (same line)."""
    p = i - 1
    while p >= lo and text[p] in " \t\u3000":
        p -= 1
    n = i + 1
    while n < hi and text[n] in " \t\u3000":
        n += 1
    return (text[p] if p >= lo and text[p] != "\n" else "",
            text[n] if n < hi and text[n] != "\n" else "")


def _mark_edit(text: str, i: int, lo: int, hi: int) -> Edit:
    """Replace the mark by its full-width form, taking the spaces that typesetting makes redundant."""
    ch = text[i]
    s, e = i, i + 1
    if ch == "(":
        while s > lo and text[s - 1] == " " and s - 2 >= lo and _is_chinese(text[s - 2]):
            s -= 1
    else:
        while e < hi and text[e] == " " and e + 1 < hi and _is_chinese(text[e + 1]):
            e += 1
    return Edit(s, e, FULL[ch])


def _halfwidth_in(text: str, story: Story) -> list[int]:
    lo, hi = story.start, story.end
    masked = [(m.start() + lo, m.end() + lo) for m in URL_RE.finditer(text[lo:hi])]

    def in_url(i: int) -> bool:
        """True when offset i is inside a URL or an e-mail address."""
        return any(s <= i < e for s, e in masked)

    hits: list[int] = []
    for m in re.finditer(r"[,;:?!]", text[lo:hi]):
        i = lo + m.start()
        if in_url(i):
            continue
        p, n = _neighbours(text, i, lo, hi)
        if p.isascii() and n.isascii():
            continue  # 1,234 · 10:30 · an English sentence · end of an ASCII line
        if _is_chinese(p) or _is_chinese(n):
            hits.append(i)
    # A full stop after Chinese (今天很好.) — never a decimal point, an abbreviation or "...".
    for m in re.finditer(r"(?<![.])\.(?![.\d])", text[lo:hi]):
        i = lo + m.start()
        p, n = _neighbours(text, i, lo, hi)
        if CJK_RE.match(p or " ") and (not n or CJK_RE.match(n) or n in "”’）)") and not in_url(i):
            hits.append(i)
    # Parentheses go by pairs: Chinese inside or around → both become full-width.
    for plo, phi in paragraphs(text, lo, hi):
        stack: list[int] = []
        for i in range(plo, phi):
            ch = text[i]
            if ch == "(":
                stack.append(i)
            elif ch == ")":
                if stack:
                    o = stack.pop()
                    inner = text[o + 1:i]
                    p, _ = _neighbours(text, o, plo, phi)
                    _, n = _neighbours(text, i, plo, phi)
                    if CJK_RE.search(inner) or _is_chinese(p) or _is_chinese(n):
                        if not in_url(o):
                            hits.extend((o, i))
                elif any(_is_chinese(c) for c in _neighbours(text, i, plo, phi)):
                    hits.append(i)
        for o in stack:
            if any(_is_chinese(c) for c in _neighbours(text, o, plo, phi)):
                hits.append(o)
    return sorted(set(hits))


def check_halfwidth(analysis: Analysis) -> list[Flag]:
    """One grouped ``punct.halfwidth`` flag per story that has half-width marks in Chinese text."""
    text = analysis.text
    out = []
    for story in stories(analysis):
        hits = _halfwidth_in(text, story)
        if not hits:
            continue
        counts = Counter(text[i] for i in hits)
        kinds = " ".join(f"{c}×{n}" for c, n in counts.most_common())
        first = hits[0]
        edits = [_mark_edit(text, i, story.start, story.end) for i in hits]
        n = len(hits)
        out.append(flag(
            "punct.halfwidth", "warning", story.index,
            msg("punct.halfwidth", n=n, kinds=kinds, example=quote(text, first, first + 1, 6)),
            spans=[(i, i + 1) for i in hits],
            fix=(*fix_label("halfwidth", n=n), edits)))
    return out


# --- pairs ------------------------------------------------------------------------------------

OPENERS = {"“": "“", "‘": "‘", "《": "《", "（": "(", "(": "(", "【": "【", "〈": "〈"}
CLOSERS = {"”": "“", "’": "‘", "》": "《", "）": "(", ")": "(", "】": "【", "〉": "〈"}
ENUM_RE = re.compile(r"(?:^|(?<=[\s。；;：:，,]))(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[a-zA-Z])[）)]")
DISPLAY = {"“": ("“", "”"), "‘": ("‘", "’"), "《": ("《", "》"), "(": ("（", "）"),
           "【": ("【", "】"), "〈": ("〈", "〉")}


def _scan(text: str, lo: int, hi: int) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Unmatched openers and closers of each pair type in text[lo:hi]."""
    opens: dict[str, list[int]] = {t: [] for t in DISPLAY}
    closes: dict[str, list[int]] = {t: [] for t in DISPLAY}
    for i in range(lo, hi):
        ch = text[i]
        if ch in "‘’" and 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalpha():
            continue  # an apostrophe in English (it’s)
        if ch in OPENERS:
            opens[OPENERS[ch]].append(i)
        elif ch in "）)" and ENUM_RE.search(text, max(lo, i - 3), i + 1) and \
                ENUM_RE.search(text, max(lo, i - 3), i + 1).end() == i + 1:
            continue  # 1）加强管理 · 二)落实责任: an enumerator, not a bracket
        elif ch in CLOSERS:
            t = CLOSERS[ch]
            if opens[t]:
                opens[t].pop()
            else:
                closes[t].append(i)
    return opens, closes


def check_unpaired(analysis: Analysis) -> list[Flag]:
    """``punct.unpaired``: a quote, title mark or bracket left open or closed without an opener.

    A quotation running over several paragraphs (an opening “ at each paragraph, the closing ”
    only at the last) is Chinese style and not flagged; nor is a pair that a layout break split
    over two paragraphs (the next paragraph closes before it opens).
    """
    text = analysis.text
    bad: list[tuple[int, str, int | None]] = []
    for story in stories(analysis):
        pending: dict[str, list[int]] = {t: [] for t in DISPLAY}
        for plo, phi in paragraphs(text, story.start, story.end):
            opens, closes = _scan(text, plo, phi)
            for t in DISPLAY:
                if not pending[t]:
                    continue
                if text[plo] == DISPLAY[t][0] and t in "“‘":
                    pending[t] = []  # continued quotation: each paragraph reopens
                    continue
                while pending[t] and closes[t]:
                    pending[t].pop()
                    closes[t].pop(0)
                bad.extend((i, t, story.index) for i in pending[t])
                pending[t] = []
            for t in DISPLAY:
                bad.extend((i, t, story.index) for i in closes[t])
                pending[t] = opens[t]
        for t in DISPLAY:
            bad.extend((i, t, story.index) for i in pending[t])
    out = []
    for i, t, article in sorted(bad):
        mark = text[i]
        other = DISPLAY[t][1] if mark in OPENERS else DISPLAY[t][0]
        out.append(flag("punct.unpaired", "warning", article,
                        msg("punct.unopened", mark=mark, other=other, context=quote(text, i, i + 1, 10)),
                        spans=[(i, i + 1)]))
    return out
