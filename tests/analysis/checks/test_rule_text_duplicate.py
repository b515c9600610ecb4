"""text.duplicate: accidentally doubled words, not reduplication."""
from __future__ import annotations

from check_helpers import apply, flags_of, spanned

RULE = "text.duplicate"


def test_doubled_particle_pronoun_and_formal_verb():
    for text, word in (("这是我们的的目标。", "的"), ("我们我们要坚持人民至上。", "我们"),
                       ("对隐患进行进行全面排查。", "进行"), ("有效缓解了了城区入学难。", "了")):
        [flag] = flags_of(text, RULE)
        assert spanned(text, flag) == [word * 2], text
        assert apply(text, flag) == text.replace(word * 2, word, 1)


def test_reduplication_is_not_an_error():
    text = ("大家坐在一起商量商量，多看看书，常常去图书馆，人人参与，天天锻炼，研究研究再说，谢谢大家，"
            "星星点点，渐渐好转，个个精神，一一落实，多多关照，明明白白，实实在在，讨论讨论，"
            "一块田一块田地看，不了了之，目的的实现，的的确确，等等。")
    assert flags_of(text, RULE) == []


def test_doubled_punctuation():
    text = "会议强调，，要抓好整改。"
    [flag] = flags_of(text, RULE)
    assert apply(text, flag) == "会议强调，要抓好整改。"
    assert flags_of("他说……好的。", RULE) == []


def test_a_call_said_twice():
    assert flags_of("“小度小度，给我放一段花鼓戏。”", RULE) == []


def test_word_doubled_inside_a_compound():
    text = "加强生态环境执法监督监督，以更多“含绿量”来提高“含金量”。"
    [flag] = flags_of(text, RULE)
    assert spanned(text, flag) == ["监督监督"]
    assert apply(text, flag) == text.replace("监督监督", "监督")


def test_said_three_times_on_purpose():
    assert flags_of("“对对对，就是这样！”他连声说。“不不不，不是我。”", RULE) == []


def test_a_date_or_figure_said_twice():
    text = "2023年2023年，全市经济运行平稳。"
    [flag] = flags_of(text, RULE)
    assert apply(text, flag) == "2023年，全市经济运行平稳。"
    assert flags_of("1月1日至1月31日，10时10分。", RULE) == []


def test_numeral_and_measure_rhythm_is_never_a_slip():
    for phrase in ("工人们一锹一锹地清理渣土", "一针一线缝补", "一砖一瓦地盖起", "一步一步往前走", "一点一点啃下",
                   "一口一口地吃", "一遍遍地刮", "一次次被转发", "一个个竹篮", "一张张笑脸", "一篾一篾编出",
                   "一环一环地掘进", "一把把钥匙", "一对对新人", "一所所学校", "一趟一趟地跑", "一刀一刀地破"):
        assert flags_of(f"在老街，{phrase}，日子越过越好。", RULE) == [], phrase


def test_doubled_particles_after_a_numeral_are_still_caught():
    assert len(flags_of("这是他第一次的的经历。", RULE)) == 1
    assert len(flags_of("大家一起把把工作做好。", RULE)) == 1
