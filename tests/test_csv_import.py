"""engine.csv_import: the files students have, read as they are; every refusal says where."""

from __future__ import annotations

import os
import threading

import csv_layouts as layouts
import numpy as np
import pytest

from engine import csv_fast, csv_import, csv_reader, csv_text
from engine.csv_import import (
    ImportOptions,
    LoadCancelled,
    load_csv,
    preview,
    read_csv,
    sniff,
)
from engine.csv_text import is_number
from engine.datasets import ERROR_KINDS, DatasetError


def write(tmp_path, text: str, name: str = "data.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rows(n: int, label=lambda i: i % 2, start: int = 0) -> str:
    """n data lines "a,b,label": a = start + i counts up (a row number), b varies."""
    return "".join(f"{start + i},{(i * 7) % 5 + 0.5},{label(i)}\n" for i in range(n))


def features(n: int, label=lambda i: i % 2) -> str:
    """n data lines "a,b,label" with two real features (no column counts up)."""
    return "".join(f"{(i * 3) % 7 + 0.25},{(i * 7) % 5 + 0.5},{label(i)}\n" for i in range(n))


def refused(path, kind: str, options: ImportOptions | None = None, **kwargs) -> DatasetError:
    with pytest.raises(DatasetError) as caught:
        load_csv(path, options=options, **kwargs)
    error = caught.value
    assert error.kind == kind, (error.kind, str(error))
    assert set(ERROR_KINDS[kind]) <= set(error.details), error.details
    return error


# --------------------------------------------------------------------------- the real layouts


def test_kaggle_data_csv_is_read_as_it_comes(tmp_path):
    path = layouts.kaggle(tmp_path)
    shown = preview(path)
    assert shown.options.header is True
    assert shown.options.delimiter == ","
    assert shown.options.label_column == "diagnosis"
    assert shown.ignored == {0: "id", 32: "empty"}  # the id and the trailing comma's column
    assert shown.columns[32] == "column 33"
    assert shown.classes == ("B", "M")
    table = read_csv(path)
    x, y, _names, _ids = layouts.cancer()
    np.testing.assert_array_equal(table.x, x)  # every value to the bit
    np.testing.assert_array_equal(table.y, 1 - y)  # B -> 0, M -> 1; the book's 0 is malignant
    assert table.feature_names == layouts.cancer()[2]
    assert table.report.class_names == ("B", "M")
    assert table.report.ignored == (("id", "id"), ("column 33", "empty"))


def test_kaggle_with_the_readmes_options(tmp_path):
    path = layouts.kaggle(tmp_path)
    options = ImportOptions(label_column="diagnosis", ignore_columns=("id",))
    table = read_csv(path, options)
    assert table.x.shape == (569, 30)
    # The unnamed empty column is ignored even though only "id" was asked for, and said so.
    assert table.report.ignored == (("id", "id"), ("column 33", "empty"))
    data = load_csv(path, options=options)
    assert (data.n_train, data.n_val, data.n_features) == (455, 114, 30)


def test_uci_wdbc_data_without_header(tmp_path):
    path = layouts.uci(tmp_path)
    shown = preview(path)
    assert shown.options.header is False and not shown.header_ambiguous
    assert shown.options.label_column == "column 2"  # the first non-numeric column
    assert shown.ignored == {0: "row_number"}  # the id does not become a feature
    table = read_csv(path)
    np.testing.assert_array_equal(table.x, layouts.cancer()[0])
    assert table.lines[0] == 1 and table.lines[-1] == 569  # row 1 is data


def test_korean_excel_cp949_file(tmp_path):
    path = layouts.korean_excel(tmp_path)
    shown = preview(path)
    assert shown.options.encoding == "cp949" and shown.encoding_detected
    assert shown.options.label_column == "진단"
    assert shown.ignored == {0: "id"}  # 번호
    assert set(shown.classes) == {"양성", "악성"}
    table = read_csv(path)
    x, y, _names, _ids = layouts.cancer()
    np.testing.assert_array_equal(table.x, x)
    assert table.report.class_names == ("악성", "양성")
    np.testing.assert_array_equal(table.y, y)  # 악성 (malignant) -> 0 as in the book
    assert "encoding cp949 (detected)" in table.report.lines()[0]


def test_semicolons_and_decimal_commas(tmp_path):
    path = layouts.semicolon(tmp_path)
    options = sniff(path)
    assert (options.delimiter, options.decimal) == (";", ",")
    np.testing.assert_array_equal(read_csv(path).x, layouts.cancer()[0])


@pytest.mark.parametrize("index_name", ["", "Unnamed: 0"])
def test_pandas_export_with_its_index_column(tmp_path, index_name):
    path = layouts.pandas_export(tmp_path, index_name=index_name)
    shown = preview(path)
    assert shown.options.label_column == "target"
    assert list(shown.ignored) == [0]
    assert shown.ignored[0] == ("id" if index_name else "row_number")
    table = read_csv(path)
    np.testing.assert_array_equal(table.x, layouts.cancer()[0])
    np.testing.assert_array_equal(table.y, layouts.cancer()[1])


def test_three_classes_are_refused_until_two_are_chosen(tmp_path):
    path = layouts.three_classes(tmp_path)
    error = refused(path, "too_many_classes")
    assert error.details["classes"] == ("B", "M", "uncertain")
    assert "--positive-class" in str(error) and "--keep-classes" in str(error)
    assert "Class 1 in the import dialog" in str(error)

    one_vs_rest = read_csv(path, ImportOptions(positive_class="M"))
    assert one_vs_rest.report.class_names == ("B+uncertain", "M")
    assert one_vs_rest.x.shape == (569, 30)
    y_book = layouts.cancer()[1]
    uncertain = np.arange(569) % 7 == 3
    np.testing.assert_array_equal(one_vs_rest.y, (y_book == 0) & ~uncertain)

    kept = read_csv(path, ImportOptions(keep_classes=("M", "B")))
    assert kept.report.dropped_classes == int(uncertain.sum()) == 81
    assert kept.x.shape == (569 - 81, 30)
    assert kept.report.class_names == ("B", "M")
    assert "Dropped:   81 rows of other classes (of 569 rows read)" in kept.report.lines()
    kept_b = read_csv(path, ImportOptions(keep_classes=("M", "B"), positive_class="B"))
    assert kept_b.report.class_names == ("M", "B")
    np.testing.assert_array_equal(kept_b.y, 1 - kept.y)


def test_a_class_that_no_row_has_is_refused(tmp_path):
    path = layouts.three_classes(tmp_path)
    error = refused(path, "unknown_class", ImportOptions(positive_class="benign"))
    assert "'benign'" in str(error) and "'uncertain'" in str(error)


def test_missing_cells_refused_with_row_and_column_or_dropped(tmp_path):
    path = layouts.with_missing(tmp_path)
    error = refused(path, "missing_value")
    names = layouts.cancer()[2]
    assert str(error).startswith(f"gaps.csv, row 7, column '{names[2]}' (3): the cell is empty")
    table = read_csv(path, ImportOptions(missing="drop"))
    assert table.report.dropped_missing == 3
    assert table.x.shape == (566, 30)
    assert 7 not in table.lines and 42 not in table.lines and 43 not in table.lines
    assert "Dropped:   3 rows with missing values (of 569 rows read)" in table.report.lines()


# --------------------------------------------------------------------------- proposals


def test_header_is_the_first_row_of_names_above_numbers(tmp_path):
    shown = preview(write(tmp_path, "radius,texture,label\n" + features(40)))
    assert shown.options.header is True and not shown.header_ambiguous
    assert shown.columns == ("radius", "texture", "label")
    assert shown.first_data_line == 2


def test_a_typo_in_row_1_of_a_headerless_file_does_not_eat_the_row(tmp_path):
    text = "1.5,2x.5,0\n" + features(40)
    path = write(tmp_path, text)
    shown = preview(path)
    assert shown.options.header is False
    assert shown.header_ambiguous  # said, not silent
    error = refused(path, "not_a_number")
    assert error.details["row"] == 1 and error.details["hint"] == "header"
    assert "--header yes" in str(error)
    assert preview(path, ImportOptions(header=True)).columns[1] == "2x.5"  # flipped by choice


def test_label_proposals_by_name_then_text_then_last(tmp_path):
    named = "a,Target,b\n" + "".join(f"{i % 3 + 0.5},{i % 2},{i * 0.5}\n" for i in range(30))
    assert sniff(write(tmp_path, named, "n.csv")).label_column == "Target"
    text = "a,kind,b\n" + "".join(f"{i % 3 + 0.5},{'yn'[i % 2]},{i % 4}.5\n" for i in range(30))
    assert sniff(write(tmp_path, text, "t.csv")).label_column == "kind"
    assert sniff(write(tmp_path, "a,b,c\n" + features(30), "l.csv")).label_column == "c"


def test_a_counting_column_is_proposed_as_row_number_but_can_be_kept(tmp_path):
    path = write(tmp_path, "a,b,label\n" + rows(40))
    assert preview(path).ignored == {0: "row_number"}
    data = load_csv(path, options=ImportOptions(ignore_columns=()))
    assert data.feature_names == ("a", "b")


def test_label_and_columns_by_name_or_number(tmp_path):
    path = write(tmp_path, "".join(f"{i % 2},{(i * 3) % 7},{i * i % 11}\n" for i in range(30)))
    for choice in ("column 1", "1"):
        data = load_csv(path, label_column=choice)
        assert data.feature_names == ("column 2", "column 3")
        assert "label 'column 1'" in data.description
    options = ImportOptions(label_column="1", ignore_columns=("3",))
    assert load_csv(path, options=options).feature_names == ("column 2",)


@pytest.mark.parametrize("name", ["²", "٣", "0", "4", "diagnosis"])
def test_unknown_columns_are_named_never_crash(tmp_path, name):
    path = write(tmp_path, "radius,texture,label\n" + features(10))
    error = refused(path, "unknown_column", label_column=name)
    assert f"no column {name!r} (asked for as the label column)" in str(error)
    assert "'radius', 'texture', 'label'" in str(error)
    error = refused(path, "unknown_column", ImportOptions(ignore_columns=(name,)))
    assert "asked for as a column to ignore" in str(error)


def test_duplicate_names_in_the_header_are_refused_naming_both(tmp_path):
    path = write(tmp_path, "radius,texture,radius,label\n" + "1,2,3,0\n4,5,6,1\n" * 5)
    error = refused(path, "duplicate_column")
    assert (error.details["first"], error.details["second"]) == (1, 3)
    assert "columns 1 and 3 are both named 'radius'" in str(error)


def test_the_label_cannot_be_ignored_and_something_must_be_left(tmp_path):
    path = write(tmp_path, "a,b,label\n" + features(10))
    refused(path, "label_ignored", ImportOptions(label_column="a", ignore_columns=("a",)))
    refused(path, "no_features", ImportOptions(ignore_columns=("a", "b")))


@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolon"), ("\t", "tab"), (" ", "space")])
def test_other_delimiters(tmp_path, delimiter, name):
    text = ("a,b,label\n" + features(20)).replace(",", delimiter)
    path = write(tmp_path, text, name=f"{name}.csv")
    assert sniff(path).delimiter == delimiter
    assert load_csv(path).feature_names == ("a", "b")


def test_aligned_columns_separated_by_runs_of_spaces(tmp_path):
    text = "  a    b   label\n" + "".join(f" {i % 5}.5   {i % 3}   {i % 2}\n" for i in range(20))
    path = write(tmp_path, text)
    assert sniff(path).delimiter == " "
    assert read_csv(path).x.shape == (20, 2)


def test_byte_order_mark_crlf_and_blank_lines(tmp_path):
    text = "a,b,label\r\n\r\n" + features(20).replace("\n", "\r\n") + "\r\n,,\r\n"
    path = write(tmp_path, text, encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    shown = preview(path)
    assert shown.columns == ("a", "b", "label")
    assert shown.options.encoding == "utf-8-sig"
    table = read_csv(path)
    assert len(table.y) == 20 and table.lines[0] == 3  # the blank line 2 counts


def test_utf16_with_its_byte_order_mark(tmp_path):
    path = write(tmp_path, "a,b,label\n" + features(20), encoding="utf-16")
    assert sniff(path).encoding == "utf-16"
    assert read_csv(path).x.shape == (20, 2)


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("cell", ["1", "-2.5", "+.5", "5.", "1e5", "1E-05", "inf", "-Infinity"])
def test_numbers_in_a_csv(cell):
    assert is_number(cell)


@pytest.mark.parametrize("cell", ["1_000", "١٢", "²", "0x10", "1.5e", "1.2.3", "", "- 5", "½"])
def test_not_numbers_in_a_csv(cell):
    """Python's float() accepts the first two: a CSV must not."""
    assert not is_number(cell)


@pytest.mark.parametrize("cell", ["1_000", "١٢", "True"])
def test_cells_python_would_read_are_refused_with_their_place(tmp_path, cell):
    path = write(tmp_path, "a,b,label\n" + features(4) + f"1.5,{cell},0\n" + features(4))
    error = refused(path, "not_a_number")
    assert error.details["row"] == 6 and error.details["column"] == "b"


def test_decimal_comma_in_a_point_file_gets_a_hint(tmp_path):
    text = "a;b;label\n" + "".join(f"{i}.5;{i}.25;{i % 2}\n" for i in range(10)) + "1;0,5;1\n"
    error = refused(write(tmp_path, text), "not_a_number")
    assert error.details["hint"] == "comma"
    assert "row 12, column 'b' (2): '0,5' is not a number (the decimal mark is set to point" in (
        str(error)
    )


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("", "empty"), ("NA", "'NA'"), ("NaN", "'NaN'"), ("nan", "'nan'"), ("?", "'?'")],
)
def test_missing_values(tmp_path, cell, shown):
    error = refused(
        write(tmp_path, "a,b,label\n" + features(4) + f"1,{cell},0\n" + features(4)),
        "missing_value",
    )
    assert "row 6, column 'b' (2)" in str(error) and shown in str(error)


