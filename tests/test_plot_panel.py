"""The plot panel draws the session's runs: live redraws are throttled, options transform the
right curves, a thousand runs stay cheap, and every export is readable and atomic."""

import os
from dataclasses import replace

import numpy as np
import pytest
from plot_fixtures import made_up_run
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage

from engine.curves import read_curves_csv
from engine.datasets import breast_cancer
from engine.experiment import DataSpec, Run
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord
from gui.export import export_curves_csv, suggested_name
from gui.plot_figure import FIGURE_SIZE
from gui.plot_legend import LEGEND_RUNS
from gui.plot_panel import PlotPanel
from gui.run_curves import TRAIN_COLOR
from gui.session_runs import PALETTE, family_color

BATCHES = 12  # 364 rows in batches of 32


def runs(*specs: tuple[str, list[EpochRecord]]) -> list[Run]:
    return [
        Run(name, DataSpec("breast_cancer"), Hyperparameters(batch_size=i + 1), records, "done")
        for i, (name, records) in enumerate(specs)
    ]


@pytest.fixture
def panel(qtbot, session):
    widget = PlotPanel(session)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    return widget


def legend_entries(plot) -> dict[str, object]:
    """Legend text -> the line item it stands for."""
    return {label.text: sample.item for sample, label in plot.legend.items}


def test_a_live_run_is_redrawn_a_few_times_not_once_per_epoch(qtbot, session, panel):
    redraws = []
    panel.redrawn.connect(lambda: redraws.append(1))
    with qtbot.waitSignal(session.run_ended, timeout=60_000):
        run_id = session.start(Hyperparameters(), breast_cancer(), DataSpec("breast_cancer"))
    panel.flush()
    assert len(redraws) < 100, len(redraws)
    x, y = panel.curve_data(run_id, "train_loss")
    np.testing.assert_array_equal(x, np.arange(1, 501))
    np.testing.assert_array_equal(y, [r.train_loss for r in session.run(run_id).records])
    assert panel.legend_texts() == ["batch 32 train", "batch 32 val"]


def test_one_run_alone_looks_like_the_books_figure_several_get_their_colours(session, panel):
    session.load(runs(("a", made_up_run(20))))
    panel.flush()
    (first,) = session.ids()
    look = panel.curve_look(first)
    assert (look.train_color, look.val_color) == (TRAIN_COLOR, "#ff7f0e")
    assert panel.legend_texts() == ["a train", "a val"]
    session.load(runs(("a", made_up_run(20)), ("b", made_up_run(30, seed=1))))
    panel.flush()
    first, second = session.ids()
    assert panel.curve_look(first).train_color == session.run(first).color
    assert panel.curve_look(second).val_style == "dash"
    assert panel.legend_texts() == ["a", "b", "solid: training", "dashed: validation"]
    session.set_visible(first, False)
    panel.flush()
    assert panel.legend_texts() == ["b train", "b val"]


def test_a_thousand_runs_get_a_short_legend_and_few_plot_items(session, panel):
    session.load(runs(*[(f"run {i}", made_up_run(5, seed=i)) for i in range(1000)]))
    panel.flush()
    texts = panel.legend_texts()
    assert texts[:LEGEND_RUNS] == [f"run {i}" for i in range(990, 1000)]
    assert texts[LEGEND_RUNS] == "… and 990 more runs"
    assert texts[-2:] == ["solid: training", "dashed: validation"]  # for every family
    assert len(panel.loss_plot.listDataItems()) < 60
    ids = session.ids()
    x, _ = panel.curve_data(ids[500], "val_loss")
    assert len(x) == 5
    session.select(ids[3])
    panel.flush()
    assert panel.legend_texts()[0] == "run 3"  # the selected run is always named


def test_log_scale_toggles_the_loss_axis_only(panel):
    panel.set_log_scale(True)
    assert panel.loss_plot.getAxis("left").logMode and panel.log_scale()
    assert not panel.accuracy_plot.getAxis("left").logMode
    panel.set_log_scale(False)
    assert not panel.loss_plot.getAxis("left").logMode


@pytest.mark.parametrize("mode", ["updates", "samples", "seconds"])
def test_x_axis_modes_use_the_record_fields(session, panel, mode):
    records = made_up_run(40)
    session.load(runs(("a", records)))
    (run_id,) = session.ids()
    panel.set_x_axis(mode)
    for curve in ("train_loss", "val_loss", "train_acc", "val_acc"):
        x, _ = panel.curve_data(run_id, curve)
        np.testing.assert_array_equal(x, [getattr(r, mode) for r in records])
    assert panel.axis_labels()[1] == {"updates": "weight updates", "samples": "samples seen",
                                      "seconds": "seconds"}[mode]  # fmt: skip
    panel.set_x_axis("epoch")
    np.testing.assert_array_equal(panel.curve_data(run_id, "train_loss")[0], np.arange(1, 41))
    with pytest.raises(ValueError, match="updates"):
        panel.set_x_axis("batches")


def test_runs_from_a_file_have_no_noise_trace(session, panel):
    session.load(runs(("a", made_up_run(25)), ("b", made_up_run(5))))
    # The noise belongs to the latest run trained here; loaded runs have none.
    panel.set_noise_visible(True)
    assert "mini-batch losses" not in panel.legend_texts()
    with pytest.raises(KeyError):
        legend_entries(panel.loss_plot)["mini-batch losses"]


