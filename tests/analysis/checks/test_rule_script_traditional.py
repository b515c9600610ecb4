"""script.traditional: traditional characters in simplified copy, one grouped flag per story."""
from __future__ import annotations

import pathlib

from check_helpers import apply, flags_of, spanned

RULE = "script.traditional"
CLEAN = pathlib.Path(__file__).resolve().parents[2] / "data" / "clean_news"


def test_traditional_characters_are_one_flag_with_a_fix_all():
    text = "衡陽晚報訊 記者從市統計局獲悉，今年經濟運行良好。"
    [flag] = flags_of(text, RULE)
    assert len(flag.spans) == len([c for c in "陽報訊記從統計獲經濟運" if c in text])
    assert "陽" in spanned(text, flag)
    assert apply(text, flag) == "衡阳晚报讯 记者从市统计局获悉，今年经济运行良好。"


def test_valid_simplified_characters_that_t2s_would_touch():
    text = "清乾隆年间；著名作家；乾坤；瞭望塔；於晓峰（姓於）；夥计。"
    assert flags_of(text, RULE) == []


def test_a_name_written_wholly_in_traditional_characters_is_intended():
    assert flags_of("这家老字号的招牌“老鳳祥銀樓”已有百年历史。", RULE) == []
    # one stray traditional character inside simplified quotes is a typo
    assert len(flags_of("坚决完成“夏季攻勢”各项任务。", RULE)) == 1


def test_no_false_alarm_on_the_clean_copy_set():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CLEAN.glob("*.txt"))]
    assert len(texts) >= 20
    assert flags_of("\n".join(texts), RULE) == []


def test_name_characters_kept_for_names():
    from check_helpers import Page

    page = Page("副市长王昇出席活动。昇级改造完成。")
    page.person("王昇")
    [flag] = page.flags(RULE)
    assert spanned(page.text, flag) == ["昇"] and flag.spans[0][0] == page.text.index("昇级")


def test_apple_in_traditional_is_flagged():
    assert len(flags_of("市场上的蘋果每斤5元。", RULE)) == 1


def test_every_gb2312_character_but_two_is_simplified():
    """GB 2312 is the simplified set: of its 6,763 characters only 後 and 菸 are flagged."""
    chars = []
    for b1 in range(0xB0, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.append(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    assert len(chars) > 6700
    text = "\n".join("".join(chars[i:i + 40]) for i in range(0, len(chars), 40))
    [flag] = flags_of(text, RULE)
    assert sorted(set(spanned(text, flag))) == sorted("後菸")


def test_words_t2s_would_touch_that_are_simplified_and_signs_in_quotes():
    for text in ("乾隆年间，这里是著名的驿站。他的著作《乾隆下江南》广受好评。",
                 "街角有一家叫“張記”的老店，招牌是百年前留下的。",
                 "著名书法家於右任的作品，乾坤朗朗，瞭望塔上。",
                 "他在“乾”字上多写了一笔。岳飞的《滿江紅》气势磅礴。"):
        assert flags_of(text, "script.traditional") == [], text
    # one stray traditional character in a quotation is still a slip
    assert len(flags_of("店主人称“老陳”，在这里做了三十年生意。", "script.traditional")) == 1
