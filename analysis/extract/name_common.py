"""Constants and small helpers shared by the person-name modules.

``people`` (Han names and the entry point), ``foreign_names`` (transliterated names) and
``name_context`` (lists, repetition, propagation, filters) all read these; they live here so that
none of those modules has to import another one's internals and no import cycle can arise.
"""
from __future__ import annotations

import functools

from . import segmenter

ACCEPT = 2.6  # score a candidate needs on its own

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
    "名叫 叫做 化名 原名 本名 笔名 艺名 博士 硕士 教授 小朋友 "
).split()
#: Credit roles before a name with a colon or a space (责任编辑：熊家余, 校对：郭力).
_CREDIT_ROLES = ("责任编辑 编辑 校对 审核 监制 策划 主编 责编 审校 终审 二审 一审 统筹 作者 撰文 文字 摄像 编审 美编 "
                 "视频 剪辑 制作 出品").split()
#: Credit words after a byline name (肖艺九摄, 王晓明摄影): never part of the name.
_CREDIT_TAILS = "摄影报道 摄影 拍摄 摄 报道 供图 制图 整理 绘 作".split()
#: Function words next to a name: weak evidence (they stand beside any noun).
_RIGHT_WEAK = frozenset("则也还和向对在是已将曾从等与及")
_TRANSLIT_ANCHOR = ("总统 首相 总理 国务卿 秘书长 主席 大使 外长 部长 大臣 议长 国王 主教练 教练 "
                    "球员 前锋 后卫 门将 导演 演员 所长 院长 代表 员工 医生 学者 教授 发言人 "
                    "经理 领队 运动员 歌手 王储 副总统 副总理 副主席").split()

_OPENERS = frozenset("。，,；;：:！？!?“”‘’「」（）()、\n 　")

#: Characters that stop a ·-name: function words and particles glued to its ends.
_NAME_STOP = frozenset("的了在是和与及等说将对把被为从到向于也就又还并而或以则同帮让给跟称因")
_NOT_GIVEN = frozenset("的了是在与及等说将对把被为从到于也都就又还并而或个们这那其之所此该每各氏因称")


@functools.cache
def _verb_char(c: str) -> bool:
    """A character that is a frequent verb on its own (抢, 来, 说)."""
    return segmenter.tag(c).startswith("v") and segmenter.word_freq(c) >= 1000


@functools.cache
def _function_surname(surname: str, tier: int) -> bool:
    """A tier-2 surname that is mostly a function word or verb on its own (由, 于, 和, 但, 来, 都):
    before a surname and a given name it is no surname (由宋龙, 但赵显)."""
    return tier == 2 and len(surname) == 1 and segmenter.word_freq(surname) >= 20000 \
        and segmenter.tag(surname)[:1] in ("c", "p", "d", "u", "v")
