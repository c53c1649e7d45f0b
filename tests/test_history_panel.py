"""The run history table over the session: rows, swatches, renaming, visibility, deletion,
states, optional columns and a thousand rows."""

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from engine.experiment import DataSpec, Run
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord
from gui.history_model import COLUMNS, OPTIONAL
from gui.history_panel import HistoryPanel
from gui.session import RunSession
from gui.session_runs import PALETTE


def make_run(name: str, epochs: int = 3, color: str = "", outcome: str = "done", **hp) -> Run:
    """A run with a few made-up epochs: the table only reads the last one."""
    records = [
        EpochRecord(
            epoch=e,
            train_loss=0.5 / e,
            val_loss=0.6 / e,
            train_acc=0.9,
            val_acc=0.95 + e / 1000,
            updates=12 * e,
            samples=364 * e,
            seconds=0.01 * e,
            batch_losses=np.full(12, 0.5 / e),
        )
        for e in range(1, epochs + 1)
    ]
    hp = {"epochs": epochs, **hp}
    return Run(name, DataSpec(kind="moons"), Hyperparameters(**hp), records, outcome, color)


@pytest.fixture
def session(qtbot):
    made = RunSession()
    yield made
    made.shutdown(10_000)


@pytest.fixture
def panel(qtbot, session):
    widget = HistoryPanel(session)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.confirm_clear = lambda: True
    return widget


def text(panel: HistoryPanel, row: int, column: str) -> str:
    model = panel.model
    return model.data(model.index(row, COLUMNS.index(column)))


def test_runs_become_rows_with_distinct_colours(session, panel):
    session.load(
        [make_run("run 0", batch_size=8), make_run("run 1"), make_run("full", batch_size=None)]
    )
    assert panel.model.rowCount() == 3
    assert [run.color for run in session.runs()] == list(PALETTE[:3])
    assert text(panel, 2, "name") == "full"
    assert text(panel, 0, "train_loss") == "0.1667"
    assert text(panel, 0, "val_acc") == "0.9530"  # four digits, as the loss beside it
    assert text(panel, 0, "epochs") == "3"
    icon = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()


def test_editing_the_name_renames_the_run(session, panel):
    session.load([make_run("before")])
    model = panel.model
    index = model.index(0, COLUMNS.index("name"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    model.setData(index, "  after  ")
    assert session.name(session.ids()[0]) == "after" and text(panel, 0, "name") == "after"
    model.setData(index, "   ")  # blank: the run is named after its settings again
    assert text(panel, 0, "name") == "moons, batch 32, 3 epochs"


def test_the_checkbox_and_the_buttons_toggle_visibility(session, panel):
    session.load([make_run("a"), make_run("b")])
    first, second = session.ids()
    model = panel.model
    shown = model.index(1, COLUMNS.index("shown"))
    assert model.data(shown, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(shown, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not session.run(second).visible
    assert model.data(shown, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    panel.hide_button.click()
    assert not session.run(first).visible
    panel.show_button.click()
    assert session.run(first).visible and session.run(second).visible


def test_delete_removes_the_selected_rows(session, panel):
    session.load([make_run(name) for name in "abcd"])
    ids = session.ids()
    selection = panel.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 3):
        selection.select(panel.model.index(row, 0), flags)
    assert panel.delete_button.isEnabled()
    assert not panel.use_button.isEnabled()  # two rows: whose settings?
    panel.delete_button.click()
    assert session.ids() == [ids[0], ids[2]]
    assert [text(panel, row, "name") for row in range(2)] == ["a", "c"]


def test_clear_all_asks_first(session, panel, qtbot):
    session.load([make_run("x"), make_run("y")])
    panel.confirm_clear = lambda: False
    panel.clear_button.click()
    assert len(session.ids()) == 2
    panel.confirm_clear = lambda: True
    with qtbot.waitSignal(session.runs_reset):
        panel.clear_button.click()
    assert panel.model.rowCount() == 0 and session.ids() == []
    assert not panel.clear_button.isEnabled()


def test_states_say_where_and_why_a_run_ended(session, panel):
    stopped = make_run("stopped early", epochs=3, outcome="stopped")
    stopped.hp = Hyperparameters(epochs=100)
    diverged = make_run("overflowed", epochs=4, outcome="diverged")
    session.load([stopped, diverged])
    assert text(panel, 0, "epochs") == "stopped at epoch 3"
    assert text(panel, 1, "epochs") == "diverged at epoch 5"
    color = panel.model.data(
        panel.model.index(1, COLUMNS.index("epochs")), Qt.ItemDataRole.ForegroundRole
    )
    assert color.name() == "#c62828"


def test_selecting_one_row_selects_the_run_and_offers_its_settings(session, panel, qtbot):
    session.load([make_run("a"), make_run("b", batch_size=8)])
    first, second = session.ids()
    used = []
    panel.use_settings.connect(used.append)
    with qtbot.waitSignal(session.selection_changed) as blocker:
        panel.select_run(second)
    assert blocker.args == [second] and panel.use_button.isEnabled()
    panel.use_button.click()
    assert used == [second]
    session.select(first)  # a selection made elsewhere shows here
    assert panel.selected_ids() == [first]
    session.select(None)
    assert panel.selected_ids() == []


def test_optional_columns_are_hidden_until_asked_for(panel):
    assert panel.shown_columns() == [c for c in COLUMNS if c not in OPTIONAL]
    panel.set_column_shown("lr", True)
    assert "lr" in panel.shown_columns()
    assert len(panel.table.horizontalHeader().actions()) == len(OPTIONAL)


def test_the_name_column_takes_the_spare_width_and_headers_fit(session, panel, qtbot):
    session.load([make_run("a")])
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.table.horizontalHeader()

    def spare() -> int:  # fitted once per turn of the event loop, after the header's own fit
        shown = range(len(COLUMNS))
        widths = sum(header.sectionSize(i) for i in shown if not header.isSectionHidden(i))
        return abs(widths - panel.table.viewport().width())

    qtbot.waitUntil(lambda: spare() <= 2)
    metrics = header.fontMetrics()
    for i, column in enumerate(COLUMNS):
        if not header.isSectionHidden(i):
            title = panel.model.headerData(i, Qt.Orientation.Horizontal)
            assert metrics.horizontalAdvance(title) < header.sectionSize(i), column


def test_a_thousand_rows_and_the_newest_in_view(session, panel, qtbot):
    """Speed is measured by bench/bench_history.py; here only that it all shows."""
    panel.show()
    session.load([make_run(f"run {i}", batch_size=i + 1) for i in range(1000)])
    assert panel.model.rowCount() == 1000
    assert text(panel, 999, "name") == "run 999"
