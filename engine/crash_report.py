"""How the command line ends when something goes wrong: one line on stderr and an exit status
from ``engine.exit_status``, never a traceback.

``report_failures`` is the guard ``main.py`` runs everything inside; an error nobody foresaw
gets one line naming a log file that holds its traceback (``report_crash``), written into the
per-user log folder (``log_folder``). Qt-free, so the headless run and the window share it;
the window's hooks for slots and threads (``gui.window_guard``) report through it too.

It is imported before anything else the command line needs, so it imports little itself:
``traceback`` and ``time`` only when a crash is reported.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from typing import TYPE_CHECKING

from engine.exit_status import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path
    from types import TracebackType

LOG_FOLDER_VARIABLE = "MINIBATCH_LAB_LOG_DIR"
_MAX_LOGS_PER_SECOND = 99


class Terminated(BaseException):
    """SIGTERM (kill, timeout) during --headless: unwinds like Ctrl+C, so the reserved output
    file is removed on the way out. A BaseException, so that no ``except Exception`` on the
    way mistakes it for an error."""


def raise_terminated(signum: int, frame: object) -> None:
    """A SIGTERM handler that turns the signal into ``Terminated``."""
    raise Terminated


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl+C while the libraries load takes effect once they have loaded, as KeyboardInterrupt.

    NumPy's C start-up imports Python modules and may clear the KeyboardInterrupt raised in
    them (the run then trains as if Ctrl+C had never come) or turn it into an ImportError:
    measured, 2 of 35 starts interrupted at random moments on a loaded machine. So while its
    imports run, the signal only sets a flag. They take a few hundred milliseconds; nothing
    long (the data, the training) runs under this.
    """
    import signal
    import threading

    pressed: list[int] = []
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(
        signal.SIGINT
    ) in (signal.SIG_IGN, None):
        yield  # only the main thread handles signals; an ignored Ctrl+C stays ignored
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt


def report_failures(work: Callable[[], int]) -> int:
    """Run ``work`` and return its exit status, or the status of how it failed, after one line
    on stderr. Whatever ``work`` printed is flushed here, inside the guard, so a full disk or
    a closed pipe on stdout is reported like any other failure - after ``--help`` too, whose
    SystemExit (argparse's) becomes its status here."""
    try:
        try:
            status = work()
        except SystemExit as exit_:
            status = _exit_status(exit_)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, inside the guard
        return status
    except KeyboardInterrupt:
        say("Interrupted.")
        return EXIT_INTERRUPTED
    except Terminated:
        say("Terminated.")
        return EXIT_TERMINATED
    except BrokenPipeError:  # the reader went away (| head): say nothing, as Unix tools do
        _skip_final_flush(EXIT_BROKEN_PIPE)
        return EXIT_BROKEN_PIPE
    except MemoryError as error:
        say(
            f"error: out of memory{f' ({error})' if str(error) else ''}; use less data or "
            "smaller settings (fewer hidden units, a smaller batch size)"
        )
        return EXIT_FAILED
    except OSError as error:  # writing the summary failed: a full disk, a device error
        where = f" ({error.filename})" if error.filename else " (writing the output)"
        say(f"error: {error.strerror or error}{where}")
        _skip_final_flush(EXIT_FAILED)
        return EXIT_FAILED
    except Exception as error:
        report_crash(type(error), error, error.__traceback__)
        return EXIT_FAILED


def _exit_status(exit_: SystemExit) -> int:
    """The status a SystemExit asks for, as the interpreter would read it."""
    if exit_.code is None:
        return EXIT_OK
    if isinstance(exit_.code, int):
        return exit_.code
    say(str(exit_.code))
    return EXIT_FAILED


def say(line: str) -> None:
    """One line on stderr. If stderr itself is gone there is no one left to tell."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def _skip_final_flush(status: int) -> None:
    """After a write to stdout failed, Python's own flush at exit would fail again and print
    "Exception ignored ... BrokenPipeError" after our one line: end the process before that
    flush (at exit, with this status) when the real stdout is the broken one."""
    try:
        sys.__stdout__.flush()
    except (OSError, ValueError, AttributeError):
        atexit.register(os._exit, status)


def log_folder() -> Path:
    """Where crash logs go: $MINIBATCH_LAB_LOG_DIR if set (tests point it at a temporary
    folder), else the platform's per-user place for logs and state."""
    from pathlib import Path

    from engine.user_folders import user_folder

    override = os.environ.get(LOG_FOLDER_VARIABLE)
    return Path(override) if override else user_folder("logs")


def write_crash_log(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> Path:
    """A new file per crash (mode "x": never another's file, never through a link)."""
    import time
    import traceback

    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    details = "".join(traceback.format_exception(kind, error, trace))
    header = (
        f"Minibatch Lab crash, {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
        f"Python {sys.version.split()[0]} on {sys.platform}; arguments: {sys.argv[1:]!r}\n\n"
    )
    for number in range(1, _MAX_LOGS_PER_SECOND + 1):  # several errors in one second (slots)
        path = folder / (stem + (f"-{number}" if number > 1 else "") + ".log")
        try:
            with open(path, "x", encoding="utf-8", errors="backslashreplace") as log:
                log.write(header + details)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(
        f"{folder} already holds {_MAX_LOGS_PER_SECOND} crash logs of this second"
    )


def report_crash(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An error nobody foresaw: one line for the user, the traceback for whoever fixes it."""
    summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
    try:
        where = f"the details are in {write_crash_log(kind, error, trace)}"
    except OSError as log_error:
        where = f"no log could be written ({log_error.strerror or log_error})"
    say(f"error: unexpected failure ({summary}); {where}. Please report it.")
