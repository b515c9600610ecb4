"""Person names in Chinese news copy.

jieba's own name tags are not enough (it tags 文明, 蓝天, 弘扬 as names and cuts 刘越高 into
刘越 + 高), so names are found here from candidates and evidence:

1. Candidates: a surname (single or compound, ``data/surnames.txt``) and one or two given-name
   characters; transliterated names joined by ``·``; runs of transliteration characters right
   after a title (美国总统拜登); 某-forms of court copy (邹某, 周某平).
2. A score per candidate: how name-like the given characters are (``data/given_chars.tsv``,
   built from jieba's dictionary), whether the surname is also a common word start (高, 文, 于),
   whether the span cuts a real word of jieba's segmentation (高速, 提高), whether the span is
   itself a frequent word, and the context: a title, 记者 or 市领导 before; 说, 表示, 强调,
   同志, a title… after.
3. Lists: in ``市领导赖馨正、于新凡、尹培国`` every item beside a found name that is a fair
   candidate is a name.
4. Propagation: a name found once is found at every occurrence on the page; names a person
   verified (``Lexicon``) are always found.
"""
from __future__ import annotations

import bisect
import functools
import math
import re

from ..model import Fact
from . import segmenter
from ._data import CJK, alternation, gazetteer, lines, table

ACCEPT = 2.6  # score a candidate needs on its own
LIST_ACCEPT = 0.0  # score an item of a list beside a found name needs
LIST_RUN_ACCEPT = 0.0  # score each item of a run of three or more needs (see _name_lists)
CONJ_ACCEPT = 1.0  # score a candidate joined to a found name by 和/与/及 needs (they join any nouns)
_CONJ = frozenset("和与及")

_LEFT_WORDS = (
    "记者 通讯员 摄影 摄 实习生 编辑 责编 作者 主持人 演员 导演 编剧 歌手 选手 球员 队员 运动员 门将 后卫 "
    "中场 前锋 市民 村民 居民 游客 老人 学生 患者 教师 老师 医生 护士 民警 辅警 法官 律师 被告人 犯罪嫌疑人 "
    "嫌疑人 原告 被告 当事人 同学 网友 工人 志愿者 员工 队长 领导 市领导 省领导 县领导 区领导 总书记 "
    "代表 委员 专家 人士 官员 技术员 护林员 调解员 裁判员 教练员 创始人 传承人 分析师 经济学家 "
    "首席 师傅 徒弟 儿子 女儿 父亲 母亲 妻子 丈夫 爷爷 奶奶 同事 队友 搭档 受害人 "
    "主任 校长 院长 局长 书记 经理 董事长 主席 会见 会晤 会同 陪同 感谢 告诉 邀请 "
    "岁的 大户 农户 店主 摊主 老板 厨师 修复师 设计师 工程师 医师 律师 画家 作家 书法家 指挥家 钢琴家 "
    "歌唱家 艺术家 科学家 企业家 劳动模范 劳模 院士 选举 任命 车主 业主 户主 家长 网格员 管理员 "
    "讲解员 快递员 外卖员 消防员 驾驶员 乘客 旅客 乘务员 村医 名将 牧民 渔民 农民 被害人 上诉人 申请人 证人 被执行人 第三人 "
    "社发 责任编辑 校对 审核 监制 特使 辩护人 代理人 诉讼代理人 委托代理人 审判长 审判员 书记员 陪审员 "
    "夫人 第一夫人 顾问 发言人 秘书 助理 主播 冠军 亚军 季军 得主 评委 小将 大将 老将 名宿 元勋 主帅 "
    "姑娘 小伙 小伙子 女孩 男孩 少年 少女 诗人 大姐 大哥 大叔 大婶 阿姨 叔叔 "
).split()
_RIGHT_WORDS = (
    "说 表示 指出 强调 介绍 认为 告诉 称 主持 出席 参加 会见 会晤 看望 慰问 调研 考察 视察 率队 带领 "
    "要求 提出 宣布 讲话 致辞 回忆 笑着 坦言 透露 建议 希望 同志 先生 女士 教授 一行 等人 等 发表 接受 "
    "解读 补充 分析 评价 感慨 指导 提醒 呼吁 敦促 主持召开 作 代表 说道 答 问 坦承 直言 表态 现场 "
    "一边 告诉记者 带着 等同志 指挥 部署 听取 任 担任 获得 荣获 "
    "主任 书记 总书记 市长 局长 院长 校长 老师 医生 博士 教练 经理 董事长 主席 委员 正在 "
    "随后 当选 今年 已经 一直 每天 从 来到 走进 带领 赶到 拿下 得到 获得 表示 回应 告诉 "
    "爷爷 奶奶 阿姨 叔叔 大爷 大妈 夫妇 老人 家里 家中"
).split()
#: Credit roles before a name with a colon or a space (责任编辑：熊家余, 校对：郭力).
_CREDIT_ROLES = ("责任编辑 编辑 校对 审核 监制 策划 主编 责编 审校 终审 二审 一审 统筹 作者 撰文 文字 摄像 编审 美编 "
                 "视频 剪辑 制作 出品").split()
