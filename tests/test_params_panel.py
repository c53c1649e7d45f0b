"""The parameter panel: the book's defaults, batch presets and the updates hint, data loading
with its error paths, settings that survive a new process, and text that follows the language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QToolButton,
    QWidget,
)

from engine.hyperparameters import Hyperparameters
from gui import csv_source
from gui.csv_dialog import CsvImportDialog
from gui.language import install_language
from gui.params_panel import ParamsPanel
from gui.widgets import LogSpinBox


@pytest.fixture
def panel(qtbot) -> ParamsPanel:
    widget = ParamsPanel()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def errors(panel: ParamsPanel, monkeypatch) -> list[tuple[str, str]]:
    """Every error the panel reports, instead of a modal message box."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(panel, "show_error", lambda title, text: shown.append((title, text)))
    return shown


def write_csv(path: Path, rows: int = 40) -> Path:
    """Two features, a 0/1 label (last column) and a second two-valued column, "flag"."""
    lines = ["x1,x2,flag,label"]
    lines += [f"{i * 0.5},{(i * 7) % 11},{3 if i % 3 else 7},{i % 2}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def preset(panel: ParamsPanel, text: str) -> QToolButton:
    (button,) = [b for b in panel.findChildren(QToolButton) if b.text() == text]
    return button


def select(panel: ParamsPanel, key: str) -> None:
    combo = panel.source
    combo.setCurrentIndex(combo.findData(key))


def shown(panel: ParamsPanel, widget: QWidget) -> bool:
    return widget.isVisibleTo(panel)


def interactive(panel: ParamsPanel) -> list[QWidget]:
    return [
        widget
        for kind in (QAbstractSpinBox, QComboBox, QAbstractButton)
        for widget in panel.findChildren(kind)
    ]


# ---------------------------------------------------------------- defaults and batch size


def test_defaults_are_the_books_run(panel: ParamsPanel) -> None:
    assert panel.hyperparameters() == Hyperparameters()
    assert panel.dataset_key() == "breast_cancer"
    assert panel.dataset().n_train == 364
    assert panel.source.currentText() == "Breast cancer (book)"
    assert preset(panel, "32").isChecked()


@pytest.mark.parametrize(
    ("text", "batch_size", "updates"),
    [("1", 1, 364), ("16", 16, 23), ("32", 32, 12), ("64", 64, 6), ("128", 128, 3)],
)
def test_presets_set_the_batch_size_and_the_hint(
    panel: ParamsPanel, qtbot, text: str, batch_size: int, updates: int
) -> None:
    panel.set_hyperparameters(Hyperparameters(batch_size=None))
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(preset(panel, text), Qt.MouseButton.LeftButton)
    assert panel.hyperparameters().batch_size == batch_size
    assert panel.training.updates_hint.text() == f"= {updates} weight updates per epoch"
    assert [b.text() for b in panel.findChildren(QToolButton) if b.isChecked()] == [text]


def test_full_preset_means_batch_gradient_descent(panel: ParamsPanel, qtbot) -> None:
    qtbot.mouseClick(preset(panel, "full"), Qt.MouseButton.LeftButton)
    assert panel.hyperparameters().batch_size is None
    assert panel.training.batch.text() == "full"
    assert panel.training.updates_hint.text() == "= 1 weight update per epoch (full batch)"
    # Clicking the chosen preset again keeps it chosen rather than toggling it off.
    qtbot.mouseClick(preset(panel, "full"), Qt.MouseButton.LeftButton)
    assert preset(panel, "full").isChecked()
    assert panel.hyperparameters().batch_size is None


def test_typed_batch_size_updates_the_hint_and_presets(panel: ParamsPanel, qtbot) -> None:
    panel.training.batch.lineEdit().selectAll()
    qtbot.keyClicks(panel.training.batch, "100")
    assert panel.hyperparameters().batch_size == 100
    assert panel.training.updates_hint.text() == "= 4 weight updates per epoch"
    assert not any(b.isChecked() for b in panel.findChildren(QToolButton))
    panel.training.batch.setValue(
        500
    )  # more than the 364 training rows: one update, like full batch
    assert panel.training.updates_hint.text().startswith("= 1 weight update per epoch (batch ≥ 364")


def test_hint_follows_the_dataset(panel: ParamsPanel) -> None:
    select(panel, "moons")  # 300 points, a quarter for validation: 225 training rows
    assert panel.dataset().n_train == 225
    assert panel.training.updates_hint.text() == "= 8 weight updates per epoch"


# ---------------------------------------------------------------- the learning-rate spin box


def test_log_spin_steps_through_one_two_five(qtbot) -> None:
    spin = LogSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(0.1)
    spin.stepBy(1)
    assert spin.value() == pytest.approx(0.2)
    spin.stepBy(2)
    assert spin.value() == pytest.approx(1.0)
    spin.stepBy(-4)
    assert spin.value() == pytest.approx(0.05)
    spin.setValue(0.003)  # between steps: the arrows land on the neighbouring 1-2-5 values
    spin.stepBy(1)
    assert spin.value() == pytest.approx(0.005)
    spin.setValue(0.003)
    spin.stepBy(-1)
    assert spin.value() == pytest.approx(0.002)


def test_log_spin_range_ends_and_display(qtbot) -> None:
    spin = LogSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(1000)
    spin.stepBy(1)
    assert spin.value() == 1000
    assert spin.text() == "1000"
    spin.setValue(1e-4)
    spin.stepBy(-1)
    assert spin.value() == pytest.approx(1e-4)
    assert spin.text() == "1e-4"
    spin.setValue(5000)
    assert spin.value() == 1000
    for value, text in [(0.1, "0.1"), (0.001, "0.001"), (100, "100"), (2.5e-4, "2.5e-4")]:
        spin.setValue(value)
        assert spin.text() == text


@pytest.mark.parametrize(("typed", "value"), [("0.003", 0.003), ("3e-4", 3e-4), ("250", 250.0)])
def test_log_spin_accepts_typed_values(qtbot, typed: str, value: float) -> None:
    spin = LogSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(0.1)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, typed)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == pytest.approx(value)