def test_missing_label(tmp_path):
    error = refused(
        write(tmp_path, "a,b,label\n" + features(4) + "1,2,\n" + features(4)), "missing_label"
    )
    assert "row 6, column 'label' (3): the cell is empty" in str(error)


@pytest.mark.parametrize("cell", ["inf", "-Infinity", "1e999"])
def test_infinite_values(tmp_path, cell):
    error = refused(
        write(tmp_path, "a,b,label\n" + features(3) + f"{cell},2,0\n" + features(3)), "infinite"
    )
    assert f"row 5, column 'a' (1): '{cell}' is infinite" in str(error)


@pytest.mark.parametrize("cell", ["1e155", "-3e200", "1e308"])
def test_values_the_scaler_cannot_handle_are_refused_with_row_and_column(tmp_path, cell):
    """1e155 used to pass, leave its column unscaled and train to 0.5."""
    text = "a,b,label\n" + features(6) + f"{cell},2,0\n" + features(6)
    error = refused(write(tmp_path, text), "value_too_large")
    assert f"row 8, column 'a' (1): '{cell}' is too large to standardise" in str(error)


def test_large_but_safe_values_are_standardised(tmp_path):
    text = "a,b,label\n" + "".join(f"{(i % 5 + 1) * 1e149},{i % 3}.5,{i % 2}\n" for i in range(30))
    data = load_csv(write(tmp_path, text))
    assert np.isfinite(data.x_train).all()
    np.testing.assert_allclose(data.x_train.std(axis=0), 1.0)