#: Credit words after a byline name (肖艺九摄, 王晓明摄影): never part of the name.
_CREDIT_TAILS = "摄影报道 摄影 拍摄 摄 报道 供图 制图 整理 绘 作".split()
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
#: Function words next to a name: weak evidence (they stand beside any noun).
_RIGHT_WEAK = frozenset("则也还和向对在是已将曾从等与及")
_LEFT_WEAK = frozenset("和与同跟及")
_TRANSLIT_ANCHOR = ("总统 首相 总理 国务卿 秘书长 主席 大使 外长 部长 大臣 议长 国王 主教练 教练 "
                    "球员 前锋 后卫 门将 导演 演员 所长 院长 代表 员工 医生 学者 教授 发言人 "
                    "经理 领队 运动员 歌手 王储 副总统 副总理 副主席").split()


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
        f"(?:(?:记者|通讯员|实习生|摄影|摄)(?:[:：]?[ \u3000]?)|(?:{alternation(_CREDIT_ROLES)})(?:[:：][ \u3000]?|[ \u3000]))"
        f"([{CJK}]{{2,4}}?)(?:{alternation(_CREDIT_TAILS)})?"
        f"(?=[ \u3000）)\n、\\]】〗]|$|{alternation(_CREDIT_ROLES)}[:：])")
    return (surnames, cand_re, given, stop, left_re, right_re, dot_re, translit_re, wide,
            anchor_re, byline_re)


@functools.cache
def _masked_re() -> re.Pattern:
    return re.compile("(?<=[\u4e00-\u9fff])(?:[×＊*Ｘ]{1,3}|X{1,3}(?![A-Za-z0-9]))")


_BYLINE_UNIT = re.compile(f"[ \u3000]([{CJK}]{{2,4}})(?=[ \u3000）)\n]|$)")
_BYLINE_END = ("报道", "编译", "发自", "整理", "供图", "摄影", "摄", "电")
_CREDIT_START = tuple(_CREDIT_ROLES) + ("记者", "通讯员", "实习生", "本报", "摄影")
_END_CREDIT = re.compile(f"[（(]([{CJK}]{{2,3}})[）)][ \u3000]*(?=\n|$)")

#: Titles a foreign name stands right before (拉马福萨总统, 普京总统).
_ANCHOR_AFTER = "总统 首相 总理 国务卿 国王 王储 女王 副总统 议长".split()


@functools.cache
def _anchor_after_re() -> re.Pattern:
    return re.compile(alternation(_ANCHOR_AFTER))


@functools.cache
def _place_names() -> frozenset[str]:
    return frozenset(lines("places.txt"))


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


#: Score of a character absent from the given-name table: rare in words and names alike, and in
#: news copy rare characters turn up mostly in names (袁心玥, 王云蕗, 陈戌源).
_RARE = 0.5
#: "Given names" that are forms of address: 刘女士, 王先生 are not names (annotation rules).
_ADDRESS = frozenset("女士 先生 老师 师傅 大爷 大妈 阿姨 奶奶 爷爷 大姐 大哥 总 局 书记 主任 老板 同志 小姐 医生 "
                     "律师 教授 警官 队长 科长 处长 一家 家人 等人 阿婆 阿公 婆婆 阿伯 大叔 大婶 嫂子 师父 老汉 老太".split())
#: Last characters of place names (栗江镇, 祝融峰): a name ending in one needs a strong context.
_PLACE_END = frozenset("镇县市省区乡村峰路街局厂站湾岭港寨庄洲苑社队办部处委")
#: Characters that rarely end a given name when they open the next word (同, 则, 帮, 以 …).
_GLUE = frozenset("同则帮以在把被让跟给为向对将就都也还又家致自均先")
#: Kin and role words whose first character is also a surname (母亲刘芳 is not 母亲刘).
_KIN = frozenset("母亲 父亲 妻子 儿子 女儿 哥哥 姐姐 弟弟 妹妹 孙子 孙女 爷爷 奶奶 外婆 师傅 同事 老师 丈夫".split())
#: 陈某甲, 王某乙: the second character of a pseudonym.
_PSEUDO_TAIL = frozenset("某甲乙丙丁戊")
#: What cannot be the character after 某 in a pseudonym (黄某在, 黄某因, 黄某称).
_PSEUDO_STOP = frozenset("在因被的等称说与和及系于将把对向从到为了是也都就又还并而或个们这那其之所此该每各曾已与同跟"
                         "供认表示承认交代驾驶持携到来去回拿打要让叫使用以经先后再即便随看")
#: Kin words after 某 (李某母亲, 王某妻子): the pseudonym ends before them.
_PSEUDO_KIN = frozenset("母父妻夫儿女家哥姐弟妹")


@functools.cache
def _function_surname(surname: str, tier: int) -> bool:
    """A tier-2 surname that is mostly a function word or verb on its own (由, 于, 和, 但, 来, 都):
    before a surname and a given name it is no surname (由宋龙, 但赵显)."""
    return tier == 2 and len(surname) == 1 and segmenter.word_freq(surname) >= 20000 \
        and segmenter.tag(surname)[:1] in ("c", "p", "d", "u", "v")
_NOT_GIVEN = frozenset("的了是在与及等说将对把被为从到于也都就又还并而或个们这那其之所此该每各氏因")


class _Scorer:
    """Scores surname candidates in one article (one jieba segmentation)."""

    def __init__(self, text: str, seg: segmenter.Segments, title_ends: set[int],
                 title_starts: set[int], org_ends=frozenset()):
        self.text, self.seg = text, seg
        self.org_ends = org_ends
        self.title_ends, self.title_starts = title_ends, title_starts
        (self.surnames, _, self.given, self.stop, self.left_re, self.right_re, *_) = _tables()

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
        if p in self.org_ends and self.surnames.get(text[p]) == 1:
            return 2.0  # 上海理工大学庄松林教授: a person right after their institution
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
            return 2.0 if self.right_re.match(text, e + 1) else 0.8
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
        if cand in self.stop:
            return None
        if given in _ADDRESS or text[gs:gs + 2] in _ADDRESS or given[0] in "总局":
            return None
        if any(i in self.title_starts for i in range(gs, e)) or p in self.title_starts:
            return None  # 安倍首相, 李强总理: a title after a name ends it
        cov = self.seg.covering(e)
        if cov is not None and cov[0] == p and segmenter.tag(text[p:cov[1]])[:2] in ("ns", "nt"):
            return None  # 唐古拉|山, 张家|口: the start of a place or organisation word
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
        return sc + left + right


