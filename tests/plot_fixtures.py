"""Runs made up for the plot's tests, and a shown plot panel to point the mouse at."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from engine.experiment import DataSpec, Run
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord
from gui.plot_panel import PlotPanel

N_TRAIN = 364


def made_up_run(
    epochs: int, batch_size: int | None = 32, scale: float = 1.0, seed: int = 0
) -> list[EpochRecord]:
    """A plausible run at ``batch_size``: the loss decays with batch noise, accuracy rises;
    updates, samples and seconds count as training would."""
    rng = np.random.default_rng(seed)
    per_epoch = 1 if batch_size is None else math.ceil(N_TRAIN / batch_size)
    records = []
    for e in range(1, epochs + 1):
        loss = scale * (0.05 + 0.6 * np.exp(-e / 40))
        batches = loss * (1 + 0.3 * rng.standard_normal(per_epoch))
        records.append(
            EpochRecord(
                epoch=e,
                train_loss=float(batches.mean()),
                val_loss=float(loss * 1.1),
                train_acc=float(1 - loss / 2),
                val_acc=float(1 - loss / 1.8),
                updates=e * per_epoch,
                samples=e * N_TRAIN,
                seconds=e * 0.002 * per_epoch,
                batch_losses=batches,
            )
        )
    return records


def named_runs(*specs: tuple[str, int | None, list[EpochRecord]]) -> list[Run]:
    """Runs as a file would hold them: (name, batch size, records) each."""
    return [
        Run(name, DataSpec("breast_cancer"), Hyperparameters(batch_size=batch), records, "done")
        for name, batch, records in specs
    ]


@pytest.fixture
def shown_panel(qtbot, session):
    """A plot panel on screen (offscreen), big enough to point at."""
    panel = PlotPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 560)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def view_point(panel: PlotPanel, tab: int, x: float, y: float) -> QPointF:
    """Data point (x, y) in the view's coordinates: logs on log axes."""
    log_y = tab == 0 and panel.log_scale()
    return QPointF(math.log10(x) if panel.log_x() else x, math.log10(y) if log_y else y)


def point_at(qtbot, panel: PlotPanel, tab: int, x: float, y: float) -> str:
    """Move the mouse to data point (x, y) of a tab; the readout shown there."""
    panel.set_tab(tab)
    panel.flush()
    widget = panel.plot_widgets()[tab]
    scene = widget.getPlotItem().getViewBox().mapViewToScene(view_point(panel, tab, x, y))
    before = panel.readout_text(tab)
    qtbot.mouseMove(widget.viewport(), widget.mapFromScene(scene))
    qtbot.waitUntil(lambda: panel.readout_text(tab) not in ("", before), timeout=5000)
    return panel.readout_text(tab)
