"""A seeded fuzz of the command line: random combinations of bad and extreme arguments, random
small CSVs (good, damaged, odd) and random output targets (new, existing, the data itself,
links, a FIFO, folders). Whatever the mix, the program must end with a status a script can
test (0, 1, 2 or 130), print no traceback and no NumPy warning, write no crash log, and leave
every file it was not told to write byte for byte as it was - the input data above all.

Most cases run in-process through ``main.main`` (fast: no interpreter start); a few run as
real processes, some of them interrupted with SIGINT during training. The generator is
seeded, so a failure names its case and replays exactly: the assertion message holds the
argument list. Runs are kept short (a work budget redraws expensive combinations), so the
whole module takes well under a minute.
"""

import hashlib
import math
import os
import random
import signal
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import main
from engine.curves import read_curves_csv
from engine.exit_status import EXIT_INTERRUPTED, EXIT_OK

ROOT = Path(__file__).resolve().parent.parent
SEED = 612
IN_PROCESS_CASES = 120
PROCESS_CASES = 10
ALLOWED_STATUSES = {0, 1, 2, 130}
# Work a case may ask for: epochs x training rows x hidden units (the book's run is 1.8e6),
# and weight updates (one Python step each); MLPClassifier's steps cost ten times ours.
MAX_WORK = 3e6
MAX_UPDATES = 20_000
MAX_SKLEARN_UPDATES = 3_000
POSIX = os.name == "posix"

# Values a parser must refuse (or take at face value: "-0.0", "٣" is int("٣") == 3).
BAD = ["", " ", "abc", "nan", "NaN", "inf", "-inf", "1e309", "-1", "0x10", "1_000", "٣"]
BAD += ["9" * 400, "1.5", "½", "--", "-0.0", "1e-320"]
# Per option: values that should run, extreme ones among them, then the bad ones.
OPTIONS = {
    "--units": (["1", "2", "10", "200", "10000"], [*BAD, "0", "10001"]),
    "--batch-size": (["1", "7", "32", "full", "FULL", " full ", "100000"], [*BAD, "0"]),
    "--learning-rate": (["0.1", "1", "100", "1e6", "1e9", "5e-324"], [*BAD, "0", "1e10"]),
    "--l1": (["0", "-0.0", "0.001", "1", "1e6"], [*BAD, "1e7"]),
    "--l2": (["0", "0.01", "5e-324", "1e6"], [*BAD, "1e7"]),
    "--epochs": (["1", "2", "3", "5", "20"], [*BAD, "0", "1000001"]),
    "--seed": (["0", "42", "4294967295"], [*BAD, "4294967296"]),
    "--init": (["random", "ones"], ["zeros", ""]),
    "--dataset": (["breast_cancer", "moons", "circles", "xor", "blobs"], ["iris", ""]),
    "--samples": (["20", "21", "300", "2000"], [*BAD, "19", "100001"]),
    "--noise": (["0", "-0.0", "0.3", "2"], [*BAD, "2.0001", "-1e-300"]),
    "--data-seed": (["0", "7", "4294967295"], [*BAD, "4294967296"]),
    "--val-ratio": (["0.05", "0.25", "0.5"], [*BAD, "0.049", "0.51"]),
    "--sklearn-momentum": (["0", "0.9", "0.999999"], [*BAD, "1"]),
    "--sklearn-seed": (["0", "3"], [*BAD, "4294967296"]),
    "--size": (["1280x800", "8192x8192"], ["10x10", "wide", ""]),
    "--lang": (["en", "ko"], ["xx"]),
}
FLAGS = ["--compare-sklearn", "--sweep", "--screenshot", "--bogus", "-x", "--units", "--"]
# Non-ASCII digits and duplicate header names in --label-column are the CSV import's
# (engine/csv_import.py, another branch): left out of the label choices until it lands.
LABELS = (["label", "y", "1", "2", "4", " 4 "], ["0", "99", "-1", "1.0", "", "없음", "a"])


# --------------------------------------------------------------------------- random inputs


ODD_CELLS = ["1e308", "-1e308", "inf", "nan", "", "NA", "?", "abc", "1,5", '"2"', "0", "1e-320"]


def random_cell(rng):
    return rng.choice([*(f"{rng.gauss(0, 3):.4g}" for _ in range(6)), *ODD_CELLS])