def find_people(text: str, regions, titles: list[Fact], lexicon_names=(), orgs=()) -> list[Fact]:
    """Person facts in every region ``(start, end, segments)`` of the page.

    ``titles`` are the title facts already found (a name often stands right after or before one);
    ``orgs`` the organisations (清华大学颜宁: a name often stands right after its institution).
    """
    (surnames, cand_re, _g, _s, left_re, right_re, dot_re, translit_re, wide, anchor_re,
     byline_re) = _tables()
    translit_set = frozenset("".join(lines("translit_chars.txt")) + "冯")
    wide_anchor_re = _wide_anchor_re()
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
                if len(surname) == 2 and surnames[surname] == 3 and p + 2 in title_starts:
                    # 安倍首相, 岸田首相: a Japanese surname alone before a title
                    accepted[(p, p + 2)] = max(accepted.get((p, p + 2), 0.0), 3.0)
            if best is None:
                continue
            weak[p] = (best[1], best[0])
            if best[0] >= ACCEPT:
                accepted[(p, best[1])] = best[0]
        for m in dot_re.finditer(text, start, end):
            span = _trim_translit(text, m.start(), m.end(), wide, title_ends, left_re, seg)
            if span:
                accepted[span] = 20.0  # beats a Han reading of its first part (詹 + 姆斯)
                # 莱昂内尔·梅西 … 梅西: the last part alone names the same person further on.
                last = max(text.rfind(d, span[0], span[1]) for d in _DOTS) + 1
                if span[1] - last >= 2:
                    foreign_parts[text[last:span[1]]] = 5.0
        for m in byline_re.finditer(text, start, end):
            # 记者 操秀英 / 通讯员 梁爽）: the unit right after a byline role is a name.
            a, b = m.span(1)
            name = m.group(1)
            if left_re.search(name) or name.startswith(("本报", "本刊", "特约", "见习")) \
                    or (text[a - 1] == "摄" and name[0] == "影"):  # 担任摄影师 is no credit
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
        for m in _END_CREDIT.finditer(text, start, end):
            # （刘艳） at the end of a story or paragraph: the writer's credit
            a, b = m.span(1)
            if surnames.get(text[a]) in (1, 2) or text[a:a + 2] in surnames:
                accepted[(a, b)] = max(accepted.get((a, b), 0.0), 5.0)
        for m in _masked_re().finditer(text, start, end):
            # 翁××, 王**, 张XX: a name masked in a published judgment (the surname is kept)
            a = m.start()
            sn = text[a - 2:a] if a >= 2 and text[a - 2:a] in surnames else text[a - 1:a]
            if surnames.get(sn) == 1 or (surnames.get(sn) == 2 and segmenter.word_freq(sn) < 20000):
                # (中国***: 国 is mostly a word of its own, so the mask there hides a whole name)
                accepted[(a - len(sn), m.end())] = max(accepted.get((a - len(sn), m.end()), 0.0), 6.0)
        for m in _anchor_after_re().finditer(text, start, end):
            # 与拉马福萨总统举行会谈, 同普京总统通电话: a transliteration right before a head-of-state
            # title, from a clean left edge (a function character, punctuation, a jieba boundary).
            t = m.start()
            s0 = t
            while s0 > start and t - s0 < 7 and text[s0 - 1] in translit_set \
                    and text[s0 - 1] not in _NAME_STOP:
                s0 -= 1
            run = text[s0:t]
            if len(run) >= 2 and s0 in seg.bounds and segmenter.word_freq(run) < (50 if len(run) > 2 else 1) \
                    and not segmenter.tag(run).startswith("ns") and run not in _place_names():
                accepted[(s0, t)] = max(accepted.get((s0, t), 0.0), 6.0 if len(run) >= 3 else 3.0)
        for m in _byline_pair_re().finditer(text, start, end):
            k = _split_pair(m.group(1), surnames)
            if k is not None and segmenter.word_freq(m.group(1)) == 0:
                a, b = m.span(1)
                for span in ((a, a + k), (a + k, b)):
                    accepted[span] = max(accepted.get(span, 0.0), 20.0)  # beats 刘华刘 read as one
        for m in anchor_re.finditer(text, start, end):
            r = translit_re.match(text, m.end())
            if r is None:
                continue
            a, e = r.start(), min(r.end(), end)
            for i in range(e - 1, a + 1, -1):  # the last such word: 普通话 must not cut 特朗普
                if any(i + k > e and segmenter.word_freq(text[i:i + k]) >= _LEAVE_FREQ[k]
                       for k in (2, 3, 4) if i + k <= end):
                    e = i  # 特朗普通话: the run stops before a word that runs out of it (通话)
                    break
            if e - a >= 2 and segmenter.word_freq(text[a:e]) < 200:
                # 冯德莱恩 is longer than the Han reading 冯德莱: the run wins.
                accepted[(a, e)] = 9.0
        for m in wide_anchor_re.finditer(text, start, end):
            # 波兰选手斯瓦泰克, 西班牙球星阿尔卡拉斯: a run of 3+ transliteration characters after a
            # role word, cut before a function character or a word that leaves the transliteration.
            a = e = m.end()
            while e < end and e - a < 7 and text[e] in wide and text[e] not in _NAME_STOP:
                if e > a + 1 and _leaves_name(text, e, end, wide):
                    break
                e += 1
            if e - a >= 3 and (segmenter.word_freq(text[a:e]) < 50 or segmenter.tag(text[a:e]) == "nrt") \
                    and not segmenter.tag(text[a:e]).startswith("ns"):
                accepted[(a, e)] = max(accepted.get((a, e), 0.0), 9.0)  # (埃里克森 is in jieba as nrt)
        for p in _role_positions(text, start, end, title_ends):
            # 牧民额尔德木图说, 医生其其格介绍: transliteration characters between a role and a verb
            e = p
            while e < end and e - p < 6 and text[e] in wide and text[e] not in _NAME_STOP:
                if e > p + 1 and (_dictionary_word_at(text, e) or text[e] in _RUN_STOP):
                    break  # 市长朱健多次强调, 妻子马兰都是: a word or function character ends the run
                e += 1
            if 2 <= e - p <= 5 and (e == end or text[e] in _OPENERS or text[e] in "的也" or text[e] in _RIGHT_WEAK
                                    or right_re.match(text, e)) \
                    and segmenter.word_freq(text[p:e]) < 50 \
                    and not segmenter.tag(text[p:e]).startswith("ns") \
                    and not _opens_word(text, p, e) \
                    and not any((p, x) in accepted for x in range(e, p + 6)):
                # a longer run beats a Han reading of its start (夫人梅拉尼娅在: not 梅 + 拉尼)
                shorter = [accepted[(p, x)] for x in range(p + 2, e) if (p, x) in accepted]
                accepted[(p, e)] = max([accepted.get((p, e), 0.0), 3.0] + [sc + 0.1 for sc in shorter])
        for m in _LATIN_GLOSS.finditer(text, start, end):
            # 第一夫人吉儿（Jill Biden）, 主持人利马（Daniela Lima）: a foreign name glossed in Latin
            # letters right after it; the Chinese form is the piece after the last word jieba knows.
            e = m.start()
            a = _gloss_start(text, e, start, seg)
            if a is not None and text[e - 1] not in _ORG_LAST:
                accepted[(a, e)] = max(accepted.get((a, e), 0.0), 7.0)
        for m in _minority_re().finditer(text, start, end):
            # 藏族姑娘次仁卓玛每天, 医生乌云其木格和护士那仁高娃: a run made only of elements of
            # Tibetan or Mongolian names, at jieba boundaries, with a clause edge, role or title
            # before and a clause edge, function character or verb after.
            a, e = m.span()
            if e - a >= 2 and (a in seg.bounds or e - a >= 4) and (e in seg.bounds or e - a >= 4) \
                    and (a == start or text[a - 1] in _OPENERS or text[a - 1] in _FREE_LEFT
                         or scorer.left_bonus(a) >= 2.0) \
                    and (e == end or text[e] in _OPENERS or text[e] in _RIGHT_WEAK or text[e] == "的"
                         or right_re.match(text, e) or _verb_next(text, e, seg)) \
                    and text[a:e] not in _place_names():  # (jieba tags 乌云其木格 ns)
                # a full four-character name beats a Han reading of its second half (次仁|卓玛)
                accepted[(a, e)] = max(accepted.get((a, e), 0.0), 6.0 if e - a >= 4 else 3.0)
        for m in _free_translit_re().finditer(text, start, end):
            # 让艾泽利首发出场, 克雷桑单刀: a run of transliteration characters that jieba's dictionary
            # does not know, standing between clause edges, function characters or verbs.
            a, e = m.span()
            if text[a] in _FREE_LEFT and e - a > 3:
                a += 1  # 让伊戈达拉: 让 is also a transliteration character
            if (a == start or text[a - 1] in _OPENERS or text[a - 1] in _FREE_LEFT) \
                    and (e == end or text[e] in _OPENERS or text[e] in _RIGHT_WEAK or text[e] == "的"
                         or right_re.match(text, e) or _verb_next(text, e, seg)) \
                    and _unknown_run(text, a, e, seg):
                accepted[(a, e)] = max(accepted.get((a, e), 0.0), 3.0)
        for m in right_re.finditer(text, start, end):
            # 布林肯表示, 阿尔巴尼斯说: a run of transliteration characters opening a sentence.
            e = m.start()
            s0 = e
            while s0 > start and text[s0 - 1] in translit_set and e - s0 < 7:
                s0 -= 1
            if e - s0 >= 3 and (s0 == start or text[s0 - 1] in _OPENERS) \
                    and segmenter.word_freq(text[s0:e]) < 50:
                accepted[(s0, e)] = max(accepted.get((s0, e), 0.0), 4.0)
    _name_lists(text, accepted, every)
    _repeated(text, accepted, every, bounds, surnames)
    _grow_lists(text, accepted, weak, every, bounds)
    _propagate(text, regions, accepted, lexicon_names, foreign_parts)
    _japanese_surnames_alone(text, regions, accepted, surnames, right_re, title_starts)
    _drop_in_work_titles(text, accepted)
    _drop_world_places(text, accepted)
    spans = _resolve(accepted)
    return [Fact("", -1, "person", a, b, text[a:b], {"name": text[a:b]}) for a, b in spans]


