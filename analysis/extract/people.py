"""Person names in Chinese news copy.

jieba's own name tags are not enough (it tags 文明, 蓝天, 弘扬 as names and cuts 刘越高 into
刘越 + 高), so names are found here from candidates and evidence:

1. Candidates: a surname (single or compound, ``data/surnames.txt``) and one or two given-name
   characters; 某-forms of court copy (邹某, 周某平); names in bylines and credits (``bylines``).
   Transliterated and foreign names — joined by ``·`` (莱昂内尔·梅西), runs of transliteration
   characters right after a title (美国总统拜登) and the other foreign shapes — are found in
   ``foreign_names``.
2. A score per candidate (``_Scorer``, here): how name-like the given characters are
   (``data/given_chars.tsv``, built from jieba's dictionary), whether the surname is also a common
   word start (高, 文, 于), whether the span cuts a real word of jieba's segmentation (高速, 提高),
   whether the span is itself a frequent word, and the context: a title, 记者 or 市领导 before; 说,
   表示, 强调, 同志, a title… after.
3. Lists (``name_context``): in ``市领导赖馨正、于新凡、尹培国`` every item beside a found name
   that is a fair candidate is a name.
4. Propagation (``name_context``): a name found once is found at every occurrence on the page;
   names a person verified (``Lexicon``) are always found. The same module then drops names inside
   work titles and place names and resolves overlaps.

Shared constants live in ``name_common``.
"""
from __future__ import annotations

import bisect
import functools
import math
import re

from ..model import Fact
from . import segmenter
from ._data import CJK, alternation, lines, table
from .bylines import find_byline_names, find_byline_pairs, find_end_credits
from .foreign_names import (
    _japanese_surnames_alone,
    find_after_foreign_roles,
    find_after_titles,
    find_before_head_titles,
    find_before_speech,
    find_between_role_and_verb,
    find_dot_names,
    find_free_translit,
    find_latin_glossed,
    find_minority_names,
)
from .name_anchors import find_between_role_and_strong_word, find_known_figures, find_lineup_names
from .name_common import (
    _CREDIT_ROLES,
    _CREDIT_TAILS,
    _LEFT_WORDS,
    _NOT_GIVEN,
    _OPENERS,
    _RIGHT_WEAK,
    _TRANSLIT_ANCHOR,
    ACCEPT,
    _function_surname,
    _verb_char,
)
from .name_context import (
    _drop_function_word_before_name,
    _drop_in_work_titles,
    _drop_world_places,
    _grow_lists,
    _name_lists,
    _propagate,
    _repeated,
    _resolve,
)

_RIGHT_WORDS = (
    "说 表示 指出 强调 介绍 认为 告诉 称 主持 出席 参加 会见 会晤 看望 慰问 调研 考察 视察 率队 带领 "
    "要求 提出 宣布 讲话 致辞 回忆 笑着 坦言 透露 建议 希望 同志 先生 女士 教授 一行 等人 等 发表 接受 "
    "解读 补充 分析 评价 感慨 指导 提醒 呼吁 敦促 主持召开 作 代表 说道 答 问 坦承 直言 表态 现场 "
    "一边 告诉记者 带着 等同志 指挥 部署 听取 任 担任 获得 荣获 "
    "主任 书记 总书记 市长 局长 院长 校长 老师 医生 博士 教练 经理 董事长 主席 委员 正在 "
    "随后 当选 今年 已经 一直 每天 从 来到 走进 赶到 拿下 得到 回应 "
    "爷爷 奶奶 阿姨 叔叔 大爷 大妈 夫妇 老人 家里 家中 逝世 去世 离世 病逝 辞世 "
    "击败 战胜 力克 不敌 负于 夺冠 晋级 卫冕 进球 破门 射门 扑出 助攻 摘得 夺得 斩获 退赛 出战 加盟"
).split()
#: 文/张三, 文 张三 at the start of a line or after a bracket: the writer's credit.
_WRITER_RE = re.compile("(?:^|(?<=[\n（(\u3000 ]))文[/／ \u3000]?$")
#: Last characters of occupation nouns (演奏家, 大师, 讲解员, 选手).
_OCCUPATION_END = frozenset("家师员手匠长")
_NOT_OCCUPATION = frozenset("国家 大家 人家 自家 专家组 老家 全家 农家 商家 厂家 店家 买家 卖家 东家 "
                            "娘家 亲家 管家 独家 百家 万家 千家 回家 住家 成家 起家 当家 安家 "
                            "老师 教师 律师 厨师 人员 成员 会员 官员 党员 学员 动员 委员 演员 职员 "
                            "球员 队员 社员 议员 团员 全员 减员 满员 裁员 扩员 增员 "
                            "对手 选手 助手 高手 新手 老手 能手 好手 歌手 水手 帮手 凶手 黑手 "
                            "出手 入手 联手 携手 着手 动手 插手 把手 人手 下手 上手 接手 到手 "
                            "工匠 军师 京师 出师 誓师 会师 大师兄".split())
