"""packaging/rthooks/: PyInstaller's run-time hooks deferred until their module is first imported.

The generated hook is run here, in-process, against throw-away modules (the real ones run in the
bundle: packaging/smoke_bundle.sh and test_packaging_bundle_build.py).
"""
from __future__ import annotations

import importlib
import importlib.util
import runpy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_bundle_data():
    spec = importlib.util.spec_from_file_location("proofdesk_bundle_data_rth", ROOT / "packaging" / "bundle_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_data = _load_bundle_data()

HOOK = """
def _pyi_rthook():
    import {module}
    {module}.PATCHED_BY = "{hook}"

_pyi_rthook()
del _pyi_rthook
"""


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """Two importable throw-away modules, two hooks for them, and a clean import state after."""
    for name in ("pd_rth_first", "pd_rth_second"):
        (tmp_path / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(bundle_data, "DEFERRED_RUNTIME_HOOKS",
                        {"pyi_rth_first": "pd_rth_first", "pyi_rth_second": "pd_rth_second"})
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    for hook, module in bundle_data.DEFERRED_RUNTIME_HOOKS.items():
        (hooks / f"{hook}.py").write_text(HOOK.format(module=module, hook=hook), encoding="utf-8")
    meta_path = list(sys.meta_path)
    yield tmp_path, hooks
    sys.meta_path[:] = meta_path
    for name in ("pd_rth_first", "pd_rth_second"):
        sys.modules.pop(name, None)


def _scripts(hooks: Path):
    return [("pyi_rth_first", str(hooks / "pyi_rth_first.py"), "PYSOURCE"),
            ("pyi_rth_proofdesk_pyside6", "rth.py", "PYSOURCE"),
            ("pyi_rth_second", str(hooks / "pyi_rth_second.py"), "PYSOURCE"),
            ("main", "main.py", "PYSOURCE")]


def test_deferred_hooks_are_replaced_by_one_generated_hook_first(sandbox):
    tmp_path, hooks = sandbox
    scripts = bundle_data.defer_runtime_hooks(_scripts(hooks), tmp_path / "build")
    assert [name for name, _, _ in scripts] == [
        "pyi_rth_proofdesk_deferred", "pyi_rth_proofdesk_pyside6", "main"]
    generated = Path(scripts[0][1])
    assert generated.parent == tmp_path / "build"
    assert "_DEFERRED = {}" not in generated.read_text(encoding="utf-8")


def test_each_hook_runs_right_after_its_module_is_imported(sandbox):
    tmp_path, hooks = sandbox
    generated = bundle_data.defer_runtime_hooks(_scripts(hooks), tmp_path / "build")[0][1]
    before = len(sys.meta_path)
    runpy.run_path(generated, run_name="__main__")
    assert len(sys.meta_path) == before + 1
    first = importlib.import_module("pd_rth_first")
    assert first.PATCHED_BY == "pyi_rth_first"
    assert first.VALUE == 1
    assert "pd_rth_second" not in sys.modules  # nothing imported ahead of the program
    second = importlib.import_module("pd_rth_second")
    assert second.PATCHED_BY == "pyi_rth_second"
    assert len(sys.meta_path) == before  # the finder leaves once every hook has run


def test_a_module_imported_before_the_hook_is_patched_at_once(sandbox):
    tmp_path, hooks = sandbox
    first = importlib.import_module("pd_rth_first")
    generated = bundle_data.defer_runtime_hooks(_scripts(hooks), tmp_path / "build")[0][1]
    runpy.run_path(generated, run_name="__main__")
    assert first.PATCHED_BY == "pyi_rth_first"
    assert importlib.import_module("pd_rth_second").PATCHED_BY == "pyi_rth_second"


def test_nothing_to_defer_leaves_the_scripts_alone(tmp_path):
    scripts = [("pyi_rth_proofdesk_pyside6", "rth.py", "PYSOURCE"), ("main", "main.py", "PYSOURCE")]
    assert bundle_data.defer_runtime_hooks(scripts, tmp_path) == scripts
    assert not any(tmp_path.iterdir())


def test_the_real_hooks_deferred_exist_in_this_pyinstaller():
    pyinstaller = pytest.importorskip("PyInstaller")
    rthooks = Path(pyinstaller.__file__).parent / "hooks" / "rthooks"
    for hook in (*bundle_data.DEFERRED_RUNTIME_HOOKS, *bundle_data.REPLACED_RUNTIME_HOOKS):
        assert (rthooks / f"{hook}.py").is_file(), hook
