"""Data errors in the window's language: each kind of bad CSV carries its facts as details,
and `describe` words them in English exactly as the engine does, or in Korean."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from engine import csv_import, csv_reader
from engine.csv_import import ImportOptions, load_csv
from engine.datasets import ERROR_KINDS, DatasetError, synthetic
from gui.data_errors import describe
from gui.language import install_language
from gui.params_panel import ParamsPanel

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def rows(n: int, label=lambda i: i % 2) -> str:
    """n data lines "a,b,label" with varied numbers, labels alternating by default."""
    return "".join(f"{i},{(i * 7) % 5 + 0.5},{label(i)}\n" for i in range(n))


def write(tmp_path: Path, text: str, name: str = "data.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding, newline="")
    return path


def write_bytes(tmp_path: Path, data: bytes, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@dataclass(frozen=True)
class Case:
    """A bad input, the kind and details it must raise, and facts every wording must show."""

    make: Callable[[Path], object]  # raises the DatasetError
    kind: str
    details: dict[str, object]
    facts: tuple[str, ...] = ()  # in English and in Korean alike
    korean: tuple[str, ...] = ()  # only in Korean (e.g. "7행")


def not_a_folder(tmp_path: Path) -> Path:
    (tmp_path / "file.csv").write_text("a,b\n", encoding="utf-8")
    return tmp_path / "file.csv" / "data.csv"  # a file where a folder should be


def unfinished_quote(tmp_path: Path) -> Path:
    """An unclosed quote beyond the first rows, in a file read in small pieces."""
    text = "a,b,label\n" + rows(20_000) + '1,"2,0\n' + rows(30_000)
    return write(tmp_path, text)


def tiny_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_reader, "MAX_LINE_BYTES", 64 * 1024)
    monkeypatch.setattr(csv_import, "MAX_CELLS", 200_000)
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", 4096)


CASES: dict[str, Case] = {
    "not_found": Case(lambda tmp: load_csv(tmp / "nope.csv"), "not_found", {}, facts=("nope.csv",)),
    "folder": Case(lambda tmp: load_csv(tmp), "folder", {}, facts=("CSV",)),
    "not_a_file": Case(
        lambda tmp: load_csv("/dev/zero"), "not_a_file", {"path": "/dev/zero"}, ("/dev/zero",)
    ),
    "unreadable": Case(
        lambda tmp: load_csv(not_a_folder(tmp)),
        "unreadable",
        {"reason": "Not a directory"},
        facts=("data.csv", "Not a directory"),
    ),
    "binary": Case(
        lambda tmp: load_csv(write_bytes(tmp, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "p.csv")),
        "binary",
        {"file": "p.csv", "row": 3},
        facts=("p.csv", "NUL"),
        korean=("3행",),
    ),
    "bad_encoding": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n1,2,0\ncaf\u00e9,3,1\n", encoding="latin-1")),
        "bad_encoding",
        {"file": "data.csv", "row": 3, "byte": 0xE9, "encoding": "utf-8"},
        facts=("data.csv", "0xe9", "utf-8", "cp949"),
        korean=("3행", "인코딩"),
    ),
    "bad_quotes": Case(
        lambda tmp: load_csv(write(tmp, "a,b\n1,2\n3," + "9" * 200_000 + "\n")),
        "bad_quotes",
        {"file": "data.csv", "row": 3},
        facts=("data.csv", "field larger than field limit"),
        korean=("3행",),
    ),
    "line_too_long": Case(
        lambda tmp: load_csv(unfinished_quote(tmp)),
        "line_too_long",
        {"file": "data.csv", "row": 20_002, "megabytes": 1},
        facts=("data.csv", "20002"),
        korean=("20002행",),
    ),
    "empty": Case(
        lambda tmp: load_csv(write(tmp, ",,\n,,\n")), "empty", {"file": "data.csv"}, ("data.csv",)
    ),
    "header_only": Case(
        lambda tmp: load_csv(write(tmp, "radius,texture,label\n")),
        "header_only",
        {"file": "data.csv"},
        facts=("data.csv",),
    ),
    "one_column": Case(
        lambda tmp: load_csv(write(tmp, "value\n1\n2\n3\n")),
        "one_column",
        {"file": "data.csv", "row": 1, "count": 1, "separator": ","},
        facts=("data.csv",),
        korean=("1행", "1개", "쉼표"),
    ),
    "duplicate_column": Case(
        lambda tmp: load_csv(write(tmp, "r,t,r,label\n" + "1,2,3,0\n4,5,6,1\n" * 5)),
        "duplicate_column",
        {"file": "data.csv", "name": "r", "first": 1, "second": 3},
        facts=("data.csv", "'r'"),
        korean=("1번째", "3번째"),
    ),
    "unknown_column": Case(
        lambda tmp: load_csv(write(tmp, "radius,texture,label\n" + rows(10)), "diagnosis"),
        "unknown_column",
        {"name": "diagnosis", "option": "label", "columns": ("radius", "texture", "label")},
        facts=("'diagnosis'", "'radius', 'texture', 'label'"),
        korean=("레이블 열",),
    ),
    "label_ignored": Case(
        lambda tmp: load_csv(
            write(tmp, "a,b,label\n" + rows(10)),
            options=ImportOptions(label_column="b", ignore_columns=("b",)),
        ),
        "label_ignored",
        {"file": "data.csv", "column": "b", "column_number": 2},
        facts=("data.csv", "'b'"),
        korean=("레이블",),
    ),
    "no_features": Case(
        lambda tmp: load_csv(
            write(tmp, "a,b,label\n" + rows(10)), options=ImportOptions(ignore_columns=("a", "b"))
        ),
        "no_features",
        {"file": "data.csv"},
        facts=("data.csv",),
        korean=("특성",),
    ),
    "ragged_row": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(6) + "1,2\n" + rows(3))),
        "ragged_row",
        {"file": "data.csv", "row": 8, "count": 2, "expected": 3, "header": True},
        facts=("data.csv",),
        korean=("8행", "2개", "3개", "머리글"),
    ),
    "missing_value": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(4) + "1,NA,0\n" + rows(4))),
        "missing_value",
        {"file": "data.csv", "row": 6, "column": "b", "column_number": 2, "value": "NA"},
        facts=("data.csv", "'b'", "'NA'"),
        korean=("6행", "2번째", "누락"),
    ),
    "not_a_number": Case(
        lambda tmp: load_csv(
            write(
                tmp,
                "a;b;label\n" + "".join(f"{i}.5;{i}.25;{i % 2}\n" for i in range(10)) + "1;0,5;1\n",
            )
        ),
        "not_a_number",
        {"row": 12, "column": "b", "column_number": 2, "header": True, "value": "0,5"},
        facts=("data.csv", "'b'", "'0,5'"),
        korean=("12행", "숫자", "소수점"),
    ),
    "infinite": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(3) + "-Infinity,2,0\n" + rows(3))),
        "infinite",
        {"row": 5, "column": "a", "column_number": 1, "value": "-Infinity"},
        facts=("'a'", "'-Infinity'"),
        korean=("5행", "무한대"),
    ),
    "value_too_large": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(3) + "1e155,2,0\n" + rows(3))),
        "value_too_large",
        {"row": 5, "column": "a", "column_number": 1, "value": "1e155"},
        facts=("'a'", "'1e155'", "1e150"),
        korean=("5행", "표준화"),
    ),
    "missing_label": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(4) + "1,2,\n" + rows(4))),
        "missing_label",
        {"row": 6, "column": "label", "column_number": 3, "value": ""},
        facts=("'label'",),
        korean=("6행", "비어", "레이블"),
    ),
    "too_many_cells": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(100_000))),
        "too_many_cells",
        {"file": "data.csv", "count": 3, "limit": 200_000},
        facts=("data.csv", "200,000"),
        korean=("200,000",),
    ),
    "one_class": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(10, label=lambda i: "B"))),
        "one_class",
        {"file": "data.csv", "column": "label", "value": "B"},
        facts=("'label'", "'B'"),
        korean=("클래스",),
    ),
    "too_many_classes": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(14, label=lambda i: f"c{i % 7}"))),
        "too_many_classes",
        {"count": 7, "classes": tuple(f"c{i}" for i in range(7)), "column": "label"},
        facts=("'c0', 'c1', 'c2', 'c3', 'c4'", "7", "--positive-class"),
        korean=("외 2개",),
    ),
    "unknown_class": Case(
        lambda tmp: load_csv(
            write(tmp, "a,b,label\n" + rows(14, label=lambda i: "MB"[i % 2])),
            options=ImportOptions(positive_class="X"),
        ),
        "unknown_class",
        {"value": "X", "classes": ("B", "M"), "column": "label"},
        facts=("'X'", "'B', 'M'"),
        korean=("클래스",),
    ),
    "class_too_small": Case(
        lambda tmp: load_csv(
            write(tmp, "a,b,label\n" + rows(20, label=lambda i: "M" if i == 3 else "B"))
        ),
        "class_too_small",
        {"file": "data.csv", "column": "label", "class_name": "M", "count": 1},
        facts=("data.csv", "'M'"),
        korean=("1개", "클래스"),
    ),
    "split_impossible": Case(
        lambda tmp: load_csv(
            write(tmp, "a,b,label\n" + rows(40, label=lambda i: "M" if i in (3, 9) else "B")),
            val_ratio=0.05,
        ),
        "split_impossible",
        {"rows": 40, "train": 38, "validation": 2, "class_name": "M", "count": 2},
        facts=("0.05", "'M'", "38", "'label'"),
        korean=("검증 비율", "훈련 38개", "검증 2개"),
    ),
    "too_large": Case(
        lambda tmp: synthetic_too_large(),
        "too_large",
        {"dataset": "moons"},
        facts=("1e150",),
        korean=("표준화",),
    ),
}


def synthetic_too_large() -> None:
    """The split's own check, which a CSV's cell checks leave no way to reach: values below
    1e150 whose spread still overflows, made directly."""
    import numpy as np

    from engine.datasets import _split_and_scale

    x = np.array([[1e200 * (-1) ** i, i] for i in range(20)])
    y = np.arange(20) % 2
    with np.errstate(all="ignore"):
        _split_and_scale(
            x,
            y,
            val_ratio=0.25,
            seed=0,
            place={"dataset": "moons", "n_samples": 20},
            class_names=("0", "1"),
        )


def raised(make: Callable[[Path], object], tmp_path: Path) -> DatasetError:
    with pytest.raises(DatasetError) as caught:
        make(tmp_path)
    return caught.value


@pytest.fixture
def korean(qapp):
    app = QCoreApplication.instance()
    install_language(app, "ko")
    try:
        yield
    finally:
        install_language(app, "en")


def test_every_kind_is_documented_and_tested() -> None:
    assert set(CASES) == set(ERROR_KINDS)


@pytest.fixture(autouse=True)
def small_limits(monkeypatch):
    tiny_limits(monkeypatch)


@pytest.mark.parametrize("name", CASES)
def test_each_kind_carries_its_details(tmp_path, name: str) -> None:
    case = CASES[name]
    error = raised(case.make, tmp_path)
    assert error.kind == case.kind
    assert set(ERROR_KINDS[error.kind]) <= set(error.details), error.details
    for key, value in case.details.items():
        assert error.details[key] == value, key
    # A column is named in a message exactly as its details say.
    if "column_number" in error.details and error.details["header"]:
        column = error.details["column"]
        assert f"column {column!r} ({error.details['column_number']})" in str(error)
    if "row" in error.details and error.details["row"] >= 10_000:
        assert f"row {error.details['row']}" in str(error)
    if "row" in error.details:
        assert f"row {error.details['row']}" in str(error)
    if "path" in error.details and error.kind != "not_a_file":  # /dev/zero: not in tmp
        assert error.details["path"] in str(error)
        assert Path(error.details["path"]).is_relative_to(tmp_path)


@pytest.mark.parametrize("name", CASES)
def test_english_describe_is_the_engines_message(qapp, tmp_path, name: str) -> None:
    case = CASES[name]
    error = raised(case.make, tmp_path)
    text = describe(error)
    assert text == str(error)
    for fact in case.facts:
        assert fact in text, fact


@pytest.mark.parametrize("name", CASES)
def test_korean_describe_keeps_the_facts(tmp_path, korean, name: str) -> None:
    case = CASES[name]
    error = raised(case.make, tmp_path)
    text = describe(error)
    assert HANGUL.search(text), text
    assert text != str(error)
    assert "{" not in text and "}" not in text, text
    for fact in (*case.facts, *case.korean):
        assert fact in text, (fact, text)
    for key in ("path", "file"):
        if key in error.details:
            assert str(error.details[key]) in text, key


def test_korean_names_columns_of_a_headerless_file_by_number(tmp_path, korean) -> None:
    error = raised(lambda tmp: load_csv(write(tmp, rows(5) + "1,x,0\n")), tmp_path)
    assert error.kind == "not_a_number"
    assert error.details["header"] is False
    assert (error.details["column"], error.details["column_number"]) == ("column 2", 2)
    text = describe(error)
    assert "data.csv, 6행, 2번째 열: 'x' 값은 숫자가 아닙니다." in text
    assert "소수점" not in text  # the decimal-comma hint only when the cell has a comma


def test_korean_ragged_row_without_header_names_the_first_row(tmp_path, korean) -> None:
    error = raised(lambda tmp: load_csv(write(tmp, rows(6) + "1,2\n")), tmp_path)
    assert (error.kind, error.details["header"], error.details["first_row"]) == (
        "ragged_row",
        False,
        1,
    )
    assert "7행: 셀이 2개인데 1행에는 3개 있습니다" in describe(error)


def test_korean_missing_value_for_an_empty_cell(tmp_path, korean) -> None:
    text = "a,b,label\n" + rows(4) + "1,,0\n" + rows(4)
    error = raised(lambda tmp: load_csv(write(tmp, text)), tmp_path)
    assert (error.kind, error.details["value"]) == ("missing_value", "")
    assert describe(error) == (
        "data.csv, 6행, 'b' 열(2번째): 셀이 비어 있습니다. 값을 채우거나, 이 행을 삭제하거나, "
        "누락된 값이 있는 행을 빼도록 고르세요."
    )


def test_korean_one_column_with_tab_separator(tmp_path, korean) -> None:
    # Every line holds a tab, but inside quotes: one column, separated by tabs.
    text = '"x\ty"\n"1\t2"\n"3\t4"\n'
    error = raised(lambda tmp: load_csv(write(tmp, text)), tmp_path)
    assert (error.kind, error.details["separator"]) == ("one_column", "\t")
    assert "separator tab" in str(error)
    assert "구분자 탭" in describe(error)


def test_synthetic_split_errors_name_the_set(qapp, korean) -> None:
    with pytest.raises(DatasetError) as caught:
        synthetic("moons", n_samples=20, val_ratio=0.05)
    error = caught.value
    assert error.kind == "split_impossible"
    assert error.details["dataset"] == "moons"
    assert error.details["n_samples"] == 20
    assert "file" not in error.details
    text = describe(error)
    assert text.startswith("moons (n_samples=20): 검증 비율이 0.05이면")
    install_language(QCoreApplication.instance(), "en")
    assert describe(error) == str(error)


def test_unknown_kind_or_unusable_details_fall_back_to_the_message(qapp, korean) -> None:
    assert describe(DatasetError("Something odd.")) == "Something odd."
    assert describe(DatasetError("Odd.", kind="no_such_kind", file="a.csv")) == "Odd."
    # A known kind whose details lack what its wording needs.
    assert describe(DatasetError("Row 3 is odd.", kind="not_a_number", file="a.csv")) == (
        "Row 3 is odd."
    )
    assert describe(DatasetError("Bad byte.", kind="not_utf8", file="a", row=1, byte="e9")) == (
        "Bad byte."
    )


def test_errors_survive_pickling_with_kind_and_details(tmp_path) -> None:
    error = raised(CASES["not_a_number"].make, tmp_path)
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.kind, copy.details) == (str(error), error.kind, error.details)


def test_the_panel_reports_a_bad_csv_in_korean(qtbot, tmp_path, korean) -> None:
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    shown: list[tuple[str, str]] = []
    panel.show_error = lambda title, text: shown.append((title, text))
    path = write(tmp_path, "a,b,label\n" + rows(5) + "1,abc,0\n" + rows(5))
    assert not panel.open_csv(str(path))  # the columns are fine; loading finds the bad cell
    assert panel.source.currentData() != "csv"
    ((title, text),) = shown
    assert HANGUL.search(title)
    assert text.startswith("data.csv, 7행, 'b' 열(2번째): 'abc' 값은 숫자가 아닙니다.")