_LEFT_WEAK = frozenset("和与同跟及")


@functools.cache
def _tables():
    surnames: dict[str, int] = {}
    for line in lines("surnames.txt"):
        name, _, tier = line.partition("\t")
        surnames[name] = int(tier or 1)
    singles = "".join(s for s in surnames if len(s) == 1)
    compounds = sorted((s for s in surnames if len(s) >= 2), key=len, reverse=True)
    cand_re = re.compile(f"(?=({'|'.join(compounds)}|[{re.escape(singles)}]))")
    given = table("given_chars.tsv")
    stop = frozenset(lines("name_stoplist.txt"))
    translit = "".join(lines("translit_chars.txt"))
    left_re = re.compile(f"(?:{alternation(_LEFT_WORDS)}) ?$")
    right_re = re.compile(alternation(_RIGHT_WORDS))
    dot_re = re.compile(f"[{CJK}]{{1,10}}(?:[·・•‧\\-－‐‑][{CJK}]{{1,10}})+")
    translit_re = re.compile(f"[{re.escape(translit)}冯]{{2,7}}")
    translit_set = frozenset(translit + "冯")
    wide = frozenset("".join(lines("translit_wide.txt"))) | translit_set
    anchor_re = re.compile(f"(?:{alternation(_TRANSLIT_ANCHOR)})(?=[{re.escape(translit)}冯])")
    # 记者 操秀英 / 新华社记者肖艺九摄 (a credit word after the name is not part of it) / 责任编辑：熊家余
    byline_re = re.compile(
        f"(?:(?:记者|通讯员|实习生|摄影|摄)(?:[:：]?[ \u3000]?)|(?:{alternation(_CREDIT_ROLES)})(?:[:：/／][ \u3000]?|[ \u3000]))"
        f"([{CJK}]{{2,4}}?)(?:{alternation(_CREDIT_TAILS)})?"
        f"(?=[ \u3000）)\n、\\]】〗]|$|{alternation(_CREDIT_ROLES)}[:：])")
    return (surnames, cand_re, given, stop, left_re, right_re, dot_re, translit_re, wide,
            anchor_re, byline_re, translit_set)


@functools.cache
def _masked_re() -> re.Pattern:
    return re.compile("(?<=[\u4e00-\u9fff])(?:[×＊*Ｘ]{1,3}|X{1,3}(?![A-Za-z0-9]))")


#: Score of a character absent from the given-name table: rare in words and names alike, and in
#: news copy rare characters turn up mostly in names (袁心玥, 王云蕗, 陈戌源).
_RARE = 0.5
#: "Given names" that are forms of address: 刘女士, 王先生 are not names (annotation rules).
_ADDRESS = frozenset("女士 先生 老师 师傅 大爷 大妈 阿姨 奶奶 爷爷 大姐 大哥 总 局 书记 主任 老板 同志 小姐 医生 "
                     "律师 教授 警官 队长 科长 处长 一家 家人 等人 阿婆 阿公 婆婆 阿伯 大叔 大婶 嫂子 师父 老汉 老太".split())
