"""The training kernels: which one runs, the compiled one's pieces, and what both promise
besides the numbers (tests/test_book_numbers.py and others check those for each kernel)."""

import math
import os
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from scipy.special import expit

from engine import kernels, warm_up
from engine.control import RunControl
from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.kernels import choose_kernel, compiled_fits
from engine.training import Trainer, TrainingDiverged, trainer_epochs

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def data():
    return breast_cancer()


def trainer(data, kernel, **changes) -> Trainer:
    hp = replace(Hyperparameters(epochs=4), **changes)
    return Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val, kernel=kernel)


def same_run(a: Trainer, b: Trainer, ra, rb) -> None:
    np.testing.assert_array_equal(a.params.theta, b.params.theta)
    assert [r.train_loss for r in ra] == [r.train_loss for r in rb]
    assert [r.val_loss for r in ra] == [r.val_loss for r in rb]
    for x, y in zip(ra, rb, strict=True):
        np.testing.assert_array_equal(x.batch_losses, y.batch_losses)


def test_the_kernels_agree_with_each_other(data, compiled_kernel):
    """Not to the bit (the compiled sums run in another order), to 1e-12."""
    for changes in ({}, {"batch_size": 1, "l1": 0.001}, {"momentum": 0.9, "loss": "sklearn"}):
        numpy, *others = (trainer(data, k, **changes) for k in ("numpy", "numba", "hybrid"))
        assert [t.kernel_name for t in (numpy, *others)] == ["numpy", "numba", "hybrid"]
        r1 = list(trainer_epochs(numpy))
        for other in others:
            r2 = list(trainer_epochs(other))
            np.testing.assert_allclose(numpy.params.theta, other.params.theta, rtol=0, atol=1e-12)
            for a, b in zip(r1, r2, strict=True):
                assert a.train_loss == pytest.approx(b.train_loss, abs=1e-12)
                assert a.val_loss == pytest.approx(b.val_loss, abs=1e-12)
                assert (a.train_acc, a.val_acc) == (b.train_acc, b.val_acc)
                np.testing.assert_allclose(a.batch_losses, b.batch_losses, rtol=0, atol=1e-12)


@pytest.mark.parametrize("batch_size", [1, 5, 32])
def test_chunks_and_pauses_change_no_number(data, kernel, batch_size):
    """A control makes the compiled kernel run in chunks (and asks it between them); pausing
    in the middle of an epoch and going on gives the numbers of a run that never paused."""
    whole = trainer(data, kernel, batch_size=batch_size)
    ran = list(trainer_epochs(whole))
    control = RunControl()
    paused = trainer(data, kernel, batch_size=batch_size)
    records = [paused.run_epoch(control)]
    control.request_pause()
    assert paused.run_epoch(control) is None  # held mid-epoch
    held_at = paused.batch
    assert 0 < held_at < paused.batches_per_epoch
    control.resume()
    records += list(trainer_epochs(paused, control))
    same_run(whole, paused, ran, records)


def test_a_stop_reaches_a_long_compiled_epoch_within_a_chunk(compiled_kernel):
    """One epoch of a million rows at batch 1 takes a few tenths of a second compiled: a stop
    asked from another thread ends it after a chunk of ~20 ms, not at the end of the epoch."""
    rng = np.random.RandomState(0)
    x = rng.normal(size=(1_000_000, 5))
    y = (x[:, 0] > 0).astype(float)
    run = Trainer(Hyperparameters(batch_size=1, epochs=1), x, y, kernel="numba")
    control = RunControl()
    stopper = threading.Timer(0.05, control.request_stop)
    stopper.start()
    assert run.run_epoch(control) is None
    stopper.join()
    assert 0 < run.batch < 900_000 and run.epoch == 0


def test_step_mode_on_the_compiled_kernel_gives_the_run_numbers(data, compiled_kernel):
    running = trainer(data, "numba", epochs=2)
    ran = list(trainer_epochs(running))
    stepping = trainer(data, "numba", epochs=2)
    reports = [stepping.step() for _ in range(24)]
    assert [r.batch for r in reports[:3]] == [1, 2, 3]
    same_run(running, stepping, ran, [reports[11].record, reports[23].record])


def test_divergence_is_reported_by_every_kernel(data, kernel):
    wild = trainer(data, kernel, learning_rate=1e6, epochs=100)
    with pytest.raises(TrainingDiverged) as caught:
        list(trainer_epochs(wild))
    assert caught.value.epoch < 100 and wild.diverged


def test_the_compiled_sigmoid_matches_expit(compiled_kernel):
    from engine.numba_kernel import sigmoid_inplace

    z = np.concatenate(
        [np.linspace(-40, 40, 400_001), np.random.RandomState(0).normal(0, 8, 10**5)]
    )
    out = z.copy()
    sigmoid_inplace(out, np.empty(len(z), dtype=np.int64), len(z))
    reference = expit(z)
    assert np.max(np.abs(out - reference)) <= 2.3e-16
    assert np.max(np.abs(out - reference) / reference) <= 6e-16
    ends = np.array([-1e300, -800.0, -100.0, 100.0, 800.0, 1e300, np.inf, -np.inf, np.nan])
    out = ends.copy()
    sigmoid_inplace(out, np.empty(len(ends), dtype=np.int64), len(ends))
    assert np.all(out[:3] < 4e-44) and np.all(out[3:7] == 1.0) and out[7] < 4e-308
    assert math.isnan(out[8])


