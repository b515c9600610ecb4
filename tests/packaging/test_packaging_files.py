"""The packaging files: desktop entry, AppStream metadata, icon, and what the spec puts in the bundle.

None of these tests runs PyInstaller (see test_packaging_bundle_build.py for the slow one): the spec is
executed with stand-ins for PyInstaller's build classes, and its data list is checked file by file.
"""
from __future__ import annotations

import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"
DESKTOP = PKG / "proofdesk.desktop"
METAINFO = PKG / "io.proofdesk.Proofdesk.metainfo.xml"
ICON = PKG / "proofdesk.svg"
SPEC = PKG / "proofdesk.spec"
APP_ID = "io.proofdesk.Proofdesk"


def _load_bundle_data():
    spec = importlib.util.spec_from_file_location("proofdesk_bundle_data", PKG / "bundle_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_data = _load_bundle_data()


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# --- desktop entry ---------------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (package desktop-file-utils)")
def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_desktop_entry_launches_the_program_with_its_icon():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "proofdesk"
    assert entry["Icon"] == APP_ID
    assert entry["Name[zh_CN]"] == "校对台"
    assert entry["Terminal"] == "false"
    assert "text/plain" in entry["MimeType"].split(";")


# --- AppStream -------------------------------------------------------------------------------

def test_metainfo_is_well_formed_with_the_required_elements():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    for tag in ("name", "summary", "metadata_license", "project_license", "description"):
        element = root.find(tag)
        assert element is not None, tag
        assert "".join(element.itertext()).strip(), tag
    assert root.find("description/p") is not None
    assert root.find("content_rating") is not None
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    assert root.find("releases/release").get("version")


def test_metainfo_release_is_the_program_version():
    version = bundle_data.program_version(ROOT)
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    versions = [r.get("version") for r in ET.parse(METAINFO).getroot().iter("release")]
    assert version in versions


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# --- icon ------------------------------------------------------------------------------------

def test_icon_is_square_svg_without_text_elements():
    root = ET.parse(ICON).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert (x, y) == (0, 0) and w == h
    # Drawn with paths only: a <text> element would depend on the user's fonts (tofu without CJK).
    assert root.find(f".//{ns}text") is None


@pytest.mark.parametrize("size", [16, 32, 256])
def test_icon_renders_at_every_size(qapp, size):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    pixels = [image.pixelColor(i, j) for i in range(size) for j in range(size)]
    opaque = sum(1 for c in pixels if c.alpha() > 128)
    red = sum(1 for c in pixels if c.alpha() > 128 and c.red() > 150 and c.green() < 90 and c.blue() < 90)
    assert opaque > 0.5 * size * size  # the page fills most of the square
    assert red > 0.05 * size * size  # and the red seal is still there at 16 px


@pytest.mark.parametrize("platform, suffix, magic", [("win32", ".ico", b"\x00\x00\x01\x00"),
                                                      ("darwin", ".icns", b"icns")])
def test_platform_icon_holds_every_size_as_png(qapp, tmp_path, platform, suffix, magic):
    from PySide6.QtGui import QImageReader

    path = Path(bundle_data.platform_icon(ICON, tmp_path, platform))
    assert path.suffix == suffix
    data = path.read_bytes()
    assert data.startswith(magic)
    sizes = bundle_data.ICO_SIZES if platform == "win32" else tuple(bundle_data.ICNS_TYPES)
    assert data.count(b"\x89PNG\r\n\x1a\n") == len(sizes)
    reader = QImageReader(str(path))
    assert reader.imageCount() == len(sizes)
    assert reader.read().width() == min(sizes)


def test_no_platform_icon_on_linux(tmp_path):
    assert bundle_data.platform_icon(ICON, tmp_path, "linux") is None
    assert not any(tmp_path.iterdir())


# --- the spec and its data list --------------------------------------------------------------

def test_requirements_pin_pyinstaller_and_make_package_runs_the_spec():
    pins = [line.strip() for line in (PKG / "requirements-package.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    assert any(re.fullmatch(r"pyinstaller==\d+\.\d+\.\d+", pin) for pin in pins), pins
    makefile = (ROOT / "Makefile").read_text()
    assert "packaging/requirements-package.txt" in makefile
    assert "packaging/proofdesk.spec" in makefile


def test_spec_names_the_data_files():
    text = SPEC.read_text(encoding="utf-8")
    for name in ("jieba/dict.txt", "opencc/clib/share/opencc", "pypinyin", "qtbase_zh_CN.qm",
                 "translations/*.qm", "analysis/data", "desktop/data", "proofdesk.svg"):
        assert name in text, name


class _Recorder:
    """Stands in for one of PyInstaller's build classes and records how the spec called it."""

    calls: dict[str, tuple] = {}
    programs: list[dict] = []

    def __init__(self, kind):
        self.kind = kind

    def __call__(self, *args, **kwargs):
        _Recorder.calls[self.kind] = (args, kwargs)
        if self.kind == "EXE":
            _Recorder.programs.append(kwargs)
        result = type(self.kind, (), {})()
        if self.kind == "Analysis":
            result.pure = [("main", "main.py", "PYMODULE"), ("jieba", "jieba/__init__.py", "PYMODULE")]
            result.scripts = [("pyi_rth_pyside6", "rth.py", "PYSOURCE"), ("main", "main.py", "PYSOURCE")]
            result.binaries = [
                ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqvnc.so", "x", "BINARY"),
            ]
            result.datas = [(os.path.join(dest, Path(src).name), src, "DATA")
                            for src, dest in kwargs["datas"]]
            result.datas.append(("jieba/lac_small/model_baseline/word_emb", "x", "DATA"))
        return result


def test_spec_builds_a_console_one_folder_program_named_proofdesk(tmp_path):
    _Recorder.programs.clear()
    namespace = {kind: _Recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace["SPECPATH"] = str(PKG)
    namespace["workpath"] = str(tmp_path)
    namespace["__file__"] = str(SPEC)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    (scripts,), analysis = _Recorder.calls["Analysis"]
    assert [Path(s) for s in scripts] == [ROOT / "main.py"]
    assert "PySide6.QtWebEngineCore" in analysis["excludes"]
    assert "PySide6.QtQuick" in analysis["excludes"]
    assert "jieba" in analysis["hiddenimports"]
    # PyInstaller's PySide6 run-time hook (it loads Qt before main.py) is replaced by ours.
    (hook,) = analysis["runtime_hooks"]
    assert Path(hook).is_file()
    assert [name for name, _, _ in namespace["a"].scripts] == ["main"]
    _, exe = _Recorder.calls["EXE"]
    assert exe["name"] == "proofdesk"
    assert exe["exclude_binaries"] is True  # one folder, not one file
    assert exe["console"] is True  # --version and analyze print on every platform
    assert [p["name"] for p in _Recorder.programs] == ["proofdesk"]  # one program on Linux
    _, collect = _Recorder.calls["COLLECT"]
    assert collect["name"] == "proofdesk"
    # The spec prunes what the hooks collected: paddle's model and the vnc plugin go.
    kept_data = {Path(dest).as_posix() for dest, _, _ in namespace["a"].datas}
    assert "jieba/dict.txt" in kept_data
    assert not any(d.startswith("jieba/lac_small") for d in kept_data)
    kept_bin = [dest for dest, _, _ in namespace["a"].binaries]
    assert kept_bin == ["PySide6/Qt/plugins/platforms/libqxcb.so"]


def _bundled() -> dict[str, Path]:
    """Bundle path (posix) -> source file, for everything the spec adds itself."""
    return {Path(dest, Path(src).name).as_posix(): Path(src) for src, dest in bundle_data.datas(ROOT)}


def test_every_listed_data_file_exists_and_lands_at_a_relative_path():
    files = _bundled()
    assert files
    for dest, src in files.items():
        assert src.is_file(), src
        assert not Path(dest).is_absolute() and ".." not in Path(dest).parts, dest


def test_jieba_dictionary_and_opencc_t2s_with_every_dictionary_it_names():
    files = _bundled()
    assert "jieba/dict.txt" in files
    share = "opencc/clib/share/opencc"
    assert f"{share}/t2s.json" in files
    # A config names its dictionaries; a missing one fails only at run time, in the bundle.
    for config in [d for d in files if d.startswith(share) and d.endswith(".json")]:
        text = files[config].read_text(encoding="utf-8")
        for name in re.findall(r'"file"\s*:\s*"([^"]+)"', text):
            assert f"{share}/{name}" in files, (config, name)
    json.loads(files[f"{share}/t2s.json"].read_text(encoding="utf-8"))


def test_pypinyin_qt_translations_icon_and_project_data():
    files = _bundled()
    assert "pypinyin/pinyin_dict.json" in files
    assert any(d.endswith("/translations/qtbase_zh_CN.qm") for d in files)
    assert "packaging/proofdesk.svg" in files
    assert "packaging/proofdesk.desktop" in files
    assert "analysis/data/surnames.txt" in files
    assert "desktop/data/sample_page.txt" in files
    assert not any(d.endswith((".py", ".pyc")) for d in files)
    for folder in (*bundle_data.PROJECT_PACKAGES, "translations"):
        on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts
                   and p.suffix not in (".py", ".pyc", ".ts")} if (ROOT / folder).is_dir() else set()
        assert on_disk <= set(files), on_disk - set(files)


@pytest.mark.parametrize("dest, modules, kept", [
    ("jieba/dict.txt", set(), True),
    ("jieba/lac_small/model_baseline/word_emb", set(), False),
    ("jieba/finalseg/prob_emit.p", set(), False),
    ("jieba/posseg/char_state_tab.p", set(), False),
    ("jieba/analyse/idf.txt", set(), False),
    ("jieba/analyse/idf.txt", {"jieba.analyse"}, True),
    ("opencc/clib/share/opencc/t2s.json", set(), True),
    ("opencc/clib/include/opencc/Dict.hpp", set(), False),
    ("opencc/clib/lib64/libopencc.a", set(), False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", set(), True),
    ("PySide6/Qt/translations/qtbase_de.qm", set(), False),
    ("PySide6/translations/qtbase_ja.qm", set(), False),
    ("translations/proofdesk_zh_CN.qm", set(), True),
    ("analysis/data/surnames.txt", set(), True),
])
def test_keep_data(dest, modules, kept):
    assert bundle_data.keep_data(dest, modules) is kept


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
])
def test_keep_binary(dest, kept):
    assert bundle_data.keep_binary(dest) is kept


def test_drop_orphan_libraries_keeps_what_a_kept_binary_links():
    links = {
        "src/qxcb": {"libxcb.so.1", "libQt6Gui.so.6"},
        "src/qgtk3": {"libgtk-3.so.0", "libcairo.so.2", "libglib.so.0"},
        "src/cairo": {"libpixman.so.0", "libglib.so.0"},
        "src/glib": set(),
        "src/pixman": set(),
        "src/xcb": set(),
        "src/python": set(),
    }
    original = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "src/qxcb", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "src/qgtk3", "BINARY"),
        ("libcairo.so.2", "src/cairo", "BINARY"),
        ("libpixman.so.0", "src/pixman", "BINARY"),
        ("libglib.so.0", "src/glib", "BINARY"),
        ("libxcb.so.1", "src/xcb", "BINARY"),
        ("libpython3.11.so.1.0", "src/python", "BINARY"),  # linked by nothing: the bootloader loads it
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    kept = [entry for entry in original if "qgtk3" not in entry[0]]
    result = bundle_data.drop_orphan_libraries(kept, original, links.__getitem__)
    names = [dest for dest, _, _ in result]
    assert names == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb.so.1", "libpython3.11.so.1.0",
                     "libQt6Gui.so.6"]
    # glib stays when something kept still links it.
    links["src/qxcb"].add("libglib.so.0")
    names = [dest for dest, _, _ in bundle_data.drop_orphan_libraries(kept, original, links.__getitem__)]
    assert "libglib.so.0" in names and "libcairo.so.2" not in names


