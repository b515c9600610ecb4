"""``main.py check``: the flags of a page for a person to read, one per line.

    error    count.list-mismatch  第5篇  “…检察院等9部门在全市…”  列出10个部门，与“等9部门”不符

Each line gives the severity, the rule id, the story, the quoted context around the first
span and the message; a fix, when certain, follows on an indented line.
"""
from __future__ import annotations

from collections import Counter

from .model import Analysis, Flag

LABELS = {
    "zh_CN": {"error": "错误", "warning": "警告", "info": "提示", "page": "全版", "story": "第{n}篇",
              "fix": "修改：", "none": "没有发现问题。", "total": "共{n}条：{parts}"},
    "en": {"error": "error", "warning": "warning", "info": "info", "page": "page", "story": "story {n}",
           "fix": "fix: ", "none": "No flags.", "total": "{n} flags: {parts}"},
}
WIDTH = 10  # characters of context either side of the span


def context(text: str, start: int, end: int, width: int = WIDTH) -> str:
    """The span with ``width`` characters either side, on one line, in quotes."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    body = "".join(" " if c in "\r\n\t" else c for c in text[lo:hi])
    return "“" + ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "") + "”"


def _focus(analysis: Analysis, f: Flag) -> tuple[int, int]:
    """The span to quote: the flag's first fact (the figure, the person), else its first span,
    unless that is long (a whole list), then the shortest."""
    if f.facts:
        fact = next((x for x in analysis.facts if x.id == f.facts[0]), None)
        if fact is not None:
            return fact.start, fact.end
    first = f.spans[0]
    return first if first[1] - first[0] <= 20 else min(f.spans, key=lambda sp: sp[1] - sp[0])


def format_flag(analysis: Analysis, f: Flag, lang: str = "zh_CN") -> str:
    """One flag as one line (plus a fix line when the flag has a certain fix)."""
    lab = LABELS.get(lang, LABELS["zh_CN"])
    where = lab["page"] if f.article is None else lab["story"].format(n=f.article + 1)
    message = f.message_en if lang == "en" and f.message_en else f.message
    quoted = context(analysis.text, *_focus(analysis, f)) if f.spans else ""
    line = f"{f.severity:<8} {f.rule:<24} {where}  {quoted}  {message}"
    if f.suggestion is not None:
        label = f.suggestion.label_en if lang == "en" and f.suggestion.label_en else f.suggestion.label
        line += f"\n{'':<8} {lab['fix']}{label}"
    return line


def format_flags(analysis: Analysis, lang: str = "zh_CN") -> str:
    """Every flag of the analysis, one per line, most severe first, then a count; ends with a newline."""
    lab = LABELS.get(lang, LABELS["zh_CN"])
    if not analysis.flags:
        return lab["none"] + "\n"
    rank = {"error": 0, "warning": 1, "info": 2}
    flags = sorted(analysis.flags, key=lambda f: (rank.get(f.severity, 3),
                                                   f.spans[0][0] if f.spans else -1))
    lines = [format_flag(analysis, f, lang) for f in flags]
    counts = Counter(f.severity for f in flags)
    parts = ("、" if lang != "en" else ", ").join(
        f"{lab[s]}{counts[s]}" if lang != "en" else f"{counts[s]} {lab[s]}" for s in rank if counts[s])
    lines.append(lab["total"].format(n=len(flags), parts=parts))
    return "\n".join(lines) + "\n"
