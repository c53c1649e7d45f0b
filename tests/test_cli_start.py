"""The command line's first moments and its simplest paths: Ctrl+C as soon as ``main.py`` runs,
``--help`` onto a full disk or a closed pipe, and a bad option in one line. Real processes where
the case needs one; no test names a system path as an output argument of the app (a device may
only be the child's stdout, opened here for writing)."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from test_cli import run_main

from engine.exit_status import EXIT_BROKEN_PIPE, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX devices")
# -X importtime reports each import as it ends: the "engine" package is the first thing main()
# imports, so its line says the process is inside main.py's code.
ENGINE_IMPORTED = re.compile(r"\|\s+engine$")


def test_importing_main_loads_nothing_else():
    code = "import sys; before = set(sys.modules); import main; print(set(sys.modules) - before)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "{'main'}", done.stderr


@linux_only
@pytest.mark.parametrize("delay", [0.0, 0.002, 0.01, 0.03, 0.06, 0.1, 0.2])
def test_ctrl_c_right_after_start_is_a_quiet_interruption(delay):
    """Ctrl+C while main.py loads argparse, NumPy, the engine or the data: 130, one line."""
    process = subprocess.Popen(
        [sys.executable, "-X", "importtime", "main.py", "--headless", "--epochs", "100000"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in process.stderr:
        if ENGINE_IMPORTED.search(line.rstrip()):
            break
    else:
        pytest.fail("main.py never imported the engine")
    if delay:
        _run_on_for(delay)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=90)
    # Besides -X importtime's lines: a cold kernel cache may announce its compiling first.
    said = [
        line
        for line in stderr.splitlines()
        if not line.startswith(("import time:", "Compiling the fast training kernel"))
    ]
    assert process.returncode == EXIT_INTERRUPTED, said
    assert "Traceback" not in stderr, said
    assert len(said) == 1 and said[0].startswith("Interrupted"), said


def _run_on_for(seconds: float) -> None:
    """Let the child go ``seconds`` further into its start-up before Ctrl+C: a delay that is
    the case under test (when Ctrl+C comes), not a wait for something to happen."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        os.sched_yield()


@linux_only
@pytest.mark.parametrize(
    "argv", [["--help"], ["--explain-difference", "--epochs", "2"], ["--headless", "--epochs", "2"]]
)
def test_a_full_disk_on_stdout_is_reported_by_every_command(argv):
    with open("/dev/full", "w") as full:  # the child's stdout: written to, never replaced
        done = subprocess.run(
            [sys.executable, "main.py", *argv],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == EXIT_FAILED
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "error: No space left on device (writing the output)"
    ]


@linux_only
def test_help_into_a_closed_pipe_ends_quietly():
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before a byte is written, as after `| head -0`
    try:
        done = subprocess.run(
            [sys.executable, "main.py", "--help"],
            cwd=ROOT,
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr) == (EXIT_BROKEN_PIPE, "")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--headless", "--learning-rate", "-1"], "argument --learning-rate:"),
        (["--headless", "--epochs"], "argument --epochs: expected one argument"),
        (["--headless", "--batch-size", "lots"], "expected a whole number or 'full'"),
        (["--headless", "--sweep", "--batch-size", "8"], "--batch-size is for one run"),
        (["--headless", "--dataset", "mnist"], "argument --dataset: invalid choice"),
    ],
)
def test_a_bad_option_is_one_line_pointing_at_help(capsys, argv, fragment):
    status, stdout, stderr = run_main(argv, capsys)
    assert status == EXIT_USAGE and stdout == ""
    (line,) = stderr.splitlines()
    assert line.startswith("main.py: error: ") and line.endswith(" (see --help)")
    assert fragment in line and "usage:" not in stderr


def test_a_bad_option_in_a_real_process_is_one_line():
    done = subprocess.run(
        [sys.executable, "main.py", "--headless", "--units", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == EXIT_USAGE and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert re.fullmatch(r"main\.py: error: argument --units: .+ \(see --help\)", line)


def test_help_still_shows_everything(capsys):
    status, stdout, stderr = run_main(["--help"], capsys)
    assert status == 0 and stderr == ""
    assert stdout.startswith("usage: main.py") and "--explain-difference" in stdout


def test_a_signal_during_the_progress_bars_first_draw_still_clears_it():
    """SIGTERM right after the first epoch once left "loss 0.6602Terminated." on the terminal."""
    from engine.headless import ProgressBar
    from engine.training import EpochRecord

    class InterruptedTerminal:
        def __init__(self):
            self.text = ""
            self.flushes = 0

        def write(self, text):
            self.text += text

        def flush(self):
            self.flushes += 1
            if self.flushes == 1:
                raise KeyboardInterrupt  # what the signal handler raises, here in the flush

    record = EpochRecord(
        epoch=1,
        train_loss=0.66,
        val_loss=0.7,
        train_acc=0.5,
        val_acc=0.5,
        updates=12,
        samples=364,
        seconds=0.01,
        batch_losses=np.zeros(0),
    )
    terminal = InterruptedTerminal()
    bar = ProgressBar(terminal, 100)
    with pytest.raises(KeyboardInterrupt):
        bar.update(record)
    bar.clear()
    assert re.search(r"loss 0\.6600\r +\r$", terminal.text), repr(terminal.text)


def test_an_option_beyond_the_window_is_the_same_one_line(qapp, tmp_path, capsys):
    argv = ["--screenshot", str(tmp_path / "shot.png"), "--units", "5000"]
    status, _, stderr = run_main(argv, capsys)
    assert status == EXIT_USAGE
    (line,) = stderr.splitlines()
    assert line.startswith("main.py: error: argument --units: 5000 is beyond what the window")
    assert line.endswith(" (see --help)") and not (tmp_path / "shot.png").exists()


@linux_only
def test_ctrl_c_while_the_libraries_load_is_raised_once_they_have():
    """NumPy's C start-up may clear a KeyboardInterrupt raised inside it: while the imports
    run, Ctrl+C only sets a flag, raised as KeyboardInterrupt when they are done."""
    from engine.crash_report import interrupts_deferred

    swallowed = []
    loaded = []
    with pytest.raises(KeyboardInterrupt), interrupts_deferred():
        try:
            os.kill(os.getpid(), signal.SIGINT)  # handled by the flag, in this thread
            loaded.append("library")
        except KeyboardInterrupt:  # what a library's C code may do with it
            swallowed.append(True)
    assert loaded == ["library"] and swallowed == []
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_without_ctrl_c_the_deferral_changes_nothing():
    from engine.crash_report import interrupts_deferred

    with interrupts_deferred():
        value = 1
    assert value == 1 and signal.getsignal(signal.SIGINT) is signal.default_int_handler
