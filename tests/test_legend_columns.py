"""A legend too tall for a small plot spreads over two columns instead of hiding the curves."""

import numpy as np
import pyqtgraph as pg
import pytest

from gui.plot_legend import LEGEND_SHARE, place_legend


@pytest.mark.parametrize("height, columns", [(260, 2), (900, 1)])
def test_a_legend_takes_two_columns_only_when_one_would_cover_the_view(qtbot, height, columns):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(520, height)
    widget.show()
    qtbot.waitExposed(widget)
    plot = widget.getPlotItem()
    legend = plot.addLegend()
    for k in range(8):
        legend.addItem(plot.plot(np.arange(10), np.arange(10) * (k + 1)), f"run {k + 1}")
    pg.QtWidgets.QApplication.processEvents()
    place_legend(plot, legend, ((1, 0), (0, 0)))
    view_height = plot.getViewBox().rect().height()
    assert legend.columnCount == columns
    if columns == 2:
        assert legend.height() <= LEGEND_SHARE * view_height + 1
