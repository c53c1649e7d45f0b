"""The status bar's text and progress bar, worded from the session's status.

The status line is a number to read, not an animation: four updates a second are plenty, and
each costs the training thread the GIL (the progress bar repaints itself at once, 1.4 ms).
The progress bar shows only while something trains.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar

from gui.messages import status_text
from gui.session import RunSession

STATUS_INTERVAL = 0.25


class StatusLine(QObject):
    """Fills a QStatusBar; rewords itself when the language changes."""

    def __init__(self, session: RunSession, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._session = session
        self._shown = 0.0
        self.text = QLabel()
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        bar.addWidget(self.text, 1)
        bar.addPermanentWidget(self.progress)
        bar.installEventFilter(self)
        session.status_changed.connect(self.refresh)
        session.records_added.connect(self._on_records)
        session.busy_changed.connect(self._on_busy)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        return False

    @Slot()
    def refresh(self) -> None:
        """Word the session's status now, in the language installed now."""
        session = self._session
        live_id = session.live_id()
        live = session.run(live_id) if live_id is not None else None
        text = status_text(session.status(), live, session.sweep_position())
        if text != self.text.text():
            self.text.setText(text)
            self.text.setToolTip(text)
        if live is not None:
            if self.progress.maximum() != live.hp.epochs:
                self.progress.setRange(0, live.hp.epochs)
            self.progress.setValue(live.epoch)

    @Slot(int, list)
    def _on_records(self, _run_id: int, _records: list) -> None:
        now = time.perf_counter()
        if now - self._shown >= STATUS_INTERVAL and self._session.status().kind == "training":
            self._shown = now
            self.refresh()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