# --------------------------------------------------------------------------- structure


def test_ragged_row_counts_blank_lines(tmp_path):
    error = refused(write(tmp_path, "a,b,label\n\n" + features(2) + "\n1,2,3,4\n"), "ragged_row")
    assert "data.csv, row 6: 4 cells, but the header has 3" in str(error)


def test_a_short_row_among_an_empty_column_is_still_ragged(tmp_path):
    """pandas cannot tell a missing last cell from an empty one: the reader must."""
    good = "".join(f"{(i * 3) % 7 + 0.25},{i % 5}.5,{i % 2},\n" for i in range(30))
    error = refused(write(tmp_path, "a,b,label,\n" + good + "1.5,2.5,1\n" + good), "ragged_row")
    assert error.details["row"] == 32


@pytest.mark.parametrize("text", ["", "\n\n   \n", ",,\n,,\n"])
def test_empty_file(tmp_path, text):
    assert "data.csv is empty" in str(refused(write(tmp_path, text), "empty"))


def test_header_only(tmp_path):
    refused(write(tmp_path, "radius,texture,label\n"), "header_only")


def test_one_column(tmp_path):
    error = refused(write(tmp_path, "value\n1\n2\n3\n"), "one_column")
    assert "found 1 column" in str(error) and "at least 2" in str(error)