#: Last characters of place names (栗江镇, 祝融峰): a name ending in one needs a strong context.
_PLACE_END = frozenset("镇县市省区乡村峰路街局厂站湾岭港寨庄洲苑社队办部处委馆")
#: Characters that rarely end a given name when they open the next word (同, 则, 帮, 以 …).
_GLUE = frozenset("同则帮以在把被让跟给为向对将就都也还又家致自均先曾")
#: Kin and role words whose first character is also a surname (母亲刘芳 is not 母亲刘).
_KIN = frozenset("母亲 父亲 妻子 儿子 女儿 哥哥 姐姐 弟弟 妹妹 孙子 孙女 爷爷 奶奶 外婆 师傅 同事 老师 丈夫".split())
#: 陈某甲, 王某乙: the second character of a pseudonym.
_PSEUDO_TAIL = frozenset("某甲乙丙丁戊")
#: What cannot be the character after 某 in a pseudonym (黄某在, 黄某因, 黄某称).
_PSEUDO_STOP = frozenset("在因被的等称说与和及系于将把对向从到为了是也都就又还并而或个们这那其之所此该每各曾已与同跟仍"
                         "供认表示承认交代驾驶持携到来去回拿打要让叫使用以经先后再即便随看")
#: Kin words after 某 (李某母亲, 王某妻子): the pseudonym ends before them.
_PSEUDO_KIN = frozenset("母父妻夫儿女家哥姐弟妹")



_ASPECT = frozenset("了过着")
_KOREA_RE = re.compile("韩国|韩方|韩媒|朝鲜|朝方|首尔|平壤|青瓦台|龙山|国民力量|共同民主党|韩联社|韓國|韓方|韓媒")
_KOREAN_SURNAMES = frozenset("金李朴崔郑姜赵尹张林韩吴徐申权黄安宋柳洪全高文孙梁裴白许刘南沈卢河丁成车朱禹具罗闵元千"
                             "方孔玄咸卞廉秋石鲜延鞠魏表奇康")
#: Words ending in 科 that are no hospital department.
_NOT_DEPARTMENT = frozenset("学科 本科 专科 百科 文科 理科 工科 理工科 预科 分科 学科组 科科".split())
#: Speech verbs after a subject (岩屋称, 石破表示).
_SPEECH_RE = re.compile("说|表示|称|指出|强调|透露|认为|介绍")
#: Words that follow a place or estate name, never a person's (潘家园社区, 张庄村委会).
_PLACE_NEXT_RE = re.compile("社区|小区|街道|村委|村民|大街|胡同|公园|花园|景区|新村|片区|园区|广场|大道|公路|码头|水库|"
                            "山段|山口|山脉|山区|江段|河段|湖区|流域|隧道|大桥")


@functools.cache
def _credit_tail_re() -> re.Pattern:
    return re.compile(f"[ \u3000/]?(?:{alternation(_CREDIT_TAILS)})")


