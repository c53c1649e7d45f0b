"""The small input widgets: the learning-rate box holds exactly the number it was given."""

import pytest
from PySide6.QtCore import Qt

from gui.widgets import LogSpinBox

EXACT = [0.0123456789012345, 0.1, 1e-4, 1000.0, 0.30000000000000004, 2.0**-13 + 2.0**-60, 7e-4]


@pytest.fixture
def spin(qtbot) -> LogSpinBox:
    box = LogSpinBox()
    qtbot.addWidget(box)
    return box


@pytest.mark.parametrize("value", EXACT)
def test_the_box_returns_the_exact_float_it_was_set_to(spin, value):
    spin.setValue(value)
    assert spin.value() == value


def test_the_box_shows_a_readable_number_and_keeps_the_exact_one_through_enter(spin, qtbot):
    spin.setValue(0.0123456789012345)
    assert spin.text() == "0.0123456789"
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # Qt reads the shown text back here
    spin.clearFocus()
    assert spin.value() == 0.0123456789012345


def test_every_digit_typed_is_kept(spin, qtbot):
    spin.setValue(0.1)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0.0123456789012345")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 0.0123456789012345


def test_a_shown_number_that_is_edited_is_read_as_typed(spin, qtbot):
    spin.setValue(0.0123456789012345)
    spin.lineEdit().end(False)
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)  # "0.012345678"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 0.012345678


def test_stepping_from_an_exact_value_lands_on_the_ladder(spin):
    spin.setValue(0.0123456789012345)
    spin.stepBy(1)
    assert spin.value() == 0.02
    spin.stepBy(-1)
    assert spin.value() == 0.01
    spin.setValue(0.0123456789012345)
    spin.stepBy(-1)
    assert spin.value() == 0.01
