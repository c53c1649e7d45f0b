"""The plot panel: live redraws are throttled, options transform the right curves, and every
export is readable and atomic."""

import os
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage

from engine.curves import read_curves_csv
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord
from gui.export import export_curves_csv, suggested_name
from gui.history_panel import PALETTE
from gui.plot_panel import PlotPanel

N_TRAIN = 364
BATCHES = 12  # 364 rows in batches of 32


def fake_run(epochs: int, seed: int = 0, scale: float = 1.0) -> list[EpochRecord]:
    """A plausible run: the loss decays with batch-to-batch noise, accuracy rises."""
    rng = np.random.default_rng(seed)
    records = []
    for e in range(1, epochs + 1):
        loss = scale * (0.05 + 0.6 * np.exp(-e / 40))
        batches = loss * (1 + 0.3 * rng.standard_normal(BATCHES))
        records.append(
            EpochRecord(
                epoch=e,
                train_loss=float(batches.mean()),
                val_loss=float(loss * 1.1),
                train_acc=float(1 - loss / 2),
                val_acc=float(1 - loss / 1.8),
                updates=e * BATCHES,
                samples=e * N_TRAIN,
                seconds=e * 0.002,
                batch_losses=batches,
            )
        )
    return records


@pytest.fixture
def panel(qtbot):
    widget = PlotPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.start_run("run")
    return widget


def legend_entries(plot) -> dict[str, object]:
    """Legend text -> the line item it stands for."""
    return {label.text: sample.item for sample, label in plot.legend.items}


def visible_curves(plot) -> list[object]:
    return [item for item in plot.listDataItems() if item.isVisible()]


def test_fast_appends_cause_few_redraws(panel, qtbot):
    records = fake_run(500)
    redraws = []
    panel.redrawn.connect(lambda: redraws.append(1))
    for r in records:
        panel.append(r)
    assert panel.point_count() == 0  # appending never draws
    qtbot.waitUntil(lambda: panel.point_count() == 500, timeout=2000)
    assert len(redraws) < 50, len(redraws)
    x, y = legend_entries(panel.loss_plot)["run train"].getOriginalDataset()
    np.testing.assert_array_equal(x, np.arange(1, 501))
    np.testing.assert_array_equal(y, [r.train_loss for r in records])
    assert panel.records() == records


def test_start_run_clears_only_the_current_run(panel):
    panel.add_overlay(1, "old", PALETTE[0], fake_run(20))
    for r in fake_run(30):
        panel.append(r)
    panel.flush()
    panel.start_run("new")
    assert panel.point_count() == 0
    assert panel.records() == []
    # The new run has no epoch yet, so no legend entry: the old run is alone.
    assert set(legend_entries(panel.loss_plot)) == {"old train", "old val"}
    panel.append(fake_run(1)[0])
    # Several runs: one entry per run, and a key to the two line styles.
    keys = {"solid: training", "dashed: validation"}
    assert {"new", "old", *keys} == set(legend_entries(panel.loss_plot))


def test_log_scale_toggles_the_loss_axis_only(panel):
    panel.set_log_scale(True)
    assert panel.loss_plot.getAxis("left").logMode
    assert not panel.accuracy_plot.getAxis("left").logMode
    assert panel._log_box.isChecked()
    panel._log_box.setChecked(False)  # the checkbox drives the same setting
    assert not panel.loss_plot.getAxis("left").logMode


@pytest.mark.parametrize("mode", ["updates", "samples", "seconds"])
def test_x_axis_modes_use_the_record_fields(panel, mode):
    records = fake_run(40)
    for r in records:
        panel.append(r)
    panel.set_x_axis(mode)
    for plot in (panel.loss_plot, panel.accuracy_plot):
        for item in legend_entries(plot).values():
            x, _ = item.getOriginalDataset()
            np.testing.assert_array_equal(x, [getattr(r, mode) for r in records])
    assert panel._x_combo.currentData() == mode
    panel._x_combo.setCurrentIndex(0)  # and the combo switches back
    x, _ = legend_entries(panel.loss_plot)["run train"].getOriginalDataset()
    np.testing.assert_array_equal(x, [r.epoch for r in records])
    with pytest.raises(ValueError, match="updates"):
        panel.set_x_axis("batches")


