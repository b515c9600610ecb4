"""``main.py analyze`` on good and bad input, as a person or a script meets it: bad input is one line on
stderr and exit 2, never a traceback; good input (file, .docx, standard input) is JSON and exit 0."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = "000_535e0761a6686cfc"


def analyze(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "analyze", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=300, check=False)


def assert_refused(result: subprocess.CompletedProcess, words: str) -> None:
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert result.stdout == b""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("proofdesk: ")
    assert words in lines[0], lines[0]


def test_binary_file(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 64)
    assert_refused(analyze(str(path)), "binary")


def test_image_file(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    assert_refused(analyze(str(path)), "JPEG")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_refused(analyze(str(path)), "empty")


def test_blank_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n\n   \u3000\n", encoding="utf-8")
    assert_refused(analyze(str(path)), "no text")


def test_folder(tmp_path):
    assert_refused(analyze(str(tmp_path)), "folder")


def test_missing_file(tmp_path):
    assert_refused(analyze(str(tmp_path / "missing.txt")), "no such file")


def test_undecodable_file(tmp_path):
    path = tmp_path / "japanese.txt"
    path.write_bytes("これは日本語の文章です。東京都で会議が開かれました。".encode("shift_jis"))
    assert_refused(analyze(str(path)), "cannot decode")


def test_damaged_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    assert_refused(analyze(str(path)), ".docx")


def test_fifty_megabytes_are_refused_with_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert_refused(analyze(str(path)), "20 MB")


def test_empty_standard_input():
    assert_refused(analyze("-", stdin=b""), "empty")


def test_binary_standard_input():
    assert_refused(analyze("-", stdin=bytes(range(256)) * 16), "binary")


# ---- good input, end to end ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold(corpus_dir):
    return json.loads((corpus_dir / f"{REFERENCE}.gold.json").read_text(encoding="utf-8"))


def _check_stories(out: dict, gold: dict) -> None:
    text = out["text"]
    assert len(out["articles"]) == len(gold["articles"])
    for got, want in zip(out["articles"], gold["articles"], strict=True):
        assert got["title_lines"] == want["title_lines"]
        assert got["dateline"] == want["dateline"]
        assert got["byline"] == want["byline"]
        body = text[got["body_start"]:got["end"]]
        assert body.startswith(want["body_starts_with"])
        assert body.endswith(want["body_ends_with"])


def test_reference_page_end_to_end(corpus_dir, gold):
    result = analyze(str(corpus_dir / f"{REFERENCE}.txt"))
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    assert out["schema"] == "proofdesk.analysis/1"
    assert out["encoding"] == "utf-8"
    _check_stories(out, gold)


def test_standard_input_in_gbk(corpus_dir, gold):
    raw = (corpus_dir / f"{REFERENCE}.txt").read_text(encoding="utf-8")
    result = analyze("-", stdin=raw.encode("gb18030"))
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    assert out["source"] == "<stdin>"
    assert out["encoding"] == "gb18030"
    assert any("GB18030" in note for note in out["notes"])
    _check_stories(out, gold)


def test_docx_end_to_end(tmp_path, corpus_dir, gold):
    import docx

    raw = (corpus_dir / f"{REFERENCE}.txt").read_text(encoding="utf-8")
    d = docx.Document()
    for paragraph in raw.split("\n\n"):
        d.add_paragraph(paragraph)
    path = tmp_path / "page.docx"
    d.save(str(path))
    result = analyze(str(path))
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    assert out["encoding"] == "docx"
    _check_stories(out, gold)
