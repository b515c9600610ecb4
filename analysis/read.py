"""Reading copy: files, bytes and standard input to one decoded text.

``read_path(path)`` returns a :class:`Document`; ``-`` reads standard input.  Text files may be
UTF-8 (with or without BOM), UTF-16/UTF-32 (with BOM; without one when the NUL pattern is clear),
GB18030/GBK/GB2312 or Big5; ``.docx`` files give their paragraphs and table cells in reading order.

This module checks what reaches the decoder — folders, missing files, empty files and anything
over :data:`MAX_BYTES` are refused with an :class:`~analysis.errors.InputError` — and
:func:`analysis.encoding.decode` (re-exported here as :func:`decode`) turns the bytes into text.
Decoding never guesses silently: every decision that was not certain (no BOM and not valid UTF-8)
is written to ``Document.notes``, and binary files and text that would come out as mojibake are
refused.

What the text keeps: line endings are normalised to ``\\n`` (``\\r\\n``, ``\\r``, U+2028, U+2029,
U+0085) and a leading BOM is dropped; everything else (no-break spaces, zero-width spaces, U+3000)
is left for :func:`analysis.repair.repair`, which treats them as layout and maps every offset back.
"""
from __future__ import annotations

import io
import os
import re
import stat
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .encoding import decode
from .errors import InputError

__all__ = [
    "MAX_BYTES", "MAX_DOCX_XML", "MAX_LABEL", "Document", "decode", "normalise_newlines",
    "read_bytes", "read_docx", "read_path", "read_stdin",
]

#: The largest input accepted, in bytes: a page of copy is a few kilobytes, a whole issue a few
#: hundred; past this the input is refused before it is read (files are checked with stat,
#: standard input by a bounded read).
MAX_BYTES = 20 * 1024 * 1024
MAX_LABEL = "20 MB"

#: The largest ``word/document.xml`` a .docx may unpack to (a zip bomb stops here).
MAX_DOCX_XML = 200 * 1024 * 1024

_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\u0085\x0b\x0c]")


@dataclass(slots=True)
class Document:
    """One input, decoded: ``text`` as read (line endings normalised), how it was decoded, notes."""

    text: str
    encoding: str | None = None
    source: str = "<text>"
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Entry points


def read_path(path: str | os.PathLike[str]) -> Document:
    """Read a ``.txt`` or ``.docx`` file, or standard input for ``-``."""
    if str(path) == "-":
        return read_stdin()
    if not str(path).strip():
        raise InputError("no file given (未指定文件)")
    p = Path(path)
    shown = str(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"no such file: {shown} (文件不存在)") from None
    except PermissionError:
        raise InputError(f"cannot read {shown}: permission denied (无权读取)") from None
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc} (无法读取)") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{shown} is a folder, not a file of copy (是文件夹，不是稿件文件)")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{shown} is not a regular file (不是普通文件)")
    if st.st_size > MAX_BYTES:
        raise InputError(f"{shown} is {_mb(st.st_size)}, over the {MAX_LABEL} limit for one input; "
                         f"split it into pages (文件超过 {MAX_LABEL} 上限)")
    if st.st_size == 0:
        raise InputError(f"{shown} is empty (文件为空)")
    if p.suffix.lower() == ".docx":
        return read_docx(p)
    if p.suffix.lower() == ".doc":
        raise InputError(f"{shown} is an old Word .doc file; save it as .docx (请另存为 .docx)")
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"cannot read {shown}: permission denied (无权读取)") from None
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc} (无法读取)") from None
    if len(data) > MAX_BYTES:  # grew after stat
        raise InputError(f"{shown} is over the {MAX_LABEL} limit for one input (文件超过 {MAX_LABEL} 上限)")
    return read_bytes(data, shown)


