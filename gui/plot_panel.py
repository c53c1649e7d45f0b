"""The learning curves of every run in the session, the live one growing as it trains.

A run of 500 epochs can finish in a tenth of a second, so new epochs are only copied into
growing buffers and a timer redraws what changed, at most 30 times a second and spaced by what a
redraw costs (qt-pitfalls §4). The panel keeps no state of its own about runs: it draws what the
session holds and redraws what the session says has changed. Its own state is how to look at
them (the x axis, log axes, the noise), remembered between sessions.

Each redraw first plans the loss range (``gui.plot_range``): our runs decide it, a curve that
explodes beyond them is cut off and named. Reading values off a curve is ``gui.plot_hover``;
exporting the plot as a figure is ``gui.plot_export``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QImage, QPixmapCache
from PySide6.QtWidgets import QTabWidget, QToolTip, QVBoxLayout, QWidget

from gui import plot_export
from gui.language import Retranslatable
from gui.messages import hint_text, sklearn_label
from gui.plot_axes import PlotAxis, set_value_title
from gui.plot_clip import ClipOverlay, plan_cuts
from gui.plot_comparison import SKLEARN_COLOR, ComparisonCurve
from gui.plot_figure import DEFAULT_SCALE, FigureSpec
from gui.plot_legend import ACCURACY_CORNERS, LOSS_CORNERS, RunLegends, place_legend
from gui.plot_options import PlotOptions, axis_title, zoom_help
from gui.plot_range import empty_range, length_ratio
from gui.plot_readout import CurveReadouts
from gui.plot_view import PlotView
from gui.plot_widgets import PlotHint, TimedPlotWidget, plot_widget
from gui.run_curves import PICTURE_CACHE_KB, CurveLook, RunCurves
from gui.session import RunSession
from gui.tooltips import wrapped_tooltip

REDRAW_MS = 33
MAX_REDRAW_MS = 500  # even a huge run updates twice a second
# How long after a change the legends look for a free corner; longer while a run trains,
# because each look reads every drawn point.
PLACE_MS, LIVE_PLACE_MS = 250, 2000
EMPTY_PADDING = 0.04  # so the labels at the ends of an empty plot's axes show too
PACING = 8  # the time between redraws, in units of what one redraw costs


class PlotPanel(Retranslatable, QWidget):
    """Loss and accuracy tabs with the display options a student toggles while learning."""

    redrawn = Signal()

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.view = PlotView()
        self._legend_dirty = True
        self._clip_key: tuple | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.flush)
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.timeout.connect(self.place_legends)
        self._corners = (LOSS_CORNERS[0], ACCURACY_CORNERS[0])

        self.options = PlotOptions()
        self.options.log_y_toggled.connect(self.set_log_scale)
        self.options.log_x_toggled.connect(self.set_log_x)
        self.options.x_mode_chosen.connect(self.set_x_axis)
        self.options.noise_toggled.connect(self.set_noise_visible)
        self.options.sklearn_toggled.connect(self._show_comparison)
        self._loss_widget = plot_widget()
        self._acc_widget = plot_widget()
        legend_style = {
            "labelTextSize": "10pt",
            "labelTextColor": "#222222",
            "brush": pg.mkBrush(255, 255, 255, 235),
            "pen": pg.mkPen("#cccccc"),
            "verSpacing": -4,
        }
        self._loss_legend = self.loss_plot.addLegend(offset=(-10, 10), **legend_style)
        self._acc_legend = self.accuracy_plot.addLegend(offset=(-10, -10), **legend_style)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PICTURE_CACHE_KB))
        self._legends = RunLegends(self._loss_legend, self._acc_legend)
        self._curves = RunCurves(self.loss_plot, self.accuracy_plot)
        self._comparison = ComparisonCurve(self.loss_plot)
        self._clip = ClipOverlay(self.loss_plot, self._loss_legend)
        self._message = PlotHint(self.loss_plot, self._loss_legend)
        self._readouts = CurveReadouts(
            (self._loss_widget, self._acc_widget),
            self._curves,
            self.view,
            session.name,
            self._comparison.points,
            SKLEARN_COLOR,
        )

        self._tabs = QTabWidget()
        self._tabs.addTab(self._loss_widget, "")
        self._tabs.addTab(self._acc_widget, "")
        self._tabs.setCornerWidget(self.options.corner, Qt.Corner.TopRightCorner)
        self._tabs.currentChanged.connect(lambda _tab: self._place_timer.start(PLACE_MS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.options)
        layout.addWidget(self._tabs, 1)

        session.run_added.connect(self._on_run_added)
        session.records_added.connect(self._on_records)
        session.run_changed.connect(self._on_run_changed)
        session.run_removed.connect(self._on_run_removed)
        session.runs_reset.connect(self._on_reset)
        session.selection_changed.connect(self._on_selection)
        session.comparison.changed.connect(self._show_comparison)
        session.hint_changed.connect(self._show_hint)
        self._apply_axes()
        self.retranslate()
        self._on_reset()

    @property
    def loss_plot(self) -> pg.PlotItem:
        """The loss tab's plot, for callers (and tests) that need pyqtgraph itself."""
        return self._loss_widget.getPlotItem()

    @property
    def accuracy_plot(self) -> pg.PlotItem:
        return self._acc_widget.getPlotItem()

    def plot_widgets(self) -> tuple[TimedPlotWidget, TimedPlotWidget]:
        """The loss and accuracy tabs' widgets (to point the mouse at, in tests)."""
        return self._loss_widget, self._acc_widget

    def set_tab(self, tab: int) -> None:
        """Show the loss (0) or accuracy (1) tab."""
        self._tabs.setCurrentIndex(tab)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        """Set every visible string: labels, axis titles, the legend, the notes and the hint."""
        self._tabs.setTabText(0, self.tr("Loss"))
        self._tabs.setTabText(1, self.tr("Accuracy"))
        label_style = {"color": "#222222", "font-size": "11pt"}
        set_value_title(self.loss_plot, self.tr("loss"), **label_style)
        set_value_title(self.accuracy_plot, self.tr("accuracy"), **label_style)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", axis_title(self.view.x_mode), **label_style)
            # A scene item's tooltip bypasses the application's wrapping: wrap it here.
            plot.autoBtn.setToolTip(wrapped_tooltip(zoom_help(), QFontMetrics(QToolTip.font())))
        for widget in self.plot_widgets():
            widget.show_all_action.setText(self.tr("Show all curves (A)"))
        self._legend_dirty = True
        self._rebuild_legends()
        self._clip_key = None  # the note names runs in the language shown now
        self._plan_range()
        self._show_hint()

    def legend_texts(self, tab: int = 0) -> list[str]:
        """The legend's entries as shown on the loss (0) or accuracy (1) tab."""
        legend = (self._loss_legend, self._acc_legend)[tab]
        return [label.text for _sample, label in legend.items] if legend.isVisible() else []

    def axis_labels(self) -> list[str]:
        return [
            plot.getAxis(side).labelText
            for plot in (self.loss_plot, self.accuracy_plot)
            for side in ("top", "bottom")  # the y axis's title is written above it
        ]

    def message_text(self) -> str:
        """The hint shown on the loss plot, or "" when there is none."""
        return self._message.text()

    def clip_note(self) -> str:
        """The note naming the curves cut off at the top of the loss plot, or ""."""
        return self._clip.text()

    def readout_text(self, tab: int = 0) -> str:
        """The hover readout shown on a tab, as plain text, or "" when none is shown."""
        return self._readouts.text(tab)

    def hover_at(self, tab: int, x: float, y: float) -> str:
        """Show the readout as if the mouse were at data point (x, y) of a tab (raw values,
        not logs); returns its text. For scripts that cannot move a mouse."""
        return self._readouts.hover_at(tab, (self.loss_plot, self.accuracy_plot)[tab], x, y)

    # ------------------------------------------------------------------ the session

    @Slot(int)
    def _on_run_added(self, run_id: int) -> None:
        run = self._session.run(run_id)
        self._curves.add(run_id, run.color, run.style, run.records)
        self._curves.set_visible(run_id, run.visible)
        if run_id == self._session.live_id():
            self._curves.set_live(run_id)
            for plot in (self.loss_plot, self.accuracy_plot):
                # Back to following the curves if the user zoomed; asked again when it is on,
                # the range is recomputed and every cached curve picture drawn anew.
                if not all(plot.getViewBox().autoRangeEnabled()):
                    plot.enableAutoRange()
        self._changed(legend=True)

    @Slot(int, list)
    def _on_records(self, run_id: int, records: list) -> None:
        """Only copies numbers; the timer draws them, however fast the epochs come."""
        first = self._curves.epochs(run_id) == 0
        self._curves.extend(run_id, records)
        self._changed(legend=first)  # an empty run has no legend entry yet

    @Slot(int)
    def _on_run_changed(self, run_id: int) -> None:
        run = self._session.run(run_id)
        self._curves.set_visible(run_id, run.visible)
        self._clip_key = None  # a renamed run is named anew in the note
        if run_id == self._curves.live() and run.ended:
            self._curves.set_live(None)
            done, total = self._session.sweep_position()
            if done < total:  # the sweep's next run starts now: the next redraw shows both
                self._changed(legend=True)
                return
            self._legend_dirty = True
            self.flush()  # the run has ended: its last epochs show at once
            return
        self._changed(legend=True)

    @Slot(int)
    def _on_run_removed(self, run_id: int) -> None:
        if run_id in self._curves.ids():
            self._curves.remove(run_id)
        self._changed(legend=True)

    @Slot()
    def _on_reset(self) -> None:
        self._curves.clear()
        for run in self._session.runs():
            self._curves.add(run.run_id, run.color, run.style, run.records)
            self._curves.set_visible(run.run_id, run.visible)
        self._curves.set_live(self._session.live_id())
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.enableAutoRange()
        self._legend_dirty = True
        self.flush(force=True)

    @Slot(int)
    def _on_selection(self, run_id: int) -> None:
        self._curves.select(None if run_id < 0 else run_id)
        self._changed(legend=True)

    def _changed(self, legend: bool = False) -> None:
        self._legend_dirty = self._legend_dirty or legend
        if not self._timer.isActive():
            self._timer.start()

    # ------------------------------------------------------------------ drawing

    def flush(self, force: bool = False) -> None:
        """Draw what changed since the last redraw, now rather than at the next tick."""
        self._timer.stop()
        start = time.perf_counter()
        self._plan_range()
        self._curves.redraw()
        if self._legend_dirty or force:
            self._rebuild_legends()
        self._follow_lengths()
        self._range_empty_plots()
        # Settle the auto-range now: left to the paint, it changes the axes during the paint
        # and Qt paints the plot a second time, doubling the cost of every redraw.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getViewBox().prepareForPaint()
        self._pace(time.perf_counter() - start)
        live = self._curves.live() is not None
        # With many runs a look costs tens of ms: not while one trains (it stalls the plot).
        if not self._place_timer.isActive() and not (live and len(self._curves.ids()) > 24):
            self._place_timer.start(LIVE_PLACE_MS if live else PLACE_MS)
        self.redrawn.emit()

    def _pace(self, update_seconds: float) -> None:
        """Space redraws so that drawing takes at most an eighth of the time. Painting holds
        the GIL, so the training thread stands still while the plot is drawn."""
        view = self._tabs.currentWidget()
        paint = view.last_paint_seconds if isinstance(view, TimedPlotWidget) else 0.0
        cost_ms = (update_seconds + paint) * 1000
        self._timer.setInterval(int(min(max(REDRAW_MS, PACING * cost_ms), MAX_REDRAW_MS)))

    def _plan_range(self) -> None:
        """Our runs decide the loss range; what explodes beyond them is cut off, marked and
        named. Planned from each curve's kept maximum, so it costs little per redraw."""
        comparison = self._comparison.planned()
        key = (self._curves.version, self.view.log_y, id(self._comparison.loss), bool(comparison))
        if key == self._clip_key:
            return
        level, cut = plan_cuts(self._curves, self._session.name, comparison, self.view.log_y)
        self._curves.set_clip(level)
        self._clip_key = (self._curves.version, *key[1:])  # set_clip may have touched curves
        self._comparison.draw(level)
        self._clip.show(cut, level)

    def _follow_lengths(self) -> None:
        """Runs of very different lengths on one axis: log x by default (until the student
        chooses for this axis), else a link that offers it."""
        ratio = length_ratio(self._curves.ends())
        if self.view.follow(ratio):
            self._apply_axes()
        self.options.offer_log_x(self.view.offer(ratio))

    def _range_empty_plots(self) -> None:
        """With nothing to draw, ranges a student expects: epochs 0 to 10, loss 0 to 1 (0.01
        to 1 on a log axis), rather than whatever pyqtgraph last had."""
        if self._curves.shown_ids() or self._comparison.shown():
            return
        x = empty_range(self.view.log_x, self.view.whole_x())
        for plot, y in (
            (self.loss_plot, empty_range(self.view.log_y, False)),
            (self.accuracy_plot, (0.0, 1.0)),
        ):
            view = plot.getViewBox()
            view.setRange(xRange=x, yRange=y, padding=EMPTY_PADDING)
            view.enableAutoRange()  # follow the first curve that comes

    def point_count(self) -> int:
        """Points in the live run's training-loss curve as last drawn (not as appended)."""
        return self._curves.point_count()

    def curve_look(self, run_id: int) -> CurveLook:
        """How a run's curves are drawn now: colours, line styles, width, opacity."""
        return self._curves.look(run_id)

    def curve_data(self, run_id: int, curve: str) -> tuple[np.ndarray, np.ndarray]:
        """A run's curve ("train_loss", "val_acc" …) against the current x axis, as the
        run holds it (not cut off)."""
        return self._curves.data(run_id, curve)

    def clip_level(self) -> float:
        """The loss above which curves are cut off (``plot_range.MAX_DRAWN`` when none is)."""
        return self._curves.clip()

    def place_legends(self) -> None:
        """Move each legend to a corner where it covers no curve; the clip note then takes
        the room the legend leaves at the top."""
        self._place_timer.stop()
        self._corners = (
            place_legend(self.loss_plot, self._loss_legend, LOSS_CORNERS),
            place_legend(self.accuracy_plot, self._acc_legend, ACCURACY_CORNERS),
        )
        self._clip.place()
        self._message.place()

    def legend_corner(self, tab: int = 0) -> tuple[float, float]:
        """Where a tab's legend is anchored: (1, 0) is the top right, (0, 1) the bottom left."""
        return self._corners[tab]

    def _rebuild_legends(self) -> None:
        self._legend_dirty = False
        extras = []
        if self._comparison.shown():
            stale = self._session.comparison.state().stale
            extras.append((self._comparison.item, sklearn_label(stale)))
        if self._curves.noise_item().isVisible():
            extras.append((self._curves.noise_item(), self.tr("mini-batch losses")))
        self._legends.update(self._session, self._curves, extras)
        self._message.place()

    # ------------------------------------------------------------------ options

    def set_x_axis(self, mode: str) -> None:
        """Plot against epochs, weight updates, samples seen or seconds: with different batch
        sizes, runs that look equal per epoch differ per update, and the other way round."""
        if mode == self.view.x_mode:
            self.options.show_state(mode, self.view.log_x, self.view.log_y)
            return
        PlotView.check_mode(mode)
        self._curves.set_x_mode(mode)
        self.view.set_x_mode(mode, length_ratio(self._curves.ends()))
        self._apply_axes()
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", axis_title(self.view.x_mode))
        self._show_comparison()
        self.flush(force=True)

    def x_axis(self) -> str:
        return self.view.x_mode

    def set_log_scale(self, on: bool) -> None:
        """Log y on the loss plot: late in a run the loss changes by thousandths, invisible on
        a linear axis that must also hold the first epoch's loss."""
        self.view.log_y = on
        self._apply_axes()
        self.flush(force=True)

    def log_scale(self) -> bool:
        return self.view.log_y

    def set_log_x(self, on: bool) -> None:
        """Log x on both plots, remembered for the current x axis."""
        self.view.choose_log_x(on)
        self._apply_axes()
        self.flush(force=True)

    def log_x(self) -> bool:
        return self.view.log_x

    def _apply_axes(self) -> None:
        """Put the log modes and tick rules on both plots, and follow the curves again."""
        view = self.view
        self.options.show_state(view.x_mode, view.log_x, view.log_y)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLogMode(x=view.log_x, y=view.log_y and plot is self.loss_plot)
            bottom = plot.getAxis("bottom")
            if isinstance(bottom, PlotAxis):
                bottom.set_whole_numbers(view.whole_x())
            plot.enableAutoRange()
        self._clip_key = None

    def set_noise_visible(self, on: bool) -> None:
        """Show every mini-batch's loss of the latest run as a faint trace: the zig-zag is
        what "stochastic" means in the book's section 6-3."""
        self.options.show_noise(on)
        self._curves.show_noise(on)
        self._legend_dirty = True
        self.flush(force=True)

    def set_sklearn_visible(self, on: bool) -> None:
        self.options.sklearn_box.setChecked(on)

    def sklearn_shown(self) -> bool:
        return self._comparison.shown()

    @Slot()
    def _show_comparison(self) -> None:
        """MLPClassifier's ``loss_curve_`` (one value per epoch) beside ours, faded when it
        belongs to earlier settings; it only exists per epoch, so other x axes hide it."""
        comparison = self._session.comparison.state()
        theirs = comparison.theirs if comparison.state == "done" else None
        loss = np.asarray(theirs.loss_curve if theirs is not None else (), dtype=float)
        box = self.options.sklearn_box
        box.setEnabled(len(loss) > 0)
        shown = box.isChecked() and self.view.x_mode == "epoch"
        self._comparison.set(loss, comparison.stale, shown)
        self._clip_key = None
        self._changed(legend=True)

    # ------------------------------------------------------------------ settings

    def restore_settings(self, settings: QSettings) -> None:
        """The x axis and log axes chosen last time (each x axis keeps its own log choice)."""
        mode = self.view.restore(settings)
        self.view.x_mode = ""  # so that set_x_axis applies it, even "epoch"
        self.set_x_axis(mode)

    def save_settings(self, settings: QSettings) -> None:
        self.view.save(settings)

    @Slot()
    def _show_hint(self) -> None:
        """A hint across the loss plot ("learning rate probably too high"), in today's words."""
        hint = self._session.hint()
        self._message.show(None if hint is None else hint_text(hint))

    # ------------------------------------------------------------------ figures

    def figure_spec(self) -> FigureSpec:
        """The current tab as a figure: its curves, ranges, legend, note and a title."""
        self.flush(force=True)
        tab = self._tabs.currentIndex()
        runs = [self._session.run(run_id) for run_id in self._curves.shown_ids()]
        return plot_export.figure_spec(
            (self.loss_plot, self.accuracy_plot)[tab],
            (self._loss_legend, self._acc_legend)[tab],
            [(run.data, run.hp) for run in runs],
            note=self._clip.text() if tab == 0 else "",
            whole_x=self.view.whole_x(),
            corners=(LOSS_CORNERS, ACCURACY_CORNERS)[tab],
        )

    def export_png(self, path: str, scale: int = DEFAULT_SCALE, inputs: Iterable[str] = ()) -> None:
        """The current tab as a figure PNG at ``scale`` (1, 2 or 3); OSError naming ``path``,
        also when it is one of ``inputs`` (the data files read)."""
        plot_export.save_png(path, self.figure_spec, scale, inputs)

    def export_svg(self, path: str, inputs: Iterable[str] = ()) -> None:
        """The current tab as a figure in SVG; OSError naming ``path`` (or one of ``inputs``)."""
        plot_export.save_svg(path, self.figure_spec, inputs)

    def figure_image(self, scale: int = DEFAULT_SCALE) -> QImage:
        """The current tab as a figure, for the clipboard."""
        return plot_export.figure_image(self.figure_spec(), scale)
