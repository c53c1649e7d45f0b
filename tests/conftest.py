"""Tests run offscreen, from the checkout, without a display."""

import os
import sys
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

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


def pytest_sessionfinish(session, exitstatus):
    """Even after a failed test, no training thread may outlive the run: its QThread would be
    destroyed while running, and the process would abort instead of reporting."""
    worker = sys.modules.get("gui.worker")
    if worker is not None:
        worker.join_every_job()
