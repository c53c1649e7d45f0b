"""engine.csv_fast: a clean file read whole, in regions, in parallel, gives exactly what the
strict chunked reading gives; at any doubt it steps aside, and the strict reading decides."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import csv_layouts as layouts
import numpy as np
import pytest

from engine import csv_fast, csv_import, csv_reader, parallel
from engine.csv_import import ImportOptions, LoadCancelled, read_csv
from engine.datasets import DatasetError
from engine.feature_columns import FeatureColumns

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def small_regions(monkeypatch):
    """Regions of 8 KB read 1 KB at a time: a file of a few hundred rows is cut in several."""
    monkeypatch.setattr(csv_fast, "REGION_BYTES", 8 * 1024)
    monkeypatch.setattr(csv_fast, "PIECE_BYTES", 1024)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_CELLS", 0)  # the split's steps in threads too
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", 4096)


def spied(monkeypatch) -> list[object]:
    """Answers of the whole-file reading, as they happen."""
    answers: list[object] = []
    read_whole = csv_fast.read_whole

    def spy(*args, **kwargs):
        answers.append(read_whole(*args, **kwargs))
        return answers[-1]

    monkeypatch.setattr(csv_fast, "read_whole", spy)
    return answers


def strictly(monkeypatch, path, options=None):
    """What the chunked reading alone makes of the file: a table, or the error."""
    with monkeypatch.context() as patch:
        patch.setattr(csv_fast, "read_whole", lambda *args, **kwargs: csv_fast.NOT_CLEAN)
        try:
            return read_csv(path, options)
        except DatasetError as error:
            return error


def assert_same_table(first, second) -> None:
    for name in ("x", "y", "lines"):
        np.testing.assert_array_equal(np.asarray(getattr(first, name)), getattr(second, name))
    assert first.report == second.report


def numbers(rows: int, start: int = 0) -> list[str]:
    return [
        f"{(i * 37) % 101 / 8},{(i * 13) % 17 - 8},{-(i % 11) * 1.5e-3},{'yes' if i % 3 else 'no'}"
        for i in range(start, start + rows)
    ]


def quote_label(row: str) -> str:
    """As R's write.csv writes text: in quotes."""
    cells, label = row.rsplit(",", 1)
    return f'{cells},"{label}"'


def write_lines(tmp_path, lines: list[str], name: str = "data.csv", end: str = "\n") -> object:
    path = tmp_path / name
    path.write_bytes((end.join(lines) + end).encode("utf-8"))
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda folder: write_lines(folder, ["a,b,c,label", *numbers(900)]),
        lambda folder: write_lines(folder, ["a,b,c,label", *numbers(900)], end="\r\n"),
        lambda folder: write_lines(folder, ["a,b,c,label", *numbers(900)], end="\r"),
        lambda folder: write_lines(
            folder, ['"a","b","c","label"'] + [quote_label(row) for row in numbers(900)]
        ),
        layouts.kaggle,
        layouts.uci,
        layouts.korean_excel,
        layouts.semicolon,
        layouts.pandas_export,
    ],
    ids=["plain", "crlf", "old-mac", "quoted", "kaggle", "uci", "cp949", "semicolon", "pandas"],
)
def test_a_clean_file_is_read_whole_in_regions_as_the_strict_reading_reads_it(
    tmp_path, monkeypatch, small_regions, make
):
    path = make(tmp_path)
    answers = spied(monkeypatch)
    table = read_csv(path)
    assert answers and answers[0] is not csv_fast.NOT_CLEAN
    assert isinstance(table.x, FeatureColumns) and table.x.n_regions > 1
    assert_same_table(table, strictly(monkeypatch, path))
    assert table.lines[0] == table.layout.first_data_line


DOUBTS = {
    "missing cell": lambda row: row[row.index(",") :],
    "not a number": lambda row: "1_000" + row[row.index(",") :],
    "short row": lambda row: row[: row.rindex(",")],
    "long row": lambda row: row + ",7",
    "quoted line break": lambda row: row[: row.rindex(",")] + ',"y\nes"',
    "NUL byte": lambda row: row.replace(",", ",\x00", 1),
    "yes/no feature": lambda row: "True" + row[row.index(",") :],
    "too large": lambda row: "1e200" + row[row.index(",") :],
    "missing label": lambda row: row[: row.rindex(",")] + ",NA",
}