@pytest.mark.parametrize(("typed", "value"), [("5000", 500.0), ("0.00001", 0.1), ("abc", 0.1)])
def test_log_spin_rejects_values_out_of_range(qtbot, typed: str, value: float) -> None:
    spin = LogSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(0.1)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, typed)  # "500" is in range and taken; "5000" never is
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == pytest.approx(value)


# ---------------------------------------------------------------- data


def test_synthetic_data_shows_its_options(panel: ParamsPanel, qtbot) -> None:
    assert not shown(panel, panel.samples)
    assert not shown(panel, panel.noise)
    with qtbot.waitSignal(panel.dataset_changed):
        select(panel, "moons")
    assert shown(panel, panel.samples)
    assert shown(panel, panel.noise)
    assert not shown(panel, panel.csv_button)
    assert panel.dataset().n_features == 2
    assert panel.dataset_key() == "moons"
    assert panel.description.text() == "300 rows, 2 features: 225 training / 75 validation rows."

    with qtbot.waitSignal(panel.dataset_changed):
        panel.samples.setValue(100)
    assert panel.dataset().n_train + panel.dataset().n_val == 100
    dataset = panel.dataset()
    panel.hyperparameters()  # reading parameters does not rebuild the data
    assert panel.dataset() is dataset


def test_open_csv_selects_the_file_and_keeps_its_import(
    panel: ParamsPanel, qtbot, tmp_path: Path, errors: list
) -> None:
    path = write_csv(tmp_path / "patients.csv")
    with qtbot.waitSignal(panel.dataset_changed):
        assert panel.open_csv(str(path))
    assert errors == []
    assert panel.dataset_key() == "patients"
    assert panel.source.currentText() == "patients.csv"
    spec = panel.data_spec()
    # Every choice the import made is kept, so the experiment file rebuilds the same data.
    assert (spec.label_column, spec.delimiter, spec.header, spec.encoding) == (
        "label",
        ",",
        True,
        "utf-8",
    )
    assert shown(panel, panel.csv_button)
    assert shown(panel, panel.csv_ratio)
    assert not shown(panel, panel.samples)
    assert panel.dataset().feature_names == ("x1", "x2", "flag")
    assert panel.last_folder == str(tmp_path)

    assert panel.open_csv(str(path), "flag")  # another two-valued column works as the label
    assert panel.dataset().feature_names == ("x1", "x2", "label")
    assert "label 'flag': '3' → 0, '7' → 1" in panel.description.text()
    assert panel.description.text().endswith("validation rows.")  # nothing ignored: no " ."


