"""Reading a value off a curve: the point of any shown run (or of MLPClassifier's curve) nearest
the mouse, and its readout: the run, its epoch, updates, samples and seconds, and its two losses
(or accuracies).

TensorFlow Playground's users asked for exactly this (tensorflow/playground #47). The nearest
point is found in the data, not in the drawn items: ended runs are drawn in groups of many runs
per line item, and the readout must still name the run under the mouse. The points are stacked
once and kept until the curves change.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from engine.training import EpochRecord
from gui.number_text import significant, whole
from gui.plot_hover import HoverReadout, Snap, nearest, view_values
from gui.plot_range import clipped
from gui.plot_view import PlotView
from gui.run_curves import RunCurves

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

COMPARISON = -1  # the run id of MLPClassifier's points

# The comparison's points as drawn against epochs (x, its true losses), or None when hidden.
ComparisonPoints = Callable[[], tuple[np.ndarray, np.ndarray] | None]


def run_readout(
    name: str, color: str, record: EpochRecord, accuracy: bool, snapped_val: bool
) -> tuple[str, str]:
    """Rich and plain text for a run's point: where it is, then both curves' values, the one
    under the mouse in bold."""
    where = translate("PlotHover", "epoch {epoch} · {updates} updates · {samples} samples · {s} s")
    where = where.format(
        epoch=whole(record.epoch),
        updates=whole(record.updates),
        samples=whole(record.samples),
        s=significant(record.seconds, 3),
    )
    if accuracy:
        train = translate("PlotHover", "training accuracy {0}").format(
            significant(record.train_acc)
        )
        val = translate("PlotHover", "validation accuracy {0}").format(significant(record.val_acc))
    else:
        train = translate("PlotHover", "training loss {0}").format(significant(record.train_loss))
        val = translate("PlotHover", "validation loss {0}").format(significant(record.val_loss))
    shown = [html.escape(train), html.escape(val)]
    bold = 1 if snapped_val else 0
    shown[bold] = f"<b>{shown[bold]}</b>"
    rich = (
        f"<span style='color:{color}; font-weight:bold'>{html.escape(name)}</span><br>"
        f"{html.escape(where)}<br>{shown[0]}<br>{shown[1]}"
    )
    return rich, "\n".join((name, where, train, val))


def comparison_readout(epoch: int, loss: float) -> tuple[str, str]:
    """Rich and plain text for a point of MLPClassifier's loss curve."""
    name = "MLPClassifier"
    where = translate("PlotHover", "epoch {0}").format(whole(epoch))
    value = translate("PlotHover", "loss {0}").format(significant(loss))
    rich = f"<b>{name}</b><br>{html.escape(where)}<br><b>{html.escape(value)}</b>"
    return rich, "\n".join((name, where, value))


class CurveReadouts:
    """The readouts of the loss (0) and accuracy (1) tabs."""

    def __init__(
        self,
        widgets: tuple[pg.PlotWidget, pg.PlotWidget],
        curves: RunCurves,
        view: PlotView,
        name: Callable[[int], str],
        comparison: ComparisonPoints,
        comparison_color: str,
    ) -> None:
        self._curves, self._view, self._name = curves, view, name
        self._comparison, self._comparison_color = comparison, comparison_color
        self._keys: list[tuple | None] = [None, None]
        self._stacks: list[tuple[np.ndarray, ...]] = [(), ()]
        self.hovers = tuple(
            HoverReadout(widget, lambda x, y, pixel, tab=tab: self.find(tab, x, y, pixel))
            for tab, widget in enumerate(widgets)
        )

    def find(self, tab: int, x: float, y: float, pixel: tuple[float, float]) -> Snap | None:
        """What the readout shows for the mouse at (x, y) in view coordinates."""
        xs, ys, ids, rows, kinds, values = self._points(tab)
        index = nearest(xs, ys, x, y, pixel)
        if index is None:
            return None
        run_id, row = int(ids[index]), int(rows[index])
        if run_id == COMPARISON:
            rich, text = comparison_readout(row + 1, float(values[index]))
            return Snap(xs[index], ys[index], self._comparison_color, rich, text)
        look = self._curves.look(run_id)
        color = look.val_color if kinds[index] else look.train_color
        record = self._curves.record(run_id, row)
        rich, text = run_readout(self._name(run_id), color, record, tab == 1, bool(kinds[index]))
        return Snap(xs[index], ys[index], color, rich, text)

    def _points(self, tab: int) -> tuple[np.ndarray, ...]:
        """Every point a readout can snap to on a tab, placed as the view draws it. Ended runs'
        points are kept until they change; a live run's are added at each search."""
        comparison = self._comparison() if tab == 0 else None
        view, curves = self._view, self._curves
        live = curves.live()
        key = (
            curves.ended_version,
            view.log_x,
            view.log_y,
            curves.clip(),
            None if comparison is None else id(comparison[1]),
        )
        names = ("train_loss", "val_loss") if tab == 0 else ("train_acc", "val_acc")
        if key != self._keys[tab]:
            ended = [run_id for run_id in curves.shown_ids() if run_id != live]
            x, values, ids, rows, kinds = curves.stacked(names, ended)
            if comparison is not None:
                cx, cy = comparison
                x, values = np.concatenate((x, cx)), np.concatenate((values, cy))
                ids = np.concatenate((ids, np.full(len(cx), COMPARISON)))
                rows = np.concatenate((rows, np.arange(len(cx))))
                kinds = np.concatenate((kinds, np.zeros(len(cx), dtype=int)))
            self._keys[tab], self._stacks[tab] = key, self._placed(tab, x, values, ids, rows, kinds)
        if live is None or live not in curves.shown_ids():
            return self._stacks[tab]
        fresh = self._placed(tab, *curves.stacked(names, [live]))
        return tuple(np.concatenate(pair) for pair in zip(self._stacks[tab], fresh, strict=True))

    def _placed(self, tab: int, x: np.ndarray, values: np.ndarray, *rest: np.ndarray) -> tuple:
        """Points as the view places them (logs, losses cut off), with their true values."""
        drawn = clipped(values, self._curves.clip()) if tab == 0 else values
        log_y = tab == 0 and self._view.log_y
        return (view_values(x, self._view.log_x), view_values(drawn, log_y), *rest, values)

    def text(self, tab: int) -> str:
        return self.hovers[tab].text()

    def hover_at(self, tab: int, plot: pg.PlotItem, x: float, y: float) -> str:
        """The readout as if the mouse were at data point (x, y) (raw values, not logs)."""
        log_y = tab == 0 and self._view.log_y
        point = pg.Point(view_values([x], self._view.log_x)[0], view_values([y], log_y)[0])
        self.hovers[tab].show_at(plot.getViewBox().mapViewToScene(point))
        return self.hovers[tab].text()
