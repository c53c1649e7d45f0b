"""Independent pieces of one computation run on the processor's cores.

NumPy and pandas' parser release the GIL while they work on large arrays, so threads run them
side by side; pandas itself reads a file path with one thread per core. Used where a step of
loading a large CSV splits into pieces that touch different memory (file regions, the
columns of a matrix, its rows); a small step runs in the calling thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

MAX_THREADS = 4  # beyond a few threads, memory bandwidth runs out before cores do


MIN_CELLS = 1 << 20  # smaller arrays are done faster than threads start


T = TypeVar("T")


def cores() -> int:
    """The processors this process may use (not only those the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def threads(cells: int | None = None) -> int:
    """How many threads a parallel step uses (one for fewer than `MIN_CELLS` cells)."""
    if cells is not None and cells < MIN_CELLS:
        return 1
    return max(1, min(cores(), MAX_THREADS))


def run_all(
    tasks: Sequence[Callable[[], T]], *, cells: int | None = None, name: str = "parallel"
) -> list[T]:
    """Every task's result, in order; the tasks run in threads when there are several cores
    (and, if given, at least `MIN_CELLS` ``cells`` to work on). The first exception raised by
    a task is raised here, after every task has ended."""
    count = min(threads(cells), len(tasks))
    if count <= 1:
        return [task() for task in tasks]
    with ThreadPoolExecutor(count, thread_name_prefix=name) as pool:
        futures = [pool.submit(task) for task in tasks]
    return [future.result() for future in futures]