def test_generated_column_names_are_said_in_the_window_language(
    panel: ParamsPanel, tmp_path: Path
) -> None:
    path = tmp_path / "bare.csv"  # no header, an empty third column
    path.write_text("".join(f"{i % 7},{i % 5},,{i % 2}\n" for i in range(40)), encoding="utf-8")
    assert panel.open_csv(str(path))
    assert panel.data_spec().label_column == "column 4"  # the engine's name, kept in files
    assert "label 'column 4'" in panel.description.text()
    assert "'column 3' (empty)" in panel.description.text()
    app = QCoreApplication.instance()
    install_language(app, "ko")
    QApplication.processEvents()  # delivers LanguageChange
    try:
        text = panel.description.text()
        assert "'4번째 열'" in text and "'3번째 열' (빈 열)" in text and "column" not in text
    finally:
        install_language(app, "en")
        QApplication.processEvents()


def test_opening_the_same_file_again_rereads_it(panel: ParamsPanel, qtbot, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "patients.csv", rows=40)
    panel.open_csv(str(path))
    write_csv(path, rows=80)  # the student edited the file
    with qtbot.waitSignal(panel.dataset_changed):
        panel.open_csv(str(path))
    assert panel.dataset().n_train + panel.dataset().n_val == 80


def test_bad_label_column_is_reported_and_undone(
    panel: ParamsPanel, tmp_path: Path, errors: list
) -> None:
    path = str(write_csv(tmp_path / "patients.csv"))
    panel.open_csv(path)
    dataset = panel.dataset()
    assert not panel.open_csv(path, "x1")  # 40 different values: not a two-class label
    assert len(errors) == 1
    assert "'x1'" in errors[0][1]
    assert panel.data_spec().label_column == "label"
    assert panel.dataset() is dataset


@pytest.mark.parametrize("content", [None, "a,b\n1,2\n3\n", "x,label\n1,a\n2,b\n3,c\n4,a\n"])
def test_bad_csv_is_reported_and_the_previous_data_kept(
    panel: ParamsPanel, qtbot, tmp_path: Path, errors: list, content: str | None
) -> None:
    select(panel, "circles")
    dataset = panel.dataset()
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with qtbot.assertNotEmitted(panel.dataset_changed):
        assert not panel.open_csv(str(path))
    assert len(errors) == 1
    assert "bad.csv" in errors[0][1]  # the engine's message, which names the file
    assert panel.source.currentData() == "circles"
    assert panel.source.findData("csv") == -1
    assert panel.dataset() is dataset
    assert shown(panel, panel.noise)


def test_open_csv_item_runs_the_file_dialog_then_the_import_dialog(
    panel: ParamsPanel, qtbot, tmp_path: Path, monkeypatch, errors: list
) -> None:
    path = write_csv(tmp_path / "mine.csv")
    asked: list[tuple[str, object]] = []

    def accept_the_proposals(parent, csv_path, options, val_ratio):
        """The import dialog as a student uses it, except that OK is pressed from code."""
        asked.append((csv_path, options))
        dialog = CsvImportDialog(csv_path, options, val_ratio, parent=parent)
        qtbot.addWidget(dialog)
        dialog.load()
        qtbot.waitUntil(lambda: dialog.load_result() is not None)
        return dialog.load_result()

    monkeypatch.setattr(csv_source, "choose_import", accept_the_proposals)
    panel.last_folder = str(tmp_path / "elsewhere")
    answers = iter([("", ""), (str(path), "")])  # first cancelled, then a file chosen
    folders: list[str] = []

    def get_open_file_name(parent, caption, folder, filters):
        folders.append(folder)
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)

    select(panel, "open_csv")
    assert panel.source.currentData() == "breast_cancer"
    assert panel.dataset_key() == "breast_cancer"

    select(panel, "open_csv")
    assert panel.source.currentText() == "mine.csv"
    assert panel.dataset_key() == "mine"
    assert errors == []
    assert folders == [str(tmp_path / "elsewhere")] * 2
    assert panel.last_folder == str(tmp_path)

    assert asked == [(str(path), None)]  # a new file: everything proposed
    assert panel.data_spec().label_column == "label"

    select(panel, "xor")  # the loaded file stays in the list, one click away
    select(panel, "csv")
    assert panel.dataset_key() == "mine"
    panel.csv_button.click()  # the dialog again, with the options the file was read with
    assert asked[1] == (str(path), panel.data_spec().csv_options())


