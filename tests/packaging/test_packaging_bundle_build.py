"""The real bundle: built with PyInstaller from packaging/proofdesk.spec, then run as a first start.

Slow (a minute or two of PyInstaller on two cores), so it runs only with PROOFDESK_BUILD_BUNDLE=1:

    PROOFDESK_BUILD_BUNDLE=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/packaging -q

It builds into a temporary folder (dist/ is left alone). CI builds with `make package` and runs
packaging/smoke_bundle.sh instead.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("PROOFDESK_BUILD_BUNDLE") != "1",
                       reason="builds the PyInstaller bundle; set PROOFDESK_BUILD_BUNDLE=1"),
]

PAGE = ("衡陽晚報讯（全媒体记者 陈润 通讯员 金明达）2023年1月4日下午,市委书记刘越高来到耒阳市,"
        "调研湖南高速集团衡阳分公司的的改造项目。\n")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.skip("PyInstaller is not installed (pip install -r packaging/requirements-package.txt)")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [pyinstaller, "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(out / "dist"),
         "--workpath", str(out / "build"), str(ROOT / "packaging" / "proofdesk.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    return out / "dist" / "proofdesk"


def _first_run(bundle: Path, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run the bundled program with nothing around it: an empty HOME, no venv, no PYTHONPATH."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    program = bundle / ("proofdesk.exe" if sys.platform == "win32" else "proofdesk")
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **env}
    return subprocess.run([str(program), *args], cwd=tmp_path, env=environment, capture_output=True,
                          text=True, timeout=300, check=False)


def test_version_answers(bundle, tmp_path):
    result = _first_run(bundle, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Proofdesk ")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_DEBUG is glibc's")
def test_version_does_not_load_qt(bundle, tmp_path):
    result = _first_run(bundle, tmp_path, "--version", LD_DEBUG="files")
    assert result.returncode == 0
    assert "libpython" in result.stderr  # the loader did report what it mapped
    assert "libQt6Core" not in result.stderr


def test_analyze_prints_the_json_contract(bundle, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = _first_run(bundle, tmp_path, "analyze", str(page), "--date", "2023-01-05")
    assert result.returncode == 0, result.stderr[-4000:]
    data = json.loads(result.stdout)
    assert data["schema"] == "proofdesk.analysis/1"
    assert data["text"].startswith("衡陽晚報")


@pytest.mark.skipif(not (ROOT / "desktop" / "app.py").exists(), reason="desktop/app.py not written yet")
def test_smoke_test_passes_offscreen(bundle, tmp_path):
    result = _first_run(bundle, tmp_path, "--smoke-test", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]


def test_bundle_carries_the_data_and_leaves_out_the_unused(bundle):
    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    inside = {f.split("/", 1)[1] for f in files if f.startswith("_internal/")}
    for needed in ("jieba/dict.txt", "opencc/clib/share/opencc/t2s.json",
                   "opencc/clib/share/opencc/TSPhrases.ocd2", "pypinyin/pinyin_dict.json",
                   "packaging/proofdesk.svg"):
        assert needed in inside, needed
    assert any(f.endswith("translations/qtbase_zh_CN.qm") for f in inside)
    assert not any(f.endswith("translations/qtbase_de.qm") for f in inside)
    for unwanted in ("jieba/lac_small", "opencc/clib/include", "Qt6WebEngine", "Qt6Quick", "Qt6Qml",
                     "Qt6Multimedia", "Qt63D", "pytest", "hypothesis"):
        assert not any(unwanted in f for f in inside), unwanted