def test_single_class_and_tiny_class(tmp_path):
    refused(write(tmp_path, "a,b,label\n" + features(10, label=lambda i: "B")), "one_class")
    text = "a,b,label\n" + features(20, label=lambda i: "M" if i == 3 else "B")
    assert "class 'M' has only 1 row" in str(refused(write(tmp_path, text), "class_too_small"))


def test_split_that_would_leave_validation_without_a_class(tmp_path):
    text = "a,b,label\n" + features(40, label=lambda i: "M" if i in (3, 9) else "B")
    path = write(tmp_path, text)
    error = refused(path, "split_impossible", val_ratio=0.05)
    assert "38 train / 2 validation" in str(error)
    assert load_csv(path, val_ratio=0.5).n_val == 20


def test_numeric_labels_sort_as_numbers_and_1_equals_1_0(tmp_path):
    data = load_csv(write(tmp_path, "a,b,y\n" + features(20, label=lambda i: 10 if i % 2 else 9)))
    assert data.class_names == ("9", "10")
    text = "a,b,y\n" + features(20, label=lambda i: ("1", "1.0", "0")[i % 3])
    table = read_csv(write(tmp_path, text, "mixed.csv"))
    assert table.report.classes == ("0", "1")
    assert table.y.sum() == 14


def test_constant_feature_scales_to_zero_and_split_follows_the_seed(tmp_path):
    path = write(tmp_path, "a,const,label\n" + "".join(f"{i},5,{i % 2}\n" for i in range(20)))
    keep = ImportOptions(ignore_columns=())
    data = load_csv(path, options=keep)
    np.testing.assert_array_equal(data.x_train[:, 1], 0.0)
    first, other = load_csv(path, seed=1, options=keep), load_csv(path, seed=2, options=keep)
    assert not np.array_equal(first.x_train, other.x_train)


