"""What decides the loss plot's range, as arithmetic: which curves are cut off, where, and the
ranges of an empty plot; the numbers the plot writes."""

import math

import numpy as np
import pytest

from gui.number_text import THIN_SPACE, grouped, short, significant, whole
from gui.plot_range import (
    GAP,
    MAX_DRAWN,
    OTHERS_REACH,
    CurveStats,
    clip_level,
    clipped,
    empty_range,
    length_ratio,
    peaks_above,
    stats_of,
)


def stats(*values: float) -> CurveStats:
    return stats_of(np.array(values, dtype=float))


def test_stats_follow_a_growing_curve_and_skip_what_is_not_finite():
    grown = stats(0.7, 0.5).merged(np.array([np.nan, 0.0, np.inf, 0.2]))
    assert (grown.first, grown.top, grown.low) == (0.7, 0.7, 0.2)
    assert math.isnan(stats().top) and stats(np.nan).first != stats(np.nan).first
    assert stats(0.7, 30.0).diverged() and not stats(30.0, 1.0).diverged()


def test_runs_of_one_scale_are_drawn_in_full():
    ours = [stats(0.7, 0.03), stats(0.72, 0.08), stats(0.69, 0.1)]
    assert clip_level(ours, [stats(0.8, 0.05)], log=False) == MAX_DRAWN
    assert clip_level([], [], log=True) == MAX_DRAWN


def test_an_exploding_comparison_is_cut_just_above_our_runs():
    ours = [stats(0.7, 0.03), stats(0.75, 0.08)]
    level = clip_level(ours, [stats(21790.0, 300.0)], log=False)
    assert 0.75 < level < 0.75 * 1.1
    # On a log axis the headroom is a share of the decades shown, not of the top.
    log_level = clip_level(ours, [stats(21790.0, 300.0)], log=True)
    assert 0.75 < log_level < 0.75 * 10 ** (0.1 * math.log10(0.75 / 0.03))


def test_the_comparison_may_stretch_the_range_a_little_but_not_decide_it():
    ours = [stats(0.7, 0.1)]
    assert clip_level(ours, [stats(0.7 * OTHERS_REACH * 0.99)], log=False) == MAX_DRAWN
    assert clip_level(ours, [stats(0.7 * OTHERS_REACH * 1.01)], log=False) < 0.8
    # Alone, the comparison decides for itself.
    assert clip_level([], [stats(800.0, 20.0)], log=False) == MAX_DRAWN


def test_our_own_exploding_run_is_cut_at_the_first_big_jump():
    calm = [stats(0.7, 0.05), stats(0.9, 0.2)]
    wild = stats(0.7, 45_480.0, 20.0)
    level = clip_level([*calm, wild], [], log=False)
    assert 0.9 < level < 1.0
    # A jump smaller than GAP keeps both in full: different, not exploding.
    assert clip_level([*calm, stats(0.9 * GAP * 0.9)], [], log=False) == MAX_DRAWN


def test_nothing_beyond_what_pyqtgraph_can_draw():
    huge = stats(0.7, 1.5e308)
    level = clip_level([huge], [], log=True)
    assert level <= MAX_DRAWN
    drawn = clipped(np.array([0.7, 1.5e308, np.inf, np.nan]), level)
    assert np.isfinite(drawn[:3]).all() and np.nanmax(drawn) <= MAX_DRAWN and np.isnan(drawn[3])


def test_markers_sit_at_the_peak_of_each_stretch_above_the_level():
    x = np.arange(1.0, 11.0)
    y = np.array([0.5, 3, 9, 2, 0.4, 0.3, 5, np.inf, 0.2, np.nan])
    px, py = peaks_above(x, y, 1.0)
    assert px.tolist() == [3.0, 8.0] and py[0] == 9 and np.isinf(py[1])
    assert peaks_above(x, np.zeros(10), 1.0)[0].size == 0


def test_length_ratio_and_empty_ranges():
    assert length_ratio([500, 1500, 6000, 23_000, 182_000]) == 364
    assert length_ratio([500]) == 1.0 and length_ratio([]) == 1.0
    assert empty_range(log=False, whole_numbers=True) == (0.0, 10.0)
    assert empty_range(log=True, whole_numbers=False) == (-2.0, 0.0)  # 0.01 to 1


@pytest.mark.parametrize(
    ("value", "table", "note"),
    [
        (0.1, "0.1000", "0.1"),
        (0.12461, "0.1246", "0.125"),
        (0.03212173339795375, "0.03212", "0.0321"),
        (0.978021978021978, "0.9780", "0.978"),
        (22_000.4, f"22{THIN_SPACE}000", f"22{THIN_SPACE}000"),
        (182_000, f"182{THIN_SPACE}000", f"182{THIN_SPACE}000"),
        (1.5e-5, "1.500e-5", "1.5e-5"),
        (2.5e8, "2.500e8", "2.5e8"),
        (0.099996, "0.1000", "0.1"),
        (math.nan, "–", "–"),
        (0.0, "0", "0"),
    ],
)
def test_numbers_read_the_same_everywhere(value, table, note):
    assert significant(value) == table
    assert short(value) == note


def test_counts_are_grouped_only_from_five_digits():
    assert whole(6000) == "6000" and whole(182_000) == f"182{THIN_SPACE}000"
    assert grouped("-1234567.5") == f"-1{THIN_SPACE}234{THIN_SPACE}567.5"
