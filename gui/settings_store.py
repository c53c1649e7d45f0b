"""Settings that survive a restart exactly, and a damaged settings file that never stops the app.

``QSettings.value(key, type=float)`` may read an INI value through a 32-bit float when a
QApplication is alive (qt-pitfalls §5): the book's learning rate 0.1 came back as 0.1000000015 and
changed every number of the book's run. So every number is written as text with ``repr`` (the
shortest text that reads back to the same bits) and read back with ``float``/``int`` here.

A value that cannot be read, is not finite, is negative zero, or lies outside what the window
offers falls back to the field's default, with one logged warning naming the key and the value:
a hand-edited file must never stop the app from starting.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

from PySide6.QtCore import QSettings

logger = logging.getLogger(__name__)


def write_number(settings: QSettings, key: str, value: float | int) -> None:
    """Store ``value`` as the text that reads back to exactly the same number."""
    settings.setValue(key, repr(int(value)) if isinstance(value, int) else repr(float(value)))


def _text(settings: QSettings, key: str) -> str | None:
    """The stored text, or None when the key is absent or holds something else (a list, a
    byte array: a file edited by hand or written by another program)."""
    if not settings.contains(key):
        return None
    value = settings.value(key)
    if isinstance(value, str):
        return value
    _warn(settings, key, value, "it is not a single value")
    return None


def _warn(settings: QSettings, key: str, value: object, why: str) -> None:
    group = settings.group()
    name = f"{group}/{key}" if group else key
    logger.warning(
        "settings %s: %s=%r is ignored (%s); using the default",
        settings.fileName(),
        name,
        value,
        why,
    )


def read_float(settings: QSettings, key: str, default: float, low: float, high: float) -> float:
    """A number in [low, high], bit for bit as written; else ``default``."""
    text = _text(settings, key)
    if text is None:
        return default
    try:
        value = float(text.strip())
    except ValueError:
        _warn(settings, key, text, "not a number")
        return default
    if not math.isfinite(value):
        _warn(settings, key, text, "not a finite number")
    elif value == 0 and math.copysign(1.0, value) < 0:
        _warn(settings, key, text, "negative zero")
    elif not low <= value <= high:
        _warn(settings, key, text, f"outside [{low:g}, {high:g}]")
    else:
        return value
    return default


def read_int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    """A whole number in [low, high], written as digits; else ``default``."""
    text = _text(settings, key)
    if text is None:
        return default
    try:
        value = int(text.strip())
    except ValueError:
        _warn(settings, key, text, "not a whole number")
        return default
    if not low <= value <= high:
        _warn(settings, key, text, f"outside [{low}, {high}]")
        return default
    return value


def read_choice(settings: QSettings, key: str, default: str, choices: Sequence[str]) -> str:
    """One of ``choices``; else ``default``."""
    text = _text(settings, key)
    if text is None:
        return default
    if text not in choices:
        _warn(settings, key, text, f"not one of {', '.join(choices)}")
        return default
    return text


def read_text(settings: QSettings, key: str, default: str = "") -> str:
    """Free text, such as a file path."""
    text = _text(settings, key)
    return default if text is None else text
