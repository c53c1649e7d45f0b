"""The plots' axes: whole ticks for counts, readable log labels, sane empty ranges, and axis
titles that never run into a tick label."""

import numpy as np
import pytest
from plot_fixtures import made_up_run, named_runs
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture

from gui.plot_axes import decade_text, log_tick_text


def drawn_ticks(axis):
    """What the axis draws now: its tick label rectangles and texts (axis coordinates),
    measured on the kind of device it paints on (a QPicture, replayed on screen)."""
    picture = QPicture()
    painter = QPainter(picture)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in specs[2]]


def tick_values(axis):
    return [float(t.replace("\u2009", "")) for _, t in drawn_ticks(axis) if t]


def test_decades_read_as_plain_numbers():
    assert [decade_text(p) for p in (-3, -1, 0, 2, 4, 6, -5)] == [
        "0.001", "0.1", "1", "100", "10\u2009000", "10⁶", "10⁻⁵",
    ]  # fmt: skip
    assert log_tick_text(np.log10(0.2), minor_labels=True) == "0.2"
    assert log_tick_text(np.log10(0.3), minor_labels=True) == ""  # only 1s, 2s and 5s
    assert log_tick_text(np.log10(0.2), minor_labels=False) == ""


def test_an_empty_plot_counts_whole_epochs_and_a_sane_loss_range(shown_panel):
    panel = shown_panel
    for plot in (panel.loss_plot, panel.accuracy_plot):
        (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
        assert x0 == pytest.approx(-0.4) and x1 == pytest.approx(10.4)
        assert y0 == pytest.approx(-0.04) and y1 == pytest.approx(1.04)
        values = tick_values(plot.getAxis("bottom"))
        assert {0, 10} <= set(values) and all(v == int(v) for v in values), values
    panel.set_log_scale(True)
    y0, y1 = panel.loss_plot.getViewBox().viewRange()[1]
    assert y0 == pytest.approx(-2.08) and y1 == pytest.approx(0.08)  # not -4 to 0.5
    # Two decades in 400 pixels: room for the 2s and 5s too, and nothing else.
    assert sorted(tick_values(panel.loss_plot.getAxis("left"))) == [
        0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0,
    ]  # fmt: skip
    panel.set_noise_visible(True)  # nothing to show yet: no legend entry for it
    panel.flush()
    assert panel.legend_texts() == [] and not panel.loss_plot.legend.isVisible()


def test_few_epochs_or_updates_get_whole_ticks_seconds_do_not(shown_panel, session):
    session.load(named_runs(("short", 32, made_up_run(3))))
    shown_panel.flush()
    for mode in ("epoch", "updates", "samples"):
        shown_panel.set_x_axis(mode)
        values = tick_values(shown_panel.loss_plot.getAxis("bottom"))
        assert values and all(v == int(v) for v in values), (mode, values)
    shown_panel.set_x_axis("seconds")
    assert any(v != int(v) for v in tick_values(shown_panel.loss_plot.getAxis("bottom")))


@pytest.mark.parametrize("log", [False, True])
def test_axis_titles_never_overlap_tick_labels(shown_panel, session, qtbot, log):
    """A loss up to 22 000 makes the widest tick labels ("22 000"): the left axis widens."""
    session.load(named_runs(("huge", 32, made_up_run(50, scale=30_000))))
    shown_panel.set_log_scale(log)
    shown_panel.set_x_axis("samples")
    shown_panel.flush()

    def apart(axis) -> bool:
        shown_panel.grab()  # the axis measures its labels while painting, then makes room
        labels = QRectF()
        for rect, _ in drawn_ticks(axis):
            labels = labels.united(rect)
        # The y axis's title is written level above it, by the top axis.
        label = axis.label if axis.label.isVisible() else titles[axis].label
        title = axis.mapRectFromItem(label, label.boundingRect())
        return not labels.isEmpty() and not title.intersects(labels)

    titles = {}
    for plot in (shown_panel.loss_plot, shown_panel.accuracy_plot):
        titles[plot.getAxis("left")] = titles[plot.getAxis("bottom")] = plot.getAxis("top")
    for axis in titles:
        qtbot.waitUntil(lambda axis=axis: apart(axis), timeout=3000)
    texts = [t for _, t in drawn_ticks(shown_panel.loss_plot.getAxis("left"))]
    assert any("000" in t for t in texts) or log, texts


def level_title_above(plot) -> str:
    """The y axis's title if it is written level above the plotting area, else ""."""
    title = plot.getAxis("top").label
    view = plot.getViewBox()
    box = title.mapRectToScene(title.boundingRect())
    above = box.bottom() <= view.mapRectToScene(view.boundingRect()).top() + 1
    sideways = plot.getAxis("left").label.isVisible()
    shown = title.isVisible() and title.sceneTransform().isRotating() is False
    return title.toPlainText().strip() if shown and above and not sideways else ""


def test_korean_y_titles_are_level_above_the_axis_in_the_window_and_the_figure(
    shown_panel, session, qtbot
):
    """pyqtgraph turns a left title on its side: 손실 then reads as scattered syllable pieces."""
    from PySide6.QtWidgets import QApplication

    from gui.language import install_language
    from gui.plot_figure import Figure

    app = QApplication.instance()
    session.load(named_runs(("a", 32, made_up_run(20))))
    try:
        install_language(app, "ko")
        qtbot.waitUntil(lambda: shown_panel.axis_labels()[0] == "손실")
        shown_panel.flush()
        shown_panel.grab()
        assert level_title_above(shown_panel.loss_plot) == "손실"
        assert level_title_above(shown_panel.accuracy_plot) == "정확도"
        figure = Figure(shown_panel.figure_spec())
        assert level_title_above(figure.plot) == "손실"
    finally:
        install_language(app, "en")
