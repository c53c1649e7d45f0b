"""Numbers as a student reads them in the window: one rule for tables, readouts and ticks.

Tables and readouts show four significant digits and keep trailing zeros, so a column reads
0.1000 beside 0.1246 rather than 0.1 beside 0.1246, which looks like a different precision.
Exports (CSV, experiment files) never go through here: they keep every digit with ``repr``.
Large whole numbers are grouped by thin spaces (182 000 updates), which reads the same in
English and Korean and cannot be mistaken for a decimal point in any language.
"""

from __future__ import annotations

import math

THIN_SPACE = "\u2009"
DIGITS = 4
_PLAIN = (-3, 7)  # powers of ten shown without an exponent: 0.001 up to 9 999 999


def grouped(text: str) -> str:
    """Digits before the decimal point in groups of three: "182000.5" -> "182 000.5"; numbers
    under 10 000 stay as they are (1000 is read at a glance)."""
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text.lstrip("-").partition(".")
    if len(whole) <= 4 or not whole.isdigit():
        return text
    groups = [whole[max(0, end - 3) : end] for end in range(len(whole), 0, -3)][::-1]
    return sign + THIN_SPACE.join(groups) + dot + fraction


def exponent_text(value: float, digits: int, trim: bool = False) -> str:
    """``value`` as "1.235e-5": Python's form without the zero padding and plus sign; ``trim``
    drops trailing zeros of the mantissa (1e8 rather than 1.00e8)."""
    mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
    if trim and "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


def significant(value: float, digits: int = DIGITS) -> str:
    """``digits`` significant digits with trailing zeros kept (0.1000, 0.03212, 22 000, 1.500e-5);
    whole digits are never dropped (123 457); "–" where there is no number (NaN, no
    validation data)."""
    if not math.isfinite(value):
        return "–" if math.isnan(value) else ("∞" if value > 0 else "-∞")
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    rounded = float(f"{value:.{digits - 1}e}")  # 0.099996 becomes 0.1000, not 0.09999600
    if rounded != 0:
        magnitude = math.floor(math.log10(abs(rounded)))
    if not _PLAIN[0] <= magnitude < _PLAIN[1]:
        return exponent_text(value, digits)
    if magnitude >= digits - 1:
        return grouped(str(round(value)))
    return f"{rounded:.{digits - 1 - magnitude}f}"


def whole(value: int | float) -> str:
    """A count such as updates or samples: 6000, 182 000."""
    return grouped(str(int(value)))


def short(value: float) -> str:
    """A plain number with no trailing zeros, grouped: 0.1, 22 000, 3.5e-5. For notes in the
    plot ("loss up to 22 000"), where a number is a size, not a column entry."""
    if not math.isfinite(value) or value == 0:
        return significant(value)
    magnitude = math.floor(math.log10(abs(value)))
    if not _PLAIN[0] <= magnitude < _PLAIN[1]:
        return exponent_text(value, 3, trim=True)
    text = f"{value:.{max(0, 2 - magnitude)}f}" if magnitude < 3 else f"{round(value):d}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return grouped(text)
