"""Organisations and places.

An organisation is found from its last word (…委员会, …局, …医院, …分公司, …海关: see
``data/org_suffixes.txt``), then grown to the left over jieba tokens as long as they can be part
of a name (places, nouns, 第二, 附属…) and stops at verbs, prepositions, numbers and punctuation:
``记者从湖南高速集团衡阳分公司获悉`` gives 湖南高速集团衡阳分公司. Each item of a 、 enumeration
that follows an organisation and ends like one is an organisation too; when the first carries a
place prefix the others get it in ``value["full"]`` (衡阳市市场监管局、公安局 → 衡阳市公安局).

Places: provinces, regions, countries and big rivers by name, ``X省/市/县/区/镇/乡/村``
where X is a place word of two or more characters, rivers before 流域, and …高速公路.
Values are ``{"name": text}``.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

from ..model import Fact
from . import segmenter
from ._data import CJK, alternation, gazetteer, lines

#: Tokens that may sit inside an organisation's name although jieba tags them verbs.
_ORG_VERBS = frozenset(
    "保护 监管 管理 监督 发展 改革 建设 规划 保障 执法 服务 检验 检疫 监测 研究 治理 保险 交易 投资 "
    "运营 开发 评估 审计 救援 应急 调查 咨询 教育 培训 协调 促进 招商 经营 生产 制造 销售 控股 设计 "
    "勘察 创新 援助 统计 审批 登记 维修 养护 联合 合作 信息 通信 运输 出版 广播 科技 工作 防控 "
    "指挥 建筑 施工 环保 卫生 防疫 救助 办公 管控 稽查 侦查 治安 巡逻 调解 仲裁 鉴定 检测 检察 "
    "审判 监察 纪检 宣传 组织 统战 编制 保卫 安监 质监 药监 市场 文化 旅游 体育 商务 公安 "
    "工艺美术 交通运输 附属 人民".split())
#: Tags that end the growth of a name to the left.
_BREAK_TAGS = ("p", "c", "u", "r", "m", "q", "y", "e", "o", "x", "w", "t", "f", "i", "z", "s")
_BREAK_WORDS = frozenset(
    "从 在 到 由 和 与 及 的 对 向 将 把 被 为 是 了 也 都 就 又 还 并 等 而 或 记者 获悉 据 经 "
    "会见 会晤 会谈 接见 举行 访问 出访 抵达 离开 战胜 击败 对阵 迎战 负于 先后 来到 前往 召开 主持 公布 发布 印发 组织 成立 出席 参加 看望 走访 调研 视察 考察 赴 "
    "会同 通过 根据 按照 包括 表示 指出 认为 来自 位于 进入 加入 担任 任 系 荣获 批准 代表 "
    "起于 止于 全市 我市 本市 全省 我省 全县 全区 各 各级 各地 相关 有关 近日 日前 目前 今年 去年".split())
_PLACE_SUFFIX = "省市县区镇乡村州旗盟"
_PLACE_STOP_PREFIX = frozenset("全 我 本 各 城 超 上 社 景 园 小 辖 山 地 片 市 该 此 街 农 城乡 学 "
                               "门 夜 菜 股 楼 都 开发 保护 示范 试验 新 老 郊 市区 城区".split())


#: Common nouns that end like a place (大型超市, 老旧小区).
_NOT_PLACE_END = frozenset("超市 城市 都市 门市 夜市 股市 楼市 上市 菜市 社区 景区 园区 小区 辖区 城区 山区 地区 "
                           "郊区 市区 农村 乡村 山村 渔村 城乡 街区 片区 校区 营区 灾区 疫区 专区 考区 库区 "
                           "牧区 矿区 湾区 展区 商圈 亚洲".split())


@functools.cache
def _patterns():
    suffixes = lines("org_suffixes.txt")
    suffix_re = re.compile(f"(?:{alternation(suffixes)})")
    known_orgs = re.compile(alternation(lines("org_names.txt")))
    level_orgs = re.compile(f"[省市县区州镇乡](?:委|政府|人大常委会|人大|政协|纪委|监委|党委)(?![{CJK}])?")
    places = re.compile(f"(?:{alternation(lines('places.txt'))})(?:壮族自治区|维吾尔自治区|回族自治区|自治区|省|市)?")
    rivers = re.compile(f"([{CJK}]{{2,3}})(?=流域)")
    highways = re.compile("高速公路")
    # Suffix-only words that are a whole organisation in an enumeration (…、法院、检察院).
    standalone = frozenset("法院 检察院 海关 政府 党委 纪委 监委 人大 政协 国务院 党中央 总工会 妇联 团委".split())
    return suffix_re, known_orgs, level_orgs, places, rivers, highways, frozenset(suffixes), standalone


#: Two-character words that end like an organisation but are not one (全部, 格局, 住院…).
_NOT_ORG = frozenset(
    "全部 内部 外部 局部 干部 北部 南部 东部 西部 中部 腹部 头部 胸部 底部 顶部 上部 下部 后部 前部 "
    "格局 布局 大局 结局 开局 僵局 变局 时局 政局 残局 当局 到处 好处 坏处 之处 深处 相处 远处 "
    "住院 出院 入院 庭院 寺院 学院派 本部 总部 全队 排队 组队 站队 插队 车队 中央 "
    "市委 县委 省委 区委 常委 编委 村委 居委".split())


_PREP = frozenset("从在到由向对与和及将把被为据经访的了是同跟给")
#: Suffixes too short to trust inside a longer token (莫斯科 is a city, not a …科).
_WEAK_SUFFIX = frozenset("司处科室队")
#: Words before 和 inside the names of government departments (工业和信息化部).
_AND_LEFT = ("工业", "发展", "住房", "人力资源", "自然资源", "文化", "卫生", "交通", "科学技术", "生态环境")

#: Words ending a longer token that make it no organisation (大变局, 新格局).
_NOT_ORG_TAIL = frozenset("格局 布局 大局 结局 开局 僵局 变局 时局 政局 残局 全部 内部 外部 局部 干部 部署 "
                          "到处 好处 深处 住院 出院 入院 庭院 寺院".split())
#: Bodies of state that only a place name can stand before.
_PLACE_BOUND = frozenset("政协 人大 人大常委会 政府 人民政府 纪委 监委 党委 人民法院 中级人民法院 高级人民法院 "
                         "人民检察院 法院 检察院".split())

#: Endings of tokens that look like …部/…委 but are people or titles (村干部, 政治局常委).
_NOT_ORG_END = ("干部", "常委", "委员", "全部", "内部", "外部")


def _place_like(word: str) -> bool:
    """Can this token be (part of) a place name before 政府, 政协, 人民法院…?"""
    if word in _PLACE_SUFFIX or word[-1] in _PLACE_SUFFIX or word[-2:] in ("街道", "社区", "中级", "高级"):
        return True
    tag = segmenter.tag(word)
    return not tag or tag.startswith("ns") or tag == "j"


def _org_like(word: str) -> bool:
    """Can this jieba token be part of an organisation's name?"""
    if word in _BREAK_WORDS or not re.fullmatch(f"[{CJK}A-Za-z]+", word):
        return False
    if word.startswith("第") and len(word) <= 3:  # 第二医院, 第一中学 — not 第八届, 第三次
        return word[-1] not in "届次期批轮个年天"
    if len(word) == 1 and word in _PLACE_SUFFIX:  # 县/气象局: jieba tags a lone 县 oddly
        return True
    tag = segmenter.tag(word)
    if not tag:
        # out of the dictionary: a proper noun more often than not, unless jieba glued a
        # function word to it (从省, 法在)
        return not any(c in _PREP for c in word)
    if word == "和":
        return False
    if tag.startswith("v") and tag != "vn":
        return word in _ORG_VERBS
    if tag.startswith("d"):  # 就近办; 高速 is the one adverb seen inside names (湖南高速集团)
        return word == "高速"
    return not tag.startswith(_BREAK_TAGS) or word in _ORG_VERBS


