"""What the desktop bundle carries and leaves out, for ``packaging/proofdesk.spec``.

Kept apart from the spec so that tests can check the list without running PyInstaller
(the spec is executed by PyInstaller with its own globals).  Imported by file path, never
as ``packaging.bundle_data``: ``packaging`` is also the name of a PyPI package.

Layout rule: every data file lands at the same path relative to the bundle's Python root
(``sys._MEIPASS``) as it has relative to the repository or to ``site-packages``, so code that
finds its data with ``Path(__file__).parent / "data"`` works the same frozen and unfrozen.
Paths are built with :mod:`pathlib`/:mod:`os.path`, never with ``/`` in strings, so the same
spec builds on Linux, Windows and macOS.
"""
from __future__ import annotations

import fnmatch
import importlib.util
import os
import re
import struct
from pathlib import Path, PurePath

# The engine's runtime dependencies (requirements.txt).  Listed as hidden imports so that the
# bundle carries them even where the code imports them lazily or by name.
HIDDEN_IMPORTS = ["jieba", "opencc", "pypinyin", "cn2an", "charset_normalizer", "docx", "sqlite_utils"]

# PyInstaller run-time hooks replaced by packaging/rthooks/ (same set-up, Qt loaded only on use).
REPLACED_RUNTIME_HOOKS = ("pyi_rth_pyside6",)

# PyInstaller run-time hooks that only patch one module: run when that module is first imported
# (packaging/rthooks/pyi_rth_proofdesk_deferred.py), not before main.py.
DEFERRED_RUNTIME_HOOKS = {
    "pyi_rth_inspect": "inspect",
    "pyi_rth_pkgutil": "pkgutil",
    "pyi_rth_multiprocessing": "multiprocessing",
}
DEFERRED_TEMPLATE = Path(__file__).resolve().parent / "rthooks" / "pyi_rth_proofdesk_deferred.py"

# Python modules the desk never imports at run time.  Excluding a Qt binding module also drops
# its Qt libraries, plugins and translations (PyInstaller's Qt hooks follow the module list).
EXCLUDES = [
    # Qt parts a widgets application does not use.
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest", "PySide6.QtQmlFeatures", "PySide6.QtLabsStyleKit",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtHttpServer",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech", "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DExtras", "PySide6.Qt3DAnimation", "PySide6.QtQuick3D",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtNetwork", "PySide6.QtBluetooth",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtSerialBus", "PySide6.QtNfc", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtAxContainer",
    # Development tools that happen to live in the same environment.
    "pytest", "_pytest", "pytestqt", "hypothesis", "ruff", "pip", "PyInstaller",
    # pkg_resources/setuptools: without them jieba reads its dictionary with plain open(),
    # which is what a frozen bundle wants (and pkg_resources warns on import).
    "pkg_resources", "setuptools", "_distutils_hack", "distutils",
    # jieba's paddle mode (needs paddlepaddle, never installed) and cn2an's benchmark module.
    "jieba.lac_small", "paddle", "cn2an.performance", "torbjorn",
    "tkinter", "_tkinter", "lib2to3", "pydoc_data", "IPython", "numpy", "PIL",
    "readline",  # only for interactive prompts (pdb, cmd); pulls libreadline and libtinfo
    # python-docx needs lxml.etree only; the lxml hook collects every submodule.
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
]

# Data files dropped from whatever the libraries' hooks collect (patterns on the bundle path,
# with "/" separators; see :func:`keep_data`).
DROP_DATA = [
    "jieba/lac_small/*",            # paddle mode only
    "jieba/finalseg/*.p",           # pickles read on Jython only; CPython imports prob_*.py
    "jieba/posseg/*.p",
    "opencc/clib/include/*",        # C++ headers, static libraries, CMake files, CLI tools
    "opencc/clib/lib64/*", "opencc/clib/lib/*", "opencc/clib/bin/*",
    "cn2an/*_test.py", "cn2an/config.y*ml",
    "pypinyin/*.pyi", "pypinyin/**/*.pyi",
]

# The project's packages: every file in them that is not code ships as data (analysis/data/,
# desktop/data/, …), at its place beside the code.
PROJECT_PACKAGES = ("analysis", "db", "desktop", "widgets")

# Qt translations: the desk speaks zh_CN (and English, the source language).
QT_TRANSLATION_LANGS = ("zh_CN",)

