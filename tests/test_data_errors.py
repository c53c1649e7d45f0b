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

from engine.datasets import ERROR_KINDS, DatasetError, csv_columns, load_csv, synthetic
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


CASES: dict[str, Case] = {
    "not_found": Case(lambda tmp: load_csv(tmp / "nope.csv"), "not_found", {}, facts=("nope.csv",)),
    "folder": Case(lambda tmp: load_csv(tmp), "folder", {}, facts=("CSV",)),
    "unreadable": Case(
        lambda tmp: load_csv(not_a_folder(tmp)),
        "unreadable",
        {"reason": "Not a directory"},
        facts=("data.csv", "Not a directory"),
    ),
    "binary": Case(
        lambda tmp: load_csv(write_bytes(tmp, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "p.csv")),
        "binary",
        {"file": "p.csv"},
        facts=("p.csv", "UTF-8"),
    ),
    "not_utf8": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n1,2,0\ncaf\u00e9,3,1\n", encoding="latin-1")),
        "not_utf8",
        {"file": "data.csv", "row": 3, "byte": 0xE9},
        facts=("data.csv", "0xe9", "UTF-8"),
        korean=("3행",),
    ),
    "bad_quotes": Case(
        lambda tmp: csv_columns(write(tmp, "a,b\n1,2\n3," + "9" * 200_000 + "\n")),
        "bad_quotes",
        {"file": "data.csv", "row": 3},
        facts=("data.csv", "field larger than field limit"),
        korean=("3행",),
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
        facts=("data.csv", "','"),
        korean=("1행", "1개"),
    ),
    "ragged_row": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(6) + "1,2\n" + rows(3))),
        "ragged_row",
        {"file": "data.csv", "row": 8, "count": 2, "expected": 3, "header": True},
        facts=("data.csv",),
        korean=("8행", "2개", "3개", "머리글"),
    ),
    "unknown_label": Case(
        lambda tmp: load_csv(write(tmp, "radius,texture,label\n" + rows(10)), "diagnosis"),
        "unknown_label",
        {"label": "diagnosis", "columns": ("radius", "texture", "label"), "count": 3},
        facts=("'diagnosis'", "'radius', 'texture', 'label'"),
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
            write(tmp, "a;b;label\n" + "".join(f"{i};{i},5;{i % 2}\n" for i in range(10)))
        ),
        "not_a_number",
        {"row": 2, "column": "b", "column_number": 2, "header": True, "value": "0,5"},
        facts=("data.csv", "'b'", "'0,5'"),
        korean=("2행", "숫자", "소수점"),
    ),
    "infinite": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(3) + "-Infinity,2,0\n" + rows(3))),
        "infinite",
        {"row": 5, "column": "a", "column_number": 1, "value": "-Infinity"},
        facts=("'a'", "'-Infinity'"),
        korean=("5행", "무한대"),
    ),
    "missing_label": Case(
        lambda tmp: load_csv(write(tmp, "a,b,label\n" + rows(4) + "1,2,\n" + rows(4))),
        "missing_label",
        {"row": 6, "column": "label", "column_number": 3, "value": ""},
        facts=("'label'",),
        korean=("6행", "비어", "레이블"),
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
        facts=("'c0', 'c1', 'c2', 'c3', 'c4'", "7"),
        korean=("외 2개",),
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
        lambda tmp: load_csv(
            write(
                tmp,
                "a,b,label\n" + "".join(f"{(-1) ** i * 1e308},{i},{i % 2}\n" for i in range(20)),
            )
        ),
        "too_large",
        {"file": "data.csv", "column": "label", "column_number": 3},
        facts=("data.csv", "1e150"),
        korean=("표준화",),
    ),
}


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
    if "row" in error.details:
        assert f"row {error.details['row']}" in str(error)
    if "path" in error.details:
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
        "data.csv, 6행, 'b' 열(2번째): 셀이 비어 있습니다. 값을 채우거나 이 행을 삭제하세요."
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
    assert panel._source.currentData() != "csv"
    ((title, text),) = shown
    assert HANGUL.search(title)
    assert text.startswith("data.csv, 7행, 'b' 열(2번째): 'abc' 값은 숫자가 아닙니다.")
