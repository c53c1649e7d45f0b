"""The command line: the book's run end to end, every way it can refuse, and no Qt on the way."""

import io
import math
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import numpy as np
import pytest

import main
from engine import datasets, headless
from engine.curves import CURVE_COLUMNS, read_curves_csv
from engine.model import MinibatchNetwork

ROOT = Path(__file__).resolve().parent.parent
TOO_HIGH = "learning rate is probably too high"


def run_main(argv, capsys):
    """(exit status, stdout, stderr) of ``main.main(argv)``, whether it returns or exits."""
    try:
        status = main.main(argv)
    except SystemExit as exit_:
        status = exit_.code
    out, err = capsys.readouterr()
    return status, out, err


def read_rows(path):
    return read_curves_csv(Path(path).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def book_network():
    data = datasets.breast_cancer()
    net = MinibatchNetwork(l2=0.01, batch_size=32)
    return net.fit(data.x_train, data.y_train, 500, data.x_val, data.y_val)


def test_book_run_prints_the_book_score_and_writes_the_exact_curves(tmp_path, capsys, book_network):
    out_path = tmp_path / "curves.csv"
    status, out, err = run_main(["--headless", "--out", str(out_path)], capsys)
    assert (status, err) == (0, "")
    assert "validation accuracy  0.978 (89/91)" in out
    assert "364 train / 91 validation" in out
    assert "batch 32 (12 updates per epoch)" in out
    assert "weight updates       6000" in out
    assert TOO_HIGH not in " ".join(out.split())
    rows = read_rows(out_path)
    assert [row["epoch"] for row in rows] == list(range(1, 501))
    assert [row["train_loss"] for row in rows] == book_network.losses
    assert [row["val_loss"] for row in rows] == book_network.val_losses
    assert rows[0]["train_loss"] == pytest.approx(0.6602351422948715, abs=1e-12)
    assert rows[-1]["train_loss"] == pytest.approx(0.03212173339795374, abs=1e-12)
    assert rows[-1]["val_loss"] == pytest.approx(0.08171081745481859, abs=1e-12)
    assert rows[-1]["val_acc"] == 89 / 91
    assert rows[-1]["updates"] == 6000


def test_full_batch_makes_one_update_per_epoch(tmp_path, capsys):
    out_path = tmp_path / "full.csv"
    status, out, _ = run_main(
        ["--headless", "--batch-size", "full", "--epochs", "50", "--out", str(out_path)], capsys
    )
    assert status == 0
    assert "full batch (1 update per epoch)" in out
    assert [row["updates"] for row in read_rows(out_path)] == list(range(1, 51))


def test_synthetic_options_reach_the_dataset(tmp_path, capsys):
    out_path = tmp_path / "xor.csv"
    argv = ["--headless", "--dataset", "xor", "--samples", "200", "--noise", "0.1"]
    argv += ["--data-seed", "3", "--val-ratio", "0.3", "--units", "6", "--epochs", "40"]
    status, out, _ = run_main([*argv, "--out", str(out_path)], capsys)
    assert status == 0
    data = datasets.synthetic("xor", n_samples=200, noise=0.1, seed=3, val_ratio=0.3)
    assert data.description in out
    net = MinibatchNetwork(units=6, l2=0.01).fit(
        data.x_train, data.y_train, 40, data.x_val, data.y_val
    )
    assert [row["val_loss"] for row in read_rows(out_path)] == net.val_losses


def test_csv_data_with_a_named_label_column(tmp_path, capsys):
    rng = np.random.RandomState(0)
    x = rng.normal(size=(60, 3))
    lines = ["diagnosis,a,b,c"]
    lines += [f"{'yes' if row.sum() > 0 else 'no'},{row[0]},{row[1]},{row[2]}" for row in x]
    path = tmp_path / "patients.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["--headless", "--csv-data", str(path), "--label-column", "diagnosis"]
    status, out, err = run_main([*argv, "--val-ratio", "0.25", "--epochs", "30"], capsys)
    assert (status, err) == (0, "")
    assert "patients.csv (60 rows, 3 features)" in out
    assert "45 train / 15 validation" in out
    assert re.search(r"validation accuracy  \d\.\d{3} \(\d+/15\)", out)

    status, out, err = run_main([*argv, "--out", str(path)], capsys)
    assert status == 2 and "that is the input data file" in err
    assert path.read_text(encoding="utf-8").startswith("diagnosis,a,b,c\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--units", "0"], "argument --units: units must be from 1"),
        (["--batch-size", "abc"], "argument --batch-size: expected a whole number or 'full'"),
        (["--batch-size", "0"], "argument --batch-size: batch_size must be from 1"),
        (["--learning-rate", "-1"], "argument --learning-rate: learning_rate must be in (0,"),
        (["--learning-rate", "nan"], "argument --learning-rate: learning_rate must be a number"),
        (["--epochs", "1.5"], "argument --epochs: expected a whole number, got '1.5'"),
        (["--l2", "-0.1"], "argument --l2: l2 must be in [0,"),
        (["--init", "zeros"], "argument --init: invalid choice"),
        (["--size", "10x10"], "argument --size: width must be from 320"),
        (["--size", "wide"], "argument --size: expected WIDTHxHEIGHT"),
        (["--sklearn-momentum", "1"], "momentum must be in [0, 1), got 1.0"),
        (["--noise", "0.3"], "--noise is only for --dataset moons/circles/xor/blobs"),
        (["--dataset", "moons", "--samples", "5"], "samples must be from 20 to 100000, got 5"),
        (["--val-ratio", "0.3"], "--val-ratio cannot change the breast-cancer data"),
        (["--label-column", "y"], "--label-column needs --csv-data"),
        (["--dataset", "moons", "--csv-data", "a.csv"], "not allowed with argument --dataset"),
        (["--screenshot", "a.png"], "argument --screenshot: not allowed with argument"),
        (["--csv-data", "/no/such/file.csv"], "error: No such file: /no/such/file.csv"),
    ],
)
def test_bad_arguments_exit_2_with_one_error_line(argv, message, capsys):
    status, out, err = run_main(["--headless", *argv], capsys)
    assert status == 2
    errors = [line for line in err.splitlines() if "error:" in line]
    assert len(errors) == 1 and message in errors[0], err
    assert "Traceback" not in err
    assert "After" not in out  # refused before training


