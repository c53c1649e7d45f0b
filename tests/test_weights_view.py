"""The weights view: W1, W2 and the hidden outputs from the live run, and the symmetry problem
said in words when every hidden unit is the same unit."""

import numpy as np
from window_fixtures import configure, run_to_end

from engine.datasets import breast_cancer, synthetic
from engine.network import init_parameters
from gui.weights_view import MAX_ROWS, all_same_unit, picture_of, shown_rows


def test_under_all_ones_the_view_says_every_hidden_unit_is_the_same_unit(qtbot, window):
    configure(window, init="ones", epochs=40)
    assert run_to_end(qtbot, window) == "finished"
    view = window.weights
    view.flush()
    picture = view.picture()
    (run_id,) = window.session.ids()
    final = window.session.run(run_id).params
    assert np.array_equal(picture.w1, final.w1) and np.array_equal(picture.w2, final.w2[:, 0])
    assert not np.allclose(picture.w1, 1.0)  # trained, and still one unit ten times over
    assert picture.same_unit and np.allclose(picture.w1, picture.w1[:, :1], rtol=0, atol=1e-9)
    assert view.same_unit.isVisibleTo(view)
    assert "All 10 hidden units are the same unit" in view.same_unit.text()


def test_random_weights_make_different_units_and_no_message(qtbot, window):
    configure(window, epochs=20)
    run_to_end(qtbot, window)
    window.weights.flush()
    picture = window.weights.picture()
    assert not picture.same_unit and not window.weights.same_unit.isVisibleTo(window.weights)
    assert picture.hidden.shape == (91, 10)
    assert np.all((picture.hidden >= 0) & (picture.hidden <= 1))


def test_the_view_shows_the_start_when_a_run_is_stepped(qtbot, window):
    configure(window, init="ones")
    with qtbot.waitSignal(window.session.stepped, timeout=10_000):
        window.act_step.trigger()
    qtbot.waitUntil(lambda: window.weights.picture() is not None, timeout=5000)
    window.weights.flush()
    assert window.weights.picture().same_unit


def test_shown_rows_are_sorted_by_class_and_capped():
    data = synthetic("moons", 2000, 0.2)
    rows, classes = shown_rows(data)
    assert len(rows) == MAX_ROWS and list(classes) == sorted(classes)
    assert 0 < classes.mean() < 1  # both classes stay
    book, book_classes = shown_rows(breast_cancer())
    assert len(book) == 91 and sorted(map(tuple, book)) == sorted(map(tuple, breast_cancer().x_val))
    assert list(book_classes) == sorted(book_classes)


def test_one_unit_that_differs_breaks_the_symmetry():
    params = init_parameters(3, 4, "ones", 0)
    rows = np.zeros((2, 3))
    assert picture_of(params, rows, np.zeros(2)).same_unit
    params.w2[2, 0] += 1e-6
    assert not all_same_unit(params.w1, params.b1, params.w2[:, 0])
    single = init_parameters(3, 1, "ones", 0)
    assert not all_same_unit(single.w1, single.b1, single.w2[:, 0])  # one unit is no symmetry
