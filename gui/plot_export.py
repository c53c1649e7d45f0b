"""The plot saved as a figure file (PNG at 1x, 2x or 3x, or SVG) or put on the clipboard.

What a figure shows is read from the window's plot item by item (``figure_spec``): every
visible line with its data and pen, the markers of cut-off curves, the ranges, the log axes, the
legend's entries. ``gui.plot_figure`` redraws that as a figure. Files are written through
``engine.safe_output``: the target is checked and reserved before the figure is drawn, and
replaced in one step, so a failure never leaves half a picture or harms another file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage, QPen

from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from engine.safe_output import OutputFile
from gui.figure_title import figure_title
from gui.plot_figure import SCALES, Figure, FigureLine, FigureSpec


def figure_spec(
    plot: pg.PlotItem,
    legend: pg.LegendItem,
    runs: Sequence[tuple[DataSpec, Hyperparameters]],
    note: str,
    whole_x: bool,
    corners: tuple[tuple[float, float], ...],
) -> FigureSpec:
    """What ``plot`` shows now, as a figure of ``runs`` (their data and settings)."""
    lines = []
    for item in plot.listDataItems():
        if not item.isVisible():
            continue
        x, y = item.getOriginalDataset()
        if x is None or not len(x):
            continue
        pen = item.opts["pen"]
        symbol = item.opts["symbol"]
        brushes = item.opts["symbolBrush"] if symbol is not None else None
        lines.append(
            FigureLine(
                x=np.asarray(x, dtype=float),
                y=np.asarray(y, dtype=float),
                pen=None if pen is None or _invisible(pen) else QPen(pg.mkPen(pen)),
                z=item.zValue(),
                symbol=symbol,
                symbol_brushes=list(brushes) if isinstance(brushes, list | tuple) else [],
                symbol_size=float(item.opts["symbolSize"]),
            )
        )
    entries = []
    if legend.isVisible():
        for sample, label in legend.items:
            pen = sample.item.opts.get("pen")
            entries.append((None if pen is None else QPen(pg.mkPen(pen)), label.text))
    title, subtitle = figure_title(runs)
    (x_range, y_range) = plot.getViewBox().viewRange()
    log_x, log_y = plot.getAxis("bottom").logMode, plot.getAxis("left").logMode
    return FigureSpec(
        title=title,
        subtitle=subtitle,
        x_label=plot.getAxis("bottom").labelText,
        y_label=plot.getAxis("top").labelText,
        log_x=bool(log_x),
        log_y=bool(log_y),
        whole_x=whole_x,
        x_range=(float(x_range[0]), float(x_range[1])),
        y_range=(float(y_range[0]), float(y_range[1])),
        lines=lines,
        legend=entries,
        note=note,
        corners=corners,
    )


def _invisible(pen: object) -> bool:
    return isinstance(pen, QPen) and pen.style() == pg.QtCore.Qt.PenStyle.NoPen


def check_scale(scale: int) -> int:
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {SCALES}, got {scale!r}")
    return scale


def figure_image(spec: FigureSpec, scale: int) -> QImage:
    """The figure as an image with ``scale`` pixels per logical pixel."""
    figure = Figure(spec)
    try:
        return figure.image(check_scale(scale))
    finally:
        figure.close()


def save_png(
    path: str, spec: Callable[[], FigureSpec], scale: int, inputs: Iterable[str] = ()
) -> None:
    """Check and reserve ``path`` (never one of ``inputs``, the data files read), draw the
    figure, write it atomically; OSError names it."""
    check_scale(scale)
    with OutputFile(path, inputs) as output:
        figure = Figure(spec())
        try:
            data = figure.png(scale)
        finally:
            figure.close()
        output.write_bytes(data)


def save_svg(path: str, spec: Callable[[], FigureSpec], inputs: Iterable[str] = ()) -> None:
    """The figure as SVG, written like ``save_png``."""
    with OutputFile(path, inputs) as output:
        made = spec()
        figure = Figure(made)
        try:
            data = figure.svg(made.title)
        finally:
            figure.close()
        output.write_bytes(data)