def test_divergence_exits_1_and_keeps_the_epochs_before_it(tmp_path, capsys):
    out_path = tmp_path / "diverged.csv"
    argv = ["--headless", "--learning-rate", "1e6", "--out", str(out_path)]
    status, out, err = run_main(argv, capsys)
    assert status == 1
    epoch = int(re.search(r"stopped at epoch (\d+)", err)[1])
    rows = read_rows(out_path)
    assert epoch > 1 and [row["epoch"] for row in rows] == list(range(1, epoch))
    assert all(math.isfinite(row["train_loss"]) for row in rows)
    assert f"Curves of {epoch - 1} epochs written" in out
    assert "After" not in out


def test_a_too_high_learning_rate_that_survives_gets_the_hint(capsys):
    status, out, _ = run_main(["--headless", "--learning-rate", "100"], capsys)
    assert status == 0
    assert TOO_HIGH in " ".join(out.split())  # the hint is wrapped at 88 columns


def test_compare_sklearn_prints_its_score_and_settings(capsys):
    argv = ["--headless", "--epochs", "100", "--compare-sklearn", "--sklearn-momentum", "0"]
    status, out, _ = run_main([*argv, "--sklearn-seed", "7", "--l1", "0.001"], capsys)
    assert status == 0
    section = out.split("scikit-learn MLPClassifier")[1]
    assert "momentum 0, random_state 7" in section
    assert re.search(r"validation accuracy  \d\.\d{3} \(\d+/91\)", section)
    assert re.search(r"epochs +\d+ of 100", section)
    assert "no L1 penalty" in section


def test_compare_sklearn_defaults_to_the_run_seed_and_momentum_09(capsys):
    status, out, _ = run_main(["--headless", "--epochs", "50", "--compare-sklearn"], capsys)
    assert status == 0
    assert "momentum 0.9 (Nesterov), random_state 42" in out
    assert "no L1 penalty" not in out


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_cleared_at_the_end():
    args = main.parse_args(["--headless", "--epochs", "30"])
    terminal = FakeTerminal()
    assert headless.run(args, io.StringIO(), terminal) == 0
    drawn = terminal.getvalue()
    assert "epoch 30/30 [" + "#" * headless.ProgressBar.WIDTH + "] loss " in drawn
    assert re.search(r"\r +\r$", drawn)  # the last thing written blanks the line
    pipe = io.StringIO()
    assert headless.run(args, io.StringIO(), pipe) == 0
    assert pipe.getvalue() == ""


def test_defaults_are_the_book_run():
    args = main.parse_args([])
    assert (args.units, args.batch_size, args.learning_rate) == (10, 32, 0.1)
    assert (args.l1, args.l2, args.epochs, args.seed, args.init) == (0, 0.01, 500, 42, "random")
    assert (args.dataset, args.csv_data, args.size, args.lang) == (
        "breast_cancer",
        None,
        (1280, 800),
        "auto",
    )
    assert (args.sklearn_momentum, args.sklearn_seed) == (0.9, None)
    assert main.parse_args(["--batch-size", "FULL", "--size", "1600x1000"]).batch_size is None
    assert main.parse_args(["--size", "1600x1000"]).size == (1600, 1000)


def test_without_headless_the_gui_gets_the_parsed_arguments(monkeypatch):
    received = []
    fake = types.ModuleType("gui.app")
    fake.run_gui = lambda args: received.append(args) or 7
    monkeypatch.setitem(sys.modules, "gui.app", fake)
    assert main.main(["--screenshot", "shot.png", "--size", "1600x1000", "--units", "4"]) == 7
    (args,) = received
    assert (args.screenshot, args.size, args.units) == ("shot.png", (1600, 1000), 4)


def run_script(*argv):
    return subprocess.run(
        [sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_real_process_book_run(tmp_path):
    out_path = tmp_path / "curves.csv"
    done = run_script("--headless", "--out", str(out_path))
    assert done.returncode == 0, done.stderr
    assert "validation accuracy  0.978 (89/91)" in done.stdout
    assert done.stderr == ""  # a pipe is not a terminal: no progress bar
    rows = read_rows(out_path)
    assert len(rows) == 500 and tuple(rows[0]) == CURVE_COLUMNS


def test_real_process_bad_argument():
    done = run_script("--headless", "--learning-rate", "-1")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].startswith("main.py: error: argument --learning-rate")
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_headless_never_imports_qt():
    code = (
        "import contextlib, io, sys, main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = main.main(['--headless', '--epochs', '3', '--compare-sklearn'])\n"
        "print(status, 'PySide6' in sys.modules, 'gui' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["0", "False", "False"], done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
def test_the_window_without_a_display_says_why_instead_of_crashing():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run(
        [sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 1
    assert "no display" in out.stderr and "--headless" in out.stderr
    assert "Traceback" not in out.stderr
