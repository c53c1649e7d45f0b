"""Tests run offscreen, from the checkout, without a display."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

# The ``window`` fixture (the real main window, offscreen) for every GUI test module.
pytest_plugins = ["window_fixtures"]


def pytest_sessionfinish(session, exitstatus):
    """Even after a failed test, no training thread may outlive the run: its QThread would be
    destroyed while running, and the process would abort instead of reporting."""
    worker = sys.modules.get("gui.worker")
    if worker is not None:
        worker.join_every_job()
