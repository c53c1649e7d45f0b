"""The title of an exported figure: the dataset, then the settings that differ between the runs
shown, and below it the settings they share.

A slide of the book's experiment reads "Breast cancer: batch size 1, 8, 32, 128, full", with
"10 hidden units · learning rate 0.1 · L2 0.01 · 500 epochs · seed 42" under it: what varies
is the point of the figure, what is shared is what makes it reproducible.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from gui.run_names import BOOK, dataset_name
from gui.widgets import format_number

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

SEPARATOR = " · "
# The settings a figure always names (the book's knobs); others only when not the book's.
ALWAYS_NAMED = ("units", "learning_rate", "l2", "epochs", "seed")


def setting_labels() -> dict[str, str]:
    """The name of each setting as a figure's title says it, in the language shown now."""
    return {
        "batch_size": translate("FigureTitle", "batch size"),
        "learning_rate": translate("FigureTitle", "learning rate"),
        "l1": "L1",
        "l2": "L2",
        "units": translate("FigureTitle", "hidden units"),
        "epochs": translate("FigureTitle", "epochs"),
        "seed": translate("FigureTitle", "seed"),
        "init": translate("FigureTitle", "initialisation"),
        "momentum": translate("FigureTitle", "momentum"),
    }


def value_text(key: str, value: object) -> str:
    """One setting's value as a title shows it."""
    if key == "batch_size" and value is None:
        return translate("FigureTitle", "full")
    if key == "init":
        names = {
            "random": translate("FigureTitle", "random"),
            "ones": translate("FigureTitle", "all ones"),
            "sklearn": translate("FigureTitle", "Glorot (scikit-learn)"),
        }
        return names.get(str(value), str(value))
    if value is None:
        return translate("FigureTitle", "none")
    if isinstance(value, bool):
        return translate("FigureTitle", "on") if value else translate("FigureTitle", "off")
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def _shared_text(key: str, value: object, labels: dict[str, str]) -> str:
    """ "500 epochs", "10 hidden units", "learning rate 0.1": counts as each language says
    them, other settings as their name and value."""
    counts = {
        "units": translate("FigureTitle", "{0} hidden units"),
        "epochs": translate("FigureTitle", "{0} epochs"),
    }
    if key in counts:
        return counts[key].format(value_text(key, value))
    return f"{labels.get(key, key.replace('_', ' '))} {value_text(key, value)}"


def figure_title(runs: Sequence[tuple[DataSpec, Hyperparameters]]) -> tuple[str, str]:
    """(title, subtitle) for a figure showing ``runs`` (their data and settings, in order)."""
    if not runs:
        return translate("FigureTitle", "Learning curves"), ""
    labels = setting_labels()
    datasets = list(dict.fromkeys(dataset_name(data) for data, _ in runs))
    title = ", ".join(datasets)
    title = title[:1].upper() + title[1:]
    settings = [hp.as_dict() for _, hp in runs]
    book = BOOK.as_dict()
    varying, shared = [], []
    for key in settings[0]:
        values = list(dict.fromkeys(s[key] for s in settings))
        label = labels.get(key, key.replace("_", " "))
        if len(values) > 1:
            varying.append(f"{label} {', '.join(value_text(key, v) for v in values)}")
        elif key == "batch_size":
            continue  # named in the title when no setting varies
        elif key in ALWAYS_NAMED or values[0] != book[key]:
            shared.append(_shared_text(key, values[0], labels))
    if not varying:
        batch = value_text("batch_size", settings[0]["batch_size"])
        varying.append(f"{labels['batch_size']} {batch}")
    return f"{title}: {'; '.join(varying)}", SEPARATOR.join(shared)
