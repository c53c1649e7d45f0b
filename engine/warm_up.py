"""The compiled kernel made ready ahead of need, without stalling a window.

Loading numba's kernels from its disk cache takes 0.4-1.2 s; compiling them when the cache is
cold (the first start, or after an update of the kernel's source) takes 5-10 s, during which
numba's type inference holds the GIL and a window's painting would stall up to 200 ms at a time.
So ``warm_up_in_background`` compiles in a *child process* when the cache is cold (filling the
disk cache without touching this process's GIL), then loads the kernels here, in a background
thread: a hitch of 35 ms at most. A run that needs the compiled kernel before it is ready waits
for this (``ensure_ready``); runs that do not need it never wait.

The cache goes to the app's own cache folder (numba's default is the package's folder, which
may be read-only, and with no writable folder at all numba's import raises). A stamp file next
to it, named after the kernel's source, says the cache is warm without importing numba.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from engine.user_folders import user_folder

logger = logging.getLogger(__name__)

CACHE_VARIABLE = "NUMBA_CACHE_DIR"
_KERNEL_SOURCE = Path(__file__).with_name("numba_kernel.py")
_CHILD = (
    "import os, sys\n"
    "if hasattr(os, 'nice'):\n"
    "    os.nice(10)\n"
    "from engine.kernels import warm_compiled\n"
    "sys.exit(0 if warm_compiled() else 1)\n"
)
_COMPILE_TIMEOUT = 600  # seconds: a cold compile takes 5-10 s, much more on a loaded machine

_started = False
_start_lock = threading.Lock()
_thread: threading.Thread | None = None
_ready_lock = threading.Lock()  # one compile or load at a time, whoever asks


def cache_folder() -> Path:
    """The platform's per-user cache folder for the app (an empty variable counts as unset:
    numba would otherwise write into the current folder)."""
    return user_folder("cache")


def use_app_cache() -> Path:
    """Point numba's cache at the app's folder, unless the user chose one; before numba is
    imported (it reads the variable once). Returns the folder."""
    if not os.environ.get(CACHE_VARIABLE):
        os.environ[CACHE_VARIABLE] = str(cache_folder() / "numba")
    return Path(os.environ[CACHE_VARIABLE])


def compiled_installed() -> bool:
    """Whether numba is installed at all (without importing it)."""
    return importlib.util.find_spec("numba") is not None


def _stamp() -> Path:
    key = hashlib.sha256(_KERNEL_SOURCE.read_bytes() + sys.version.encode()).hexdigest()[:20]
    return use_app_cache() / f"minibatch-lab-warm-{key}"


def cache_is_warm() -> bool:
    """Whether the cache holds this kernel source's compiled code (as far as a stamp written
    after the last successful compile says)."""
    try:
        return _stamp().exists()
    except OSError as error:
        logger.debug("No cache stamp: %s", error)
        return False


def mark_cache_warm() -> None:
    try:
        stamp = _stamp()
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
    except OSError as error:  # a read-only cache: the next start compiles again, no harm
        logger.info("Could not stamp the compiled kernel's cache: %s", error)


def _compile_in_child() -> None:
    root = Path(__file__).resolve().parent.parent
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=_COMPILE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        logger.info("Compiling the kernel in a child process failed: %s", error)
        return
    if done.returncode != 0:
        logger.info("Compiling the kernel in a child process failed: %s", done.stderr[-2000:])


def _make_ready() -> bool:
    from engine.kernels import warm_compiled

    with _ready_lock:
        if not cache_is_warm():
            _compile_in_child()
        try:
            return warm_compiled()
        except Exception:  # a broken numba must not end a window: NumPy trains instead
            logger.exception("Loading the compiled kernel failed; NumPy trains every run")
            return False


def _warm(on_ready: Callable[[bool], None] | None) -> None:
    ready = _make_ready()
    if on_ready is not None:
        on_ready(ready)


def ensure_ready() -> bool:
    """The compiled kernel loaded, now: waits for the background warm-up if one is under way
    (the caller is a training thread, which holds no GIL while it waits), or does its work
    here. False where numba cannot load."""
    thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()
    return _make_ready()


def warm_up_in_background(
    on_ready: Callable[[bool], None] | None = None,
) -> threading.Thread | None:
    """Make the compiled kernel ready in a daemon thread (once per process), so that later
    runs of small layers use it; ``on_ready(True or False)`` is called from that thread when
    it is done. None when there is nothing to do: numba is not installed, or
    ``MINIBATCH_LAB_KERNEL=numpy`` asks for NumPy. Call it once the window is showing."""
    global _started, _thread
    from engine.kernels import KERNEL_VARIABLE

    with _start_lock:
        if _started or not compiled_installed() or os.environ.get(KERNEL_VARIABLE) == "numpy":
            return None
        _started = True
    thread = threading.Thread(target=_warm, args=(on_ready,), name="kernel-warm-up", daemon=True)
    _thread = thread
    thread.start()
    return thread
