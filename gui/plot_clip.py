"""Curves cut off at the top of the loss plot: a marker where each one leaves the plot and a note
that names it and says how high it really went ("MLPClassifier diverged: loss up to 22 000").

``gui.plot_range`` decides the level; this module draws what it decided, in the window's
language, so a student never mistakes a cut-off curve for one that stayed low.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QFont

from engine.training import learning_rate_warning
from gui.number_text import short
from gui.plot_range import CurveStats, clip_level, peaks_above
from gui.run_curves import RunCurves

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

NOTE_COLOR = "#8a4b00"
NOTE_LINES = 3  # curves named one by one; the rest are counted
MARGIN = 8  # pixels between the note and the view's corner
MIN_NOTE_WIDTH = 160  # the narrowest the note is wrapped to beside the legend


@dataclass(frozen=True)
class CutCurve:
    """A curve drawn cut off: who it is, its colour, its true maximum, whether it diverged (it
    climbed far above its start) and where its clipped stretches peak."""

    name: str
    color: str
    top: float
    diverged: bool
    peaks_x: np.ndarray


def plan_cuts(
    curves: RunCurves,
    name: Callable[[int], str],
    comparison: tuple[np.ndarray, CurveStats, str] | None,
    log: bool,
) -> tuple[float, list[CutCurve]]:
    """The clip level for the shown runs and the comparison (its losses, stats and colour, or
    None when hidden), and the curves it cuts off: a run once, at its highest loss."""
    stats = curves.loss_stats()
    others = [] if comparison is None else [comparison[1]]
    level = clip_level([s for *_, s in stats], others, log)
    per_run: dict[int, list[tuple[str, CurveStats]]] = {}
    for run_id, curve, curve_stats in stats:
        if curve_stats.top > level:
            per_run.setdefault(run_id, []).append((curve, curve_stats))
    cut = []
    for run_id, parts in per_run.items():
        label = name(run_id)
        if [curve for curve, _ in parts] == ["val_loss"]:
            label = translate("PlotClip", "{0} (validation)").format(label)
        data = [curves.data(run_id, curve) for curve, _ in parts]
        peaks = np.concatenate([peaks_above(x, y, level)[0] for x, y in data])
        highest = max((curve_stats for _, curve_stats in parts), key=lambda s: s.top)
        climbed = highest.diverged() or any(diverging(y) for _, y in data)
        cut.append(CutCurve(label, curves.look(run_id).train_color, highest.top, climbed, peaks))
    if comparison is not None and comparison[1].top > level:
        loss, loss_stats, color = comparison
        epochs = np.arange(1, len(loss) + 1, dtype=float)
        peaks = peaks_above(epochs, loss, level)[0]
        climbed = loss_stats.diverged() or diverging(loss)
        cut.append(CutCurve("MLPClassifier", color, loss_stats.top, climbed, peaks))
    return level, cut


def diverging(losses: np.ndarray) -> bool:
    """The engine's own test for a curve that climbs and jumps (the learning rate too high),
    so the note and the hint agree; non-finite losses are a divergence by themselves."""
    if not np.isfinite(losses).all():
        return True
    return learning_rate_warning(losses) is not None


def note_text(cut: list[CutCurve]) -> str:
    """One line per cut-off curve, the highest first, the rest counted."""
    ordered = sorted(cut, key=lambda c: -c.top)
    lines = []
    for curve in ordered[:NOTE_LINES]:
        if curve.diverged:
            text = translate("PlotClip", "▲ {name} diverged: loss up to {top}")
        else:
            text = translate("PlotClip", "▲ {name}: loss up to {top}, above the plot")
        lines.append(text.format(name=curve.name, top=short(curve.top)))
    if len(ordered) > NOTE_LINES:
        more = translate("PlotClip", "… and {0} more curves cut off at the top")
        lines.append(more.format(len(ordered) - NOTE_LINES))
    return "\n".join(lines)


class ClipOverlay:
    """Markers at the clip level, and the note in the top corner the plot's legend leaves."""

    def __init__(self, plot: pg.PlotItem, legend: pg.LegendItem) -> None:
        self._view = plot.getViewBox()
        self._legend = legend
        # A PlotDataItem, not a ScatterPlotItem: it follows the plot's log mode by itself.
        self.markers = pg.PlotDataItem(
            pen=None, symbol="t1", symbolSize=13, symbolPen=pg.mkPen("w", width=1.5)
        )
        self.markers.setZValue(60)
        plot.addItem(self.markers, ignoreBounds=True)
        self.note = pg.TextItem(
            color=NOTE_COLOR,
            anchor=(0, 0),
            fill=pg.mkBrush(255, 255, 255, 230),
            border=pg.mkPen(NOTE_COLOR, width=1),
        )
        font = QFont()
        font.setPointSize(10)
        self.note.setFont(font)
        self.note.setParentItem(self._view)  # placed in view pixels, not data
        self.note.setZValue(90)
        self.note.setVisible(False)
        # The view's new size places the note, and so does the legend's move that follows
        # it (the legend keeps its corner after the view resized, once the note is placed).
        self._view.sigResized.connect(self.place)
        legend.geometryChanged.connect(self.place)
        self._cut: list[CutCurve] = []

    def show(self, cut: list[CutCurve], level: float) -> None:
        """Mark ``cut`` at ``level``; an empty list removes markers and note."""
        self._cut = cut
        xs = np.concatenate([c.peaks_x for c in cut]) if cut else np.empty(0)
        brushes = [pg.mkBrush(c.color) for c in cut for _ in c.peaks_x]
        self.markers.setData(xs, np.full(len(xs), level), symbolBrush=brushes)
        self.markers.setVisible(bool(cut))
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setVisible(bool(self._cut))
        if self._cut:
            self.note.setText(note_text(self._cut))
            self.place()

    def place(self) -> None:
        """At the top, beside the legend if it is at the top too (wrapped to the room there
        when needed), else below it: never on the legend, whichever corner or middle it took."""
        rect = self._view.rect()
        top = rect.top() + MARGIN
        self.note.setTextWidth(-1)
        ideal = self.note.textItem.document().idealWidth()
        legend = self._legend.mapRectToParent(self._legend.boundingRect())
        height = self.note.boundingRect().height()
        if not self._legend.isVisible() or legend.top() > top + height + MARGIN:
            self._put(rect.left() + MARGIN, top, rect.width() - 2 * MARGIN, ideal)
            return
        left_room = legend.left() - rect.left() - 2 * MARGIN
        right_room = rect.right() - legend.right() - 2 * MARGIN
        room = max(left_room, right_room)
        if room >= min(ideal, MIN_NOTE_WIDTH):
            left = rect.left() + MARGIN if left_room >= right_room else legend.right() + MARGIN
            self._put(left, top, room, ideal)
        else:  # no room beside the legend: under it, from the left edge
            self._put(
                rect.left() + MARGIN, legend.bottom() + MARGIN, rect.width() - 2 * MARGIN, ideal
            )

    def _put(self, left: float, top: float, room: float, ideal: float) -> None:
        """The note at (left, top), wrapped when wider than ``room``."""
        if ideal > room:
            self.note.setTextWidth(max(room, MIN_NOTE_WIDTH))
        self.note.setPos(QPointF(left, top))

    def text(self) -> str:
        """The note as shown, or "" when no curve is cut off."""
        return self.note.toPlainText() if self.note.isVisible() else ""

    def cut(self) -> list[CutCurve]:
        return list(self._cut)
