"""Run-time hook template: PyInstaller's own run-time hooks, run when their module is first imported.

PyInstaller runs ``pyi_rth_inspect``, ``pyi_rth_pkgutil`` and ``pyi_rth_multiprocessing`` before
main.py: each imports its module (``inspect`` pulls ``zipfile`` and ``ast``) only to patch it, which
costs every start about 40 ms, ``proofdesk --version`` included.  The spec copies this file into the
build folder with ``_DEFERRED`` filled in (module name -> (hook name, hook source), see
``packaging/bundle_data.py``) and puts it in their place; the same patch then runs right after the
program itself imports the module, before anything can use it.
"""

_DEFERRED = {}  # filled in by packaging/proofdesk.spec


def _pyi_rthook():
    import sys

    pending = dict(_DEFERRED)

    def run_hook(name, source):
        exec(compile(source, name, "exec"), {"__name__": name, "__builtins__": __builtins__})

    class ThenHook:
        """The module's own loader, then the hook (a wrapper: a loader may serve many modules)."""

        def __init__(self, loader, name, source):
            self._loader, self._name, self._source = loader, name, source

        def create_module(self, spec):
            return self._loader.create_module(spec)

        def exec_module(self, module):
            self._loader.exec_module(module)
            run_hook(self._name, self._source)

        def __getattr__(self, attr):
            return getattr(self._loader, attr)

    class DeferredRuntimeHooks:
        """A meta path finder that wraps the loading of each pending module, once."""

        def find_spec(self, fullname, path=None, target=None):
            if fullname not in pending:
                return None
            name, source = pending.pop(fullname)
            if not pending:
                sys.meta_path.remove(self)
            spec = None
            for finder in sys.meta_path:
                if finder is not self and hasattr(finder, "find_spec"):
                    spec = finder.find_spec(fullname, path, target)
                    if spec is not None:
                        break
            if spec is not None and spec.loader is not None:
                spec.loader = ThenHook(spec.loader, name, source)
            return spec

    # A module imported before this hook ran (none, today) is patched at once.
    for module in [m for m in pending if m in sys.modules]:
        run_hook(*pending.pop(module))
    if pending:
        sys.meta_path.insert(0, DeferredRuntimeHooks())


_pyi_rthook()
del _pyi_rthook
