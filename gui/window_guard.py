"""The command line's guard, extended over the window's event loop.

While the window runs, an exception in a Qt slot or a thread reaches Python's hooks rather
than the guard around ``main``: ``WindowGuard`` gives it the same one line and log file
(``engine.crash_report``). Ctrl+C surfaces there too (as KeyboardInterrupt, once Python next
runs): it closes the windows - each closes as if by its close button, stopping its training
thread - and ends the application, which then exits 130 like any interruption.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from types import TracebackType

from engine.crash_report import report_crash


class WindowGuard:
    """Installed around the event loop; ``interrupted`` says whether Ctrl+C ended it."""

    def __init__(self) -> None:
        self.interrupted = False

    def exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            report_crash(kind, error, trace)
            return
        self.interrupted = True
        if "PySide6.QtWidgets" in sys.modules:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if app is not None:
                app.closeAllWindows()
                app.quit()

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        saved = sys.excepthook, threading.excepthook
        sys.excepthook = self.exception
        threading.excepthook = lambda info: self.exception(
            info.exc_type, info.exc_value, info.exc_traceback
        )
        try:
            yield
        finally:
            sys.excepthook, threading.excepthook = saved