_ASPECT = frozenset("了过着")
#: Words that follow a place or estate name, never a person's (潘家园社区, 张庄村委会).
_PLACE_NEXT_RE = re.compile("社区|小区|街道|村委|村民|大街|胡同|公园|花园|景区|新村|片区|园区|广场|大道|公路|码头|水库|"
                            "山段|山口|山脉|山区|江段|河段|湖区|流域|隧道|大桥")
_WORK_TITLE = re.compile("《[^》\n]{1,40}》")


def _world_places() -> tuple[frozenset[str], int]:
    return gazetteer("world_places.txt", "world_brands.txt")


def _china_places() -> tuple[frozenset[str], int]:
    return gazetteer("china_places.txt")


def _inside(text: str, a: int, b: int, names: tuple[frozenset[str], int]) -> tuple[int, int] | None:
    """The span of a listed name that holds ``text[a:b]``, if one does (a few set look-ups, not a
    regex of thousands of alternatives over the page)."""
    table, longest = names
    for x in range(max(0, a - longest + (b - a)), a + 1):
        for y in range(b, min(len(text), x + longest) + 1):
            if text[x:y] in table:
                return x, y
    return None


#: A person reading inside a Chinese place name needs at least this score to stay (a title before it).
_HOME_PLACE_KEEP = 5.0


