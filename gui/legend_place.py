"""Where a legend covers no curve: the plot's view as a grid of small cells, each marked when a
curve passes through it, and the first corner whose rectangle holds no mark.

Pure NumPy on pixel coordinates, for the live plot and for exported figures alike. Lines are
marked segment by segment, the part of each segment inside the view sampled every half cell,
so a steep segment crossing a corner marks it even when its points lie far outside.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

CELL = 4  # pixels per cell
POINT_BUDGET = 40_000  # points of all lines looked at: a thousand runs' curves in ~0.05 s
MARGIN = 10  # pixels between a legend and the view's edge
# (x, y) of the legend's anchor in the view, as fractions: top-right first (where pyqtgraph
# and the book put it), then the other corners, then the middles of the sides.
CORNERS = (
    (1.0, 0.0),
    (0.0, 0.0),
    (1.0, 1.0),
    (0.0, 1.0),
    (1.0, 0.5),
    (0.0, 0.5),
    (0.5, 0.0),
    (0.5, 1.0),
)

Rect = tuple[float, float, float, float]  # left, top, width, height in pixels


def to_pixels(
    x: np.ndarray,
    y: np.ndarray,
    x_range: tuple[float, float],
    y_range: tuple[float, float],
    size: tuple[float, float],
) -> tuple[np.ndarray, np.ndarray]:
    """View coordinates (log10 already applied on a log axis) as pixels of a view of ``size``,
    y growing downwards."""
    (x0, x1), (y0, y1) = x_range, y_range
    width, height = size
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        px = (np.asarray(x, dtype=float) - x0) / (x1 - x0) * width
        py = (y1 - np.asarray(y, dtype=float)) / (y1 - y0) * height
    return px, py


def thinned(x: np.ndarray, y: np.ndarray, stride: int) -> tuple[np.ndarray, np.ndarray]:
    """Every ``stride``-th point of a line, and each break (NaN) with its neighbours, so the
    runs of a group stay separate lines. With far more points than the view has pixels, a
    shape that approximate is enough to tell where a legend fits."""
    if stride <= 1:
        return x, y
    keep = np.zeros(len(x), dtype=bool)
    keep[::stride] = True
    breaks = ~(np.isfinite(x) & np.isfinite(y))
    keep |= breaks
    keep[:-1] |= breaks[1:]
    keep[1:] |= breaks[:-1]
    return x[keep], y[keep]


def occupancy(
    lines: Sequence[tuple[np.ndarray, np.ndarray]],
    size: tuple[float, float],
    avoid: Iterable[Rect] = (),
) -> np.ndarray:
    """The cells of a view of ``size`` pixels that ``lines`` (pixel coordinates, NaN breaks a
    line) pass through, and the cells of the rectangles to ``avoid`` (a note, say)."""
    width, height = size
    grid = np.zeros((int(height // CELL) + 1, int(width // CELL) + 1), dtype=bool)
    budget = POINT_BUDGET // max(len(lines), 1)
    for px, py in lines:
        mark_polyline(grid, px, py, budget)
    for left, top, w, h in avoid:
        grid[_span(top, h, grid.shape[0]), _span(left, w, grid.shape[1])] = True
    return grid


def _span(start: float, length: float, cells: int) -> slice:
    return slice(min(max(int(start // CELL), 0), cells), max(int((start + length) // CELL) + 1, 0))


def corner_rect(
    corner: tuple[float, float], size: tuple[float, float], box: tuple[float, float]
) -> Rect:
    """Where a ``box`` (width, height) sits in ``corner`` of a view of ``size``, ``MARGIN``
    from its edges."""
    (fx, fy), (width, height), (w, h) = corner, size, box
    return (MARGIN + fx * (width - w - 2 * MARGIN), MARGIN + fy * (height - h - 2 * MARGIN), w, h)


def covered_cells(
    grid: np.ndarray,
    corner: tuple[float, float],
    size: tuple[float, float],
    box: tuple[float, float],
) -> int | None:
    """How many marked cells a ``box`` in ``corner`` covers; None when it does not fit."""
    left, top, w, h = corner_rect(corner, size, box)
    if left < 0 or top < 0:
        return None
    return int(grid[_span(top, h, grid.shape[0]), _span(left, w, grid.shape[1])].sum())


def free_corner(
    grid: np.ndarray,
    size: tuple[float, float],
    box: tuple[float, float],
    corners: Iterable[tuple[float, float]] = CORNERS,
) -> tuple[float, float] | None:
    """The first of ``corners`` where a ``box`` fits inside the view and covers no marked
    cell; None when every one does."""
    return next((c for c in corners if covered_cells(grid, c, size, box) == 0), None)


def least_covered_corner(
    grid: np.ndarray,
    size: tuple[float, float],
    box: tuple[float, float],
    corners: tuple[tuple[float, float], ...] = CORNERS,
) -> tuple[float, float]:
    """The first free corner, or else the one covering the fewest cells (the first corner when
    the box fits nowhere)."""
    counts = [(covered_cells(grid, c, size, box), i) for i, c in enumerate(corners)]
    fitting = [(count, i) for count, i in counts if count is not None]
    return corners[min(fitting)[1]] if fitting else corners[0]


def visible_part(
    x0: np.ndarray, y0: np.ndarray, dx: np.ndarray, dy: np.ndarray, width: float, height: float
) -> tuple[np.ndarray, np.ndarray]:
    """For segments from (x0, y0) along (dx, dy), the parameters t0 <= t1 of the part inside
    [0, width] x [0, height] (Liang-Barsky); t0 > t1 where a segment misses it."""
    t0, t1 = np.zeros(len(x0)), np.ones(len(x0))
    for p, q in ((-dx, x0), (dx, width - x0), (-dy, y0), (dy, height - y0)):
        with np.errstate(divide="ignore", invalid="ignore"):
            r = q / p
        parallel = p == 0
        t0 = np.where(parallel & (q < 0), 2.0, t0)  # parallel and outside: nothing visible
        t0 = np.where(~parallel & (p < 0), np.maximum(t0, r), t0)
        t1 = np.where(~parallel & (p > 0), np.minimum(t1, r), t1)
    return t0, t1


def mark_polyline(
    grid: np.ndarray, px: np.ndarray, py: np.ndarray, budget: int = POINT_BUDGET
) -> None:
    """Mark the cells of ``grid`` that the polyline through (px, py) passes through; NaN breaks
    the line. Every point's cell is marked; the visible part of each segment longer than half
    a cell is sampled every half cell too, so no cell it crosses is missed, however far
    outside the view its ends lie. (A thousand runs of 500 epochs are mostly short segments:
    their points alone mark them.)"""
    ok = np.isfinite(px) & np.isfinite(py)
    mark_points(grid, px[ok], py[ok])
    starts = np.flatnonzero(ok[:-1] & ok[1:])
    x0, y0 = px[starts], py[starts]
    dx, dy = px[starts + 1] - x0, py[starts + 1] - y0
    long = np.abs(dx) + np.abs(dy) > CELL / 2
    x0, y0, dx, dy = x0[long], y0[long], dx[long], dy[long]
    height, width = grid.shape[0] * CELL, grid.shape[1] * CELL
    t0, t1 = visible_part(x0, y0, dx, dy, width, height)
    keep = t0 <= t1
    x0, y0, dx, dy, t0, t1 = (a[keep] for a in (x0, y0, dx, dy, t0, t1))
    length = (t1 - t0) * np.hypot(dx, dy)
    # Every half cell; sparser for a line longer than the budget allows (a thousand runs).
    spacing = max(CELL / 2, float(length.sum()) / max(budget, 1))
    steps = np.ceil(length / spacing).astype(np.int64) + 1
    which = np.repeat(np.arange(len(steps)), steps)
    k = np.arange(len(which)) - np.repeat(np.cumsum(steps) - steps, steps)
    t = t0[which] + (t1 - t0)[which] * k / np.repeat(np.maximum(steps - 1, 1), steps)
    mark_points(grid, x0[which] + t * dx[which], y0[which] + t * dy[which])


def mark_points(grid: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> None:
    """Mark the cells of the points (pixels) that lie in the view."""
    inside = (xs >= 0) & (ys >= 0) & (xs < grid.shape[1] * CELL) & (ys < grid.shape[0] * CELL)
    grid[(ys[inside] // CELL).astype(np.int64), (xs[inside] // CELL).astype(np.int64)] = True
