"""The session's plain rules: colour-blind-safe colours and when they repeat, outcome states in
files, and names made from settings."""

import itertools

import numpy as np
import pytest

from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from gui.run_names import settings_name, settings_summary
from gui.session_runs import PALETTE, SECOND_PALETTE, family_color, pick_look, result_from_saved

# Machado, Oliveira and Fernandes (2009), severity 1: linear-RGB matrices simulating how a
# colour looks to someone with protanopia, deuteranopia or tritanopia.
VISION = {
    "normal": np.eye(3),
    "protan": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deutan": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritan": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}


def linear_rgb(color: str) -> np.ndarray:
    srgb = np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def lab(rgb: np.ndarray) -> np.ndarray:
    """CIE L*a*b* (D65) of a linear-RGB colour."""
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    t = (xyz @ np.clip(rgb, 0, 1)) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_twelve_colours_stay_apart_for_colour_blind_eyes_too():
    """The smallest difference between two of the twelve, under each kind of vision, is at
    least the Okabe-Ito set's own (about 13.5 CIE76 for its eight colours); each colour is
    dark enough to read on white."""
    assert len(set(PALETTE)) == 12
    for matrix in VISION.values():
        colours = [lab(matrix @ linear_rgb(color)) for color in PALETTE]
        closest = min(np.linalg.norm(a - b) for a, b in itertools.combinations(colours, 2))
        assert closest > 12
    assert all(lab(linear_rgb(color))[0] < 75 for color in PALETTE)


def test_runs_13_to_24_get_twelve_more_colours_apart_from_all_the_others():
    used: list[tuple[str, int]] = []
    for _ in range(2 * len(PALETTE)):
        used.append(pick_look(used))
    assert used[:12] == [(color, 0) for color in PALETTE]
    assert used[12:] == [(color, 1) for color in PALETTE]
    drawn = [family_color(color, family) for color, family in used]
    assert drawn[:12] == list(PALETTE) and drawn[12:] == list(SECOND_PALETTE)
    colours = [lab(linear_rgb(color)) for color in drawn]
    for i in range(
        12, 24
    ):  # each new colour far from all 23 others, as far as any two of the first
        others = colours[:i] + colours[i + 1 :]
        assert min(np.linalg.norm(colours[i] - other) for other in others) > 33
    assert all(colour[0] < 75 for colour in colours)  # dark enough to read on white
    # A colour from a file, not in the palette: its second family is a shade of it.
    assert family_color("#5A7D2A", 1) == "#A3CD69" and family_color("#d8e8a0", 1) == "#A7C931"
    del used[3]  # a deleted run's look comes back first
    assert pick_look(used) == (PALETTE[3], 0)


def test_names_say_what_differs_from_the_books_run(qapp):
    book = DataSpec("breast_cancer")
    assert settings_name(book, Hyperparameters()) == "batch 32"
    hp = Hyperparameters(batch_size=None, learning_rate=0.5, l1=0.001, units=4, seed=1)
    assert settings_name(book, hp) == "batch full, lr 0.5, L1 0.001, 4 units, seed 1"
    moons = DataSpec("moons", samples=500, noise=0.3)
    assert settings_name(moons, Hyperparameters(epochs=50)) == (
        "moons (500 points, noise 0.3), batch 32, 50 epochs"
    )
    assert settings_name(DataSpec("csv", path="C:\\data\\patients.csv"), Hyperparameters()) == (
        "patients, batch 32"
    )
    summary = settings_summary(book, Hyperparameters(init="ones"))
    assert (
        summary
        == "breast cancer, batch 32, lr 0.1, L2 0.01, 10 units, all ones, 500 epochs, seed 42"
    )


@pytest.mark.parametrize(
    ("numbers", "stopped_early"),
    [({"n_iter": 37}, True), ({"n_iter": 500}, False), ({"n_iter": 37, "setup": "same"}, False)],
)
def test_a_saved_comparison_reads_back(numbers, stopped_early):
    saved = {
        "setup": "book",
        "val_score": 0.989,
        "train_score": 0.99,
        "seconds": 0.5,
        "seed": 42,
        "momentum": 0.9,
        **numbers,
    }
    result = result_from_saved(saved, Hyperparameters())
    assert result.val_score == 0.989 and result.loss_curve == ()
    assert result.stopped_early is stopped_early
    del saved["seed"]
    assert result_from_saved(saved, Hyperparameters()) is None
