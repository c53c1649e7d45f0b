"""Coalesce a fast stream of changes into a few repaints a second (superqt's ``qthrottled``).

A view that learns of new numbers many times a second (a probe ten times, records thirty
times) marks itself dirty with ``request()``; the callback runs at most once per interval, at
the end of it, with whatever is newest then. Painting holds the GIL, so every repaint saved is
time the training thread gets back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

FRAME_MS = 100  # ten repaints a second: the eye follows weights and cosines at that rate


class Throttle(QObject):
    """Calls ``callback`` once per ``interval_ms`` at most, after the first request of it."""

    def __init__(
        self,
        callback: Callable[[], None],
        interval_ms: int = FRAME_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(callback)

    def request(self) -> None:
        """Run the callback at the end of the current interval (now pending, if not yet)."""
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Run the callback now if a request is pending (before a screenshot, in tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self._timer.timeout.emit()