def random_csv(rng, folder):
    """A small CSV, loadable more often than not; written as bytes, returned as a path."""
    name = rng.choice(["data.csv", "수업 데이터.csv", "d.csv", "d.tsv", "noext"])
    if POSIX and rng.random() < 0.1:
        name = os.fsdecode(b"caf\xe9.csv")  # a name that is not UTF-8
    separator = rng.choice([",", ",", ";", "\t"])
    columns = rng.choice([2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1])
    rows = rng.choice([40] * 9 + [0, 1, 3])
    labels = rng.choice([("0", "1")] * 6 + [("yes", "no")] * 6 + [("a", "a"), ("x", "y", "z")])
    lines = []
    if rng.random() < 0.7:
        header = [rng.choice(["a", "b", "값", "a", "", "3"]) for _ in range(columns - 1)]
        lines.append(separator.join([*header, rng.choice(["label", "y", "a"])]))
    rows = [
        [*(f"{rng.gauss(0, 1):.6f}" for _ in range(columns - 1)), rng.choice(labels)]
        for _ in range(rows)
    ]
    if rows and columns > 1 and rng.random() < 0.15:  # one odd cell
        rng.choice(rows)[rng.randrange(columns - 1)] = rng.choice(ODD_CELLS)
    if rows and rng.random() < 0.05:  # one ragged row
        rng.choice(rows).append("extra")
    lines += [separator.join(cells) for cells in rows]
    data = ("\n".join(lines) + rng.choice(["\n", "", "\r\n"])).encode("utf-8")
    damage = rng.random()
    if damage < 0.04:
        data = b"\xef\xbb\xbf" + data  # Excel's byte-order mark
    elif damage < 0.06:
        data = data.replace(b"\n", b"\n\xff", 1)  # not UTF-8
    elif damage < 0.07:
        data = data[: len(data) // 2] + b"\x00" + data[len(data) // 2 :]
    elif damage < 0.08:
        data = data.replace(b"\n", b'\n"', 1)  # an open quote
    path = Path(folder) / name
    path.write_bytes(data)
    return path


def random_out(rng, folder, csv):
    """Where --out points: fine, pointless, or dangerous."""
    folder = Path(folder)
    (folder / "notes.txt").write_text("the student's notes\n", encoding="utf-8")
    choices = ["new", "new", "existing", "csv", "folder", "missing", "file-as-folder", "empty"]
    if POSIX:
        choices += ["link-to-csv", "link-folder", "fifo", "dangling", "odd-name"]
    kind = rng.choice(choices)
    if kind in ("csv", "link-to-csv", "link-folder") and csv is None:
        kind = "existing"
    if kind == "new":
        return str(folder / "curves.csv")
    if kind == "existing":
        return str(folder / "notes.txt")
    if kind == "csv":
        return str(csv)
    if kind == "folder":
        return str(folder)
    if kind == "missing":
        return str(folder / "missing" / ".." / "curves.csv")
    if kind == "file-as-folder":
        return str(folder / "notes.txt" / "curves.csv")
    if kind == "empty":
        return ""
    if kind == "link-to-csv":
        (folder / "link.csv").symlink_to(csv)
        return str(folder / "link.csv")
    if kind == "link-folder":
        (folder / "alias").symlink_to(folder)
        return str(folder / "alias" / csv.name)
    if kind == "fifo":
        os.mkfifo(folder / "pipe.csv")
        return str(folder / "pipe.csv")
    if kind == "dangling":
        (folder / "dangling.csv").symlink_to(folder / "nowhere.csv")
        return str(folder / "dangling.csv")
    return os.fsdecode(os.fsencode(str(folder)) + b"/r\xe9sultat.csv")


TRAINING = ["--units", "--batch-size", "--learning-rate", "--l1", "--l2", "--epochs", "--seed"]
TRAINING += ["--init"]
SYNTHETIC = ["--samples", "--noise", "--data-seed", "--val-ratio"]


def value(rng, option):
    valid, bad = OPTIONS[option]
    return rng.choice(valid if rng.random() < 0.93 else bad)


def random_argv(rng, folder):
    """Mostly sensible command lines, so that data gets loaded and runs train, with a bad or
    extreme value here and there, and now and then an option that does not belong."""
    argv = ["--headless"]
    csv = None
    source = rng.random()
    if source < 0.4:
        csv = random_csv(rng, folder)
        argv += ["--csv-data", str(csv)]
        if rng.random() < 0.5:
            valid, bad = LABELS
            argv += ["--label-column", rng.choice(valid if rng.random() < 0.8 else bad)]
        for option in ("--val-ratio", "--data-seed"):
            if rng.random() < 0.3:
                argv += [option, value(rng, option)]
    elif source < 0.75:
        argv += ["--dataset", rng.choice(["moons", "circles", "xor", "blobs"])]
        for option in SYNTHETIC:
            if rng.random() < 0.4:
                argv += [option, value(rng, option)]
    for option in rng.sample(TRAINING, rng.choice([0, 1, 2, 3, 4])):
        argv += [option, value(rng, option)]
    if rng.random() < 0.5:
        argv += ["--out", random_out(rng, folder, csv)]
    if rng.random() < 0.15:
        argv.append("--compare-sklearn")
        if rng.random() < 0.5:
            option = rng.choice(["--sklearn-momentum", "--sklearn-seed"])
            argv += [option, value(rng, option)]
    if rng.random() < 0.1:  # an option that does not belong, or a stray flag
        option = rng.choice(sorted(OPTIONS))
        argv += [option, value(rng, option)]
    if rng.random() < 0.05:
        argv.insert(rng.randrange(len(argv) + 1), rng.choice(FLAGS))
    return argv


def work(argv):
    """(epochs x rows x units, updates, whether scikit-learn runs) of a valid command line,
    None if it does not parse (then it costs nothing)."""
    try:
        args = main.parse_args(argv)
    except SystemExit:
        return None
    if args.csv_data is not None:
        rows = 40
    elif args.dataset == "breast_cancer":
        rows = 364
    else:
        rows = (args.samples or 300) * (1 - (args.val_ratio or 0.25))
    batch = rows if args.batch_size is None else min(args.batch_size, rows)
    updates = args.epochs * math.ceil(rows / batch)
    return args.epochs * rows * args.units, updates, args.compare_sklearn


def affordable(argv):
    cost = work(argv)
    if cost is None:
        return True
    size, updates, sklearn = cost
    return size <= MAX_WORK and updates <= (MAX_SKLEARN_UPDATES if sklearn else MAX_UPDATES)


def case(seed, folder, parses=False):
    """The command line of case ``seed`` (one that parses, if asked), its files in folder."""
    rng = random.Random(seed)
    while True:
        argv = random_argv(rng, folder)
        if affordable(argv) and (not parses or work(argv) is not None):
            return argv
        for entry in Path(folder).iterdir():  # start the folder afresh for the next draw
            if entry.is_dir() and not entry.is_symlink():
                continue
            entry.unlink()


# --------------------------------------------------------------------------- the checks


def snapshot(folder):
    """Every entry under ``folder``: kind and content (a link's target, a file's hash)."""
    found = {}
    for path in Path(folder).rglob("*"):
        if path.is_symlink():
            found[path] = ("link", os.readlink(path))
        elif path.is_fifo():
            found[path] = ("fifo", None)
        elif path.is_file():
            found[path] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
    return found


def out_target(argv):
    if "--out" not in argv:
        return None
    index = argv.index("--out") + 1
    return os.path.realpath(argv[index]) if index < len(argv) and argv[index] else None


def check_outcome(argv, status, stdout, stderr, before, folder, logs):
    said = f"argv={argv!r}\nstatus={status}\nstderr={stderr[-2000:]}"
    assert status in ALLOWED_STATUSES, said
    assert "Traceback" not in stderr and "Warning" not in stderr, said
    assert not list(Path(logs).glob("crash-*")), said
    after = snapshot(folder)
    target = out_target(argv)
    written = "epochs written to" in stdout
    for path, state in before.items():
        if written and os.path.realpath(path) == target and state[0] == "file":
            continue  # the one file the user named as output
        assert after.get(path) == state, f"{path} changed\n{said}"
    assert not [p for p in after if p.name.endswith(".tmp")], f"a temporary file was left\n{said}"
    if status == EXIT_OK and target is not None:
        rows = read_curves_csv(Path(target).read_text(encoding="utf-8"))
        assert rows and written, said


# --------------------------------------------------------------------------- in-process


@pytest.mark.parametrize("number", range(IN_PROCESS_CASES))
def test_the_command_line_survives_random_input(number, tmp_path, capsys, monkeypatch):
    folder, logs = tmp_path / "work", tmp_path / "logs"
    folder.mkdir()
    monkeypatch.setenv("MINIBATCH_LAB_LOG_DIR", str(logs))
    argv = case(SEED * 1000 + number, folder)
    before = snapshot(folder)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            status = main.main(argv)
        except SystemExit as exit_:
            status = exit_.code
    stdout, stderr = capsys.readouterr()
    numpy_warnings = [w for w in caught if issubclass(w.category, RuntimeWarning)]
    assert not numpy_warnings, f"argv={argv!r}: {[str(w.message) for w in numpy_warnings]}"
    check_outcome(argv, status, stdout, stderr, before, folder, logs)


# --------------------------------------------------------------------------- real processes


@pytest.mark.skipif(not POSIX, reason="signals and FIFOs")
@pytest.mark.parametrize("number", range(PROCESS_CASES))
def test_a_real_process_survives_random_input_and_ctrl_c(number, tmp_path):
    folder, logs = tmp_path / "work", tmp_path / "logs"
    folder.mkdir()
    interrupt = number % 2 == 0
    argv = case(SEED * 1000 + IN_PROCESS_CASES + number, folder, parses=interrupt)
    if interrupt:  # long enough to be interrupted while it trains
        argv += ["--epochs", "1000000", "--batch-size", "full"]
    before = snapshot(folder)
    process = subprocess.Popen(
        [sys.executable, "main.py", *argv],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "MINIBATCH_LAB_LOG_DIR": str(logs)},
    )
    first_lines = b""
    if interrupt:
        for _ in range(3):  # Data:, Network:, Training: - then it is training
            first_lines += process.stdout.readline()
        if b"Training:" in first_lines:
            process.send_signal(signal.SIGINT)
    try:
        stdout, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
    stdout = (first_lines + stdout).decode("utf-8", "backslashreplace")
    stderr = stderr.decode("utf-8", "backslashreplace")
    if interrupt and "Training:" in stdout:
        assert process.returncode == EXIT_INTERRUPTED, f"argv={argv!r}\n{stderr}"
    check_outcome(argv, process.returncode, stdout, stderr, before, folder, logs)