# Plugins a desktop application on a normal session never loads.
DROP_BINARIES = [
    "*/plugins/platforms/*qvnc*", "*/plugins/platforms/*qlinuxfb*", "*/plugins/platforms/*qeglfs*",
    "*/plugins/platforms/*qminimalegl*", "*/plugins/platforms/*qvkkhrdisplay*",
    "*/plugins/egldeviceintegrations/*", "*/plugins/generic/*",
    "*/plugins/platforminputcontexts/*qtvirtualkeyboard*",
    "*/plugins/wayland-graphics-integration-server/*",
    "*/plugins/imageformats/*qpdf*", "*/plugins/imageformats/*qtiff*", "*/plugins/imageformats/*qwebp*",
    "*/plugins/imageformats/*qtga*", "*/plugins/imageformats/*qwbmp*", "*/plugins/imageformats/*qicns*",
    "*EglFSDeviceIntegration*", "*EglFsKmsSupport*",
    # The GTK theme plugin would load the user's libgtk-3 against the bundle's copies of glib,
    # cairo and pango (a version clash waiting to happen) and pulls those in; Qt's own style is used.
    "*/plugins/platformthemes/*qgtk3*",
    # Collected by the Qt hooks but linked by nothing the desk loads (and it drags in Kerberos).
    "*Qt6Network*",
]


def program_version(root: Path) -> str:
    """``VERSION`` from main.py, read without importing it."""
    text = (Path(root) / "main.py").read_text(encoding="utf-8")
    match = re.search(r'^VERSION = "([^"]+)"', text, re.M)
    if match is None:
        raise ValueError("bundle_data: no VERSION in main.py")
    return match.group(1)


def package_dir(name: str) -> Path:
    """The installed folder of package ``name`` (without importing it)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"bundle_data: package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _files(base: Path, patterns: list[str]) -> list[Path]:
    found: list[Path] = []
    for pattern in patterns:
        found.extend(p for p in sorted(base.glob(pattern)) if p.is_file() and "__pycache__" not in p.parts)
    return found


def _from_package(name: str, patterns: list[str]) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs keeping each file's place in its package."""
    base = package_dir(name)
    root = base.parent
    return [(str(p), str(p.parent.relative_to(root))) for p in _files(base, patterns)]


def _from_repo(root: Path, patterns: list[str]) -> list[tuple[str, str]]:
    # Code in a data folder (a script that rebuilds a table) is not data; modules are frozen.
    return [(str(p), str(p.parent.relative_to(root))) for p in _files(root, patterns)
            if p.suffix not in (".py", ".pyc", ".pyi")]


def qt_translations_dir() -> tuple[Path, str]:
    """Qt's translations folder and its place in the bundle (``PySide6/Qt/translations`` on
    Linux and macOS, ``PySide6/translations`` on Windows)."""
    from PySide6.QtCore import QLibraryInfo  # build time only

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return folder, str(folder.relative_to(package_dir("PySide6").parent))


def datas(root: Path) -> list[tuple[str, str]]:
    """Every data file the spec adds itself, as PyInstaller ``(source, dest folder)`` pairs.

    Globs tolerate folders that do not exist yet (``analysis/data``, ``desktop/data``, …).
    """
    root = Path(root)
    pairs: list[tuple[str, str]] = []
    # jieba: the main dictionary (the HMM tables are Python modules, frozen with the code).
    pairs += _from_package("jieba", ["dict.txt", "analyse/idf.txt"])
    # OpenCC: every conversion config and the dictionaries they name (opencc/clib/share/opencc).
    pairs += _from_package("opencc", ["clib/share/opencc/*.json", "clib/share/opencc/*.ocd2"])
    # pypinyin: its dictionaries are JSON files beside the modules that load them.
    pairs += _from_package("pypinyin", ["*.json", "**/*.json"])
    # cn2an keeps its tables in Python modules (cn2an/conf.py): nothing to add.
    qt_dir, qt_dest = qt_translations_dir()
    pairs += [(str(p), qt_dest) for p in sorted(qt_dir.glob("qtbase_zh_CN.qm"))]
    # The project's own data, in the repository's layout.
    pairs += _from_repo(root, [
        os.path.join("translations", "*.qm"),
        # analysis/data/**, desktop/data/**, and any other file the packages keep beside their code.
        *(os.path.join(package, "**", "*") for package in PROJECT_PACKAGES),
        os.path.join("packaging", "proofdesk.svg"),
        os.path.join("packaging", "proofdesk.desktop"),
        os.path.join("packaging", "io.proofdesk.Proofdesk.metainfo.xml"),
    ])
    return _dedupe(pairs)


