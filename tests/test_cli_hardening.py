"""The command line never loses a user's file and never shows a traceback: every failure is one
line and an exit status from engine.exit_status. Real processes where the case needs one (a
closed pipe, a signal, a limit), in-process where a fault has to be injected. Every file lives
in tmp_path; no test names a system path as output."""

import hashlib
import os
import re
import resource
import select
import signal
import subprocess
import sys
import textwrap
import threading
import time
import types
from pathlib import Path

import numpy as np
import pytest
from test_cli import run_main

import main
from engine import crash_report, headless
from engine.curves import read_curves_csv
from engine.datasets import breast_cancer
from engine.exit_status import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
)
from engine.hyperparameters import Hyperparameters
from engine.reference import run_sklearn

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX process tools")


def script(*argv, **options):
    """A real ``python main.py``; ``options`` go to subprocess.run."""
    options = {"capture_output": True, "text": True, "timeout": 90, **options}
    return subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, check=False, **options)


def assert_one_line(stderr, fragment):
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], stderr


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_csv(path, rows=60):
    rng = np.random.RandomState(1)
    x = rng.normal(size=(rows, 3))
    lines = ["a,b,c,label", *(f"{r[0]},{r[1]},{r[2]},{int(r.sum() > 0)}" for r in x)]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def temporaries(folder):
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


# --------------------------------------------------------------------------- the output file


@linux_only
def test_a_symlink_to_the_data_cannot_make_out_replace_the_data(tmp_path):
    data = write_csv(tmp_path / "d.csv")
    before = digest(data)
    (tmp_path / "link.csv").symlink_to("d.csv")
    (tmp_path / "alias").symlink_to(tmp_path)
    cases = [
        ("--csv-data", tmp_path / "link.csv", "--out", data, "that is the input data file"),
        ("--csv-data", data, "--out", tmp_path / "link.csv", "symbolic link"),
        ("--csv-data", data, "--out", tmp_path / "alias" / "d.csv", "input data file"),
    ]
    for *argv, fragment in cases:
        done = script("--headless", *map(str, argv), "--epochs", "3")
        assert done.returncode == EXIT_USAGE and done.stdout == ""  # refused before training
        assert_one_line(done.stderr, fragment)
    assert digest(data) == before and (tmp_path / "link.csv").is_symlink()
    assert sorted(os.listdir(tmp_path)) == ["alias", "d.csv", "link.csv"]


@linux_only
def test_a_fifo_as_out_is_refused_at_once(tmp_path):
    fifo = tmp_path / "curves.csv"
    os.mkfifo(fifo)
    done = script("--headless", "--out", str(fifo), timeout=60)
    assert done.returncode == EXIT_USAGE and "After" not in done.stdout
    assert_one_line(done.stderr, "named pipe")
    assert os.listdir(tmp_path) == ["curves.csv"]


