"""The legends of the loss and accuracy plots: what each line is, for one run or a thousand.

A legend moves to a corner of its plot where it covers no curve (``place_legend``), the
preferred corner first: top right for losses, which fall, bottom right for accuracies, which
rise. One run alone gets "train" and "val" entries. Several runs get one entry each in their colour,
and grey keys say which line style is training and which validation. Beyond ``LEGEND_RUNS`` the
selected run and the newest are named and the rest counted, so the legend never covers the
curves it explains and costs the same for a thousand runs as for ten.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from gui.legend_place import (
    CORNERS,
    MARGIN,
    POINT_BUDGET,
    least_covered_corner,
    occupancy,
    thinned,
    to_pixels,
)
from gui.run_curves import RunCurves
from gui.run_names import short_name
from gui.run_traces import PEN_STYLES
from gui.session import RunSession
from gui.session_runs import TRAIN_STYLE, VAL_STYLE

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

KEY_COLOR = "#555555"
LEGEND_RUNS = 10
# Where each plot's legend may go, preferred first: losses fall, accuracies rise.
LOSS_CORNERS = CORNERS
ACCURACY_CORNERS = ((1.0, 1.0), (0.0, 1.0), (1.0, 0.0), (0.0, 0.0), *CORNERS[4:])

Entry = tuple[pg.PlotDataItem, str]


class RunLegends:
    """Fills two pyqtgraph legends; rebuilds one only when its entries change (~1 ms an
    entry, and the end of a run asks several times)."""

    def __init__(self, loss: pg.LegendItem, accuracy: pg.LegendItem) -> None:
        self._legends = (loss, accuracy)
        self._keys: dict[tuple[str, str, float], pg.PlotDataItem] = {}
        self._blank = pg.PlotDataItem(pen=None)  # a legend line that draws nothing

    def update(self, session: RunSession, curves: RunCurves, extras: list[Entry]) -> None:
        """The runs' entries; ``extras`` (the loss plot only) come after them."""
        shown = curves.shown_ids()
        runs: list[Entry] = []
        if len(shown) == 1:
            look = curves.look(shown[0])
            name = short_name(session.name(shown[0]))
            runs = [
                (
                    self._key(look.train_color, look.train_style, look.width),
                    translate("PlotPanel", "{label} train").format(label=name),
                ),
                (
                    self._key(look.val_color, look.val_style, look.width),
                    translate("PlotPanel", "{label} val").format(label=name),
                ),
            ]
        elif shown:
            named = shown[-LEGEND_RUNS:]
            selected = session.selected()
            if selected in shown and selected not in named:
                named = [selected, *named[1:]]
            for run_id in named:
                look = curves.look(run_id)
                name = short_name(session.name(run_id))
                runs.append((self._key(look.train_color, look.train_style), name))
            if len(shown) > len(named):
                more = translate("PlotPanel", "… and {0} more runs")
                runs.append((self._blank, more.format(len(shown) - len(named))))
        keys = self._style_keys() if len(shown) > 1 else []
        loss, accuracy = self._legends
        self._show(loss, runs + extras + keys)
        self._show(accuracy, runs + keys)

    def _style_keys(self) -> list[Entry]:
        return [
            (self._key(KEY_COLOR, TRAIN_STYLE, 1.5), translate("PlotPanel", "solid: training")),
            (self._key(KEY_COLOR, VAL_STYLE, 1.5), translate("PlotPanel", "dashed: validation")),
        ]

    @staticmethod
    def _show(legend: pg.LegendItem, entries: list[Entry]) -> None:
        current = [(sample.item, label.text) for sample, label in legend.items]
        if current != entries and 0 < len(current) <= len(entries):
            # More rows or the same (a new run; a new run pushing the oldest named one out):
            # only the missing rows are added, then every row gets its words and key in place,
            # a sixth of the cost of a new row. Rebuilding every row at each run of a sweep
            # cost the GUI thread 60 ms a sweep, taken from the training thread.
            for item, name in entries[len(current) :]:
                legend.addItem(item, name)
            for (sample, label), (item, name) in zip(legend.items, entries, strict=True):
                if sample.item is not item:
                    sample.item = item
                    sample.update()
                if label.text != name:
                    label.setText(name)
            legend.updateSize()
        elif current != entries:
            legend.clear()
            for item, name in entries:
                legend.addItem(item, name)
        if current != entries:
            # pyqtgraph sizes a legend from its rows' current heights, which a larger legend
            # before stretched: thirteen rows grew 34 pixels high and ran out of the view.
            legend.resize(legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize))
        legend.setVisible(bool(entries))  # an empty legend is still a box

    def _key(self, color: str, style: str, width: float = 2.0) -> pg.PlotDataItem:
        """One legend sample per look, reused across rebuilds."""
        key = (color, style, width)
        if key not in self._keys:
            pen = pg.mkPen(color, width=width, style=PEN_STYLES[style])
            self._keys[key] = pg.PlotDataItem(pen=pen)
        return self._keys[key]


# The most of the view's height a legend takes before it spreads over two columns.
LEGEND_SHARE = 0.5


def place_legend(
    plot: pg.PlotItem, legend: pg.LegendItem, corners: tuple[tuple[float, float], ...]
) -> tuple[float, float]:
    """Anchor ``legend`` in the first of ``corners`` of the view where it covers none of the
    drawn curves, or else where it covers the least of them. The curves are read as drawn
    (downsampled, in view coordinates), so this costs a few ms."""
    view = plot.getViewBox()
    size = (view.rect().width(), view.rect().height())
    _fit_columns(legend, size)
    x_range, y_range = view.viewRange()
    data = [item.getData() for item in plot.listDataItems() if item.isVisible()]
    data = [(x, y) for x, y in data if x is not None and len(x)]
    stride = sum(len(x) for x, _ in data) // POINT_BUDGET + 1
    lines = [to_pixels(*thinned(x, y, stride), x_range, y_range, size) for x, y in data]
    grid = occupancy(lines, size)
    corner = least_covered_corner(grid, size, (legend.width(), legend.height()), corners)
    fx, fy = corner
    offset = (MARGIN * (1 - 2 * fx), MARGIN * (1 - 2 * fy))  # inwards; none in a middle
    legend.anchor(itemPos=corner, parentPos=corner, offset=offset)
    return corner


def _fit_columns(legend: pg.LegendItem, view_size: tuple[float, float]) -> None:
    """Two columns when one would cover more than half the view's height: a sweep at 1024 x
    600 covered nearly every curve. Wider than the view, the second column's end is cut
    (the comparison's long label) rather than every curve hidden."""
    natural = Qt.SizeHint.PreferredSize
    if legend.columnCount != 1:
        legend.setColumnCount(1)
        legend.resize(legend.layout.effectiveSizeHint(natural))
    if legend.height() > LEGEND_SHARE * view_size[1] and len(legend.items) > 3:
        legend.setColumnCount(2)
        legend.resize(legend.layout.effectiveSizeHint(natural))
