"""The CSV import dialog and its loader: each layout students have, loaded as a student does."""

from __future__ import annotations

import re

import csv_layouts as layouts
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialog

from engine import csv_import, csv_reader
from engine.datasets import DatasetError
from gui.csv_dialog import CsvImportDialog
from gui.csv_loader import CsvLoadJob, load_with_progress
from gui.language import install_language

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def dialog_for(qtbot, path, **kwargs) -> CsvImportDialog:
    dialog = CsvImportDialog(str(path), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def load(qtbot, dialog: CsvImportDialog):
    """Press Load and wait for the outcome: the dialog accepts, or shows why it did not."""
    with qtbot.waitSignals([dialog.finished], timeout=30_000):
        dialog.load()
    return dialog.load_result()


def refused(qtbot, dialog: CsvImportDialog) -> str:
    with qtbot.waitSignal(dialog.load_failed, timeout=30_000) as blocker:
        dialog.load()
    assert dialog.isVisible()  # the dialog stays open, so the student can change an option
    return blocker.args[0]


def column(dialog: CsvImportDialog, name: str) -> int:
    table = dialog.preview_table
    names = [table.horizontalHeaderItem(i).toolTip() for i in range(table.columnCount())]
    return names.index(name)


def ticked(dialog: CsvImportDialog, name: str) -> bool:
    item = dialog.preview_table.item(0, column(dialog, name))
    return item.checkState() == Qt.CheckState.Checked


def test_kaggle_layout_proposals_are_shown_and_load(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.kaggle(tmp_path))
    options = dialog.options()
    assert options.label_column == "diagnosis"
    assert not ticked(dialog, "id") and not ticked(dialog, "column 33")
    assert ticked(dialog, "radius_mean")
    table = dialog.preview_table
    assert table.verticalHeaderItem(1).text() == "2"  # rows as numbered in the file
    assert table.rowCount() == 1 + csv_import.PREVIEW_ROWS
    assert "'id' (named like an id), 'column 33' (empty)" in dialog.summary_text()
    assert "'B' → 0, 'M' → 1" in dialog.summary_text()
    result = load(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    data = result.dataset
    assert (data.n_train + data.n_val, data.n_features) == (569, 30)
    assert data.class_names == ("B", "M")
    assert result.report.options.ignore_columns == ("id", "column 33")


def test_uci_layout_has_no_header_and_its_id_is_ignored(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.uci(tmp_path))
    assert dialog.options().header is False
    assert dialog.options().label_column == "column 2"
    assert not ticked(dialog, "column 1")
    assert dialog.preview_table.verticalHeaderItem(1).text() == "1"
    data = load(qtbot, dialog).dataset
    assert data.n_features == 30 and data.class_names == ("B", "M")


def test_korean_excel_layout(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.korean_excel(tmp_path))
    assert dialog.encoding_text() == "Automatic (found: cp949)"
    assert dialog.options().label_column == "진단"
    assert not ticked(dialog, "번호")
    data = load(qtbot, dialog).dataset
    assert data.class_names == ("악성", "양성")
    assert data.n_features == 30


def test_semicolon_and_pandas_layouts(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.semicolon(tmp_path))
    options = dialog.options()
    assert (options.delimiter, options.decimal) == (";", ",")
    assert load(qtbot, dialog).dataset.n_features == 30
    dialog = dialog_for(qtbot, layouts.pandas_export(tmp_path))
    assert dialog.options().label_column == "target"
    assert not ticked(dialog, "column 1")
    assert load(qtbot, dialog).dataset.class_names == ("0", "1")


def test_three_classes_need_a_choice_then_load(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.three_classes(tmp_path))
    assert "3 classes (B, M, uncertain)" in dialog.summary_text()
    message = refused(qtbot, dialog)
    assert "3 different values" in message
    dialog.set_classes("M")  # one against the rest
    assert dialog.options().positive_class == "M" and dialog.options().keep_classes is None
    result = load(qtbot, dialog)
    assert result.dataset.class_names == ("B+uncertain", "M")
    assert result.report.dropped_classes == 0

    dialog = dialog_for(qtbot, layouts.three_classes(tmp_path))
    dialog.set_classes("M", "B")  # keep two
    assert dialog.options().keep_classes == ("B", "M")
    result = load(qtbot, dialog)
    assert result.report.dropped_classes == 81
    assert result.dataset.n_train + result.dataset.n_val == 569 - 81


def test_missing_cells_refused_in_place_or_dropped(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.with_missing(tmp_path))
    cell = dialog.preview_table.item(6, column(dialog, "perimeter_mean"))  # file row 7
    assert cell.toolTip().startswith("A missing value")
    assert "1 cells of the first rows would stop the load" in dialog.summary_text()
    assert "gaps.csv, row 7, column 'perimeter_mean' (3)" in refused(qtbot, dialog)
    dialog.set_reading(missing="drop")
    result = load(qtbot, dialog)
    assert result.report.dropped_missing == 3
    assert result.dataset.n_train + result.dataset.n_val == 566


def test_clicking_a_header_makes_it_the_label_and_unticking_ignores(qtbot, tmp_path):
    path = tmp_path / "flags.csv"
    rows = [f"{i * 0.5},{(i * 7) % 11},{'yn'[i % 3 == 0]},{i % 2}" for i in range(40)]
    path.write_text("x1,x2,flag,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = dialog_for(qtbot, path)
    assert dialog.options().label_column == "label"  # named like a label
    header = dialog.preview_table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert dialog.options().label_column == "flag"
    assert "flag\n(label)" in dialog.preview_table.horizontalHeaderItem(2).text()
    assert ticked(dialog, "label")  # the old label is a feature now...
    dialog.preview_table.item(0, column(dialog, "label")).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.options().ignore_columns == ("label",)  # ...until it is unticked
    data = load(qtbot, dialog).dataset
    assert data.feature_names == ("x1", "x2")
    assert data.class_names == ("n", "y")


def test_a_header_that_could_be_data_is_said_and_can_be_flipped(qtbot, tmp_path):
    path = tmp_path / "typo.csv"
    body = "".join(f"{(i * 3) % 7 + 0.25},{(i * 7) % 5 + 0.5},{i % 2}\n" for i in range(40))
    path.write_text("1.5,2x.5,0\n" + body, encoding="utf-8")
    dialog = dialog_for(qtbot, path)
    assert dialog.options().header is False
    assert "Row 1 was taken as data, but it could also be a header" in dialog.header_note()
    dialog.set_reading(header=True)
    assert dialog.options().header is True
    assert dialog.preview_table.horizontalHeaderItem(1).toolTip() == "2x.5"


def test_an_unreadable_choice_is_explained_and_blocks_load(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.kaggle(tmp_path))
    dialog.set_reading(delimiter=";")  # one column: no label and features
    assert "found 1 column (separator semicolon)" in dialog.error_text()
    dialog.set_reading(delimiter=",")
    assert dialog.error_text() == ""


def test_cancel_closes_without_loading(qtbot, tmp_path):
    dialog = dialog_for(qtbot, layouts.kaggle(tmp_path))
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.load_result() is None


def test_cancel_during_a_load_stops_it_and_keeps_the_dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", 1024)
    dialog = dialog_for(qtbot, layouts.kaggle(tmp_path))
    with qtbot.waitSignal(dialog.load_failed, timeout=30_000) as blocker:
        dialog.load()
        dialog.reject()  # Cancel while loading: the reader stops at its next chunk
    assert "cancelled" in blocker.args[0]
    assert dialog.isVisible() and dialog.load_result() is None


def test_the_dialog_speaks_korean(qtbot, tmp_path):
    app = QCoreApplication.instance()
    install_language(app, "ko")
    try:
        dialog = dialog_for(qtbot, layouts.three_classes(tmp_path))
        assert HANGUL.search(dialog.windowTitle())
        assert HANGUL.search(dialog.summary_text())
        message = refused(qtbot, dialog)
        assert HANGUL.search(message) and "'uncertain'" in message
    finally:
        install_language(app, "en")


def test_generated_column_names_are_shown_in_korean_and_kept_in_the_options(qtbot, tmp_path):
    app = QCoreApplication.instance()
    install_language(app, "ko")
    try:
        dialog = dialog_for(qtbot, layouts.uci(tmp_path))  # no header: "column 1", ...
        table = dialog.preview_table
        assert table.horizontalHeaderItem(0).text().startswith("1번째 열")
        assert table.horizontalHeaderItem(1).text() == "2번째 열\n(레이블)"
        assert "'2번째 열'" in dialog.summary_text()
        dialog.set_label_column("column 2")  # the engine's name stays the option's value
        assert dialog.options().label_column == "column 2"
    finally:
        install_language(app, "en")


# --------------------------------------------------------------------------- the loader


def big_csv(path, rows: int = 60_000, columns: int = 30):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(rows, columns - 1)).round(6)
    y = rng.integers(0, 2, rows)
    lines = [",".join(f"f{i}" for i in range(columns - 1)) + ",label"]
    lines += [",".join(map(str, row)) + f",{label}" for row, label in zip(x, y, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_window_stays_responsive_while_a_file_loads(qtbot, tmp_path, monkeypatch):
    """The bench measures the 50 ms target on a million rows; here a smaller file and a looser
    bound, as the test machine is shared: the GUI thread must keep ticking during the load."""
    monkeypatch.setattr(csv_reader, "CHUNK_BYTES", 256 * 1024)
    path = big_csv(tmp_path / "big.csv")
    job = CsvLoadJob(str(path), None, 0.2)
    gaps: list[int] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: gaps.append(clock.restart()))
    progress: list[float] = []
    job.progressed.connect(progress.append)
    results = []
    job.loaded.connect(results.append)
    clock.start()
    probe.start()
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    probe.stop()
    assert results and results[0].dataset.n_features == 29
    assert len(progress) >= 5 and progress[-1] == 1.0
    assert len(gaps) > 10  # it ticked all along...
    assert max(gaps) < 250, max(gaps)  # ...and never stalled long


def test_load_with_progress_returns_the_outcome(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    result = load_with_progress(parent, str(layouts.uci(tmp_path)), None, 0.25)
    assert result.dataset.n_val == 143
    with pytest.raises(DatasetError, match="3 different values"):
        load_with_progress(parent, str(layouts.three_classes(tmp_path)), None, 0.2)
