"""The data a student can choose, as a plain value, and the words that describe it.

``DataChoice`` is everything that determines the dataset; the parameter panel turns it into a
``Dataset`` with ``load_choice`` and describes it with ``describe``, in the window's language
(the texts keep the panel's translation context).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox

from engine.csv_import import ImportOptions
from engine.datasets import (
    N_SAMPLES_RANGE,
    NOISE_RANGE,
    SYNTHETIC_KINDS,
    VAL_RATIO_RANGE,
    Dataset,
    breast_cancer,
    synthetic,
)
from gui import settings_store
from gui.csv_texts import column_name

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

BREAST_CANCER = "breast_cancer"
CSV = "csv"
OPEN_CSV = "open_csv"  # the combo item that opens a file dialog; never a selected dataset
BUILT_IN = (BREAST_CANCER, *SYNTHETIC_KINDS)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DataChoice:
    """Everything that determines the dataset; equal choices give equal datasets.

    The CSV fields outlive a switch to another dataset, so the loaded file stays one click away.
    ``csv_options`` are those the last load used, every choice resolved, so that reading the
    file again gives the same columns whatever a re-detection would say.
    """

    source: str = BREAST_CANCER  # BREAST_CANCER, a synthetic kind, or CSV
    n_samples: int = 300
    noise: float = 0.2
    csv_path: str = ""
    csv_options: ImportOptions = field(default_factory=ImportOptions)
    csv_ratio: float = 0.2


def load_choice(choice: DataChoice) -> Dataset:
    """Build a built-in dataset a choice describes (a CSV is read by the panel, in a worker).

    Synthetic sets keep the engine's fixed data seed: the panel's Seed drives training only, so
    changing it shows the effect of initialisation and batch order on the very same points.
    """
    if choice.source in SYNTHETIC_KINDS:
        return synthetic(choice.source, choice.n_samples, choice.noise)
    return breast_cancer()


def options_to_text(options: ImportOptions) -> str:
    """Import options as JSON text for QSettings (which would mangle a nested value)."""
    return json.dumps(asdict(options))


def options_from_text(text: str) -> ImportOptions:
    """The reverse of `options_to_text`; anything unusable gives the default options."""
    try:
        return ImportOptions(**json.loads(text))
    except (ValueError, TypeError) as error:
        logger.warning("saved CSV options unusable (%s); proposing them anew", error)
        return ImportOptions()


def write_data_choice(settings: QSettings, choice: DataChoice) -> None:
    """Write ``choice`` in the settings' current group, numbers as the text that reads back to
    the same bits."""
    settings.setValue("data/source", choice.source)
    settings_store.write_number(settings, "data/n_samples", choice.n_samples)
    settings_store.write_number(settings, "data/noise", choice.noise)
    settings.setValue("data/csv_path", choice.csv_path)
    settings.setValue("data/csv_options", options_to_text(choice.csv_options))
    settings_store.write_number(settings, "data/csv_ratio", choice.csv_ratio)


def read_data_choice(settings: QSettings) -> tuple[DataChoice, str, ImportOptions]:
    """What `write_data_choice` wrote: the choice without its CSV, the CSV's path and options
    (the caller checks the file is still there). An unreadable value, or one beyond the
    panel's range, gives the default with a logged warning."""
    defaults = DataChoice()
    read_float = settings_store.read_float
    choice = DataChoice(
        source=settings_store.read_choice(
            settings, "data/source", defaults.source, (*BUILT_IN, CSV)
        ),
        n_samples=settings_store.read_int(
            settings, "data/n_samples", defaults.n_samples, *N_SAMPLES_RANGE
        ),
        noise=read_float(settings, "data/noise", defaults.noise, *NOISE_RANGE),
        csv_ratio=read_float(settings, "data/csv_ratio", defaults.csv_ratio, *VAL_RATIO_RANGE),
    )
    csv_path = settings_store.read_text(settings, "data/csv_path")
    csv_options = options_from_text(settings_store.read_text(settings, "data/csv_options", "{}"))
    return choice, csv_path, csv_options


def shrinkable_combo() -> QComboBox:
    """A combo whose width does not follow its longest item, so the panel stays narrow."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def source_items() -> dict[str, tuple[str, str]]:
    """Each entry of the data combo: its text and its tooltip."""
    return {
        BREAST_CANCER: (
            translate("ParamsPanel", "Breast cancer (book)"),
            translate(
                "ParamsPanel",
                "569 tumours with 30 measurements each, split as in the book into 364 "
                "training and 91 validation rows.",
            ),
        ),
        "moons": (
            translate("ParamsPanel", "Moons"),
            translate(
                "ParamsPanel",
                "Two interleaving half circles: no straight line separates them, a hidden "
                "layer can.",
            ),
        ),
        "circles": (
            translate("ParamsPanel", "Circles"),
            translate(
                "ParamsPanel", "One ring inside another: the network has to learn a round boundary."
            ),
        ),
        "xor": (
            translate("ParamsPanel", "XOR"),
            translate(
                "ParamsPanel",
                "Opposite corners share a class: the classic problem a single neuron cannot solve.",
            ),
        ),
        "blobs": (
            translate("ParamsPanel", "Blobs"),
            translate(
                "ParamsPanel",
                "Two round clouds of points that a straight line separates: the easy baseline.",
            ),
        ),
        OPEN_CSV: (
            translate("ParamsPanel", "Open CSV…"),
            translate(
                "ParamsPanel",
                "Load your own CSV file: numeric feature columns and a label column with two "
                "values.",
            ),
        ),
    }


def describe(choice: DataChoice, data: Dataset) -> str:
    """The dataset in one line, in the window's language (the engine's own description
    is English)."""
    if choice.source == CSV:
        zero, one = data.class_names
        return translate(
            "ParamsPanel",
            "{name}: {rows} rows, {features} features; label '{label}': "
            "'{zero}' → 0, '{one}' → 1; {train} training / {val} validation rows.",
        ).format(
            name=Path(choice.csv_path).name,
            rows=data.n_train + data.n_val,
            features=data.n_features,
            label=column_name(str(choice.csv_options.label_column)),
            zero=zero,
            one=one,
            train=data.n_train,
            val=data.n_val,
        )
    if choice.source == BREAST_CANCER:
        return translate(
            "ParamsPanel",
            "569 rows, 30 features, split as in the book: {train} training / {val} "
            "validation rows (the 114 test rows are not used).",
        ).format(train=data.n_train, val=data.n_val)
    return translate(
        "ParamsPanel", "{rows} rows, {features} features: {train} training / {val} validation rows."
    ).format(
        rows=data.n_train + data.n_val,
        features=data.n_features,
        train=data.n_train,
        val=data.n_val,
    )
