"""Reading copy: every encoding written to a file and read back, .docx with a table, standard input,
and the refusals (binary, empty, folder, missing, undecodable, too large, mojibake)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from analysis import read
from analysis.errors import InputError
from analysis.read import read_bytes, read_docx, read_path, read_stdin

REFERENCE = "000_535e0761a6686cfc"

SIMPLIFIED = ("衡阳晚报讯 (全媒体记者 陈润)\n1月4日下午,市委书记、市生态环境保护委员会主任刘越高主持召开"
              "市生态环境保护委员会2023年第一次全体会议。他强调,要深入学习贯彻习近平生态文明思想。\n")
TRADITIONAL = ("本報訊（記者 張三）近日，臺北市政府舉行記者會，說明今年的交通建設計畫與預算，"
               "並表示將持續改善市民的通勤環境。\n")


@pytest.fixture(scope="module")
def page(corpus_dir) -> str:
    return (corpus_dir / f"{REFERENCE}.txt").read_text(encoding="utf-8")


def _write(tmp_path: Path, data: bytes, name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("codec", "prefix", "label", "noted"), [
    ("utf-8", b"", "utf-8", False),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig", False),
    ("utf-16-le", b"\xff\xfe", "utf-16", False),
    ("utf-16-be", b"\xfe\xff", "utf-16", False),
    ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32", False),
    ("gb18030", b"", "gb18030", True),
    ("gbk", b"", "gb18030", True),
    ("gb2312", b"", "gb18030", True),
    ("utf-16-le", b"", "utf-16-le", True),
])
def test_reference_page_in_every_encoding(tmp_path, page, codec, prefix, label, noted):
    if codec == "gb2312":
        page = page.replace("·", "").replace("—", "-")  # not in Python's GB2312 table
    path = _write(tmp_path, prefix + page.encode(codec))
    doc = read_path(path)
    assert doc.text == page
    assert doc.encoding == label
    assert bool(doc.notes) == noted
    assert doc.source == str(path)


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_traditional_text_in_big5(tmp_path, codec):
    doc = read_path(_write(tmp_path, (TRADITIONAL * 3).encode(codec)))
    assert doc.text == TRADITIONAL * 3
    assert doc.encoding == "big5"
    assert any("BIG5" in n for n in doc.notes)


def test_gb18030_four_byte_characters(tmp_path):
    text = "姓名：𠮷野家 𠀀 张三。" + SIMPLIFIED
    doc = read_path(_write(tmp_path, text.encode("gb18030")))
    assert doc.text == text and doc.encoding == "gb18030"


@pytest.mark.parametrize(("text", "codec", "label"), [
    ("衡阳晚报讯", "gbk", "gb18030"),
    ("衡陽晚報訊", "big5", "big5"),
    ("市委書記、市長出席會議。", "big5", "big5"),
    ("市委书记、市长出席会议。", "gbk", "gb18030"),
])
def test_short_texts_pick_the_right_code_page(text, codec, label):
    doc = read_bytes(text.encode(codec), "short")
    assert doc.text == text
    assert doc.encoding == label
    assert doc.notes  # always says what it assumed


def test_short_text_says_it_is_uncertain():
    doc = read_bytes("衡阳晚报讯".encode("gbk"), "short")
    assert any("uncertain" in n for n in doc.notes)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u2029"])
def test_line_endings_are_normalised(tmp_path, newline):
    text = SIMPLIFIED.replace("\n", newline)
    doc = read_path(_write(tmp_path, text.encode("utf-8")))
    assert doc.text == SIMPLIFIED


def test_crlf_in_gbk(tmp_path):
    doc = read_path(_write(tmp_path, SIMPLIFIED.replace("\n", "\r\n").encode("gbk")))
    assert doc.text == SIMPLIFIED


def test_layout_characters_are_left_for_repair():
    text = "\u3000\u3000正文\u00a0有\u200b空格。\n"
    assert read_bytes(text.encode("utf-8")).text == text


def test_mojibake_saved_as_utf8_is_undone():
    mangled = SIMPLIFIED.encode("gbk").decode("latin-1").encode("utf-8")
    doc = read_bytes(mangled, "mangled.txt")
    assert doc.text == SIMPLIFIED
    assert any("mojibake" in n for n in doc.notes)


def test_a_few_broken_utf8_bytes_are_replaced_and_said(page):
    data = page.encode("utf-8")
    cut = data.index("通".encode()) + 1  # inside a character
    doc = read_bytes(data[:cut] + data[cut + 2:], "cut.txt")
    assert "\ufffd" in doc.text
    assert doc.encoding == "utf-8"
    assert any("U+FFFD" in n for n in doc.notes)


def test_western_text_in_a_legacy_code_page():
    doc = read_bytes("Café au lait, naïve résumé.".encode("cp1252"), "latin.txt")
    assert doc.text == "Café au lait, naïve résumé."
    assert doc.notes


# ---- refusals -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "words"), [
    (bytes(range(256)) * 8, "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    ("これは日本語の文章です。東京都で会議が開かれました。".encode("shift_jis"), "mojibake"),
    ("대한민국 서울특별시에서 회의가 열렸습니다. 참석자들은 경제 정책에 대해 논의했습니다.".encode("euc-kr"),
     "mojibake"),
    ("\ufffd\ufffd\ufffd\ufffd\ufffd乱码\ufffd\ufffd".encode("utf-8"), "replacement"),
    (b"\xff\xfe\x00", "odd number"),
])
def test_refused_bytes(data, words):
    with pytest.raises(InputError, match=words):
        read_bytes(data, "bad")


def test_refusal_is_one_line():
    with pytest.raises(InputError) as info:
        read_bytes(bytes(range(256)) * 8, "bad")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t ", "\u3000\u200b\n".encode("utf-8"), b"\xef\xbb\xbf"])
def test_empty_inputs(tmp_path, data):
    with pytest.raises(InputError, match="empty|no text"):
        read_path(_write(tmp_path, data))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_folder(tmp_path):
    with pytest.raises(InputError, match="folder"):
        read_path(tmp_path)


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: nothing is written, stat says 50 MB
    with pytest.raises(InputError, match="20 MB"):
        read_path(path)


def test_stdin_is_read_with_a_bound(monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="limit"):
        read_stdin(io.BytesIO(b"a" * 5000))
    assert read_stdin(io.BytesIO("正文。".encode())).text == "正文。"


def test_stdin_gbk():
    doc = read_stdin(io.BytesIO(SIMPLIFIED.encode("gbk")))
    assert doc.text == SIMPLIFIED and doc.source == "<stdin>" and doc.encoding == "gb18030"


def test_old_word_file(tmp_path):
    with pytest.raises(InputError, match=r"\.docx"):
        read_path(_write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.doc"))


# ---- .docx ------------------------------------------------------------------------------------------


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("刘越高看望慰问抗疫一线医护人员")
    d.add_paragraph("衡阳晚报讯 (全媒体记者 陈润)")
    d.add_paragraph("1月4日上午,市委书记刘越高先后到市中心医院。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "单位"
    table.cell(0, 1).text = "人数"
    table.cell(1, 0).text = "华新医院"
    table.cell(1, 1).text = "120人"
    merged = d.add_table(rows=1, cols=3)
    a = merged.cell(0, 0).merge(merged.cell(0, 1))
    a.text = "合并单元格"
    merged.cell(0, 2).text = "右边"
    p = d.add_paragraph("表后一段,")
    p.add_run().add_break()
    p.add_run("换行之后。")
    d.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_reading_order(tmp_path):
    doc = read_path(_docx(tmp_path / "page.docx"))
    assert doc.encoding == "docx"
    assert doc.text.split("\n\n") == [
        "刘越高看望慰问抗疫一线医护人员",
        "衡阳晚报讯 (全媒体记者 陈润)",
        "1月4日上午,市委书记刘越高先后到市中心医院。",
        "单位", "人数", "华新医院", "120人",
        "合并单元格", "右边",  # a merged cell is read once
        "表后一段,\n换行之后。",  # a line break inside a paragraph is a single newline
    ]


def test_docx_through_the_pipeline(tmp_path):
    from analysis.pipeline import analyze

    doc = read_path(_docx(tmp_path / "page.docx"))
    result = analyze(doc.text, check=False, encoding=doc.encoding)
    assert result.articles[0].title_lines == ["刘越高看望慰问抗疫一线医护人员"]
    assert result.articles[0].dateline == "衡阳晚报讯"


def test_docx_from_bytes(tmp_path):
    data = _docx(tmp_path / "page.docx").read_bytes()
    assert read_bytes(data, "<stdin>").text.startswith("刘越高看望慰问")
    assert read_docx(io.BytesIO(data), source="x").text.startswith("刘越高看望慰问")


def test_damaged_docx(tmp_path):
    data = _docx(tmp_path / "page.docx").read_bytes()
    with pytest.raises(InputError, match="not a valid .docx"):
        read_path(_write(tmp_path, data[: len(data) // 2], "cut.docx"))
    with pytest.raises(InputError, match="not a valid .docx"):
        read_path(_write(tmp_path, b"plain text, not a zip", "fake.docx"))


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="not a Word"):
        read_path(path)


def test_empty_docx(tmp_path):
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match="no text"):
        read_path(path)
