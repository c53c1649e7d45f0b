"""The command line on the CSV files students have: what it chooses, says, and refuses."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import csv_layouts as layouts
import pytest
from test_cli import run_main

ROOT = Path(__file__).resolve().parent.parent


def accuracy(out: str) -> float:
    return float(re.search(r"validation accuracy  (\d\.\d+)", out).group(1))


@pytest.mark.parametrize(
    ("make", "summary"),
    [
        (layouts.kaggle, ["Ignored:   'id' (named like an id), 'column 33' (empty)"]),
        (layouts.uci, ["no header: row 1 is data", "Ignored:   'column 1' (whole numbers"]),
        (layouts.korean_excel, ["encoding cp949 (detected)", "Ignored:   '번호'", "'진단'"]),
        (layouts.semicolon, ["delimiter semicolon, decimal mark ','", "Ignored:   'id'"]),
        (layouts.pandas_export, ["Ignored:   'column 1' (whole numbers all different"]),
    ],
)
def test_breast_cancer_layouts_train_to_95_percent(tmp_path, make, summary):
    done = run_script("--headless", "--csv-data", str(make(tmp_path)))
    status, out, err = done.returncode, done.stdout, done.stderr
    assert (status, err) == (0, ""), err
    for line in summary:
        assert line in out
    assert "(569 rows, 30 features)" in out
    assert "455 train / 114 validation" in out
    assert accuracy(out) >= 0.95  # the book's 500 epochs, batch 32, with the id ignored


def run_script(*argv: str) -> subprocess.CompletedProcess:
    """main.py in a process of its own, as a student runs it."""
    return subprocess.run(
        [sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_readmes_kaggle_command_in_a_real_process(tmp_path):
    path = str(layouts.kaggle(tmp_path))
    argv = ["--headless", "--csv-data", path, "--label-column", "diagnosis", "--ignore-columns"]
    done = run_script(*argv, "id")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Read:      data.csv: encoding utf-8 (detected), delimiter comma")
    assert lines[1] == "Ignored:   'id' (named like an id), 'column 33' (empty)"
    assert "label 'diagnosis': 'B' -> 0, 'M' -> 1" in lines[2]
    assert accuracy(done.stdout) >= 0.95


def test_three_classes_one_against_the_rest_or_two_kept(tmp_path, capsys):
    path = str(layouts.three_classes(tmp_path))
    done = run_script("--headless", "--csv-data", path, "--epochs", "5")
    status, out, err = done.returncode, done.stdout, done.stderr
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1
    assert "3 different values ('B', 'M', 'uncertain')" in err and "--positive-class" in err
    argv = ["--headless", "--csv-data", path, "--epochs", "5"]
    status, out, err = run_main([*argv, "--positive-class", "M"], capsys)
    assert status == 0, err
    assert "Classes:   3 in 'diagnosis' ('B', 'M', 'uncertain'): 'M' (1) against the rest" in out
    status, out, err = run_main([*argv, "--keep-classes", "M,B"], capsys)
    assert status == 0, err
    assert "Classes:   3 in 'diagnosis' ('B', 'M', 'uncertain'): kept 'B' and 'M'" in out
    assert "Dropped:   81 rows of other classes (of 569 rows read)" in out
    assert "(488 rows, 30 features)" in out


def test_missing_values_refused_or_dropped(tmp_path, capsys):
    path = str(layouts.with_missing(tmp_path))
    done = run_script("--headless", "--csv-data", path)
    status, err = done.returncode, done.stderr
    assert status == 2 and len(err.splitlines()) == 1
    assert err.startswith("error: gaps.csv, row 7, column 'perimeter_mean' (3): the cell is empty")
    argv = ["--headless", "--csv-data", path, "--missing", "drop", "--epochs", "5"]
    status, out, err = run_main(argv, capsys)
    assert status == 0, err
    assert "Dropped:   3 rows with missing values (of 569 rows read)" in out


def test_explicit_reading_options(tmp_path, capsys):
    path = str(layouts.semicolon(tmp_path))
    argv = ["--headless", "--csv-data", path, "--epochs", "5", "--delimiter", "semicolon"]
    argv += ["--decimal", ",", "--header", "yes", "--encoding", "utf-8", "--ignore-columns", "1"]
    status, out, err = run_main(argv, capsys)
    assert status == 0, err
    assert "encoding utf-8, delimiter semicolon, decimal mark ','; first row is the header" in out
    assert "Ignored:   'id' (named like an id)" in out


def write(tmp_path: Path, text: str, name: str = "data.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


BODY = "".join(f"{(i * 3) % 7 + 0.25},{(i * 7) % 5 + 0.5},{i % 2}\n" for i in range(40))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--label-column", "²"], "has no column '²' (asked for as the label column)"),
        (["--label-column", "٣"], "has no column '٣'"),
        (["--ignore-columns", "c,zz"], "has no column 'zz' (asked for as a column to ignore)"),
        (["--delimiter", "pipe"], "argument --delimiter: expected comma, semicolon, tab or space"),
        (["--encoding", "ascii"], "argument --encoding: expected one of auto, utf-8"),
        (["--header", "maybe"], "argument --header: invalid choice"),
        (["--keep-classes", "A"], "argument --keep-classes: expected two different classes"),
        (["--decimal", ","], "decimal ',' needs another delimiter than ','"),
        (["--keep-classes", "0,1", "--positive-class", "2"], "must be one of the kept classes"),
    ],
)
def test_bad_csv_options_exit_2_with_one_line(tmp_path, capsys, argv, message):
    path = write(tmp_path, "a,b,c\n" + BODY)
    extra = ["--delimiter", ","] if argv[:2] == ["--decimal", ","] else []
    status, out, err = run_main(["--headless", "--csv-data", path, *extra, *argv], capsys)
    assert status == 2 and out == ""
    lines = [line for line in err.splitlines() if "error" in line]
    assert len(lines) == 1 and message in lines[0], err


@pytest.mark.parametrize(
    "option", ["--ignore-columns", "--delimiter", "--encoding", "--positive-class", "--missing"]
)
def test_csv_options_need_a_csv(capsys, option):
    value = {"--delimiter": "tab", "--encoding": "cp949", "--missing": "drop"}.get(option, "x")
    status, _out, err = run_main(["--headless", option, value], capsys)
    assert status == 2
    assert f"{option} needs --csv-data" in err


def test_duplicate_names_and_devices_are_refused_in_one_line(tmp_path, capsys):
    path = write(tmp_path, "radius,texture,radius,label\n" + "1,2,3,0\n4,5,6,1\n" * 5)
    status, _out, err = run_main(["--headless", "--csv-data", path], capsys)
    assert status == 2
    assert err == (
        "error: data.csv: columns 1 and 3 are both named 'radius'. Rename one of them in the "
        "header, so that each column can be chosen by name.\n"
    )
    status, _out, err = run_main(["--headless", "--csv-data", "/dev/zero"], capsys)
    assert status == 2 and "not a file but a device or a pipe" in err


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
@pytest.mark.parametrize(
    ("name", "argv"),
    [("status", []), ("status", ["--missing", "drop"]), ("statm", ["--label-column", "1"])],
)
def test_a_file_whose_size_reads_as_zero_is_refused_in_one_line(capsys, name, argv):
    # /proc's files say they hold 0 bytes and hold text: the size only guides the reading.
    status, out, err = run_main(["--headless", "--csv-data", f"/proc/self/{name}", *argv], capsys)
    assert status == 2 and out == ""
    assert err.startswith(f"error: {name}") and err.count("\n") == 1, err
