"""Tooltips as paragraphs: every long tooltip in the application wraps at a readable width.

The window's tooltips teach, so many are sentences; Qt shows a plain-text tooltip on one line
as wide as the screen (740 pixels for the log-x tooltip), which the eye cannot follow. An event
filter shows each plain tooltip longer than ``TIP_WIDTH`` as rich text in a block of that
width, so no widget needs to word-wrap its own texts and the texts stay plain for tests and for
translators. The filter sits on the widgets that have a tooltip, not on the application: a
Python filter on the application ran for every event of every widget (12 000 per book sweep),
each taking the GIL from the training thread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFontMetrics, QHelpEvent, Qt
from PySide6.QtWidgets import QToolTip, QWidget

TIP_WIDTH = 420  # pixels: about 60 characters of the tooltip font


def wrapped_tooltip(text: str, metrics: QFontMetrics) -> str:
    """``text`` as a block ``TIP_WIDTH`` pixels wide when it is longer than that; short
    texts and texts that are rich text already stay as they are."""
    if not text or Qt.mightBeRichText(text) or metrics.horizontalAdvance(text) <= TIP_WIDTH:
        return text
    body = html.escape(text).replace("\n", "<br>")
    return f"<table width='{TIP_WIDTH}'><tr><td>{body}</td></tr></table>"


class TooltipWrapper(QObject):
    """Shows widgets' long plain tooltips wrapped; every other tooltip is left to Qt."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        text = watched.toolTip()
        wrapped = wrapped_tooltip(text, QFontMetrics(QToolTip.font()))
        if wrapped == text or not isinstance(event, QHelpEvent):
            return False
        QToolTip.showText(event.globalPos(), wrapped, watched, watched.rect())
        return True


def wrap_long_tooltips(root: QWidget) -> None:
    """Show the long tooltips of ``root`` and of its children wrapped. Call it once the
    widgets have their texts, and again after they change language; a widget filtered twice
    still has one filter."""
    app = QCoreApplication.instance()
    if app is None:
        return
    wrapper = app.findChild(TooltipWrapper)
    if wrapper is None:
        wrapper = TooltipWrapper(app)
    for widget in (root, *root.findChildren(QWidget)):
        if widget.toolTip():
            widget.installEventFilter(wrapper)