class _Scorer:
    """Scores surname candidates in one article (one jieba segmentation)."""

    def __init__(self, text: str, seg: segmenter.Segments, title_ends: set[int],
                 title_starts: set[int], org_ends=frozenset()):
        self.text, self.seg = text, seg
        self.org_ends = org_ends
        self.title_ends, self.title_starts = title_ends, title_starts
        (self.surnames, _, self.given, self.stop, self.left_re, self.right_re, *_) = _tables()
        # A story about Korea: three-character names with Korean given syllables (金振杓, 千俊镐) are
        # far more likely there than their character statistics say.
        self.korean = _KOREA_RE.search(text, seg.start, seg.end) is not None

    def cut_penalty(self, pos: int, weight: float) -> float:
        cov = self.seg.covering(pos)
        if cov is None:
            return 0.0
        freq = segmenter.word_freq(self.text[cov[0]:cov[1]])
        return -(0.7 + weight * math.log10(freq + 1))

    def left_bonus(self, p: int) -> float:
        text = self.text
        if p in self.title_ends or (p > 0 and text[p - 1] == " " and p - 1 in self.title_ends):
            return 3.0
        if self.left_re.search(text, max(0, p - 6), p) or _WRITER_RE.search(text, max(0, p - 4), p):
            return 3.0
        if (p in self.org_ends or (p > 0 and text[p - 1] == "的" and p - 1 in self.org_ends)) \
                and self.surnames.get(text[p]) == 1:
            # 上海理工大学庄松林教授, 北京军区的陈建、总装备部的熊中民: a person right after their
            # institution (or its 的)
            return 2.0
        if self.occupation_before(p):
            return 2.0  # 小提琴演奏家盛中国, 相声名家刘文步: an occupation noun right before
        if p > 0 and text[p - 1] == "、":
            return 0.5
        if p > 0 and text[p - 1] in _LEFT_WEAK:
            return 0.8
        return 0.0

    def occupation_before(self, p: int) -> bool:
        """The jieba word ending at ``p`` is an occupation (…家, …师, …员, …手)."""
        i = bisect.bisect_left(self.seg.ends, p)
        if i >= len(self.seg.ends) or self.seg.ends[i] != p:
            return False
        w = self.text[self.seg.starts[i]:p]
        if len(w) >= 2 and w[-1] == "科" and w not in _NOT_DEPARTMENT:
            return True  # 妇科边文会教授, 呼吸科武蕾教授: a hospital department before a doctor
        return len(w) >= 2 and w[-1] in _OCCUPATION_END and w not in _NOT_OCCUPATION \
            and segmenter.tag(w).startswith("n")

    def right_bonus(self, e: int) -> float:
        text = self.text
        if e >= len(text):
            return 0.3
        if e in self.title_starts:
            return 2.5
        if self.right_re.match(text, e):
            return 2.5
        if text[e] == "《" and (e + 1 >= len(text) or text[e + 1] not in "》"):
            return 1.5  # 赵本夫《天漏邑》获奖: an author before the title of the work
        if e + 1 < len(text) and text[e + 1] in _ASPECT and _verb_char(ch := text[e]):
            return 1.5  # 徐静抢过话筒, 罗敏来了: a verb with its aspect particle follows the name
        c = _credit_tail_re().match(text, e)
        if c and (c.end() >= len(text) or text[c.end()] in _OPENERS):
            return 2.5  # 肖艺九摄, 赵天宇供图 at the end of a caption: a photo or graphics credit
        ch = text[e]
        if ch in _RIGHT_WEAK or ch in _GLUE:
            # 杨鸣则表示, 李强同外宾会谈: a function char, then a word that follows names
            # (易炼红和省长王浩: 和 before a title joins two office-holders)
            return 2.0 if self.right_re.match(text, e + 1) or e + 1 in self.title_starts else 0.8
        if ch == "、":
            return 1.0
        if ch in "，,。；;：:！？）)”\n ":
            return 0.3
        return 0.0

    def score(self, p: int, surname: str, n_given: int) -> float | None:
        """The evidence that text[p : p+len(surname)+n_given] is a name (None: impossible)."""
        text = self.text
        gs = p + len(surname)
        e = gs + n_given
        if e > len(text):
            return None
        given = text[gs:e]
        korean = n_given == 2 and given[0] == "在" and given[1] not in _NOT_GIVEN \
            and (self.left_bonus(p) >= 3.0 or e in self.title_starts)  # 总统文在寅, 总统李在明: 在 opens Korean given names
        if any((c in _NOT_GIVEN and not (korean and i == 0)) or not ("\u3400" <= c <= "\u9fff" or ord(c) > 0xFFFF)
               for i, c in enumerate(given)):
            return None
        cand = text[p:e]
        if len(surname) == 1 and given[0] == surname:
            return None  # 谢谢你, 常常: a doubled character opens a word, not a name
        if cand in self.stop:
            return None
        if given in _ADDRESS or text[gs:gs + 2] in _ADDRESS or given[0] in "总局":
            return None
        if any(i in self.title_starts for i in range(gs, e)) or p in self.title_starts:
            return None  # 安倍首相, 李强总理: a title after a name ends it
        cov = self.seg.covering(e)
        if cov is not None and cov[0] == p and segmenter.tag(text[p:cov[1]])[:2] in ("ns", "nt"):
            return None  # 唐古拉|山, 张家|口: the start of a place or organisation word
        if cov is not None and segmenter.tag(text[cov[0]:cov[1]]) == "nrt":
            return None  # 穆里尼|奥: a Han reading that cuts a transliterated name jieba knows
        left = self.left_bonus(p)
        if given[0] == "某":  # 邹某, 刘某某, 周某平, 陈某甲: anonymised names in court and police copy
            g2 = given[1] if n_given == 2 else ""
            if self.surnames[surname] == 2 and left < 3.0 and g2 not in _PSEUDO_TAIL \
                    and not (n_given == 1 and self.right_bonus(e) >= 0.8):  # 先锋路某小区
                return None
            if n_given == 2:
                if g2 in _PSEUDO_KIN:
                    return None  # 李某母亲: a relative of the person, not a longer pseudonym
                if g2 in _PSEUDO_TAIL or self.given.get(g2, _RARE) > 0.5:
                    return 3.2 + self.right_bonus(e)
                # 黄某高, 卢某铸: any Han character not a function word or verb that opens the clause,
                # and not the start of a word running on (黄某高于…)
                if g2 in _PSEUDO_STOP or segmenter.word_freq(text[e - 1:e + 1]) >= 5 \
                        or segmenter.word_freq(text[e - 1:e + 2]) >= 5:  # 吴某看起来
                    return None
                return 3.1 + self.right_bonus(e)
            return 3.0 + self.right_bonus(e)
        tier = self.surnames[surname]
        sc = -1.5 if tier == 2 else 1.0 if tier == 3 else 0.0
        if n_given == 2 and self.surnames.get(given[0]) == 1 and _function_surname(surname, tier):
            sc -= 4.0  # 会议由宋龙主持, 但赵显在: a function word before a name, not its surname
        if n_given == 2 and _function_surname(surname, tier) and segmenter.word_freq(given) >= 50 \
                and not segmenter.tag(given).startswith("nr"):  # (向成龙: 成龙 is a name itself)
            return None  # 领导和嘉宾: a conjunction before a word
        sc += sum(self.given.get(c, _RARE) for c in given)
        glued = False
        if n_given == 2:
            sc += 0.8
            if (given[1] in _RIGHT_WEAK or given[1] in _GLUE) and e < len(text) \
                    and not (tier == 3 and given[1] == "和") \
                    and text[e] not in _OPENERS and text[e] not in _RIGHT_WEAK:  # 汤建同则表示
                # 谭亮和战友们, 杨鸣则表示, 李强同外宾会谈, 令狐睿帮…: the char opens the clause that
                # follows the name, and what comes after it is no evidence for the longer reading.
                glued = True
                sc -= 2.5
            if self.surnames[surname] == 2 and segmenter.word_freq(given) >= 1000 \
                    and segmenter.tag(given).startswith("ns"):
                return None  # 由德国: a word-initial "surname" before a place
            gfreq = segmenter.word_freq(given)  # 向大家, 和敬意: the "given name" is a word
            if gfreq > 50 and tier != 3:  # 岸田文雄, 上川阳子: Japanese given names are often words
                sc -= 0.6 * math.log10(gfreq)
        sc += self.cut_penalty(p, 1.0) + self.cut_penalty(e, 1.0)
        if tier == 3 and len(surname) >= 2:
            sc += self.cut_penalty(gs, 1.0)  # 小松|树: a word across the end of a Japanese surname
        if n_given == 2 and self.seg.token_at(p) == (p, p + 2):
            head = text[p:p + 2]  # 母亲刘…, 韩国前…: surname and first given char are a word
            if head in _KIN or segmenter.tag(head).startswith("ns"):
                sc -= 3.0
        head = text[p:p + 2]
        if n_given == 2 and len(surname) == 1 and segmenter.tag(head).startswith("ns") \
                and segmenter.word_freq(head) >= 1000 and p not in self.title_ends:
            return None  # 韩国候任, 美国前: a country or city opens the candidate (书记王国华 stays)
        word_head = n_given == 2 and len(surname) == 1 and segmenter.word_freq(head) >= 4000 \
            and not segmenter.tag(head).startswith("nr")
        # 高水平: a frequent word after the surname — jieba's nr tag on the whole is no evidence then
        # (谭文学, 覃海洋 are names: no penalty, only no bonus)
        word_tail = n_given == 2 and segmenter.word_freq(given) >= 4000 \
            and not segmenter.tag(given).startswith("nr")
        if word_head:
            sc -= 2.5  # 高兴应, 左右才, 银行卡: a frequent word opens the candidate
        if given[-1] in _PLACE_END:
            sc -= 2.0
            if n_given == 2 and segmenter.word_freq(head) >= 100 and (
                    not segmenter.tag(head).startswith("nr") or head in self.stop):  # (文明 is tagged nr)
                return None  # 富裕村, 麻醉科: a word and the suffix of a place or department
        if p > 0 and text[p - 1] in "“「『" and e < len(text) and text[e] in "”」』":
            sc -= 3.0  # “全勤生”: a coined term in quotation marks (nicknames are not names either)
        if _PLACE_NEXT_RE.match(text, e):
            sc -= 3.0  # 潘家园社区, 李家湾村: a place name before the word for what it is
        if n_given == 2 and e < len(text) and text[e] in _ASPECT and _verb_char(given[-1]):
            sc -= 3.0  # 徐静抢过: the last "given" character is a verb with its aspect particle
        if n_given == 2:
            # 李鹏圆满: the last given character opens a word with what follows — the name is cut
            # before it; unless that word is itself name-like (刘越高强调: 高强 is tagged nr).
            w = text[e - 1:e + 1]
            wf = segmenter.word_freq(w) if len(w) == 2 else 0
            if wf >= 100 and not segmenter.tag(w).startswith("nr") and self.right_bonus(e) < 2.0:
                # (杨德明说: 明说 is a word too, but 说 after the longer reading settles it)
                sc -= min(3.0, 0.9 * math.log10(wf))
        freq = segmenter.word_freq(cand)
        if freq and text.startswith(("同志", "等同志"), e) and len(cand) >= 2:
            freq = 0  # 万里同志, 田野同志: 同志 after a word makes it a name
        if freq:
            tag = segmenter.tag(cand)
            if not (tag.startswith("nr") and (len(cand) >= 3 or freq < 300)):
                sc -= (0.9 if len(cand) == 2 else 1.5) * math.log10(freq + 1)
            elif len(cand) >= 3 and self.seg.covering(p) is None and not (word_head or word_tail):  # not 锡|林郭勒
                sc += 2.0  # jieba's dictionary lists many public figures (习近平, 王沪宁)
        right = 0.0 if glued else self.right_bonus(e)
        clause_start = p == 0 or text[p - 1] in "。！？!?\n；;，,：:“"
        if right == 0.0 and (n_given == 1 or clause_start or left >= 3.0) and e + 2 <= len(text) \
                and self.seg.token_at(e) is not None and self.seg.token_at(e)[1] - e >= 2:
            w = text[self.seg.token_at(e)[0]:self.seg.token_at(e)[1]]
            if segmenter.word_freq(w) >= 100 and segmenter.tag(w)[:1] in ("v", "a", "d"):
                right = 0.8  # 李鹏圆满完成, 罗敏来到: a verb or adjective word starts right after
        if left >= 3.0 and e < len(text) and text[e] in "，,、；;。":
            right = max(right, 0.8)  # 县委副书记李化，: a title before and the clause ends after
        if right >= 2.5 and clause_start and segmenter.tag(cand).startswith("nr"):
            left = max(left, 1.0)  # 汪洋强调: a name-word in subject position before a speech verb
        if self.korean and n_given == 2 and surname in _KOREAN_SURNAMES and given[-1] not in _GLUE:
            sc += 1.0
        return sc + left + right


