"""The split's scaler is scikit-learn's StandardScaler to the bit, block by block, in place."""

import numpy as np
import pytest
from sklearn.preprocessing import StandardScaler

from engine import parallel, standardise


def awkward(rows: int, seed: int = 0) -> np.ndarray:
    """Columns of very different sizes and offsets, one constant and one nearly constant: the
    cases where the order of a sum shows in its last bits."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(rows, 6)) * 10.0 ** rng.integers(-6, 9, size=6) + rng.normal(size=6) * 1e4
    x[:, 4] = 7.25
    x[:, 5] = 1e9 + rng.integers(0, 2, rows) * 1e-7
    return x


@pytest.mark.parametrize("threads", [1, 3])
@pytest.mark.parametrize("block_bytes", [48, 4096, standardise.BLOCK_BYTES])
@pytest.mark.parametrize("rows", [1, 2, 37, 50_001])
def test_fit_and_transform_are_standard_scalers_to_the_bit(monkeypatch, block_bytes, rows, threads):
    monkeypatch.setattr(standardise, "BLOCK_BYTES", block_bytes)  # 1 row, 85 rows, 21 845 rows
    monkeypatch.setattr(parallel, "MIN_CELLS", 0)
    monkeypatch.setattr(parallel, "cores", lambda: threads)  # 3 groups of rows to transform
    x = awkward(rows)
    scaler = StandardScaler().fit(x)
    mean, variance, scale = standardise.fit(x)
    np.testing.assert_array_equal(mean, scaler.mean_)
    np.testing.assert_array_equal(variance, scaler.var_)
    np.testing.assert_array_equal(scale, scaler.scale_)
    expected = scaler.transform(x)
    assert standardise.transform(x, mean, scale)
    np.testing.assert_array_equal(x, expected)


def test_a_constant_column_keeps_scale_one():
    _mean, _variance, scale = standardise.fit(awkward(1000))
    assert scale[4] == 1.0 and scale[0] != 1.0


def test_overflow_is_reported_not_warned():
    x = np.array([[1e200], [-1e200], [3.0]])
    with np.errstate(all="ignore"):
        _mean, variance, _scale = standardise.fit(x)
        assert not np.isfinite(variance).all()
    far = np.array([[1e300]])
    with np.errstate(all="ignore"):
        assert not standardise.transform(far, np.zeros(1), np.array([1e-10]))