@functools.cache
def _title_set() -> frozenset[str]:
    from .titles import title_words

    return frozenset(title_words())


def _title_follows(seg: segmenter.Segments, e: int) -> bool:
    """jieba glued the org's last character to the title after it (局局长, 部部长)."""
    cov = seg.covering(e)
    return cov is not None and seg.text[e:cov[1]] in _TITLE_TAILS


_TITLE_TAILS = frozenset("局长 部长 厅长 处长 科长 司长 院长 所长 站长 队长 社长 馆长 行长 会长 委员 主任".split())


def _grow_left(seg: segmenter.Segments, pos: int, limit: int = 20, places_only: bool = False) -> int:
    """Move ``pos`` left over tokens that can belong to an organisation's name.

    ``places_only``: the name is a place and a body of state (衡阳市政协, 石鼓区人民法院), so only
    place words may stand before it (not 经济社会发展贡献政协).
    """
    text = seg.text
    start = pos
    i = bisect_left(seg.ends, pos)  # the token ending at pos, if any
    n = 0
    while 0 <= i < len(seg.ends) and seg.ends[i] == start and n < 7:
        a = seg.starts[i]
        word = text[a:start]
        if pos - a > limit:
            break
        if word == "和" and text[max(0, a - 4):a].endswith(_AND_LEFT):
            pass  # 工业和信息化部, 住房和城乡建设局
        elif not _org_like(word) or (places_only and not _place_like(word)) \
                or word in _title_set():
            break  # 外交部长官赵显同…联络部: a title ends the name before it, never sits inside one
        start = a
        n += 1
        i -= 1
    return start


