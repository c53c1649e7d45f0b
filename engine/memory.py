"""How much memory a run will take, known before it takes it.

A run's size grows with products of its settings: a full batch of 75 000 rows through 10 000
hidden units is three 6 GB arrays. Allocating them only to meet NumPy's ``MemoryError`` (or,
worse, the system's out-of-memory killer) tells the student nothing; estimating them first
lets the program refuse with the figure and the setting to lower.

``estimate_run_bytes`` is a pure function of the data's shape and the hyperparameters, so the
window can show the figure as the settings change; ``available_bytes`` asks the system; and
``check_run_fits`` puts the two together.
"""

from __future__ import annotations

import logging
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from engine.fused_step import COPY_LIMIT, GATHER_BYTES, PLAN_LIMIT
from engine.hyperparameters import Hyperparameters
from engine.training import FILL_BLOCK

logger = logging.getLogger(__name__)

_FLOAT = 8  # bytes of a float64 or an int64
# One epoch's record without its batch losses: the record object, its dict, its floats and
# the batch-loss array's header (measured with tracemalloc: about 480 bytes on CPython 3.11).
_RECORD_BYTES = 600
# The NumPy kernel's views of one mini-batch (rows, labels, outputs, order) and their tuple,
# sliced once per run for up to ``PLAN_LIMIT`` batches.
_PLAN_BYTES = 500
# The trainer's and the kernel's own objects, and NumPy's small temporaries.
_RUN_BYTES = 32 * 1024


@dataclass(frozen=True)
class RunMemory:
    """The estimate, in bytes, split by what a student can change to shrink it."""

    batch: int  # hidden-layer buffers of one mini-batch: batch size x units
    validation: int  # the hidden layer of every validation row: rows x units
    data: int  # the training rows copied for shuffling, the labels, the batch order
    weights: int  # weights, their gradients and penalty buffers, the run's own objects
    records: int  # one record per epoch with every mini-batch's loss; views of each batch

    @property
    def total(self) -> int:
        return self.batch + self.validation + self.data + self.weights + self.records

    def advice(self) -> str:
        """What to lower, for the part that dominates."""
        parts = {
            "batch": "lower the batch size or the number of hidden units",
            "validation": "lower the number of hidden units or use fewer validation rows",
            "data": "use fewer rows or features",
            "weights": "lower the number of hidden units",
            "records": "lower the number of epochs, or raise the batch size (every "
            "mini-batch's loss of every epoch is kept)",
        }
        largest = max(parts, key=lambda name: getattr(self, name))
        return parts[largest]


