"""The row of display options above the plot: log axes, the x axis, the mini-batch noise, the
scikit-learn curve; and beside the plot's tabs (``corner``), how to zoom and the offer of a log
x axis when runs differ greatly in length.

The row only shows the plot panel's choices and reports clicks; the panel decides (and
remembers) what they mean.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from gui.flow_layout import flow_widget
from gui.language import Retranslatable
from gui.number_text import short
from gui.run_traces import X_MODES

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

OFFER_COLOR = "#8a4b00"


class PlotOptions(Retranslatable, QWidget):
    """Check boxes, the x-axis choice and a link that turns log x on."""

    log_y_toggled = Signal(bool)
    log_x_toggled = Signal(bool)
    x_mode_chosen = Signal(str)
    noise_toggled = Signal(bool)
    sklearn_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ratio = 1.0
        self.log_y_box = QCheckBox()
        self.log_y_box.toggled.connect(self.log_y_toggled)
        self.log_x_box = QCheckBox()
        self.log_x_box.toggled.connect(self.log_x_toggled)
        self.x_label = QLabel()
        self.x_combo = QComboBox()
        for mode in X_MODES:
            self.x_combo.addItem("", mode)
        self.x_combo.currentIndexChanged.connect(
            lambda index: self.x_mode_chosen.emit(self.x_combo.itemData(index))
        )
        self.x_label.setBuddy(self.x_combo)
        self.noise_box = QCheckBox()
        self.noise_box.toggled.connect(self.noise_toggled)
        self.sklearn_box = QCheckBox()
        self.sklearn_box.setChecked(True)
        self.sklearn_box.setEnabled(False)
        self.sklearn_box.toggled.connect(self.sklearn_toggled)
        self.zoom_label = QLabel()
        self.zoom_label.setStyleSheet("color: #555555;")
        self.offer = QLabel()
        self.offer.setStyleSheet(f"color: {OFFER_COLOR};")
        self.offer.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.offer.linkActivated.connect(lambda _link: self.log_x_box.setChecked(True))
        self.offer.setVisible(False)

        x_axis = QWidget()
        x_layout = QHBoxLayout(x_axis)
        x_layout.setContentsMargins(0, 0, 0, 0)
        x_layout.addWidget(self.x_label)
        x_layout.addWidget(self.x_combo)
        # The options wrap onto a second row rather than widen the window.
        options = flow_widget(
            x_axis, self.log_x_box, self.log_y_box, self.noise_box, self.sklearn_box
        )
        options.layout().setContentsMargins(6, 4, 6, 0)
        options.layout().setSpacing(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(options)
        # The offer and the zoom help sit beside the plot's tabs, where the row has room.
        self.corner = QWidget()
        corner = QHBoxLayout(self.corner)
        corner.setContentsMargins(0, 0, 6, 2)
        corner.setSpacing(14)
        corner.addWidget(self.offer)
        corner.addWidget(self.zoom_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.log_y_box.setText(self.tr("Log y"))
        self.log_y_box.setToolTip(
            self.tr(
                "Logarithmic loss axis: late in a run the loss changes by thousandths, which "
                "a linear axis that also holds the first epoch's loss cannot show."
            )
        )
        self.log_x_box.setText(self.tr("Log x"))
        self.log_x_box.setToolTip(
            self.tr(
                "Logarithmic x axis: runs of very different lengths (batch 1 makes 364 times "
                "the updates of the full batch) share the axis without squeezing the short "
                "ones into its first few percent. Remembered for each x axis."
            )
        )
        self.x_label.setText(self.tr("X axis:"))
        names = (
            self.tr("Epochs"),
            self.tr("Weight updates"),
            self.tr("Samples seen"),
            self.tr("Seconds"),
        )
        for index, name in enumerate(names):  # in the order of X_MODES
            self.x_combo.setItemText(index, name)
        self.x_combo.setToolTip(
            self.tr(
                "What the curves are drawn against. With different batch sizes, runs that "
                "look equal per epoch differ per weight update, and the other way round."
            )
        )
        self.noise_box.setText(self.tr("Mini-batch noise"))
        self.noise_box.setToolTip(self.tr("Show the loss of every mini-batch, not only epochs"))
        self.sklearn_box.setText(self.tr("Show scikit-learn curve"))
        self.sklearn_box.setToolTip(
            self.tr("scikit-learn's MLPClassifier on the same data; drawn against epochs only")
        )
        self.zoom_label.setText(self.tr("Zoom ⓘ"))
        self.zoom_label.setToolTip(zoom_help())
        self._word_offer()

    def _word_offer(self) -> None:
        text = self.tr("Runs differ {0}× in length: <a href='log-x'>use a log x axis</a>")
        self.offer.setText(text.format(short(self._ratio)))

    # ------------------------------------------------------------------ showing the panel's state

    def show_state(self, x_mode: str, log_x: bool, log_y: bool) -> None:
        """Show the panel's choices without reporting them back as clicks."""
        with QSignalBlocker(self.x_combo):
            self.x_combo.setCurrentIndex(X_MODES.index(x_mode))
        with QSignalBlocker(self.log_x_box):
            self.log_x_box.setChecked(log_x)
        with QSignalBlocker(self.log_y_box):
            self.log_y_box.setChecked(log_y)

    def show_noise(self, on: bool) -> None:
        with QSignalBlocker(self.noise_box):
            self.noise_box.setChecked(on)

    def offer_log_x(self, ratio: float | None) -> None:
        """Offer log x for runs that differ ``ratio`` times in length; None hides the offer."""
        if ratio is not None:
            self._ratio = ratio
            self._word_offer()
        self.offer.setVisible(ratio is not None)

    def offered_ratio(self) -> float | None:
        """The length ratio the offer names, or None when no offer is shown."""
        return self._ratio if not self.offer.isHidden() else None


def zoom_help() -> str:
    """How to zoom and read values, for the tooltip and the plot's "A" button."""
    return translate(
        "PlotOptions",
        "Zoom with the mouse wheel (over an axis: that axis only). Drag to move the view. "
        'Right-drag to stretch it. Click the small "A" in the lower-left corner, or press A, '
        "to show every curve again. Rest the mouse near a curve to read its values.",
    )


def axis_title(mode: str) -> str:
    """The x axis's title for ``mode``, in the language shown now."""
    return {
        "epoch": translate("PlotPanel", "epoch"),
        "updates": translate("PlotPanel", "weight updates"),
        "samples": translate("PlotPanel", "samples seen"),
        "seconds": translate("PlotPanel", "seconds"),
    }[mode]