def _listed_with_person(text: str, a: int, b: int, accepted: dict, places) -> bool:
    """A neighbour in a 、-list is a person that is no place itself (沙学军、卫东)."""
    def person(x: int, y: int) -> bool:
        return (x, y) in accepted and _inside(text, x, y, places) is None
    before = a > 0 and text[a - 1] == "、" and any(person(x, a - 1) for x in range(max(0, a - 6), a - 2))
    after = b < len(text) and text[b] == "、" and any(person(b + 1, y) for y in range(b + 3, b + 8))
    return before or after


def _drop_world_places(text: str, accepted: dict) -> None:
    """卢旺达, 赫尔辛(基), 南韩, 特斯拉: a span inside the name of a country, city or brand is no person.

    Only a span wholly inside a place goes; 马里奥 is longer than 马里 and stays. A verified name
    (score 100) always stays.
    """
    world, home = _world_places(), _china_places()
    for (a, b), sc in list(accepted.items()):
        if sc < 100.0 and _inside(text, a, b, world):
            del accepted[(a, b)]
        elif sc < _HOME_PLACE_KEEP and _inside(text, a, b, home) \
                and not _listed_with_person(text, a, b, accepted, home):
            del accepted[(a, b)]  # 许昌, 周口: but 商务部部长钟山 and 沙学军、卫东出席 stay


def _drop_in_work_titles(text: str, accepted: dict) -> None:
    """A name inside the title of a work (《穆桂英挂帅》, 《武则天》) names no person in the story."""
    inside = [m.span() for m in _WORK_TITLE.finditer(text)]
    if not inside:
        return
    for a, b in list(accepted):
        if any(x < a and b < y for x, y in inside):
            del accepted[(a, b)]


@functools.cache
def _verb_char(c: str) -> bool:
    """A character that is a frequent verb on its own (抢, 来, 说)."""
    return segmenter.tag(c).startswith("v") and segmenter.word_freq(c) >= 1000


@functools.cache
def _credit_tail_re() -> re.Pattern:
    return re.compile(f"[ \u3000/]?(?:{alternation(_CREDIT_TAILS)})")


#: Two or more capitalised Latin words in brackets: a person's name glossed (not WHO, not 5G).
_LATIN_GLOSS = re.compile("(?<=[\u4e00-\u9fff])[（(] ?[A-Z][A-Za-zÀ-ÿ.'\\-]+(?: [A-Za-zÀ-ÿ.'\\-]+)* [A-Z][A-Za-zÀ-ÿ.'\\-]+ ?[）)]")
#: Last characters of organisations and places glossed the same way (彭博社, 联合国大学).
_ORG_LAST = frozenset("社会局院部司所厂队组署处府委党团校馆台报网城市省州县区镇村国宫堂寺楼园场港湾岛山河湖街路桥")


def _gloss_start(text: str, e: int, start: int, seg) -> int | None:
    """Where the Chinese name before a Latin gloss at ``e`` starts: 2–6 characters back, at a jieba
    boundary, over pieces that are unknown, foreign names or transliteration characters."""
    a = e
    while a > start and e - a < 6:
        tok = _token_of(seg, a - 1)
        if tok is None or tok[0] < start:
            break
        w = text[tok[0]:tok[1]]
        if not re.fullmatch(f"[{CJK}]+", w) or (segmenter.word_freq(w) >= 20 and segmenter.tag(w) != "nrt"
                                                and not segmenter.tag(w).startswith("nr")):
            break
        a = tok[0]
    return a if 2 <= e - a <= 6 else None


@functools.cache
def _minority_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(lines('minority_name_parts.txt'))}){{1,3}}")


@functools.cache
def _free_translit_re() -> re.Pattern:
    return re.compile(f"[{re.escape(''.join(lines('translit_chars.txt')))}]{{3,6}}")


#: Characters before a free-standing transliterated name (让艾泽利, 由伊戈达拉, 与克雷桑).
_FREE_LEFT = frozenset("让被由与和及对向给把将同跟是")


def _verb_next(text: str, e: int, seg) -> bool:
    """A verb, adverb or preposition word of jieba's starts at ``e`` (伊戈达拉|替补)."""
    tok = seg.token_at(e)
    return tok is not None and segmenter.tag(text[tok[0]:tok[1]])[:1] in ("v", "d", "p")


def _unknown_run(text: str, a: int, e: int, seg) -> bool:
    """The run is no dictionary word and jieba reads no frequent word inside it (only unknown
    pieces, single characters or transliterated names)."""
    run = text[a:e]
    if segmenter.word_freq(run):
        return False  # (jieba tags brands nrt too: 特斯拉, 阿迪达斯)
    if a not in seg.bounds or e not in seg.bounds:
        return False
    i = bisect.bisect_left(seg.starts, a)
    while i < len(seg.starts) and seg.starts[i] < e:
        w = text[seg.starts[i]:seg.ends[i]]
        if len(w) >= 2 and segmenter.word_freq(w) >= 20 and segmenter.tag(w) != "nrt":
            return False
        i += 1
    return True


