"""Every run's curves on the loss and accuracy plots, drawn so that a thousand runs cost about
what twenty-four do.

The live run has its own four line items, redrawn from growing buffers at up to 30 Hz. Ended runs
are drawn in groups: all runs of one colour and line style share four line items, their points
joined into one array with a NaN between runs (pyqtgraph breaks the line there). A plot then holds
at most 24 groups of items whatever the number of runs, so adding, painting and ranging stay
cheap (one item per run made opening 800 runs take 20 s, and every later redraw slow). Changing a
run touches only its group, which is rebuilt at the next redraw.

One run alone is drawn like the book's figure, training blue and validation orange. A selected
run is drawn again on top, thicker, and everything else fades. Losses are drawn up to the clip
level the plot sets (``gui.plot_range``); each run keeps its curves' highest and lowest loss up
to date as it grows, so the level is planned without walking the points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from engine.curves import epoch_batch_losses
from engine.training import EpochRecord
from gui.plot_range import MAX_DRAWN, CurveStats, clipped, stats_of
from gui.run_traces import (
    CURVES,
    FIELDS,
    LOSSES,
    X_MODES,
    CurveLook,
    Trace,
    batch_positions,
    grown,
    line,
    record_rows,
    set_pen,
)
from gui.session_runs import TRAIN_STYLE, VAL_STYLE, family_color

TRAIN_COLOR = "#1f77b4"
VAL_COLOR = "#ff7f0e"
NOISE_ALPHA = 70  # the run's training colour, faint: noise, not a curve to follow
FADED_ALPHA = 60
LIVE_WIDTH = 2.0
RUN_WIDTH = 1.5
HIGHLIGHT_WIDTH = 3.5
BOOK = ("book", 0)  # the group key of a run drawn alone
# Ended runs are drawn antialiased up to this many; beyond, without: antialiased, a thousand
# runs took 1.4 s to paint (and a live run repaints them at every redraw), plain 0.1 s.
SMOOTH_RUNS = 24
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
# Qt keeps item pictures in QPixmapCache (10 MB by default, a single full-screen curve at 4K);
# 24 cached groups at 1280 x 800 need about 30 MB.
PICTURE_CACHE_KB = 128 * 1024


@dataclass
class Group:
    """All ended runs of one look, drawn by four items (one per curve)."""

    items: tuple[pg.PlotDataItem, ...]
    members: dict[int, None] = field(default_factory=dict)  # run ids, in order
    dirty: bool = True


class RunCurves:
    """The runs' line items on two plots. Callers say what changed; ``redraw`` draws it."""

    def __init__(self, loss_plot: pg.PlotItem, acc_plot: pg.PlotItem) -> None:
        self._plots = (loss_plot, loss_plot, acc_plot, acc_plot)  # in the order of CURVES
        self._traces: dict[int, Trace] = {}
        self._groups: dict[tuple[str, int], Group] = {}
        self._live: int | None = None
        self._alone: int | None = None
        self._selected: int | None = None
        self._x = 0
        self._clip = MAX_DRAWN
        # Count changes of what is drawn where, for readers that cache: every change, and
        # every change but the live run's new epochs.
        self.version = self.ended_version = 0
        self._live_items = self._make_items(TRAIN_COLOR, LIVE_WIDTH, 0)
        self._live_dirty = False
        self._membership_dirty = False
        self._highlight_dirty = False
        self._noise_dirty = False
        self._smooth = True
        self._highlight = self._make_items(TRAIN_COLOR, HIGHLIGHT_WIDTH, 0)
        for item in self._highlight:
            item.setZValue(50)
        self._noise = line(TRAIN_COLOR, 1, alpha=NOISE_ALPHA)
        self._noise.setZValue(-1)
        loss_plot.addItem(self._noise)
        self._noise_run: int | None = None
        self._noise_rows = np.empty((0, 5))
        self._noise_n = self._noise_epochs = 0
        self._noise_shown = False

    def _make_items(self, color: str, width: float, style: int) -> tuple[pg.PlotDataItem, ...]:
        color = family_color(color, style)
        items = tuple(
            line(color, width, TRAIN_STYLE if i % 2 == 0 else VAL_STYLE) for i in range(len(CURVES))
        )
        for plot, item in zip(self._plots, items, strict=True):
            plot.addItem(item)
        return items

    # ------------------------------------------------------------------ what changed

    def add(self, run_id: int, color: str, style: int, records: list[EpochRecord]) -> None:
        rows = record_rows(records)
        losses = tuple(stats_of(rows[:, FIELDS.index(name)]) for name in LOSSES)
        self._traces[run_id] = Trace(color, style, records, rows, len(rows), losses=losses)
        self._membership_dirty = True
        self.version += 1
        self.ended_version += 1

    def set_live(self, run_id: int | None) -> None:
        """``run_id`` trains now (None: no run trains); an ended run joins its group."""
        if self._live is not None and self._live in self._traces:
            self._live_dirty = True
        self._live = run_id
        if run_id is not None and run_id != self._noise_run:
            self._noise_run = run_id
            self._reset_noise()
        self._live_dirty = self._membership_dirty = True
        self.version += 1
        self.ended_version += 1

    def extend(self, run_id: int, records: Sequence[EpochRecord]) -> None:
        trace = self._traces[run_id]
        if trace.n == 0:  # an empty run is no run: now it may change who is alone
            self._membership_dirty = True
        trace.grow(record_rows(records))
        self._touch(run_id)

    def set_visible(self, run_id: int, visible: bool) -> None:
        trace = self._traces[run_id]
        if trace.visible != visible:
            trace.visible = visible
            self._touch(run_id)
            self._membership_dirty = True

    def remove(self, run_id: int) -> None:
        self._touch(run_id)
        trace = self._traces.pop(run_id)
        if trace.group is not None:
            del self._groups[trace.group].members[run_id]
        if run_id == self._noise_run:
            self._noise_run = None
            self._reset_noise()
        self._membership_dirty = True

    def clear(self) -> None:
        for run_id in list(self._traces):
            self.remove(run_id)
        self._live = None

    def select(self, run_id: int | None) -> None:
        self._selected = run_id if run_id in self._traces else None
        self._touch_all()

    def set_x_mode(self, mode: str) -> None:
        self._x = X_MODES.index(mode)
        self._noise_epochs = self._noise_n = 0
        self._touch_all()

    def show_noise(self, on: bool) -> None:
        self._noise_shown = on
        self._noise_dirty = True

    def set_clip(self, level: float) -> None:
        """Draw losses above ``level`` at ``level`` (``MAX_DRAWN``: none is cut off)."""
        if level != self._clip:
            self._clip = level
            self._touch_all()

    def clip(self) -> float:
        return self._clip

    def _touch_all(self) -> None:
        self._live_dirty = self._highlight_dirty = self._noise_dirty = True
        self.version += 1
        self.ended_version += 1
        for group in self._groups.values():
            group.dirty = True

    def _touch(self, run_id: int) -> None:
        """Redraw what shows ``run_id`` at the next ``redraw``."""
        self.version += 1
        if run_id != self._live:
            self.ended_version += 1
        trace = self._traces[run_id]
        if run_id == self._live:
            self._live_dirty = True
        elif trace.group is not None:
            self._groups[trace.group].dirty = True
        if run_id == self._selected:
            self._highlight_dirty = True
        if run_id == self._noise_run:
            self._noise_dirty = True

    # ------------------------------------------------------------------ reading

    def ids(self) -> list[int]:
        return list(self._traces)

    def live(self) -> int | None:
        return self._live

    def epochs(self, run_id: int) -> int:
        """How many epochs of the run the plot holds."""
        return self._traces[run_id].n

    def shown_ids(self) -> list[int]:
        """Runs with points on the plot, in order."""
        return [i for i, trace in self._traces.items() if trace.visible and trace.n]

    def loss_stats(self) -> list[tuple[int, str, CurveStats]]:
        """(run id, "train_loss" or "val_loss", its stats) for every shown run."""
        return [
            (run_id, name, stats)
            for run_id in self.shown_ids()
            for name, stats in zip(LOSSES, self._traces[run_id].losses, strict=True)
        ]

    def ends(self) -> list[float]:
        """The last x of every shown run on the current x axis."""
        traces = [self._traces[run_id] for run_id in self.shown_ids()]
        return [float(trace.rows[trace.n - 1, self._x]) for trace in traces]

    def stacked(self, curves: Sequence[str], run_ids: Sequence[int]) -> tuple[np.ndarray, ...]:
        """The points of ``curves`` of ``run_ids`` in one set of arrays, for finding the point
        nearest the mouse: x, y, the run's id, the row (epoch index) of each point and which
        of ``curves`` it is on."""
        pieces: list[list[np.ndarray]] = [[], [], [], [], []]
        for run_id in run_ids:
            trace = self._traces[run_id]
            table = trace.rows[: trace.n]
            for kind, curve in enumerate(curves):
                columns = (
                    table[:, self._x],
                    table[:, FIELDS.index(curve)],
                    np.full(trace.n, run_id),
                    np.arange(trace.n),
                    np.full(trace.n, kind),
                )
                for piece, column in zip(pieces, columns, strict=True):
                    piece.append(column)
        if not pieces[0]:
            return (np.empty(0), np.empty(0), *(np.empty(0, dtype=int) for _ in range(3)))
        return tuple(np.concatenate(piece) for piece in pieces)

    def record(self, run_id: int, row: int) -> EpochRecord:
        """The record behind point ``row`` of a run."""
        return self._traces[run_id].records[row]

    def look(self, run_id: int) -> CurveLook:
        """How ``run_id`` is drawn: thick if selected, faded if another run is."""
        trace = self._traces[run_id]
        if run_id == self._selected:
            return self._look(trace.color, trace.style, run_id == self._alone, HIGHLIGHT_WIDTH, 255)
        width = LIVE_WIDTH if run_id == self._live else RUN_WIDTH
        return self._look(trace.color, trace.style, run_id == self._alone, width, self._alpha())

    def _alpha(self) -> int:
        return FADED_ALPHA if self._selected is not None else 255

    @staticmethod
    def _look(color: str, style: int, alone: bool, width: float, alpha: int) -> CurveLook:
        if alone:
            return CurveLook(TRAIN_COLOR, VAL_COLOR, "solid", "dash", width, alpha)
        color = family_color(color, style)
        return CurveLook(color, color, TRAIN_STYLE, VAL_STYLE, width, alpha)

    def data(self, run_id: int, curve: str) -> tuple[np.ndarray, np.ndarray]:
        """A run's curve ("train_loss", "val_acc" …) against the current x axis."""
        trace = self._traces[run_id]
        rows = trace.rows[: trace.n]
        return rows[:, self._x].copy(), rows[:, FIELDS.index(curve)].copy()

    def point_count(self) -> int:
        """Points in the live run's training loss as last drawn."""
        x, _ = self._live_items[0].getOriginalDataset()
        return 0 if x is None else len(x)

    # ------------------------------------------------------------------ drawing

    def redraw(self) -> None:
        """Draw what changed since the last call."""
        if self._membership_dirty:
            self._membership_dirty = False
            shown = self.shown_ids()
            smooth = len(shown) <= SMOOTH_RUNS
            if smooth != self._smooth:
                self._smooth = smooth
                self._touch_all()
            alone = shown[0] if len(shown) == 1 else None
            if alone != self._alone:
                for run_id in (alone, self._alone):
                    if run_id is not None and run_id in self._traces:
                        self._touch(run_id)
                self._alone = alone
            self._regroup()
        for key, group in self._groups.items():
            if group.dirty:
                self._draw_group(key, group)
        if self._live_dirty:
            self._draw_live()
        if self._highlight_dirty:
            self._draw_highlight()
        if self._noise_dirty:
            self._draw_noise()

    def _regroup(self) -> None:
        """Put each ended run in the group of its current look."""
        for run_id, trace in self._traces.items():
            key = None if run_id == self._live else self._key(run_id, trace)
            if key != trace.group:
                if trace.group is not None:
                    group = self._groups[trace.group]
                    del group.members[run_id]
                    group.dirty = True
                if key is not None:
                    group = self._groups.get(key)
                    if group is None:
                        style = 0 if key == BOOK else key[1]
                        group = Group(self._make_items(TRAIN_COLOR, RUN_WIDTH, style))
                        for item in group.items:
                            # Clipping to the view and downsampling assume one curve with
                            # sorted x, and redo the data at every change of range: a group
                            # holds many runs, each drawn in full, kept as a picture.
                            item.setClipToView(False)
                            item.setDownsampling(ds=1, auto=False)
                        self._groups[key] = group
                    group.members[run_id] = None
                    group.dirty = True
                trace.group = key

    def _key(self, run_id: int, trace: Trace) -> tuple[str, int]:
        return BOOK if run_id == self._alone else (trace.color.upper(), trace.style)

    def _draw_group(self, key: tuple[str, int], group: Group) -> None:
        group.dirty = False
        members = [self._traces[i] for i in group.members if self._traces[i].visible]
        color, style = (TRAIN_COLOR, 0) if key == BOOK else key
        look = self._look(color, style, key == BOOK, RUN_WIDTH, self._alpha())
        for column, item in enumerate(group.items):
            item.opts["antialias"] = self._smooth
            # Many broken lines are the slowest thing to draw (a thousand runs' validation
            # curves, 0.1 s): kept as a picture while the live run redraws around them.
            broken = look.val_style if column % 2 else look.train_style
            cache = not self._smooth and broken != "solid"
            item.curve.setCacheMode(CACHED if cache else QGraphicsItem.CacheMode.NoCache)
            if not members:
                item.setData([], [])
                continue
            pieces_x, pieces_y = [], []
            for trace in members:
                rows = trace.rows[: trace.n]
                pieces_x += [rows[:, self._x], [np.nan]]
                pieces_y += [rows[:, 4 + column], [np.nan]]
            y = np.concatenate(pieces_y)
            item.setData(np.concatenate(pieces_x), self._drawn(column, y))
            self._apply_look(item, column, look)

    @staticmethod
    def _apply_look(item: pg.PlotDataItem, column: int, look: CurveLook) -> None:
        train = column % 2 == 0
        color = look.train_color if train else look.val_color
        style = look.train_style if train else look.val_style
        set_pen(item, color, look.width, style, look.alpha)

    def _draw_live(self) -> None:
        self._live_dirty = False
        live = self._live
        trace = self._traces.get(live) if live is not None else None
        if trace is not None:
            look = self._look(
                trace.color, trace.style, live == self._alone, LIVE_WIDTH, self._alpha()
            )
            self._draw_items(self._live_items, trace, look)
        else:
            self._draw_items(self._live_items, None, None)

    def _draw_highlight(self) -> None:
        self._highlight_dirty = False
        selected = self._selected
        trace = self._traces.get(selected) if selected is not None else None
        self._draw_items(self._highlight, trace, None if trace is None else self.look(selected))

    def _draw_items(
        self, items: tuple[pg.PlotDataItem, ...], trace: Trace | None, look: CurveLook | None
    ) -> None:
        """One run's four curves on ``items``; empty for no run or a hidden one."""
        for column, item in enumerate(items):
            if trace is None or look is None or not trace.visible:
                item.setData([], [])
                continue
            rows = trace.rows[: trace.n]
            item.setData(rows[:, self._x], self._drawn(column, rows[:, 4 + column]))
            self._apply_look(item, column, look)

    def _drawn(self, column: int, y: np.ndarray) -> np.ndarray:
        """The values of curve ``column`` as drawn: losses up to the clip level."""
        return clipped(y, self._clip) if CURVES[column] in LOSSES else y

    def _reset_noise(self) -> None:
        self._noise_rows = np.empty((1024, 5))
        self._noise_n = self._noise_epochs = 0
        self._noise.setData([], [])
        self._noise_dirty = True

    def _draw_noise(self) -> None:
        """The faint per-batch losses of the latest run; positions are computed, for the
        epochs not yet placed, only while the trace is shown (it can hold ten times the
        points of the epoch curve)."""
        self._noise_dirty = False
        trace = self._traces.get(self._noise_run) if self._noise_run is not None else None
        self._noise.setVisible(self._noise_shown and trace is not None and trace.visible)
        if not self._noise.isVisible() or trace is None:
            return
        records = trace.records
        if self._noise_epochs == 0:
            self._noise_n = 0
        for index in range(self._noise_epochs, trace.n):
            record = records[index]
            losses = epoch_batch_losses(record)
            k = len(losses)
            if k:
                previous = records[index - 1] if index else None
                self._noise_rows = grown(self._noise_rows, self._noise_n + k)
                block = self._noise_rows[self._noise_n : self._noise_n + k]
                block[:, :4] = batch_positions(record, previous)
                block[:, 4] = losses
                self._noise_n += k
        self._noise_epochs = trace.n
        noise = self._noise_rows[: self._noise_n]
        look = self.look(self._noise_run)
        set_pen(self._noise, look.train_color, 1, "solid", NOISE_ALPHA)
        self._noise.setData(noise[:, self._x], clipped(noise[:, 4], self._clip))

    def noise_item(self) -> pg.PlotDataItem:
        return self._noise

    def noise_run(self) -> int | None:
        return self._noise_run