def test_rejects_out_of_range_validation_ratio(tmp_path):
    with pytest.raises(ValueError, match=r"val_ratio.*0\.9"):
        load_csv(write(tmp_path, "a,b,label\n" + features(10)), val_ratio=0.9)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"delimiter": "|"}, "delimiter must be one of"),
        ({"delimiter": ",", "decimal": ","}, "decimal ',' needs another delimiter"),
        ({"encoding": "ascii"}, "encoding must be one of"),
        ({"missing": "zero"}, "missing must be 'refuse' or 'drop'"),
        ({"keep_classes": ("a", "a")}, "keep_classes must be two different values"),
        ({"keep_classes": ("a", "b"), "positive_class": "c"}, "must be one of the kept"),
        ({"ignore_columns": "id"}, "ignore_columns must be a list"),
    ],
)
def test_options_are_checked_up_front(options, message):
    with pytest.raises(ValueError, match=message):
        ImportOptions(**options)


# --------------------------------------------------------------------------- files and limits


def test_missing_file_and_folder(tmp_path):
    assert f"No such file: {tmp_path / 'nope.csv'}" in str(
        refused(tmp_path / "nope.csv", "not_found")
    )
    assert "is a folder" in str(refused(tmp_path, "folder"))


@pytest.mark.timeout(10)
def test_devices_and_pipes_are_refused_unread(tmp_path):
    assert "device or a pipe" in str(refused("/dev/zero", "not_a_file"))
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # opening it for reading would block forever
    refused(fifo, "not_a_file")


def test_binary_files_at_the_start_or_later(tmp_path):
    path = tmp_path / "picture.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in str(refused(path, "binary"))
    text = "a,b,label\n" + features(30_000)  # longer than the sample the preview reads
    late = tmp_path / "late.csv"
    late.write_bytes(text.encode() + b"1,2\x00,0\n")
    assert len(text) > csv_text.SAMPLE_BYTES
    assert refused(late, "binary").details["row"] == 30_002


def test_encoding_errors_name_their_row_even_far_into_the_file(tmp_path):
    text = "a,b,label\n" + features(30_000)
    path = tmp_path / "latin.csv"
    path.write_bytes(text.encode() + "1,2,caf\u00e9\n".encode("latin-1"))
    error = refused(path, "bad_encoding")
    assert (error.details["row"], error.details["byte"]) == (30_002, 0xE9)
    assert "--encoding" in str(error)
    data = load_csv(path, options=ImportOptions(encoding="latin-1", positive_class="1"))
    assert data.class_names == ("0+café", "1")