def find_orgs_places(text: str, start: int, end: int, seg: segmenter.Segments) -> list[Fact]:
    """Organisations and places in ``text[start:end]`` (document offsets)."""
    suffix_re, known_orgs, level_orgs, places_re, rivers, highways, _, standalone = _patterns()
    region = text[start:end]
    orgs: dict[tuple[int, int], dict] = {}

    def add_org(a: int, b: int, **extra) -> None:
        orgs.setdefault((a, b), {"name": text[a:b], **extra})

    for m in known_orgs.finditer(region):
        add_org(start + m.start(), start + m.end())
    for m in level_orgs.finditer(region):
        add_org(start + m.start(), start + m.end())
    for m in suffix_re.finditer(region):
        s, e = start + m.start(), start + m.end()
        if e not in seg.bounds and not _title_follows(seg, e):
            continue
        if e < len(text) and text[e] in "了着过" and text[s:e] in ("学会", "协会", "工会"):
            continue  # 老人们学会了用手机
        cov = seg.covering(s)
        if cov is not None:  # the suffix ends a longer token: 水利部, 公安局 — or 全部, 格局
            tok = text[cov[0]:e]
            if cov[1] != e or tok in _NOT_ORG or tok.endswith(_NOT_ORG_END) or tok[0] in "全本该各此我贵" \
                    or (len(tok) > 2 and tok[-2:] in _NOT_ORG_TAIL) \
                    or (len(tok) == 2 and segmenter.tag(tok) != "nt") \
                    or (m.group(0) in _WEAK_SUFFIX and segmenter.tag(tok) != "nt"):
                continue
            s = cov[0]
            body_start = s
        else:
            body_start = s
        a = _grow_left(seg, body_start, places_only=text[s:e] in _PLACE_BOUND)
        if a == s and cov is None and text[s:e] not in standalone:
            continue  # a bare 局, 委员会, 中心: no name
        add_org(a, e)
    found = sorted(orgs)
    _enumerated(text, seg, found, orgs, suffix_re, standalone)
    facts = [Fact("", -1, "org", a, b, text[a:b], v) for (a, b), v in sorted(orgs.items())]
    facts += _places(text, start, end, seg, places_re, rivers, highways)
    return _drop_nested_orgs(facts)


