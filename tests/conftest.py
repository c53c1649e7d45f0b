"""Tests run offscreen, from the checkout, without a display."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The compiled kernel's cache: compiled once per test session (a few seconds), never in the
# user's own cache folder. Processes the tests start inherit it.
os.environ["NUMBA_CACHE_DIR"] = tempfile.mkdtemp(prefix="minibatch-lab-numba-")
os.environ.pop("MINIBATCH_LAB_KERNEL", None)

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

# The ``window`` fixture (the real main window, offscreen) for every GUI test module.
pytest_plugins = ["window_fixtures", "plot_fixtures"]


@pytest.fixture(autouse=True, scope="session")
def crash_logs_in_tmp(tmp_path_factory):
    """main.py's crash logs (and those of the processes tests start) go to a temporary folder,
    never to the user's own log folder."""
    folder = tmp_path_factory.mktemp("crash-logs")
    os.environ["MINIBATCH_LAB_LOG_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def kernel_loaded() -> bool:
    """The compiled kernel loaded once for the session where numba can load: a window's long
    run then starts at once, as after the app's background warm-up, whatever ran before."""
    from engine.kernels import warm_compiled

    return warm_compiled()


@pytest.fixture(scope="session")
def compiled_kernel(kernel_loaded):
    """The compiled kernel, compiled (or loaded) once for the session; skips the test where
    numba cannot load, so that the NumPy kernel's tests still run there."""
    if not kernel_loaded:
        pytest.skip("numba is not available here: only the NumPy kernel is tested")


@pytest.fixture(params=["numpy", "numba", "hybrid"])
def kernel(request, monkeypatch):
    """Run the test once per training kernel: every run it makes, through any API, uses it."""
    if request.param != "numpy":
        request.getfixturevalue("compiled_kernel")
    monkeypatch.setenv("MINIBATCH_LAB_KERNEL", request.param)
    return request.param


def pytest_sessionfinish(session, exitstatus):
    """Even after a failed test, no training thread may outlive the run: its QThread would be
    destroyed while running, and the process would abort instead of reporting."""
    worker = sys.modules.get("gui.worker")
    if worker is not None:
        worker.join_every_job()