# ---------------------------------------------------------------- settings


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_settings_round_trip(panel: ParamsPanel, qtbot, tmp_path: Path, errors: list) -> None:
    hp = Hyperparameters(
        units=7,
        batch_size=None,
        learning_rate=0.003,
        l1=0.002,
        l2=0.05,
        epochs=1234,
        seed=7,
        init="ones",
    )
    panel.set_hyperparameters(hp)
    panel.open_csv(str(write_csv(tmp_path / "patients.csv")), "flag")
    panel.csv_ratio.setValue(0.3)
    settings = ini(tmp_path)
    panel.save_settings(settings)
    settings.sync()

    restored = ParamsPanel()
    qtbot.addWidget(restored)
    restored.restore_settings(ini(tmp_path))  # read back from the file: every value a string
    assert restored.dataset_key() == "breast_cancer"  # the CSV is read once events run
    qtbot.waitUntil(lambda: restored.dataset_key() == "patients")
    assert restored.hyperparameters() == hp
    assert restored.data_spec() == panel.data_spec()
    assert restored.data_spec().label_column == "flag"
    assert restored.csv_ratio.value() == pytest.approx(0.3)
    assert restored.dataset().n_val == panel.dataset().n_val


def test_settings_round_trip_synthetic(panel: ParamsPanel, qtbot, tmp_path: Path) -> None:
    select(panel, "blobs")
    panel.samples.setValue(500)
    panel.noise.setValue(0.55)
    panel.save_settings(ini(tmp_path))

    restored = ParamsPanel()
    qtbot.addWidget(restored)
    restored.restore_settings(ini(tmp_path))
    assert restored.dataset_key() == "blobs"
    assert restored.samples.value() == 500
    assert restored.noise.value() == pytest.approx(0.55)
    assert restored.dataset().description == panel.dataset().description


def test_missing_csv_falls_back_without_a_dialog_but_says_so(
    panel: ParamsPanel, qtbot, tmp_path: Path, caplog
) -> None:
    path = write_csv(tmp_path / "gone.csv")
    panel.open_csv(str(path))
    panel.save_settings(ini(tmp_path))
    path.unlink()

    restored = ParamsPanel()
    qtbot.addWidget(restored)
    shown_errors: list[tuple[str, str]] = []
    restored.show_error = lambda title, text: shown_errors.append((title, text))
    notices: list[tuple[str, str]] = []
    restored.data_notice.connect(lambda kind, file: notices.append((kind, file)))
    restored.restore_settings(ini(tmp_path))
    assert shown_errors == []
    assert notices == [("csv_gone", str(path))]
    assert any(r.levelname == "WARNING" and str(path) in r.getMessage() for r in caplog.records)
    assert restored.dataset_key() == "breast_cancer"
    assert restored.source.findData("csv") == -1


