"""The memory estimate is never below what a run really allocates (and not far above), and a
run that does not fit is refused with both figures and the setting to lower."""

import subprocess
import sys
import textwrap
import tracemalloc

import numpy as np
import pytest

from engine.hyperparameters import Hyperparameters
from engine.memory import (
    RunTooLarge,
    available_bytes,
    check_run_fits,
    estimate_run_bytes,
    format_bytes,
    run_memory,
)
from engine.network import init_parameters
from engine.training import iter_epochs


def measured_peak(n_train, n_val, n_features, hp, kernel):
    """What training allocates at its peak on top of its data, as tracemalloc counts it."""
    rng = np.random.RandomState(0)
    x, x_val = rng.normal(size=(n_train, n_features)), rng.normal(size=(n_val, n_features))
    y, y_val = np.arange(n_train) % 2, np.arange(n_val) % 2
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        params = init_parameters(n_features, hp.units, hp.init, hp.seed)
        records = list(iter_epochs(params, hp, x, y, x_val, y_val, kernel=kernel))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert len(records) == hp.epochs
    return peak


@pytest.mark.parametrize(
    ("n_train", "n_val", "n_features", "hp"),
    [
        (364, 91, 30, Hyperparameters()),  # the book's run
        (364, 91, 30, Hyperparameters(batch_size=None)),
        (6000, 2000, 2, Hyperparameters(units=400, batch_size=None, epochs=2)),  # hidden layer
        (6000, 2000, 2, Hyperparameters(units=400, batch_size=500, epochs=2)),  # validation
        (2000, 500, 150, Hyperparameters(units=20, batch_size=64, epochs=3)),  # data copies
        (500, 100, 3, Hyperparameters(units=2, batch_size=1, epochs=30)),  # records
        # Rows too many to copy: each batch is gathered from the caller's.
        (80_000, 100, 30, Hyperparameters(batch_size=256, epochs=2, shuffle="sklearn")),
    ],
)
def test_the_estimate_covers_the_measured_peak(kernel, n_train, n_val, n_features, hp):
    estimate = run_memory(n_train, n_val, n_features, hp, kernel).total
    peak = measured_peak(n_train, n_val, n_features, hp, kernel)
    assert peak <= estimate <= 1.5 * peak, (peak, estimate)
    # Without a kernel named, the estimate is the NumPy kernel's, the larger.
    assert estimate <= estimate_run_bytes(n_train, n_val, n_features, hp)


def test_no_copy_of_large_training_data():
    """Issue 11: at most one copy of the training rows, and none once they are large."""
    hp = Hyperparameters()
    small, large = (run_memory(n, 0, 30, hp).data / (n * 31 * 8) for n in (10_000, 1_000_000))
    assert 1 < small < 2
    assert large < 0.5


def test_the_estimate_grows_with_what_it_names():
    book = run_memory(364, 91, 30, Hyperparameters())
    assert run_memory(364, 91, 30, Hyperparameters(units=20)).batch == pytest.approx(
        2 * book.batch, rel=0.1
    )
    assert run_memory(364, 91, 30, Hyperparameters(epochs=1000)).records > 1.9 * book.records
    # A million epochs at batch 1: the mini-batch losses are most of the records, and the
    # headless run, which drops them, is estimated without them.
    long = Hyperparameters(batch_size=1, epochs=10**6)
    dropped = run_memory(364, 91, 30, long, batch_losses=False).records
    assert dropped * 5 < run_memory(364, 91, 30, long).records
    full = run_memory(75_000, 25_000, 2, Hyperparameters(units=10_000, batch_size=None))
    assert full.batch == 8 * (3 * 75_000 * 10_000 + 3 * 75_000 + 10_000)  # three 6 GB arrays
    assert full.total == estimate_run_bytes(
        75_000, 25_000, 2, Hyperparameters(units=10_000, batch_size=None)
    )


def test_a_run_that_does_not_fit_is_refused_with_the_figures_and_what_to_lower():
    hp = Hyperparameters(units=10_000, batch_size=None)
    with pytest.raises(RunTooLarge) as caught:
        check_run_fits(75_000, 25_000, 2, hp, available=8 * 10**9)
    message = str(caught.value)
    assert "needs about 24.0 GB" in message and "only 8.0 GB is available" in message
    assert "lower the batch size or the number of hidden units" in message
    assert caught.value.needed > caught.value.available == 8 * 10**9
    assert isinstance(caught.value, MemoryError)

    many_epochs = Hyperparameters(units=2, batch_size=1, epochs=1_000_000)
    with pytest.raises(RunTooLarge, match="lower the number of epochs, or raise the batch size"):
        check_run_fits(75_000, 25_000, 2, many_epochs, available=8 * 10**9)
    check_run_fits(364, 91, 30, Hyperparameters(), available=10**7)  # the book's run fits


def test_format_bytes():
    assert [format_bytes(n) for n in (0, 999, 1000, 1_234_567, 22 * 10**9, 3 * 10**13)] == [
        "0 bytes",
        "999 bytes",
        "1.0 kB",
        "1.2 MB",
        "22.0 GB",
        "30.0 TB",
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and rlimits")
def test_available_memory_respects_the_process_limit():
    assert available_bytes() > 10**7
    code = textwrap.dedent(
        """
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (3 * 10**9, resource.RLIM_INFINITY))
        from engine.memory import available_bytes
        print(available_bytes())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert 0 < int(done.stdout) < 3 * 10**9
