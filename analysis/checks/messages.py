"""Bilingual message templates, one per finding (Chinese first; the GUI picks by language).

Messages quote the evidence, so the store can fingerprint a flag by rule + message;
keep them deterministic (no counters that change when unrelated text changes).
"""
from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    "role.conflict": (
        "{people}都被称为“{role}”（{org}的{title}应只有一人）。如确为双{title}制（联席任职），请确认后保留",
        "{people_en} are all called “{role}” ({org} normally has one {title}). If it is a real "
        "co-chair arrangement, confirm and keep it",
    ),
    "title.rank": (
        "{name}既是“{a}”又是“{b}”：同一职务的正副职不能同时担任，请核实",
        "{name} is both “{a}” and “{b}”: one person cannot hold an office and its deputy post at once",
    ),
    "title.incompatible": (
        "{name}既是“{a}”又是“{b}”：党委书记与同级政府首长不由一人兼任，请核实",
        "{name} is both “{a}” and “{b}”: the party secretary and the head of government are two people",
    ),
    "title.several": (
        "{name}的职务相互矛盾：{pairs}，请核实",
        "{name}'s titles contradict each other: {pairs_en}",
    ),
    "title.registry": (
        "{name}的职务为“{a}”，与已核实记录“{b}”（{since}起）不符",
        "{name} is called “{a}” but the verified record says “{b}” (since {since})",
    ),
    "name.variant": (
        "“{a}”与“{b}”{how}，可能是同一人，请核实姓名",
        "“{a}” and “{b}” {how_en}: probably the same person; check the name",
    ),
    "count.more": (
        "列出{items}，与“{count}”不符",
        "{n} items are listed, but the text says “{count}”",
    ),
    "count.fewer": (
        "只列出{items}，与“{count}”不符",
        "only {n} items are listed, but the text says “{count}”",
    ),
    "count.enum_more": (
        "“{count}”后列到了“{last}”（{n}项），项数不符",
        "“{count}” is followed by items up to “{last}” ({n} items)",
    ),
    "count.enum_fewer": (
        "“{count}”后只列到“{last}”（{n}项），项数不符",
        "“{count}” is followed by only {n} items (up to “{last}”)",
    ),
    "sum.exceeds": (
        "分项之和{parts}{unit}超过总数“{total}”",
        "the parts add up to {parts} {unit}, more than the total “{total}”",
    ),
    "sum.exhaustive": (
        "“{split}”两项之和为{parts}{unit}，与总数“{total}”不符",
        "“{split}” add up to {parts} {unit}, not the total “{total}”",
    ),
    "part.exceeds": (
        "部分“{part}”大于总数“{total}”",
        "the part “{part}” is larger than the whole “{total}”",
    ),
    "date.invalid": (
        "日期“{date}”不存在：{why}",
        "the date “{date}” does not exist: {why_en}",
    ),
    "date.weekday": (
        "{iso}是{actual}，不是“{stated}”",
        "{iso} was a {actual_en}, not “{stated}”",
    ),
    "duration.short": (
        "“{duration}”与起止时间不符：从{start}到{end}实际约{actual}",
        "“{duration}” does not fit its start and end: from {start} to {end} is about {actual_en}",
    ),
    "number.capacity": (
        "年发电量“{output}”超过装机容量“{capacity}”全年满发（×8760小时={limit}）",
        "yearly output “{output}” exceeds capacity “{capacity}” running all year (× 8760 h = {limit_en})",
    ),
    "number.share": (
        "“{share}”超过100%，比例不可能大于整体",
        "“{share}” is over 100%: a share cannot exceed the whole",
    ),
    "format.zero": (
        "汉字数字中的零应写作“〇”：“{bad}”应为“{good}”（GB/T 15835）",
        "zero in Chinese numerals is “〇”: “{bad}” should be “{good}” (GB/T 15835)",
    ),
    "format.adjacent": (
        "相邻两数表示概数时用汉字且不加顿号：“{bad}”应为“{good}”（GB/T 15835）",
        "two adjacent numerals for an estimate are Chinese with no mark: “{bad}” → “{good}” (GB/T 15835)",
    ),
    "format.ji": (
        "含“几”的概数用汉字：“{bad}”应为“{good}”（GB/T 15835）",
        "an estimate with 几 uses Chinese numerals: “{bad}” → “{good}” (GB/T 15835)",
    ),
    "format.range": (
        "数值范围应写作“{good}”（每个数值带单位，用浪纹线），不是“{bad}”",
        "write the range as “{good}” (unit on each value, wave dash), not “{bad}”",
    ),
    "punct.halfwidth": (
        "本篇有{n}处半角标点（{kinds}），中文文本应用全角，如“{example}”",
        "{n} half-width punctuation marks ({kinds}) in Chinese text, e.g. “{example}”",
    ),
    "punct.unopened": (
        "“{mark}”没有对应的“{other}”：“{context}”",
        "“{mark}” has no matching “{other}”: “{context}”",
    ),
    "script.traditional": (
        "本篇有{n}处繁体字（{chars}），简体稿件应改为简体，如“{example}”",
        "{n} traditional characters ({chars}) in simplified copy, e.g. “{example}”",
    ),
    "text.duplicate": (
        "“{word}”重复：“{context}”",
        "“{word}” is doubled: “{context}”",
    ),
}

FIX_LABELS: dict[str, tuple[str, str]] = {
    "halfwidth": ("全部改为全角标点（{n}处）", "Change all {n} marks to full width"),
    "traditional": ("全部改为简体（{n}处）", "Convert all {n} characters to simplified"),
    "replace": ("改为“{good}”", "Change to “{good}”"),
    "delete": ("删去重复的“{word}”", "Delete the repeated “{word}”"),
}


def msg(key: str, **kw) -> tuple[str, str]:
    """The (Chinese, English) message for ``key``; missing ``*_en`` values fall back to the Chinese."""
    zh, en = TEMPLATES[key]
    full = dict(kw)
    for k, v in kw.items():
        full.setdefault(f"{k}_en", v)
    return zh.format(**full), en.format(**full)


def fix_label(key: str, **kw) -> tuple[str, str]:
    """The (Chinese, English) label of a fix."""
    zh, en = FIX_LABELS[key]
    return zh.format(**kw), en.format(**kw)