def run_memory(
    n_train: int,
    n_val: int,
    n_features: int,
    hp: Hyperparameters,
    kernel: str = "numpy",
    batch_losses: bool = True,
) -> RunMemory:
    """The memory a run allocates on top of its data (already loaded as float64 when this is
    asked), at its peak: the buffers that live through the run, the largest temporaries of one
    epoch, and the records of every epoch. Follows ``engine.training.Trainer`` with the kernel
    ``kernel`` ("numpy", the default, and "hybrid" need the most; "numba" copies nothing of the
    data; numba's own code, a fixed ~120 MiB, is not counted here). ``batch_losses=False`` is for a
    caller that drops the records' mini-batch losses (the headless run prints none). A test
    checks it against what tracemalloc measures, for each kernel."""
    batch = hp.effective_batch_size(n_train)
    updates = hp.updates_per_epoch(n_train)
    units, f, n = hp.units, n_features, n_train
    last = n - (updates - 1) * batch  # the last batch's size
    sizes = batch + (last if last != batch else 0)
    shuffled = batch < n or hp.shuffle == "sklearn"
    parameters = units * (f + 2) + 1
    # The labels as floats (training and validation), the batch order (shuffled in place;
    # scikit-learn's is made anew from the last one and a permutation), and per batch its
    # start, size, cosine, loss and right predictions, and the epoch's loss temporaries.
    order = (1 + 2 * (hp.shuffle == "sklearn")) * n + min(n, FILL_BLOCK)
    common = _FLOAT * (n + n_val + order + 7 * updates)
    records = hp.epochs * (_RECORD_BYTES + _FLOAT * updates * batch_losses)
    if kernel == "numba":
        # The batch as columns, the hidden layer and its error, transposed; the validation
        # rows go through buffers of 64 rows, made after the batch's are freed.
        batch_bytes = _FLOAT * ((f + 2 * units + 3) * batch)
        return RunMemory(
            batch=batch_bytes,
            validation=max(0, _FLOAT * (f + units + 3) * 64 - batch_bytes) if n_val else 0,
            data=common,
            weights=_RUN_BYTES + _FLOAT * 3 * parameters,  # weights, gradient, velocity
            records=records,
        )
    copied = (f + 1) * n * _FLOAT <= COPY_LIMIT
    rows = (f + 1) * n + min(n, max(1, GATHER_BYTES // (_FLOAT * f))) * f if copied else 0
    gathered = f * batch if shuffled and not copied else 0
    return RunMemory(
        # Per batch size: a1 with its row of ones, the hidden error and 1 - a1, the output
        # error (and the hybrid kernel's scratch: counted for both, it is that small).
        batch=_FLOAT * ((3 * units + 2) * sizes + batch + units),
        # The hidden layer of the validation rows and two temporaries, then their losses.
        validation=_FLOAT * (3 * n_val * units + 16 * n_val),
        # [1 x] in the epoch's order and the buffer it is gathered through, or one batch
        # gathered from the caller's rows (and the order it is gathered in); the shuffled
        # labels, the outputs, and the temporaries of the epoch's cross-entropy.
        data=_FLOAT * (rows + gathered + (n if gathered else 0) + 6 * n) + common,
        # The weights, their gradient, velocity and look-ahead, and the penalty buffer.
        weights=_RUN_BYTES + _FLOAT * (4 * parameters + units * (f + 1)),
        records=records + _PLAN_BYTES * min(updates, PLAN_LIMIT),
    )


def estimate_run_bytes(n_train: int, n_val: int, n_features: int, hp: Hyperparameters) -> int:
    """Bytes a run of ``hp`` on data of this shape allocates on top of the data itself."""
    return run_memory(n_train, n_val, n_features, hp).total


def _meminfo_available() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError) as error:
        logger.debug("No MemAvailable in /proc/meminfo: %s", error)
    return None


def _cgroup_available() -> int | None:
    """What the container's memory limit (cgroup v2) leaves."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
        group = next(line[3:] for line in lines if line.startswith("0::"))
        folder = Path("/sys/fs/cgroup") / group.lstrip("/")
        limit = (folder / "memory.max").read_text().strip()
        if limit == "max":
            return None
        return int(limit) - int((folder / "memory.current").read_text())
    except (OSError, ValueError, StopIteration) as error:
        logger.debug("No cgroup v2 memory limit: %s", error)
        return None


def _rlimit_available() -> list[int]:
    """What ``ulimit -v`` (address space) and ``ulimit -d`` (data) leave of their limits."""
    try:
        import resource
    except ImportError:  # Windows
        return []
    status: dict[str, int] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmSize", "VmData"):
                status[key] = int(value.split()[0]) * 1024
    except (OSError, ValueError, IndexError) as error:
        logger.debug("No VmSize in /proc/self/status: %s", error)
    left = []
    for limit, used in ((resource.RLIMIT_AS, "VmSize"), (resource.RLIMIT_DATA, "VmData")):
        soft = resource.getrlimit(limit)[0]
        if soft != resource.RLIM_INFINITY:
            left.append(soft - status.get(used, 0))
    return left


def _windows_available() -> int | None:
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("length", ctypes.c_ulong),
            ("load", ctypes.c_ulong),
            ("total_physical", ctypes.c_ulonglong),
            ("available_physical", ctypes.c_ulonglong),
            ("total_page_file", ctypes.c_ulonglong),
            ("available_page_file", ctypes.c_ulonglong),
            ("total_virtual", ctypes.c_ulonglong),
            ("available_virtual", ctypes.c_ulonglong),
            ("available_extended_virtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatus()
    status.length = ctypes.sizeof(MemoryStatus)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.available_physical)


def available_bytes() -> int | None:
    """Memory this process can still allocate without swapping or hitting a limit: the least
    of the system's available memory, a container's limit and the process's own limits.
    None where the system does not say (the run then goes ahead; NumPy's MemoryError remains
    the backstop)."""
    if sys.platform == "win32":
        candidates = [_windows_available()]
    else:
        candidates = [_meminfo_available(), _cgroup_available(), *_rlimit_available()]
        if candidates[0] is None and hasattr(os, "sysconf"):
            try:
                candidates[0] = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
            except (OSError, ValueError) as error:
                logger.debug("No available-pages count: %s", error)
    known = [max(value, 0) for value in candidates if value is not None]
    return min(known) if known else None


def format_bytes(count: int) -> str:
    """1234567 -> '1.2 MB': decimal units, as file managers show sizes."""
    if count < 1000:
        return f"{count} bytes"
    exponent = min(int(math.log10(count) // 3), 4)
    return f"{count / 1000**exponent:.1f} {('kB', 'MB', 'GB', 'TB')[exponent - 1]}"


class RunTooLarge(MemoryError):
    """The run would not fit in memory: refused before anything was allocated. The message
    gives both figures and what to lower; ``needed`` and ``available`` hold the bytes."""

    def __init__(self, memory: RunMemory, available: int) -> None:
        self.needed = memory.total
        self.available = available
        super().__init__(
            f"This run needs about {format_bytes(memory.total)} of memory, but only "
            f"{format_bytes(available)} is available: {memory.advice()}."
        )


def check_run_fits(
    n_train: int,
    n_val: int,
    n_features: int,
    hp: Hyperparameters,
    available: int | None = None,
    batch_losses: bool = True,
) -> None:
    """Raise RunTooLarge when the run's estimate exceeds ``available`` (by default what
    ``available_bytes`` says now; nothing is checked when that is unknown)."""
    if available is None:
        available = available_bytes()
    memory = run_memory(n_train, n_val, n_features, hp, batch_losses=batch_losses)
    if available is not None and memory.total > available:
        raise RunTooLarge(memory, available)