def _opens_word(text: str, p: int, e: int) -> bool:
    """A frequent dictionary word starts the run (记者座谈会上: 座谈会 is no name)."""
    return any(segmenter.word_freq(text[p:p + k]) >= 100 and not segmenter.tag(text[p:p + k]).startswith("nr")
               for k in range(2, e - p + 1))


def _japanese_surnames_alone(text, regions, accepted, surnames, right_re, title_starts) -> None:
    """安倍晋三 … 安倍说: a Japanese surname alone after the full name is a later mention.

    Only where the surname ends a unit (a punctuation mark, a verb that follows names, a title or a
    function character next): 丰田章男 does not make 丰田汽车 a name.
    """
    first: dict[str, int] = {}
    for (a, b), sc in accepted.items():
        if b - a == 4 and sc >= ACCEPT and surnames.get(text[a:a + 2]) == 3:
            first[text[a:a + 2]] = min(first.get(text[a:a + 2], a), a)
    if not first:
        return
    pattern = re.compile(alternation(first))
    for start, end, _seg in regions:
        for m in pattern.finditer(text, start, end):
            a, b = m.span()
            if a <= first[m.group(0)] or (a, b) in accepted:
                continue
            if b >= end or text[b] in _OPENERS or text[b] in _RIGHT_WEAK or b in title_starts \
                    or right_re.match(text, b):
                accepted[(a, b)] = 1.0  # below any full name that overlaps it


#: Role words after which a foreign name stands (with its country before: 波兰选手, 西班牙球星).
_FOREIGN_ROLES = (_TRANSLIT_ANCHOR + "选手 球星 外援 主帅 边锋 中场 中卫 名将 网球 拳王 歌星 影星 作家 "
                  "首席执行官 总裁 创始人 外交官 特使 党首 领导人".split())


@functools.cache
def _role_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(_LEFT_WORDS)}) ?")


def _role_positions(text: str, start: int, end: int, title_ends) -> list[int]:
    """Positions right after a role word (牧民, 医生, 记者) or a title."""
    out = {m.end() for m in _role_re().finditer(text, start, end)}
    out |= {t for t in title_ends if start <= t < end}
    return sorted(out)


@functools.cache
def _wide_anchor_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(_FOREIGN_ROLES)})(?=[{CJK}])")


_OPENERS = frozenset("。，,；;：:！？!?“”‘’「」（）()、\n 　")


def _surnames_at(text: str, p: int, surnames: dict[str, int]):
    three = text[p:p + 3]
    if three in surnames:  # 佐佐木, 长谷川
        yield three
    two = text[p:p + 2]
    if two in surnames:
        yield two
    if text[p] in surnames:
        yield text[p]


_DOTS = "·・•‧-－‐‑"  # 勒布朗-詹姆斯: Hong Kong and Taiwan sports pages join with a hyphen
_HYPHENS = "-－‐‑"
#: Characters that stop a ·-name: function words and particles glued to its ends.
_NAME_STOP = frozenset("的了在是和与及等说将对把被为从到向于也就又还并而或以则同帮让给跟称因")


def _trim_translit(text: str, a: int, b: int, wide, title_ends=frozenset(),
                   left_re=None, seg=None) -> tuple[int, int] | None:
    """Where a ·-name begins and ends (大使哈利勒·哈希米说 → 哈利勒·哈希米, 莱昂内尔·梅西).

    Both sides extend over transliteration characters; the left side stops at a title, the right
    side before a function character or before a dictionary word that starts there and leaves the
    transliteration (萨迪奥·马内在 keeps 马内; 罗纳尔多梅开二度 stops before 梅开二度). With jieba's
    cut (``seg``) a side also extends over characters outside the transliteration table when
    jieba reads them as an unknown word or a transliterated name (柳德米拉·萨姆索诺娃, 施特凡·科内柳斯),
    and the right side stops before a frequent word (詹姆斯|得到, 买买提|正).
    """
    first = min(text.find(d, a, b) for d in _DOTS if text.find(d, a, b) >= 0)
    last = max(text.rfind(d, a, b) for d in _DOTS)
    s = first
    while s > a and first - s < 8 and s not in title_ends \
            and not (left_re and left_re.search(text, max(0, s - 6), s)) and (
            text[s - 1] in _DOTS or (text[s - 1] not in _NAME_STOP
                                     and (text[s - 1] in wide or _unknown_piece(text, s - 1, seg)))):
        s -= 1
    e = last + 1
    while e < b and e - last < 8 and text[e] not in _NAME_STOP \
            and (text[e] in wide or _unknown_piece(text, e, seg, foreign_only=True)
                 or (seg is not None and e > last + 1 and not _verb_char(text[e]))):
        # (past the first character, any Han character that opens no word continues the name:
        # 兰迪·亨廷顿, 阿卜杜勒·穆哈里说)
        if e > last + 1 and (_leaves_name(text, e, b, wide) or _word_starts(text, e, seg)
                             or (text[e] not in wide and _dictionary_word_at(text, e))):
            break
        e += 1
    if s == first or e == last + 1:
        return None
    if any(text[i] in _HYPHENS for i in range(a, b)) and (first - s < 2 or e - last - 1 < 2
                                                          or any(text[i] not in wide and text[i] not in _DOTS
                                                                 for i in range(s, e))):
        return None  # 中-哈边境, 京-沪: a hyphen joins a name only between two transliterations

    return s, e


def _token_of(seg, i: int) -> tuple[int, int] | None:
    """jieba's token holding the character at ``i``."""
    if seg is None:
        return None
    return seg.token_at(i) or seg.covering(i)