def test_a_saved_csv_that_no_longer_loads_is_noticed(
    panel: ParamsPanel, qtbot, tmp_path: Path, caplog
) -> None:
    path = write_csv(tmp_path / "changed.csv")
    panel.open_csv(str(path))
    panel.save_settings(ini(tmp_path))
    path.write_text("flag\n1\n", encoding="utf-8")  # one column now: it cannot load

    restored = ParamsPanel()
    qtbot.addWidget(restored)
    restored.show_error = lambda title, text: pytest.fail(f"a dialog at start-up: {text}")
    with qtbot.waitSignal(restored.data_notice) as notice:
        restored.restore_settings(ini(tmp_path))
    assert notice.args == ["csv_not_loaded", str(path)]
    assert "was not loaded" in caplog.text
    assert restored.dataset_key() == "breast_cancer"


def test_data_chosen_before_the_saved_csv_is_read_wins(
    panel: ParamsPanel, qtbot, tmp_path: Path
) -> None:
    panel.open_csv(str(write_csv(tmp_path / "saved.csv")))
    panel.save_settings(ini(tmp_path))
    other = write_csv(tmp_path / "given.csv")

    restored = ParamsPanel()
    qtbot.addWidget(restored)
    restored.restore_settings(ini(tmp_path))
    loaded: list[str] = []
    restored.dataset_changed.connect(lambda: loaded.append(restored.dataset_key()))
    assert restored.open_csv(str(other))  # as the command line's --csv-data does
    QCoreApplication.processEvents()  # the deferred read's turn: it must not read the old file
    assert loaded == ["given"]


def test_empty_settings_give_the_defaults(panel: ParamsPanel, tmp_path: Path) -> None:
    panel.set_hyperparameters(Hyperparameters(units=3, batch_size=None))
    panel.restore_settings(ini(tmp_path))
    assert panel.hyperparameters() == Hyperparameters()
    assert panel.dataset_key() == "breast_cancer"


def test_reset_defaults(panel: ParamsPanel) -> None:
    panel.set_hyperparameters(Hyperparameters(units=3, learning_rate=5, init="ones"))
    select(panel, "xor")
    panel.noise.setValue(1.0)
    panel.reset_defaults()
    assert panel.hyperparameters() == Hyperparameters()
    assert panel.dataset_key() == "breast_cancer"
    select(panel, "xor")
    assert panel.noise.value() == pytest.approx(0.2)


# ---------------------------------------------------------------- the panel as a whole


def test_set_running_disables_every_control(panel: ParamsPanel) -> None:
    controls = interactive(panel)
    assert len(controls) >= 15
    panel.set_running(True)
    assert [c for c in controls if c.isEnabled()] == []
    panel.set_running(False)
    assert all(c.isEnabled() for c in controls)


def test_every_control_explains_itself(panel: ParamsPanel, tmp_path: Path) -> None:
    panel.open_csv(str(write_csv(tmp_path / "patients.csv")))  # so the CSV widgets exist too
    for widget in interactive(panel):
        assert widget.toolTip().strip(), widget
    combo = panel.source
    for index in range(combo.count()):
        assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole), combo.itemText(index)


class Shouting(QTranslator):
    """A stand-in for the Korean translation: every text of the panel in capitals."""

    def isEmpty(self) -> bool:  # an empty translator is skipped by Qt
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in ("ParamsPanel", "TrainingForm", "RecipeGroup", "SuggestionBar"):
            return None
        # Placeholders such as {rows} are kept, as a translator must.
        return re.sub(r"[^{}]+(?=\{|$)", lambda match: match.group().upper(), source)


def test_texts_follow_a_language_change(panel: ParamsPanel) -> None:
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    QApplication.processEvents()  # delivers LanguageChange
    try:
        assert panel.data_group.title() == "DATA"
        assert panel.source.currentText() == "BREAST CANCER (BOOK)"
        assert panel.training.batch.toolTip().startswith("HOW MANY TRAINING ROWS")
        assert panel.training.updates_hint.text() == "= 12 WEIGHT UPDATES PER EPOCH"
        visible = [label.text() for label in panel.findChildren(QLabel) if label.text()]
        visible += [group.title() for group in panel.findChildren(QGroupBox)]
        # Everything is translated, the dataset description included.
        assert [text for text in visible if text != text.upper()] == []
    finally:
        QCoreApplication.removeTranslator(translator)
        QApplication.processEvents()
    assert panel.data_group.title() == "Data"