CHOICES = [
    # The book's run: 6 000 NumPy batches, 0.1 s, less than loading numba costs.
    ((364, 30, Hyperparameters()), "numpy"),
    ((364, 30, Hyperparameters(batch_size=None, epochs=5)), "numpy"),
    # Batch 1, 500 epochs: 182 000 batches, ~3.6 s in NumPy, ~0.15 s compiled.
    ((364, 30, Hyperparameters(batch_size=1)), "numba"),
    # Large layers: BLAS's blocked products win, however long the run.
    ((100_000, 100, Hyperparameters(units=64, batch_size=256)), "numpy"),
    ((100_000, 30, Hyperparameters(units=1000, epochs=1)), "numpy"),
]


@pytest.mark.parametrize("loaded", [True, False])
def test_the_choice_of_kernel_depends_on_the_run_alone(monkeypatch, loaded):
    """Loaded by the window's warm-up or not, a run gets the same kernel, hence the same
    numbers in the window and in the terminal; a run that needs numba gets it ready first."""
    monkeypatch.setattr(kernels, "_compiled_warm", loaded)
    prepared = []
    monkeypatch.setattr(warm_up, "ensure_ready", lambda: prepared.append(1) or True)
    monkeypatch.setattr(warm_up, "compiled_installed", lambda: True)
    for (rows, features, hp), wanted in CHOICES:
        assert choose_kernel(rows, features, hp) == wanted, hp
    assert prepared == ([] if loaded else [1])
    assert compiled_fits(100, 64, 1) and not compiled_fits(100, 64, 32)


def test_a_kernel_asked_for_by_name_or_by_the_environment(monkeypatch, compiled_kernel):
    book = Hyperparameters()
    assert choose_kernel(364, 30, book, kernel="numpy") == "numpy"
    assert choose_kernel(364, 30, book, kernel="numba") == "numba"
    assert choose_kernel(364, 30, book, kernel="hybrid") == "hybrid"
    monkeypatch.setenv(kernels.KERNEL_VARIABLE, "numpy")
    assert choose_kernel(364, 30, replace(book, batch_size=1)) == "numpy"
    assert choose_kernel(364, 30, book, kernel="numba") == "numba"
    with pytest.raises(ValueError, match="kernel must be one of auto, numpy, numba"):
        choose_kernel(364, 30, book, kernel="cuda")


def test_without_numba_every_run_trains_with_numpy(monkeypatch):
    monkeypatch.setattr(warm_up, "compiled_installed", lambda: False)
    for (rows, features, hp), _ in CHOICES:
        assert choose_kernel(rows, features, hp) == "numpy"


def test_numpy_trains_where_numba_cannot_load():
    """numba missing, or refusing to load (a NumPy too new for it, no writable cache): the
    NumPy kernel trains, even a run that asks for numba by name."""
    code = (
        "import sys\n"
        "sys.modules['numba'] = None\n"
        "from engine.datasets import breast_cancer\n"
        "from engine.hyperparameters import Hyperparameters\n"
        "from engine.training import Trainer, trainer_epochs\n"
        "d = breast_cancer()\n"
        "t = Trainer(Hyperparameters(epochs=3), d.x_train, d.y_train, kernel='numba')\n"
        "print(t.kernel_name, len(list(trainer_epochs(t))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["numpy", "3"]


def test_warm_up_compiles_in_a_child_then_loads(tmp_path):
    """With a cold cache the compile happens in a child process, which leaves its code in the
    cache and a stamp that says so; this process then loads it and uses it for small runs."""
    code = (
        "import sys, threading\n"
        "from engine import kernels, warm_up\n"
        "assert not warm_up.cache_is_warm()\n"
        "done = []\n"
        "thread = warm_up.warm_up_in_background(done.append)\n"
        "thread.join(600)\n"
        "print(done, warm_up.cache_is_warm(), kernels.compiled_ready(),\n"
        "      warm_up.warm_up_in_background() is None)\n"
    )
    env = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=600, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["[True]", "True", "True", "True"]
    assert list((tmp_path / "cache").rglob("*.nbi"))  # numba's cache index files


def test_the_app_cache_folder_is_the_platforms(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert warm_up.cache_folder() == tmp_path / "minibatch-lab"
    monkeypatch.setenv("XDG_CACHE_HOME", "")  # set but empty: as if unset
    assert warm_up.cache_folder() == Path.home() / ".cache" / "minibatch-lab"
    monkeypatch.delenv(warm_up.CACHE_VARIABLE)
    assert warm_up.use_app_cache() == Path.home() / ".cache" / "minibatch-lab" / "numba"
    monkeypatch.setenv(warm_up.CACHE_VARIABLE, str(tmp_path))
    assert warm_up.use_app_cache() == tmp_path  # the user's own choice stays


def test_blas_is_pinned_to_one_thread_for_large_products(monkeypatch, kernel):
    """A second BLAS thread on a busy core made large runs 6-9x slower (and the hybrid kernel
    once 25x): every kernel that calls BLAS pins it while training, numba's own loops don't."""
    from threadpoolctl import threadpool_info

    assert kernels.BLAS_PIN_WORK == 4 * 65536  # OpenBLAS threads nothing smaller
    with kernels.blas_pinned(kernels.BLAS_PIN_WORK + 1):
        blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
        assert blas and all(pool["num_threads"] == 1 for pool in blas)
    asked = []
    real = kernels.blas_pinned
    monkeypatch.setattr(
        "engine.training.blas_pinned", lambda work: asked.append(work) or real(work)
    )
    x = np.random.RandomState(0).normal(size=(2000, 100))
    y = (x[:, 0] > 0).astype(float)
    run = Trainer(Hyperparameters(units=64, batch_size=256, epochs=1), x, y, kernel=kernel)
    run.run_epoch()
    pinned = max(asked) > kernels.BLAS_PIN_WORK
    assert pinned is (kernel != "numba"), (kernel, asked)
