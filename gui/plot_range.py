"""What the loss plot's range is decided by, as plain arithmetic (no Qt): which curves are drawn
in full, where an exploding one is cut off, and the ranges of an empty plot.

At learning rate 1000, MLPClassifier's loss climbs to 22 000 while ours stays below 1: an
auto-range that holds both flattens every one of our curves into a line at 0. So the curves are
sorted by their highest loss, and the first jump by more than ``GAP`` times separates the curves
that decide the range from those that explode beyond it. An exploding curve is drawn up to a
level a little above the others and marked there; the plot names it and its true maximum. Our
runs decide: the comparison's curve is drawn in full only when it stays within a few times
their reach.

pyqtgraph cannot draw every float either: a loss near 1e308 on a log axis made its tick code
run for minutes. Nothing above ``MAX_DRAWN`` reaches it, whatever the plan.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

GAP = 20.0  # a curve whose highest loss is this many times the rest's is clipped
OTHERS_REACH = 3.0  # the comparison may reach this many times our highest loss
MAX_DRAWN = 1e300  # the largest value handed to pyqtgraph (a float goes up to 1.8e308)
HEADROOM = 0.06  # where the clip line sits above the kept curves, as a share of their span
MAX_MARKERS = 12  # per curve: one at the peak of each clipped stretch, up to this many


@dataclass(frozen=True)
class CurveStats:
    """A curve's first value, its highest finite value and its lowest positive one (NaN when
    it has none): enough to plan the range and word the note without looking at the points
    again."""

    first: float = math.nan
    top: float = math.nan
    low: float = math.nan

    def merged(self, values: np.ndarray) -> CurveStats:
        """These stats and ``values`` together: a growing curve is updated by its new points."""
        first = float(values[0]) if math.isnan(self.first) and len(values) else self.first
        finite = values[np.isfinite(values)]
        if not len(finite):
            return CurveStats(first, self.top, self.low)
        positive = finite[finite > 0]
        top = float(finite.max())
        low = float(positive.min()) if len(positive) else math.nan
        return CurveStats(first, _max(self.top, top), _min(self.low, low))

    def diverged(self) -> bool:
        """The curve climbed far above where it started: it diverged, rather than starting
        high (a large penalty) or belonging to other data."""
        return not math.isfinite(self.first) or self.top > GAP * self.first


def _max(a: float, b: float) -> float:
    return b if math.isnan(a) else a if math.isnan(b) else max(a, b)


def _min(a: float, b: float) -> float:
    return b if math.isnan(a) else a if math.isnan(b) else min(a, b)


def stats_of(values: np.ndarray) -> CurveStats:
    return CurveStats().merged(np.asarray(values, dtype=float))


def clip_level(ours: Sequence[CurveStats], others: Sequence[CurveStats], log: bool) -> float:
    """The level above which curves are cut off: ``MAX_DRAWN`` when no curve explodes.

    ``ours`` decide the range; ``others`` (the comparison) may stretch it to ``OTHERS_REACH``
    times their reach, no further. Without any of ours, the others decide among themselves."""
    ours = [s for s in ours if s.top > 0]
    others = [s for s in others if s.top > 0]
    deciding = ours or others
    if not deciding:
        return MAX_DRAWN
    tops = sorted(_drawn_top(s) for s in deciding)
    reach = tops[0]
    for top in tops[1:]:
        if top > GAP * reach:
            break
        reach = top
    limits = [(s, GAP * reach) for s in ours]
    limits += [(s, (OTHERS_REACH if ours else GAP) * reach) for s in others]
    if all(s.top <= limit for s, limit in limits):
        return MAX_DRAWN
    highest = max(_drawn_top(s) for s, limit in limits if _drawn_top(s) <= limit)
    if not log:
        return min(highest * (1 + HEADROOM), MAX_DRAWN)
    lows = [s.low for s, limit in limits if s.low > 0 and _drawn_top(s) <= limit]
    decades = math.log10(highest / min(lows)) if lows else 1.0
    return min(highest * 10 ** (HEADROOM * max(decades, 0.5)), MAX_DRAWN)


def _drawn_top(stats: CurveStats) -> float:
    """A curve's top as far as it can be drawn: nothing goes above ``MAX_DRAWN``."""
    return min(stats.top, MAX_DRAWN)


def clipped(values: np.ndarray, level: float) -> np.ndarray:
    """``values`` with everything above ``level`` (and every infinity) at ``level``; NaN stays
    NaN, where a line breaks."""
    return np.minimum(values, level)


def peaks_above(x: np.ndarray, y: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Where to mark a clipped curve: the x of the highest point of each stretch above
    ``level`` (the first ``MAX_MARKERS`` stretches), and their true values."""
    above = np.nan_to_num(y, nan=-np.inf) > level
    if not above.any():
        return np.empty(0), np.empty(0)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], above.astype(np.int8), [0]))))
    starts, ends = edges[0::2], edges[1::2]
    xs, ys = [], []
    for start, end in zip(starts[:MAX_MARKERS], ends[:MAX_MARKERS], strict=True):
        stretch = np.nan_to_num(y[start:end], nan=-np.inf, posinf=np.finfo(float).max)
        peak = start + int(np.argmax(stretch))
        xs.append(x[peak])
        ys.append(y[peak])
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def length_ratio(ends: Sequence[float]) -> float:
    """How many times the longest curve's last x is the shortest's (1 for fewer than two):
    beyond about 20, the short curves are squeezed into the first few percent of the axis."""
    positive = [e for e in ends if e > 0 and math.isfinite(e)]
    if len(positive) < 2:
        return 1.0
    return max(positive) / min(positive)


def empty_range(log: bool, whole_numbers: bool) -> tuple[float, float]:
    """The range of an axis with nothing on it, in pyqtgraph's view units (log10 on a log
    axis): 0 to 10 for counts, 0 to 1 otherwise, 0.01 to 1 on a log axis, so an empty plot
    never shows fractional epochs or a loss axis from 10⁻⁴ to 3."""
    if log:
        return (0.0, 1.0) if whole_numbers else (-2.0, 0.0)
    return (0.0, 10.0) if whole_numbers else (0.0, 1.0)
