"""Decoding the bytes of a text file, and judging whether a decoding reads as Chinese.

``decode(data, name)`` returns ``(text, encoding, notes)``; :mod:`analysis.read` calls it for every
input that is not a .docx.  The order of decisions:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) is certain;
2. known binary formats (PDF, images, archives, programs…) are refused by their magic bytes;
   NUL bytes mean UTF-16 without a BOM when one byte order reads cleanly, else a binary file;
3. valid UTF-8 is UTF-8 (mojibake saved as UTF-8, ``ºâÑô``, is decoded back or refused);
4. otherwise GB18030, Big5 and Big5-HKSCS (and charset-normalizer's guess) are scored by how
   plausible their text is (the share of common and of very frequent Chinese characters), and the
   best readable one wins; a UTF-8 file with a few broken bytes stays UTF-8.

Every decision that was not certain (no BOM and not valid UTF-8) is written to the notes, and text
that would come out as mojibake is refused with an :class:`~analysis.errors.InputError`.
"""
from __future__ import annotations

import re

from .errors import InputError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls); save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
)


# --------------------------------------------------------------------------------------------
# Decoding


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Return ``(text, encoding, notes)`` or raise InputError; see the module doc."""
    # 1. A byte-order mark is certain.
    for bom, codec, label in (
        (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
        (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
        (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
        (b"\xff\xfe", "utf-16-le", "utf-16"),
        (b"\xfe\xff", "utf-16-be", "utf-16"),
    ):
        if data.startswith(bom):
            body = data[len(bom):]
            if codec.startswith("utf-16") and len(body) % 2:
                raise InputError(f"cannot decode {name}: it starts with a UTF-16 byte-order mark but "
                                 "has an odd number of bytes (无法解码)")
            try:
                return body.decode(codec), label, []
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode {name}: it starts with a {label.upper()} byte-order "
                                 f"mark but byte {exc.start + len(bom)} is invalid (无法解码)") from None

    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} is {what}, not text copy (不是文本稿件)")

    # 2. UTF-16 without a BOM shows as NULs in every other byte.
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is not None:
            text, codec = guess
            return text, codec, [f"no byte-order mark: assumed {codec.upper()} from the pattern of zero "
                                 f"bytes (未见 BOM，按 {codec.upper()} 解码)"]
        raise InputError(f"{name} is a binary file, not text copy (是二进制文件，不是文本稿件)")
    if _control_ratio(data) > 0.02:
        raise InputError(f"{name} is a binary file, not text copy (是二进制文件，不是文本稿件)")

    # 3. Valid UTF-8 is UTF-8 (legacy CJK bytes are almost never valid UTF-8)…
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        return _check_utf8(text, name)

    # 4. …otherwise score the legacy Chinese encodings (and charset-normalizer's guess) by how
    # plausible the text they give is, and refuse when none reads as Chinese.
    candidates: list[tuple[float, str, str]] = []
    for codec, label in (("gb18030", "gb18030"), ("cp950", "big5"), ("big5hkscs", "big5-hkscs")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((*_scores(text), label, text))
    guessed = _charset_normalizer_guess(data)
    if guessed and guessed not in {c[1] for c in candidates} and guessed not in ("gb18030", "gbk",
                                                                                   "gb2312", "big5", "cp950"):
        try:
            text = data.decode(guessed)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            candidates.append((*_scores(text), guessed, text))
    # Readable first (common characters), then the one made of the more frequent characters.
    candidates.sort(key=lambda c: (-_readable(c[0], c[1], c[3]), -(c[0] + c[1]), _PREFERENCE.get(c[2], 9)))

    # A UTF-8 file with a few broken bytes (a cut-off download) is still UTF-8.
    utf8_bad = _utf8_error_count(data)
    if utf8_bad <= max(2, len(data) // 2000):
        best_legacy = max((c[0] for c in candidates), default=0.0)
        replaced = data.decode("utf-8", errors="replace")
        if _plausibility(replaced) >= max(best_legacy, 0.6):
            return replaced, "utf-8", [
                f"{utf8_bad} invalid UTF-8 byte sequence(s) (first at byte {utf8_error.start}) replaced "
                f"by U+FFFD; check the text there (有 {utf8_bad} 处无法解码的字节)"]

    if not candidates:
        raise InputError(f"cannot decode {name}: not UTF-8, UTF-16, GB18030 or Big5 (无法识别编码)")
    score, frequent, label, text = candidates[0]
    cjk = _cjk_count(text[:20000])
    if cjk == 0:
        # No Chinese in any reading: plain Latin text in a legacy code page is fine if it is letters.
        if label not in ("gb18030", "big5", "big5-hkscs") and _letters_ratio(text) > 0.6:
            # Western text: Windows-1252 is by far the likeliest code page (charset-normalizer's
            # pick among its siblings is a coin toss on short text).
            for western in ("cp1252", "latin-1"):
                try:
                    text, label = data.decode(western), western
                    break
                except UnicodeDecodeError:
                    continue
            return text, label, [f"not UTF-8 and no Chinese text found: assumed {label.upper()} "
                                 f"(非 UTF-8，按 {label.upper()} 解码)"]
        raise InputError(f"cannot decode {name}: not UTF-8, UTF-16, GB18030 or Big5 text (无法识别编码)")
    if not _readable(score, frequent, text):
        raise InputError(f"cannot decode {name}: no encoding gives readable Chinese "
                         f"(best: {label}, {score:.0%} common and {frequent:.0%} frequent characters); "
                         f"refusing to show mojibake (无法可靠解码，拒绝生成乱码)")
    notes = [f"not UTF-8 and no byte-order mark: decoded as {label.upper()} "
             f"({score:.0%} of Chinese characters are common ones) (按 {label.upper()} 解码)"]
    for other_score, other_frequent, other, _ in candidates[1:]:
        if other in _SAME_FAMILY.get(label, ()) or not _readable(other_score, other_frequent, _):
            continue
        if other_score + other_frequent >= score + frequent - 0.15:
            notes.append(f"encoding uncertain: {other.upper()} reads almost as well; check the text "
                         f"(编码不确定，也可能是 {other.upper()})")
        break
    if cjk < 8:
        notes.append(f"encoding uncertain: only {cjk} Chinese character(s) to judge by (文本过短，编码不确定)")
    return text, label, notes


_PREFERENCE = {"gb18030": 0, "big5": 1, "big5-hkscs": 2}
_SAME_FAMILY = {"big5": ("big5-hkscs",), "big5-hkscs": ("big5",)}


def _check_utf8(text: str, name: str) -> tuple[str, str, list[str]]:
    notes: list[str] = []
    bad = text.count("\ufffd")
    if bad:
        if bad > max(3, len(text) // 100):
            raise InputError(f"cannot decode {name}: it holds {bad} replacement characters (U+FFFD), "
                             "the text was already damaged (文本已损坏)")
        notes.append(f"the text holds {bad} replacement character(s) U+FFFD: something was lost "
                     f"before it reached Proofdesk (文本含 {bad} 个替换字符)")
    fixed = _undo_double_encoding(text)
    if fixed is not None:
        repaired, codec = fixed
        return repaired, "utf-8", notes + [
            f"the text was mojibake ({codec.upper()} bytes read as Latin-1 and saved as UTF-8); "
            f"decoded it back (已修复乱码)"]
    if _HAS_CJK.search(text) is None and _latin1_mojibake_ratio(text[:20000]) > 0.3:
        raise InputError(f"cannot decode {name}: the text looks like mojibake (乱码) and cannot be undone")
    return text, "utf-8", notes


def _undo_double_encoding(text: str) -> tuple[str, str] | None:
    """GBK/UTF-8 bytes once decoded as Latin-1/cp1252 and saved as UTF-8 (``ºâÑô``): undo it."""
    sample = text[:20000]
    if _HAS_CJK.search(sample) or _latin1_mojibake_ratio(sample) < 0.3:
        return None
    for latin in ("latin-1", "cp1252"):
        try:
            raw = text.encode(latin)
        except UnicodeEncodeError:
            continue
        for codec in ("utf-8", "gb18030", "cp950"):
            try:
                fixed = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if _HAS_CJK.search(fixed[:20000]) and _plausibility(fixed) >= 0.8:
                return fixed, codec
    return None


def _latin1_mojibake_ratio(text: str) -> float:
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0080" <= c <= "\u00ff") / len(letters)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: the byte order whose reading is clean text (Chinese that reads well,
    or ASCII-range text with zeros in every other byte)."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    order = ["utf-16-le", "utf-16-be"] if zeros_odd >= zeros_even else ["utf-16-be", "utf-16-le"]
    for codec in order:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _control_ratio(text.encode("utf-8", "surrogatepass")) > 0.01:
            continue
        if _HAS_CJK.search(text[:20000]):
            if _plausibility(text) >= 0.8:
                return text, codec
        elif max(zeros_even, zeros_odd) > 0.3 and _letters_ratio(text) > 0.6:
            return text, codec
    return None


def _utf8_error_count(data: bytes) -> int:
    """How many replacement characters a lenient UTF-8 decoding produces (bad sequences)."""
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    sample = data[:65536]
    bad = sum(sample.count(bytes([b])) for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
    return bad / len(sample)


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a pinned dependency
        return None
    try:
        best = from_bytes(data[:200_000]).best()
    except Exception:  # pragma: no cover - a detector failure is not the reader's failure
        return None
    return best.encoding if best is not None else None


# --------------------------------------------------------------------------------------------
# Plausibility: how much of a decoding reads as ordinary Chinese


#: The 800 most frequent Chinese characters (from jieba's dictionary) in simplified and traditional
#: forms: a correct decoding has most of its characters here, mojibake few.
_FREQUENT = frozenset(
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可"
    "过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
    "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城"
    "十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领"
    "队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边"
    "据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃"
    "观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
    "越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站施均消客失轻存低甚般击曾防请离落显罗营"
    "足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "桥模仅胜杀围席态破承招杨负层须父供续状域似依银范修找九致密终血旅钱赛独细效玉冲获习医演毛尽脸弹楼艺航"
    "陆右协七攻镇检写苏宗章注阿抗弟坐验封紧劳户优财养适陈喜卫排射哥油刻留急降念云微伤例景拿绝阶座刘刚害印"
    "亿沙母酒助闻超审待压升送监策略限竟香配藏敌呢差仍兰温园树征善波哪词岛止预怕继皮执味份角草男普答益谁船"
    "惊核街夏宣掌田久著画辑奇尼剑吧谈背免孩礼材愿洋春架筑括晚乱乎讲尚良友临激刀夜室既敢邦挥昌板胡欧福港叶"
    "國爲這個來會時學說們於後發對長過業裏經門動進區開產軍還種現機體與當兩實麼關從內沒將員東頭間無見戰點場"
    "數樣問並萬級應資務氣漢總電聲設義統處馬兒領隊計別權話報給變書幾華議稱決張導術結師達題條規縣風運組聽濟"
    "黨論強黃選記卻職號類傳帶幹農邊據聯廣質陽難歷專認車臺遊舉線團備爭衆連調轉該爾讓較際親單紅價約亞則屬積"
    "圖準極裝許參喫觀魚辦復遠羣構隨勢熱網語鐵斷愛紀況證編滿覺雙樂標確織項飛節龍響藥輕擊請離顯羅營視護創餘"
    "興佔雖費試寶識維採宮環鬥鄉責嚴橋僅勝殺圍態楊負層須續狀銀範緻終錢賽獨細衝獲習醫盡臉彈樓藝陸協鎮檢寫蘇"
    "驗緊勞戶優財養適陳衛雲傷絕階劉剛億聞審壓監敵蘭溫園樹徵詞島預繼執誰驚畫輯劍談禮願築亂講臨揮歐葉為裡眾"
)

_COMMON: frozenset[str] | None = None


def _common_chars() -> frozenset[str]:
    """GB2312 level 1 (3755 common simplified) ∪ Big5 常用字 (5401 common traditional)."""
    global _COMMON
    if _COMMON is None:
        chars: set[str] = set()
        for lead in range(0xB0, 0xD8):
            for trail in range(0xA1, 0xFF):
                try:
                    chars.add(bytes([lead, trail]).decode("gb2312"))
                except UnicodeDecodeError:
                    pass
        for lead in range(0xA4, 0xC7):
            for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
                try:
                    chars.add(bytes([lead, trail]).decode("big5"))
                except UnicodeDecodeError:
                    pass
        _COMMON = frozenset(chars)
    return _COMMON


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3134F or 0xF900 <= o <= 0xFAFF


_HAS_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _cjk_count(text: str) -> int:
    return len(text) - len(_HAS_CJK.sub("", text))


def _junk(c: str) -> bool:
    """Characters that ordinary Chinese copy hardly ever holds, but mojibake does."""
    o = ord(c)
    return (0x3040 <= o <= 0x30FF  # kana
            or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F  # hangul
            or 0x0370 <= o <= 0x03FF or 0x0400 <= o <= 0x04FF  # Greek, Cyrillic
            or 0x2500 <= o <= 0x259F  # box drawing, blocks
            or 0xE000 <= o <= 0xF8FF  # private use
            or o == 0xFFFD
            or (o < 32 and c not in "\t\n\r\x0b\x0c"))


def _plausibility(text: str) -> float:
    """Share of the (first 20 000) Chinese characters that are common ones, junk counting against."""
    return _scores(text)[0]


def _readable(common: float, frequent: float, text: str) -> bool:
    """Whether a decoding reads as Chinese: mostly common characters and, when there are enough to
    judge, a fair share of the most frequent ones (Korean or Japanese bytes read as GBK give common
    but rarely frequent characters)."""
    if common < 0.6:
        return False
    return frequent >= 0.25 or _cjk_count(text[:2000]) < 8


def _scores(text: str) -> tuple[float, float]:
    """(share of common characters, share of very frequent characters) among the Chinese ones.

    Junk (kana, hangul, Greek, box drawing, private use, U+FFFD, controls) counts as uncommon.
    The first figure judges whether a decoding is readable at all; the second ranks readable
    decodings (mojibake from the wrong CJK code page is made of rarer characters).
    """
    common = _common_chars()
    n_cjk = n_common = n_frequent = n_junk = 0
    for c in text:
        if _is_cjk(c):
            n_cjk += 1
            if c in common:
                n_common += 1
                if c in _FREQUENT:
                    n_frequent += 1
            if n_cjk >= 20000:
                break
        elif _junk(c):
            n_junk += 1
    total = n_cjk + n_junk
    return (n_common / total, n_frequent / total) if total else (0.0, 0.0)


def _letters_ratio(text: str) -> float:
    visible = [c for c in text[:20000] if not c.isspace()]
    if not visible:
        return 0.0
    return sum(1 for c in visible if c.isalnum() or c in ".,;:!?'\"()-") / len(visible)