@pytest.mark.parametrize("doubt", list(DOUBTS))
def test_a_doubt_anywhere_is_left_to_the_strict_reading(
    tmp_path, monkeypatch, small_regions, doubt
):
    lines = ["a,b,c,label", *numbers(20_000)]
    lines[19_000] = DOUBTS[doubt](lines[19_000])  # in a later region, after the preview's rows
    path = write_lines(tmp_path, lines)
    answers = spied(monkeypatch)
    try:
        outcome = read_csv(path, ImportOptions(missing="drop"))
    except DatasetError as error:
        outcome = error
    assert answers == [csv_fast.NOT_CLEAN]
    expected = strictly(monkeypatch, path, ImportOptions(missing="drop"))
    if isinstance(expected, DatasetError):
        assert (outcome.kind, outcome.details) == (expected.kind, expected.details)
    else:
        assert_same_table(outcome, expected)


def test_a_trailing_blank_line_and_spaces_around_cells_change_nothing(tmp_path, small_regions):
    lines = ["a,b,c,label", *(row.replace(",", " , ") for row in numbers(900))]
    spaced = read_csv(write_lines(tmp_path, [*lines, ""], "spaced.csv"))
    plain = read_csv(write_lines(tmp_path, ["a,b,c,label", *numbers(900)]))
    np.testing.assert_array_equal(np.asarray(spaced.x), np.asarray(plain.x))
    assert spaced.report.classes == plain.report.classes == ("no", "yes")


def test_the_cell_limit_holds_across_regions(tmp_path, monkeypatch, small_regions):
    monkeypatch.setattr(csv_import, "MAX_CELLS", 4 * 850)
    path = write_lines(tmp_path, ["a,b,c,label", *numbers(900)])
    with pytest.raises(DatasetError) as caught:
        read_csv(path)
    assert caught.value.kind == "too_many_cells"


def test_cancel_stops_every_region(tmp_path, small_regions):
    path = write_lines(tmp_path, ["a,b,c,label", *numbers(3000)])
    stop = threading.Event()
    shares: list[float] = []

    def progress(share: float) -> None:
        shares.append(share)
        if share > 0.3:
            stop.set()

    with pytest.raises(LoadCancelled):
        read_csv(path, progress=progress, cancelled=stop.is_set)
    assert shares == sorted(shares) and shares[-1] < 0.9
    assert not [t for t in threading.enumerate() if t.name.startswith("csv-region")]


def test_feature_columns_gather_rows_as_an_array_would():
    rng = np.random.default_rng(3)
    regions = [
        [rng.normal(size=rows), rng.integers(-5, 5, size=rows), rng.normal(size=rows) * 1e9]
        for rows in (7, 5000, 1, 3000)
    ]
    whole = np.column_stack([np.concatenate(column) for column in zip(*regions, strict=True)])
    columns = FeatureColumns(regions)
    assert columns.shape == whole.shape
    np.testing.assert_array_equal(np.asarray(columns), whole)
    order = rng.permutation(len(whole))[:6000]
    taken = columns.take_rows(order)
    assert taken.flags.c_contiguous and taken.dtype == np.float64
    np.testing.assert_array_equal(taken, whole[order])
    kept = whole[:, 0] > 0
    chosen = rng.permutation(int(kept.sum()))[:900]
    np.testing.assert_array_equal(columns[kept].take_rows(chosen), whole[kept][chosen])


def test_loading_a_csv_imports_no_scikit_learn(tmp_path):
    """Importing scikit-learn holds the GIL for most of a second: the window would freeze."""
    path = layouts.uci(tmp_path)
    code = (
        "import sys; from engine.csv_import import load_csv; "
        f"data = load_csv({str(path)!r}, '2'); "
        "print(data.n_train, 'sklearn' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.stdout.split() == ["455", "False"], done.stderr
