"""The decision-boundary view: its grid, its picture, and its refusal of non-2-D data."""

from __future__ import annotations

import time

import numpy as np
import pytest

from engine.datasets import breast_cancer, synthetic
from gui.boundary_view import GRID_SIZE, BoundaryView, boundary_segments


@pytest.fixture
def view(qtbot):
    widget = BoundaryView()
    qtbot.addWidget(widget)
    widget.resize(450, 450)
    widget.show()
    return widget


def test_two_feature_dataset_gets_a_grid_over_its_points(view):
    dataset = synthetic("moons", n_samples=200, seed=3)
    view.set_dataset(dataset)
    assert view.is_available()
    grid = view.grid_points()
    assert grid.shape == (GRID_SIZE * GRID_SIZE, 2)
    points = np.vstack((dataset.x_train, dataset.x_val))
    assert (grid.min(axis=0) < points.min(axis=0)).all()
    assert (grid.max(axis=0) > points.max(axis=0)).all()
    assert view.plot_widget.isVisible()
    assert not view.message.isVisible()


def test_probabilities_become_the_image(view):
    view.set_dataset(synthetic("circles", seed=1))
    grid = view.grid_points()
    probs = 1 / (1 + np.exp(-3 * grid[:, 0]))  # left of x1 = 0 is class 0
    view.set_probabilities(probs)
    image = view.image_item.image
    np.testing.assert_array_equal(image, probs.reshape(GRID_SIZE, GRID_SIZE))
    # Rows run along x1 (constant x2), so the left column is class 0 and the right class 1.
    assert image[:, 0].max() < 0.5 < image[:, -1].min()
    view.clear_probabilities()
    assert view.image_item.image is None


def test_updates_are_fast_enough_for_ten_a_second(view):
    view.set_dataset(synthetic("xor"))
    grid = view.grid_points()
    probs = 1 / (1 + np.exp(-4 * grid[:, 0] * grid[:, 1]))
    view.set_probabilities(probs)
    start = time.perf_counter()
    for _ in range(20):
        view.set_probabilities(probs)
    assert (time.perf_counter() - start) / 20 < 0.005


def test_wrong_length_probabilities_are_refused(view):
    view.set_dataset(synthetic("blobs"))
    with pytest.raises(ValueError, match=f"{GRID_SIZE * GRID_SIZE} probabilities"):
        view.set_probabilities(np.full(100, 0.5))


def test_thirty_features_show_the_message_instead(view):
    view.set_dataset(synthetic("moons"))
    view.set_dataset(breast_cancer())
    assert not view.is_available()
    assert view.grid_points().shape == (0, 2)
    assert view.message.isVisible()
    assert "2-D datasets" in view.message.text()
    assert not view.plot_widget.isVisible()
    with pytest.raises(ValueError):
        view.set_probabilities(np.empty(0))
    view.set_dataset(synthetic("moons"))
    assert view.is_available() and view.plot_widget.isVisible()


def test_boundary_follows_the_half_level():
    xs = np.linspace(-1.0, 1.0, 5)
    ys = np.linspace(0.0, 2.0, 3)
    # P = 0.5 exactly half-way between x = 0 and x = 0.5 on every row: a vertical line.
    probs = np.tile(np.array([0.1, 0.2, 0.4, 0.6, 0.9]), (3, 1))
    segments = boundary_segments(probs, xs, ys)
    assert segments.shape == (4, 2)  # two cells, one segment of two points each
    np.testing.assert_allclose(segments[:, 0], 0.25)
    np.testing.assert_allclose(np.sort(segments[:, 1]), [0.0, 1.0, 1.0, 2.0])
    assert boundary_segments(np.full((3, 5), 0.7), xs, ys).shape == (0, 2)


def test_saddle_cell_gives_two_segments():
    probs = np.array([[0.9, 0.1], [0.1, 0.9]])
    segments = boundary_segments(probs, np.array([0.0, 1.0]), np.array([0.0, 1.0]))
    assert segments.shape == (4, 2)
    np.testing.assert_allclose(segments, [[0.5, 0.0], [1.0, 0.5], [0.5, 1.0], [0.0, 0.5]])