def _surnames_at(text: str, p: int, surnames: dict[str, int]):
    three = text[p:p + 3]
    if three in surnames:  # 佐佐木, 长谷川
        yield three
    two = text[p:p + 2]
    if two in surnames:
        yield two
    if text[p] in surnames:
        yield text[p]


def find_people(text: str, regions, titles: list[Fact], lexicon_names=(), orgs=()) -> list[Fact]:
    """Person facts in every region ``(start, end, segments)`` of the page.

    ``titles`` are the title facts already found (a name often stands right after or before one);
    ``orgs`` the organisations (清华大学颜宁: a name often stands right after its institution).
    """
    (surnames, cand_re, _g, _s, left_re, right_re, dot_re, translit_re, wide, anchor_re,
     byline_re, translit_set) = _tables()
    title_ends = {t.end for t in titles}
    title_starts = {t.start for t in titles}
    org_ends = {f.end for f in orgs if f.kind == "org"}
    accepted: dict[tuple[int, int], float] = {}
    foreign_parts: dict[str, float] = {}
    weak: dict[int, tuple[int, float]] = {}  # start -> (end, score) of every fair candidate
    every: dict[tuple[int, int], float] = {}  # (start, end) -> score of every candidate
    bounds: set[int] = set()  # jieba word boundaries of every region
    for start, end, seg in regions:
        scorer = _Scorer(text, seg, title_ends, title_starts, org_ends)
        bounds |= seg.bounds
        for m in cand_re.finditer(text, start, end):
            p = m.start()
            best: tuple[float, int] | None = None
            for surname in _surnames_at(text, p, surnames):
                for n in (1, 2):
                    sc = scorer.score(p, surname, n)
                    if sc is not None:
                        key = (p, p + len(surname) + n)
                        every[key] = max(every.get(key, -99.0), sc)
                    if sc is not None and (best is None or sc > best[0]):
                        best = (sc, p + len(surname) + n)
                    if sc is not None and n == 2 and len(surname) >= 2 and surnames[surname] == 3 \
                            and sc >= ACCEPT:
                        best = (max(sc, best[0]), p + len(surname) + 2)  # 张本智和: a Japanese full name is one unit
                        break
                if len(surname) == 2 and surnames[surname] == 3 and (
                        p + 2 in title_starts
                        or (_SPEECH_RE.match(text, p + 2) and (p == start or text[p - 1] in _OPENERS))):
                    # 安倍首相, 岸田首相; 岩屋称, 岩屋表示: a Japanese surname alone before a title or
                    # as the subject of a speech verb
                    accepted[(p, p + 2)] = max(accepted.get((p, p + 2), 0.0), 3.0)
            if best is None:
                continue
            weak[p] = (best[1], best[0])
            if best[0] >= ACCEPT:
                accepted[(p, best[1])] = best[0]
        find_dot_names(text, start, end, seg, dot_re, wide, title_ends, left_re, accepted, foreign_parts)
        find_byline_names(text, start, end, seg, byline_re, left_re, accepted)
        find_end_credits(text, start, end, seg, surnames, accepted)
        for m in _masked_re().finditer(text, start, end):
            # 翁××, 王**, 张XX: a name masked in a published judgment (the surname is kept)
            a = m.start()
            sn = text[a - 2:a] if a >= 2 and text[a - 2:a] in surnames else text[a - 1:a]
            if surnames.get(sn) == 1 or (surnames.get(sn) == 2 and segmenter.word_freq(sn) < 20000):
                # (中国***: 国 is mostly a word of its own, so the mask there hides a whole name)
                accepted[(a - len(sn), m.end())] = max(accepted.get((a - len(sn), m.end()), 0.0), 6.0)
        find_before_head_titles(text, start, end, seg, translit_set, accepted)
        find_byline_pairs(text, start, end, seg, surnames, accepted)
        find_after_titles(text, start, end, seg, anchor_re, translit_re, accepted)
        find_after_foreign_roles(text, start, end, seg, wide, accepted)
        find_between_role_and_verb(text, start, end, seg, wide, title_ends, right_re, accepted)
        find_latin_glossed(text, start, end, seg, accepted)
        find_minority_names(text, start, end, seg, scorer, right_re, accepted)
        find_free_translit(text, start, end, seg, right_re, accepted)
        find_before_speech(text, start, end, seg, right_re, translit_set, accepted)
        find_known_figures(text, start, end, seg, accepted)
        find_lineup_names(text, start, end, seg, accepted)
        find_between_role_and_strong_word(text, start, end, seg, left_re, accepted)
    _name_lists(text, accepted, every)
    _repeated(text, accepted, every, bounds, surnames)
    _grow_lists(text, accepted, weak, every, bounds)
    _propagate(text, regions, accepted, lexicon_names, foreign_parts)
    _drop_function_word_before_name(text, accepted, surnames)
    _japanese_surnames_alone(text, regions, accepted, surnames, right_re, title_starts)
    _drop_in_work_titles(text, accepted)
    _drop_world_places(text, accepted)
    spans = _resolve(accepted)
    return [Fact("", -1, "person", a, b, text[a:b], {"name": text[a:b]}) for a, b in spans]
