"""Splitting a page of repaired copy into stories.

``split_page(text)`` returns the page's :class:`~analysis.model.Article` list; ``parse_story(text,
start, end, index)`` reads one story's title lines, dateline, byline and body start.  ``text`` is
the repaired text (one paragraph per line, see :mod:`analysis.repair`), and every offset is into it.
What each line is (dateline, byline, title line, item, furniture) is told by the classifiers of
:mod:`analysis.story_lines`; this module reads the sequence of lines into stories.

How a page is read (general news copy, not one paper):

* A story is ``[title lines] [byline line] [dateline (byline)] body``.  Title lines (引题, 主题,
  副题: one to three) are short lines that do not end a sentence.
* A **dateline** opens the body: ``衡阳晚报讯``, ``本报讯``, ``本报北京1月4日电``, ``××日报讯``,
  ``新华社电``, ``新华社北京1月4日电``, ``中新网1月4日电``, ``据新华社报道``…  It may be followed by a
  byline in half- or full-width brackets: ``(全媒体记者 许珂 通讯员 王小云)``,
  ``（记者 张三、李四）``.  A body may also open on a bare bracketed byline ``（记者 张三）``.
* A byline may stand on its own line between title and body (``本报记者 王浩``), or close the story
  (``……。（记者 张三）``).
* Stories start at each dateline (with the title lines just above it), at a block of title lines
  followed by body text (stories with no dateline), and at each item of a page of brief items
  (``【标题】正文`` or ``■标题　正文``).  A single title-like line inside a story that has a dateline
  is a subhead, not a new story.
* Page furniture (``责任编辑：…``, ``第2版``, ``2023年1月5日 星期四``) belongs to no story.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Article, Byline
from .story_lines import (
    _BYLINE_TAIL,
    _CLOSE_BRACKETS,
    _DATELINE_WEAK,
    _NAME,
    _ROLE,
    bracket_byline_at,
    byline_only,
    dateline_only,
    ends_sentence,
    is_furniture,
    item_lead,
    parse_byline,
    starts_dateline,
    starts_enumerator,
    title_like,
)

# --------------------------------------------------------------------------------------------
# Splitting


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    text: str
    kind: str = "body"  # dateline | byline | endbyline | item | title | furniture | body


def _paragraphs(text: str, start: int = 0, end: int | None = None) -> list[_Para]:
    end = len(text) if end is None else end
    out: list[_Para] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            s = pos + lead
            e = s + len(stripped)
            out.append(_Para(s, e, stripped))
        pos = line_end + 1
    return out


def _classify(paras: list[_Para]) -> None:
    for i, p in enumerate(paras):
        t = p.text
        if is_furniture(t):
            p.kind = "furniture"
        elif starts_dateline(t):
            p.kind = "dateline"
        elif (found := bracket_byline_at(t)) is not None:
            if t[found[0]:].strip():
                p.kind = "dateline"  # （记者 张三）正文…
            else:  # a bracketed byline alone: closes the story above, or opens the one below
                p.kind = "endbyline" if i > 0 and paras[i - 1].kind in ("body", "item") else "byline"
        elif byline_only(t):
            # 记者 张三 摄: a photo credit under a picture, not a story's byline
            p.kind = "endbyline" if t.rstrip().endswith(("摄", "摄影")) else "byline"
        elif item_lead(t) is not None:
            p.kind = "item"
        elif title_like(t):
            p.kind = "title"
        else:
            p.kind = "body"


def _is_subhead(p: _Para) -> bool:
    t = p.text
    return starts_enumerator(t) or t.endswith(("：", ":")) or (t.startswith("【") and t.endswith("】"))


def split_page(text: str) -> list[Article]:
    """The stories of one page of repaired text, in order (see the module doc)."""
    paras = _paragraphs(text)
    if not paras:
        return []
    _classify(paras)
    n = len(paras)
    item_mode = sum(1 for p in paras if p.kind == "item") >= 2
    starts: list[int] = []  # paragraph index where each story starts
    excluded: set[int] = set()  # section headers above brief items: in no story
    has_dateline = False  # whether the story being read has a dateline (then a lone title is a subhead)
    floor = 0  # title lines are looked for no higher than this

    def title_block_before(i: int) -> int:
        """First index of the title lines (at most 3) just above paragraph ``i``."""
        j = i
        while j - 1 >= floor and paras[j - 1].kind == "title" and i - (j - 1) <= 3:
            j -= 1
        return j

    def kind_at(i: int) -> str | None:
        return paras[i].kind if 0 <= i < n else None

    i = 0
    while i < n:
        p = paras[i]
        kind = p.kind
        if kind == "furniture":
            i += 1
            continue
        if kind == "item" and item_mode:
            j = title_block_before(i)
            excluded.update(range(j, i))  # 简讯, 新闻速递…
            starts.append(i)
            has_dateline, floor, i = False, i + 1, i + 1
            continue
        if kind == "dateline":
            if kind_at(i - 1) == "byline" and starts and starts[-1] <= i - 1 and floor == i:
                has_dateline, floor, i = True, i + 1, i + 1  # the byline line above began it
                continue
            if (kind_at(i - 1) == "dateline" and floor == i and not starts_dateline(p.text)
                    and dateline_only(paras[i - 1].text)):
                floor, i = i + 1, i + 1  # 新华社北京1月4日电 | （记者 张三）正文…
                continue
            starts.append(title_block_before(i))
            has_dateline, floor, i = True, i + 1, i + 1
            continue
        if kind == "byline":
            before = kind_at(i - 1)
            if kind_at(i + 1) in ("dateline", "body", "item", "title") and (
                    before in (None, "title", "furniture") or _ended(paras[i - 1])):
                starts.append(title_block_before(i))
                has_dateline = kind_at(i + 1) == "dateline"
                floor, i = i + 1, i + 1
                continue
            i += 1
            continue
        if kind == "title":
            block_end = i
            while block_end < n and paras[block_end].kind == "title":
                block_end += 1
            nxt = kind_at(block_end)
            if nxt in ("dateline", "byline") or (nxt == "item" and item_mode):
                i = block_end  # the anchor there takes the block (above items: a section header)
                continue
            first = max(i, block_end - 3)
            block = paras[first:block_end]
            prev_ok = i == 0 or _ended(paras[i - 1]) or kind_at(i - 1) in ("furniture", "title")
            subhead = (len(block) == 1 and (has_dateline or _is_subhead(block[0]))) or all(
                _is_subhead(b) for b in block)
            if subhead and not _is_subhead(block[0]) and _own_story_follows(paras, block_end):
                subhead = False
            if not starts or (nxt in ("body", "endbyline") and prev_ok and not subhead):
                starts.append(first if starts else i)
                has_dateline = False
                floor = block_end
            i = block_end
            continue
        if not starts:  # body text at the top of the page: a story with no title
            starts.append(i)
            has_dateline = starts_dateline(p.text, weak=True) is not None
            floor = i + 1
        i += 1

    articles: list[Article] = []
    for idx, s in enumerate(starts):
        e = starts[idx + 1] if idx + 1 < len(starts) else n
        members = [paras[k] for k in range(s, e) if k not in excluded]
        while members and members[-1].kind == "furniture":
            members.pop()
        while members and members[0].kind == "furniture":
            members.pop(0)
        if not members:
            continue
        start, end = members[0].start, members[-1].end
        articles.append(_parse(text, [m for m in members if m.kind != "furniture"], start, end,
                               len(articles)))
    return articles


def _own_story_follows(paras: list[_Para], i: int) -> bool:
    """Whether the body from ``paras[i]`` on reads as a story of its own, not a section: it opens
    on an attribution (据新华社报道，…) or closes on a byline of its own (……。（记者 张三）)."""
    if i >= len(paras):
        return False
    if _DATELINE_WEAK.match(paras[i].text):
        return True
    j = i
    while j < len(paras) and paras[j].kind in ("body", "endbyline"):
        if paras[j].kind == "endbyline":
            return True
        j += 1
    last = paras[j - 1].text.rstrip()
    if j > i and last[-1:] in _CLOSE_BRACKETS:
        opener = max(last.rfind("（"), last.rfind("("))
        return opener >= 0 and bool(parse_byline(last, opener + 1, len(last) - 1))
    return False


def _ended(p: _Para) -> bool:
    return p.kind in ("endbyline",) or ends_sentence(p.text)


# --------------------------------------------------------------------------------------------
# One story


def parse_story(text: str, start: int, end: int, index: int) -> Article:
    """Title lines, dateline, byline and body start of the story ``text[start:end]``."""
    paras = _paragraphs(text, start, end)
    _classify(paras)
    if not paras:
        return Article(index=index, start=start, end=end, body_start=start)
    return _parse(text, [p for p in paras if p.kind != "furniture"] or paras,
                  paras[0].start, paras[-1].end, index)


def _parse(text: str, paras: list[_Para], start: int, end: int, index: int) -> Article:
    titles: list[str] = []
    bylines: list[Byline] = []
    dateline: str | None = None
    body_start: int | None = None
    i = 0
    n = len(paras)

    def add_names(names, base: int) -> None:
        for role, name, s, e in names:
            bylines.append(Byline(role=role, name=name, start=base + s, end=base + e))

    def read_dateline_at(k: int, offset: int, weak: bool) -> int | None:
        """Dateline (+ byline) at ``paras[k].text[offset:]``; returns the body start or None."""
        nonlocal dateline
        p = paras[k]
        line = p.text
        m = starts_dateline(line[offset:], weak=weak)
        pos = offset
        if m is not None:
            dateline = m.group("dateline")
            if m.re is _DATELINE_WEAK:
                return p.start + offset  # 据…报道 is the body's own first words
            pos = offset + m.end()
        found = bracket_byline_at(line, pos)
        if found is not None:
            add_names(found[1], p.start)
            pos = found[0]
        elif m is not None:
            pos = _unbracketed_byline(line, pos, add_names, p.start)
        elif m is None:
            return None
        while pos < len(line) and line[pos] in " \t\u3000:：,，":
            pos += 1
        if pos >= len(line):
            if k + 1 < n:
                # The byline may open the next line: 新华社北京1月4日电\n（记者 张三）…
                nxt = paras[k + 1]
                if not bylines:
                    found = bracket_byline_at(nxt.text, 0)
                    if found is not None:
                        add_names(found[1], nxt.start)
                        rest = found[0]
                        while rest < len(nxt.text) and nxt.text[rest] in " \t\u3000":
                            rest += 1
                        if rest < len(nxt.text):
                            return nxt.start + rest
                        return paras[k + 2].start if k + 2 < n else nxt.end
                return nxt.start
            return p.end
        return p.start + pos

    # Item of brief news: 【标题】正文
    if paras[0].kind == "item":
        m = item_lead(paras[0].text)
        if m is not None:
            titles.append((m.group("lead") or m.group("lead2")).strip())
            body_start = read_dateline_at(0, m.end(), weak=True)
            if body_start is None:
                body_start = paras[0].start + m.end()
            i = n  # done
    while i < n and len(titles) < 3 and paras[i].kind == "title":
        titles.append(paras[i].text)
        i += 1
    if i < n and paras[i].kind == "byline":
        names = byline_only(paras[i].text)
        if names:
            add_names(names, paras[i].start)
        i += 1
        if i >= n:
            body_start = end
    if body_start is None and i < n:
        body_start = read_dateline_at(i, 0, weak=True)
        if body_start is None:
            body_start = paras[i].start
    if body_start is None:
        body_start = end if titles else start

    if not bylines:
        _closing_byline(text, paras, add_names)
    return Article(index=index, start=start, end=end, title_lines=titles, dateline=dateline,
                   byline=bylines, body_start=body_start)


def _unbracketed_byline(line: str, pos: int, add_names, base: int) -> int:
    """``本报讯 记者张三 通讯员 李四 正文…``: role/name tokens after a dateline; returns where they end."""
    def skip(j: int) -> int:
        while j < len(line) and line[j] in " \t\u3000":
            j += 1
        return j

    consumed, role, j = pos, None, skip(pos)
    while j < len(line):
        k = j
        while k < len(line) and line[k] not in " \t\u3000":
            k += 1
        token = line[j:k]
        m = _ROLE.match(token)
        if m:
            rest = token[m.end():]
            if rest and not _NAME.fullmatch(rest):
                break
            role = m.group()
            if rest:
                add_names([(role, rest, j + m.end(), k)], base)
        elif role is not None and _NAME.fullmatch(token):
            add_names([(role, token, j, k)], base)
        elif role is None or token not in _BYLINE_TAIL:
            break
        consumed, j = k, skip(k)
    return consumed


def _closing_byline(text: str, paras: list[_Para], add_names) -> None:
    """A byline that closes the story: ``……。（记者 张三）`` or a last line ``（记者 张三）``."""
    if not paras:
        return
    last = paras[-1]
    t = last.text.rstrip()
    if not t or t[-1] not in _CLOSE_BRACKETS:
        return
    opener = max(t.rfind("（"), t.rfind("("))
    if opener < 0:
        return
    names = parse_byline(t, opener + 1, len(t) - 1)
    if names:
        add_names(names, last.start)
