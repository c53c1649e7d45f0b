"""Guards for the design card: a pure engine, and a Qt that survives many signal emits."""

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_engine_never_imports_qt_or_gui():
    for path in (ROOT / "engine").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top not in {"PySide6", "pyqtgraph", "gui", "shiboken6"}, (path.name, name)


def test_importing_the_engine_loads_no_qt_and_no_scipy():
    """SciPy costs 100-165 ms of every start; the network has its own sigmoid."""
    code = (
        "import sys, engine.model, engine.datasets, engine.reference, engine.headless, "
        "engine.differences; print('PySide6' in sys.modules, 'scipy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False False"


def test_the_default_headless_run_does_not_load_the_compiled_kernel():
    """Loading numba costs 0.4-1.2 s, the book's run 0.1 s: the default run stays on NumPy
    (and does not pay for threadpoolctl either, its products being too small to thread)."""
    code = (
        "import sys, io, contextlib, main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = main.main(['--headless'])\n"
        "print(status, 'numba' in sys.modules, 'threadpoolctl' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["0", "False", "False"]


def test_fifty_thousand_signal_emits_do_not_abort_the_interpreter():
    """PySide6 6.12.0 on Python 3.11 aborts after a few thousand emits (qt-pitfalls §1); the
    dependency pins must keep that build away. A crash kills the process, hence a subprocess."""
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Emitter(QObject):
            fired = Signal(int)
            empty = Signal()

        app = QCoreApplication([])
        e = Emitter()
        seen = []
        e.fired.connect(seen.append)
        for i in range(50_000):
            e.fired.emit(i)
            e.empty.emit()
        print(len(seen))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "50000"


def test_the_window_opens_without_importing_scikit_learn(tmp_path):
    """Importing scikit-learn takes about a second; the window must not wait for it."""
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from gui.main_window import MainWindow
        window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
        window.show()
        app.processEvents()
        print(window.params.dataset().n_train, "sklearn" in sys.modules)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "settings.ini")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["364", "False"]


def test_gui_modules_stay_small():
    """Small modules with names that say what they hold: none in gui/ over 500 lines, and the
    window class (actions, menus, layout) at most 450."""
    sizes = {
        path.name: len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "gui").glob("*.py")
    }
    assert sizes["main_window.py"] <= 450
    assert {name: n for name, n in sizes.items() if n > 500} == {}
