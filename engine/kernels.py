"""Which kernel trains a run, the compiled one's loading, and BLAS's threads.

Two kernels do the same arithmetic (tests hold both to the book-shaped ``engine/network.py``):
``engine/fused_step.py`` in NumPy, and ``engine/numba_kernel.py`` compiled by numba. The compiled
one is 3 to 10 times faster on the book's small layers, where NumPy's per-call cost is most of a
step, but loading it costs 0.4-1.2 s (and compiling it, the first time, 5-10 s), and BLAS's
blocked products beat its plain loops on large layers. So ``choose_kernel`` picks it only where it
is faster per batch *and* the run is long enough to pay for loading it. The default headless run,
the book's 0.1 s, never imports numba.

The choice depends on the run alone (its shape, its settings, and whether numba is installed),
never on whether the compiled kernel happens to be loaded yet: the kernels agree to 1e-12, not
to the bit, so a run must give the same numbers in the window and in the terminal, before and
after the window's background warm-up (``engine.warm_up``), today and after a restart. A run
never switches kernel midway either. A long run that needs the compiled kernel before it is
ready waits for it (compiled in a child process the first time, 5-10 s once per machine).

Measured on the 2-vCPU development machine (bench/bench_engine.py and the research notes behind
issue 11); the constants below decide only *which* kernel runs, never a number it computes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from types import ModuleType
from typing import Protocol

import numpy as np

from engine.fused_step import NumpyKernel
from engine.hyperparameters import Hyperparameters
from engine.network import Parameters

logger = logging.getLogger(__name__)

KERNELS = ("auto", "numpy", "numba", "hybrid")
# MINIBATCH_LAB_KERNEL=numpy (or numba) overrides "auto", for benchmarks and bug reports.
KERNEL_VARIABLE = "MINIBATCH_LAB_KERNEL"

# Seconds to import numba and load the cached kernels in a process (0.4-1.2 s measured), and
# to compile them when the cache is cold (4-12 s).
LOAD_SECONDS = 1.0
COMPILE_SECONDS = 10.0
# One NumPy batch on a small layer: ~17-20 calls at ~1 us each.
NUMPY_BATCH_SECONDS = 20e-6
# BLAS is pinned to one thread when a batch's product has more multiply-adds than this: up to
# it OpenBLAS runs a product on one thread anyway (65536 x GEMM_MULTITHREAD_THRESHOLD 4), and
# entering the limit costs ~8 us, a tenth of a full-batch epoch on the book's data.
BLAS_PIN_WORK = 4 * 65536


class Kernel(Protocol):
    """What ``Trainer`` asks of a kernel (see ``NumpyKernel``)."""

    name: str
    g: np.ndarray
    batch_ce: np.ndarray
    batch_correct: np.ndarray
    penalties: float

    def set_order(self, order: np.ndarray) -> None: ...

    def run(self, first: int, stop: int, pending: threading.Event | None = None) -> int: ...

    def evaluate(
        self, x: np.ndarray | None, y: np.ndarray | None
    ) -> tuple[float, float, int, bool]: ...


_compiled: ModuleType | None = None
_compiled_failed = False
_compiled_warm = False
_load_lock = threading.Lock()


def compiled_module() -> ModuleType | None:
    """``engine.numba_kernel``, imported on first use; None where it cannot load. Not only
    ImportError: numba refuses a NumPy newer than it knows with an error of its own, and raises
    RuntimeError when no cache folder is writable. The failure is logged once; the NumPy kernel
    then trains every run."""
    global _compiled, _compiled_failed
    with _load_lock:
        if _compiled is None and not _compiled_failed:
            from engine.warm_up import use_app_cache

            use_app_cache()
            try:
                from engine import numba_kernel
            except Exception as error:  # anything numba raises means "NumPy only"
                _compiled_failed = True
                logger.info("The compiled kernel is unavailable, NumPy trains: %s", error)
            else:
                _compiled = numba_kernel
        return _compiled


def compiled_ready() -> bool:
    """Whether the compiled kernel is loaded and warmed up: using it costs nothing more."""
    return _compiled_warm


def warm_compiled() -> bool:
    """Load the compiled kernel and run each entry point once (compiling it if its cache is
    cold); False where it cannot load."""
    global _compiled_warm
    module = compiled_module()
    if module is None:
        return False
    if not _compiled_warm:
        from engine.warm_up import mark_cache_warm

        module.warm_up()
        mark_cache_warm()
        _compiled_warm = True
    return True


def compiled_fits(n_features: int, units: int, batch_size: int) -> bool:
    """Where the compiled loops beat NumPy with BLAS on one thread, per batch (measured on 20 000
    rows, one epoch): any batch size for tiny layers, batches up to 64 for small ones, up to 8
    for layers of up to ~10 000 weights. Beyond, BLAS's blocked products win."""
    weights = (n_features + 1) * units
    return (
        weights <= 400
        or (weights <= 2_000 and batch_size <= 64)
        or (weights <= 10_000 and batch_size <= 8)
    )