def test_noise_trace_has_one_point_per_batch(panel):
    records = fake_run(25)
    for r in records:
        panel.append(r)
    panel.set_noise_visible(True)
    noise = legend_entries(panel.loss_plot)["mini-batch losses"]
    x, y = noise.getOriginalDataset()
    assert len(x) == sum(len(r.batch_losses) for r in records)
    np.testing.assert_array_equal(y, np.concatenate([r.batch_losses for r in records]))
    # batch i of k sits at epoch - 1 + (i + 0.5) / k
    np.testing.assert_allclose(x[:BATCHES], (np.arange(BATCHES) + 0.5) / BATCHES)
    panel.set_x_axis("updates")  # one update per batch: each point sits mid-update
    x, _ = noise.getOriginalDataset()
    np.testing.assert_allclose(x, np.arange(len(x)) + 0.5)
    panel.set_noise_visible(False)
    assert not noise.isVisible()
    assert "mini-batch losses" not in legend_entries(panel.loss_plot)


def test_sklearn_curve_only_on_the_epoch_axis(panel):
    assert not panel._sklearn_box.isEnabled()
    panel.set_sklearn_curve([0.7, 0.5, 0.4], "MLPClassifier loss")
    assert panel._sklearn_box.isEnabled()
    item = legend_entries(panel.loss_plot)["MLPClassifier loss"]
    x, y = item.getOriginalDataset()
    np.testing.assert_array_equal(x, [1, 2, 3])
    np.testing.assert_array_equal(y, [0.7, 0.5, 0.4])
    panel.set_x_axis("seconds")
    assert not item.isVisible()
    panel.set_x_axis("epoch")
    panel._sklearn_box.setChecked(False)
    assert not item.isVisible()
    panel._sklearn_box.setChecked(True)
    panel.set_sklearn_curve(None, "")
    assert not item.isVisible()
    assert not panel._sklearn_box.isEnabled()


def test_overlays_add_hide_remove(panel):
    for r in fake_run(10):
        panel.append(r)
    panel.flush()
    panel.add_overlay(1, "b=8", PALETTE[0], fake_run(50, seed=1, scale=1.2))
    panel.add_overlay(2, "b=full", PALETTE[1], fake_run(50, seed=2, scale=0.8))
    for plot in (panel.loss_plot, panel.accuracy_plot):
        assert len(visible_curves(plot)) == 6
    entries = legend_entries(panel.loss_plot)
    assert list(entries) == ["b=8", "b=full", "run", "solid: training", "dashed: validation"]
    x, _ = entries["b=8"].getOriginalDataset()
    assert len(x) == 50

    panel.set_overlay_visible(1, False)
    assert len(visible_curves(panel.loss_plot)) == 4
    assert "b=8" not in legend_entries(panel.accuracy_plot)
    panel.set_overlay_visible(1, True)
    assert len(visible_curves(panel.accuracy_plot)) == 6

    panel.remove_overlay(2)
    panel.remove_overlay(99)  # unknown ids are ignored
    assert len(panel.loss_plot.listDataItems()) == 4 + 2  # noise and sklearn items stay hidden
    assert "b=full" not in legend_entries(panel.loss_plot)
    panel.clear_overlays()
    assert list(legend_entries(panel.accuracy_plot)) == ["run train", "run val"]


def test_non_finite_losses_are_drawn_without_error(panel):
    """A diverging run ends in inf, and a run without validation data has NaN val curves."""
    records = fake_run(5)
    records[-1] = replace(records[-1], train_loss=float("inf"), val_loss=float("nan"))
    panel.set_log_scale(True)
    for r in records:
        panel.append(r)
    panel.flush()
    assert panel.point_count() == 5


