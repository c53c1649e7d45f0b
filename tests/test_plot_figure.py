"""Figures for slides: the size asked for, lines at least 2 pixels wide at 1x, a title with the
dataset and what differs between the runs, the legend where it covers no curve, the same figure
as SVG, on the clipboard, and the per-batch losses as CSV."""

import os

import numpy as np
import pytest
from plot_fixtures import made_up_run, named_runs
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from window_fixtures import configure, run_to_end

from engine.experiment import DataSpec, Run
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord
from gui.figure_title import figure_title
from gui.legend_place import CELL, free_corner, occupancy, to_pixels
from gui.plot_figure import FIGURE_SIZE, MIN_LINE, Figure
from gui.run_curves import TRAIN_COLOR


def flat_run(epochs: int = 50, loss: float = 0.47) -> list[EpochRecord]:
    """A run whose training loss is a horizontal line: its width is easy to measure."""
    return [
        EpochRecord(**{**vars(r), "train_loss": loss, "val_loss": loss / 2})
        for r in made_up_run(epochs)
    ]


def line_width(image: QImage, color: str, column: int) -> float:
    """The width of a horizontal line of ``color`` crossing ``column``, in pixels: how much of
    the colour the rows around its darkest row hold (antialiased edges count in part)."""
    target = np.array(QColor(color).getRgb()[:3], dtype=float)
    rows = np.array([QColor(image.pixel(column, y)).getRgb()[:3] for y in range(image.height())])
    ink = ((255 - rows) / (255 - target)).mean(axis=1)  # 0 on white, 1 on the line's colour
    # The line's middle is the row most like its colour (dark text may be darker).
    centre = int(np.argmin(np.abs(rows - target).sum(axis=1)))
    return float(ink[max(centre - 12, 0) : centre + 13].clip(0, 1).sum())


