"""Small reusable input widgets for the parameter panel and its forms."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QFrame, QLabel, QScrollArea, QSpinBox, QWidget

# Everything a user may be half-way through typing: "", "0.", "1e", "2.5e-".
_PARTIAL_NUMBER = re.compile(r"\d*\.?\d*(?:[eE][-+]?\d*)?")

# Decimal places QDoubleSpinBox keeps: it rounds every value it is given to this many. Qt's
# maximum (DBL_MAX_10_EXP + DBL_DIG) writes any double's exact decimal expansion, so the box
# holds a learning rate such as 0.0123456789012345 bit for bit; what it shows is `textFromValue`.
_DECIMALS = 323


@contextmanager
def signals_blocked(*widgets: QWidget) -> Iterator[None]:
    """Set widgets from code without each one reporting a change of its own."""
    for widget in widgets:
        widget.blockSignals(True)
    try:
        yield
    finally:
        for widget in widgets:
            widget.blockSignals(False)


def format_number(value: float) -> str:
    """The shortest text a student reads at a glance: 0.1, 0.003, 100, and 1e-4 below 0.001."""
    if value != 0 and abs(value) < 1e-3:
        mantissa, exponent = f"{value:.9e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{int(exponent)}"
    return f"{value:.10g}"


def one_two_five(low: float, high: float) -> list[float]:
    """The values 1, 2 and 5 times a power of ten within [low, high], plus both ends.

    Built from decimal literals rather than by repeated multiplication, so the steps land on
    exactly 0.1 or 0.002 and never on 0.30000000000000004.
    """
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    ladder = {
        float(f"{mantissa}e{exponent}")
        for exponent in range(first, last + 1)
        for mantissa in (1, 2, 5)
    }
    return sorted({low, high} | {value for value in ladder if low <= value <= high})


class LogSpinBox(QDoubleSpinBox):
    """A spin box for positive quantities that span decades, such as a learning rate.

    A linear step cannot serve 0.0001 and 100 alike, so the arrows walk the 1-2-5 sequence
    (0.1 -> 0.2 -> 0.5 -> 1) while the keyboard still accepts any value in range, including
    scientific notation such as 3e-4.

    The box holds the exact float it was given (from settings, an experiment or the keyboard)
    and `value()` returns it, while it shows at most ten significant digits: a run, its name and
    Copy as Python must carry the number the student chose, not the one shown.
    """

    def __init__(
        self, minimum: float = 1e-4, maximum: float = 1000.0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setDecimals(_DECIMALS)
        self.setRange(minimum, maximum)

    def stepBy(self, steps: int) -> None:
        """Move to the next 1-2-5 value up or down; a typed value in between steps onto it."""
        ladder = one_two_five(self.minimum(), self.maximum())
        value = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                value = next((v for v in ladder if v > value * (1 + 1e-9)), self.maximum())
            else:
                lower = [v for v in ladder if v < value * (1 - 1e-9)]
                value = lower[-1] if lower else self.minimum()
        self.setValue(value)
        self.selectAll()  # as QAbstractSpinBox does, so typing replaces the stepped value

    def textFromValue(self, value: float) -> str:
        return format_number(value)

    def valueFromText(self, text: str) -> float:
        # Qt reads the shown text back on Enter and on leaving the box: unchanged text keeps the
        # exact value behind it rather than the rounded digits on screen.
        if text.strip() == self.textFromValue(self.value()):
            return self.value()
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Accept plain and scientific notation; out-of-range numbers may still be typed on."""
        stripped = text.strip()
        if not _PARTIAL_NUMBER.fullmatch(stripped):
            return QValidator.State.Invalid, text, pos
        try:
            value = float(stripped)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class CompactDoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that drops trailing zeros: 0.01 and 0 rather than 0.0100 and 0.0000.

    Fewer digits read faster on a projector; the precision set by `setDecimals` is unchanged.
    """

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


def int_spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def float_spin(low: float, high: float, step: float, decimals: int, value: float) -> QDoubleSpinBox:
    box = CompactDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    return box


def set_row_texts(label: QLabel, field: QWidget, text: str, tooltip: str) -> None:
    """Label a form row; the label repeats the tooltip so hovering either one explains."""
    label.setText(text)
    label.setToolTip(tooltip)
    field.setToolTip(tooltip)


class ScrollingPage(QScrollArea):
    """A side tab's page that scrolls up and down when the window is too short for it, rather
    than squeezing its rows over each other (1024 x 600)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = QWidget()
        self.setWidget(self.content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
