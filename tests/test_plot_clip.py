"""Our runs decide the loss range: a curve that explodes beyond them is cut off at the top,
marked and named with its true maximum; values pyqtgraph cannot draw never reach it, and files
that hold them are refused when opened."""

import json
import math

import numpy as np
import pyqtgraph as pg
import pytest
from plot_fixtures import made_up_run, named_runs
from PySide6.QtCore import QCoreApplication
from test_experiment import RECORDS, document, set_at, version_1
from window_fixtures import configure, run_to_end

from engine.reference import SklearnResult
from engine.training import EpochRecord
from gui.language import install_language
from gui.legend_place import CORNERS
from gui.number_text import THIN_SPACE
from gui.plot_range import MAX_DRAWN
from gui.run_traces import X_MODES


def exploding(first: float = 0.7, top: float = 22_000.0, epochs: int = 30) -> tuple:
    """A loss curve that starts like ours and climbs to ``top``."""
    return tuple(np.geomspace(first, top, epochs // 2).tolist() + [top / 3] * (epochs // 2))


def compare_with(session, loss: tuple) -> None:
    theirs = SklearnResult("book", 0.9, 42, 0.62, 0.6, len(loss), 0.1, loss, False)
    session.comparison.show(session.run(session.ids()[-1]), theirs)


@pytest.mark.parametrize("log", [False, True])
def test_an_exploding_comparison_is_cut_off_named_and_squashes_nothing(shown_panel, session, log):
    ours = made_up_run(40)
    session.load(named_runs(("batch 32", 32, ours)))
    shown_panel.set_log_scale(log)
    compare_with(session, exploding())
    shown_panel.flush()
    assert shown_panel.clip_note() == f"▲ MLPClassifier diverged: loss up to 22{THIN_SPACE}000"
    highest = max(max(r.train_loss, r.val_loss) for r in ours)
    assert highest < shown_panel.clip_level() < 1.2 * highest
    top = shown_panel.loss_plot.getViewBox().viewRange()[1][1]
    assert top < (math.log10(2 * highest) if log else 2 * highest)  # our curves fill the plot
    _, y = shown_panel.curve_data(session.ids()[0], "train_loss")  # our numbers untouched
    np.testing.assert_array_equal(y, [r.train_loss for r in ours])
    shown_panel.set_sklearn_visible(False)
    shown_panel.flush()
    assert shown_panel.clip_note() == "" and shown_panel.clip_level() == MAX_DRAWN


def test_one_of_our_runs_exploding_is_cut_off_too(shown_panel, session):
    calm, wild = made_up_run(40), made_up_run(40, scale=1.0)
    wild[10:] = [
        EpochRecord(**{**vars(r), "train_loss": 45_480.0, "val_loss": 50_000.0}) for r in wild[10:]
    ]
    session.load(named_runs(("calm", 32, calm), ("wild", 1, wild)))
    shown_panel.flush()
    assert shown_panel.clip_note() == f"▲ wild diverged: loss up to 50{THIN_SPACE}000"
    assert shown_panel.clip_level() < 1


def test_the_window_names_mlpclassifier_diverging_at_learning_rate_1000(qtbot, window):
    configure(window, learning_rate=1000, epochs=40)
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        run_to_end(qtbot, window)
    window.plot.flush()
    assert window.plot.clip_note().startswith("▲ MLPClassifier diverged: loss up to")
    ours = window.session.run(window.session.ids()[0]).records
    highest = max(max(r.train_loss, r.val_loss) for r in ours)
    assert window.plot.loss_plot.getViewBox().viewRange()[1][1] < 2 * highest


def test_the_note_follows_the_language(qtbot, shown_panel, session):
    session.load(named_runs(("b", 32, made_up_run(40))))
    compare_with(session, exploding())
    shown_panel.flush()
    try:
        install_language(QCoreApplication.instance(), "ko")
        qtbot.waitUntil(lambda: "MLPClassifier 발산: 손실이 최대" in shown_panel.clip_note())
    finally:
        install_language(QCoreApplication.instance(), "en")
    qtbot.waitUntil(lambda: "MLPClassifier diverged" in shown_panel.clip_note())


def absurd_run() -> list[EpochRecord]:
    """What no file may hold and no run produces, given to the plot directly."""
    records = made_up_run(6)
    records[2] = EpochRecord(**{**vars(records[2]), "train_loss": 1e308, "val_loss": math.inf})
    records[3] = EpochRecord(**{**vars(records[3]), "val_loss": math.nan, "seconds": 1e300})
    records[5] = EpochRecord(
        **{**vars(records[5]), "epoch": 10**30, "updates": 10**30, "samples": 10**30}
    )
    return records


def test_values_pyqtgraph_cannot_draw_never_hang_or_raise(qtbot, shown_panel, session):
    session.load(named_runs(("absurd", 32, absurd_run()), ("calm", 32, made_up_run(6))))
    for log in (True, False):
        shown_panel.set_log_scale(log)
        for mode in X_MODES:
            shown_panel.set_x_axis(mode)
            shown_panel.set_log_x(mode != "epoch")
            shown_panel.flush()
            shown_panel.grab()  # paints: ticks and curves are computed
    assert "absurd diverged: loss up to 1e308" in shown_panel.clip_note()


@pytest.mark.parametrize(
    ("where", "value", "fragments"),
    [
        (("train_loss", 1), 1e308, ["train_loss, value 2", "out of range"]),
        (("epoch", 2), 10**30, ["epoch, value 3", "too large"]),
        (("updates", 2), 10**30, ["updates, value 3", "too large"]),
    ],
)
def test_files_holding_such_values_are_refused_and_change_nothing(
    qtbot, window, tmp_path, where, value, fragments
):
    configure(window, epochs=5)
    run_to_end(qtbot, window)
    window.plot.set_log_scale(True)
    path = tmp_path / "hand made.json"
    doc = set_at(version_1(document()), (*RECORDS, *where), value)
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert not window.files.open_experiment(str(path))
    title, text = window.errors[-1]
    assert title == "Cannot open the experiment"
    for fragment in fragments:
        assert fragment in text, (fragment, text)
    assert len(window.session.ids()) == 1 and window.plot.legend_texts()


@pytest.mark.parametrize("width", [900, 520])
@pytest.mark.parametrize("corner", CORNERS)
def test_the_note_never_covers_the_legend_wherever_it_sits(
    qtbot, shown_panel, session, corner, width
):
    runs = [(f"a run with a longer name {i}", 32, made_up_run(40, seed=i)) for i in range(4)]
    session.load(named_runs(*runs))
    compare_with(session, exploding())
    shown_panel.flush()
    view = shown_panel.loss_plot.getViewBox()
    legend = shown_panel.loss_plot.legend
    legend.anchor(itemPos=corner, parentPos=corner)
    old = view.rect().width()
    shown_panel.resize(width - 10, 560)  # the view's new size places the note again
    qtbot.waitUntil(lambda: view.rect().width() != old)
    (note,) = [
        item
        for item in view.childItems()
        if isinstance(item, pg.TextItem) and item.toPlainText() == shown_panel.clip_note()
    ]
    note_rect = note.mapRectToParent(note.boundingRect())
    legend_rect = legend.mapRectToParent(legend.boundingRect())
    assert shown_panel.clip_note() and not note_rect.intersects(legend_rect)
    assert view.rect().contains(note_rect)