def _dedupe(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for pair in pairs:
        if pair not in seen:
            seen.add(pair)
            out.append(pair)
    return out


def _posix(name: str) -> str:
    return PurePath(name).as_posix()


def _is_foreign_qt_translation(dest: str) -> bool:
    path = _posix(dest)
    if "/translations/" not in path or not path.endswith(".qm") or "PySide6" not in path:
        return False
    stem = path.rsplit("/", 1)[1][:-3]
    return not any(stem.endswith("_" + lang) for lang in QT_TRANSLATION_LANGS)


ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types that hold PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def _png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (the format Windows Vista and later read)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding one PNG per size."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
                    for size, png in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def platform_icon(svg: Path, out_dir: Path, platform: str) -> str | None:
    """The program's icon in the format PyInstaller wants on ``platform``: ``.ico`` for Windows,
    ``.icns`` for macOS, rendered from the SVG with Qt at build time (PyInstaller itself would need
    Pillow to convert); ``None`` elsewhere (Linux desktops take the SVG through the .desktop file)."""
    if platform not in ("win32", "darwin"):
        return None
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"bundle_data: cannot read the icon {svg}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if platform == "win32":
        path, data = out_dir / "proofdesk.ico", ico_bytes({s: _png(renderer, s) for s in ICO_SIZES})
    else:
        path, data = out_dir / "proofdesk.icns", icns_bytes({s: _png(renderer, s) for s in ICNS_TYPES})
    path.write_bytes(data)
    return str(path)


def keep_data(dest: str, modules: set[str]) -> bool:
    """Whether the bundle keeps the data file at bundle path ``dest``.

    ``modules`` are the module names frozen into the bundle: jieba's TF-IDF table ships only
    when ``jieba.analyse`` is one of them.
    """
    path = _posix(dest)
    if any(fnmatch.fnmatch(path, pattern) for pattern in DROP_DATA):
        return False
    if path == "jieba/analyse/idf.txt" and "jieba.analyse" not in modules:
        return False
    return not _is_foreign_qt_translation(path)


def keep_binary(dest: str) -> bool:
    """Whether the bundle keeps the shared library or plugin at bundle path ``dest``."""
    path = _posix(dest)
    return not any(fnmatch.fnmatch(path, pattern) for pattern in DROP_BINARIES)


def prune(toc, keep):
    """A PyInstaller TOC (list of ``(dest, source, typecode)``) without the entries ``keep`` rejects."""
    return [entry for entry in toc if keep(entry[0])]


def defer_runtime_hooks(scripts, out_dir: Path):
    """``scripts`` (Analysis.scripts: run-time hooks, then main.py) with the hooks named in
    :data:`DEFERRED_RUNTIME_HOOKS` replaced by one generated hook that runs each of them when its
    module is first imported.  The generated file is written to ``out_dir``."""
    deferred, kept = {}, []
    for name, path, typecode in scripts:
        if name in DEFERRED_RUNTIME_HOOKS:
            deferred[DEFERRED_RUNTIME_HOOKS[name]] = (name, Path(path).read_text(encoding="utf-8"))
        else:
            kept.append((name, path, typecode))
    if not deferred:
        return list(scripts)
    template = DEFERRED_TEMPLATE.read_text(encoding="utf-8")
    marker = "_DEFERRED = {}  # filled in by packaging/proofdesk.spec"
    if template.count(marker) != 1:
        raise ValueError(f"bundle_data: {DEFERRED_TEMPLATE.name} lost its _DEFERRED line")
    out = Path(out_dir) / DEFERRED_TEMPLATE.name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(template.replace(marker, f"_DEFERRED = {deferred!r}"), encoding="utf-8")
    return [(DEFERRED_TEMPLATE.stem, str(out), scripts[0][2])] + kept


def drop_dangling_symlinks(toc, present: set[str]):
    """``toc`` without the ``SYMLINK`` entries whose target (relative to the link) is not in ``present``
    (bundle paths); PyInstaller links top-level names to libraries kept in sub-folders."""
    out = []
    for dest, source, typecode in toc:
        if typecode == "SYMLINK":
            target = _posix(os.path.normpath(os.path.join(os.path.dirname(dest), source)))
            if target not in present:
                continue
        out.append((dest, source, typecode))
    return out


def drop_orphan_libraries(kept, original, imports_of):
    """``kept`` without the top-level shared libraries that only dropped binaries needed.

    PyInstaller puts the system libraries it finds through link-time dependencies at the top of
    the bundle; once a plugin is dropped, the libraries it alone linked are dead weight.  A
    top-level library that nothing linked (the bootloader's libpython, one found through ctypes)
    is always kept.  ``imports_of(source)`` gives the library names a binary links.
    """
    top = {_posix(dest) for dest, _, typecode in original if "/" not in _posix(dest) and typecode != "SYMLINK"}
    links = {_posix(dest): set(imports_of(source)) for dest, source, typecode in original
             if typecode != "SYMLINK"}
    linked = set().union(*links.values()) & top if links else set()
    reached: set[str] = set()
    todo = [_posix(dest) for dest, _, typecode in kept
            if typecode != "SYMLINK" and (_posix(dest) not in linked)]
    while todo:
        name = todo.pop()
        for lib in links.get(name, ()):
            if lib in top and lib not in reached:
                reached.add(lib)
                todo.append(lib)
    return [entry for entry in kept if _posix(entry[0]) not in linked or _posix(entry[0]) in reached]