def test_noise_of_a_trained_run(qtbot, session, panel):
    with qtbot.waitSignal(session.run_ended, timeout=60_000):
        run_id = session.start(
            Hyperparameters(epochs=25), breast_cancer(), DataSpec("breast_cancer")
        )
    records = session.run(run_id).records
    panel.set_noise_visible(True)
    noise = legend_entries(panel.loss_plot)["mini-batch losses"]
    x, y = noise.getOriginalDataset()
    assert len(x) == sum(len(r.batch_losses) for r in records)
    np.testing.assert_array_equal(y, np.concatenate([r.batch_losses for r in records]))
    np.testing.assert_allclose(x[:BATCHES], (np.arange(BATCHES) + 0.5) / BATCHES)
    assert noise.opts["pen"].color().name() == TRAIN_COLOR  # alone: the book's blue, faint
    panel.set_x_axis("updates")  # one update per batch: each point sits mid-update
    x, _ = noise.getOriginalDataset()
    np.testing.assert_allclose(x, np.arange(len(x)) + 0.5)
    panel.set_noise_visible(False)
    assert not noise.isVisible() and "mini-batch losses" not in panel.legend_texts()


def test_sklearn_curve_only_on_the_epoch_axis(qtbot, session, panel):
    assert not panel.sklearn_shown()
    with qtbot.waitSignal(session.comparison.finished, timeout=60_000):
        session.start(Hyperparameters(epochs=30), breast_cancer(), DataSpec("breast_cancer"))
    panel.flush()
    assert panel.sklearn_shown()
    assert "MLPClassifier loss (L2 added per batch)" in panel.legend_texts()
    panel.set_x_axis("seconds")
    assert not panel.sklearn_shown()
    panel.set_x_axis("epoch")
    panel.set_sklearn_visible(False)
    assert not panel.sklearn_shown()
    panel.set_sklearn_visible(True)
    session.comparison.set_settings(DataSpec("moons"), Hyperparameters())
    panel.flush()
    assert "MLPClassifier loss, previous settings" in panel.legend_texts()
    session.clear()
    assert not panel.sklearn_shown()


def test_non_finite_losses_are_drawn_without_error(session, panel):
    """A diverging run ends in inf, and a run without validation data has NaN val curves."""
    records = made_up_run(5)
    records[-1] = replace(records[-1], train_loss=float("inf"), val_loss=float("nan"))
    panel.set_log_scale(True)
    session.load(runs(("a", records)))
    panel.flush()
    (run_id,) = session.ids()
    assert len(panel.curve_data(run_id, "train_loss")[0]) == 5


def test_language_change_resets_texts_and_keeps_state(session, panel):
    session.load(runs(("a", made_up_run(3))))
    panel.set_x_axis("samples")
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.x_axis() == "samples"
    assert panel.axis_labels()[1] == "samples seen"
    assert panel.legend_texts() == ["a train", "a val"]


def test_the_hint_follows_the_session(qtbot, session, panel):
    assert panel.message_text() == ""
    with qtbot.waitSignal(session.run_ended, timeout=60_000):
        session.start(
            Hyperparameters(epochs=100, learning_rate=100),
            breast_cancer(),
            DataSpec("breast_cancer"),
        )
    assert "too high" in panel.message_text()
    session.clear()
    assert panel.message_text() == ""


def test_png_export_has_the_requested_scale(session, panel, qtbot, tmp_path):
    panel.show()
    qtbot.waitExposed(panel)
    session.load(runs(("a", made_up_run(100))))
    panel.flush()
    before = panel.grab().toImage()
    for scale in (1, 2, 3):
        path = tmp_path / f"loss{scale}.png"
        panel.export_png(str(path), scale)
        image = QImage(str(path))
        assert (image.width(), image.height()) == (FIGURE_SIZE[0] * scale, FIGURE_SIZE[1] * scale)
    assert panel.grab().toImage() == before  # exporting changes nothing on screen
    assert sorted(os.listdir(tmp_path)) == ["loss1.png", "loss2.png", "loss3.png"]
    with pytest.raises(ValueError, match="scale must be one of"):
        panel.export_png(str(tmp_path / "x.png"), 1600)
    assert len(os.listdir(tmp_path)) == 3


def test_svg_export(session, panel, qtbot, tmp_path):
    panel.show()
    qtbot.waitExposed(panel)
    session.load(runs(("a", made_up_run(20)), ("b", made_up_run(20, seed=3))))
    path = tmp_path / "loss.svg"
    panel.export_svg(str(path))
    assert "<svg" in path.read_text(encoding="utf-8")
    assert os.listdir(tmp_path) == ["loss.svg"]


def test_export_into_missing_folder_raises_and_leaves_nothing(panel, qtbot, tmp_path):
    panel.show()
    qtbot.waitExposed(panel)
    missing = tmp_path / "no such folder"
    with pytest.raises(OSError, match="no such folder"):
        panel.export_png(str(missing / "x.png"), 2)
    with pytest.raises(OSError, match="no such folder"):
        panel.export_svg(str(missing / "x.svg"))
    with pytest.raises(OSError, match="no such folder"):
        export_curves_csv(missing / "x.csv", made_up_run(3))
    assert os.listdir(tmp_path) == []


def test_csv_export_round_trips(tmp_path):
    records = made_up_run(30)
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


def test_runs_beyond_twelve_get_other_colours_never_a_broken_line(session, panel):
    session.load(runs(*[(f"r{i}", made_up_run(3)) for i in range(13)]))
    panel.flush()
    ids = session.ids()
    assert [session.run(i).color for i in ids[:12]] == list(PALETTE)
    thirteenth = panel.curve_look(ids[12])
    assert thirteenth.train_color == family_color(PALETTE[0], 1) != PALETTE[0]
    assert (thirteenth.train_style, thirteenth.val_style) == ("solid", "dash")