def test_language_change_resets_texts_and_keeps_state(panel):
    panel.append(fake_run(1)[0])
    panel.set_x_axis("samples")
    panel.set_noise_visible(True)
    panel._x_combo.setItemText(2, "stale")
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel._x_combo.itemText(2) == "Samples seen"
    assert panel.x_axis() == "samples"
    assert panel.loss_plot.getAxis("bottom").labelText == "samples seen"
    assert "mini-batch losses" in legend_entries(panel.loss_plot)


def test_message_shows_and_clears(panel):
    assert panel.message_text() == ""
    panel.message("Learning rate probably too high")
    assert panel.message_text() == "Learning rate probably too high"
    panel.clear_message()
    assert panel.message_text() == ""
    panel.message("again")
    panel.start_run("next")  # a hint is about the run it came with
    assert panel.message_text() == ""


def test_png_export_has_the_requested_width(panel, qtbot, tmp_path):
    panel.show()
    qtbot.waitExposed(panel)
    for r in fake_run(100):
        panel.append(r)
    panel.flush()
    before = panel.grab().toImage()
    path = tmp_path / "loss.png"
    panel.export_png(str(path), 1600)
    assert panel.grab().toImage() == before  # exporting changes nothing on screen
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == 1600
    assert 700 < image.height() < 1000  # the plot's shape, not pyqtgraph's 640x480 default
    assert os.listdir(tmp_path) == ["loss.png"]


def test_svg_export(panel, qtbot, tmp_path):
    panel.show()
    qtbot.waitExposed(panel)
    for r in fake_run(20):
        panel.append(r)
    panel._tabs.setCurrentIndex(1)
    path = tmp_path / "accuracy.svg"
    panel.export_svg(str(path))
    assert "<svg" in path.read_text(encoding="utf-8")
    assert os.listdir(tmp_path) == ["accuracy.svg"]


def test_export_into_missing_folder_raises_and_leaves_nothing(panel, qtbot, tmp_path):
    panel.show()
    qtbot.waitExposed(panel)
    missing = tmp_path / "no such folder"
    with pytest.raises(OSError, match="no such folder"):
        panel.export_png(str(missing / "x.png"), 800)
    with pytest.raises(OSError, match="no such folder"):
        panel.export_svg(str(missing / "x.svg"))
    with pytest.raises(OSError, match="no such folder"):
        export_curves_csv(missing / "x.csv", fake_run(3))
    assert os.listdir(tmp_path) == []


def test_csv_export_round_trips(tmp_path):
    records = fake_run(30)
    path = tmp_path / "curves.csv"
    export_curves_csv(path, records)
    rows = read_curves_csv(path.read_text(encoding="utf-8"))
    assert len(rows) == 30
    for row, r in zip(rows, records, strict=True):
        for field in ("epoch", "train_loss", "val_loss", "train_acc", "val_acc", "updates"):
            assert row[field] == getattr(r, field)
        assert row["seconds"] == r.seconds


def test_suggested_name():
    hp = Hyperparameters()
    assert (
        suggested_name(hp, "breast_cancer", "png")
        == "minibatch_breast_cancer_u10_b32_lr0.1_l2-0.01_e500_s42.png"
    )
    hp = Hyperparameters(batch_size=None, l1=0.001, l2=0.0, epochs=20, seed=0)
    assert (
        suggested_name(hp, "my data/v2.csv", ".csv")
        == "minibatch_my_data_v2.csv_u10_bfull_lr0.1_l1-0.001_l2-0_e20_s0.csv"
    )


def test_the_noise_trace_takes_the_colour_of_the_run_it_belongs_to(panel):
    panel.add_overlay(1, "old", PALETTE[0], fake_run(20))
    panel.start_run("new", PALETTE[1])
    for r in fake_run(5):
        panel.append(r)
    panel.set_noise_visible(True)
    color = panel._noise_curve.opts["pen"].color()
    assert color.name().upper() == PALETTE[1].upper() and color.alpha() < 255
    panel.remove_overlay(1)  # alone now: the book's blue, faint
    assert panel._noise_curve.opts["pen"].color().name() == "#1f77b4"