def _enumerated(text, seg, found, orgs, suffix_re, standalone) -> None:
    """Each item of a 、 list after an organisation that ends like one is an organisation."""
    for a, b in found:
        prefix = ""
        pm = re.match(f"[{CJK}]{{2,6}}?[省市县区州]", text[a:b])
        if pm and pm.end() < b - a:
            prefix = pm.group(0)
        pos = b
        while pos < len(text) and text[pos] == "、":
            m = re.match(f"[{CJK}]{{2,12}}?(?=[、，,。；;和及与等])", text[pos + 1:pos + 14])
            if not m:
                break
            item = m.group(0)
            i_a, i_b = pos + 1, pos + 1 + len(item)
            if not (suffix_re.search(item[-4:]) and (item in standalone or len(item) >= 2)):
                break
            last = suffix_re.search(item)
            if last is None or last.end() != len(item):
                break
            extra = {"full": prefix + item} if prefix and not item.startswith(prefix[:2]) else {}
            orgs.setdefault((i_a, i_b), {"name": item}).update(extra)
            pos = i_b


def _places(text, start, end, seg, places_re, rivers, highways) -> list[Fact]:
    region = text[start:end]
    spans: set[tuple[int, int]] = set()
    for m in places_re.finditer(region):
        a, b = start + m.start(), start + m.end()
        if a in seg.bounds or a == start:  # not 中国 inside 发展中国家
            spans.add((a, b))
    for m in rivers.finditer(region):
        e = start + m.end(1)
        cov = seg.covering(e - 1)
        a = cov[0] if cov is not None and cov[1] == e else e - 2
        if e - a >= 2 and (a in seg.bounds) and _org_like(text[a:e]):
            spans.add((a, e))
    for m in highways.finditer(region):
        e = start + m.end()
        a = _grow_left(seg, e - 4, limit=6)
        if e - a > 4:
            spans.add((a, e))
    starts, ends = seg.starts, seg.ends
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        word = text[a:b]
        if len(word) >= 3 and word[-1] in _PLACE_SUFFIX and word[:-1] not in _PLACE_STOP_PREFIX \
                and word[-2:] not in _NOT_PLACE_END:
            t = segmenter.tag(word)
            if t.startswith("ns") or segmenter.tag(word[:-1]).startswith("ns") or not t:
                spans.add((a, b))
        elif len(word) >= 2 and segmenter.tag(word).startswith("ns") and i + 1 < len(starts):
            nxt = text[starts[i + 1]:ends[i + 1]]
            if len(nxt) == 1 and nxt in _PLACE_SUFFIX and word not in _PLACE_STOP_PREFIX:
                spans.add((a, ends[i + 1]))
    return [Fact("", -1, "place", a, b, text[a:b], {"name": text[a:b]}) for a, b in sorted(spans)]


_ADMIN_SUFFIX = frozenset("市县区镇乡村州省旗盟")


def gazetteer_places(text: str, seg: segmenter.Segments, start: int, end: int) -> set[tuple[int, int]]:
    """Places named in the gazetteers (长沙, 衡阳, 浏阳河, 卢旺达), read on jieba's word boundaries so
    that 中国 is not found inside 发展中国家; one to three jieba tokens make a name, and a one-
    character administrative suffix after it joins it (衡阳 + 市).

    The orchestrator adds these after people are settled: a bare 卫东 or 钟山 beside a title or in
    a list of leaders is a person, and the gazetteer must not take it away.
    """
    table, longest = gazetteer("china_places.txt", "world_places.txt", "places.txt")
    starts, ends = seg.starts, seg.ends
    out: set[tuple[int, int]] = set()
    i = bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        a = starts[i]
        best = None
        for k in range(3):
            j = i + k
            if j >= len(ends) or ends[j] - a > longest:
                break
            if text[a:ends[j]] in table:
                best = j
        if best is None:
            i += 1
            continue
        b = ends[best]
        if best + 1 < len(starts) and ends[best + 1] - starts[best + 1] == 1 and text[b] in _ADMIN_SUFFIX:
            b += 1
        out.add((a, b))
        i = best + 1
    return out


def _drop_nested_orgs(facts: list[Fact]) -> list[Fact]:
    """An organisation inside a longer one is dropped; so is a place inside a longer place."""
    out = []
    for kind in ("org", "place"):
        same = sorted((f for f in facts if f.kind == kind), key=lambda f: (f.start, -f.end))
        last_end = -1
        for f in same:
            if f.end <= last_end:
                continue
            out.append(f)
            last_end = max(last_end, f.end)
    out.sort(key=lambda f: (f.start, f.end))
    return out

