"""Work in a child process of its own: scikit-learn's fits for the window, and the runs of a
headless sweep (``engine.sweep``).

Why a process and not a thread: MLPClassifier's fit calls NumPy's BLAS a few times per
mini-batch, and each call drops and retakes the GIL. CPython's GIL only forces a hand-over to a
waiting thread when nobody took the GIL during a whole switch interval, and a thread that keeps
retaking it counts as a taker: a fit in a thread starved the window's GUI thread for the whole
fit (a 5 ms timer went 440-500 ms without a tick after each book run, on any switch interval).
In a child process the fit shares nothing with the window, and on two cores it runs beside it.

One child (``python -m engine.fit_process``), started on first use (about 1 s: it imports
scikit-learn) and kept for the next fits. Not ``multiprocessing``: its "spawn" start re-runs the
parent's main script in the child, which breaks any script without a ``__main__`` guard. Calls
and replies are pickles on the child's stdin and stdout (its prints go to stderr). ``call``
runs one function there and waits; a cancelled call returns at once, and the child stops that
fit at its next epoch.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from engine.control import Cancelled, RunControl

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.05  # how often a waiting call looks whether it was cancelled
PROGRESS_SECONDS = 0.1  # the child reports progress at most this often (and at the end)
_ROOT = Path(__file__).resolve().parent.parent  # where ``engine`` is importable from


class FitProcessDied(RuntimeError):
    """The child could not start, or ended in the middle of a call (killed, out of memory)."""

    def __init__(self) -> None:
        super().__init__(
            "A worker process could not start or ended unexpectedly (out of memory?). "
            "Start again to retry."
        )


class FitProcess:
    """A child process that runs one function at a time for a caller that waits for it.

    Thread-safe: calls from several threads are served one after the other. The functions must
    be importable by name (pickled by reference) and take two keyword arguments: ``control``,
    an ``engine.control.RunControl`` whose stop is requested when the call is cancelled, and
    ``progress``, which reports ``progress(done, total)`` to the caller.
    """

    def __init__(self, environment: dict[str, str] | None = None) -> None:
        """``environment``: variables set for the child besides this process's own."""
        self._environment = {**os.environ, **(environment or {})}
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[tuple[int, str, Any]] = queue.Queue()
        self._next_id = 0

    def call(
        self,
        function: Callable[..., Any],
        *args: Any,
        cancelled: Callable[[], bool],
        progress: Callable[[int, int], None] | None = None,
    ) -> Any:
        """``function(*args, control=..., progress=...)`` in the child; its return value, or
        its exception raised here. Raises ``Cancelled`` soon after ``cancelled()`` turns true
        (also before anything is sent) and ``FitProcessDied`` if the child ends. The child
        reports progress only when ``progress`` is given, at most every ``PROGRESS_SECONDS``."""
        with self._lock:
            if cancelled():
                raise Cancelled
            child = self._ready()
            self._next_id += 1
            call_id = self._next_id
            self._send(child, ("call", call_id, function, args, progress is not None))
            while True:
                if cancelled():
                    self._send(child, ("cancel", call_id))
                    raise Cancelled
                try:
                    reply_id, kind, value = self._replies.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    continue
                if reply_id == call_id and kind == "progress":
                    if progress is not None:
                        progress(*value)
                elif reply_id == call_id:
                    break
                if reply_id < 0:  # the reader saw the child's output end
                    self.close()
                    raise FitProcessDied()
        if kind == "error":
            raise value
        return value

    def start(self) -> None:
        """Start the child and import scikit-learn there now, so that the first comparison
        does not wait for it."""
        self.call(_import_sklearn, cancelled=lambda: False)

    def close(self) -> None:
        """End the child at once, a fit under way or not: it holds nothing worth keeping, and
        closing the window never waits for a comparison. Does not take the lock, which a
        waiting call holds; that call then raises ``FitProcessDied``."""
        child, self._child = self._child, None
        if child is None:
            return
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdin is not None:
            try:
                child.stdin.close()
            except OSError:  # its buffer could not be flushed into the dead child's pipe
                logger.debug("the fit process's input was closed already", exc_info=True)

    def _ready(self) -> subprocess.Popen[bytes]:
        if self._child is not None and self._child.poll() is not None:
            logger.warning("The fit process ended (exit code %s)", self._child.returncode)
            self.close()
        if self._child is None:
            self._replies = queue.Queue()  # replies of an earlier child are of no interest
            try:
                self._child = subprocess.Popen(
                    [sys.executable, "-m", "engine.fit_process"],
                    cwd=_ROOT,
                    env=self._environment,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                )
            except OSError as error:  # no interpreter to start (a frozen app), no processes left
                logger.exception("The fit process could not start")
                raise FitProcessDied() from error
            reader = threading.Thread(
                target=_read_replies,
                args=(self._child.stdout, self._replies),
                name="fit-replies",
                daemon=True,
            )
            reader.start()
        return self._child

    def _send(self, child: subprocess.Popen[bytes], message: object) -> None:
        assert child.stdin is not None
        try:
            pickle.dump(message, child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            child.stdin.flush()
        except (OSError, ValueError) as error:  # ValueError: ``close`` closed the pipe
            self.close()
            raise FitProcessDied() from error


def _read_replies(stream: IO[bytes], replies: queue.Queue[tuple[int, str, Any]]) -> None:
    """The parent's reader: every reply of the child into ``replies``; (-1, ...) at its end."""
    try:
        while True:
            replies.put(pickle.load(stream))
    except (EOFError, OSError, ValueError, pickle.UnpicklingError):
        replies.put((-1, "ended", None))  # ValueError: the stream was closed under it
    stream.close()


def _import_sklearn(**_: object) -> None:
    """What the first fit would import (about 1 s)."""
    import sklearn.neural_network  # noqa: F401


def _picklable(error: Exception) -> Exception:
    """``error`` itself when it survives pickling, else a RuntimeError with its traceback."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError("".join(traceback.format_exception(error)))
    return error


def _serve() -> None:
    """The child: a reader thread takes calls and cancels from stdin, the main thread runs the
    calls in order and writes their progress and outcome to the original stdout. Ctrl+C in the
    terminal reaches the whole process group; the window decides what it means, so the child
    ignores it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    # Stray prints must not break the pickles: they go where errors go, or nowhere (a
    # window started without a console has no stderr).
    if sys.stderr is not None:
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
        sys.stdout = sys.stderr
    else:
        sys.stdout = io.StringIO()
    calls: queue.Queue[tuple[int, Callable[..., Any], tuple[Any, ...], bool] | None]
    calls = queue.Queue()
    controls: dict[int, RunControl] = {}  # of the calls waiting or under way
    lock = threading.Lock()

    def take_messages() -> None:
        """Calls and cancels from the window until its end of the pipe closes, or until a
        message cannot be read (a function this child cannot import, a broken stream): then
        the child ends, and the waiting call learns it as FitProcessDied."""
        try:
            while (message := pickle.load(sys.stdin.buffer)) is not None:
                with lock:
                    if message[0] == "cancel":
                        controls.get(message[1], RunControl()).request_stop()
                    else:
                        controls[message[1]] = RunControl()
                        calls.put(message[1:])
        except (EOFError, OSError):
            logger.debug("the window's end of the pipe closed")
        except Exception:
            logger.exception("A message from the window could not be read; the child ends")
        with lock:  # nobody reads a reply any more
            for control in controls.values():
                control.request_stop()
        calls.put(None)

    def send(reply: tuple[int, str, Any]) -> None:
        """Write a reply (a result that cannot be pickled becomes an error); the window may
        have gone (its end of the pipe closed): then the reply is dropped, and the loop ends
        at the end of its input."""
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:
            failed = RuntimeError(f"The result could not be sent back: {error}")
            data = pickle.dumps((reply[0], "error", failed), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            replies.write(data)
            replies.flush()
        except OSError:  # BrokenPipeError among them
            logger.debug("nobody reads the replies any more")

    def reporter(call_id: int) -> Callable[[int, int], None]:
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if done >= total or now - last[0] >= PROGRESS_SECONDS:
                last[0] = now
                send((call_id, "progress", (done, total)))

        return progress

    threading.Thread(target=take_messages, daemon=True).start()
    while (call := calls.get()) is not None:
        call_id, function, args, wants_progress = call
        with lock:
            control = controls[call_id]
        try:
            if control.stop_requested:
                continue  # its caller stopped waiting: nobody reads a reply
            progress = reporter(call_id) if wants_progress else None
            try:
                value = function(*args, control=control, progress=progress)
            except Exception as error:
                send((call_id, "error", _picklable(error)))
            else:
                send((call_id, "ok", value))
        finally:
            with lock:
                del controls[call_id]


if __name__ == "__main__":
    _serve()