@pytest.mark.parametrize("line", ["1\xe9,2,0,1\n", "1,2,0,caf\xe9\n"])
def test_a_bad_byte_in_a_number_or_an_ignored_column_names_its_row(tmp_path, line):
    """A UTF-8 file goes to pandas as bytes: every bad byte must still be found, wherever it
    is, and named by its row."""
    rows = "".join(
        f"{(i * 3) % 7 + 0.25},{(i * 7) % 5 + 0.5},{i % 2},{i % 3}\n" for i in range(30_000)
    )
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"a,b,label,note\n" + rows.encode() + line.encode("latin-1"))
    options = ImportOptions(ignore_columns=("note",))
    error = refused(path, "bad_encoding", options)
    assert error.details["row"] == 30_002


def test_too_many_cells_are_refused_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_CELLS", 3 * 500)
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", 1024)
    error = refused(write(tmp_path, "a,b,label\n" + features(2000)), "too_many_cells")
    assert error.details["row"] < 1000  # stopped early, not after reading the whole file
    assert "1,500 cells" in str(error)


@pytest.mark.timeout(20)
def test_a_quote_never_closed_is_reported_where_it_opens(tmp_path, monkeypatch):
    text = "a,b,label\n" + features(10) + '1,"2,0\n' + features(20_000)
    error = refused(write(tmp_path, text), "bad_quotes")  # in the first rows: the preview
    assert error.details["row"] == 12
    monkeypatch.setattr(csv_reader, "MAX_LINE_BYTES", 64 * 1024)
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", 4096)
    text = "a,b,label\n" + features(30_000) + '1,"2,0\n' + features(20_000)
    error = refused(write(tmp_path, text, "late.csv"), "line_too_long")  # further: the reader
    assert error.details["row"] == 30_002


@pytest.mark.parametrize("chunk", [64, 1000, 1 << 20])
def test_chunk_size_changes_nothing(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", chunk)
    text = 'a,"b, quoted",label\n' + features(300) + '1.5,"2.5",1\n\n' + features(300)
    table = read_csv(write(tmp_path, text))
    assert table.x.shape == (601, 2)
    assert table.lines[300] == 302 and table.lines[301] == 304  # the blank line counts
    bad = text + '1.5,"x\ny",0\n'  # a quoted line break, then a bad cell
    error = refused(write(tmp_path, bad, "bad.csv"), "not_a_number")
    assert error.details["row"] == 604  # where the record with the line break begins


def test_progress_and_cancel(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", 4096)
    monkeypatch.setattr(csv_fast, "PIECE_BYTES", 4096)
    path = write(tmp_path, "a,b,label\n" + features(5000))
    shares: list[float] = []
    read_csv(path, progress=shares.append)
    assert len(shares) > 10 and shares == sorted(shares) and shares[-1] == 1.0
    stop = threading.Event()

    def progress(share: float) -> None:
        if share > 0.3:
            stop.set()

    with pytest.raises(LoadCancelled):
        read_csv(path, progress=progress, cancelled=stop.is_set)


def test_the_old_import_path_still_works(tmp_path):
    from engine.datasets import load_csv as old_load_csv

    path = write(tmp_path, "a,b,label\n" + features(20))
    assert old_load_csv(path, label_column="label", val_ratio=0.25, seed=1).n_val == 5


@pytest.mark.parametrize(
    ("make", "whole"),
    [
        (layouts.uci, True),
        (layouts.korean_excel, True),
        (layouts.semicolon, True),
        (layouts.pandas_export, True),
        (layouts.kaggle, True),  # the empty last column: every row has every delimiter
        (layouts.with_missing, False),
    ],
)
def test_the_whole_file_reading_and_the_chunked_one_agree(tmp_path, monkeypatch, make, whole):
    path = make(tmp_path)
    options = ImportOptions(missing="drop")
    chunked_calls = []
    in_chunks = csv_reader._read_in_chunks

    def spy(*args):
        chunked_calls.append(args)
        return in_chunks(*args)

    monkeypatch.setattr(csv_reader, "_read_in_chunks", spy)
    first = read_csv(path, options)
    assert (not chunked_calls) == whole
    monkeypatch.setattr(csv_fast, "read_whole", lambda *args, **kwargs: csv_fast.NOT_CLEAN)
    second = read_csv(path, options)
    for name in ("x", "y", "lines"):
        np.testing.assert_array_equal(getattr(first, name), getattr(second, name))
    assert first.report == second.report