def read_stdin(stream=None) -> Document:
    """Standard input (bytes), read with a bound of :data:`MAX_BYTES`."""
    if stream is None:
        stream = sys.stdin.buffer if sys.stdin is not None else io.BytesIO()
    chunks: list[bytes] = []
    total = 0
    while total <= MAX_BYTES:
        chunk = stream.read(min(1 << 20, MAX_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_BYTES:
        raise InputError(f"standard input is over the {MAX_LABEL} limit for one input "
                         f"(输入超过 {MAX_LABEL} 上限)")
    return read_bytes(b"".join(chunks), "<stdin>")


def read_bytes(data: bytes, name: str = "<bytes>") -> Document:
    """Decode the bytes of one input (text, or a .docx given as bytes)."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is {_mb(len(data))}, over the {MAX_LABEL} limit for one input "
                         f"(超过 {MAX_LABEL} 上限)")
    if not data:
        raise InputError(f"{name} is empty (内容为空)")
    if data.startswith(b"PK\x03\x04"):
        return read_docx(io.BytesIO(data), source=name)
    text, encoding, notes = decode(data, name)
    text = normalise_newlines(text)
    if not text.strip() or not _visible(text):
        raise InputError(f"{name} has no text, only blank space (内容为空)")
    return Document(text=text, encoding=encoding, source=name, notes=notes)


def normalise_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r``, U+2028/2029, U+0085, VT and FF → ``\\n``."""
    return _LINE_BREAKS.sub("\n", text)




def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _visible(text: str) -> bool:
    return any(not c.isspace() and c not in "\u200b\u200c\u200d\u2060\ufeff" for c in text)



# --------------------------------------------------------------------------------------------
# .docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(path, source: str | None = None) -> Document:
    """Paragraphs and table cells of a .docx in reading order, separated by blank lines.

    Table cells are read row by row, left to right, each cell's paragraphs in order; nested tables
    and content controls are followed; text boxes come after the paragraph that anchors them.
    """
    shown = source or str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                info = zf.getinfo("word/document.xml")
            except KeyError:
                raise InputError(f"{shown} is a zip archive but not a Word .docx file "
                                 "(不是 .docx 文件)") from None
            if info.file_size > MAX_DOCX_XML:
                raise InputError(f"{shown}: its text unpacks to {_mb(info.file_size)}, over the "
                                 f"{_mb(MAX_DOCX_XML)} limit (文件过大)")
        if hasattr(path, "seek"):
            path.seek(0)
    except zipfile.BadZipFile:
        raise InputError(f"{shown} is not a valid .docx file (damaged zip) (文件已损坏)") from None
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc} (无法读取)") from None
    try:
        import docx  # python-docx

        document = docx.Document(path)
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds for damaged files
        raise InputError(f"{shown} is not a valid .docx file ({type(exc).__name__}) (文件已损坏)") from None
    lines: list[str] = []
    _docx_block(document.element.body, lines)
    # Paragraphs are separated by a blank line, a line break inside one (w:br) is a single newline:
    # the same distinction a page of text makes, which repair reads (a soft break is a wrapped line).
    text = normalise_newlines("\n\n".join(line for line in lines if line.strip()))
    if not _visible(text):
        raise InputError(f"{shown} has no text (文档中没有文字)")
    return Document(text=text, encoding="docx", source=shown, notes=[])


def _docx_block(parent, lines: list[str]) -> None:
    for child in parent.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            boxes: list = []
            lines.append(_docx_paragraph(child, boxes))
            for box in boxes:
                _docx_block(box, lines)
        elif tag == _W + "tbl":
            for row in child.iterchildren(_W + "tr"):
                for cell in row.iterchildren(_W + "tc"):
                    _docx_block(cell, lines)
        elif tag == _W + "sdt":
            for content in child.iterchildren(_W + "sdtContent"):
                _docx_block(content, lines)
        elif tag in (_W + "customXml", _W + "ins", _W + "smartTag"):
            _docx_block(child, lines)


def _docx_paragraph(p, boxes: list) -> str:
    out: list[str] = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str):  # comments, processing instructions
                continue
            if tag == _MC_FALLBACK or tag in (_W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr"):
                continue
            if tag == _W + "txbxContent":
                boxes.append(child)
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(p)
    return "".join(out)
