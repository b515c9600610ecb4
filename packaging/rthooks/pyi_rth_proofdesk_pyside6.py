"""Run-time hook: runs in the bundle before main.py, in place of PyInstaller's ``pyi_rth_pyside6``.

PyInstaller's own hook imports ``PySide6.QtCore`` at start-up to register a ``qt.conf`` that points
Qt at the bundle; that loads Qt and ICU for ``proofdesk --version`` and ``proofdesk analyze`` too,
which never use Qt (main.py parses arguments before importing it).  This hook does the same set-up,
but registers ``qt.conf`` right after the program itself first imports ``PySide6.QtCore``.
"""


def _pyi_rthook():
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    if sys.platform.startswith("win"):
        prefix = os.path.join(sys._MEIPASS, "PySide6")
    else:
        prefix = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(prefix, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(prefix, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")

    class QtConfOnFirstImport:
        """A meta path finder that wraps the loading of PySide6.QtCore, once, then leaves."""

        def find_spec(self, fullname, path=None, target=None):
            if fullname != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                spec = finder.find_spec(fullname, path, target) if hasattr(finder, "find_spec") else None
                if spec is not None:
                    break
            else:
                return None
            if spec.loader is None:
                return spec
            exec_module = spec.loader.exec_module

            def exec_then_register(module):
                exec_module(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", prefix)

            spec.loader.exec_module = exec_then_register
            return spec

    sys.meta_path.insert(0, QtConfOnFirstImport())


_pyi_rthook()
del _pyi_rthook