@pytest.mark.parametrize("scale", [1, 2, 3])
def test_png_has_the_scale_asked_for_and_lines_at_least_two_pixels(
    shown_panel, session, tmp_path, scale
):
    session.load(named_runs(("flat", 32, flat_run())))
    path = tmp_path / "figure.png"
    shown_panel.export_png(str(path), scale)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (FIGURE_SIZE[0] * scale, FIGURE_SIZE[1] * scale)
    width = line_width(image, TRAIN_COLOR, image.width() // 2)
    assert MIN_LINE * scale - 0.25 <= width <= (MIN_LINE + 1) * scale, width


def sweep_runs() -> list[Run]:
    runs = named_runs(*[(f"batch {b or 'full'}", b, made_up_run(60, b)) for b in (1, 32, None)])
    return runs


def test_the_title_names_the_dataset_and_what_differs(shown_panel, session):
    session.load(sweep_runs())
    spec = shown_panel.figure_spec()
    assert spec.title == "Breast cancer: batch size 1, 32, full"
    assert spec.subtitle == "10 hidden units · learning rate 0.1 · L2 0.01 · 500 epochs · seed 42"
    assert spec.legend[0][1] == "batch 1" and spec.x_label == "epoch"
    moons = DataSpec("moons", noise=0.3)
    title, subtitle = figure_title(
        [(moons, Hyperparameters(learning_rate=lr, init="ones")) for lr in (0.5, 1.0)]
    )
    assert title == "Moons (noise 0.3): learning rate 0.5, 1"
    assert "initialisation all ones" in subtitle and "learning rate" not in subtitle
    assert figure_title([(DataSpec("breast_cancer"), Hyperparameters(batch_size=None))])[0] == (
        "Breast cancer: batch size full"
    )


def test_svg_is_the_same_figure_as_vectors(shown_panel, session, tmp_path):
    session.load(sweep_runs())
    path = tmp_path / "figure.svg"
    shown_panel.export_svg(str(path))
    text = path.read_text(encoding="utf-8")
    assert "Breast cancer: batch size 1, 32, full" in text and "batch full" in text
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    assert renderer.isValid()
    image = QImage(FIGURE_SIZE[0], FIGURE_SIZE[1], QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    # The curves are drawn where the PNG draws them: the first run's colour is there.
    run_color = QColor(session.run(session.ids()[0]).color)
    pixels = [
        QColor(image.pixel(x, y))
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    ]
    assert any(
        abs(p.red() - run_color.red())
        + abs(p.green() - run_color.green())
        + abs(p.blue() - run_color.blue())
        < 60
        for p in pixels
    )


def test_copy_plot_puts_the_figure_on_the_clipboard(qtbot, window):
    configure(window, epochs=20)
    run_to_end(qtbot, window)
    QGuiApplication.clipboard().clear()
    assert window.act_copy_plot.shortcut().toString() == "Ctrl+Shift+C"
    assert window.act_code.shortcut().toString() == "Ctrl+Alt+C"
    window.act_copy_plot.trigger()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (2 * FIGURE_SIZE[0], 2 * FIGURE_SIZE[1])
    assert "clipboard (1800 × 1120 pixels)" in window.status.text.text()


def figure_of(shown_panel, session, records, tab=0) -> Figure:
    session.load(named_runs(("r", 32, records)))
    shown_panel.set_tab(tab)
    return Figure(shown_panel.figure_spec())


def test_the_legend_goes_where_it_covers_no_curve(shown_panel, session):
    rising = [
        EpochRecord(**{**vars(r), "train_loss": 0.1 + r.epoch / 60, "val_loss": 0.1 + r.epoch / 50})
        for r in made_up_run(60)
    ]
    figure = figure_of(shown_panel, session, rising)
    try:
        assert figure.legend_place == (0.0, 0.0)  # top right is taken by the rising curves
    finally:
        figure.close()
    shown_panel.flush()
    shown_panel.place_legends()
    assert shown_panel.legend_corner(0) == (0.0, 0.0)


def test_a_legend_with_no_free_corner_goes_outside_the_axes(shown_panel, session):
    records = made_up_run(80)
    zigzag = [
        EpochRecord(**{**vars(r), "train_loss": 0.1 + 0.8 * (r.epoch % 2), "val_loss": 0.5})
        for r in records
    ]
    figure = figure_of(shown_panel, session, zigzag)
    try:
        assert figure.legend_place == "outside"
        width, height = figure.size()
        assert width > FIGURE_SIZE[0] and height == FIGURE_SIZE[1]
        view = figure.plot.getViewBox()
        axes = view.mapRectToScene(view.rect())
        legend = figure.legend.mapRectToScene(figure.legend.boundingRect())
        assert legend.left() > axes.right() and legend.right() <= width
        assert legend.top() >= axes.top() and legend.height() < axes.height()
    finally:
        figure.close()


def test_occupancy_marks_segments_whose_ends_lie_far_outside():
    x, y = to_pixels(np.array([-1e6, 1e6]), np.array([0.5, 0.5]), (0, 1), (0, 1), (100, 100))
    grid = occupancy([(x, y)], (100, 100))
    assert grid[50 // CELL].all()  # the whole row the line crosses
    assert free_corner(grid, (100, 100), (30, 20)) == (1.0, 0.0)
    crossing = occupancy([(np.array([60.0, 100.0]), np.array([0.0, 40.0]))], (100, 100))
    assert free_corner(crossing, (100, 100), (30, 20)) == (0.0, 0.0)


def test_per_batch_losses_are_exported_from_the_window(qtbot, window, tmp_path):
    configure(window, epochs=4)
    run_to_end(qtbot, window)
    path = tmp_path / "batches.csv"
    assert window.files.export_batch_csv(str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "epoch,batch,batch_size,loss" and len(lines) == 1 + 4 * 12
    records = window.session.run(window.session.ids()[0]).records
    assert [float(line.split(",")[3]) for line in lines[1:13]] == records[0].batch_losses.tolist()
    assert lines[12].startswith("1,12,12,")


def test_no_export_replaces_the_data_a_link_or_a_pipe(qtbot, window, tmp_path):
    data = tmp_path / "points.csv"
    rows = ["x1,x2,label"] + [f"{i % 7},{(i * 3) % 5},{i % 2}" for i in range(60)]
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert window.params.open_csv(str(data), "label")
    configure(window, epochs=3)
    run_to_end(qtbot, window)
    before = data.read_bytes()
    link = tmp_path / "link.png"
    link.symlink_to(tmp_path / "elsewhere.png")
    pipe = tmp_path / "pipe.svg"
    os.mkfifo(pipe)
    (tmp_path / "sub").mkdir()
    files = window.files
    attempts = [
        (lambda: files.export_png(str(data), 2), "the input data file"),
        (lambda: files.export_svg(str(tmp_path / "sub" / ".." / "points.csv")), "input data"),
        (lambda: files.export_csv(str(data)), "input data"),
        (lambda: files.export_batch_csv(str(data)), "input data"),
        (lambda: files.export_runs_csv(str(data)), "input data"),
        (lambda: files.save_experiment(str(data)), "input data"),
        (lambda: files.export_png(str(link), 1), "symbolic link"),
        (lambda: files.export_svg(str(pipe)), "named pipe"),
    ]
    for attempt, reason in attempts:
        window.errors.clear()
        assert not attempt()
        title, text = window.errors[-1]
        assert "Export failed" in title and reason in text
    assert data.read_bytes() == before and not (tmp_path / "elsewhere.png").exists()
    # The run keeps its data file even when another dataset is selected.
    window.params.select_dataset("moons")
    assert not files.export_csv(str(data)) and data.read_bytes() == before
