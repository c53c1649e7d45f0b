"""How the curves are looked at: the x axis, and whether each axis is logarithmic. No Qt widget
here: the plot panel applies it, the options row shows it, the settings file keeps it.

Log x is remembered per x axis, because its use depends on the axis: against epochs the book's
figure is linear, against weight updates batch 1 runs 364 times as far as the full batch and a
linear axis squeezes every other run into its first few percent. Until the student chooses for
an axis, log x follows the runs on it: on when the longest is ``LOG_X_RATIO`` times the
shortest (never on the epoch axis, the book's).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from gui import settings_store
from gui.run_traces import X_MODES

LOG_X_RATIO = 20  # runs this many times longer than others: offer (or default to) log x
COUNTED = ("epoch", "updates", "samples")  # x axes with whole-number ticks
LOG_X_CHOICES = ("auto", "on", "off")
ON_OFF = ("on", "off")


class PlotView:
    """The x axis, log y, and log x per x axis: "auto" (follow the runs), "on" or "off"."""

    def __init__(self) -> None:
        self.x_mode = "epoch"
        self.log_y = False
        self.log_x = False
        self.log_x_choice = dict.fromkeys(X_MODES, "auto")

    def whole_x(self) -> bool:
        """Whether the x axis counts something (epochs, updates, samples): whole ticks only."""
        return self.x_mode in COUNTED

    @staticmethod
    def check_mode(mode: str) -> str:
        """``mode`` if it is an x axis the plot has; else ValueError naming them."""
        if mode not in X_MODES:
            raise ValueError(f"x axis mode must be one of {', '.join(X_MODES)}, got {mode!r}")
        return mode

    def set_x_mode(self, mode: str, ratio: float) -> None:
        """Switch the x axis; log x as chosen for it, or following runs ``ratio`` times as
        long as each other."""
        self.x_mode = self.check_mode(mode)
        choice = self.log_x_choice[mode]
        self.log_x = choice == "on" if choice != "auto" else self._automatic(ratio)

    def choose_log_x(self, on: bool) -> None:
        """The student's choice, kept for this x axis from now on."""
        self.log_x_choice[self.x_mode] = "on" if on else "off"
        self.log_x = on

    def follow(self, ratio: float) -> bool:
        """Log x after the runs changed to be ``ratio`` times as long as each other; True if
        it changed. A choice the student made stays."""
        if self.log_x_choice[self.x_mode] != "auto":
            return False
        wanted = self._automatic(ratio)
        changed, self.log_x = wanted != self.log_x, wanted
        return changed

    def offer(self, ratio: float) -> float | None:
        """The ratio to name when offering log x, or None when there is nothing to offer."""
        return ratio if ratio >= LOG_X_RATIO and not self.log_x else None

    def _automatic(self, ratio: float) -> bool:
        return self.x_mode != "epoch" and ratio >= LOG_X_RATIO

    def restore(self, settings: QSettings) -> str:
        """The choices saved last time; returns the x axis to show."""
        for mode in X_MODES:
            self.log_x_choice[mode] = settings_store.read_choice(
                settings, f"plot/log_x_{mode}", "auto", LOG_X_CHOICES
            )
        self.log_y = settings_store.read_choice(settings, "plot/log_y", "off", ON_OFF) == "on"
        return settings_store.read_choice(settings, "plot/x_axis", "epoch", X_MODES)

    def save(self, settings: QSettings) -> None:
        settings.setValue("plot/x_axis", self.x_mode)
        settings.setValue("plot/log_y", "on" if self.log_y else "off")
        for mode, choice in self.log_x_choice.items():
            settings.setValue(f"plot/log_x_{mode}", choice)
