"""File names and CSV export for the main window's "Export" actions."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from engine.curves import curves_csv, write_text_atomic
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord


def suggested_name(hp: Hyperparameters, dataset_name: str, ext: str) -> str:
    """A file name that records the run's settings, so a folder of exported figures stays
    readable weeks later: ``minibatch_breast_cancer_u10_b32_lr0.1_l2-0.01_e500_s42.png``.

    L1 appears only when used; characters that some file systems reject become ``_``.
    """
    dataset = re.sub(r"[^\w.-]+", "_", dataset_name).strip("._") or "data"
    parts = [
        "minibatch",
        dataset,
        f"u{hp.units}",
        f"b{hp.batch_label()}",
        f"lr{hp.learning_rate:g}",
    ]
    if hp.l1 > 0:
        parts.append(f"l1-{hp.l1:g}")
    parts += [f"l2-{hp.l2:g}", f"e{hp.epochs}", f"s{hp.seed}"]
    return "_".join(parts) + "." + ext.lstrip(".")


def export_curves_csv(
    path: str | os.PathLike[str],
    records: Iterable[EpochRecord],
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write the curves as CSV without ever leaving half a file or replacing one of
    ``inputs`` (the data files read); raises OSError naming path."""
    write_text_atomic(path, curves_csv(records), inputs)
