"""The "Mini-batch" tab: the last update made in step mode, seen from inside, over the cosine
chart of every recorded update.

Step (F10) makes exactly one mini-batch update; this panel says which rows it used and how
many, the batch's loss before and after, the length of its gradient and the cosine between it
and the full-batch gradient at the same weights. The panel reads the step from the run session
(``SessionRun.last_step``) and keeps no numbers of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.datasets import Dataset
from engine.training import StepReport
from gui.cosine_chart import CosineChart
from gui.language import Retranslatable
from gui.messages import rows_text
from gui.session import RunSession
from gui.widgets import ScrollingPage

NOTE_STYLE = "color: #555;"
SHOWN_ROWS = 4  # row numbers written out (one line in a narrow column); the tooltip has more
TOOLTIP_ROWS = 200
# Recording the chart is on by default when the training rows hold at most this many
# numbers (rows x features): then a full-batch gradient per update is cheap. The book's
# data holds 364 x 30 = 10 920.
CHEAP_VALUES = 20_000
ROWS = ("where", "rows", "loss", "norm", "cosine")


def records_cheaply(dataset: Dataset) -> bool:
    """Whether the cosine chart is recorded by default on ``dataset``."""
    return dataset.n_train * dataset.n_features <= CHEAP_VALUES


class StepPanel(Retranslatable, ScrollingPage):
    """The last step's five numbers, the chart, and the switch that records it during runs."""

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._run_id: int | None = None
        bold = self.font()
        bold.setBold(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTE_STYLE)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self._names: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for row, key in enumerate(ROWS):
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self._names[key], self._values[key] = name, value
        grid.setColumnStretch(1, 1)
        self.chart_heading = QLabel()
        self.chart_heading.setFont(bold)
        self.record = QCheckBox()
        self.record.setChecked(session.tracks_cosines())
        self.record.toggled.connect(session.set_track_cosines)
        self.chart = CosineChart(session)
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.chart_heading)
        chart_row.addStretch(1)
        chart_row.addWidget(self.record)
        layout = QVBoxLayout(self.content)
        layout.setSpacing(4)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addLayout(chart_row)
        layout.addWidget(self.chart, 1)
        session.stepped.connect(self._on_stepped)
        session.run_removed.connect(self._on_removed)
        session.runs_reset.connect(self._on_reset)
        self.retranslate()

    def set_dataset(self, dataset: Dataset) -> None:
        """Record the chart by default where it is cheap (the user may still switch)."""
        self.record.setChecked(records_cheaply(dataset))

    def value(self, key: str) -> str:
        """The text shown for one of ``ROWS`` ("where", "rows", "loss", "norm", "cosine")."""
        return self._values[key].text()

    def retranslate(self) -> None:
        names = {
            "where": self.tr("Last step"),
            "rows": self.tr("Rows"),
            "loss": self.tr("Batch loss"),
            "norm": self.tr("Gradient norm"),
            "cosine": self.tr("Cosine"),
        }
        for key, text in names.items():
            self._names[key].setText(text)
        self._names["cosine"].setToolTip(
            self.tr(
                "The cosine between this mini-batch's gradient and the full-batch gradient at "
                "the same weights: 1 = it points exactly where all training rows do."
            )
        )
        self._names["loss"].setToolTip(
            self.tr("This batch's loss (with the penalty), before and after the update.")
        )
        self.chart_heading.setText(self.tr("Cosine per update"))
        self.chart_heading.setToolTip(
            self.tr(
                "For every recorded update: the cosine between its mini-batch's gradient and the "
                "full-batch gradient at the same weights. 1: the batch points where all rows "
                "do; 0: sideways; below 0: uphill for the whole data. Batch size 1 scatters, "
                "the full batch is always 1: that is the noise of small batches."
            )
        )
        self.record.setText(self.tr("During runs"))
        self.record.setToolTip(
            self.tr(
                "Each recorded update costs one full-batch gradient, so whole epochs are recorded "
                "only while that takes at most a twentieth of the training time. On by default for "
                "small data such as the book's; Step always shows its cosine."
            )
        )
        self._show()

    @Slot(int, object)
    def _on_stepped(self, run_id: int, _report: object) -> None:
        self._run_id = run_id
        self._show()

    @Slot(int)
    def _on_removed(self, _run_id: int) -> None:
        self._on_reset()

    @Slot()
    def _on_reset(self) -> None:
        if self._run_id is not None and self._run_id not in self._session.ids():
            self._run_id = None
            self._show()

    def _report(self) -> StepReport | None:
        if self._run_id is None or self._run_id not in self._session.ids():
            return None
        return self._session.run(self._run_id).last_step

    def _show(self) -> None:
        report = self._report()
        self.hint.setVisible(report is None)
        for key in ROWS:
            self._names[key].setVisible(report is not None)
            self._values[key].setVisible(report is not None)
        if report is None:
            self.hint.setText(
                self.tr(
                    "Press Step (F10) to make one mini-batch update and see it here: its rows, "
                    "its loss before and after, its gradient, and how well that gradient points "
                    "where all the training rows do. Step works from a fresh start and from Pause."
                )
            )
            return
        self._values["where"].setText(
            self.tr("epoch {0}, batch {1} of {2}").format(
                report.epoch, report.batch, report.batches
            )
        )
        rows = [str(int(row)) for row in report.rows]
        shown = ", ".join(rows[:SHOWN_ROWS]) + (", …" if len(rows) > SHOWN_ROWS else "")
        self._values["rows"].setText(f"{rows_text(report.size)}: {shown}")
        more = ", …" if len(rows) > TOOLTIP_ROWS else ""
        self._values["rows"].setToolTip(
            self.tr("Training rows, numbered from 0 as in NumPy: {0}").format(
                ", ".join(rows[:TOOLTIP_ROWS]) + more
            )
        )
        change = report.loss_after - report.loss_before
        self._values["loss"].setText(
            f"{report.loss_before:.4f} → {report.loss_after:.4f} ({change:+.4f})"
        )
        self._values["norm"].setText(f"{report.gradient_norm:.4g}")
        self._values["cosine"].setText(f"{report.cosine:.3f} · {self._cosine_words(report.cosine)}")

    def _cosine_words(self, value: float) -> str:
        """What a cosine means for the step, in a few words."""
        if value != value:  # NaN: a zero gradient has no direction
            return self.tr("no direction (zero gradient)")
        if value >= 0.9:
            return self.tr("close to all rows")
        if value >= 0.5:
            return self.tr("roughly with all rows")
        if value >= 0:
            return self.tr("mostly sideways")
        return self.tr("uphill for all rows")