def _unknown_piece(text: str, i: int, seg, foreign_only: bool = False) -> bool:
    """The character at ``i`` is part of a piece jieba does not know or reads as a foreign name.

    ``foreign_only``: only a foreign name — after a name jieba's guesses glue on the next verb
    (萨拉赫打进 is cut 萨拉|赫打|进一球), so unknown pieces there say nothing.
    """
    tok = _token_of(seg, i)
    if tok is None or tok[1] - tok[0] < 2 and not ("\u4e00" <= text[i] <= "\u9fff"):
        return False
    w = text[tok[0]:tok[1]]
    return ("\u3400" <= text[i] <= "\u9fff") and (segmenter.word_freq(w) == 0 and len(w) >= 2
                                                  and not foreign_only or segmenter.tag(w) == "nrt")


#: Adverbs that end a run of transliteration characters after a role (妻子马兰都是); not 才, which
#: ends many names (阿普才).
_RUN_STOP = frozenset("都也就还又再并却")


def _dictionary_word_at(text: str, i: int) -> bool:
    """A frequent dictionary word that is no foreign name starts at ``i`` (打进, 送出, 此前)."""
    for k in (2, 3, 4):
        w = text[i:i + k]
        if len(w) == k and segmenter.word_freq(w) >= 100 and segmenter.tag(w) != "nrt":
            return True
    return False


def _word_starts(text: str, i: int, seg) -> bool:
    """A frequent word of jieba's cut, not a foreign name, starts at ``i`` (得到, 正 as an adverb)."""
    tok = seg.token_at(i) if seg is not None else None
    if tok is None:
        return False
    w = text[tok[0]:tok[1]]
    tag = segmenter.tag(w)
    if tag == "nrt":
        return False
    if len(w) == 1:  # (里, 上 are transliteration characters as often as place words)
        return segmenter.word_freq(w) >= 5000 and tag[:1] in "vdpcu"
    return segmenter.word_freq(w) >= 100 and tag[:1] in "vdpcuatmfr"


_LEAVE_FREQ = {4: 1, 3: 20, 2: 100}  # an idiom (梅开二度) is rare in the dictionary and still a word


def _leaves_name(text: str, i: int, b: int, wide) -> bool:
    """A frequent word starts at ``i`` and runs out of the transliteration (梅开二度, 内在 is not)."""
    for k in (4, 3, 2):
        w = text[i:i + k]
        if len(w) == k and i + k <= b + 4 and w[1] not in _NAME_STOP \
                and not all(c in wide for c in w) and segmenter.word_freq(w) >= _LEAVE_FREQ[k]:
            return True
    return False


def _grow_lists(text: str, accepted: dict, weak: dict, every: dict | None = None,
                seg_bounds=frozenset()) -> None:
    """Items of a list beside an accepted name become names when they are fair candidates.

    Items are joined by 、 (市领导赖馨正、于新凡) or, in bylines, by one space (记者 胡蓉 曾小林).
    An item with no surname (洛桑江村, 铁凝) is taken when names stand on both sides of it.
    """
    changed = True
    rounds = 0
    while changed and rounds < 20:
        changed = False
        rounds += 1
        ends = {b for (_a, b) in accepted}
        starts = {a for (a, _b) in accepted}
        for (a, b) in list(accepted):
            if b + 1 < len(text) and text[b] in "、 " and (text[b] == "、" or _byline_gap(text, b)):
                nxt = b + 1
                cand = weak.get(nxt)
                shaped = _list_item(text, nxt, every) if text[b] == "、" else None
                if shaped and shaped not in accepted:
                    accepted[shaped] = ACCEPT
                    changed = True
                elif cand and cand[1] >= LIST_ACCEPT and (nxt, cand[0]) not in accepted:
                    accepted[(nxt, cand[0])] = ACCEPT
                    changed = True
                elif text[b] == "、":
                    for n in (2, 3, 4):
                        e = nxt + n
                        if e < len(text) and text[e] == "、" and e + 1 in starts:
                            item = text[nxt:e]
                            if re.fullmatch(f"[{CJK}]+", item) and (nxt, e) not in accepted \
                                    and not any(nxt < x < e for x in ends | starts):
                                accepted[(nxt, e)] = ACCEPT
                                changed = True
                            break
            if b + 1 < len(text) and text[b] in _CONJ:
                # 王子铭和张稀哲的发挥: a fair candidate joined to a name by 和/与/及
                cand = weak.get(b + 1)
                if cand and cand[1] >= CONJ_ACCEPT and (b + 1, cand[0]) not in accepted \
                        and not any(b + 1 < x < cand[0] for x in ends | starts):
                    accepted[(b + 1, cand[0])] = ACCEPT
                    changed = True
            if a > 3 and text[a - 1] in _CONJ:
                for prev_start in (a - 5, a - 4, a - 3):
                    cand = weak.get(prev_start)
                    if cand and cand[0] == a - 1 and cand[1] >= CONJ_ACCEPT \
                            and (prev_start, a - 1) not in accepted \
                            and not any(prev_start < x < a - 1 for x in ends | starts):
                        accepted[(prev_start, a - 1)] = ACCEPT
                        changed = True
            if a > 3 and text[a - 1] == "、" and every:
                # 包括何方、童真: the item before, when it starts at a word boundary
                for n in (3, 2):
                    s0 = a - 1 - n
                    sc = every.get((s0, a - 1))
                    if sc is not None and sc >= _ITEM_ACCEPT and (s0, a - 1) not in accepted \
                            and s0 in seg_bounds and not any(s0 < x < a - 1 for x in ends | starts):
                        accepted[(s0, a - 1)] = ACCEPT
                        changed = True
                        break
            if a > 1 and text[a - 1] in "、 " and (text[a - 1] == "、" or _byline_gap(text, a - 1)):
                for prev_start in (a - 5, a - 4, a - 3):
                    cand = weak.get(prev_start)
                    if cand and cand[0] == a - 1 and cand[1] >= LIST_ACCEPT \
                            and (prev_start, a - 1) not in accepted:
                        accepted[(prev_start, a - 1)] = ACCEPT
                        changed = True