@pytest.mark.parametrize(
    ("where", "fragment"),
    [
        ("missing/../curves.csv", "the folder"),  # found missing only by the system
        ("notes.txt/curves.csv", "notes.txt is not a folder"),  # unwritable, even for root
        ("", "needs a file name"),
    ],
)
def test_an_unwritable_out_is_found_before_training(tmp_path, capsys, where, fragment):
    (tmp_path / "notes.txt").write_text("keep")
    out = str(tmp_path / where) if where else ""
    status, stdout, stderr = run_main(["--headless", "--out", out], capsys)
    assert status == EXIT_USAGE and stdout == ""  # not even the data was described
    assert_one_line(stderr, fragment)
    assert os.listdir(tmp_path) == ["notes.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_found_before_training(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        status, stdout, stderr = run_main(["--headless", "--out", str(locked / "c.csv")], capsys)
    finally:
        locked.chmod(0o755)
    assert status == EXIT_USAGE and stdout == ""
    assert_one_line(stderr, "Permission denied")


def test_the_reservation_is_removed_when_loading_the_data_is_interrupted(
    tmp_path, capsys, monkeypatch
):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    data = write_csv(tmp_path / "d.csv")
    monkeypatch.setattr(headless, "read_csv", interrupted)
    argv = ["--headless", "--csv-data", str(data), "--out", str(tmp_path / "c.csv")]
    status, stdout, stderr = run_main(argv, capsys)
    assert status == EXIT_INTERRUPTED and stdout == ""
    assert_one_line(stderr, "Interrupted.")
    assert os.listdir(tmp_path) == ["d.csv"]


def test_a_full_disk_at_the_end_keeps_the_old_curves(tmp_path, capsys, monkeypatch):
    out = tmp_path / "c.csv"
    out.write_text("old curves\n")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("engine.safe_output.os.fsync", disk_full)
    status, stdout, stderr = run_main(["--headless", "--epochs", "5", "--out", str(out)], capsys)
    assert status == EXIT_FAILED and "After 5 epochs" in stdout
    assert_one_line(stderr, "No space left on device")
    assert out.read_text() == "old curves\n" and os.listdir(tmp_path) == ["c.csv"]


def file_size_limit(limit):
    """A preexec_fn: files of the child (stdout redirected to one too) stop at ``limit`` bytes,
    and writes past it fail with EFBIG instead of killing it: a full disk without a device."""

    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@linux_only
def test_a_full_output_file_is_one_line_and_no_temporary_is_left(tmp_path):
    out = tmp_path / "c.csv"
    out.write_text("old\n")
    done = script("--headless", "--out", str(out), preexec_fn=file_size_limit(2000))
    assert done.returncode == EXIT_FAILED
    assert_one_line(done.stderr, "File too large")
    assert "After 500 epochs" in done.stdout  # the run itself is reported
    assert out.read_text() == "old\n" and os.listdir(tmp_path) == ["c.csv"]


@linux_only
def test_a_full_stdout_is_one_line(tmp_path):
    with open(tmp_path / "summary.txt", "w") as summary:
        done = script(
            "--headless",
            "--epochs",
            "3",
            capture_output=False,
            stdout=summary,
            stderr=subprocess.PIPE,
            preexec_fn=file_size_limit(100),
        )
    assert done.returncode == EXIT_FAILED
    assert_one_line(done.stderr, "error: File too large (writing the output)")


def test_a_full_stdout_in_process_is_one_line(capsys, monkeypatch):
    class FullDisk:
        def write(self, text):
            raise OSError(28, "No space left on device")

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stdout", FullDisk())
    status = main.main(["--headless", "--epochs", "3"])
    assert status == EXIT_FAILED
    assert_one_line(capsys.readouterr().err, "No space left on device (writing the output)")


@linux_only
def test_a_closed_pipe_ends_quietly_and_the_curves_are_still_written(tmp_path):
    out = tmp_path / "c.csv"
    process = subprocess.Popen(
        [sys.executable, "main.py", "--headless", "--epochs", "3000", "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().startswith(b"Data:")
    process.stdout.close()  # like `| head -1`: the reader is gone before the summary
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=90) == EXIT_BROKEN_PIPE
    assert stderr == ""
    assert len(read_curves_csv(out.read_text())) == 3000


@linux_only
def test_head_one_in_a_shell_pipeline(tmp_path):
    pipeline = f'"{sys.executable}" main.py --headless | head -1; echo "${{PIPESTATUS[0]}}"'
    done = subprocess.run(
        ["bash", "-c", pipeline],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )
    first, status = done.stdout.splitlines()
    assert first.startswith("Data:") and int(status) == EXIT_BROKEN_PIPE
    assert done.stderr == ""


# --------------------------------------------------------------------------- signals


INTERRUPT_IMPORT = textwrap.dedent(
    """
    import runpy, sys
    module = sys.argv[1]

    class CtrlC:
        # Ctrl+C arriving while ``module`` is imported
        def find_spec(self, name, path=None, target=None):
            if name == module:
                raise KeyboardInterrupt

    sys.meta_path.insert(0, CtrlC())
    sys.argv = ["main.py", *sys.argv[2:]]
    runpy.run_path("main.py", run_name="__main__")
    """
)


@pytest.mark.parametrize(
    ("module", "argv"),
    [
        ("numpy", ["--headless"]),
        ("engine.training", ["--headless"]),
        ("sklearn", ["--headless", "--dataset", "moons"]),
        ("engine.headless", ["--headless"]),
        ("PySide6.QtWidgets", ["--screenshot", "{tmp}/shot.png"]),
    ],
)
def test_ctrl_c_during_imports_is_an_interruption(tmp_path, module, argv):
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPT_IMPORT, module, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == EXIT_INTERRUPTED
    assert_one_line(done.stderr, "Interrupted.")
    assert os.listdir(tmp_path) == []


# Generous but bounded: a loaded machine may compile the training kernel before the first
# epoch (seconds, a minute at worst); once training shows, ending takes well under a second.
READY_SECONDS = 200
ENDED_SECONDS = 60


def start_until_training(out, *argv):
    """``main.py --headless --out out`` with stderr on a terminal, returned once its progress
    bar shows an epoch: the run is training, past every import and the kernel's loading.
    Returns the process, the terminal's end and what it showed so far."""
    terminal, child_end = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "main.py", "--headless", "--out", str(out), *argv],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=child_end,
        text=True,
    )
    os.close(child_end)
    shown = b""
    deadline = time.monotonic() + READY_SECONDS
    while b"epoch " not in shown:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([terminal], [], [], max(left, 0))
        if not ready:
            process.kill()
            os.close(terminal)
            pytest.fail(f"no epoch shown in {READY_SECONDS} s: {shown[-500:]!r}")
        shown += os.read(terminal, 4096)
    return process, terminal, shown


