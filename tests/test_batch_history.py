"""Per-batch losses of a run of any length in bounded memory, every point an exact mean."""

import numpy as np
import pytest

from engine.batch_history import DecimatedSeries


def test_keeps_everything_below_capacity():
    series = DecimatedSeries(8)
    series.append([1.0, 2.0, 3.0])
    series.append([4.0])
    x, mean, low, high = series.arrays()
    assert list(x) == [1, 2, 3, 4] and list(mean) == [1, 2, 3, 4] and series.stride == 1
    assert list(low) == list(high) == [1, 2, 3, 4]


@pytest.mark.parametrize("chunk", [1, 3, 12, 364, 5000])
@pytest.mark.parametrize("capacity", [2, 8, 64])
def test_points_are_exact_block_means_and_envelopes(chunk, capacity):
    values = np.random.RandomState(0).normal(size=10_007)
    series = DecimatedSeries(capacity)
    for i in range(0, len(values), chunk):
        series.append(values[i : i + chunk])
    x, mean, low, high = series.arrays()
    assert len(mean) <= capacity and series.count == len(values)
    blocks = values[: len(mean) * series.stride].reshape(len(mean), series.stride)
    np.testing.assert_allclose(mean, blocks.mean(axis=1), rtol=1e-12)
    np.testing.assert_array_equal(low, blocks.min(axis=1))
    np.testing.assert_array_equal(high, blocks.max(axis=1))
    assert list(x) == list(np.arange(1, len(mean) + 1) * series.stride)
    # What is not yet a whole point is less than one stride.
    assert len(values) - len(mean) * series.stride < series.stride or len(mean) == capacity


def test_memory_is_bounded_for_a_very_long_run():
    series = DecimatedSeries(1 << 12)
    epoch = np.random.RandomState(1).random(364)  # batch 1 on the book's data
    for _ in range(20_000):  # 7.3 million batch losses
        series.append(epoch)
    assert series.count == 364 * 20_000
    assert len(series) <= 1 << 12 and series.nbytes == 3 * 8 * (1 << 12)
    covered = len(series) * series.stride
    expected = epoch[np.arange(covered) % 364].mean()
    assert series.arrays()[1].mean() == pytest.approx(expected, rel=1e-12)


def test_capacity_must_be_even():
    with pytest.raises(ValueError, match="even number >= 2, got 7"):
        DecimatedSeries(7)