def test_drop_dangling_symlinks():
    toc = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("jieba/dict.txt", "/site/jieba/dict.txt", "DATA"),
    ]
    present = {"PySide6/Qt/lib/libQt6Core.so.6", "jieba/dict.txt"}
    assert [d for d, _, _ in bundle_data.drop_dangling_symlinks(toc, present)] == [
        "libQt6Core.so.6", "jieba/dict.txt"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_spec_on_windows_and_macos_gives_the_program_an_icon(qapp, tmp_path, monkeypatch, platform):
    namespace = {kind: _Recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(PKG), workpath=str(tmp_path), __file__=str(SPEC))
    _Recorder.calls.clear()
    _Recorder.programs.clear()
    monkeypatch.setattr("sys.platform", platform)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    for exe in _Recorder.programs:
        assert Path(exe["icon"]).is_file()
        assert exe["strip"] is False
    names = {exe["name"]: exe["console"] for exe in _Recorder.programs}
    collected, _ = _Recorder.calls["COLLECT"]
    assert len(collected) == len(names) + 2  # the programs, the binaries, the data
    if platform == "darwin":
        assert names == {"proofdesk": True}
        _, app = _Recorder.calls["BUNDLE"]
        assert app["bundle_identifier"] == APP_ID
        assert app["version"] == bundle_data.program_version(ROOT)
    else:
        assert names == {"proofdesk": True, "proofdeskw": False}  # proofdeskw.exe: no console window
        assert "BUNDLE" not in _Recorder.calls


def test_no_project_module_imports_what_the_bundle_leaves_out():
    """An import of an excluded module would fail only in the bundle, and only on its code path."""
    import ast

    excluded = set(bundle_data.EXCLUDES)
    offenders = []
    for package in ("main.py", *bundle_data.PROJECT_PACKAGES):
        paths = [ROOT / package] if package.endswith(".py") else sorted((ROOT / package).rglob("*.py"))
        for path in paths:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                         else [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level
                         else [])
                for name in names:
                    parts = name.split(".")
                    if any(".".join(parts[:i]) in excluded for i in range(1, len(parts) + 1)):
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    assert not offenders, offenders