def finish(process, terminal, shown):
    """Wait (bounded) for the process to end; its stdout and everything the terminal showed."""
    stdout, _ = process.communicate(timeout=ENDED_SECONDS)
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the child's end is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(terminal)
    return stdout, shown.decode(errors="replace")


@linux_only
@pytest.mark.timeout(READY_SECONDS + ENDED_SECONDS + 30)
def test_ctrl_c_during_training_keeps_the_epochs_done(tmp_path):
    process, terminal, shown = start_until_training(tmp_path / "c.csv", "--epochs", "1000000")
    process.send_signal(signal.SIGINT)
    stdout, shown = finish(process, terminal, shown)
    assert process.returncode == EXIT_INTERRUPTED
    epochs = int(re.search(r"Interrupted after epoch (\d+)\.", shown)[1])
    assert epochs >= 1 and f"Curves of {epochs} epochs written" in stdout
    assert len(read_curves_csv((tmp_path / "c.csv").read_text())) == epochs
    assert temporaries(tmp_path) == [] and "Traceback" not in shown


@linux_only
@pytest.mark.timeout(READY_SECONDS + ENDED_SECONDS + 30)
def test_sigterm_cleans_up_and_exits_143(tmp_path):
    (tmp_path / "c.csv").write_text("old\n")
    process, terminal, shown = start_until_training(tmp_path / "c.csv", "--epochs", "1000000")
    process.terminate()
    _, shown = finish(process, terminal, shown)
    assert process.returncode == EXIT_TERMINATED
    assert "Traceback" not in shown, shown
    assert shown.replace("\r", "\n").split()[-1] == "Terminated.", repr(shown[-300:])
    assert os.listdir(tmp_path) == ["c.csv"] and (tmp_path / "c.csv").read_text() == "old\n"