def choose_kernel(
    n_rows: int,
    n_features: int,
    hp: Hyperparameters,
    epochs: int | None = None,
    kernel: str = "auto",
) -> str:
    """ "numpy", "numba" or "hybrid" (NumPy's products with compiled element-wise loops) for
    this run. ``kernel`` names one (the compiled ones fall back to NumPy where numba cannot
    load); "auto" (or the ``MINIBATCH_LAB_KERNEL`` variable) decides from the shapes and the
    run's length only. Large layers stay with NumPy: the hybrid gains 10-13% there, not worth
    numbers that would depend on whether numba is installed for runs BLAS dominates anyway."""
    wanted = _wanted_kernel(n_rows, n_features, hp, epochs, kernel)
    if wanted == "numpy":
        return "numpy"
    # Loaded now, so that a run's seconds are training.
    return wanted if prepare_compiled() else "numpy"


def planned_kernel(n_rows: int, n_features: int, hp: Hyperparameters) -> str:
    """The kernel ``choose_kernel`` would want for this run ("numpy" or "numba"), without
    loading anything: for estimates of a run's length (``engine.sweep``)."""
    return _wanted_kernel(n_rows, n_features, hp, None, "auto")


def compile_pending(
    n_rows: int, n_features: int, hp: Hyperparameters, epochs: int | None = None
) -> bool:
    """Whether this run will first wait for the compiled kernel to be compiled (once per
    machine, 5-10 s): the terminal says so before it seems to hang."""
    from engine.warm_up import cache_is_warm

    wanted = _wanted_kernel(n_rows, n_features, hp, epochs, "auto")
    return wanted != "numpy" and not _compiled_warm and not cache_is_warm()


def _wanted_kernel(
    n_rows: int, n_features: int, hp: Hyperparameters, epochs: int | None, kernel: str
) -> str:
    if kernel not in KERNELS:
        raise ValueError(f"kernel must be one of {', '.join(KERNELS)}, got {kernel!r}")
    if kernel == "auto":
        kernel = os.environ.get(KERNEL_VARIABLE, "auto")
    if kernel != "auto":
        return kernel
    batch = hp.effective_batch_size(n_rows)
    if not compiled_fits(n_features, hp.units, batch):
        return "numpy"
    batches = hp.updates_per_epoch(n_rows) * (hp.epochs if epochs is None else epochs)
    if batches * NUMPY_BATCH_SECONDS < LOAD_SECONDS:  # the book's run: 6 000 batches, 0.1 s
        return "numpy"
    from engine.warm_up import compiled_installed

    return "numba" if compiled_installed() else "numpy"


def prepare_compiled() -> bool:
    """Make the compiled kernel ready for a run that needs it: wait for the window's warm-up
    if it is under way, else compile (in a child process, so a window keeps painting) and
    load it here. False where numba cannot load."""
    if _compiled_warm:
        return True
    from engine.warm_up import ensure_ready

    return ensure_ready()


def make_kernel(
    name: str,
    params: Parameters,
    hp: Hyperparameters,
    x: np.ndarray,
    y: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    order: np.ndarray,
    shuffled: bool,
) -> Kernel:
    """The kernel ``name`` (from ``choose_kernel``) for one run on the rows ``x``, taken in
    ``order`` until ``set_order`` says otherwise (``shuffled``: it will)."""
    module = compiled_module() if name in ("numba", "hybrid") else None
    if module is not None and name == "numba":
        return module.NumbaKernel(params, hp, x, y, starts, sizes, order)
    return NumpyKernel(params, hp, x, y, starts, sizes, shuffled, compiled=module)


_controller = None


def blas_pinned(work: int) -> contextlib.AbstractContextManager[object]:
    """BLAS limited to one thread while a run with products of ``work`` multiply-adds per batch
    trains. Measured: a second OpenBLAS thread that has to wake on a busy core made a 256x101
    by 101x64 product's mean 3.8x worse (p99 8 ms against 0.1 ms), and whole runs 6-9x slower;
    no per-batch product of this app is large enough for it to pay reliably. One controller is
    made per process and reused: ``threadpool_limits()`` rescans the loaded libraries on every
    call (~340 us), the controller's ``limit`` costs ~8 us."""
    global _controller
    if work <= BLAS_PIN_WORK:
        return contextlib.nullcontext()
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")
