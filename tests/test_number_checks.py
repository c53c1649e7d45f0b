"""check_int and check_float take any real number a script may hold (NumPy's too), refuse
bools, NaN and out-of-range values with the name and the range, and turn -0.0 into 0.0."""

import math
from fractions import Fraction

import numpy as np
import pytest

from engine.hyperparameters import Hyperparameters, check_float, check_int


@pytest.mark.parametrize(
    "value", [10, np.int64(10), np.int32(10), np.uint8(10), 10.0, np.float32(10), Fraction(10)]
)
def test_whole_numbers_of_every_kind(value):
    got = check_int("units", value, 1, 100)
    assert got == 10 and type(got) is int


@pytest.mark.parametrize(
    "value", [True, np.True_, 2.5, np.float64("nan"), math.inf, "10", None, 1j, [10]]
)
def test_what_is_not_a_whole_number(value):
    with pytest.raises(ValueError, match="units must be a whole number from 1 to 100"):
        check_int("units", value, 1, 100)


def test_out_of_range_and_huge_values_name_the_range_briefly():
    with pytest.raises(ValueError, match=r"units must be from 1 to 100, got 0$"):
        check_int("units", np.int64(0), 1, 100)
    for check in (lambda v: check_int("u", v, 1, 9), lambda v: check_float("x", v, 0, 1, False)):
        with pytest.raises(ValueError) as caught:
            check(10**400)  # no OverflowError on the way
        assert len(str(caught.value)) < 80 and str(caught.value).endswith("...")


@pytest.mark.parametrize("value", [0.5, np.float64(0.5), np.float32(0.5), Fraction(1, 2)])
def test_real_numbers_of_every_kind(value):
    got = check_float("noise", value, 0.0, 2.0, False)
    assert got == 0.5 and type(got) is float


@pytest.mark.parametrize("value", [-0.0, np.float64(-0.0), np.float32(-0.0)])
def test_negative_zero_is_zero(value):
    got = check_float("noise", value, 0.0, 2.0, False)
    assert got == 0 and math.copysign(1, got) == 1


@pytest.mark.parametrize("value", [True, np.True_, math.nan, np.float32("nan"), "0.5", None])
def test_what_is_not_a_number(value):
    with pytest.raises(ValueError, match=r"noise must be a number in \[0, 2\]"):
        check_float("noise", value, 0.0, 2.0, False)


def test_hyperparameters_take_numpy_scalars_and_store_python_numbers():
    hp = Hyperparameters(
        units=np.int64(10), batch_size=np.int32(32), learning_rate=np.float32(0.25), l2=-0.0
    )
    assert (hp.units, hp.batch_size, hp.learning_rate, hp.l2) == (10, 32, 0.25, 0.0)
    assert [type(v) for v in (hp.units, hp.batch_size, hp.learning_rate)] == [int, int, float]
    assert math.copysign(1, hp.l2) == 1