def test_ctrl_c_in_scikit_learns_fit_is_not_swallowed():
    """MLPClassifier.fit catches KeyboardInterrupt and returns a half-trained model."""
    data = breast_cancer()
    epochs_seen = []

    def ctrl_c_in_epoch_3():
        epochs_seen.append(1)
        if len(epochs_seen) == 3:
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        run_sklearn(
            data.x_train,
            data.y_train,
            data.x_val,
            data.y_val,
            Hyperparameters(epochs=50),
            cancelled=ctrl_c_in_epoch_3,
        )
    assert len(epochs_seen) == 3


def test_an_interrupted_comparison_reports_no_result(capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(headless, "run_sklearn", interrupted)
    status, stdout, stderr = run_main(["--headless", "--epochs", "3", "--compare-sklearn"], capsys)
    assert status == EXIT_INTERRUPTED
    assert "After 3 epochs" in stdout and "MLPClassifier" not in stdout
    assert_one_line(stderr, "the scikit-learn comparison has no result")


# --------------------------------------------------------------------------- memory


@linux_only
def test_a_run_too_large_for_memory_is_refused_with_the_figure(tmp_path):
    def eight_gigabytes():
        resource.setrlimit(resource.RLIMIT_AS, (8 * 10**9, resource.RLIM_INFINITY))

    argv = ["--dataset", "moons", "--samples", "100000", "--units", "10000", "--batch-size"]
    done = script("--headless", *argv, "full", preexec_fn=eight_gigabytes)
    assert done.returncode == EXIT_USAGE and done.stdout == ""
    assert_one_line(done.stderr, "This run needs about 24.0 GB of memory, but only")
    assert "lower the batch size or the number of hidden units" in done.stderr


def test_memory_running_out_during_training_keeps_the_epochs_done(tmp_path, capsys, monkeypatch):
    real = headless.iter_epochs

    def two_epochs_then_out_of_memory(*args, **kwargs):
        epochs = real(*args, **kwargs)
        yield next(epochs)
        yield next(epochs)
        raise MemoryError

    monkeypatch.setattr(headless, "iter_epochs", two_epochs_then_out_of_memory)
    out = tmp_path / "c.csv"
    status, stdout, stderr = run_main(["--headless", "--out", str(out)], capsys)
    assert status == EXIT_FAILED and "Curves of 2 epochs written" in stdout
    assert_one_line(stderr, "the memory ran out after epoch 2; to fit, lower the")
    assert len(read_curves_csv(out.read_text())) == 2


# --------------------------------------------------------------------------- the guard


def test_an_unexpected_error_is_one_line_naming_the_log(tmp_path, capsys, monkeypatch):
    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setenv("MINIBATCH_LAB_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(headless, "run", broken)
    status, _, stderr = run_main(["--headless"], capsys)
    assert status == EXIT_FAILED
    assert_one_line(stderr, "error: unexpected failure (RuntimeError: boom); the details are in")
    (log,) = (tmp_path / "logs").iterdir()
    assert str(log) in stderr and log.name.startswith("crash-")
    text = log.read_text()
    assert "Traceback" in text and "RuntimeError: boom" in text and "in broken" in text


def test_an_unwritable_log_folder_still_gives_one_line(tmp_path, capsys, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("MINIBATCH_LAB_LOG_DIR", str(tmp_path / "file" / "logs"))
    monkeypatch.setattr(headless, "run", lambda *args: 1 / 0)
    status, _, stderr = run_main(["--headless"], capsys)
    assert status == EXIT_FAILED
    assert_one_line(stderr, "(ZeroDivisionError: division by zero); no log could be written")


def test_the_log_folder_follows_the_platform_and_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MINIBATCH_LAB_LOG_DIR", str(tmp_path))
    assert crash_report.log_folder() == tmp_path
    monkeypatch.delenv("MINIBATCH_LAB_LOG_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    if sys.platform.startswith("linux"):
        assert crash_report.log_folder() == tmp_path / "state" / "minibatch-lab"


def test_a_crash_in_a_real_process_is_one_line(tmp_path):
    code = "import main, engine.headless as h; h.run = lambda *a: {}[0]; main.main(['--headless'])"
    env = {**os.environ, "MINIBATCH_LAB_LOG_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60
    )
    assert_one_line(done.stderr, "unexpected failure (KeyError: 0)")
    assert len(os.listdir(tmp_path)) == 1


def test_window_errors_in_slots_and_threads_reach_the_same_guard(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MINIBATCH_LAB_LOG_DIR", str(tmp_path))
    before = sys.excepthook, threading.excepthook

    def run_gui(args):
        try:
            raise ValueError("in a slot")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)  # what PySide6 calls
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        return 0

    fake = types.ModuleType("gui.app")
    fake.run_gui = run_gui
    monkeypatch.setitem(sys.modules, "gui.app", fake)
    status, _, stderr = run_main(["--screenshot", str(tmp_path / "shot.png")], capsys)
    assert status == EXIT_OK
    lines = stderr.splitlines()
    assert len(lines) == 2 and "Traceback" not in stderr
    assert "ValueError: in a slot" in lines[0] and "ZeroDivisionError" in lines[1]
    assert len([p for p in tmp_path.iterdir() if p.name.startswith("crash-")]) == 2
    assert (sys.excepthook, threading.excepthook) == before


def test_ctrl_c_in_the_window_ends_it_as_an_interruption(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MINIBATCH_LAB_LOG_DIR", str(tmp_path))

    def run_gui(args):
        try:
            raise KeyboardInterrupt  # Python's SIGINT handler, run inside a slot
        except KeyboardInterrupt as error:
            sys.excepthook(type(error), error, error.__traceback__)
        return 0

    fake = types.ModuleType("gui.app")
    fake.run_gui = run_gui
    monkeypatch.setitem(sys.modules, "gui.app", fake)
    status, _, stderr = run_main(["--screenshot", str(tmp_path / "shot.png")], capsys)
    assert status == EXIT_INTERRUPTED
    assert_one_line(stderr, "Interrupted.")
    assert list(tmp_path.iterdir()) == []  # no crash log: an interruption is no crash


def test_main_imports_nothing_heavy_before_its_guard():
    code = "import sys, main; print(sorted({'numpy', 'sklearn', 'PySide6'} & set(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stderr


# --------------------------------------------------------------------------- odd inputs


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--screenshot", ""], "argument --screenshot: needs a file name"),
        (["--screenshot", "{tmp}/missing/shot.png"], "argument --screenshot: Cannot write"),
        (["--screenshot", "{tmp}"], "argument --screenshot: Cannot write"),
    ],
)
def test_screenshot_names_are_checked_before_any_window(tmp_path, capsys, argv, fragment):
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    status, _, stderr = run_main(argv, capsys)
    assert status == EXIT_USAGE
    assert fragment in stderr.splitlines()[-1] and "Traceback" not in stderr


def test_negative_zero_noise_is_zero_noise(capsys):
    argv = ["--headless", "--dataset", "moons", "--noise", "-0.0", "--epochs", "2"]
    status, stdout, stderr = run_main(argv, capsys)
    assert (status, stderr) == (EXIT_OK, "")
    assert "noise 0," in stdout


@linux_only
def test_file_names_that_are_not_utf8_work_and_print(tmp_path):
    folder = os.fsencode(tmp_path)
    data = folder + b"/caf\xe9.csv"
    write_csv(os.fsdecode(data))
    out = folder + b"/r\xe9sultat.csv"
    done = subprocess.run(
        [sys.executable, b"main.py", b"--headless", b"--csv-data", data, b"--out", out],
        cwd=ROOT,
        capture_output=True,
        timeout=90,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert b"caf\\udce9.csv (60 rows, 3 features)" in done.stdout
    assert sorted(os.listdir(folder)) == [b"caf\xe9.csv", b"r\xe9sultat.csv"]
