"""The run history table: rows, colours, renaming, visibility, deletion."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from engine.experiment import DataSpec, Run
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord
from gui.history_panel import (
    EPOCHS,
    NAME,
    PALETTE,
    SHOWN,
    TRAIN_LOSS,
    VAL_ACC,
    HistoryPanel,
)


def make_run(name: str, epochs: int = 3, color: str = "", **hp: object) -> Run:
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
    return Run(
        name=name,
        data=DataSpec(kind="moons"),
        hp=Hyperparameters(epochs=epochs, **hp),
        records=records,
        outcome="done",
        color=color,
    )


@pytest.fixture
def panel(qtbot):
    widget = HistoryPanel()
    qtbot.addWidget(widget)
    return widget


def test_runs_become_rows_with_distinct_colours(panel, qtbot):
    with qtbot.waitSignals([panel.run_added] * 3):
        ids = [panel.add_run(make_run(f"run {i}", batch_size=b)) for i, b in enumerate((8, 32))]
        ids.append(panel.add_run(make_run("full", batch_size=None)))
    assert panel.table.rowCount() == 3
    assert panel.ids() == ids and len(set(ids)) == 3
    colors = [run.color for run in panel.runs()]
    assert colors == list(PALETTE[:3])
    assert panel.table.item(2, NAME).text() == "full"
    assert panel.table.item(0, TRAIN_LOSS).text() == "0.1667"
    assert panel.table.item(0, VAL_ACC).text() == "0.9530"


def test_a_preset_colour_is_kept_and_the_palette_wraps_to_the_least_used(panel):
    first = panel.add_run(make_run("loaded", color="#123456"))
    assert panel.run(first).color == "#123456"
    ids = [panel.add_run(make_run(str(i))) for i in range(len(PALETTE))]
    assert [panel.run(i).color for i in ids] == list(PALETTE)
    panel.remove(ids[3])
    assert panel.run(panel.add_run(make_run("again"))).color == PALETTE[3]


def test_editing_the_name_renames_the_run(panel, qtbot):
    run_id = panel.add_run(make_run("before"))
    with qtbot.waitSignal(panel.run_renamed) as blocker:
        panel.table.item(0, NAME).setText("  batch 32  ")
    assert blocker.args == [run_id, "batch 32"]
    assert panel.runs()[0].name == "batch 32"
    assert panel.table.item(0, NAME).text() == "batch 32"
    with qtbot.assertNotEmitted(panel.run_renamed):
        panel.table.item(0, NAME).setText("   ")
    assert panel.table.item(0, NAME).text() == "batch 32"


def test_the_checkbox_toggles_visibility(panel, qtbot):
    first = panel.add_run(make_run("a"))
    second = panel.add_run(make_run("b"))
    assert panel.visible_ids() == [first, second]
    with qtbot.waitSignal(panel.visibility_changed) as blocker:
        panel.table.item(1, SHOWN).setCheckState(Qt.CheckState.Unchecked)
    assert blocker.args == [second, False]
    assert panel.visible_ids() == [first]
    assert panel.run(second).visible is False
    with qtbot.waitSignal(panel.visibility_changed) as blocker:
        panel.set_visible(second, True)
    assert blocker.args == [second, True]
    with qtbot.waitSignals([panel.visibility_changed] * 2):
        panel.hide_button.click()
    assert panel.visible_ids() == []


def test_delete_removes_the_selected_rows(panel, qtbot):
    ids = [panel.add_run(make_run(name)) for name in "abcd"]
    selection = panel.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 3):
        selection.select(panel.table.model().index(row, 0), flags)
    assert panel.delete_button.isEnabled()
    removed = []
    panel.run_removed.connect(removed.append)
    panel.delete_button.click()
    assert sorted(removed) == [ids[1], ids[3]]
    assert panel.ids() == [ids[0], ids[2]]
    assert [run.name for run in panel.runs()] == ["a", "c"]
    with pytest.raises(KeyError):
        panel.run(ids[1])


def test_set_runs_replaces_and_clear_empties(panel, qtbot):
    old = panel.add_run(make_run("old"))
    loaded = [make_run("x", color="#D55E00"), make_run("y")]
    loaded[1].visible = False
    with qtbot.waitSignals([panel.cleared, panel.run_added, panel.run_added], order="strict"):
        panel.set_runs(loaded)
    assert [run.name for run in panel.runs()] == ["x", "y"]
    assert old not in panel.ids()
    assert panel.runs()[0].color == "#D55E00"
    assert panel.visible_ids() == panel.ids()[:1]
    assert panel.table.item(1, SHOWN).checkState() == Qt.CheckState.Unchecked
    panel.confirm_clear = lambda: False  # "Clear all" asks first; No keeps the runs
    with qtbot.assertNotEmitted(panel.cleared):
        panel.clear_button.click()
    assert len(panel.runs()) == 2
    panel.confirm_clear = lambda: True
    with qtbot.waitSignal(panel.cleared), qtbot.assertNotEmitted(panel.run_removed):
        panel.clear_button.click()
    assert panel.table.rowCount() == 0 and panel.runs() == []
    assert not panel.clear_button.isEnabled()


def test_early_ends_show_how_far_the_run_got(panel):
    run = make_run("stopped early", epochs=3)
    run.hp = Hyperparameters(epochs=100)
    run.outcome = "stopped"
    panel.add_run(run)
    panel.add_run(Run("nothing", DataSpec(kind="breast_cancer"), Hyperparameters(), [], "stopped"))
    assert panel.table.item(0, EPOCHS).text() == "3/100"
    assert panel.table.item(1, EPOCHS).text() == "0/500"
    assert panel.table.item(1, TRAIN_LOSS).text() == "–"
