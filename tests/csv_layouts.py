"""The CSV files students actually have, rebuilt from scikit-learn's copy of the breast-cancer
data: Kaggle's data.csv, UCI's wdbc.data, a Korean Excel file, a decimal-comma file, a pandas
export, a three-class file and one with missing cells. Each writer returns the file's path."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
from sklearn.datasets import load_breast_cancer

N_ROWS = 569


@functools.cache
def cancer() -> tuple[np.ndarray, np.ndarray, tuple[str, ...], np.ndarray]:
    """(features, target with 0 = malignant, Kaggle-style names, ids like the UCI file's)."""
    data = load_breast_cancer()
    names = tuple(
        name.replace("mean ", "").replace("worst ", "").replace(" ", "_")
        + ("_mean" if name.startswith("mean") else "_worst" if name.startswith("worst") else "")
        for name in data.feature_names
    )
    ids = np.random.RandomState(7).choice(np.arange(8_000, 99_999_999), N_ROWS, replace=False)
    return data.data, data.target, names, ids


def number(value: float, decimal: str = ".") -> str:
    """As spreadsheets write numbers: 1001 rather than 1001.0."""
    text = repr(float(value)).removesuffix(".0")
    return text.replace(".", decimal)


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def kaggle(folder: Path, name: str = "data.csv") -> Path:
    """Header "id","diagnosis",... and a trailing comma on every row: an empty 33rd column."""
    x, y, names, ids = cancer()
    header = ",".join(f'"{n}"' for n in ("id", "diagnosis", *names)) + ","
    rows = [
        f"{i},{'MB'[t]}," + ",".join(number(v) for v in row) + ","
        for i, t, row in zip(ids, y, x, strict=True)
    ]
    return _write(folder / name, [header, *rows])


def uci(folder: Path, name: str = "wdbc.data") -> Path:
    """No header: id, diagnosis, 30 features."""
    x, y, _names, ids = cancer()
    rows = [
        f"{i},{'MB'[t]}," + ",".join(number(v) for v in row)
        for i, t, row in zip(ids, y, x, strict=True)
    ]
    return _write(folder / name, rows)


KOREAN_LABELS = ("악성", "양성")  # malignant, benign


def korean_excel(folder: Path, name: str = "유방암.csv") -> Path:
    """What Excel saves on a Korean Windows: cp949, Korean header, labels 양성/악성."""
    x, y, names, _ids = cancer()
    header = ",".join(["번호", *(f"특성{i + 1}" for i in range(len(names))), "진단"])
    rows = [
        f"{n + 1}," + ",".join(number(v) for v in row) + f",{KOREAN_LABELS[t]}"
        for n, (t, row) in enumerate(zip(y, x, strict=True))
    ]
    return _write(folder / name, [header, *rows], encoding="cp949")


def semicolon(folder: Path, name: str = "cancer_de.csv") -> Path:
    """A decimal-comma locale: semicolons between cells, commas in the numbers."""
    x, y, names, ids = cancer()
    header = ";".join(("id", "diagnosis", *names))
    rows = [
        f"{i};{'MB'[t]};" + ";".join(number(v, ",") for v in row)
        for i, t, row in zip(ids, y, x, strict=True)
    ]
    return _write(folder / name, [header, *rows])


def pandas_export(folder: Path, name: str = "exported.csv", index_name: str = "") -> Path:
    """``DataFrame.to_csv`` with its index: an unnamed first column 0, 1, 2, ... (or, read and
    saved again, one named "Unnamed: 0")."""
    x, y, names, _ids = cancer()
    header = ",".join((index_name, *names, "target"))
    rows = [
        f"{n}," + ",".join(number(v) for v in row) + f",{t}"
        for n, (t, row) in enumerate(zip(y, x, strict=True))
    ]
    return _write(folder / name, [header, *rows])


def three_classes(folder: Path, name: str = "three.csv") -> Path:
    """A third label value: every seventh row is "uncertain"."""
    x, y, names, _ids = cancer()
    labels = np.where(np.arange(N_ROWS) % 7 == 3, "uncertain", np.where(y == 0, "M", "B"))
    header = ",".join((*names, "diagnosis"))
    rows = [
        ",".join(number(v) for v in row) + f",{lab}" for row, lab in zip(x, labels, strict=True)
    ]
    return _write(folder / name, [header, *rows])


MISSING_AT = ((5, 2, ""), (40, 7, "NA"), (41, 0, "?"))  # (data row from 0, feature, cell)


def with_missing(folder: Path, name: str = "gaps.csv") -> Path:
    """Three missing cells: one empty, one NA, one "?"; in file rows 7, 42 and 43."""
    x, y, names, _ids = cancer()
    cells = [[number(v) for v in row] for row in x]
    for row, feature, cell in MISSING_AT:
        cells[row][feature] = cell
    header = ",".join((*names, "diagnosis"))
    rows = [",".join(row) + f",{'MB'[t]}" for row, t in zip(cells, y, strict=True)]
    return _write(folder / name, [header, *rows])