#: What ends an item of a 、-list of names (何方、童真、路平等人).
_ITEM_END = re.compile("、|等|和|及|与|，|,|。|；|;|）|\\)|出席|参加|$")
#: A surname-candidate reading of a whole list item needs at least this score (何方 is also "where").
_ITEM_ACCEPT = -3.0


def _list_item(text: str, a: int, every: dict | None) -> tuple[int, int] | None:
    """The whole item of a 、-list starting at ``a`` when it has the shape of a name.

    The item runs up to the next 、, 等, 和, comma or full stop; it is taken when it is 2–3
    characters and is read as surname + given name, even with a score too low on its own: beside a
    name in a list, 何方 and 路平 are names.
    """
    if not every:
        return None
    m = _ITEM_END.search(text, a + 2, min(len(text), a + 5) if a + 5 <= len(text) else len(text))
    if m is None:
        return None
    e = m.start()
    if not 2 <= e - a <= 3:
        return None
    sc = every.get((a, e))
    return (a, e) if sc is not None and sc >= _ITEM_ACCEPT else None


_LIST_RUN = re.compile(f"[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}}){{2,}}(?=[，,。；;：:、）)\\s等和与及]|$)")


def _name_lists(text: str, accepted: dict, every: dict) -> None:
    """姬鹏飞、王忍之、朱穆之: three or more short items, each a fair surname reading, are names.

    One item alone proves little (何方 is also "where"); a run of them with the shape of a list of
    people does, even when no item has context of its own.
    """
    for m in _LIST_RUN.finditer(text):
        items, pos = [], m.start()
        for item in m.group(0).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if m.start() > 0 and re.match(f"[{CJK}]", text[m.start() - 1]):
            items = items[1:]  # the first item's start is unknown (市领导赖馨正、…)
        if len(items) >= 3 and all(every.get(span, -99.0) >= LIST_RUN_ACCEPT for span in items):
            for span in items:
                accepted[span] = max(accepted.get(span, 0.0), ACCEPT)


#: Mean score the occurrences of a repeated out-of-dictionary candidate need (see _repeated).
REPEAT_ACCEPT = 0.5
_REPEAT_MIN = {3: 2, 2: 3}  # occurrences needed by length: a two-character string repeats by chance more


def _repeated(text: str, accepted: dict, every: dict, bounds, surnames) -> None:
    """何利彩 … 何利彩 … 何利彩: a surname reading jieba's dictionary does not know, repeated in the
    story, is a name even where no occurrence has context of its own (a word would be in the
    dictionary; a chance string does not repeat)."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for (a, b), sc in every.items():
        if sc >= REPEAT_ACCEPT - 2.0:
            groups.setdefault(text[a:b], []).append((a, b))
    for name, spans in groups.items():
        if len(spans) < _REPEAT_MIN.get(len(name), 99) or segmenter.word_freq(name) \
                or surnames.get(name[0]) != 1 or name[:2] in surnames \
                or segmenter.tag(name[-1]).startswith("m") \
                or any(any(x < a < y or x < b < y for x, y in accepted) for a, b in spans):
            continue  # (a common word as surname, 金王; a numeral after a name, 孙杨六)
        if 2 * sum(a in bounds and b in bounds for a, b in spans) < len(spans):
            continue  # 韩国|候任: jieba cuts most occurrences elsewhere
        if sum(every[sp] for sp in spans) / len(spans) >= REPEAT_ACCEPT:
            for sp in spans:
                accepted[sp] = max(accepted.get(sp, 0.0), ACCEPT)


def _byline_gap(text: str, pos: int) -> bool:
    """A single space between two names on a byline line (记者 胡蓉 曾小林, 编辑：付波 熊哲)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line = text[line_start:pos]
    return "记者" in line or "通讯员" in line or any(r + "：" in line or r + ":" in line for r in _CREDIT_ROLES)


def _resolve(accepted: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Overlapping candidates: the higher score wins (then the longer)."""
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for (a, b), _sc in sorted(accepted.items(), key=lambda kv: (-kv[1], kv[0][0] - kv[0][1])):
        if any(i in taken for i in range(a, b)):
            continue
        chosen.append((a, b))
        taken.update(range(a, b))
    return sorted(chosen)


def _propagate(text: str, regions, accepted: dict[tuple[int, int], float], lexicon_names,
               extra: dict[str, float] | None = None) -> None:
    """Every other occurrence of a found name on the page, and every lexicon name, join ``accepted``.

    An occurrence keeps the best score its name earned, so a propagated 阿尔巴尼斯 beats the weaker
    巴尼斯 read at that place; a lexicon name beats everything.
    """
    best: dict[str, float] = {}
    for (a, b), sc in accepted.items():
        if b - a >= 2 and sc >= ACCEPT:
            name = text[a:b]
            best[name] = max(best.get(name, 0.0), sc)
    for n, sc in (extra or {}).items():
        best[n] = max(best.get(n, 0.0), sc)
    for n in lexicon_names:
        if len(n) >= 2:
            best[n] = 100.0
    if not best:
        return
    pattern = re.compile(alternation(best))
    for start, end, _seg in regions:
        for m in pattern.finditer(text, start, end):
            a, b = m.start(), m.end()
            # 王丽 must not be read inside 王丽娟: the next character would continue the name.
            if b < end and (a, b) not in accepted and best[m.group(0)] < 100.0 \
                    and any((a, b2) in accepted for b2 in (b + 1, b + 2)):
                continue
            key = (a, b)
            accepted[key] = max(accepted.get(key, 0.0), best[m.group(0)] - 0.01)
