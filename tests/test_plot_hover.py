"""Reading values off the curves: the crosshair snaps to the nearest point of any run, in every
x mode and on both tabs, names the run even when it is drawn in a group of many, and reads
MLPClassifier's curve too."""

import math

import pytest
from plot_fixtures import made_up_run, named_runs, point_at

from engine.reference import SklearnResult
from gui.number_text import significant, whole
from gui.run_traces import X_MODES

SWEEP = ((1, 60, 1.0), (32, 60, 1.3), (None, 60, 1.6))  # batch size, epochs, loss scale


def load_sweep(session):
    records = {
        b: made_up_run(epochs, b, scale, seed=i) for i, (b, epochs, scale) in enumerate(SWEEP)
    }
    session.load(named_runs(*[(f"batch {b or 'full'}", b, records[b]) for b, *_ in SWEEP]))
    return records


@pytest.mark.parametrize("mode", X_MODES)
@pytest.mark.parametrize("tab", [0, 1])
def test_the_readout_names_the_point_under_the_mouse_in_every_x_mode(
    qtbot, shown_panel, session, mode, tab
):
    records = load_sweep(session)
    shown_panel.set_x_axis(mode)
    for batch, epoch in ((1, 5), (None, 40), (32, 20)):
        record = records[batch][epoch - 1]
        x = getattr(record, mode)
        y = record.train_loss if tab == 0 else record.train_acc
        text = point_at(qtbot, shown_panel, tab, x, y)
        lines = text.splitlines()
        assert lines[0] == f"batch {batch or 'full'}", text
        assert f"epoch {whole(record.epoch)} · {whole(record.updates)} updates" in lines[1]
        assert f"{whole(record.samples)} samples" in lines[1]
        if tab == 0:
            assert lines[2] == f"training loss {significant(record.train_loss)}"
            assert lines[3] == f"validation loss {significant(record.val_loss)}"
        else:
            assert lines[2] == f"training accuracy {significant(record.train_acc)}"
            assert lines[3] == f"validation accuracy {significant(record.val_acc)}"


def test_log_axes_snap_to_what_the_eye_sees(qtbot, shown_panel, session):
    records = load_sweep(session)
    shown_panel.set_x_axis("updates")
    assert shown_panel.log_x()  # 364 times as long: log x by default
    shown_panel.set_log_scale(True)
    record = records[None][2]  # the full batch's third epoch: x = 3, squeezed on a linear axis
    text = point_at(qtbot, shown_panel, 0, record.updates, record.val_loss)
    assert text.splitlines()[0] == "batch full" and "epoch 3 · 3 updates" in text


def test_a_run_in_a_group_of_a_thousand_is_named(qtbot, shown_panel, session):
    """Ended runs are drawn in at most 24 groups; the readout finds the run in the data."""
    session.load(
        named_runs(*[(f"run {i}", 32, made_up_run(20, scale=1 + i / 200)) for i in range(1000)])
    )
    assert len(shown_panel.loss_plot.listDataItems()) < 60
    record = made_up_run(20, scale=1 + 700 / 200)[9]
    # Neighbouring curves lie a third of a pixel apart, so a mouse rounded to a whole pixel
    # may be nearer another run's point: point at the exact spot instead.
    shown_panel.flush()
    text = shown_panel.hover_at(0, record.epoch, record.val_loss)
    assert text.splitlines()[0] == "run 700"
    assert f"validation loss {significant(record.val_loss)}" in text


def test_the_comparison_curve_is_read_too_and_far_points_show_nothing(qtbot, shown_panel, session):
    session.load(named_runs(("ours", 32, made_up_run(30))))
    loss = tuple(0.6 * math.exp(-e / 8) + 0.02 for e in range(25))
    theirs = SklearnResult("book", 0.9, 42, 0.98, 0.99, 25, 0.1, loss, True)
    session.comparison.show(session.run(session.ids()[0]), theirs)
    shown_panel.flush()
    text = point_at(qtbot, shown_panel, 0, 12, loss[11])
    assert text.splitlines() == ["MLPClassifier", "epoch 12", f"loss {significant(loss[11])}"]
    # Far from every curve (the top-right corner of the view): no readout. Placed through
    # hover_at, not a second mouse move: a test's quick second move can be merged away by Qt.
    assert shown_panel.hover_at(0, 29, 10.0) == ""
    assert shown_panel.readout_text(0) == ""


def test_hover_at_shows_the_readout_without_a_mouse(shown_panel, session):
    load_sweep(session)
    shown_panel.flush()
    record = made_up_run(60, 32, 1.3, seed=1)[29]
    text = shown_panel.hover_at(0, record.epoch, record.train_loss)
    assert text.splitlines()[0] == "batch 32" and "epoch 30" in text


def test_a_live_run_is_read_while_it_trains(qtbot, shown_panel, session):
    from engine.datasets import breast_cancer
    from engine.experiment import DataSpec
    from engine.hyperparameters import Hyperparameters

    load_sweep(session)
    session.set_delay(0.02)  # slow enough to point at it mid-run
    run_id = session.start(Hyperparameters(epochs=400), breast_cancer(), DataSpec("breast_cancer"))
    try:
        qtbot.waitUntil(lambda: len(session.run(run_id).records) >= 20, timeout=30_000)
        record = session.run(run_id).records[14]
        text = point_at(qtbot, shown_panel, 0, record.epoch, record.val_loss)
        assert text.splitlines()[0] == session.name(run_id) and "epoch 15 " in text
        assert session.live_id() == run_id
    finally:
        with qtbot.waitSignal(session.run_ended, timeout=30_000):
            session.stop()
